#!/usr/bin/env python3
"""Deterministic generator of a DmfA-like declaration for the schema benchmark.

employer -> workers -> workerRecords -> occupations -> services / remunerations, shaped after the
DmfA functional blocks (shared/docs/DOMAIN.md §3), with valid Belgian identifiers (§1). About
--invalid-rate of the scalar values are then made invalid, across kinds (bad checksum, bad date,
pattern, enum, range, multipleOf, missing required, extra property, wrong type, flexi worker without
remuneration code 22). The faults injected are counted on stderr.

Stdlib only; the same --seed gives the same bytes.
"""

import argparse
import json
import random
import sys
from collections import Counter

LAST_NAMES = [
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lefèvre",
    "Vermeulen", "Van den Broeck", "Dumont", "Simon", "Laurent", "Michel", "Hermans", "Desmet",
    "Van Damme", "Coppens", "Renard", "Mathieu", "Müller", "Schmitz", "François", "Declercq",
    "Vandenberghe", "Aerts", "Lemaire", "Wauters", "El Amrani", "Benali", "Nowak", "Rossi",
]
FIRST_NAMES_M = [
    "Lucas", "Noah", "Louis", "Liam", "Arthur", "Jules", "Adam", "Victor", "Mohamed", "Finn",
    "Thomas", "Nicolas", "Pieter", "Jan", "Luc", "Marc", "Didier", "Joël", "Rémi", "Jürgen",
]
FIRST_NAMES_F = [
    "Emma", "Olivia", "Louise", "Mila", "Alice", "Juliette", "Elena", "Lina", "Nora", "Marie",
    "Sarah", "Julie", "Sofie", "An", "Inge", "Chloé", "Zoë", "Hélène", "Fatima", "Anaïs",
]
STREETS = [
    "Rue de la Loi", "Kerkstraat", "Stationsstraat", "Chaussée de Wavre", "Dorpstraat",
    "Rue Haute", "Nieuwstraat", "Avenue Louise", "Molenstraat", "Rue du Moulin", "Schoolstraat",
    "Boulevard d'Avroy", "Grote Markt", "Rue de l'Église", "Brusselsesteenweg", "Kapelstraat",
]
CITIES = [
    ("1000", "Bruxelles"), ("1050", "Ixelles"), ("1200", "Woluwe-Saint-Lambert"),
    ("1300", "Wavre"), ("2000", "Antwerpen"), ("2300", "Turnhout"), ("2800", "Mechelen"),
    ("3000", "Leuven"), ("3500", "Hasselt"), ("4000", "Liège"), ("4800", "Verviers"),
    ("5000", "Namur"), ("6000", "Charleroi"), ("6700", "Arlon"), ("7000", "Mons"),
    ("7500", "Tournai"), ("8000", "Brugge"), ("8500", "Kortrijk"), ("9000", "Gent"),
    ("9300", "Aalst"),
]
JOINT_COMMISSIONS = ["200", "124", "302", "140.03", "118", "330", "322.01", "111", "149.01", "XXX"]
NACE = ["47110", "56101", "43210", "86101", "49410", "62010", "10711", "81210", "70220", "55100"]
STATUSES = ["A", "B", "D", "E", "LP", "M", "NA", "S", "T"]
REGULAR_WORKER_CODES = ["015", "024", "027", "035", "439", "441", "484", "495"]
FLEXI_WORKER_CODES = ["050", "450"]
QUARTER = (2024, 3)
QUARTER_START = "2024-07-01"
QUARTER_END = "2024-09-30"
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
IBAN_SUFFIX = "111400"  # "BE00" moved to the end, letters as numbers (B=11, E=14)
EXTRA_KEY = "remark"


def niss_check(base9, born_2000_or_later):
    n = int(base9) + (2000000000 if born_2000_or_later else 0)
    return 97 - n % 97


def niss_is_valid(digits):
    base, cc = int(digits[:9]), int(digits[9:])
    return cc in (97 - base % 97, 97 - (2000000000 + base) % 97)


def enterprise_number(rng):
    first8 = rng.choice("01") + "".join(rng.choice("0123456789") for _ in range(7))
    if first8[0] == "0" and first8[1] == "0":
        first8 = "04" + first8[2:]
    return "%s%02d" % (first8, 97 - int(first8) % 97)


def be_iban(rng):
    first10 = "%03d%07d" % (rng.randint(0, 999), rng.randint(0, 9999999))
    national = int(first10) % 97 or 97
    bban = "%s%02d" % (first10, national)
    return "BE%02d%s" % (98 - int(bban + IBAN_SUFFIX) % 97, bban)


def nsso_number(rng):
    seq = rng.randint(100006 // 100, 1999999)
    # The mod-97 == 96 rule is unverified (DOMAIN.md §1); the schema only checks the pattern.
    return "%09d" % (seq * 100 + (96 - seq * 100 % 97) % 97)


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def random_date(rng, first_year, last_year):
    year = rng.randint(first_year, last_year)
    month = rng.randint(1, 12)
    days = 29 if month == 2 and is_leap(year) else DAYS_IN_MONTH[month - 1]
    return year, month, rng.randint(1, days)


def exact_cents(rng, low, high):
    # multipleOf 0.01 is evaluated on doubles by ajv and python-jsonschema (x / 0.01 must be an
    # integer); keep only amounts where that holds, so that every validator agrees they are valid.
    while True:
        value = rng.randint(low, high) / 100
        quotient = value / 0.01
        if quotient == int(quotient):
            return value


def make_worker(rng):
    sex = rng.choices(["M", "F", "X"], weights=[50, 49, 1])[0]
    year, month, day = random_date(rng, 1957, 2008)
    if sex == "M":
        counter = rng.randrange(1, 998, 2)
    elif sex == "F":
        counter = rng.randrange(2, 999, 2)
    else:
        counter = rng.randint(1, 998)
    base9 = "%02d%02d%02d%03d" % (year % 100, month, day, counter)
    niss = "%s%02d" % (base9, niss_check(base9, year >= 2000))
    first = rng.choice(FIRST_NAMES_F if sex == "F" else FIRST_NAMES_M)
    postal, city = rng.choice(CITIES)
    worker = {
        "niss": niss,
        "lastName": rng.choice(LAST_NAMES),
        "firstName": first,
        "birthDate": "%04d-%02d-%02d" % (year, month, day),
        "sex": sex,
        "nationality": rng.choices(["150", "111", "129", "139", "173"], weights=[85, 4, 4, 4, 3])[0],
        "address": {
            "street": rng.choice(STREETS),
            "houseNumber": str(rng.randint(1, 250)) + rng.choice(["", "", "", "A", "B"]),
            "postalCode": postal,
            "city": city,
            "country": "BE",
        },
    }
    if rng.random() < 0.7:
        worker["bankAccount"] = be_iban(rng)
    flexi = rng.random() < 0.05
    record = {
        "employerCategory": rng.choice(["010", "011", "015", "024"]),
        "workerCode": rng.choice(FLEXI_WORKER_CODES if flexi else REGULAR_WORKER_CODES),
        "startDate": QUARTER_START,
        "endDate": QUARTER_END,
    }
    if rng.random() < 0.5:
        record["localUnitId"] = str(rng.randint(2, 8)) + "%09d" % rng.randint(0, 999999999)
    record["occupations"] = [make_occupation(rng, flexi) for _ in range(rng.choice([1, 1, 1, 2]))]
    gross = sum(r["amount"] for o in record["occupations"] for r in o["remunerations"])
    basis = round(gross * 1.08, 2)
    record["contributions"] = [{
        "code": "810" if not flexi else "864",
        "type": 0,
        "basis": exact_amount(basis),
        "amount": exact_amount(round(basis * 0.25, 2)),
    }]
    worker["workerRecords"] = [record]
    return worker


def exact_amount(value):
    # Nudge a computed amount by cents until the double quotient by 0.01 is an integer.
    cents = int(round(value * 100))
    while True:
        candidate = cents / 100
        quotient = candidate / 0.01
        if quotient == int(quotient):
            return candidate
        cents += 1


def make_occupation(rng, flexi):
    full_time = 0 if flexi or rng.random() < 0.3 else 1
    reference = rng.choice([38, 38, 38, 37.5, 40, 36])
    days = 5 if full_time else rng.choice([1, 2, 2.5, 3, 4, 4.5])
    occupation = {}
    if rng.random() < 0.6:
        year, month, day = random_date(rng, 2005, 2023)
        occupation["startDate"] = "%04d-%02d-%02d" % (year, month, day)
    else:
        occupation["startDate"] = QUARTER_START
    if rng.random() < 0.1:
        occupation["endDate"] = "2024-%02d-%02d" % (rng.choice([7, 8, 9]), rng.randint(1, 30))
    occupation.update({
        "jointCommission": rng.choice(JOINT_COMMISSIONS),
        "daysPerWeek": days,
        "fullTime": full_time,
    })
    if not full_time or rng.random() < 0.7:
        occupation["hoursWorker"] = round(reference * days / 5, 2)
    occupation["hoursReference"] = reference
    occupation["status"] = rng.choice(STATUSES[:4]) if rng.random() < 0.3 else "NA"
    if rng.random() < 0.8:
        occupation["naceCode"] = rng.choice(NACE)
    worked = round(days * 13, 2)
    services = [{"code": "001", "days": worked, "hours": round(worked * reference / 5, 2)}]
    if rng.random() < 0.25:
        services.append({"code": rng.choice(["002", "010", "021"]), "days": rng.randint(1, 5)})
    occupation["services"] = services
    monthly = rng.randint(1900_00, 5200_00) * (days / 5)
    remunerations = []
    if flexi:
        remunerations.append({"code": 22, "amount": exact_cents(rng, 200_00, 2500_00)})
    else:
        remunerations.append({"code": 1, "amount": exact_amount(monthly * 3 / 100)})
    extra = rng.randint(1, 4)
    for code in rng.sample([2, 3, 7, 10, 11, 12, 23 if flexi else 51], extra):
        remuneration = {"code": code}
        if code == 2:
            remuneration["frequency"] = rng.choice([1, 3, 12])
        if code in (7, 10):
            remuneration["percentage"] = rng.choice([7.67, 15.34, 92])
        remuneration["amount"] = exact_cents(rng, 1_00, 900_00)
        remunerations.append(remuneration)
    occupation["remunerations"] = remunerations
    return occupation


def make_declaration(rng, workers):
    declaration = {
        "identification": "DMFA",
        "formCreationDate": "2024-10-15",
        "employer": {
            "quarter": "%d%d" % QUARTER,
            "nssoRegistrationNumber": nsso_number(rng),
            "enterpriseNumber": enterprise_number(rng),
            "name": "Boulangerie Dewitte & Fils SRL",
            "iban": be_iban(rng),
            "netOwedAmount": 0.0,
        },
        "workers": [make_worker(rng) for _ in range(workers)],
    }
    total = sum(c["amount"] for w in declaration["workers"] for r in w["workerRecords"]
                for c in r["contributions"])
    declaration["employer"]["netOwedAmount"] = exact_amount(total)
    return declaration


# --- fault injection -------------------------------------------------------------------------
# Faults per leaf key; each function mutates parent[key] (or parent) and returns a kind name,
# or None when it does not apply to this value. Every kind yields exactly one error in
# python-jsonschema (ajv adds its "if" error on top of the flexi contains one).

def bad_niss(rng, parent, key):
    digits = parent[key]
    cc = int(digits[9:])
    for delta in rng.sample(range(1, 97), 96):
        candidate = "%s%02d" % (digits[:9], (cc + delta) % 100)
        if not niss_is_valid(candidate):
            parent[key] = candidate
            return "format:be-niss"
    return None


def bad_date(rng, parent, key):
    parent[key] = rng.choice(["2024-02-30", "2023-13-01", "2024-09-31", "31/07/2024", "2024-7-1",
                              "2023-02-29", "2024-00-10"])
    return "format:date"


def bad_postal(rng, parent, key):
    parent[key] = rng.choice(["0999", "999", "10000", "B-1000", "1O00"])
    return "format:be-postal-code"


def bad_iban(rng, parent, key):
    value = parent[key]
    # Another check number in 02..98: the mod-97 sum then differs by less than 97, never by 0.
    check = rng.choice([c for c in range(2, 99) if c != int(value[2:4])])
    parent[key] = "%s%02d%s" % (value[:2], check, value[4:])
    return "format:iban"


def bad_pattern_code3(rng, parent, key):
    parent[key] = rng.choice(["15", "1500", "O15", "", "15a"])
    return "pattern"


def bad_pattern_country(rng, parent, key):
    parent[key] = rng.choice(["Belgium", "be", "B"])
    return "pattern"


def bad_pattern_jc(rng, parent, key):
    parent[key] = rng.choice(["2000", "20", "200.1", "CP200"])
    return "pattern"


def bad_pattern_nace(rng, parent, key):
    parent[key] = rng.choice(["4711", "47.110", "471100"])
    return "pattern"


def bad_pattern_local_unit(rng, parent, key):
    parent[key] = "1" + parent[key][1:]
    return "pattern"


def bad_enum(choices):
    def fault(rng, parent, key):
        parent[key] = rng.choice(choices)
        return "enum"
    return fault


def too_long(limit):
    def fault(rng, parent, key):
        parent[key] = (parent[key] + " ") * (limit // max(1, len(parent[key])) + 1)
        return "maxLength"
    return fault


def empty_string(rng, parent, key):
    parent[key] = ""
    return "minLength"


def negative(rng, parent, key):
    # Whole cents, so that money fields fail on minimum alone and not on multipleOf as well.
    parent[key] = -exact_cents(rng, 1, 50000)
    return "minimum"


def not_cents(rng, parent, key):
    parent[key] = int(parent[key]) + rng.choice([0.001, 0.005, 0.125, 0.999])
    return "multipleOf"


def above(limit, kind="maximum"):
    def fault(rng, parent, key):
        parent[key] = limit + rng.choice([1, 2, 10])
        return kind
    return fault


def as_string(rng, parent, key):
    value = parent[key]
    parent[key] = ("%d" % value) if isinstance(value, int) else repr(value)
    return "type"


def as_number(rng, parent, key):
    value = parent[key]
    if not value.isdigit():
        return None
    parent[key] = int(value)
    return "type"


def missing(rng, parent, key):
    del parent[key]
    return "required"


def extra_property(rng, parent, key):
    if EXTRA_KEY in parent:
        return None
    parent[EXTRA_KEY] = "added by the generator"
    return "additionalProperties"


def flexi_without_22(rng, parent, key):
    if parent[key] != 22:
        return None
    parent[key] = 1
    return "contains"


FAULTS = {
    # key: faults applicable to its value (the owner object gets "extra property" as well)
    "niss": [bad_niss, bad_niss, bad_niss, as_number, missing],
    "lastName": [too_long(48), empty_string, missing],
    "firstName": [too_long(24), missing],
    "birthDate": [bad_date, bad_date, missing],
    "sex": [bad_enum(["U", "m", "1"])],
    "nationality": [bad_pattern_code3, as_number],
    "street": [missing, empty_string],
    "houseNumber": [too_long(10)],
    "postalCode": [bad_postal, bad_postal, as_number],
    "city": [missing],
    "country": [bad_pattern_country],
    "bankAccount": [bad_iban],
    "employerCategory": [bad_pattern_code3],
    "workerCode": [bad_enum(["999", "15", "000"])],
    "startDate": [bad_date],
    "endDate": [bad_date],
    "localUnitId": [bad_pattern_local_unit],
    "jointCommission": [bad_pattern_jc, missing],
    "daysPerWeek": [above(7), as_string],
    "fullTime": [bad_enum([2, -1])],
    "hoursWorker": [negative, above(50)],
    "hoursReference": [as_string, above(50)],
    "status": [bad_enum(["Z", "na", "X"])],
    "naceCode": [bad_pattern_nace],
    "days": [negative, above(92)],
    "hours": [negative],
    "code": [as_string],
    "frequency": [above(12)],
    "percentage": [above(100)],
    "amount": [negative, negative, not_cents, not_cents, as_string, missing],
    "basis": [negative, not_cents],
    "type": [bad_enum([3, 9])],
}
# Keys whose parent object is an address, service, contribution... change the meaning of "code".
CODE3_PARENTS = ("services", "contributions")
# Not removable: the required ones are listed in FAULTS with `missing` only where removal makes
# exactly one "required" error (hoursWorker is conditionally required: never removed).


def leaves(value, path=()):
    """(parent, key, path) for every scalar under value, in document order."""
    if isinstance(value, dict):
        for key in list(value):
            child = value[key]
            if isinstance(child, (dict, list)):
                yield from leaves(child, path + (key,))
            else:
                yield value, key, path + (key,)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves(child, path + (index,))


def faults_for(path, parent, key, flexi):
    if key == "code":
        container = path[-3] if len(path) >= 3 else None
        if container in CODE3_PARENTS:
            return [bad_pattern_code3, as_number]
        if container == "remunerations":
            if flexi and parent[key] == 22:
                return [flexi_without_22]
            return [as_string, above(99), missing]
    return FAULTS.get(key, [])


def inject(rng, declaration, rate):
    kinds = Counter()
    scalars = 0
    for worker in declaration["workers"]:
        flexi = worker["workerRecords"][0]["workerCode"] in FLEXI_WORKER_CODES
        touched = set()
        for parent, key, path in list(leaves(worker)):
            scalars += 1
            if rng.random() >= rate:
                continue
            # One fault per object: two in the same object could merge (two extra properties give
            # one python error) or mask each other (a missing workerCode disables the flexi rule).
            if id(parent) in touched:
                continue
            choices = faults_for(path, parent, key, flexi)
            fault = rng.choice(choices) if choices and rng.random() >= 0.12 else extra_property
            kind = fault(rng, parent, key)
            if kind:
                touched.add(id(parent))
                kinds[kind] += 1
    return scalars, kinds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--invalid-rate", type=float, default=0.009,
                        help="fraction of the workers' scalar values made invalid (default 0.009:"
                             " about 3,900 faults in 10,000 workers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--valid", action="store_true", help="inject no fault")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    declaration = make_declaration(rng, args.workers)
    scalars, kinds = inject(random.Random(args.seed + 1), declaration,
                            0.0 if args.valid else args.invalid_rate)
    text = json.dumps(declaration, ensure_ascii=False, separators=(",", ":"))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(text)
        out.write("\n")
    total = sum(kinds.values())
    print(json.dumps({"file": args.out, "workers": args.workers, "bytes": len(text.encode()) + 1,
                      "scalars": scalars, "faults": total, "kinds": dict(sorted(kinds.items()))}),
          file=sys.stderr)


if __name__ == "__main__":
    main()

"""Belgian formats of the benchmark schema for python-jsonschema (DOMAIN.md §1).

The same rules as formats.js (ajv) and Guichet's engine (app/core/schema/formats.h): keep the
three in step. "date" is replaced by the strict
RFC 3339 full-date that ajv-formats checks, because Python 3.11's date.fromisoformat also takes
"20240701" and week dates.
"""

import re

from jsonschema import FormatChecker

# The SWIFT IBAN registry: country code and total length.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")
_ENTERPRISE = re.compile(r"[01][0-9]{9}")
_POSTAL = re.compile(r"[0-9]{4}")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def _days_in_month(year, month):
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else DAYS_IN_MONTH[month - 1]


def is_niss(value):
    """National number or BIS number; the rule that validates the check digits gives the
    century; counter 001-998; BIS month shifts; month or day 00 accepted, else the date must
    exist."""
    if not isinstance(value, str):
        return True
    if not _ELEVEN_DIGITS.fullmatch(value):
        return False
    base, check = int(value[:9]), int(value[9:])
    if check == 97 - base % 97:
        century = 1900
    elif check == 97 - (2000000000 + base) % 97:
        century = 2000
    else:
        return False
    if not 1 <= int(value[6:9]) <= 998:
        return False
    month, day = int(value[2:4]), int(value[4:6])
    if month >= 40:
        month -= 40
    elif month >= 20:
        month -= 20
    if month > 12 or day > 31:
        return False
    year = century + int(value[:2])
    return not (month >= 1 and day >= 1 and day > _days_in_month(year, month))


def is_enterprise_number(value):
    """KBO/BCE: first digit 0 or 1, last two = 97 - (first eight mod 97), base not zero."""
    if not isinstance(value, str):
        return True
    if not _ENTERPRISE.fullmatch(value):
        return False
    base = int(value[:8])
    return base != 0 and int(value[8:]) == 97 - base % 97


def is_postal_code(value):
    """Four digits, 1000-9992."""
    if not isinstance(value, str):
        return True
    return bool(_POSTAL.fullmatch(value)) and 1000 <= int(value) <= 9992


def _mod97(text):
    rest = 0
    for ch in text:
        if ch >= "A":
            rest = (rest * 100 + ord(ch) - 55) % 97
        else:
            rest = (rest * 10 + ord(ch) - 48) % 97
    return rest


def is_iban(value):
    if not isinstance(value, str):
        return True
    if not _IBAN.fullmatch(value):
        return False
    country = value[:2]
    if IBAN_LENGTHS.get(country) != len(value):
        return False
    if _mod97(value[4:] + value[:4]) != 1:
        return False
    if country == "BE":
        if not value[4:].isascii() or not value[4:].isdigit():
            return False
        return (int(value[4:14]) % 97 or 97) == int(value[14:])
    return True


def is_date(value):
    if not isinstance(value, str):
        return True
    match = _DATE.fullmatch(value)
    if not match:
        return False
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= _days_in_month(year, month)


def format_checker():
    checker = FormatChecker()
    checker.checks("date")(is_date)
    checker.checks("be-niss")(is_niss)
    checker.checks("be-enterprise-number")(is_enterprise_number)
    checker.checks("be-postal-code")(is_postal_code)
    checker.checks("iban")(is_iban)
    return checker

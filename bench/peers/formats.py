"""Belgian formats of the benchmark schema for python-jsonschema (DOMAIN.md §1).

The same rules as formats.js (ajv): keep the two in step. "date" is replaced by the strict
RFC 3339 full-date that ajv-formats checks, because Python 3.11's date.fromisoformat also takes
"20240701" and week dates.
"""

import re

from jsonschema import FormatChecker

IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")
_ENTERPRISE = re.compile(r"[01][0-9]{9}")
_POSTAL = re.compile(r"[1-9][0-9]{3}")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def is_niss(value):
    if not isinstance(value, str):
        return True
    if not _ELEVEN_DIGITS.fullmatch(value):
        return False
    month, day = int(value[2:4]), int(value[4:6])
    if month % 20 > 12 or month > 52 or day > 31:
        return False
    base, check = int(value[:9]), int(value[9:])
    return check == 97 - base % 97 or check == 97 - (2000000000 + base) % 97


def is_enterprise_number(value):
    if not isinstance(value, str):
        return True
    if not _ENTERPRISE.fullmatch(value):
        return False
    return (int(value[:8]) + int(value[8:])) % 97 == 0


def is_postal_code(value):
    if not isinstance(value, str):
        return True
    return bool(_POSTAL.fullmatch(value))


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
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = 29 if month == 2 and leap else DAYS_IN_MONTH[month - 1]
    return 1 <= day <= last


def format_checker():
    checker = FormatChecker()
    checker.checks("date")(is_date)
    checker.checks("be-niss")(is_niss)
    checker.checks("be-enterprise-number")(is_enterprise_number)
    checker.checks("be-postal-code")(is_postal_code)
    checker.checks("iban")(is_iban)
    return checker

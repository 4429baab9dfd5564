// Belgian formats of the benchmark schema for ajv, from the rules in shared/docs/DOMAIN.md §1 as
// Guichet's engine applies them (app/core/schema/formats.h). formats.py implements the same
// rules for python-jsonschema: keep the three in step, or the validators stop checking the same
// thing and their error counts diverge.

// The SWIFT IBAN registry: country code and total length.
const IBAN_LENGTHS = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
  SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year, month) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

// National number or BIS number: YYMMDD SSS CC, CC = 97 - (YYMMDDSSS mod 97), or the same on
// 2000000000 + YYMMDDSSS for people born in 2000 or later (that rule gives the century). Counter
// 001-998. BIS months are shifted by 20 or 40. Month or day 00 is legitimate (unknown date);
// otherwise the date must exist.
export function isNiss(value) {
  if (!/^[0-9]{11}$/.test(value)) return false;
  const base = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  let century;
  if (check === 97 - (base % 97)) century = 1900;
  else if (check === 97 - ((2000000000 + base) % 97)) century = 2000;
  else return false;
  const counter = Number(value.slice(6, 9));
  if (counter < 1 || counter > 998) return false;
  let month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month >= 40) month -= 40;
  else if (month >= 20) month -= 20;
  if (month > 12 || day > 31) return false;
  const year = century + Number(value.slice(0, 2));
  return !(month >= 1 && day >= 1 && day > daysInMonth(year, month));
}

// KBO/BCE enterprise number: 10 digits, first 0 or 1, last two = 97 - (first eight mod 97),
// first eight not all zero.
export function isEnterpriseNumber(value) {
  if (!/^[01][0-9]{9}$/.test(value)) return false;
  const base = Number(value.slice(0, 8));
  return base !== 0 && Number(value.slice(8)) === 97 - (base % 97);
}

// Four digits, 1000-9992 (bpost's list of codes in use is not enforced).
export function isPostalCode(value) {
  return /^[0-9]{4}$/.test(value) && Number(value) >= 1000 && Number(value) <= 9992;
}

function mod97(text) {
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 65) {
      rest = (rest * 100 + (code - 55)) % 97; // A=10 ... Z=35: two digits
    } else {
      rest = (rest * 10 + (code - 48)) % 97;
    }
  }
  return rest;
}

// IBAN in its electronic form (no spaces): known country length, ISO 13616 mod 97 == 1, and
// for BE the national check of the BBAN (first 10 digits mod 97, 0 written 97).
export function isIban(value) {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(value)) return false;
  const country = value.slice(0, 2);
  if (IBAN_LENGTHS[country] !== value.length) return false;
  if (mod97(value.slice(4) + value.slice(0, 4)) !== 1) return false;
  if (country === "BE") {
    if (!/^[0-9]{12}$/.test(value.slice(4))) return false;
    const national = Number(value.slice(4, 14)) % 97 || 97;
    return national === Number(value.slice(14));
  }
  return true;
}

export function addBelgianFormats(ajv) {
  ajv.addFormat("be-niss", { type: "string", validate: isNiss });
  ajv.addFormat("be-enterprise-number", { type: "string", validate: isEnterpriseNumber });
  ajv.addFormat("be-postal-code", { type: "string", validate: isPostalCode });
  ajv.addFormat("iban", { type: "string", validate: isIban });
  return ajv;
}

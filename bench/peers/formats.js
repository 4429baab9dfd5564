// Belgian formats of the benchmark schema for ajv, from the rules in shared/docs/DOMAIN.md §1.
// formats.py implements the same rules for python-jsonschema: keep the two in step, or the
// validators stop checking the same thing and their error counts diverge.

const IBAN_LENGTHS = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22,
  IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19,
  SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

// National number or BIS number: YYMMDD SSS CC, CC = 97 - (YYMMDDSSS mod 97), computed on
// 2000000000 + YYMMDDSSS for people born in 2000 or later. BIS months are shifted by 20 or 40;
// month and day 00 are legitimate (unknown date, exhausted counter).
export function isNiss(value) {
  if (!/^[0-9]{11}$/.test(value)) return false;
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month % 20 > 12 || month > 52 || day > 31) return false;
  const base = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  return check === 97 - (base % 97) || check === 97 - ((2000000000 + base) % 97);
}

// KBO/BCE enterprise number: 10 digits, first 0 or 1, (first 8 + last 2) mod 97 == 0.
export function isEnterpriseNumber(value) {
  if (!/^[01][0-9]{9}$/.test(value)) return false;
  return (Number(value.slice(0, 8)) + Number(value.slice(8))) % 97 === 0;
}

// Four digits, the first one marking the province (never 0).
export function isPostalCode(value) {
  return /^[1-9][0-9]{3}$/.test(value);
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

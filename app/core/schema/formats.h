#pragma once

#include <QDate>

#include <optional>
#include <string>
#include <string_view>

// Checks of the "format" keyword's values: the standard formats of JSON Schema 2020-12 and the
// Belgian identifiers of Guichet's forms (../shared/docs/DOMAIN.md §1).
namespace guichet::schema {

enum class FormatCheck
{
    Valid,
    Invalid,
    Unknown, // a format this engine does not know: an annotation only, never an error
};

// value is UTF-8. Pure and thread-safe.
//   date, date-time, time, duration, email, idn-email, hostname, idn-hostname, ipv4, ipv6,
//   uri, uri-reference, iri, iri-reference, uri-template, uuid, regex, json-pointer,
//   relative-json-pointer;
//   be-niss (national number or BIS number, incl. the born-in-2000+ rule),
//   be-enterprise-number (KBO/BCE), iban (ISO 13616 mod 97, per-country length, Belgian
//   national check), be-postal-code.
//
// The Belgian identifiers and the IBAN are checked in the compact electronic form that
// exchanges use, never in the printed one: a NISS is 11 bare digits ("85073003328", not
// "85.07.30-033.28"), an enterprise number 10 bare digits ("0403019261", not "0403.019.261"),
// an IBAN has no spaces and upper-case letters ("BE68539007547034"). A form widget that lets
// people type the printed form stores compactIdentifier() of what they typed.
//   be-niss: check digits by the pre-2000 or the 2000+ rule; BIS month shifts +20 / +40;
//     month and day 00 accepted (unknown date); otherwise the date must exist (Feb 29 only in
//     leap years, the century taken from the rule that validated); counter 001-998.
//   be-enterprise-number: first digit 0 or 1, last two = 97 - (first eight mod 97); the
//     all-zero base is refused. Whether the number is in the repertory is not checked.
//   iban: country in the IBAN registry with its length, BBAN alphanumeric, ISO 7064 mod 97 == 1;
//     for BE also the national check digits. Bank codes are not checked.
//   be-postal-code: 4 digits, 1000-9992. bpost's list of codes in use is not enforced.
// The standard formats follow the JSON-Schema-Test-Suite (tests/formats/tst_formats_suite runs
// its format files; tests/formats/known-failures.txt lists what is knowingly different). Limits:
//   time needs its offset (RFC 3339 full-time); a leap second must fall on 23:59:60 UTC.
//   email is RFC 5321's Mailbox: no comments, no folding white space, address literals IPv4
//     and IPv6 only; idn-email adds UTF-8 (RFC 6531) and checks the domain as idn-hostname
//     without requiring NFC.
//   idn-hostname computes the IDNA2008 derived property (RFC 5892) from Qt's Unicode tables
//     (Qt's simple case folding, a built-in Default_Ignorable list) rather than from IANA's
//     table, then applies the contextual rules, the hyphen rules and the Bidi rule (RFC 5893);
//     A-labels must decode and re-encode to themselves. hostname checks A-labels the same way.
//   regex refuses the syntax ECMA-262 lacks (\a \Z \z \A \Q..., (?P<..>, (?#..), (?i),
//     atomic and possessive forms, PCRE verbs), then asks PCRE2 to compile it; a variable-length
//     lookbehind, which PCRE2 10.42 refuses and ECMA-262 allows, is accepted.
FormatCheck checkFormat(std::string_view format, std::string_view value);

// True for every format name checkFormat() knows.
bool isKnownFormat(std::string_view format);

// --- Belgian identifiers, for widgets that show, complete or explain them ---------------------

bool isValidNiss(std::string_view niss);
bool isValidEnterpriseNumber(std::string_view number);
bool isValidIban(std::string_view iban);
bool isValidBelgianPostalCode(std::string_view code);

enum class Sex
{
    Unknown, // a BIS number issued while the sex was unknown (month + 20)
    Male,
    Female,
};

// What a valid NISS or BIS number says about its holder. month and day are 0 when unknown.
struct NissInfo
{
    int year = 0;
    int month = 0;
    int day = 0;
    Sex sex = Sex::Unknown;
    bool bis = false;
};

// nullopt unless isValidNiss(niss).
std::optional<NissInfo> nissInfo(std::string_view niss);
// The birth date, when the number is valid and holds a complete date.
std::optional<QDate> nissBirthDate(std::string_view niss);

// Strips the separators people type or paste (spaces, '.', '-', '/') and upper-cases ASCII
// letters: " be68 5390-0754.7034" -> "BE68539007547034", "85.07.30-033.28" -> "85073003328".
std::string compactIdentifier(std::string_view text);

// Printed forms. Each returns its input unchanged when it is not a compact value of the right
// length (so a half-typed value is shown as typed).
std::string formatNissForDisplay(std::string_view niss);               // "85.07.30-033.28"
std::string formatEnterpriseNumberForDisplay(std::string_view number); // "0403.019.261"
std::string formatIbanForDisplay(std::string_view iban);               // "BE68 5390 0754 7034"

} // namespace guichet::schema

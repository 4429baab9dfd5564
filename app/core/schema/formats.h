#pragma once

#include <string_view>

// Checks of the "format" keyword's values: the standard formats of JSON Schema 2020-12 and the
// Belgian identifiers of Guichet's forms (../shared/docs/DOMAIN.md §1).
namespace guichet::schema {

enum class FormatCheck {
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
FormatCheck checkFormat(std::string_view format, std::string_view value);

} // namespace guichet::schema

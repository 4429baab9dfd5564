#pragma once

#include <string>
#include <string_view>

// The little of RFC 3986 that "$id" and "$ref" need: reference resolution and fragments.
namespace guichet::schema::uri {

// Resolves reference against base (RFC 3986 §5.2, with dot-segment removal). A base without a
// scheme (a bare relative path) is handled as well as can be.
std::string resolve(std::string_view base, std::string_view reference);

// "http://x/a.json#/b" -> "http://x/a.json"; a trailing empty fragment is dropped.
std::string_view withoutFragment(std::string_view uri);
// The fragment after '#', percent-decoded; empty when none.
std::string fragment(std::string_view uri);
bool hasFragment(std::string_view uri);

std::string percentDecode(std::string_view text);
// Escapes what may not appear in a fragment (for absoluteKeywordLocation).
std::string percentEncodeFragment(std::string_view text);

} // namespace guichet::schema::uri

#pragma once

#include "core/json/value.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// JSON Pointer (RFC 6901): how Guichet addresses a place in a document ("/workers/3/niss").
namespace guichet::json {

// "a/b~c" -> "a~1b~0c"
std::string escapePointerToken(std::string_view token);
void appendPointerToken(std::string &pointer, std::string_view token); // appends "/" + escaped
std::string unescapePointerToken(std::string_view token);

// "" -> {}, "/a/0" -> {"a", "0"}; nullopt when malformed (no leading '/', bad "~" escape).
std::optional<std::vector<std::string>> parsePointer(std::string_view pointer);
std::string makePointer(const std::vector<std::string> &tokens);

// An array index token: digits without leading zero ("0", "12"); nullopt otherwise.
std::optional<std::size_t> arrayIndex(std::string_view token);

// The value at pointer, nullptr when it does not exist.
const Value *resolvePointer(const Value &root, std::string_view pointer);
Value *resolvePointer(Value &root, std::string_view pointer);

// Sets the value at pointer. Missing objects on the way are created; "-" or the current size as
// the last token of an array appends. Returns false when the way goes through a scalar, an array
// index is out of range or the pointer is malformed. The root itself is "".
bool setPointer(Value &root, std::string_view pointer, Value value);

// Removes the member or array item at pointer (later items shift). False when absent.
bool removePointer(Value &root, std::string_view pointer);

} // namespace guichet::json

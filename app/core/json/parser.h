#pragma once

#include "core/expected.h"
#include "core/json/value.h"

#include <cstddef>
#include <string_view>

// Reading JSON text into a Value. Strict RFC 8259 (no comments, no trailing commas), UTF-8 only.
namespace guichet::json {

struct ParseOptions
{
    // Deepest nesting of arrays/objects accepted; deeper input fails with "json.tooDeep" instead
    // of exhausting the stack.
    int maxDepth = 512;
    // Larger input fails with "json.tooLarge" before anything is parsed.
    std::size_t maxSize = std::size_t(512) * 1024 * 1024;
};

// Parses one JSON text (surrounding whitespace allowed). On failure the Error has code
// "json.syntax", "json.tooDeep" or "json.tooLarge", an English-or-translated message that says
// where ("at line 3, column 14 (byte 52)") and params = {byte offset, line, column}.
// Duplicate object keys: the last occurrence wins, at the position of the first.
Expected<Value> parse(std::string_view text, const ParseOptions &options = {});

} // namespace guichet::json

#pragma once

#include "core/json/value.h"

#include <string>

// Writing a Value as JSON text: member order and number text are kept as they are.
namespace guichet::json {

enum class Style
{
    Compact, // no whitespace at all
    Pretty,  // two-space indentation, one member or item per line
};

// Control characters become \uXXXX (or \n, \t, ...), '"' and '\\' are escaped, every other
// character (non-ASCII included) is written as UTF-8.
std::string serialize(const Value &value, Style style = Style::Compact);
void serialize(const Value &value, std::string &out, Style style = Style::Compact);

// A JSON string literal (with its quotes) for text.
void appendQuoted(std::string &out, std::string_view text);

} // namespace guichet::json

#include "writer.h"

namespace guichet::json {

void appendQuoted(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push_back('"');
}

namespace {

// Iterative depth is bounded by the parser's limit for parsed documents; values built in code
// are trusted not to be absurdly deep.
void write(const Value &v, std::string &out, Style style, int indent)
{
    const bool pretty = style == Style::Pretty;
    auto newline = [&](int level) {
        out.push_back('\n');
        out.append(std::size_t(level) * 2, ' ');
    };
    switch (v.type()) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case Type::Number:
        out += v.number().text();
        break;
    case Type::String:
        appendQuoted(out, v.string());
        break;
    case Type::Array: {
        const Array &items = v.arrayItems();
        out.push_back('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                out.push_back(',');
            if (pretty)
                newline(indent + 1);
            write(items[i], out, style, indent + 1);
        }
        if (pretty && !items.empty())
            newline(indent);
        out.push_back(']');
        break;
    }
    case Type::Object: {
        const Object &members = v.objectMembers();
        out.push_back('{');
        bool first = true;
        for (const auto &[key, value] : members) {
            if (!first)
                out.push_back(',');
            first = false;
            if (pretty)
                newline(indent + 1);
            appendQuoted(out, key);
            out += pretty ? ": " : ":";
            write(value, out, style, indent + 1);
        }
        if (pretty && !members.empty())
            newline(indent);
        out.push_back('}');
        break;
    }
    }
}

} // namespace

void serialize(const Value &value, std::string &out, Style style)
{
    write(value, out, style, 0);
}

std::string serialize(const Value &value, Style style)
{
    std::string out;
    serialize(value, out, style);
    return out;
}

} // namespace guichet::json

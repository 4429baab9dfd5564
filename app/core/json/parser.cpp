#include "parser.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace guichet::json {

namespace {

// A hand-written recursive-descent parser: recursion is bounded by maxDepth, values are
// gathered on scratch stacks so that every array/object is allocated once at its final size.
class Parser
{
public:
    Parser(std::string_view text, const ParseOptions &options)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()),
          m_options(options)
    {}

    bool run(Value &out)
    {
        skipWhitespace();
        out = parseValue(0);
        if (m_failed)
            return false;
        skipWhitespace();
        if (m_p != m_end)
            return fail(QCoreApplication::translate("guichet::json",
                                                    "unexpected text after the JSON value"));
        return true;
    }

    Error error() const { return m_error; }

private:
    bool fail(const QString &what, const char *code = "json.syntax")
    {
        return failAt(m_p, what, code);
    }

    bool failAt(const char *where, const QString &what, const char *code = "json.syntax")
    {
        if (m_failed)
            return false;
        m_failed = true;
        const std::size_t offset = std::size_t(where - m_begin);
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *q = m_begin; q < where; ++q) {
            if (*q == '\n') {
                ++line;
                lineStart = q + 1;
            }
        }
        // Columns count characters, not bytes.
        int column = 1;
        for (const char *q = lineStart; q < where; ++q)
            if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80)
                ++column;
        m_error.code = QString::fromLatin1(code);
        m_error.params = {QString::number(offset), QString::number(line), QString::number(column)};
        m_error.message = QCoreApplication::translate(
                              "guichet::json", "invalid JSON at line %1, column %2 (byte %3): %4")
                              .arg(line)
                              .arg(column)
                              .arg(offset)
                              .arg(what);
        return false;
    }

    Value failValue(const QString &what)
    {
        fail(what);
        return Value();
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool expectLiteral(const char *literal, std::size_t n)
    {
        if (std::size_t(m_end - m_p) < n || std::memcmp(m_p, literal, n) != 0)
            return fail(QCoreApplication::translate("guichet::json", "unexpected character"));
        m_p += n;
        return true;
    }

    // Returns the value (null after a failure: check m_failed). Values are built in place and
    // returned by copy elision so that each is moved as few times as possible.
    Value parseValue(int depth)
    {
        if (m_p >= m_end) {
            fail(QCoreApplication::translate("guichet::json", "unexpected end of input"));
            return Value();
        }
        switch (*m_p) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"': {
            std::string s;
            if (!parseString(s))
                return Value();
            return Value(std::move(s));
        }
        case 't':
            return expectLiteral("true", 4) ? Value(true) : Value();
        case 'f':
            return expectLiteral("false", 5) ? Value(false) : Value();
        case 'n':
            expectLiteral("null", 4);
            return Value();
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber();
            fail(QCoreApplication::translate("guichet::json", "unexpected character"));
            return Value();
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_options.maxDepth)
            return fail(
                QCoreApplication::translate("guichet::json", "nesting deeper than %1 levels")
                    .arg(m_options.maxDepth),
                "json.tooDeep");
        return true;
    }

    // Scalars are parsed straight into their final slot; containers into a local first because
    // the scratch stacks may grow while they are parsed.
    bool parseInto(Value &slot, int depth)
    {
        if (m_p < m_end && *m_p == '"') {
            slot = Value(std::string());
            return parseString(slot.stringRef());
        }
        slot = parseValue(depth);
        return !m_failed;
    }

    Value parseArray(int depth)
    {
        if (!checkDepth(depth))
            return Value();
        ++m_p; // [
        const std::size_t base = m_values.size();
        skipWhitespace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return Value(Array());
        }
        for (;;) {
            skipWhitespace();
            if (m_p < m_end && (*m_p == '{' || *m_p == '[')) {
                Value item = parseValue(depth);
                m_values.push_back(std::move(item));
                if (m_failed)
                    return Value();
            } else {
                m_values.emplace_back();
                if (!parseInto(m_values.back(), depth))
                    return Value();
            }
            skipWhitespace();
            if (m_p >= m_end)
                return failValue(QCoreApplication::translate(
                    "guichet::json", "unexpected end of input in an array"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            return failValue(QCoreApplication::translate("guichet::json", "expected ',' or ']'"));
        }
        Array items(std::make_move_iterator(m_values.begin() + std::ptrdiff_t(base)),
                    std::make_move_iterator(m_values.end()));
        m_values.resize(base);
        return Value(std::move(items));
    }

    Value parseObject(int depth)
    {
        if (!checkDepth(depth))
            return Value();
        ++m_p; // {
        const std::size_t base = m_members.size();
        skipWhitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return Value(Object());
        }
        for (;;) {
            skipWhitespace();
            if (m_p >= m_end || *m_p != '"')
                return failValue(QCoreApplication::translate("guichet::json",
                                                             "expected a member name in quotes"));
            const std::size_t index = m_members.size();
            m_members.emplace_back();
            if (!parseString(m_members[index].first))
                return Value();
            skipWhitespace();
            if (m_p >= m_end || *m_p != ':')
                return failValue(QCoreApplication::translate("guichet::json", "expected ':'"));
            ++m_p;
            skipWhitespace();
            if (m_p < m_end && (*m_p == '{' || *m_p == '[')) {
                Value item = parseValue(depth);
                m_members[index].second = std::move(item);
                if (m_failed)
                    return Value();
            } else if (!parseInto(m_members[index].second, depth)) {
                return Value();
            }
            skipWhitespace();
            if (m_p >= m_end)
                return failValue(QCoreApplication::translate(
                    "guichet::json", "unexpected end of input in an object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            return failValue(QCoreApplication::translate("guichet::json", "expected ',' or '}'"));
        }
        const std::size_t count = m_members.size() - base;
        bool unique = true;
        if (count <= 16) {
            for (std::size_t i = base + 1; i < m_members.size() && unique; ++i)
                for (std::size_t j = base; j < i; ++j)
                    if (sameText(m_members[i].first, m_members[j].first)) {
                        unique = false;
                        break;
                    }
        } else {
            unique = false; // let Object::insert sort it out
        }
        if (unique) {
            std::vector<Object::Member> members(
                std::make_move_iterator(m_members.begin() + std::ptrdiff_t(base)),
                std::make_move_iterator(m_members.end()));
            m_members.resize(base);
            return Value(Object(std::move(members)));
        }
        // Duplicate keys: the last one wins, at the place of the first.
        Object object;
        object.reserve(count);
        for (std::size_t i = base; i < m_members.size(); ++i)
            object.insert(std::move(m_members[i].first), std::move(m_members[i].second));
        m_members.resize(base);
        return Value(std::move(object));
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(unsigned &out)
    {
        if (m_end - m_p < 4)
            return fail(QCoreApplication::translate("guichet::json", "truncated \\u escape"));
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail(QCoreApplication::translate("guichet::json", "invalid \\u escape"));
            v = v * 16 + unsigned(h);
        }
        m_p += 4;
        out = v;
        return true;
    }

    static void appendUtf8(std::string &s, unsigned cp)
    {
        if (cp < 0x80) {
            s.push_back(char(cp));
        } else if (cp < 0x800) {
            s.push_back(char(0xC0 | (cp >> 6)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            s.push_back(char(0xE0 | (cp >> 12)));
            s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            s.push_back(char(0xF0 | (cp >> 18)));
            s.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            s.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            s.push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    // Length of the valid UTF-8 sequence at p, 0 if invalid.
    static int utf8Length(const unsigned char *p, const unsigned char *end)
    {
        const unsigned char c = p[0];
        int n;
        unsigned cp;
        if (c < 0xC2)
            return 0;
        if (c < 0xE0) {
            n = 2;
            cp = c & 0x1F;
        } else if (c < 0xF0) {
            n = 3;
            cp = c & 0x0F;
        } else if (c < 0xF5) {
            n = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (end - p < n)
            return 0;
        for (int i = 1; i < n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 4 && cp < 0x10000) || cp > 0x10FFFF)
            return 0;
        return n;
    }

    bool parseString(std::string &out)
    {
        ++m_p; // opening quote
        const char *start = m_p;
        // Fast path: a run of plain ASCII without escapes.
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++m_p;
        }
        out.assign(start, m_p);
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail(QCoreApplication::translate(
                    "guichet::json", "control character in a string (escape it)"));
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end)
                    break;
                const char e = *m_p++;
                switch (e) {
                case '"':
                    out.push_back('"');
                    break;
                case '\\':
                    out.push_back('\\');
                    break;
                case '/':
                    out.push_back('/');
                    break;
                case 'b':
                    out.push_back('\b');
                    break;
                case 'f':
                    out.push_back('\f');
                    break;
                case 'n':
                    out.push_back('\n');
                    break;
                case 'r':
                    out.push_back('\r');
                    break;
                case 't':
                    out.push_back('\t');
                    break;
                case 'u': {
                    unsigned cp = 0;
                    if (!parseHex4(cp))
                        return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' &&
                        m_p[1] == 'u') {
                        const char *save = m_p;
                        m_p += 2;
                        unsigned low = 0;
                        if (!parseHex4(low))
                            return false;
                        if (low >= 0xDC00 && low <= 0xDFFF)
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        else
                            m_p = save;
                    }
                    // A lone surrogate cannot be UTF-8: it becomes U+FFFD.
                    if (cp >= 0xD800 && cp <= 0xDFFF)
                        cp = 0xFFFD;
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    --m_p;
                    return fail(
                        QCoreApplication::translate("guichet::json", "invalid escape sequence"));
                }
                continue;
            }
            if (c >= 0x80) {
                const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p),
                                         reinterpret_cast<const unsigned char *>(m_end));
                if (n == 0)
                    return fail(QCoreApplication::translate("guichet::json", "invalid UTF-8"));
                out.append(m_p, std::size_t(n));
                m_p += n;
                continue;
            }
            const char *run = m_p;
            while (m_p < m_end) {
                const unsigned char d = static_cast<unsigned char>(*m_p);
                if (d == '"' || d == '\\' || d < 0x20 || d >= 0x80)
                    break;
                ++m_p;
            }
            out.append(run, m_p);
        }
        return fail(QCoreApplication::translate("guichet::json", "unterminated string"));
    }

    Value parseNumber()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return failValue(QCoreApplication::translate("guichet::json", "invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return failValue(QCoreApplication::translate("guichet::json", "invalid number"));
        }
        bool integer = true;
        if (m_p < m_end && *m_p == '.') {
            integer = false;
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return failValue(QCoreApplication::translate("guichet::json",
                                                             "invalid number (digit expected)"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integer = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return failValue(QCoreApplication::translate("guichet::json",
                                                             "invalid number (digit expected)"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        double d = 0;
        const std::size_t len = std::size_t(m_p - start);
        if (integer && len <= 16) {
            // Small integers: exact and faster than a general conversion.
            std::int64_t v = 0;
            const char *q = start;
            const bool negative = *q == '-';
            if (negative)
                ++q;
            for (; q < m_p; ++q)
                v = v * 10 + (*q - '0');
            d = negative ? -double(v) : double(v);
        } else {
            auto result = std::from_chars(start, m_p, d);
            if (result.ec == std::errc::result_out_of_range) {
                // from_chars leaves d unset on overflow/underflow: fall back to strtod's answer.
                std::string tmp(start, m_p);
                d = std::strtod(tmp.c_str(), nullptr);
            }
        }
        return Value(Number(std::string(start, len), d));
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const ParseOptions &m_options;
    std::vector<Value> m_values;
    std::vector<Object::Member> m_members;
    Error m_error;
    bool m_failed = false;
};

} // namespace

Expected<Value> parse(std::string_view text, const ParseOptions &options)
{
    if (text.size() > options.maxSize) {
        Error e;
        e.code = QStringLiteral("json.tooLarge");
        e.params = {QString::number(text.size()), QString::number(options.maxSize)};
        e.message = QCoreApplication::translate("guichet::json",
                                                "the document is too large (%1 bytes, limit %2)")
                        .arg(text.size())
                        .arg(options.maxSize);
        return e;
    }
    Parser parser(text, options);
    Value value;
    if (!parser.run(value))
        return parser.error();
    return value;
}

} // namespace guichet::json

#include "uri.h"

#include <cctype>

namespace guichet::schema::uri {

namespace {

struct Parts
{
    std::string_view scheme;
    bool hasAuthority = false;
    std::string_view authority;
    std::string_view path;
    bool hasQuery = false;
    std::string_view query;
    bool hasFragment = false;
    std::string_view fragment;
};

Parts split(std::string_view s)
{
    Parts p;
    // scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    std::size_t i = 0;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '+' ||
                            s[i] == '-' || s[i] == '.'))
        ++i;
    if (i > 0 && i < s.size() && s[i] == ':' && std::isalpha(static_cast<unsigned char>(s[0]))) {
        p.scheme = s.substr(0, i);
        s.remove_prefix(i + 1);
    }
    const std::size_t hash = s.find('#');
    if (hash != std::string_view::npos) {
        p.hasFragment = true;
        p.fragment = s.substr(hash + 1);
        s = s.substr(0, hash);
    }
    const std::size_t question = s.find('?');
    if (question != std::string_view::npos) {
        p.hasQuery = true;
        p.query = s.substr(question + 1);
        s = s.substr(0, question);
    }
    if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
        p.hasAuthority = true;
        const std::size_t slash = s.find('/', 2);
        p.authority =
            s.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2);
        s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
    }
    p.path = s;
    return p;
}

// RFC 3986 §5.2.4, walking the input with an offset instead of rewriting it.
std::string removeDotSegments(std::string_view in)
{
    std::string out;
    auto startsWith = [&](std::string_view prefix) {
        return in.substr(0, prefix.size()) == prefix;
    };
    auto dropLastSegment = [&] {
        const std::size_t last = out.rfind('/');
        out.resize(last == std::string::npos ? 0 : last);
    };
    while (!in.empty()) {
        if (startsWith("../")) {
            in.remove_prefix(3);
        } else if (startsWith("./")) {
            in.remove_prefix(2);
        } else if (startsWith("/./")) {
            in.remove_prefix(2);
        } else if (in == "/.") {
            out.push_back('/');
            in = {};
        } else if (startsWith("/../")) {
            in.remove_prefix(3);
            dropLastSegment();
        } else if (in == "/..") {
            dropLastSegment();
            out.push_back('/');
            in = {};
        } else if (in == "." || in == "..") {
            in = {};
        } else {
            std::size_t next = in.find('/', in[0] == '/' ? 1 : 0);
            if (next == std::string_view::npos)
                next = in.size();
            out.append(in.substr(0, next));
            in.remove_prefix(next);
        }
    }
    return out;
}

std::string compose(std::string_view scheme, bool hasAuthority, std::string_view authority,
                    std::string_view path, bool hasQuery, std::string_view query, bool hasFragment,
                    std::string_view fragment)
{
    std::string out;
    if (!scheme.empty())
        out.append(scheme).push_back(':');
    if (hasAuthority)
        out.append("//").append(authority);
    out.append(path);
    if (hasQuery)
        out.append("?").append(query);
    if (hasFragment)
        out.append("#").append(fragment);
    return out;
}

} // namespace

std::string resolve(std::string_view base, std::string_view reference)
{
    const Parts r = split(reference);
    if (!r.scheme.empty()) {
        return compose(r.scheme, r.hasAuthority, r.authority, removeDotSegments(r.path), r.hasQuery,
                       r.query, r.hasFragment, r.fragment);
    }
    const Parts b = split(base);
    if (r.hasAuthority) {
        return compose(b.scheme, true, r.authority, removeDotSegments(r.path), r.hasQuery, r.query,
                       r.hasFragment, r.fragment);
    }
    if (r.path.empty()) {
        return compose(b.scheme, b.hasAuthority, b.authority, b.path, r.hasQuery || b.hasQuery,
                       r.hasQuery ? r.query : b.query, r.hasFragment, r.fragment);
    }
    std::string path;
    if (r.path[0] == '/') {
        path = removeDotSegments(r.path);
    } else {
        std::string merged;
        if (b.hasAuthority && b.path.empty()) {
            merged.reserve(r.path.size() + 1);
            merged.push_back('/');
            merged.append(r.path);
        } else {
            const std::size_t slash = b.path.rfind('/');
            if (slash != std::string_view::npos)
                merged.append(b.path.substr(0, slash + 1));
            merged.append(r.path);
        }
        path = removeDotSegments(merged);
    }
    return compose(b.scheme, b.hasAuthority, b.authority, path, r.hasQuery, r.query, r.hasFragment,
                   r.fragment);
}

std::string_view withoutFragment(std::string_view uri)
{
    const std::size_t hash = uri.find('#');
    return hash == std::string_view::npos ? uri : uri.substr(0, hash);
}

bool hasFragment(std::string_view uri)
{
    const std::size_t hash = uri.find('#');
    return hash != std::string_view::npos && hash + 1 < uri.size();
}

std::string fragment(std::string_view uri)
{
    const std::size_t hash = uri.find('#');
    if (hash == std::string_view::npos)
        return {};
    return percentDecode(uri.substr(hash + 1));
}

std::string percentDecode(std::string_view text)
{
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out.push_back(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::string percentEncodeFragment(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) ||
            std::string_view("-._~!$&'()*+,;=:@/?").find(char(c)) != std::string_view::npos) {
            out.push_back(char(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

} // namespace guichet::schema::uri

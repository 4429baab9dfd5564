#pragma once

#include <memory>
#include <string>
#include <string_view>

// A JSON Schema regular expression (ECMA-262 dialect) compiled with PCRE2 in UTF mode, with
// bounded matching so that a hostile pattern or subject cannot hang validation.
namespace guichet::schema {

class Regex
{
public:
    // nullptr and a reason in *error when the pattern does not compile.
    static std::shared_ptr<const Regex> compile(std::string_view pattern, std::string *error);
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    // Unanchored search, as JSON Schema's "pattern". A match that runs into PCRE2's match,
    // depth or JIT-stack limit counts as no match (and sets *limitHit): hostile input is
    // refused rather than hanging. Invalid UTF-8 in subject never matches an invalid sequence
    // and never crashes (PCRE2_MATCH_INVALID_UTF).
    bool search(std::string_view subject, bool *limitHit = nullptr) const;

    const std::string &pattern() const { return m_pattern; }

private:
    Regex() = default;
    std::string m_pattern;
    void *m_code = nullptr; // pcre2_code_8
    bool m_jit = false;
};

} // namespace guichet::schema

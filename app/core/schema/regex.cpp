#include "regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace guichet::schema {

namespace {

// Limits chosen so that catastrophic backtracking on a 100,000-character subject gives up in a
// few milliseconds while ordinary patterns on long strings are unaffected.
constexpr uint32_t kMatchLimit = 1'000'000;
constexpr uint32_t kDepthLimit = 10'000;
constexpr uint32_t kHeapLimitKiB = 20'000;

// ECMA-262's \s also covers Unicode spaces; PCRE2 without UCP only ASCII ones.
constexpr std::string_view kEcmaSpaceClassBody =
    "\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}"
    "\\x{205f}\\x{3000}\\x{feff}";

// ECMA-262 spells Unicode properties with long names ("Letter", "Script=Greek"); PCRE2 10.42
// wants the short general-category names or bare script names.
std::string propertyName(std::string_view name)
{
    static const std::pair<std::string_view, std::string_view> categories[] = {
        {"Letter", "L"},
        {"Cased_Letter", "L&"},
        {"Uppercase_Letter", "Lu"},
        {"Lowercase_Letter", "Ll"},
        {"Titlecase_Letter", "Lt"},
        {"Modifier_Letter", "Lm"},
        {"Other_Letter", "Lo"},
        {"Mark", "M"},
        {"Combining_Mark", "M"},
        {"Nonspacing_Mark", "Mn"},
        {"Spacing_Mark", "Mc"},
        {"Enclosing_Mark", "Me"},
        {"Number", "N"},
        {"Decimal_Number", "Nd"},
        {"digit", "Nd"},
        {"Letter_Number", "Nl"},
        {"Other_Number", "No"},
        {"Punctuation", "P"},
        {"punct", "P"},
        {"Connector_Punctuation", "Pc"},
        {"Dash_Punctuation", "Pd"},
        {"Open_Punctuation", "Ps"},
        {"Close_Punctuation", "Pe"},
        {"Initial_Punctuation", "Pi"},
        {"Final_Punctuation", "Pf"},
        {"Other_Punctuation", "Po"},
        {"Symbol", "S"},
        {"Math_Symbol", "Sm"},
        {"Currency_Symbol", "Sc"},
        {"Modifier_Symbol", "Sk"},
        {"Other_Symbol", "So"},
        {"Separator", "Z"},
        {"Space_Separator", "Zs"},
        {"Line_Separator", "Zl"},
        {"Paragraph_Separator", "Zp"},
        {"Other", "C"},
        {"Control", "Cc"},
        {"cntrl", "Cc"},
        {"Format", "Cf"},
        {"Surrogate", "Cs"},
        {"Private_Use", "Co"},
        {"Unassigned", "Cn"},
    };
    for (std::string_view prefix :
         {"General_Category=", "gc=", "Script=", "sc=", "Script_Extensions=", "scx="}) {
        if (name.substr(0, prefix.size()) == prefix) {
            name.remove_prefix(prefix.size());
            break;
        }
    }
    for (const auto &[longName, shortName] : categories)
        if (name == longName)
            return std::string(shortName);
    return std::string(name);
}

// Rewrites the ECMA-262 constructs whose meaning differs in PCRE2.
std::string translate(std::string_view pattern)
{
    std::string out;
    out.reserve(pattern.size() + 8);
    bool inClass = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            const char e = pattern[i + 1];
            if (e == 's') {
                if (inClass)
                    out.append(kEcmaSpaceClassBody);
                else
                    out.append("[").append(kEcmaSpaceClassBody).append("]");
                ++i;
                continue;
            }
            if ((e == 'p' || e == 'P') && i + 2 < pattern.size() && pattern[i + 2] == '{') {
                const std::size_t close = pattern.find('}', i + 3);
                if (close != std::string_view::npos) {
                    out.push_back('\\');
                    out.push_back(e);
                    out.push_back('{');
                    out.append(propertyName(pattern.substr(i + 3, close - i - 3)));
                    out.push_back('}');
                    i = close;
                    continue;
                }
            }
            if (e == 'S' && !inClass) {
                out.append("[^").append(kEcmaSpaceClassBody).append("]");
                ++i;
                continue;
            }
            out.push_back(c);
            out.push_back(e);
            ++i;
            continue;
        }
        if (c == '[' && !inClass)
            inClass = true;
        else if (c == ']' && inClass)
            inClass = false;
        out.push_back(c);
    }
    return out;
}

pcre2_match_context *matchContext()
{
    static pcre2_match_context *context = [] {
        pcre2_match_context *c = pcre2_match_context_create(nullptr);
        pcre2_set_match_limit(c, kMatchLimit);
        pcre2_set_depth_limit(c, kDepthLimit);
        pcre2_set_heap_limit(c, kHeapLimitKiB);
        return c;
    }();
    return context;
}

struct MatchData
{
    pcre2_match_data *data = pcre2_match_data_create(1, nullptr);
    ~MatchData() { pcre2_match_data_free(data); }
};

} // namespace

std::shared_ptr<const Regex> Regex::compile(std::string_view pattern, std::string *error)
{
    const std::string translated = translate(pattern);
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_compile_context *context = pcre2_compile_context_create(nullptr);
    pcre2_set_max_pattern_length(context, 65536);
    pcre2_set_parens_nest_limit(context, 250);
    pcre2_code *code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated.data()), translated.size(),
                      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_ALT_BSUX |
                          PCRE2_ALLOW_EMPTY_CLASS,
                      &errorCode, &errorOffset, context);
    pcre2_compile_context_free(context);
    if (!code) {
        if (error) {
            PCRE2_UCHAR buffer[256];
            pcre2_get_error_message(errorCode, buffer, sizeof buffer);
            *error = std::string(reinterpret_cast<const char *>(buffer)) + " at offset " +
                     std::to_string(errorOffset);
        }
        return nullptr;
    }
    std::shared_ptr<Regex> regex(new Regex);
    regex->m_pattern = std::string(pattern);
    regex->m_code = code;
    regex->m_jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    return regex;
}

Regex::~Regex()
{
    pcre2_code_free(static_cast<pcre2_code *>(m_code));
}

bool Regex::search(std::string_view subject, bool *limitHit) const
{
    thread_local MatchData matchData;
    const int rc = pcre2_match(static_cast<const pcre2_code *>(m_code),
                               reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0,
                               matchData.data, matchContext());
    if (limitHit)
        *limitHit = rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
    return rc >= 0;
}

} // namespace guichet::schema

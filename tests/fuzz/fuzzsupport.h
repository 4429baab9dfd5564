#pragma once

#include "core/json/parser.h"
#include "core/json/value.h"
#include "core/schema/schema.h"

#include <QString>

#include <cstdio>
#include <string_view>

// Shared by the libFuzzer targets and by tst_fuzz_regressions, which replays committed inputs
// through the very same entry points in the normal (gcc, ASan+UBSan) test run.

// A broken invariant is a finding: say which one, then stop the way libFuzzer and ctest both
// notice (SIGILL).
#define GUICHET_FUZZ_CHECK(condition)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__,       \
                         #condition);                                                              \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (false)

namespace guichet::fuzz {

inline std::string_view bytes(const unsigned char *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

// Schemas and instances stay small and shallow: the fuzzers look for bugs in the engine, not for
// how deep the parser can go (fuzz_parse covers the parser's own limits).
inline json::ParseOptions modestParseOptions()
{
    json::ParseOptions options;
    options.maxDepth = 128;
    options.maxSize = 64 * 1024;
    return options;
}

// The suite's remote documents (http://localhost:1234/...), so that seeds with remote $refs
// compile and their targets get fuzzed too. Built once; the registry caches what it loads.
inline const schema::SchemaRegistry &registry()
{
    static const schema::SchemaRegistry *instance = [] {
        auto *r = new schema::SchemaRegistry;
        const char *dir = GUICHET_FUZZ_REMOTES_DIR;
        if (*dir)
            r->addDirectory("http://localhost:1234/", QString::fromUtf8(dir));
        return r;
    }();
    return *instance;
}

} // namespace guichet::fuzz

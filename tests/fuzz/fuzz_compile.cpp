// libFuzzer target: JSON text -> json::parse -> schema::compile, with the default options and
// with each draft as the default draft. Errors are fine; crashes, hangs and leaks are not.
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = json::parse(fuzz::bytes(data, size), fuzz::modestParseOptions());
    if (!parsed)
        return 0;

    schema::CompileOptions options;
    options.registry = &fuzz::registry();
    auto compiled = schema::compile(*parsed, options);
    if (compiled) {
        // A schema is also a document: validating it against itself reaches the evaluator from
        // every schema the fuzzer builds, and the two validation entry points must agree.
        const bool valid = (*compiled)->isValid(*parsed);
        GUICHET_FUZZ_CHECK((*compiled)->validate(*parsed).valid == valid);
    }

    // Draft 2020-12 is the default: compiled above already.
    for (schema::Draft draft :
         {schema::Draft::Draft4, schema::Draft::Draft6, schema::Draft::Draft7}) {
        options.defaultDraft = draft;
        (void)schema::compile(*parsed, options);
    }
    return 0;
}

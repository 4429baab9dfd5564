// libFuzzer target: JSON text -> json::parse. What parses must survive a write/re-read round trip
// unchanged, in both writer styles, with a consistent hash.
#include "fuzzsupport.h"

#include "core/json/writer.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = json::parse(fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const json::Value &value = *parsed;

    const std::string compact = json::serialize(value, json::Style::Compact);
    auto again = json::parse(compact);
    GUICHET_FUZZ_CHECK(again.hasValue());
    GUICHET_FUZZ_CHECK(*again == value);
    GUICHET_FUZZ_CHECK(again->hash() == value.hash());
    GUICHET_FUZZ_CHECK(json::serialize(*again, json::Style::Compact) == compact);

    auto pretty = json::parse(json::serialize(value, json::Style::Pretty));
    GUICHET_FUZZ_CHECK(pretty.hasValue());
    GUICHET_FUZZ_CHECK(json::serialize(*pretty, json::Style::Compact) == compact);
    return 0;
}

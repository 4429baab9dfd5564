// libFuzzer target: compile a schema, validate an instance against it through every entry point
// (validate, isValid, appliedBranches, IncrementalValidator), with format assertion off and on,
// and check that they all agree.
//
// Input: one option byte ('4', '6', '7' = that draft as the default draft, anything else =
// 2020-12), the schema up to the first newline, the instance up to the next newline, and
// optionally an edited instance after it: the incremental validator is then updated with the
// edit (and back) and must still equal a full validation. Edits made here follow (a value of
// another type at every location, then removals and additions), each checked the same way.
#include "fuzzsupport.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/incrementalvalidator.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace guichet;

namespace {

using CompiledPtr = std::shared_ptr<const schema::CompiledSchema>;

schema::Draft draftFromOption(std::uint8_t option)
{
    switch (option) {
    case '4':
        return schema::Draft::Draft4;
    case '6':
        return schema::Draft::Draft6;
    case '7':
        return schema::Draft::Draft7;
    default:
        return schema::Draft::Draft2020_12;
    }
}

// The incremental validator gives no order guarantee relative to a full run: compare as multisets.
std::vector<schema::ValidationError> sortedErrors(std::vector<schema::ValidationError> errors)
{
    std::sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) {
        return std::tie(a.instanceLocation, a.keywordLocation, a.absoluteKeywordLocation, a.keyword,
                        a.args, a.fieldLocation) < std::tie(b.instanceLocation, b.keywordLocation,
                                                            b.absoluteKeywordLocation, b.keyword,
                                                            b.args, b.fieldLocation);
    });
    return errors;
}

std::vector<schema::AppliedBranch> sortedBranches(std::vector<schema::AppliedBranch> branches)
{
    std::sort(branches.begin(), branches.end(), [](const auto &a, const auto &b) {
        return std::tie(a.instanceLocation, a.keywordLocation, a.keyword, a.alternative, a.property,
                        a.applies) < std::tie(b.instanceLocation, b.keywordLocation, b.keyword,
                                              b.alternative, b.property, b.applies);
    });
    return branches;
}

// Validates through every full-validation entry point; returns the result with branches.
schema::ValidationResult checkFull(const schema::CompiledSchema &compiled,
                                   const json::Value &instance)
{
    const schema::ValidationResult plain = compiled.validate(instance);
    schema::ValidateOptions withBranches;
    withBranches.collectBranches = true;
    schema::ValidationResult full = compiled.validate(instance, withBranches);
    const bool valid = compiled.isValid(instance);

    GUICHET_FUZZ_CHECK(plain.valid == valid);
    GUICHET_FUZZ_CHECK(full.valid == valid);
    GUICHET_FUZZ_CHECK(compiled.isValid(instance) == valid);
    GUICHET_FUZZ_CHECK(plain.errors.empty() == valid);
    GUICHET_FUZZ_CHECK(plain.errors == full.errors);
    GUICHET_FUZZ_CHECK(plain.branches.empty());
    GUICHET_FUZZ_CHECK(compiled.appliedBranches(instance) == full.branches);
    for (const schema::ValidationError &e : plain.errors) {
        GUICHET_FUZZ_CHECK(!e.keyword.empty());
        GUICHET_FUZZ_CHECK(json::resolvePointer(instance, e.instanceLocation) != nullptr);
    }
    for (const schema::AppliedBranch &b : full.branches)
        GUICHET_FUZZ_CHECK(json::resolvePointer(instance, b.instanceLocation) != nullptr);
    return full;
}

void checkSame(const schema::IncrementalValidator &incremental,
               const schema::ValidationResult &full, bool collectBranches)
{
    GUICHET_FUZZ_CHECK(incremental.isValid() == full.valid);
    GUICHET_FUZZ_CHECK(sortedErrors(incremental.errors()) == sortedErrors(full.errors));
    if (collectBranches)
        GUICHET_FUZZ_CHECK(sortedBranches(incremental.branches()) == sortedBranches(full.branches));
    else
        GUICHET_FUZZ_CHECK(incremental.branches().empty());
}

bool sameText(const json::Value &a, const json::Value &b)
{
    return json::serialize(a) == json::serialize(b);
}

// The deepest location below which every difference between a and b lies (the pointer an editor
// would pass to IncrementalValidator::update); nullopt when they are the same text. Numbers
// compare by text: 1 and 1.0 differ for draft 4.
std::optional<std::string> changedPointer(const json::Value &a, const json::Value &b,
                                          const std::string &at)
{
    if (a.type() != b.type())
        return at;
    std::optional<std::string> found;
    auto descend = [&](const json::Value &x, const json::Value &y, std::string child) {
        auto d = changedPointer(x, y, child);
        if (!d)
            return true;
        if (found) {
            found = at; // differences in two children: the common parent changed
            return false;
        }
        found = std::move(d);
        return true;
    };
    if (a.isArray()) {
        if (a.size() != b.size())
            return at;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!descend(a[i], b[i], at + "/" + std::to_string(i)))
                break;
        }
        return found;
    }
    if (a.isObject()) {
        const json::Object &ao = a.objectMembers();
        const json::Object &bo = b.objectMembers();
        if (ao.size() != bo.size())
            return at;
        for (std::size_t i = 0; i < ao.size(); ++i) {
            if (ao.at(i).first != bo.at(i).first)
                return at;
        }
        for (std::size_t i = 0; i < ao.size(); ++i) {
            std::string child = at;
            json::appendPointerToken(child, ao.at(i).first);
            if (!descend(ao.at(i).second, bo.at(i).second, std::move(child)))
                break;
        }
        return found;
    }
    return sameText(a, b) ? std::nullopt : std::optional<std::string>(at);
}

// Edits document in place the way the form model does: the subtree at pointer becomes source's.
void applyEdit(json::Value &document, const std::string &pointer, const json::Value &source)
{
    const json::Value *replacement = json::resolvePointer(source, pointer);
    GUICHET_FUZZ_CHECK(replacement != nullptr);
    if (pointer.empty()) {
        document = *replacement;
        return;
    }
    GUICHET_FUZZ_CHECK(json::setPointer(document, pointer, *replacement));
}

// Every location of value in document order, at most kMaxLocations of them.
constexpr std::size_t kMaxLocations = 256;

void collectLocations(const json::Value &value, const std::string &at,
                      std::vector<std::string> &out)
{
    if (out.size() >= kMaxLocations)
        return;
    out.push_back(at);
    if (value.isArray()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collectLocations(value[i], at + "/" + std::to_string(i), out);
    } else if (value.isObject()) {
        for (const auto &[key, member] : value.objectMembers()) {
            std::string child = at;
            json::appendPointerToken(child, key);
            collectLocations(member, child, out);
        }
    }
}

std::string parentOf(const std::string &pointer)
{
    return pointer.substr(0, pointer.rfind('/'));
}

const json::Value &smallValue(std::size_t i)
{
    static const std::vector<json::Value> values = [] {
        std::vector<json::Value> v;
        for (const char *text :
             {"null", "true", "0", "-1.5", "\"\"", "\"x\"", "[]", "{}", "[1,1]", "{\"a\":1}"})
            v.push_back(json::parse(text).value());
        return v;
    }();
    return values[i % values.size()];
}

// A structural edit of document chosen by step, as a form would make it (replace with another
// value of the document, remove, add); returns the pointer to pass to update().
std::string structuralEdit(json::Value &document, std::size_t step)
{
    std::vector<std::string> locations;
    collectLocations(document, std::string(), locations);
    const std::size_t n = locations.size();
    const std::string at = locations[(step * 7 + 1) % n];
    json::Value *target = json::resolvePointer(document, at);
    GUICHET_FUZZ_CHECK(target != nullptr);

    switch (step % 3) {
    case 0: { // another value of the document (maybe its own child or parent)
        json::Value other = *json::resolvePointer(document, locations[(step * 3 + 2) % n]);
        *target = std::move(other);
        return at;
    }
    case 1: // remove a member or an item
        if (!at.empty()) {
            const json::Value *parent = json::resolvePointer(document, parentOf(at));
            GUICHET_FUZZ_CHECK(parent != nullptr);
            const bool fromArray = parent->isArray();
            GUICHET_FUZZ_CHECK(json::removePointer(document, at));
            // Removing an item shifts the ones after it: the array is what changed.
            return fromArray ? parentOf(at) : at;
        }
        break;
    default: // add a member or append an item
        if (target->isObject()) {
            std::string member = at;
            json::appendPointerToken(member, "k" + std::to_string(step));
            GUICHET_FUZZ_CHECK(json::setPointer(document, member, smallValue(step)));
            return member;
        }
        if (target->isArray()) {
            target->arrayRef().push_back(smallValue(step));
            return at;
        }
        break;
    }
    *target = smallValue(step);
    return at;
}

void checkIncremental(const CompiledPtr &compiled, const json::Value &instance,
                      const schema::ValidationResult &full, const json::Value *edited,
                      bool collectBranches)
{
    schema::IncrementalValidator incremental(compiled, collectBranches);
    incremental.reset(instance);
    checkSame(incremental, full, collectBranches);

    json::Value document = instance;
    if (edited) {
        if (const auto pointer = changedPointer(instance, *edited, std::string())) {
            applyEdit(document, *pointer, *edited);
            GUICHET_FUZZ_CHECK(sameText(document, *edited));
            incremental.update(document, *pointer);
            checkSame(incremental, checkFull(*compiled, document), collectBranches);

            // And back: what the memo kept from before the edit must still be right.
            applyEdit(document, *pointer, instance);
            incremental.update(document, *pointer);
            checkSame(incremental, full, collectBranches);
        }
    }

    // Every location (spread over at most 24): a value of another type, then the old one back.
    // The fuzzer need not write two near-identical documents to test the memo at every depth.
    std::vector<std::string> locations;
    collectLocations(document, std::string(), locations);
    const std::size_t stride = locations.size() / 24 + 1;
    for (std::size_t i = 0; i < locations.size(); i += stride) {
        const std::string &at = locations[i];
        json::Value *target = json::resolvePointer(document, at);
        GUICHET_FUZZ_CHECK(target != nullptr);
        const json::Value old = *target;
        std::size_t k = i;
        while (smallValue(k).type() == old.type())
            ++k;
        *target = smallValue(k);
        incremental.update(document, at);
        checkSame(incremental, checkFull(*compiled, document), collectBranches);
        *json::resolvePointer(document, at) = old;
        incremental.update(document, at);
        GUICHET_FUZZ_CHECK(sameText(document, instance));
        checkSame(incremental, full, collectBranches);
    }

    // An editing session: structural edits in a row, each checked against a full validation.
    for (std::size_t step = 0; step < 4; ++step) {
        const std::string pointer = structuralEdit(document, step);
        incremental.update(document, pointer);
        checkSame(incremental, checkFull(*compiled, document), collectBranches);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const schema::Draft draft = draftFromOption(data[0]);
    std::string_view rest = fuzz::bytes(data + 1, size - 1);
    const std::size_t schemaEnd = rest.find('\n');
    if (schemaEnd == std::string_view::npos)
        return 0;
    const std::string_view schemaText = rest.substr(0, schemaEnd);
    rest.remove_prefix(schemaEnd + 1);
    const std::size_t instanceEnd = rest.find('\n');
    const std::string_view instanceText = rest.substr(0, instanceEnd);

    const json::ParseOptions parseOptions = fuzz::modestParseOptions();
    auto schemaValue = json::parse(schemaText, parseOptions);
    if (!schemaValue)
        return 0;
    auto instance = json::parse(instanceText, parseOptions);
    if (!instance)
        return 0;
    std::optional<json::Value> edited;
    if (instanceEnd != std::string_view::npos) {
        auto parsed = json::parse(rest.substr(instanceEnd + 1), parseOptions);
        if (parsed)
            edited = std::move(*parsed);
    }

    std::optional<bool> compiledWithoutFormats;
    for (bool formatAssertion : {false, true}) {
        schema::CompileOptions options;
        options.defaultDraft = draft;
        options.formatAssertion = formatAssertion;
        options.registry = &fuzz::registry();
        auto compiled = schema::compile(*schemaValue, options);
        // Format assertion changes what "format" does at validation time, never whether the
        // schema compiles.
        if (compiledWithoutFormats)
            GUICHET_FUZZ_CHECK(compiled.hasValue() == *compiledWithoutFormats);
        compiledWithoutFormats = compiled.hasValue();
        if (!compiled)
            return 0;

        const schema::ValidationResult full = checkFull(**compiled, *instance);
        // Branches kept current in one pass, not in the other: both modes must stay exact.
        checkIncremental(*compiled, *instance, full, edited ? &*edited : nullptr, !formatAssertion);
    }
    return 0;
}

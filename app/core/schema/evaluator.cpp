#include "evaluator.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/formats.h"

#include <cmath>
#include <unordered_map>

namespace guichet::schema {

// ---------------------------------------------------------------------------------------------
// MemoNode

MemoNode *MemoNode::item(std::size_t index)
{
    if (items.size() <= index)
        items.resize(index + 1);
    if (!items[index])
        items[index] = std::make_unique<MemoNode>();
    return items[index].get();
}

MemoNode *MemoNode::member(const std::string &key)
{
    auto &slot = members[key];
    if (!slot)
        slot = std::make_unique<MemoNode>();
    return slot.get();
}

void MemoNode::clear()
{
    items.clear();
    members.clear();
    entries.clear();
    kind = json::Type::Null;
    size = 0;
}

// ---------------------------------------------------------------------------------------------
// Evaluator

namespace {

const std::string kEmpty;
constexpr std::uint64_t kQuietSalt = 0x51ed270b27a3f1c9ull;

std::uint8_t typeBits(const json::Value &v, Draft draft)
{
    switch (v.type()) {
    case json::Type::Null:
        return TNull;
    case json::Type::Bool:
        return TBool;
    case json::Type::Object:
        return TObject;
    case json::Type::Array:
        return TArray;
    case json::Type::String:
        return TString;
    case json::Type::Number: {
        const bool integer =
            draft == Draft::Draft4 ? v.number().isIntegerLiteral() : v.number().isIntegral();
        return integer ? std::uint8_t(TNumber | TInteger) : std::uint8_t(TNumber);
    }
    }
    return 0;
}

const char *typeName(const json::Value &v, Draft draft)
{
    switch (v.type()) {
    case json::Type::Null:
        return "null";
    case json::Type::Bool:
        return "boolean";
    case json::Type::Object:
        return "object";
    case json::Type::Array:
        return "array";
    case json::Type::String:
        return "string";
    case json::Type::Number:
        return (typeBits(v, draft) & TInteger) ? "integer" : "number";
    }
    return "null";
}

std::size_t codePoints(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

bool isMultipleOf(const json::Number &value, double divisor, bool integerDivisor)
{
    const double x = value.toDouble();
    if (integerDivisor && value.isIntegerLiteral() && std::fabs(x) < 9007199254740992.0 &&
        divisor < 9007199254740992.0) {
        return std::fmod(x, divisor) == 0;
    }
    const double q = x / divisor;
    if (!std::isfinite(q))
        return false;
    const double r = q - std::round(q);
    return std::fabs(r) < 1e-9 * std::max(1.0, std::fabs(q)) || std::fabs(r) < 1e-9;
}

// The simple keywords as a pure test: shared by evalKeyword and the scalar fast path.
inline bool passesSimple(const Node *node, const Keyword &k, const json::Value &instance)
{
    switch (k.op) {
    case Op::Type:
        // "number" accepts every number: no need to ask whether it is an integer.
        if (instance.isNumber() && (k.typeMask & TNumber))
            return true;
        return (typeBits(instance, node->draft) & k.typeMask) != 0;
    case Op::Enum:
        for (const json::Value &allowed : k.value->arrayItems())
            if (allowed == instance)
                return true;
        return false;
    case Op::Const:
        return *k.value == instance;
    case Op::MultipleOf:
        return isMultipleOf(instance.number(), k.number, k.integerDivisor);
    case Op::Maximum:
        return instance.toDouble() <= k.number;
    case Op::ExclusiveMaximum:
        return instance.toDouble() < k.number;
    case Op::Minimum:
        return instance.toDouble() >= k.number;
    case Op::ExclusiveMinimum:
        return instance.toDouble() > k.number;
    case Op::MaxLength: {
        const std::string &s = instance.string();
        // Code points never exceed bytes: count only when the byte length does not decide.
        return double(s.size()) <= k.number || double(codePoints(s)) <= k.number;
    }
    case Op::MinLength: {
        const std::string &s = instance.string();
        return double(s.size()) >= k.number && double(codePoints(s)) >= k.number;
    }
    case Op::Pattern:
        return k.regex->search(instance.string());
    case Op::Format:
        return checkFormat(k.text, instance.string()) != FormatCheck::Invalid;
    default:
        return false;
    }
}

} // namespace

bool Evaluator::run(const json::Value &instance, std::vector<ValidationError> *errors,
                    std::vector<AppliedBranch> *branches)
{
    m_errors = errors;
    m_branches = errors ? branches : nullptr;
    m_instancePath.clear();
    m_keywordPath.clear();
    m_scope.clear();
    m_depth = 0;
    m_hashes.assign(1, 0x2545f4914f6cdd1dull);
    m_memo = m_memoRoot;
    m_onPath = true;
    m_pathDepth = 0;
    if (m_memo) {
        m_memo->kind = instance.type();
        m_memo->size = instance.size();
    }
    const bool ok = eval(m_data.root, instance, nullptr);
    if (m_chunks)
        seal();
    return ok;
}

void Evaluator::seal()
{
    if (m_errors && !m_errors->empty()) {
        m_chunks->errors.push_back(
            std::make_shared<const std::vector<ValidationError>>(std::move(*m_errors)));
        m_errors->clear();
    }
    if (m_branches && !m_branches->empty()) {
        m_chunks->branches.push_back(
            std::make_shared<const std::vector<AppliedBranch>>(std::move(*m_branches)));
        m_branches->clear();
    }
}

std::string Evaluator::instanceLocation() const
{
    std::string out;
    for (const PathSegment &s : m_instancePath) {
        if (s.key)
            json::appendPointerToken(out, *s.key);
        else
            out.append("/").append(std::to_string(s.index));
    }
    return out;
}

std::string Evaluator::keywordLocation(const std::string &last) const
{
    std::string out;
    for (const std::string *s : m_keywordPath)
        out += *s;
    out += last;
    return out;
}

void Evaluator::report(const std::string &segment, const std::string &absolute,
                       const std::string &keyword, std::vector<std::string> args,
                       const std::string *fieldKey, std::size_t fieldIndex)
{
    if (!m_errors)
        return;
    ValidationError e;
    e.instanceLocation = instanceLocation();
    e.keywordLocation = keywordLocation(segment);
    e.absoluteKeywordLocation = absolute;
    e.keyword = keyword;
    e.args = std::move(args);
    e.fieldLocation = e.instanceLocation;
    if (fieldKey)
        json::appendPointerToken(e.fieldLocation, *fieldKey);
    else if (fieldIndex != std::size_t(-1))
        e.fieldLocation.append("/").append(std::to_string(fieldIndex));
    m_errors->push_back(std::move(e));
}

void Evaluator::emitBranch(const std::string &segment, const char *keyword, int alternative,
                           const std::string &property, bool applies)
{
    if (!m_branches)
        return;
    AppliedBranch b;
    b.instanceLocation = instanceLocation();
    b.keywordLocation = keywordLocation(segment);
    b.keyword = keyword;
    b.alternative = alternative;
    b.property = property;
    b.applies = applies;
    m_branches->push_back(std::move(b));
}

bool Evaluator::eval(const Node *node, const json::Value &instance, Evaluated *out)
{
    if (node->isBoolean) {
        if (node->booleanValue)
            return true;
        if (m_errors) {
            static const std::string falseKeyword = "false";
            report(kEmpty, node->absolute, falseKeyword, {});
        }
        return false;
    }
    if (m_depth >= m_data.maxEvaluationDepth) {
        static const std::string depthKeyword = "evaluationDepth";
        report(kEmpty, node->absolute, depthKeyword, {std::to_string(m_data.maxEvaluationDepth)});
        return false;
    }
    ++m_depth;
    // The dynamic scope only matters to $dynamicRef.
    const bool pushScope =
        m_data.hasDynamicRefs && (m_scope.empty() || m_scope.back() != node->resource);
    if (pushScope)
        m_scope.push_back(node->resource);

    Evaluated local;
    Evaluated *ev = (out || node->hasUnevaluated) ? &local : nullptr;
    bool valid = true;
    for (const Keyword &k : node->generic) {
        if (!evalKeyword(node, k, instance, ev)) {
            valid = false;
            if (quiet())
                goto done;
        }
    }
    {
        const std::vector<Keyword> *ops = nullptr;
        switch (instance.type()) {
        case json::Type::Number:
            ops = &node->numberOps;
            break;
        case json::Type::String:
            ops = &node->stringOps;
            break;
        case json::Type::Array:
            ops = &node->arrayOps;
            break;
        case json::Type::Object:
            ops = &node->objectOps;
            break;
        default:
            break;
        }
        if (ops) {
            for (const Keyword &k : *ops) {
                if (!evalKeyword(node, k, instance, ev)) {
                    valid = false;
                    if (quiet())
                        goto done;
                }
            }
        }
    }
done:
    if (out && valid)
        out->merge(local);
    if (pushScope)
        m_scope.pop_back();
    --m_depth;
    return valid;
}

bool Evaluator::evalInPlace(const Node *node, const std::string &segment,
                            const json::Value &instance, Evaluated *ev)
{
    pushKeyword(segment);
    bool ok;
    if (ev) {
        Evaluated sub;
        ok = eval(node, instance, &sub);
        if (ok)
            ev->merge(sub);
    } else {
        ok = eval(node, instance, nullptr);
    }
    popKeyword();
    return ok;
}

bool Evaluator::evalQuiet(const Node *node, const std::string &segment, const json::Value &instance,
                          Evaluated *ev)
{
    auto *errors = m_errors;
    auto *branches = m_branches;
    m_errors = nullptr;
    m_branches = nullptr;
    const bool ok = evalInPlace(node, segment, instance, ev);
    m_errors = errors;
    m_branches = branches;
    return ok;
}

bool Evaluator::evalChild(const Node *node, const std::string &segment, const json::Value &child,
                          const std::string *key, std::size_t index)
{
    if (node->isBoolean && node->booleanValue)
        return true;
    // Scalars against schemas of simple keywords only: test without any bookkeeping; the full
    // path below runs only to report a failure.
    if (node->scalarFastPath && !child.isObject() && !child.isArray()) {
        bool ok = true;
        for (const Keyword &k : node->generic)
            ok = ok && passesSimple(node, k, child);
        const std::vector<Keyword> *ops = child.isString()   ? &node->stringOps
                                          : child.isNumber() ? &node->numberOps
                                                             : nullptr;
        if (ops)
            for (const Keyword &k : *ops)
                ok = ok && passesSimple(node, k, child);
        if (ok)
            return true;
    }
    m_instancePath.push_back({key, index});
    pushKeyword(segment);
    bool ok;
    if (m_memoRoot && (child.isObject() || child.isArray()))
        ok = evalChildMemo(node, child, key, index);
    else
        ok = eval(node, child, nullptr);
    popKeyword();
    m_instancePath.pop_back();
    return ok;
}

bool Evaluator::evalChildMemo(const Node *node, const json::Value &child, const std::string *key,
                              std::size_t index)
{
    MemoNode *parentMemo = m_memo;
    const bool parentOnPath = m_onPath;
    const std::size_t parentDepth = m_pathDepth;
    MemoNode *memo = key ? parentMemo->member(*key) : parentMemo->item(index);

    bool onPath = false;
    if (parentOnPath && parentDepth < m_edit->tokens.size()) {
        if (key)
            onPath = *key == m_edit->tokens[parentDepth];
        else
            onPath = m_edit->indexes[parentDepth] && *m_edit->indexes[parentDepth] == index;
    }
    const std::uint64_t entryKey = m_hashes.back() ^ (quiet() ? kQuietSalt : 0);
    if (!onPath) {
        for (const MemoNode::Entry &e : memo->entries) {
            if (e.key != entryKey)
                continue;
            if (m_errors && !e.errors.empty()) {
                seal();
                m_chunks->errors.insert(m_chunks->errors.end(), e.errors.begin(), e.errors.end());
            }
            if (m_branches && !e.branches.empty()) {
                seal();
                m_chunks->branches.insert(m_chunks->branches.end(), e.branches.begin(),
                                          e.branches.end());
            }
            return e.valid;
        }
    }
    seal();
    const std::size_t errorStart = m_chunks->errors.size();
    const std::size_t branchStart = m_chunks->branches.size();
    m_memo = memo;
    m_onPath = onPath;
    m_pathDepth = onPath ? parentDepth + 1 : 0;
    memo->kind = child.type();
    memo->size = child.size();
    const bool ok = eval(node, child, nullptr);
    m_memo = parentMemo;
    m_onPath = parentOnPath;
    m_pathDepth = parentDepth;

    MemoNode::Entry *entry = nullptr;
    for (MemoNode::Entry &e : memo->entries)
        if (e.key == entryKey)
            entry = &e;
    if (!entry) {
        memo->entries.emplace_back();
        entry = &memo->entries.back();
        entry->key = entryKey;
    }
    entry->valid = ok;
    entry->errors.clear();
    entry->branches.clear();
    seal();
    if (m_errors)
        entry->errors.assign(m_chunks->errors.begin() + std::ptrdiff_t(errorStart),
                             m_chunks->errors.end());
    if (m_branches)
        entry->branches.assign(m_chunks->branches.begin() + std::ptrdiff_t(branchStart),
                               m_chunks->branches.end());
    return ok;
}

// Out of the hot path: builds the error of a simple keyword that failed. Returns false.
bool Evaluator::failed(const Node *node, const Keyword &k, const json::Value &instance)
{
    if (!m_errors)
        return false;
    std::vector<std::string> args;
    switch (k.op) {
    case Op::Type:
        args = {k.typeNames, typeName(instance, node->draft)};
        break;
    case Op::Enum:
    case Op::Const:
        args = {k.valueText};
        break;
    case Op::MaxLength:
    case Op::MinLength:
        args = {k.numberText, std::to_string(codePoints(instance.string()))};
        break;
    case Op::MaxItems:
    case Op::MinItems:
    case Op::MaxProperties:
    case Op::MinProperties:
        args = {k.numberText, std::to_string(instance.size())};
        break;
    case Op::Pattern:
    case Op::Format:
        args = {k.text};
        break;
    default:
        args = {k.numberText};
        break;
    }
    report(k.segment, k.absolute, k.keyword, std::move(args));
    return false;
}

bool Evaluator::evalKeyword(const Node *node, const Keyword &k, const json::Value &instance,
                            Evaluated *ev)
{
    switch (k.op) {
    case Op::Ref:
        return evalInPlace(k.node, k.segment, instance, ev);
    case Op::DynamicRef: {
        const Node *target = k.node;
        if (!k.dynamicName.empty()) {
            for (const Node *resource : m_scope) {
                auto it = resource->dynamicAnchors.find(k.dynamicName);
                if (it != resource->dynamicAnchors.end()) {
                    target = it->second;
                    break;
                }
            }
        }
        return evalInPlace(target, k.segment, instance, ev);
    }
    case Op::Type:
    case Op::Enum:
    case Op::Const:
        return passesSimple(node, k, instance) || failed(node, k, instance);
    case Op::AllOf:
    case Op::AnyOf:
    case Op::OneOf:
    case Op::Not:
        return evalApplicator(node, k, instance, ev);
    case Op::IfThenElse:
        return evalIf(k, instance, ev);

    case Op::MultipleOf:
    case Op::Maximum:
    case Op::ExclusiveMaximum:
    case Op::Minimum:
    case Op::ExclusiveMinimum:
    case Op::MaxLength:
    case Op::MinLength:
    case Op::Pattern:
    case Op::Format:
        return passesSimple(node, k, instance) || failed(node, k, instance);

    case Op::Items:
        return evalItems(k, instance, ev);
    case Op::Contains:
        return evalContains(k, instance, ev);
    case Op::MaxItems:
    case Op::MinItems: {
        const std::size_t n = instance.size();
        if (k.op == Op::MaxItems ? double(n) <= k.number : double(n) >= k.number)
            return true;
        return failed(node, k, instance);
    }
    case Op::UniqueItems:
        return evalUnique(k, instance);
    case Op::UnevaluatedItems:
    case Op::UnevaluatedProperties:
        return evalUnevaluated(k, instance, ev);

    case Op::Required:
        return evalObjectNames(k, instance);
    case Op::Members:
        return evalMembers(k, instance, ev);
    case Op::PropertyNames:
    case Op::DependentRequired:
        return evalObjectNames(k, instance);
    case Op::DependentSchemas: {
        const json::Object &object = instance.objectMembers();
        bool ok = true;
        for (std::size_t i = 0; i < k.named.size(); ++i) {
            const NamedChild &c = k.named[i];
            const bool present = object.indexOf(c.name) >= 0;
            emitBranch(k.segment, k.keyword.c_str(), int(i), c.name, present);
            if (!present)
                continue;
            if (!evalInPlace(c.node, c.segment, instance, ev)) {
                ok = false;
                if (quiet())
                    return false;
            }
        }
        return ok;
    }
    case Op::MaxProperties:
    case Op::MinProperties: {
        const std::size_t n = instance.size();
        if (k.op == Op::MaxProperties ? double(n) <= k.number : double(n) >= k.number)
            return true;
        return failed(node, k, instance);
    }
    }
    return true;
}

// required, dependentRequired, propertyNames: checks on the names of an object's members.
bool Evaluator::evalObjectNames(const Keyword &k, const json::Value &instance)
{
    switch (k.op) {
    case Op::Required: {
        const json::Object &object = instance.objectMembers();
        bool ok = true;
        for (const std::string &name : k.names) {
            if (object.indexOf(name) >= 0)
                continue;
            ok = false;
            if (quiet())
                return false;
            report(k.segment, k.absolute, k.keyword, {name}, &name);
        }
        return ok;
    }
    case Op::PropertyNames: {
        bool ok = true;
        for (const auto &[name, value] : instance.objectMembers()) {
            const json::Value nameValue(name);
            if (evalQuiet(k.node, k.segment, nameValue, nullptr))
                continue;
            ok = false;
            if (quiet())
                return false;
            report(k.segment, k.absolute, k.keyword, {name}, &name);
        }
        return ok;
    }
    case Op::DependentRequired: {
        const json::Object &object = instance.objectMembers();
        bool ok = true;
        for (const NamedChild &c : k.named) {
            if (object.indexOf(c.name) < 0)
                continue;
            for (const std::string &r : c.required) {
                if (object.indexOf(r) >= 0)
                    continue;
                ok = false;
                if (quiet())
                    return false;
                report(k.segment, k.absolute, k.dependencyKeyword, {r, c.name}, &r);
            }
        }
        return ok;
    }
    default:
        return true;
    }
}

bool Evaluator::evalApplicator(const Node *, const Keyword &k, const json::Value &instance,
                               Evaluated *ev)
{
    if (k.op == Op::Not) {
        if (!evalQuiet(k.node, k.segment, instance, nullptr))
            return true;
        report(k.segment, k.absolute, k.keyword, {});
        return false;
    }
    if (k.op == Op::AllOf) {
        bool ok = true;
        for (std::size_t i = 0; i < k.nodes.size(); ++i) {
            if (!evalInPlace(k.nodes[i], k.segments[i], instance, ev)) {
                ok = false;
                if (quiet())
                    return false;
            }
        }
        return ok;
    }
    // anyOf / oneOf: decide quietly first; errors are only built when the keyword fails.
    const bool one = k.op == Op::OneOf;
    std::size_t passed = 0;
    char resultsSmall[16];
    std::vector<char> resultsLarge;
    char *results = resultsSmall;
    if (k.nodes.size() > 16) {
        resultsLarge.assign(k.nodes.size(), 0);
        results = resultsLarge.data();
    }
    // Annotations of every passing alternative count, so evaluate them all when they matter.
    const bool needAll = ev || !quiet();
    for (std::size_t i = 0; i < k.nodes.size(); ++i) {
        results[i] = evalQuiet(k.nodes[i], k.segments[i], instance, ev);
        if (results[i])
            ++passed;
        if (!needAll && ((!one && passed > 0) || (one && passed > 1)))
            return !one;
    }
    const bool ok = one ? passed == 1 : passed > 0;
    if (quiet())
        return ok;
    for (std::size_t i = 0; i < k.nodes.size(); ++i)
        emitBranch(k.segment, one ? "oneOf" : "anyOf", int(i), kEmpty, results[i] != 0);
    if (ok) {
        if (m_branches) {
            // Nested branches of the alternatives that apply.
            for (std::size_t i = 0; i < k.nodes.size(); ++i)
                if (results[i])
                    evalInPlace(k.nodes[i], k.segments[i], instance, nullptr);
        }
        return true;
    }
    if (passed == 0) {
        // Every alternative failed: say why for each of them.
        auto *branches = m_branches;
        m_branches = nullptr;
        for (std::size_t i = 0; i < k.nodes.size(); ++i)
            evalInPlace(k.nodes[i], k.segments[i], instance, nullptr);
        m_branches = branches;
    }
    report(k.segment, k.absolute, k.keyword,
           one ? std::vector<std::string>{std::to_string(passed)} : std::vector<std::string>{});
    return false;
}

bool Evaluator::evalIf(const Keyword &k, const json::Value &instance, Evaluated *ev)
{
    const bool condition = evalQuiet(k.node, k.segment, instance, ev);
    emitBranch(k.segment, "if", 0, kEmpty, condition);
    emitBranch(k.segment, "if", 1, kEmpty, !condition);
    const Node *branch = condition ? k.thenNode : k.elseNode;
    if (!branch)
        return true;
    return evalInPlace(branch, condition ? k.thenSegment : k.elseSegment, instance, ev);
}

bool Evaluator::evalItems(const Keyword &k, const json::Value &instance, Evaluated *ev)
{
    const json::Array &items = instance.arrayItems();
    bool ok = true;
    const std::size_t prefix = std::min(items.size(), k.nodes.size());
    for (std::size_t i = 0; i < prefix; ++i) {
        const Node *n = k.nodes[i];
        if (n->isBoolean && !n->booleanValue) {
            ok = false;
            if (quiet())
                return false;
            std::string segment = k.segments[i];
            report(segment, n->absolute, k.prefixKeyword, {std::to_string(i)}, nullptr, i);
            continue;
        }
        if (!evalChild(n, k.segments[i], items[i], nullptr, i)) {
            ok = false;
            if (quiet())
                return false;
        }
        if (ev)
            ev->mark(i);
    }
    if (k.rest && items.size() > prefix) {
        if (k.rest->isBoolean && !k.rest->booleanValue) {
            if (quiet())
                return false;
            for (std::size_t i = prefix; i < items.size(); ++i)
                report(k.restSegment, k.restAbsolute, k.restKeyword, {std::to_string(i)}, nullptr,
                       i);
            return false;
        }
        for (std::size_t i = prefix; i < items.size(); ++i) {
            if (!evalChild(k.rest, k.restSegment, items[i], nullptr, i)) {
                ok = false;
                if (quiet())
                    return false;
            }
        }
        if (ev)
            ev->markAll();
    }
    return ok;
}

bool Evaluator::evalContains(const Keyword &k, const json::Value &instance, Evaluated *ev)
{
    const json::Array &items = instance.arrayItems();
    auto *errors = m_errors;
    auto *branches = m_branches;
    m_errors = nullptr;
    m_branches = nullptr;
    long long count = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (evalChild(k.node, k.segment, items[i], nullptr, i)) {
            ++count;
            if (ev)
                ev->mark(i);
            else if (k.maxContains < 0 && count >= k.minContains)
                break; // nothing more to learn
        }
    }
    m_errors = errors;
    m_branches = branches;
    if (count < k.minContains) {
        if (k.minContainsAbsolute.empty() || k.minContains == 1)
            report(k.segment, k.absolute, k.keyword, {});
        else
            report(k.minContainsSegment, k.minContainsAbsolute, "minContains",
                   {std::to_string(k.minContains), std::to_string(count)});
        return false;
    }
    if (k.maxContains >= 0 && count > k.maxContains) {
        report(k.maxContainsSegment, k.maxContainsAbsolute, "maxContains",
               {std::to_string(k.maxContains), std::to_string(count)});
        return false;
    }
    return true;
}

bool Evaluator::evalUnique(const Keyword &k, const json::Value &instance)
{
    const json::Array &items = instance.arrayItems();
    if (items.size() < 2)
        return true;
    if (items.size() <= 16) {
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::size_t j = i + 1; j < items.size(); ++j)
                if (items[i] == items[j]) {
                    report(k.segment, k.absolute, k.keyword, {std::to_string(i), std::to_string(j)},
                           nullptr, j);
                    return false;
                }
        return true;
    }
    std::unordered_multimap<std::size_t, std::size_t> seen;
    seen.reserve(items.size());
    for (std::size_t j = 0; j < items.size(); ++j) {
        const std::size_t h = items[j].hash();
        auto range = seen.equal_range(h);
        for (auto it = range.first; it != range.second; ++it) {
            if (items[it->second] == items[j]) {
                report(k.segment, k.absolute, k.keyword,
                       {std::to_string(it->second), std::to_string(j)}, nullptr, j);
                return false;
            }
        }
        seen.emplace(h, j);
    }
    return true;
}

bool Evaluator::evalMembers(const Keyword &k, const json::Value &instance, Evaluated *ev)
{
    const json::Object &object = instance.objectMembers();
    // A schema that names a few of many members (an "if" that looks at one field): look the
    // names up instead of matching every member.
    if (k.patterns.empty() && !k.additional && !k.hasRequired &&
        k.named.size() * 3 < object.size()) {
        bool ok = true;
        for (const NamedChild &c : k.named) {
            const std::ptrdiff_t i = object.indexOf(c.name);
            if (i < 0)
                continue;
            const auto &[name, value] = object.at(std::size_t(i));
            if (!evalChild(c.node, c.segment, value, &name, 0)) {
                ok = false;
                if (quiet())
                    return false;
            }
            if (ev)
                ev->mark(std::size_t(i));
        }
        return ok;
    }
    bool ok = true;
    std::uint64_t present = 0;
    // Documents usually list members in the schema's order: try the next property first and
    // fall back to the hash index.
    std::size_t guess = 0;
    const std::size_t namedCount = k.named.size();
    for (std::size_t i = 0; i < object.size(); ++i) {
        const auto &[name, value] = object.at(i);
        bool matched = false;
        if (namedCount) {
            int idx = -1;
            if (guess < namedCount && json::sameText(k.named[guess].name, name))
                idx = int(guess);
            else if (guess + 1 < namedCount && json::sameText(k.named[guess + 1].name, name))
                idx = int(guess + 1); // an optional member left out
            else
                idx = k.index.find(k.named, name);
            if (idx >= 0) {
                guess = std::size_t(idx) + 1;
                matched = true;
                if (idx < 64)
                    present |= std::uint64_t(1) << idx;
                const NamedChild &c = k.named[std::size_t(idx)];
                if (!evalChild(c.node, c.segment, value, &name, 0)) {
                    ok = false;
                    if (quiet())
                        return false;
                }
            }
        }
        for (const PatternChild &p : k.patterns) {
            if (!p.regex->search(name))
                continue;
            matched = true;
            if (!evalChild(p.node, p.segment, value, &name, 0)) {
                ok = false;
                if (quiet())
                    return false;
            }
        }
        if (!matched && k.additional) {
            matched = true;
            if (k.additional->isBoolean && !k.additional->booleanValue) {
                ok = false;
                if (quiet())
                    return false;
                static const std::string keyword = "additionalProperties";
                report(k.additionalSegment, k.additionalAbsolute, keyword, {name}, &name);
            } else if (!evalChild(k.additional, k.additionalSegment, value, &name, 0)) {
                ok = false;
                if (quiet())
                    return false;
            }
        }
        if (matched && ev)
            ev->mark(i);
    }
    if (k.hasRequired) {
        const bool allPresent = (present & k.requiredMask) == k.requiredMask;
        bool othersPresent = true;
        for (const std::string &name : k.names)
            othersPresent = othersPresent && object.indexOf(name) >= 0;
        if (!allPresent || !othersPresent) {
            ok = false;
            if (quiet())
                return false;
            static const std::string keyword = "required";
            for (const std::string &name : k.requiredOrder) {
                if (object.indexOf(name) < 0)
                    report(k.requiredSegment, k.requiredAbsolute, keyword, {name}, &name);
            }
        }
    }
    return ok;
}

bool Evaluator::evalUnevaluated(const Keyword &k, const json::Value &instance, Evaluated *ev)
{
    const bool objects = k.op == Op::UnevaluatedProperties;
    const std::size_t n = instance.size();
    bool ok = true;
    for (std::size_t i = 0; i < n; ++i) {
        if (ev && ev->has(i))
            continue;
        const std::string *key = objects ? &instance.objectMembers().at(i).first : nullptr;
        const json::Value &child =
            objects ? instance.objectMembers().at(i).second : instance.arrayItems()[i];
        if (k.node->isBoolean && !k.node->booleanValue) {
            ok = false;
            if (quiet())
                return false;
            report(k.segment, k.absolute, k.keyword, {objects ? *key : std::to_string(i)}, key,
                   objects ? std::size_t(-1) : i);
            continue;
        }
        if (!evalChild(k.node, k.segment, child, key, i)) {
            ok = false;
            if (quiet())
                return false;
        }
    }
    if (ev && ok)
        ev->markAll();
    return ok;
}

} // namespace guichet::schema

// Compilation: scan schema documents for resources and anchors, resolve references, and turn
// every reachable schema object into a Node with typed keywords.
#include "compiledschemadata.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/formats.h"
#include "core/schema/uri.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

namespace guichet::schema {

std::size_t hashName(std::string_view name)
{
    return std::hash<std::string_view>()(name);
}

void NameIndex::build(const std::vector<NamedChild> &named)
{
    std::size_t capacity = 8;
    while (capacity < named.size() * 2)
        capacity *= 2;
    table.assign(capacity, 0);
    for (std::size_t i = 0; i < named.size(); ++i) {
        std::size_t slot = hashName(named[i].name) & (capacity - 1);
        while (table[slot] != 0)
            slot = (slot + 1) & (capacity - 1);
        table[slot] = std::uint32_t(i + 1);
    }
}

int NameIndex::find(const std::vector<NamedChild> &named, std::string_view name) const
{
    if (table.empty())
        return -1;
    const std::size_t mask = table.size() - 1;
    for (std::size_t slot = hashName(name) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = table[slot];
        if (entry == 0)
            return -1;
        if (json::sameText(named[entry - 1].name, name))
            return int(entry - 1);
    }
}

namespace {

const char *const kDraft4Uri = "http://json-schema.org/draft-04/schema";
const char *const kDraft6Uri = "http://json-schema.org/draft-06/schema";
const char *const kDraft7Uri = "http://json-schema.org/draft-07/schema";
const char *const kDraft2020Uri = "https://json-schema.org/draft/2020-12/schema";

std::optional<Draft> draftOfMetaschemaUri(std::string_view uriText)
{
    std::string_view u = uri::withoutFragment(uriText);
    auto same = [&](const char *known) {
        std::string_view k(known);
        // http and https are both seen in the wild for the older drafts.
        if (u == k)
            return true;
        if (k.rfind("http://", 0) == 0 && u.rfind("https://", 0) == 0)
            return u.substr(8) == k.substr(7);
        return false;
    };
    if (same(kDraft4Uri))
        return Draft::Draft4;
    if (same(kDraft6Uri))
        return Draft::Draft6;
    if (same(kDraft7Uri))
        return Draft::Draft7;
    if (same(kDraft2020Uri))
        return Draft::Draft2020_12;
    return std::nullopt;
}

// Where a schema value sits: its resource, its pointers, the dialect that reads it.
struct Location
{
    std::string base;            // URI of the enclosing resource, no fragment
    std::string resourcePointer; // pointer from that resource's root
    std::string docLabel;        // "" for the root document, else its URI
    std::string docPointer;      // pointer from the document root
    const json::Value *resourceRoot = nullptr;
    Draft draft = Draft::Draft2020_12;
    bool validationVocabulary = true;
    bool formatAssertion = false;
};

class Compiler
{
public:
    Compiler(const CompileOptions &options, CompiledSchemaData &data)
        : m_options(options), m_data(data)
    {}

    bool run(const json::Value &schema)
    {
        std::string base = m_options.baseUri.empty()
                               ? std::string("urn:guichet:root")
                               : std::string(uri::withoutFragment(m_options.baseUri));
        const Draft draft = documentDraft(schema, m_options.defaultDraft);
        m_data.draft = draft;
        Location rootLoc;
        rootLoc.base = base;
        rootLoc.resourceRoot = &schema;
        rootLoc.draft = draft;
        rootLoc.formatAssertion = m_options.formatAssertion;
        applyMetaschema(schema, rootLoc);
        m_resources[base] = &schema;
        if (!scan(schema, rootLoc, 0))
            return false;
        m_data.root = nodeFor(&schema);
        if (!drain())
            return false;
        return checkCycles();
    }

    Error error() const { return m_error; }

private:
    // ---- errors -------------------------------------------------------------------------

    bool fail(const char *code, const QString &message, const QStringList &params = {})
    {
        if (!m_failed) {
            m_failed = true;
            m_error.code = QString::fromLatin1(code);
            m_error.message = message;
            m_error.params = params;
        }
        return false;
    }

    static QString where(const Node &node, std::string_view keyword)
    {
        std::string p = node.pointer;
        json::appendPointerToken(p, keyword);
        return QString::fromStdString(p);
    }

    bool invalid(const Node &node, std::string_view keyword, const QString &what)
    {
        const QString at = where(node, keyword);
        return fail("schema.invalidKeyword",
                    QCoreApplication::translate("guichet::schema", "%1: %2").arg(at, what),
                    {at, what});
    }

    // ---- dialects -----------------------------------------------------------------------

    Draft documentDraft(const json::Value &v, Draft fallback)
    {
        const json::Value *s = v.find("$schema");
        if (!s || !s->isString())
            return fallback;
        if (auto d = draftOfMetaschemaUri(s->string()))
            return *d;
        // A custom metaschema: its own "$schema" says which dialect it extends.
        if (auto doc = loadDocument(std::string(uri::withoutFragment(s->string())))) {
            const json::Value *inner = doc->find("$schema");
            if (inner && inner->isString())
                if (auto d = draftOfMetaschemaUri(inner->string()))
                    return *d;
        }
        return fallback;
    }

    // Vocabularies declared by a custom metaschema switch keyword families on or off.
    void applyMetaschema(const json::Value &v, Location &loc)
    {
        const json::Value *s = v.find("$schema");
        if (!s || !s->isString() || draftOfMetaschemaUri(s->string()))
            return;
        auto doc = loadDocument(std::string(uri::withoutFragment(s->string())));
        if (!doc)
            return;
        const json::Value *vocabulary = doc->find("$vocabulary");
        if (!vocabulary || !vocabulary->isObject())
            return;
        loc.validationVocabulary = false;
        for (const auto &[name, required] : vocabulary->objectMembers()) {
            if (name == "https://json-schema.org/draft/2020-12/vocab/validation")
                loc.validationVocabulary = true;
            if (name == "https://json-schema.org/draft/2020-12/vocab/format-assertion" &&
                required.toBool())
                loc.formatAssertion = true;
        }
    }

    std::shared_ptr<const json::Value> loadDocument(const std::string &docUri)
    {
        if (auto it = m_loaded.find(docUri); it != m_loaded.end())
            return it->second;
        std::shared_ptr<const json::Value> doc;
        if (m_options.registry) {
            doc = m_options.registry->document(docUri);
        } else {
            static SchemaRegistry builtins; // the metaschemas only
            doc = builtins.document(docUri);
        }
        m_loaded[docUri] = doc;
        if (doc)
            m_data.documents.push_back(doc);
        return doc;
    }

    // ---- scanning -----------------------------------------------------------------------

    static bool isIdKeywordPresent(const json::Value &v, Draft draft, std::string &id)
    {
        const json::Value *idValue = v.find(draft == Draft::Draft4 ? "id" : "$id");
        if (!idValue || !idValue->isString())
            return false;
        // Drafts 4-7: $ref makes every sibling, $id included, ignored.
        if (draft != Draft::Draft2020_12 && v.find("$ref"))
            return false;
        id = idValue->string();
        return true;
    }

    Location childLocation(const Location &parent, std::string_view token) const
    {
        Location loc = parent;
        json::appendPointerToken(loc.resourcePointer, token);
        json::appendPointerToken(loc.docPointer, token);
        return loc;
    }

    bool scan(const json::Value &v, Location loc, int depth)
    {
        if (depth > m_options.maxSchemaDepth)
            return fail("schema.tooDeep",
                        QCoreApplication::translate("guichet::schema",
                                                    "%1: the schema is nested too deeply")
                            .arg(QString::fromStdString(loc.docPointer)));
        if (m_locations.count(&v))
            return true;
        if (!v.isObject()) {
            m_locations.emplace(&v, loc);
            return true;
        }
        // An embedded resource may declare its own dialect (2020-12).
        if (depth > 0 && v.find("$schema") && (v.find("$id") || v.find("id"))) {
            loc.draft = documentDraft(v, loc.draft);
            applyMetaschema(v, loc);
        }
        std::string id;
        if (isIdKeywordPresent(v, loc.draft, id)) {
            const std::string resolved = uri::resolve(loc.base, id);
            if (loc.draft != Draft::Draft2020_12 && !id.empty() && id[0] == '#') {
                // Drafts 6-7 (and 4): "$id": "#name" is a location-independent identifier.
                m_anchors[resolved] = &v;
            } else {
                const std::string resourceUri(uri::withoutFragment(resolved));
                loc.base = resourceUri;
                loc.resourcePointer.clear();
                loc.resourceRoot = &v;
                m_resources.emplace(resourceUri, &v);
                if (uri::hasFragment(resolved))
                    m_anchors[resolved] = &v;
            }
        }
        if (loc.draft == Draft::Draft2020_12) {
            if (const json::Value *a = v.find("$anchor"); a && a->isString())
                m_anchors[loc.base + "#" + a->string()] = &v;
            if (const json::Value *a = v.find("$dynamicAnchor"); a && a->isString()) {
                m_anchors.emplace(loc.base + "#" + a->string(), &v);
                m_dynamicAnchors[loc.resourceRoot][a->string()] = &v;
            }
        }
        m_locations.emplace(&v, loc);
        if (loc.draft != Draft::Draft2020_12 && v.find("$ref"))
            return true;

        const bool modern = loc.draft == Draft::Draft2020_12;
        for (const auto &[key, child] : v.objectMembers()) {
            enum Kind
            {
                None,
                Single,
                List,
                Map,
                ItemsLike,
                Dependencies
            } kind = None;
            if (key == "additionalProperties" || key == "not" || key == "additionalItems")
                kind = Single;
            else if (key == "items")
                kind = ItemsLike;
            else if (key == "allOf" || key == "anyOf" || key == "oneOf")
                kind = List;
            else if (key == "properties" || key == "patternProperties" || key == "definitions")
                kind = Map;
            else if (key == "dependencies" && !modern)
                kind = Dependencies;
            else if (loc.draft != Draft::Draft4 && (key == "contains" || key == "propertyNames"))
                kind = Single;
            else if ((loc.draft == Draft::Draft7 || modern) &&
                     (key == "if" || key == "then" || key == "else"))
                kind = Single;
            else if (modern && (key == "unevaluatedItems" || key == "unevaluatedProperties"))
                kind = Single;
            else if (modern && key == "prefixItems")
                kind = List;
            else if (modern && (key == "$defs" || key == "dependentSchemas"))
                kind = Map;
            if (kind == None)
                continue;
            const Location keyLoc = childLocation(loc, key);
            auto scanOne = [&](const json::Value &sub, const Location &subLoc) {
                if (sub.isObject() || sub.isBool())
                    return scan(sub, subLoc, depth + 1);
                return true;
            };
            if (kind == Single || (kind == ItemsLike && !child.isArray())) {
                if (!scanOne(child, keyLoc))
                    return false;
            } else if (kind == List || kind == ItemsLike) {
                const json::Array &items = child.arrayItems();
                for (std::size_t i = 0; i < items.size(); ++i)
                    if (!scanOne(items[i], childLocation(keyLoc, std::to_string(i))))
                        return false;
            } else if (kind == Map || kind == Dependencies) {
                for (const auto &[name, sub] : child.objectMembers()) {
                    if (kind == Dependencies && sub.isArray())
                        continue;
                    if (!scanOne(sub, childLocation(keyLoc, name)))
                        return false;
                }
            }
        }
        return true;
    }

    bool scanDocument(const std::string &docUri, const json::Value &doc, Draft inherited)
    {
        Location loc;
        loc.base = docUri;
        loc.docLabel = docUri;
        loc.resourceRoot = &doc;
        loc.draft = documentDraft(doc, inherited);
        loc.formatAssertion = m_options.formatAssertion;
        applyMetaschema(doc, loc);
        m_resources.emplace(docUri, &doc);
        return scan(doc, loc, 0);
    }

    // ---- references ---------------------------------------------------------------------

    // The schema value a reference designates, scanning remote documents as needed.
    const json::Value *resolveReference(const std::string &target, Draft draft)
    {
        const std::string docUri(uri::withoutFragment(target));
        auto it = m_resources.find(docUri);
        if (it == m_resources.end()) {
            auto doc = loadDocument(docUri);
            if (!doc)
                return nullptr;
            if (!scanDocument(docUri, *doc, draft))
                return nullptr;
            it = m_resources.find(docUri);
            if (it == m_resources.end())
                return nullptr;
        }
        const std::string fragment = uri::fragment(target);
        if (fragment.empty())
            return it->second;
        if (fragment[0] != '/') {
            auto anchor = m_anchors.find(docUri + "#" + fragment);
            return anchor == m_anchors.end() ? nullptr : anchor->second;
        }
        auto tokens = json::parsePointer(fragment);
        if (!tokens)
            return nullptr;
        const json::Value *current = it->second;
        const Location *lastKnown = &m_locations.at(current);
        std::string rest;
        for (const std::string &token : *tokens) {
            const json::Value *next = nullptr;
            if (current->isObject()) {
                next = current->find(token);
            } else if (current->isArray()) {
                auto index = json::arrayIndex(token);
                if (index && *index < current->size())
                    next = &current->arrayItems()[*index];
            }
            if (!next)
                return nullptr;
            current = next;
            json::appendPointerToken(rest, token);
            if (auto known = m_locations.find(current); known != m_locations.end()) {
                lastKnown = &known->second;
                rest.clear();
            }
        }
        if (!m_locations.count(current)) {
            // Reached through a place that is not a schema keyword: scan it from there.
            Location loc = *lastKnown;
            loc.resourcePointer += rest;
            loc.docPointer += rest;
            if (!scan(*current, loc, 0))
                return nullptr;
        }
        return current;
    }

    // ---- nodes --------------------------------------------------------------------------

    Node *nodeFor(const json::Value *v)
    {
        if (auto it = m_nodes.find(v); it != m_nodes.end())
            return it->second;
        auto locIt = m_locations.find(v);
        if (locIt == m_locations.end()) {
            // Only reachable for values the scan skipped; treat them as their parent's.
            Location loc;
            loc.base = "urn:guichet:unknown";
            locIt = m_locations.emplace(v, loc).first;
        }
        const Location &loc = locIt->second;
        Node &node = m_data.nodes.emplace_back();
        node.id = std::uint32_t(m_data.nodes.size());
        node.source = v;
        node.draft = loc.draft;
        node.formatAssertion = loc.formatAssertion;
        node.absolute = loc.base + "#" + uri::percentEncodeFragment(loc.resourcePointer);
        node.pointer = loc.docLabel.empty() ? loc.docPointer : loc.docLabel + "#" + loc.docPointer;
        m_nodes.emplace(v, &node);
        m_work.push_back(&node);
        if (loc.resourceRoot == v || !loc.resourceRoot)
            node.resource = &node;
        else
            node.resource = nodeFor(loc.resourceRoot);
        return &node;
    }

    bool drain()
    {
        while (!m_work.empty()) {
            Node *node = m_work.back();
            m_work.pop_back();
            if (!compileNode(*node))
                return false;
        }
        return true;
    }

    Keyword makeKeyword(const Node &node, Op op, std::string_view keyword)
    {
        Keyword k;
        k.op = op;
        k.keyword = std::string(keyword);
        json::appendPointerToken(k.segment, keyword);
        k.absolute = node.absolute;
        k.absolute += uri::percentEncodeFragment(k.segment);
        return k;
    }

    static std::string childSegment(std::string_view keyword, std::string_view token)
    {
        std::string s;
        json::appendPointerToken(s, keyword);
        json::appendPointerToken(s, token);
        return s;
    }

    Node *child(const json::Value &v) { return nodeFor(&v); }

    bool isSchema(const json::Value &v) const { return v.isObject() || v.isBool(); }

    bool expectSchema(const Node &node, std::string_view keyword, const json::Value &v)
    {
        if (isSchema(v))
            return true;
        return invalid(node, keyword,
                       QCoreApplication::translate("guichet::schema", "must be a schema"));
    }

    bool expectSchemaArray(const Node &node, std::string_view keyword, const json::Value &v)
    {
        if (!v.isArray() || v.size() == 0)
            return invalid(node, keyword,
                           QCoreApplication::translate("guichet::schema",
                                                       "must be a non-empty array of schemas"));
        for (const json::Value &item : v.arrayItems())
            if (!isSchema(item))
                return invalid(node, keyword,
                               QCoreApplication::translate("guichet::schema",
                                                           "must be a non-empty array of schemas"));
        return true;
    }

    bool expectSchemaMap(const Node &node, std::string_view keyword, const json::Value &v)
    {
        if (!v.isObject())
            return invalid(
                node, keyword,
                QCoreApplication::translate("guichet::schema", "must be an object of schemas"));
        for (const auto &[name, sub] : v.objectMembers())
            if (!isSchema(sub))
                return invalid(
                    node, keyword,
                    QCoreApplication::translate("guichet::schema", "must be an object of schemas"));
        return true;
    }

    bool nonNegativeInteger(const Node &node, std::string_view keyword, const json::Value &v,
                            long long &out)
    {
        const bool ok =
            v.isNumber() && v.toDouble() >= 0 &&
            (node.draft == Draft::Draft4 ? v.number().isIntegerLiteral() : v.number().isIntegral());
        if (!ok)
            return invalid(
                node, keyword,
                QCoreApplication::translate("guichet::schema", "must be a non-negative integer"));
        const double d = v.toDouble();
        out = d > 9.2e18 ? (long long)9.2e18 : (long long)d;
        return true;
    }

    bool compileRef(Node &node, std::string_view keywordName, const json::Value &ref,
                    const Location &loc, std::vector<Keyword> &ops)
    {
        if (!ref.isString())
            return invalid(
                node, keywordName,
                QCoreApplication::translate("guichet::schema", "must be a URI reference"));
        const std::string target = uri::resolve(loc.base, ref.string());
        const json::Value *value = resolveReference(target, loc.draft);
        if (m_failed)
            return false;
        if (!value) {
            const QString at = where(node, keywordName);
            return fail("schema.unresolvedRef",
                        QCoreApplication::translate("guichet::schema", "%1: cannot resolve \"%2\"")
                            .arg(at, QString::fromStdString(ref.string())),
                        {at, QString::fromStdString(ref.string())});
        }
        Keyword k =
            makeKeyword(node, keywordName == "$ref" ? Op::Ref : Op::DynamicRef, keywordName);
        k.text = ref.string();
        k.node = child(*value);
        if (k.op == Op::DynamicRef) {
            // Dynamic only when the static target is itself a dynamic anchor of that name.
            const std::string fragment = uri::fragment(target);
            const auto &loc2 = m_locations.at(value);
            auto anchors = m_dynamicAnchors.find(loc2.resourceRoot);
            if (!fragment.empty() && fragment[0] != '/' && anchors != m_dynamicAnchors.end()) {
                auto a = anchors->second.find(fragment);
                if (a != anchors->second.end() && a->second == value) {
                    k.dynamicName = fragment;
                    m_data.hasDynamicRefs = true;
                }
            }
        }
        ops.push_back(std::move(k));
        return true;
    }

    bool compileNode(Node &node)
    {
        const json::Value &v = *node.source;
        if (v.isBool()) {
            node.isBoolean = true;
            node.booleanValue = v.toBool();
            node.compiled = true;
            return true;
        }
        if (!v.isObject()) {
            return fail("schema.invalidKeyword",
                        QCoreApplication::translate("guichet::schema",
                                                    "%1: a schema must be an object or a boolean")
                            .arg(QString::fromStdString(node.pointer)),
                        {QString::fromStdString(node.pointer)});
        }
        const Location loc = m_locations.at(&v);
        const Draft draft = loc.draft;
        const bool modern = draft == Draft::Draft2020_12;
        const bool validation = loc.validationVocabulary;

        // Resource roots know their dynamic anchors so that $dynamicRef can find them.
        if (node.resource == &node && modern) {
            auto anchors = m_dynamicAnchors.find(&v);
            if (anchors != m_dynamicAnchors.end())
                for (const auto &[name, target] : anchors->second)
                    node.dynamicAnchors[name] = nodeFor(target);
        }

        if (const json::Value *ref = v.find("$ref")) {
            if (!compileRef(node, "$ref", *ref, loc, node.generic))
                return false;
            if (!modern) {
                node.compiled = true;
                return true; // drafts 4-7: $ref replaces its siblings
            }
        }
        if (modern) {
            if (const json::Value *ref = v.find("$dynamicRef"))
                if (!compileRef(node, "$dynamicRef", *ref, loc, node.generic))
                    return false;
        }

        if (const json::Value *t = v.find("type"); t && validation) {
            Keyword k = makeKeyword(node, Op::Type, "type");
            std::vector<const json::Value *> names;
            if (t->isString())
                names.push_back(t);
            else if (t->isArray())
                for (const json::Value &n : t->arrayItems())
                    names.push_back(&n);
            if (names.empty())
                return invalid(node, "type",
                               QCoreApplication::translate("guichet::schema",
                                                           "must be a type name or an array "
                                                           "of type names"));
            for (const json::Value *n : names) {
                const std::string &s = n->string();
                std::uint8_t bit = 0;
                if (s == "null")
                    bit = TNull;
                else if (s == "boolean")
                    bit = TBool;
                else if (s == "object")
                    bit = TObject;
                else if (s == "array")
                    bit = TArray;
                else if (s == "string")
                    bit = TString;
                else if (s == "number")
                    bit = TNumber | TInteger;
                else if (s == "integer")
                    bit = TInteger;
                if (!n->isString() || bit == 0)
                    return invalid(
                        node, "type",
                        QCoreApplication::translate("guichet::schema", "unknown type \"%1\"")
                            .arg(QString::fromStdString(json::serialize(*n))));
                k.typeMask |= bit;
                if (!k.typeNames.empty())
                    k.typeNames += ",";
                k.typeNames += s;
            }
            node.generic.push_back(std::move(k));
        }
        if (const json::Value *e = v.find("enum"); e && validation) {
            if (!e->isArray())
                return invalid(node, "enum",
                               QCoreApplication::translate("guichet::schema", "must be an array"));
            Keyword k = makeKeyword(node, Op::Enum, "enum");
            k.value = e;
            k.valueText = json::serialize(*e);
            if (k.valueText.size() > 200)
                k.valueText = k.valueText.substr(0, 196) + "...]";
            node.generic.push_back(std::move(k));
        }
        if (const json::Value *c = v.find("const"); c && draft != Draft::Draft4 && validation) {
            Keyword k = makeKeyword(node, Op::Const, "const");
            k.value = c;
            k.valueText = json::serialize(*c);
            node.generic.push_back(std::move(k));
        }
        for (const char *name : {"allOf", "anyOf", "oneOf"}) {
            const json::Value *list = v.find(name);
            if (!list)
                continue;
            if (!expectSchemaArray(node, name, *list))
                return false;
            Keyword k = makeKeyword(node,
                                    name[0] == 'a' && name[1] == 'l' ? Op::AllOf
                                    : name[0] == 'a'                 ? Op::AnyOf
                                                                     : Op::OneOf,
                                    name);
            const json::Array &items = list->arrayItems();
            for (std::size_t i = 0; i < items.size(); ++i) {
                k.nodes.push_back(child(items[i]));
                k.segments.push_back(childSegment(name, std::to_string(i)));
            }
            node.generic.push_back(std::move(k));
        }
        if (const json::Value *n = v.find("not")) {
            if (!expectSchema(node, "not", *n))
                return false;
            Keyword k = makeKeyword(node, Op::Not, "not");
            k.node = child(*n);
            node.generic.push_back(std::move(k));
        }
        if (draft == Draft::Draft7 || modern) {
            if (const json::Value *i = v.find("if")) {
                if (!expectSchema(node, "if", *i))
                    return false;
                Keyword k = makeKeyword(node, Op::IfThenElse, "if");
                k.node = child(*i);
                if (const json::Value *t = v.find("then")) {
                    if (!expectSchema(node, "then", *t))
                        return false;
                    k.thenNode = child(*t);
                }
                if (const json::Value *e = v.find("else")) {
                    if (!expectSchema(node, "else", *e))
                        return false;
                    k.elseNode = child(*e);
                }
                json::appendPointerToken(k.thenSegment, "then");
                json::appendPointerToken(k.elseSegment, "else");
                k.thenAbsolute = node.absolute + "/then";
                k.elseAbsolute = node.absolute + "/else";
                node.generic.push_back(std::move(k));
            }
        }

        if (validation && !compileNumberKeywords(node, v, draft))
            return false;
        if (validation && !compileStringKeywords(node, v))
            return false;
        if (!compileArrayKeywords(node, v, draft, validation))
            return false;
        if (!compileObjectKeywords(node, v, draft, validation))
            return false;

        node.scalarFastPath =
            std::all_of(node.generic.begin(), node.generic.end(), [](const Keyword &k) {
                return k.op == Op::Type || k.op == Op::Enum || k.op == Op::Const;
            });
        node.compiled = true;
        return true;
    }

    bool compileNumberKeywords(Node &node, const json::Value &v, Draft draft)
    {
        if (const json::Value *m = v.find("multipleOf")) {
            if (!m->isNumber() || m->toDouble() <= 0)
                return invalid(node, "multipleOf",
                               QCoreApplication::translate("guichet::schema",
                                                           "must be a number greater than 0"));
            Keyword k = makeKeyword(node, Op::MultipleOf, "multipleOf");
            k.number = m->toDouble();
            k.numberText = m->number().text();
            k.integerDivisor = m->number().isIntegerLiteral();
            node.numberOps.push_back(std::move(k));
        }
        struct Limit
        {
            const char *name;
            Op op;
            const char *exclusiveName;
        };
        for (const Limit &limit : {Limit{"maximum", Op::Maximum, "exclusiveMaximum"},
                                   Limit{"minimum", Op::Minimum, "exclusiveMinimum"}}) {
            const json::Value *m = v.find(limit.name);
            if (m) {
                if (!m->isNumber())
                    return invalid(
                        node, limit.name,
                        QCoreApplication::translate("guichet::schema", "must be a number"));
                Keyword k = makeKeyword(node, limit.op, limit.name);
                k.number = m->toDouble();
                k.numberText = m->number().text();
                if (draft == Draft::Draft4) {
                    const json::Value *ex = v.find(limit.exclusiveName);
                    if (ex && !ex->isBool())
                        return invalid(
                            node, limit.exclusiveName,
                            QCoreApplication::translate("guichet::schema", "must be a boolean"));
                    if (ex && ex->toBool()) {
                        k.draft4Exclusive = true;
                        k.keyword = limit.exclusiveName;
                        k.op =
                            limit.op == Op::Maximum ? Op::ExclusiveMaximum : Op::ExclusiveMinimum;
                        k.segment = std::string("/") + limit.exclusiveName;
                        k.absolute = node.absolute + k.segment;
                    }
                }
                node.numberOps.push_back(std::move(k));
            }
            if (draft != Draft::Draft4) {
                if (const json::Value *ex = v.find(limit.exclusiveName)) {
                    if (!ex->isNumber())
                        return invalid(
                            node, limit.exclusiveName,
                            QCoreApplication::translate("guichet::schema", "must be a number"));
                    Keyword k = makeKeyword(
                        node, limit.op == Op::Maximum ? Op::ExclusiveMaximum : Op::ExclusiveMinimum,
                        limit.exclusiveName);
                    k.number = ex->toDouble();
                    k.numberText = ex->number().text();
                    node.numberOps.push_back(std::move(k));
                }
            }
        }
        return true;
    }

    bool compileStringKeywords(Node &node, const json::Value &v)
    {
        for (const char *name : {"maxLength", "minLength"}) {
            const json::Value *m = v.find(name);
            if (!m)
                continue;
            long long n = 0;
            if (!nonNegativeInteger(node, name, *m, n))
                return false;
            Keyword k = makeKeyword(node, name[1] == 'a' ? Op::MaxLength : Op::MinLength, name);
            k.number = double(n);
            k.numberText = m->number().text();
            node.stringOps.push_back(std::move(k));
        }
        if (const json::Value *p = v.find("pattern")) {
            if (!p->isString())
                return invalid(node, "pattern",
                               QCoreApplication::translate("guichet::schema", "must be a string"));
            Keyword k = makeKeyword(node, Op::Pattern, "pattern");
            if (!compileRegex(node, "pattern", p->string(), k.regex))
                return false;
            k.text = p->string();
            node.stringOps.push_back(std::move(k));
        }
        if (const json::Value *f = v.find("format")) {
            if (!f->isString())
                return invalid(node, "format",
                               QCoreApplication::translate("guichet::schema", "must be a string"));
            // An annotation costs nothing at validation time: only asserted, known formats
            // become an operation.
            if (node.formatAssertion && isKnownFormat(f->string())) {
                Keyword k = makeKeyword(node, Op::Format, "format");
                k.text = f->string();
                node.stringOps.push_back(std::move(k));
            }
        }
        return true;
    }

    bool compileRegex(const Node &node, std::string_view keyword, const std::string &pattern,
                      std::shared_ptr<const Regex> &out)
    {
        auto cached = m_regexes.find(pattern);
        if (cached != m_regexes.end()) {
            out = cached->second;
            return true;
        }
        std::string reason;
        out = Regex::compile(pattern, &reason);
        if (!out) {
            const QString at = where(node, keyword);
            return fail(
                "schema.invalidRegex",
                QCoreApplication::translate("guichet::schema",
                                            "%1: invalid regular expression \"%2\" (%3)")
                    .arg(at, QString::fromStdString(pattern), QString::fromStdString(reason)),
                {at, QString::fromStdString(pattern)});
        }
        m_regexes.emplace(pattern, out);
        return true;
    }

    bool compileArrayKeywords(Node &node, const json::Value &v, Draft draft, bool validation)
    {
        const bool modern = draft == Draft::Draft2020_12;
        Keyword items = makeKeyword(node, Op::Items, "items");
        bool hasItems = false;
        if (modern) {
            if (const json::Value *p = v.find("prefixItems")) {
                if (!expectSchemaArray(node, "prefixItems", *p))
                    return false;
                for (std::size_t i = 0; i < p->size(); ++i) {
                    items.nodes.push_back(child(p->arrayItems()[i]));
                    items.segments.push_back(childSegment("prefixItems", std::to_string(i)));
                }
                items.prefixKeyword = "prefixItems";
                hasItems = true;
            }
            if (const json::Value *i = v.find("items")) {
                if (!expectSchema(node, "items", *i))
                    return false;
                items.rest = child(*i);
                items.restKeyword = "items";
                hasItems = true;
            }
        } else if (const json::Value *i = v.find("items")) {
            if (i->isArray()) {
                for (std::size_t n = 0; n < i->size(); ++n) {
                    if (!expectSchema(node, "items", i->arrayItems()[n]))
                        return false;
                    items.nodes.push_back(child(i->arrayItems()[n]));
                    items.segments.push_back(childSegment("items", std::to_string(n)));
                }
                items.prefixKeyword = "items";
                if (const json::Value *a = v.find("additionalItems")) {
                    if (!expectSchema(node, "additionalItems", *a))
                        return false;
                    items.rest = child(*a);
                    items.restKeyword = "additionalItems";
                }
            } else {
                if (!expectSchema(node, "items", *i))
                    return false;
                items.rest = child(*i);
                items.restKeyword = "items";
            }
            hasItems = true;
        }
        if (hasItems) {
            if (items.rest) {
                json::appendPointerToken(items.restSegment, items.restKeyword);
                items.restAbsolute = node.absolute + items.restSegment;
            }
            node.arrayOps.push_back(std::move(items));
        }
        if (draft != Draft::Draft4) {
            if (const json::Value *c = v.find("contains")) {
                if (!expectSchema(node, "contains", *c))
                    return false;
                Keyword k = makeKeyword(node, Op::Contains, "contains");
                k.node = child(*c);
                if (modern && validation) {
                    if (const json::Value *m = v.find("minContains"))
                        if (!nonNegativeInteger(node, "minContains", *m, k.minContains))
                            return false;
                    if (const json::Value *m = v.find("maxContains"))
                        if (!nonNegativeInteger(node, "maxContains", *m, k.maxContains))
                            return false;
                    json::appendPointerToken(k.minContainsSegment, "minContains");
                    json::appendPointerToken(k.maxContainsSegment, "maxContains");
                    k.minContainsAbsolute = node.absolute + "/minContains";
                    k.maxContainsAbsolute = node.absolute + "/maxContains";
                }
                node.arrayOps.push_back(std::move(k));
            }
        }
        if (validation) {
            for (const char *name : {"maxItems", "minItems"}) {
                const json::Value *m = v.find(name);
                if (!m)
                    continue;
                long long n = 0;
                if (!nonNegativeInteger(node, name, *m, n))
                    return false;
                Keyword k = makeKeyword(node, name[1] == 'a' ? Op::MaxItems : Op::MinItems, name);
                k.number = double(n);
                k.numberText = m->number().text();
                node.arrayOps.push_back(std::move(k));
            }
            if (const json::Value *u = v.find("uniqueItems")) {
                if (!u->isBool())
                    return invalid(
                        node, "uniqueItems",
                        QCoreApplication::translate("guichet::schema", "must be a boolean"));
                if (u->toBool())
                    node.arrayOps.push_back(makeKeyword(node, Op::UniqueItems, "uniqueItems"));
            }
        }
        if (modern) {
            if (const json::Value *u = v.find("unevaluatedItems")) {
                if (!expectSchema(node, "unevaluatedItems", *u))
                    return false;
                Keyword k = makeKeyword(node, Op::UnevaluatedItems, "unevaluatedItems");
                k.node = child(*u);
                node.arrayOps.push_back(std::move(k));
                node.hasUnevaluated = true;
            }
        }
        return true;
    }

    bool compileObjectKeywords(Node &node, const json::Value &v, Draft draft, bool validation)
    {
        const bool modern = draft == Draft::Draft2020_12;
        if (const json::Value *r = v.find("required"); r && validation) {
            if (!r->isArray())
                return invalid(
                    node, "required",
                    QCoreApplication::translate("guichet::schema", "must be an array of strings"));
            Keyword k = makeKeyword(node, Op::Required, "required");
            for (const json::Value &name : r->arrayItems()) {
                if (!name.isString())
                    return invalid(node, "required",
                                   QCoreApplication::translate("guichet::schema",
                                                               "must be an array of strings"));
                k.names.push_back(name.string());
            }
            if (!k.names.empty())
                node.objectOps.push_back(std::move(k));
        }
        const json::Value *properties = v.find("properties");
        const json::Value *patterns = v.find("patternProperties");
        const json::Value *additional = v.find("additionalProperties");
        if (properties || patterns || additional) {
            Keyword k = makeKeyword(node, Op::Members, "properties");
            if (properties) {
                if (!expectSchemaMap(node, "properties", *properties))
                    return false;
                for (const auto &[name, sub] : properties->objectMembers()) {
                    NamedChild c;
                    c.name = name;
                    c.node = child(sub);
                    c.segment = childSegment("properties", name);
                    k.named.push_back(std::move(c));
                }
                k.index.build(k.named);
            }
            if (patterns) {
                if (!expectSchemaMap(node, "patternProperties", *patterns))
                    return false;
                for (const auto &[pattern, sub] : patterns->objectMembers()) {
                    PatternChild c;
                    if (!compileRegex(node, "patternProperties", pattern, c.regex))
                        return false;
                    c.node = child(sub);
                    c.segment = childSegment("patternProperties", pattern);
                    k.patterns.push_back(std::move(c));
                }
            }
            if (additional) {
                if (!expectSchema(node, "additionalProperties", *additional))
                    return false;
                k.additional = child(*additional);
                json::appendPointerToken(k.additionalSegment, "additionalProperties");
                k.additionalAbsolute = node.absolute + "/additionalProperties";
            }
            // "required" names that are also "properties" are checked during the same pass
            // over the instance's members, without looking each of them up again.
            if (!node.objectOps.empty() && node.objectOps.back().op == Op::Required &&
                !k.named.empty() && k.named.size() <= 64) {
                Keyword &required = node.objectOps.back();
                for (const std::string &name : required.names) {
                    const int index = k.index.find(k.named, name);
                    if (index >= 0)
                        k.requiredMask |= std::uint64_t(1) << index;
                    else
                        k.names.push_back(name);
                }
                k.requiredOrder = required.names;
                k.requiredSegment = required.segment;
                k.requiredAbsolute = required.absolute;
                k.hasRequired = true;
                node.objectOps.pop_back();
            }
            node.objectOps.push_back(std::move(k));
        }
        if (draft != Draft::Draft4) {
            if (const json::Value *p = v.find("propertyNames")) {
                if (!expectSchema(node, "propertyNames", *p))
                    return false;
                Keyword k = makeKeyword(node, Op::PropertyNames, "propertyNames");
                k.node = child(*p);
                node.objectOps.push_back(std::move(k));
            }
        }
        auto compileDependentRequired = [&](const char *keyword, const json::Value &map,
                                            bool allowSchemas) -> bool {
            Keyword required = makeKeyword(node, Op::DependentRequired, keyword);
            required.dependencyKeyword = keyword;
            Keyword schemas = makeKeyword(node, Op::DependentSchemas, keyword);
            if (!map.isObject())
                return invalid(node, keyword,
                               QCoreApplication::translate("guichet::schema", "must be an object"));
            for (const auto &[name, dep] : map.objectMembers()) {
                NamedChild c;
                c.name = name;
                c.segment = childSegment(keyword, name);
                if (dep.isArray()) {
                    for (const json::Value &n : dep.arrayItems()) {
                        if (!n.isString())
                            return invalid(
                                node, keyword,
                                QCoreApplication::translate("guichet::schema",
                                                            "must list property names as strings"));
                        c.required.push_back(n.string());
                    }
                    required.named.push_back(std::move(c));
                } else if (allowSchemas && isSchema(dep)) {
                    c.node = child(dep);
                    schemas.named.push_back(std::move(c));
                } else {
                    return invalid(node, keyword,
                                   QCoreApplication::translate("guichet::schema",
                                                               "has an invalid dependency"));
                }
            }
            if (!required.named.empty() && validation)
                node.objectOps.push_back(std::move(required));
            if (!schemas.named.empty())
                node.objectOps.push_back(std::move(schemas));
            return true;
        };
        if (modern) {
            if (const json::Value *d = v.find("dependentRequired"); d && validation) {
                for (const auto &[name, dep] : d->objectMembers())
                    if (!dep.isArray())
                        return invalid(node, "dependentRequired",
                                       QCoreApplication::translate("guichet::schema",
                                                                   "must map names to arrays"));
                if (!compileDependentRequired("dependentRequired", *d, false))
                    return false;
            }
            if (const json::Value *d = v.find("dependentSchemas")) {
                if (!expectSchemaMap(node, "dependentSchemas", *d))
                    return false;
                if (!compileDependentRequired("dependentSchemas", *d, true))
                    return false;
            }
        } else if (const json::Value *d = v.find("dependencies")) {
            if (!compileDependentRequired("dependencies", *d, true))
                return false;
        }
        if (validation) {
            for (const char *name : {"maxProperties", "minProperties"}) {
                const json::Value *m = v.find(name);
                if (!m)
                    continue;
                long long n = 0;
                if (!nonNegativeInteger(node, name, *m, n))
                    return false;
                Keyword k =
                    makeKeyword(node, name[1] == 'a' ? Op::MaxProperties : Op::MinProperties, name);
                k.number = double(n);
                k.numberText = m->number().text();
                node.objectOps.push_back(std::move(k));
            }
        }
        if (modern) {
            if (const json::Value *u = v.find("unevaluatedProperties")) {
                if (!expectSchema(node, "unevaluatedProperties", *u))
                    return false;
                Keyword k = makeKeyword(node, Op::UnevaluatedProperties, "unevaluatedProperties");
                k.node = child(*u);
                node.objectOps.push_back(std::move(k));
                node.hasUnevaluated = true;
            }
        }
        return true;
    }

    // ---- cycles -------------------------------------------------------------------------

    // Subschemas applied to the same instance location: a cycle among them never ends.
    static void inPlaceEdges(const Node &node, std::vector<const Node *> &out)
    {
        out.clear();
        for (const Keyword &k : node.generic) {
            switch (k.op) {
            case Op::Ref:
            case Op::DynamicRef:
            case Op::Not:
                out.push_back(k.node);
                break;
            case Op::AllOf:
            case Op::AnyOf:
            case Op::OneOf:
                for (const Node *n : k.nodes)
                    out.push_back(n);
                break;
            case Op::IfThenElse:
                out.push_back(k.node);
                if (k.thenNode)
                    out.push_back(k.thenNode);
                if (k.elseNode)
                    out.push_back(k.elseNode);
                break;
            default:
                break;
            }
        }
        for (const Keyword &k : node.objectOps)
            if (k.op == Op::DependentSchemas)
                for (const NamedChild &c : k.named)
                    out.push_back(c.node);
    }

    bool checkCycles()
    {
        // Iterative depth-first search: 0 = unvisited, 1 = on the stack, 2 = done.
        std::unordered_map<const Node *, int> state;
        std::vector<const Node *> edges;
        for (const Node &start : m_data.nodes) {
            if (state[&start] != 0)
                continue;
            struct Frame
            {
                const Node *node;
                std::vector<const Node *> next;
                std::size_t i;
            };
            std::vector<Frame> stack;
            inPlaceEdges(start, edges);
            stack.push_back({&start, edges, 0});
            state[&start] = 1;
            while (!stack.empty()) {
                Frame &top = stack.back();
                if (top.i == top.next.size()) {
                    state[top.node] = 2;
                    stack.pop_back();
                    continue;
                }
                const Node *n = top.next[top.i++];
                int &s = state[n];
                if (s == 1) {
                    const QString at = QString::fromStdString(top.node->pointer);
                    return fail("schema.refCycle",
                                QCoreApplication::translate(
                                    "guichet::schema",
                                    "%1: the references loop without consuming the instance")
                                    .arg(at.isEmpty() ? QStringLiteral("/") : at),
                                {at});
                }
                if (s == 0) {
                    s = 1;
                    inPlaceEdges(*n, edges);
                    stack.push_back({n, edges, 0});
                }
            }
        }
        return true;
    }

    const CompileOptions &m_options;
    CompiledSchemaData &m_data;
    std::unordered_map<const json::Value *, Location> m_locations;
    std::unordered_map<std::string, const json::Value *> m_resources;
    std::unordered_map<std::string, const json::Value *> m_anchors;
    std::unordered_map<const json::Value *, std::unordered_map<std::string, const json::Value *>>
        m_dynamicAnchors;
    std::unordered_map<std::string, std::shared_ptr<const json::Value>> m_loaded;
    std::unordered_map<const json::Value *, Node *> m_nodes;
    std::unordered_map<std::string, std::shared_ptr<const Regex>> m_regexes;
    std::vector<Node *> m_work;
    Error m_error;
    bool m_failed = false;
};

} // namespace

Expected<std::shared_ptr<const CompiledSchema>> compile(const json::Value &schema,
                                                        const CompileOptions &options)
{
    auto data = std::make_unique<CompiledSchemaData>();
    // The compiled nodes point into the schema JSON: keep a copy with them.
    auto owned = std::make_shared<const json::Value>(schema);
    data->documents.push_back(owned);
    data->maxEvaluationDepth = options.maxEvaluationDepth;
    Compiler compiler(options, *data);
    if (!compiler.run(*owned))
        return compiler.error();
    return std::shared_ptr<const CompiledSchema>(std::make_shared<CompiledSchema>(std::move(data)));
}

} // namespace guichet::schema

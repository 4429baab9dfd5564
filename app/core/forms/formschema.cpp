#include "formschema.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/schema.h"

#include <QUrl>

#include <algorithm>
#include <set>

namespace guichet::forms {

namespace {

// Where a subschema lives: the document it belongs to and the base URI its references resolve
// against.
struct Resource
{
    const json::Value *document = nullptr;
    std::shared_ptr<const json::Value> keepAlive;
    std::string baseUri;
};

// One place that declares (part of) a field.
struct Occurrence
{
    const json::Value *schema = nullptr;
    std::string keywordLocation;
    Resource resource;
    std::vector<std::string> refChain; // ref targets expanded on the way here
};

struct PropertyOccurrences
{
    std::string name;
    std::vector<Occurrence> occurrences;
    bool always = false;
    std::vector<ConditionSet> when;
};

// What collecting the occurrences of one field gathered.
struct Collected
{
    std::set<std::string> types;
    bool mixed = false;
    bool tuple = false;
    bool recursion = false;
    bool unresolved = false;
    bool sawObjectKeyword = false;
    bool sawArrayKeyword = false;
    bool sawStringKeyword = false;
    bool sawNumberKeyword = false;
    std::vector<PropertyOccurrences> properties;
    std::vector<Occurrence> items;
    std::vector<json::Value> enumValues;
    bool hasEnum = false;
    std::vector<Choice> oneOfChoices;
};

class Builder
{
public:
    Builder(const json::Value &root, const FormSchemaOptions &options)
        : m_root(root), m_options(options)
    {}

    std::unique_ptr<FieldNode> build()
    {
        Occurrence top;
        top.schema = &m_root;
        top.resource.document = &m_root;
        top.resource.baseUri = m_options.baseUri;
        if (const json::Value *id = m_root.find("$id"); id && id->isString())
            top.resource.baseUri = resolveUri(m_options.baseUri, id->string());
        return buildNode({}, {}, {}, QStringLiteral("form"), {top}, nullptr, 0);
    }

private:
    static std::string resolveUri(const std::string &base, const std::string &ref)
    {
        if (base.empty())
            return ref;
        return QUrl(QString::fromStdString(base))
            .resolved(QUrl(QString::fromStdString(ref)))
            .toString()
            .toStdString();
    }

    // Follows a $ref; nullptr when it cannot (then the field is drawn as JSON).
    const json::Value *resolveRef(const std::string &ref, const Resource &from, Resource &to,
                                  std::string &identity)
    {
        const auto hash = ref.find('#');
        const std::string uriPart = hash == std::string::npos ? ref : ref.substr(0, hash);
        const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
        if (!fragment.empty() && fragment[0] != '/')
            return nullptr; // anchors: not followed by the renderer
        const std::string fragmentPointer =
            QUrl::fromPercentEncoding(QByteArray::fromStdString(fragment)).toStdString();
        if (uriPart.empty()) {
            to = from;
        } else {
            const std::string target = resolveUri(from.baseUri, uriPart);
            to.baseUri = target;
            // A subschema of the root with that $id?
            if (const json::Value *embedded = findById(m_root, target, m_options.baseUri)) {
                to.document = embedded;
                to.keepAlive.reset();
            } else {
                if (!m_options.registry)
                    return nullptr;
                to.keepAlive = m_options.registry->document(target);
                if (!to.keepAlive)
                    return nullptr;
                to.document = to.keepAlive.get();
            }
        }
        identity = to.baseUri + "#" + fragmentPointer +
                   std::to_string(reinterpret_cast<std::uintptr_t>(to.document));
        return json::resolvePointer(*to.document, fragmentPointer);
    }

    static const json::Value *findById(const json::Value &node, const std::string &target,
                                       const std::string &base, int depth = 0)
    {
        if (!node.isObject() || depth > 64)
            return nullptr;
        std::string here = base;
        if (const json::Value *id = node.find("$id"); id && id->isString()) {
            here = resolveUri(base, id->string());
            if (depth > 0 && here == target)
                return &node;
        }
        for (const char *container : {"$defs", "definitions"}) {
            if (const json::Value *defs = node.find(container); defs && defs->isObject())
                for (const auto &[k, v] : defs->objectMembers())
                    if (const json::Value *found = findById(v, target, here, depth + 1))
                        return found;
        }
        return nullptr;
    }

    static bool isScalarConst(const json::Value &alt, json::Value &value, QString &title)
    {
        if (!alt.isObject())
            return false;
        const json::Value *c = alt.find("const");
        if (!c) {
            const json::Value *e = alt.find("enum");
            if (!e || !e->isArray() || e->size() != 1)
                return false;
            c = &(*e)[std::size_t(0)];
        }
        if (c->isArray() || c->isObject())
            return false;
        for (const auto &[k, v] : alt.objectMembers()) {
            if (k != "const" && k != "enum" && k != "title" && k != "description" &&
                k != "x-i18n" && k != "type" && k != "$comment")
                return false;
        }
        value = *c;
        if (const json::Value *t = alt.find("title"); t && t->isString())
            title = QString::fromStdString(t->string());
        return true;
    }

    static void addProperty(Collected &c, const std::string &name, Occurrence occurrence,
                            const ConditionSet &conditions)
    {
        auto it = std::find_if(c.properties.begin(), c.properties.end(),
                               [&](const PropertyOccurrences &p) { return p.name == name; });
        if (it == c.properties.end()) {
            c.properties.push_back({name, {}, false, {}});
            it = c.properties.end() - 1;
        }
        it->occurrences.push_back(std::move(occurrence));
        if (conditions.empty())
            it->always = true;
        else
            it->when.push_back(conditions);
    }

    void collect(FieldNode &node, Collected &c, const Occurrence &occ,
                 const ConditionSet &conditions, int depth)
    {
        const json::Value &s = *occ.schema;
        if (!s.isObject() || depth > 64)
            return;
        const std::string &kw = occ.keywordLocation;
        Resource resource = occ.resource;
        if (const json::Value *id = s.find("$id"); id && id->isString() && s.find("$schema"))
            resource.baseUri = resolveUri(resource.baseUri, id->string());
        auto child = [&](const json::Value &schema, const std::string &segment) {
            Occurrence o;
            o.schema = &schema;
            o.keywordLocation = kw + segment;
            o.resource = resource;
            o.refChain = occ.refChain;
            return o;
        };
        auto text = [&](const char *key) -> QString {
            const json::Value *v = s.find(key);
            return v && v->isString() ? QString::fromStdString(v->string()) : QString();
        };

        if (node.title.isEmpty())
            node.title = text("title");
        if (node.description.isEmpty())
            node.description = text("description");
        if (const json::Value *i18n = s.find("x-i18n");
            i18n && i18n->isString() && node.i18nKey.isEmpty())
            node.i18nKey = QString::fromStdString(i18n->string());
        if (const json::Value *ex = s.find("examples");
            ex && ex->isArray() && ex->size() > 0 && node.example.isEmpty()) {
            const json::Value &first = (*ex)[std::size_t(0)];
            node.example = first.isString() ? QString::fromStdString(first.string())
                                            : QString::fromStdString(json::serialize(first));
        }
        if (const json::Value *ro = s.find("readOnly"); ro && ro->toBool() && conditions.empty())
            node.readOnly = true;
        if (const json::Value *cv = s.find("const"); cv && !node.hasConst) {
            node.hasConst = true;
            node.constValue = *cv;
        }
        if (const json::Value *dv = s.find("default"); dv && !node.hasDefault) {
            node.hasDefault = true;
            node.defaultValue = *dv;
        }
        if (const json::Value *f = s.find("format"); f && f->isString() && node.format.empty())
            node.format = f->string();
        if (const json::Value *ml = s.find("maxLength"); ml && ml->isNumber())
            node.maxLength = std::max<long long>(node.maxLength, (long long)ml->toDouble());

        if (const json::Value *t = s.find("type")) {
            std::set<std::string> here;
            if (t->isString())
                here.insert(t->string());
            else if (t->isArray())
                for (const json::Value &x : t->arrayItems())
                    if (x.isString())
                        here.insert(x.string());
            if (here.size() > 1)
                here.erase("null");
            if (here.count("integer") && here.count("number"))
                here.erase("integer");
            if (here.size() > 1)
                c.mixed = true;
            c.types.insert(here.begin(), here.end());
        }
        for (const char *k : {"properties", "required", "additionalProperties", "minProperties",
                              "maxProperties", "patternProperties", "dependentRequired",
                              "dependentSchemas", "dependencies", "propertyNames"})
            if (s.find(k))
                c.sawObjectKeyword = true;
        for (const char *k :
             {"items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"})
            if (s.find(k))
                c.sawArrayKeyword = true;
        for (const char *k : {"minLength", "maxLength", "pattern", "format"})
            if (s.find(k))
                c.sawStringKeyword = true;
        for (const char *k :
             {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"})
            if (s.find(k))
                c.sawNumberKeyword = true;

        if (const json::Value *e = s.find("enum"); e && e->isArray() && !c.hasEnum) {
            c.hasEnum = true;
            c.enumValues = e->arrayItems();
        }

        if (const json::Value *props = s.find("properties"); props && props->isObject())
            for (const auto &[name, sub] : props->objectMembers())
                addProperty(c, name, child(sub, "/properties/" + json::escapePointerToken(name)),
                            conditions);
        if (const json::Value *req = s.find("required"); req && req->isArray()) {
            for (const json::Value &r : req->arrayItems()) {
                if (!r.isString())
                    continue;
                if (conditions.empty()) {
                    if (std::find(node.required.begin(), node.required.end(), r.string()) ==
                        node.required.end())
                        node.required.push_back(r.string());
                } else {
                    node.requiredWhen.emplace_back(conditions, r.string());
                }
            }
        }
        if (const json::Value *items = s.find("items")) {
            if (items->isArray())
                c.tuple = true;
            else
                c.items.push_back(child(*items, "/items"));
        }
        if (s.find("prefixItems"))
            c.tuple = true;

        if (const json::Value *ref = s.find("$ref"); ref && ref->isString()) {
            Resource target;
            std::string identity;
            const json::Value *resolved = resolveRef(ref->string(), resource, target, identity);
            if (!resolved) {
                c.unresolved = true;
            } else if (std::count(occ.refChain.begin(), occ.refChain.end(), identity) >=
                       m_options.maxRecursion) {
                c.recursion = true;
            } else {
                Occurrence o;
                o.schema = resolved;
                o.keywordLocation = kw + "/$ref";
                o.resource = target;
                if (const json::Value *id = resolved->find("$id"); id && id->isString())
                    o.resource.baseUri = resolveUri(target.baseUri, id->string());
                o.refChain = occ.refChain;
                o.refChain.push_back(identity);
                collect(node, c, o, conditions, depth + 1);
            }
        }
        if (const json::Value *all = s.find("allOf"); all && all->isArray())
            for (std::size_t i = 0; i < all->size(); ++i)
                collect(node, c, child((*all)[i], "/allOf/" + std::to_string(i)), conditions,
                        depth + 1);
        if (s.find("if")) {
            for (int branch = 0; branch < 2; ++branch) {
                const char *name = branch == 0 ? "then" : "else";
                if (const json::Value *b = s.find(name)) {
                    ConditionSet more = conditions;
                    more.push_back({kw + "/if", branch});
                    collect(node, c, child(*b, std::string("/") + name), more, depth + 1);
                }
            }
        }
        for (const char *dk : {"dependentSchemas", "dependencies"}) {
            const json::Value *deps = s.find(dk);
            if (!deps || !deps->isObject())
                continue;
            int index = 0;
            for (const auto &[name, sub] : deps->objectMembers()) {
                if (sub.isArray()) {
                    std::vector<std::string> names;
                    for (const json::Value &n : sub.arrayItems())
                        if (n.isString())
                            names.push_back(n.string());
                    node.dependentRequired.emplace_back(name, names);
                } else {
                    ConditionSet more = conditions;
                    more.push_back({kw + "/" + dk, index});
                    collect(
                        node, c,
                        child(sub, "/" + std::string(dk) + "/" + json::escapePointerToken(name)),
                        more, depth + 1);
                }
                ++index;
            }
        }
        if (const json::Value *dr = s.find("dependentRequired"); dr && dr->isObject()) {
            for (const auto &[name, list] : dr->objectMembers()) {
                std::vector<std::string> names;
                for (const json::Value &n : list.arrayItems())
                    if (n.isString())
                        names.push_back(n.string());
                node.dependentRequired.emplace_back(name, names);
            }
        }
        for (const char *ak : {"oneOf", "anyOf"}) {
            const json::Value *alts = s.find(ak);
            if (!alts || !alts->isArray() || alts->size() == 0)
                continue;
            // Consts with titles: a choice.
            std::vector<Choice> choices;
            for (const json::Value &alt : alts->arrayItems()) {
                Choice choice;
                if (!isScalarConst(alt, choice.value, choice.title)) {
                    choices.clear();
                    break;
                }
                choices.push_back(std::move(choice));
            }
            if (!choices.empty()) {
                if (c.oneOfChoices.empty())
                    c.oneOfChoices = std::move(choices);
                continue;
            }
            // Object alternatives: a selector, their members conditional on the branch.
            bool objects = true;
            for (const json::Value &alt : alts->arrayItems()) {
                const json::Value *target = &alt;
                if (const json::Value *ref = alt.find("$ref"); ref && ref->isString()) {
                    Resource r;
                    std::string identity;
                    target = resolveRef(ref->string(), resource, r, identity);
                }
                if (!target || !target->isObject() ||
                    !(target->find("properties") || target->find("required") ||
                      target->find("type") == nullptr ||
                      (target->find("type")->isString() &&
                       target->find("type")->string() == "object")))
                    objects = false;
            }
            if (!objects || !node.alternatives.empty()) {
                c.mixed = c.mixed || !objects;
                continue;
            }
            node.alternativesKeywordLocation = kw + "/" + ak;
            node.alternativesOneOf = std::string(ak) == "oneOf";
            for (std::size_t i = 0; i < alts->size(); ++i) {
                const json::Value &alt = (*alts)[i];
                Alternative a;
                const json::Value *target = &alt;
                if (const json::Value *ref = alt.find("$ref"); ref && ref->isString()) {
                    Resource r;
                    std::string identity;
                    target = resolveRef(ref->string(), resource, r, identity);
                }
                if (const json::Value *t = alt.find("title"); t && t->isString())
                    a.title = QString::fromStdString(t->string());
                else if (const json::Value *t2 = target ? target->find("title") : nullptr;
                         t2 && t2->isString())
                    a.title = QString::fromStdString(t2->string());
                if (target) {
                    if (const json::Value *p = target->find("properties"); p && p->isObject()) {
                        for (const auto &[name, sub] : p->objectMembers()) {
                            a.properties.push_back(name);
                            if (const json::Value *cv = sub.find("const"))
                                a.consts.emplace_back(name, *cv);
                            else if (const json::Value *ev = sub.find("enum");
                                     ev && ev->isArray() && ev->size() == 1)
                                a.consts.emplace_back(name, (*ev)[std::size_t(0)]);
                        }
                    }
                }
                node.alternatives.push_back(std::move(a));
                ConditionSet more = conditions;
                more.push_back({kw + "/" + ak, int(i)});
                collect(node, c, child(alt, "/" + std::string(ak) + "/" + std::to_string(i)), more,
                        depth + 1);
            }
        }
    }

    std::unique_ptr<FieldNode> buildNode(const std::string &name,
                                         std::vector<std::string> schemaPath,
                                         const std::string &keywordLocation, const QString &i18nKey,
                                         const std::vector<Occurrence> &occurrences,
                                         FieldNode *parent, int depth)
    {
        auto node = std::make_unique<FieldNode>();
        node->name = name;
        node->schemaPath = std::move(schemaPath);
        node->keywordLocation = keywordLocation;
        node->parent = parent;
        Collected c;
        for (const Occurrence &o : occurrences)
            collect(*node, c, o, {}, 0);
        if (node->i18nKey.isEmpty())
            node->i18nKey = i18nKey;
        for (Alternative &a : node->alternatives) {
            const auto index = &a - node->alternatives.data();
            a.i18nKey = node->i18nKey + QStringLiteral(".oneOf.") + QString::number(index);
        }

        auto fallback = [&](const QString &why) {
            node->kind = FieldKind::Json;
            node->fallbackReason = why;
            return std::move(node);
        };
        if (depth > 40)
            return fallback(QStringLiteral("too deep"));
        if (c.recursion)
            return fallback(QStringLiteral("$ref recursion"));
        if (c.unresolved)
            return fallback(QStringLiteral("unresolved $ref"));
        if (c.mixed)
            return fallback(QStringLiteral("several types"));

        std::string type = c.types.size() == 1 ? *c.types.begin() : std::string();
        if (type.empty()) {
            if (c.hasEnum || !c.oneOfChoices.empty())
                type = "choice";
            else if (node->hasConst && !node->constValue.isObject() && !node->constValue.isArray())
                type = "choice";
            else if (c.sawObjectKeyword && !c.sawArrayKeyword && !c.sawStringKeyword)
                type = "object";
            else if (c.sawArrayKeyword && !c.sawObjectKeyword && !c.sawStringKeyword)
                type = "array";
            else if (c.sawStringKeyword && !c.sawObjectKeyword && !c.sawArrayKeyword &&
                     !c.sawNumberKeyword)
                type = "string";
            else if (c.sawNumberKeyword && !c.sawObjectKeyword && !c.sawArrayKeyword &&
                     !c.sawStringKeyword)
                type = "number";
        }

        auto scalarChoices = [&]() -> bool {
            if (!c.oneOfChoices.empty()) {
                node->choices = c.oneOfChoices;
                for (Choice &ch : node->choices)
                    ch.i18nKey =
                        node->i18nKey + QStringLiteral(".oneOf.") +
                        (ch.value.isString() ? QString::fromStdString(ch.value.string())
                                             : QString::fromStdString(json::serialize(ch.value)));
                return true;
            }
            std::vector<json::Value> values = c.enumValues;
            if (!c.hasEnum && node->hasConst)
                values = {node->constValue};
            for (const json::Value &v : values) {
                if (v.isArray() || v.isObject())
                    return false;
                Choice ch;
                ch.value = v;
                ch.i18nKey = node->i18nKey + QStringLiteral(".enum.") +
                             (v.isString() ? QString::fromStdString(v.string())
                                           : QString::fromStdString(json::serialize(v)));
                node->choices.push_back(std::move(ch));
            }
            return !node->choices.empty();
        };

        if (type == "choice" ||
            ((type == "string" || type == "number" || type == "integer" || type == "boolean") &&
             (c.hasEnum || !c.oneOfChoices.empty()))) {
            if (!scalarChoices())
                return fallback(QStringLiteral("enum of structures"));
            node->kind = FieldKind::Choice;
            return node;
        }
        if (type == "string") {
            node->kind = node->format == "date" ? FieldKind::Date : FieldKind::Text;
            return node;
        }
        if (type == "number") {
            node->kind = FieldKind::Number;
            return node;
        }
        if (type == "integer") {
            node->kind = FieldKind::Integer;
            return node;
        }
        if (type == "boolean") {
            node->kind = FieldKind::Boolean;
            return node;
        }
        if (type == "object") {
            node->kind = FieldKind::Object;
            for (PropertyOccurrences &p : c.properties) {
                std::vector<std::string> path = node->schemaPath;
                path.push_back("properties");
                path.push_back(p.name);
                const QString key =
                    parent == nullptr && node->i18nKey == QLatin1String("form")
                        ? QString::fromStdString(p.name)
                        : node->i18nKey + QLatin1Char('.') + QString::fromStdString(p.name);
                auto childNode =
                    buildNode(p.name, std::move(path), p.occurrences.front().keywordLocation, key,
                              p.occurrences, node.get(), depth + 1);
                childNode->alwaysPresent = p.always;
                childNode->presentWhen = p.always ? std::vector<ConditionSet>{} : p.when;
                node->properties.push_back(std::move(childNode));
            }
            return node;
        }
        if (type == "array") {
            if (c.tuple)
                return fallback(QStringLiteral("tuple"));
            if (c.items.empty())
                return fallback(QStringLiteral("array without items"));
            std::vector<std::string> path = node->schemaPath;
            path.push_back("items");
            node->items = buildNode({}, std::move(path), c.items.front().keywordLocation,
                                    node->i18nKey, c.items, node.get(), depth + 1);
            if (node->items->kind == FieldKind::Object)
                node->kind = FieldKind::Table;
            else if (node->items->isScalar())
                node->kind = FieldKind::List;
            else
                return fallback(QStringLiteral("array of arrays or JSON"));
            return node;
        }
        return fallback(QStringLiteral("no clear type"));
    }

    const json::Value &m_root;
    const FormSchemaOptions &m_options;
};

} // namespace

const FieldNode *FieldNode::property(std::string_view n) const
{
    for (const auto &p : properties)
        if (p->name == n)
            return p.get();
    return nullptr;
}

bool FieldNode::isScalar() const
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Number:
    case FieldKind::Integer:
    case FieldKind::Boolean:
    case FieldKind::Choice:
    case FieldKind::Date:
        return true;
    default:
        return false;
    }
}

bool FieldNode::isRequiredMember(std::string_view member) const
{
    return std::find(required.begin(), required.end(), member) != required.end();
}

std::shared_ptr<const FormSchema> FormSchema::build(const json::Value &schema,
                                                    const FormSchemaOptions &options)
{
    auto out = std::make_shared<FormSchema>();
    Builder builder(schema, options);
    out->m_root = builder.build();
    return out;
}

const FieldNode *FormSchema::resolveScope(const FieldNode &start,
                                          const std::vector<std::string> &tokens)
{
    const FieldNode *node = &start;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i] == "properties" && i + 1 < tokens.size()) {
            node = node->property(tokens[i + 1]);
            if (!node)
                return nullptr;
            ++i;
        } else if (tokens[i] == "items") {
            if (!node->items)
                return nullptr;
            node = node->items.get();
        }
    }
    return node;
}

} // namespace guichet::forms

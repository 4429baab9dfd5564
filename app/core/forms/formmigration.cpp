#include "formmigration.h"

#include "core/forms/formdefinition.h"
#include "core/forms/formschema.h"
#include "core/forms/uischema.h"
#include "core/json/pointer.h"
#include "core/schema/messages.h"
#include "core/schema/schema.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <set>
#include <unordered_set>
#include <utility>

namespace guichet::forms {

namespace {

using Reason = SetAsideValue::Reason;

// Keywords that refuse a member as such: the new form does not have it (here).
bool isRemovalKeyword(const std::string &k)
{
    return k == "additionalProperties" || k == "unevaluatedProperties" || k == "propertyNames" ||
           k == "false";
}

// Keywords that refuse a value itself; taking the value out answers them.
bool isValueKeyword(const std::string &k)
{
    static const std::set<std::string> keywords = {
        "type",      "enum",    "const",   "format",           "pattern",          "minLength",
        "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"};
    return keywords.count(k) > 0;
}

bool isRequiredKeyword(const std::string &k)
{
    return k == "required" || k == "dependentRequired" || k == "dependencies";
}

// What a keyword location says about where an error comes from.
struct KeywordPath
{
    bool inAlternative = false; // under a oneOf/anyOf subschema
    bool conditional = false;   // under then/else or a dependent schema
};

KeywordPath analyseKeywordLocation(const std::string &keywordLocation)
{
    KeywordPath out;
    const auto tokens = json::parsePointer(keywordLocation);
    if (!tokens)
        return out;
    const std::vector<std::string> &t = *tokens;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string &k = t[i];
        // Tokens after these are names or indexes, not keywords (a property may be called
        // "then").
        if (k == "properties" || k == "patternProperties" || k == "$defs" || k == "definitions" ||
            k == "allOf" || k == "prefixItems") {
            ++i;
        } else if (k == "dependentSchemas" || k == "dependencies") {
            out.conditional = true;
            ++i;
        } else if (k == "oneOf" || k == "anyOf") {
            out.inAlternative = true;
            ++i;
        } else if (k == "then" || k == "else") {
            out.conditional = true;
        } else if (k == "items" && i + 1 < t.size() && json::arrayIndex(t[i + 1])) {
            ++i; // draft 4-7 tuple items
        }
    }
    return out;
}

// The member an error refuses or whose value it refuses; empty when none (root, structure).
std::string targetOf(const schema::ValidationError &e, Reason &reason)
{
    if (isRemovalKeyword(e.keyword)) {
        reason = Reason::Removed;
        return e.keyword == "false" ? e.instanceLocation : e.fieldLocation;
    }
    if (isValueKeyword(e.keyword)) {
        reason = Reason::NoLongerValid;
        return e.instanceLocation;
    }
    return {};
}

// Pointers of the old validation that explain a value being refused today.
struct OldRefusals
{
    std::unordered_set<std::string> removed; // refused as a member
    std::unordered_set<std::string> refused; // refused as a member or as a value
    std::unordered_set<std::string> missing; // required and absent

    static bool selfOrAncestorIn(const std::unordered_set<std::string> &set,
                                 const std::string &pointer)
    {
        if (set.empty())
            return false;
        std::string p = pointer;
        while (!p.empty()) {
            if (set.count(p))
                return true;
            p.resize(p.rfind('/'));
        }
        return false;
    }
};

OldRefusals indexOldErrors(const std::vector<schema::ValidationError> &errors)
{
    OldRefusals out;
    for (const schema::ValidationError &e : errors) {
        if (isRequiredKeyword(e.keyword)) {
            out.missing.insert(e.fieldLocation);
            continue;
        }
        Reason reason;
        const std::string target = targetOf(e, reason);
        if (target.empty())
            continue;
        out.refused.insert(target);
        if (reason == Reason::Removed)
            out.removed.insert(target);
    }
    return out;
}

// The deepest nesting of arrays and objects, without recursion (the document may be hostile).
int depthOf(const json::Value &root, int limit)
{
    std::vector<std::pair<const json::Value *, int>> stack{{&root, 1}};
    int deepest = 0;
    while (!stack.empty()) {
        auto [value, depth] = stack.back();
        stack.pop_back();
        if (!value->isArray() && !value->isObject())
            continue;
        deepest = std::max(deepest, depth);
        if (deepest > limit)
            return deepest;
        if (value->isArray())
            for (const json::Value &item : value->arrayItems())
                stack.emplace_back(&item, depth + 1);
        else
            for (const auto &[name, member] : value->objectMembers())
                stack.emplace_back(&member, depth + 1);
    }
    return deepest;
}

bool isContainerNode(const FieldNode *node)
{
    return node && (node->kind == FieldKind::Table || node->kind == FieldKind::List);
}

struct Candidate
{
    std::string pointer;
    Reason reason = Reason::Removed;
    schema::ValidationError error;
    bool deferred = false;
};

// Members the old form declared and the new one does not, in objects both forms describe (the
// new schema may still accept them as undeclared members: they would linger unseen).
void collectUndeclared(const json::Value &value, const FieldNode *oldNode, const FieldNode *newNode,
                       const std::string &pointer, std::vector<Candidate> &out)
{
    if (!oldNode || !newNode)
        return;
    if (value.isObject() && oldNode->kind == FieldKind::Object &&
        newNode->kind == FieldKind::Object) {
        for (const auto &[name, member] : value.objectMembers()) {
            const FieldNode *o = oldNode->property(name);
            if (!o)
                continue;
            std::string child = pointer;
            json::appendPointerToken(child, name);
            const FieldNode *n = newNode->property(name);
            if (!n) {
                Candidate c;
                c.pointer = child;
                c.reason = Reason::Removed;
                c.error.instanceLocation = pointer;
                c.error.fieldLocation = child;
                out.push_back(std::move(c));
                continue;
            }
            collectUndeclared(member, o, n, child, out);
        }
    } else if (value.isArray() && isContainerNode(oldNode) && isContainerNode(newNode)) {
        const json::Array &items = value.arrayItems();
        for (std::size_t i = 0; i < items.size(); ++i)
            collectUndeclared(items[i], oldNode->items.get(), newNode->items.get(),
                              pointer + "/" + std::to_string(i), out);
    }
}

// Whether pointer names a member of an object in document (only members are ever taken out).
bool isMember(const json::Value &document, const std::string &pointer)
{
    if (pointer.empty())
        return false;
    const std::size_t slash = pointer.rfind('/');
    const json::Value *parent = json::resolvePointer(document, pointer.substr(0, slash));
    return parent && parent->isObject() &&
           parent->find(json::unescapePointerToken(pointer.substr(slash + 1)));
}

bool hasAncestorIn(const std::set<std::string> &set, const std::string &pointer)
{
    std::string p = pointer;
    while (!p.empty()) {
        p.resize(p.rfind('/'));
        if (set.count(p))
            return true;
    }
    return false;
}

QString humanize(const std::string &name)
{
    const QString in = QString::fromStdString(name);
    QString out;
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            out += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && in[i - 1].isLower()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    out = out.simplified();
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

const UiElement *findControl(const UiElement &element, const FieldNode &root,
                             const FieldNode &target, int depth = 0)
{
    if (depth > 64)
        return nullptr;
    if (element.type == UiElement::Type::Control &&
        FormSchema::resolveScope(root, element.scope) == &target)
        return &element;
    for (const UiElement &child : element.elements)
        if (const UiElement *found = findControl(child, root, target, depth + 1))
            return found;
    return nullptr;
}

// The label of one field (not its sections), as the form shows it.
QString ownLabel(const FormDefinition &form, const FieldNode &node)
{
    if (form.uiSchema()) {
        if (const UiElement *control =
                findControl(form.uiSchema()->root, form.formSchema().root(), node)) {
            if (!control->i18nKey.isEmpty()) {
                const QString t =
                    form.text(control->i18nKey + QStringLiteral(".label"), control->label);
                if (!t.isEmpty())
                    return t;
            }
            if (!control->label.isEmpty())
                return control->label;
        }
    }
    QString fallback = node.title;
    if (fallback.isEmpty())
        fallback = humanize(node.name.empty() && node.parent ? node.parent->name : node.name);
    return form.text(node.i18nKey + QStringLiteral(".title"), fallback);
}

const char *reasonName(Reason reason)
{
    return reason == Reason::Removed ? "removed" : "noLongerValid";
}

json::Value stringArray(const std::vector<std::string> &items)
{
    json::Array out;
    out.reserve(items.size());
    for (const std::string &s : items)
        out.emplace_back(s);
    return json::Value(std::move(out));
}

// Fields present in both versions whose label changed: one entry per field of the new form, at
// the first place it occurs, and none below a section already listed.
void collectRelabelled(const json::Value &value, const FieldNode *oldNode, const FieldNode *newNode,
                       const std::string &pointer, const FormDefinition &oldForm,
                       const FormDefinition &newForm, const FormMigration::LabelFunction &label,
                       std::unordered_set<const FieldNode *> &seen,
                       std::vector<RelabelledField> &out)
{
    if (!oldNode || !newNode)
        return;
    if (value.isObject() && oldNode->kind == FieldKind::Object &&
        newNode->kind == FieldKind::Object) {
        for (const auto &[name, member] : value.objectMembers()) {
            const FieldNode *o = oldNode->property(name);
            const FieldNode *n = newNode->property(name);
            if (!o || !n)
                continue;
            std::string child = pointer;
            json::appendPointerToken(child, name);
            if (seen.insert(n).second) {
                const QString before = label(oldForm, child);
                const QString after = label(newForm, child);
                if (before != after) {
                    out.push_back({child, before, after});
                    continue; // its fields would all be listed for the section's new name
                }
            }
            collectRelabelled(member, o, n, child, oldForm, newForm, label, seen, out);
        }
    } else if (value.isArray() && isContainerNode(oldNode) && isContainerNode(newNode)) {
        const json::Array &items = value.arrayItems();
        for (std::size_t i = 0; i < items.size(); ++i)
            collectRelabelled(items[i], oldNode->items.get(), newNode->items.get(),
                              pointer + "/" + std::to_string(i), oldForm, newForm, label, seen,
                              out);
    }
}

Error tooDeep(int limit)
{
    return Error{QStringLiteral("forms.migration.tooDeep"),
                 QCoreApplication::translate("guichet::forms",
                                             "The draft is nested more than %1 levels deep: it "
                                             "cannot be moved to the new version of the form.")
                     .arg(limit),
                 {QString::number(limit)}};
}

bool hitDepthLimit(const std::vector<schema::ValidationError> &errors)
{
    return std::any_of(errors.begin(), errors.end(), [](const schema::ValidationError &e) {
        return e.keyword == "evaluationDepth";
    });
}

} // namespace

QString SetAsideValue::reasonText() const
{
    if (reason == Reason::Removed)
        return QCoreApplication::translate("guichet::forms",
                                           "The new version of the form no longer has this field.");
    return QCoreApplication::translate("guichet::forms",
                                       "The new version of the form no longer accepts this "
                                       "value: %1")
        .arg(schema::message(error));
}

Expected<MigrationPlan> FormMigration::plan(const json::Value &oldDocument,
                                            const FormDefinition &oldForm,
                                            const FormDefinition &newForm, const Options &options)
{
    if (!oldForm.id().isEmpty() && !newForm.id().isEmpty() && oldForm.id() != newForm.id())
        return Error{QStringLiteral("forms.migration.otherForm"),
                     QCoreApplication::translate("guichet::forms",
                                                 "A draft of the form \"%1\" cannot be moved to "
                                                 "the form \"%2\".")
                         .arg(oldForm.id(), newForm.id()),
                     {oldForm.id(), newForm.id()}};
    if (!oldDocument.isObject())
        return Error{QStringLiteral("forms.migration.notAnObject"),
                     QCoreApplication::translate("guichet::forms",
                                                 "The draft is not a form document (a JSON "
                                                 "object): it cannot be moved to the new version "
                                                 "of the form."),
                     {}};
    if (depthOf(oldDocument, options.maxDepth) > options.maxDepth)
        return tooDeep(options.maxDepth);

    const LabelFunction label = options.label ? options.label : LabelFunction(&fieldLabel);

    const schema::ValidationResult before = oldForm.compiled()->validate(oldDocument);
    if (hitDepthLimit(before.errors))
        return tooDeep(options.maxDepth);
    const OldRefusals old = indexOldErrors(before.errors);

    MigrationPlan plan;
    plan.formId = newForm.id().isEmpty() ? oldForm.id() : newForm.id();
    plan.fromVersion = oldForm.version();
    plan.toVersion = newForm.version();
    plan.document = oldDocument;

    const FieldNode &oldRoot = oldForm.formSchema().root();
    const FieldNode &newRoot = newForm.formSchema().root();
    schema::ValidationResult after;
    // Each round takes at least one member out, so this ends; the bound is a safety net.
    for (;;) {
        ++plan.rounds;
        after = newForm.compiled()->validate(plan.document);
        if (hitDepthLimit(after.errors))
            return tooDeep(options.maxDepth);

        std::vector<Candidate> candidates;
        for (const schema::ValidationError &e : after.errors) {
            Candidate c;
            c.pointer = targetOf(e, c.reason);
            if (c.pointer.empty())
                continue;
            const KeywordPath path = analyseKeywordLocation(e.keywordLocation);
            if (path.inAlternative)
                continue;
            c.deferred = path.conditional || e.keyword == "unevaluatedProperties";
            c.error = e;
            candidates.push_back(std::move(c));
        }
        collectUndeclared(plan.document, &oldRoot, &newRoot, {}, candidates);

        std::vector<Candidate> chosen;
        bool anyImmediate = false;
        for (Candidate &c : candidates) {
            if (!isMember(plan.document, c.pointer))
                continue;
            const bool alreadyRefused = c.reason == Reason::Removed
                                            ? OldRefusals::selfOrAncestorIn(old.removed, c.pointer)
                                            : OldRefusals::selfOrAncestorIn(old.refused, c.pointer);
            if (alreadyRefused)
                continue;
            anyImmediate = anyImmediate || !c.deferred;
            chosen.push_back(std::move(c));
        }
        if (anyImmediate)
            chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                        [](const Candidate &c) { return c.deferred; }),
                         chosen.end());
        if (chosen.empty() || plan.rounds > 100000)
            break;

        // Ancestors first, so that a section taken out carries its fields with it.
        std::stable_sort(chosen.begin(), chosen.end(), [](const Candidate &a, const Candidate &b) {
            return a.pointer < b.pointer;
        });
        std::set<std::string> taken;
        for (Candidate &c : chosen) {
            if (taken.count(c.pointer) || hasAncestorIn(taken, c.pointer))
                continue;
            json::Value *value = json::resolvePointer(plan.document, c.pointer);
            if (!value)
                continue;
            SetAsideValue out;
            out.pointer = c.pointer;
            out.value = std::move(*value);
            json::removePointer(plan.document, c.pointer);
            out.reason = c.reason;
            out.error = std::move(c.error);
            out.label = label(oldForm, c.pointer);
            out.formVersion = oldForm.version();
            taken.insert(c.pointer);
            plan.setAside.push_back(std::move(out));
        }
    }

    std::set<std::string> setAsidePointers;
    for (const SetAsideValue &v : plan.setAside)
        setAsidePointers.insert(v.pointer);
    std::set<std::string> listed;
    for (const schema::ValidationError &e : after.errors) {
        if (!isRequiredKeyword(e.keyword) ||
            analyseKeywordLocation(e.keywordLocation).inAlternative)
            continue;
        const bool setAside = setAsidePointers.count(e.fieldLocation) > 0;
        if (!setAside && old.missing.count(e.fieldLocation))
            continue;
        if (!listed.insert(e.fieldLocation).second)
            continue;
        plan.missingRequired.push_back(
            {e.fieldLocation, label(newForm, e.fieldLocation), setAside});
    }

    std::unordered_set<const FieldNode *> seen;
    collectRelabelled(plan.document, &oldRoot, &newRoot, {}, oldForm, newForm, label, seen,
                      plan.relabelled);

    plan.errors = std::move(after.errors);
    return plan;
}

QString FormMigration::fieldLabel(const FormDefinition &form, const std::string &pointer)
{
    const auto tokens = json::parsePointer(pointer);
    if (!tokens)
        return QString::fromStdString(pointer);
    QStringList parts;
    const FieldNode *node = &form.formSchema().root();
    for (const std::string &t : *tokens) {
        if (isContainerNode(node)) {
            const auto index = json::arrayIndex(t);
            parts << QCoreApplication::translate("guichet::forms", "row %1")
                         .arg(index ? QString::number(*index + 1) : QString::fromStdString(t));
            node = node->items.get();
            continue;
        }
        const FieldNode *child = node ? node->property(t) : nullptr;
        parts << (child ? ownLabel(form, *child) : QString::fromStdString(t));
        node = child;
    }
    return parts.isEmpty() ? form.title() : parts.join(QStringLiteral(" › "));
}

json::Value FormMigration::restore(json::Value document, const std::vector<SetAsideValue> &values,
                                   std::vector<SetAsideValue> *notRestored)
{
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        bool placed = false;
        // Only into an object that is still there: setPointer would otherwise create parents,
        // and a row the user deleted would come back as an object holding one member.
        const std::size_t slash = it->pointer.rfind('/');
        const json::Value *parent =
            slash == std::string::npos
                ? nullptr
                : json::resolvePointer(document, std::string_view(it->pointer).substr(0, slash));
        if (parent && parent->isObject() && !json::resolvePointer(document, it->pointer))
            placed = json::setPointer(document, it->pointer, it->value);
        if (!placed && notRestored)
            notRestored->push_back(*it);
    }
    if (notRestored)
        std::reverse(notRestored->begin(), notRestored->end());
    return document;
}

json::Value FormMigration::setAsideToJson(const std::vector<SetAsideValue> &values)
{
    json::Array items;
    items.reserve(values.size());
    for (const SetAsideValue &v : values) {
        json::Object o;
        o.appendUnique("pointer", json::Value(v.pointer));
        o.appendUnique("value", v.value);
        o.appendUnique("reason", json::Value(reasonName(v.reason)));
        o.appendUnique("formVersion", json::Value(v.formVersion));
        o.appendUnique("label", json::Value(v.label.toStdString()));
        o.appendUnique("keyword", json::Value(v.error.keyword));
        o.appendUnique("keywordLocation", json::Value(v.error.keywordLocation));
        o.appendUnique("instanceLocation", json::Value(v.error.instanceLocation));
        o.appendUnique("args", stringArray(v.error.args));
        items.emplace_back(std::move(o));
    }
    json::Object root;
    root.appendUnique("format", json::Value(1));
    root.appendUnique("values", json::Value(std::move(items)));
    return json::Value(std::move(root));
}

Expected<std::vector<SetAsideValue>> FormMigration::setAsideFromJson(const json::Value &json)
{
    auto bad = [](const QString &why) {
        return Error{QStringLiteral("forms.migration.badSetAside"),
                     QCoreApplication::translate("guichet::forms",
                                                 "The values set aside with this draft are "
                                                 "damaged: %1")
                         .arg(why),
                     {why}};
    };
    const json::Value *format = json.find("format");
    if (!json.isObject() || !format || !format->isNumber() || format->toDouble() != 1)
        return bad(QStringLiteral("not a list of format 1"));
    const json::Value *values = json.find("values");
    if (!values || !values->isArray())
        return bad(QStringLiteral("\"values\" is not an array"));
    std::vector<SetAsideValue> out;
    out.reserve(values->size());
    for (std::size_t i = 0; i < values->size(); ++i) {
        const json::Value &item = (*values)[i];
        const QString where = QStringLiteral("/values/%1").arg(i);
        auto string = [&](const char *name, std::string &to, bool required) {
            const json::Value *v = item.find(name);
            if (!v)
                return !required;
            if (!v->isString())
                return false;
            to = v->string();
            return true;
        };
        SetAsideValue v;
        std::string reason;
        std::string text;
        if (!item.isObject() || !string("pointer", v.pointer, true) ||
            !json::parsePointer(v.pointer) || !string("reason", reason, true) ||
            !item.find("value"))
            return bad(where);
        if (reason == "removed")
            v.reason = Reason::Removed;
        else if (reason == "noLongerValid")
            v.reason = Reason::NoLongerValid;
        else
            return bad(where + QStringLiteral("/reason"));
        v.value = *item.find("value");
        if (const json::Value *version = item.find("formVersion")) {
            if (!version->isNumber() || !version->number().isIntegral() ||
                version->toDouble() < 0 || version->toDouble() > 1e9)
                return bad(where + QStringLiteral("/formVersion"));
            v.formVersion = int(version->toDouble());
        }
        if (!string("label", text, false))
            return bad(where + QStringLiteral("/label"));
        v.label = QString::fromStdString(text);
        if (!string("keyword", v.error.keyword, false) ||
            !string("keywordLocation", v.error.keywordLocation, false) ||
            !string("instanceLocation", v.error.instanceLocation, false))
            return bad(where);
        if (const json::Value *args = item.find("args")) {
            if (!args->isArray())
                return bad(where + QStringLiteral("/args"));
            for (const json::Value &a : args->arrayItems()) {
                if (!a.isString())
                    return bad(where + QStringLiteral("/args"));
                v.error.args.push_back(a.string());
            }
        }
        // Every refusal that sets a value aside is shown at the value's own place.
        v.error.fieldLocation = v.pointer;
        if (!item.find("instanceLocation") && v.reason == Reason::NoLongerValid)
            v.error.instanceLocation = v.pointer;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace guichet::forms

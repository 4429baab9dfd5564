#include "uischema.h"

#include "core/json/pointer.h"

#include <QCoreApplication>

namespace guichet::forms {

namespace {

Error invalid(const std::string &where, const QString &what)
{
    const QString at = where.empty() ? QStringLiteral("/") : QString::fromStdString(where);
    return Error{QStringLiteral("ui.invalid"),
                 QCoreApplication::translate("guichet::forms", "ui.json %1: %2").arg(at, what),
                 {at}};
}

QString textMember(const json::Value &object, std::string_view key)
{
    const json::Value *v = object.find(key);
    return v && v->isString() ? QString::fromStdString(v->string()) : QString();
}

Expected<UiRule> parseRule(const json::Value &rule, const std::string &where)
{
    if (!rule.isObject())
        return invalid(where,
                       QCoreApplication::translate("guichet::forms", "a rule must be an object"));
    UiRule out;
    const QString effect = textMember(rule, "effect");
    if (effect == QLatin1String("SHOW"))
        out.effect = UiRule::Effect::Show;
    else if (effect == QLatin1String("HIDE"))
        out.effect = UiRule::Effect::Hide;
    else if (effect == QLatin1String("ENABLE"))
        out.effect = UiRule::Effect::Enable;
    else if (effect == QLatin1String("DISABLE"))
        out.effect = UiRule::Effect::Disable;
    else
        return invalid(where + "/effect",
                       QCoreApplication::translate("guichet::forms",
                                                   "effect must be SHOW, HIDE, ENABLE or DISABLE"));
    const json::Value *condition = rule.find("condition");
    if (!condition || !condition->isObject())
        return invalid(
            where + "/condition",
            QCoreApplication::translate("guichet::forms", "a rule needs a condition object"));
    const json::Value *scope = condition->find("scope");
    auto tokens = scope && scope->isString() ? parseScope(scope->string()) : std::nullopt;
    if (!tokens)
        return invalid(
            where + "/condition/scope",
            QCoreApplication::translate("guichet::forms", "scope must be a \"#/...\" pointer"));
    out.conditionScope = std::move(*tokens);
    const json::Value *schema = condition->find("schema");
    if (!schema || !(schema->isObject() || schema->isBool()))
        return invalid(where + "/condition/schema",
                       QCoreApplication::translate("guichet::forms", "a condition needs a schema"));
    out.conditionSchema = *schema;
    return out;
}

} // namespace

const json::Value *UiElement::option(std::string_view name) const
{
    return options.isObject() ? options.find(name) : nullptr;
}

QString UiElement::optionString(std::string_view name) const
{
    const json::Value *v = option(name);
    return v && v->isString() ? QString::fromStdString(v->string()) : QString();
}

bool UiElement::optionBool(std::string_view name, bool fallback) const
{
    const json::Value *v = option(name);
    return v && v->isBool() ? v->toBool() : fallback;
}

std::optional<std::vector<std::string>> parseScope(const std::string &scope)
{
    if (scope.empty() || scope[0] != '#')
        return std::nullopt;
    return json::parsePointer(std::string_view(scope).substr(1));
}

Expected<UiElement> parseUiElement(const json::Value &element, const std::string &where)
{
    if (!element.isObject())
        return invalid(
            where, QCoreApplication::translate("guichet::forms", "an element must be an object"));
    UiElement out;
    const QString type = textMember(element, "type");
    static const std::pair<const char *, UiElement::Type> types[] = {
        {"VerticalLayout", UiElement::Type::VerticalLayout},
        {"HorizontalLayout", UiElement::Type::HorizontalLayout},
        {"Group", UiElement::Type::Group},
        {"Categorization", UiElement::Type::Categorization},
        {"Category", UiElement::Type::Category},
        {"Control", UiElement::Type::Control},
        {"Label", UiElement::Type::Label},
    };
    bool known = false;
    for (const auto &[name, t] : types) {
        if (type == QLatin1String(name)) {
            out.type = t;
            known = true;
        }
    }
    if (!known)
        return invalid(
            where + "/type",
            QCoreApplication::translate("guichet::forms", "unknown element type \"%1\"").arg(type));
    out.label = textMember(element, "label");
    out.text = textMember(element, "text");
    out.i18nKey = textMember(element, "i18n");
    if (const json::Value *options = element.find("options")) {
        if (!options->isObject())
            return invalid(where + "/options", QCoreApplication::translate(
                                                   "guichet::forms", "options must be an object"));
        out.options = *options;
    }
    if (const json::Value *collapsed = element.find("collapsed"))
        out.collapsed = collapsed->toBool();
    if (out.optionBool("collapsed"))
        out.collapsed = true;
    out.wizard = out.optionString("variant") == QLatin1String("wizard");
    if (out.type == UiElement::Type::Control) {
        const json::Value *scope = element.find("scope");
        auto tokens = scope && scope->isString() ? parseScope(scope->string()) : std::nullopt;
        if (!tokens)
            return invalid(where + "/scope",
                           QCoreApplication::translate(
                               "guichet::forms", "a Control needs a scope \"#/properties/...\""));
        out.scope = std::move(*tokens);
    }
    if (const json::Value *rule = element.find("rule")) {
        auto parsed = parseRule(*rule, where + "/rule");
        if (!parsed)
            return parsed.error();
        out.rule = std::move(*parsed);
    }
    const bool container =
        out.type != UiElement::Type::Control && out.type != UiElement::Type::Label;
    if (const json::Value *elements = element.find("elements")) {
        if (!elements->isArray())
            return invalid(where + "/elements", QCoreApplication::translate(
                                                    "guichet::forms", "elements must be an array"));
        for (std::size_t i = 0; i < elements->size(); ++i) {
            auto child = parseUiElement((*elements)[i], where + "/elements/" + std::to_string(i));
            if (!child)
                return child.error();
            if (out.type == UiElement::Type::Categorization &&
                child->type != UiElement::Type::Category)
                return invalid(where + "/elements/" + std::to_string(i),
                               QCoreApplication::translate(
                                   "guichet::forms", "a Categorization holds only Categories"));
            out.elements.push_back(std::move(*child));
        }
    } else if (container) {
        return invalid(
            where, QCoreApplication::translate("guichet::forms", "a layout needs \"elements\""));
    }
    if (out.type == UiElement::Type::Control) {
        if (const json::Value *detail = out.option("detail")) {
            auto parsed = parseUiElement(*detail, where + "/options/detail");
            if (!parsed)
                return parsed.error();
        }
    }
    return out;
}

Expected<UiSchema> parseUiSchema(const json::Value &document)
{
    if (!document.isObject())
        return invalid(
            {}, QCoreApplication::translate("guichet::forms", "the UI schema must be an object"));
    auto root = parseUiElement(document, {});
    if (!root)
        return root.error();
    UiSchema out;
    out.root = std::move(*root);
    if (const json::Value *messages = document.find("messages")) {
        if (!messages->isObject())
            return invalid("/messages", QCoreApplication::translate("guichet::forms",
                                                                    "messages must be an object"));
        out.messages = *messages;
    }
    return out;
}

} // namespace guichet::forms

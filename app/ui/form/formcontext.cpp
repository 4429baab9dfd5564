#include "formcontext.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/messages.h"

namespace guichet::ui::form {

QString FormContext::text(const QString &key, const QString &fallback) const
{
    return definition->text(key, fallback);
}

QString FormContext::humanize(const std::string &name)
{
    QString out;
    const QString in = QString::fromStdString(name);
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (i > 0 && c.isUpper() && in[i - 1].isLower())
            out += QLatin1Char(' ');
        out += out.isEmpty()
                   ? c.toUpper()
                   : (c.isUpper() && i + 1 < in.size() && in[i + 1].isLower() ? c.toLower() : c);
    }
    return out;
}

QString FormContext::title(const forms::FieldNode &node, const forms::UiElement *control) const
{
    if (control) {
        if (!control->i18nKey.isEmpty()) {
            const QString t = text(control->i18nKey + QStringLiteral(".label"), control->label);
            if (!t.isEmpty())
                return t;
        }
        if (!control->label.isEmpty())
            return control->label;
    }
    QString fallback = node.title;
    if (fallback.isEmpty())
        fallback = humanize(node.name.empty() && node.parent ? node.parent->name : node.name);
    return text(node.i18nKey + QStringLiteral(".title"), fallback);
}

QString FormContext::help(const forms::FieldNode &node, const forms::UiElement *control) const
{
    if (control) {
        const QString option = control->optionString("help");
        if (!control->i18nKey.isEmpty()) {
            const QString t = text(control->i18nKey + QStringLiteral(".help"), option);
            if (!t.isEmpty())
                return t;
        }
        if (!option.isEmpty())
            return option;
    }
    return text(node.i18nKey + QStringLiteral(".description"), node.description);
}

QString FormContext::placeholder(const forms::FieldNode &node,
                                 const forms::UiElement *control) const
{
    if (control) {
        const QString option = control->optionString("placeholder");
        if (!control->i18nKey.isEmpty()) {
            const QString t = text(control->i18nKey + QStringLiteral(".placeholder"), option);
            if (!t.isEmpty())
                return t;
        }
        if (!option.isEmpty())
            return option;
    }
    return text(node.i18nKey + QStringLiteral(".examples"), node.example);
}

QString FormContext::choiceLabel(const forms::Choice &choice) const
{
    QString fallback = choice.title;
    if (fallback.isEmpty())
        fallback = choice.value.isString() ? QString::fromStdString(choice.value.string())
                                           : QString::fromStdString(json::serialize(choice.value));
    return text(choice.i18nKey, fallback);
}

QString FormContext::message(const schema::ValidationError &error) const
{
    const auto &overrides = definition->messageOverrides();
    return schema::message(error, overrides.isEmpty() ? nullptr : &overrides);
}

std::string childPointer(const std::string &pointer, std::string_view name)
{
    std::string out = pointer;
    json::appendPointerToken(out, name);
    return out;
}

std::string itemPointer(const std::string &pointer, int index)
{
    return pointer + "/" + std::to_string(index);
}

} // namespace guichet::ui::form

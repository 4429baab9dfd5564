#pragma once

#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "ui/form/formpanel.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace formtest {

inline guichet::json::Value parse(const QByteArray &text)
{
    auto v = guichet::json::parse(std::string_view(text.constData(), std::size_t(text.size())));
    return v ? std::move(*v) : guichet::json::Value();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline std::shared_ptr<const guichet::forms::FormDefinition> definition(const QByteArray &schema,
                                                                        const QByteArray &ui = {})
{
    auto def = guichet::forms::FormDefinition::fromValues(
        parse(schema), ui.isEmpty() ? guichet::json::Value() : parse(ui));
    return def ? *def : nullptr;
}

inline std::string compact(const guichet::json::Value &v)
{
    return guichet::json::serialize(v);
}

// The binding of a panel at a pointer relative to its base.
inline const guichet::ui::form::FieldBinding *binding(const guichet::ui::form::FormPanel *panel,
                                                      const std::string &rel)
{
    for (const auto &b : panel->bindings())
        if (b.rel == rel)
            return &b;
    return nullptr;
}

} // namespace formtest

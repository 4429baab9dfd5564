#pragma once

#include "core/forms/formdefinition.h"
#include "core/json/parser.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace helptest {

inline QString sourceDir()
{
    const QString dir = qEnvironmentVariable("GUICHET_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : dir;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// (form id, version) of every form the catalogue lists.
inline std::vector<std::pair<QString, int>> bundledForms()
{
    std::vector<std::pair<QString, int>> out;
    const QJsonObject catalogue =
        QJsonDocument::fromJson(readFile(sourceDir() + QStringLiteral("/forms/catalogue.json")))
            .object();
    for (const QJsonValue form : catalogue.value(QStringLiteral("forms")).toArray()) {
        const QString id = form.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue version : form.toObject().value(QStringLiteral("versions")).toArray())
            out.emplace_back(id, version.toInt());
    }
    return out;
}

inline std::shared_ptr<const guichet::forms::FormDefinition> loadForm(const QString &id,
                                                                      int version)
{
    auto def = guichet::forms::FormDefinition::load(
        sourceDir() + QStringLiteral("/forms/%1/%2").arg(id).arg(version));
    return def ? *def : nullptr;
}

inline guichet::json::Value parseJson(const QByteArray &text)
{
    auto v = guichet::json::parse(std::string_view(text.constData(), std::size_t(text.size())));
    return v ? std::move(*v) : guichet::json::Value();
}

} // namespace helptest

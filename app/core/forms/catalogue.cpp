#include "catalogue.h"

#include "core/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace guichet::forms {

QString CatalogueEntry::title(const QString &language) const
{
    const QString lang = language.isEmpty() ? i18n::currentLanguage() : language;
    if (const QString t = titles.value(lang); !t.isEmpty())
        return t;
    if (const QString t = titles.value(QStringLiteral("en")); !t.isEmpty())
        return t;
    return id;
}

Expected<Catalogue> Catalogue::load(const QString &formsDir)
{
    const QString path = QDir(formsDir).filePath(QStringLiteral("catalogue.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io.unreadable"),
                     QCoreApplication::translate("guichet::forms",
                                                 "The form catalogue \"%1\" cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {path}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue forms = document.object().value(QLatin1String("forms"));
    const Error bad{
        QStringLiteral("forms.badCatalogue"),
        QCoreApplication::translate("guichet::forms", "The form catalogue \"%1\" is not valid.")
            .arg(QDir::toNativeSeparators(path)),
        {path}};
    if (parseError.error != QJsonParseError::NoError || !forms.isArray())
        return bad;
    Catalogue catalogue;
    catalogue.m_formsDir = formsDir;
    for (const QJsonValue &value : forms.toArray()) {
        const QJsonObject object = value.toObject();
        CatalogueEntry entry;
        entry.id = object.value(QLatin1String("id")).toString();
        if (entry.id.isEmpty())
            return bad;
        for (const QJsonValue &v : object.value(QLatin1String("versions")).toArray()) {
            if (v.toInt() > 0)
                entry.versions.append(v.toInt());
        }
        std::sort(entry.versions.begin(), entry.versions.end());
        for (const QJsonValue &a : object.value(QLatin1String("audiences")).toArray())
            entry.audiences.append(a.toString());
        const QJsonObject titles = object.value(QLatin1String("title")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it)
            entry.titles.insert(it.key(), it.value().toString());
        catalogue.m_entries.append(entry);
    }
    return catalogue;
}

const CatalogueEntry *Catalogue::find(const QString &id) const
{
    for (const CatalogueEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QList<CatalogueEntry> Catalogue::forAudience(const QString &audience) const
{
    QList<CatalogueEntry> out;
    for (const CatalogueEntry &entry : m_entries) {
        if (entry.isFor(audience))
            out.append(entry);
    }
    return out;
}

} // namespace guichet::forms

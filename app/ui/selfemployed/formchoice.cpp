#include "formchoice.h"

#include "core/paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::ui {

QString FormChoice::title(const QString &language) const
{
    for (const QString &lang : {language, QStringLiteral("en")}) {
        const QString text = titles.value(lang).toString();
        if (!text.isEmpty())
            return text;
    }
    return id;
}

QList<FormChoice> FormChoice::load(const QString &catalogueFile, const QStringList &audiences)
{
    QFile file(catalogueFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray forms = QJsonDocument::fromJson(file.read(4 * 1024 * 1024))
                                 .object()
                                 .value(QStringLiteral("forms"))
                                 .toArray();
    QList<FormChoice> choices;
    for (const QJsonValue &value : forms) {
        const QJsonObject form = value.toObject();
        FormChoice choice;
        choice.id = form.value(QStringLiteral("id")).toString();
        for (const QJsonValue &audience : form.value(QStringLiteral("audiences")).toArray())
            choice.audiences.append(audience.toString());
        choice.titles = form.value(QStringLiteral("title")).toObject();
        if (choice.id.isEmpty())
            continue;
        for (const QString &audience : audiences) {
            if (choice.audiences.contains(audience)) {
                choices.append(choice);
                break;
            }
        }
    }
    return choices;
}

QString FormChoice::bundledCatalogue()
{
    return QDir(paths::formsDirectory()).filePath(QStringLiteral("catalogue.json"));
}

} // namespace guichet::ui

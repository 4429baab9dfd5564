#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::ui {

// A form of the bundled catalogue (forms/catalogue.json) a workspace offers to start.
struct FormChoice
{
    QString id;
    QStringList audiences;
    QJsonObject titles; // language -> title

    // The title in the language, else English, else the id.
    QString title(const QString &language) const;

    // The catalogue's forms for any of the audiences, in catalogue order; empty when the file
    // cannot be read (the workspace then offers none and says so).
    static QList<FormChoice> load(const QString &catalogueFile, const QStringList &audiences);
    // The bundled catalogue (paths::formsDirectory()).
    static QString bundledCatalogue();
};

} // namespace guichet::ui

#include "formtexts.h"

#include "core/json/parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guichet::forms {

Expected<FormTexts> FormTexts::load(const QString &dir)
{
    FormTexts texts;
    const QDir folder(dir);
    if (!folder.exists())
        return texts;
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        auto fail = [&](const QString &why) {
            return Error{
                QStringLiteral("forms.badTexts"),
                QCoreApplication::translate("guichet::forms", "%1: %2").arg(file.fileName(), why),
                {file.fileName()}};
        };
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        const QByteArray bytes = file.readAll();
        auto doc = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!doc)
            return fail(doc.error().message);
        if (!doc->isObject())
            return fail(
                QCoreApplication::translate("guichet::forms", "the texts must be a JSON object"));
        const QString language = QFileInfo(name).completeBaseName();
        for (const auto &[key, value] : doc->objectMembers()) {
            if (!value.isString())
                return fail(QCoreApplication::translate("guichet::forms",
                                                        "the text of \"%1\" is not a string")
                                .arg(QString::fromStdString(key)));
            texts.insert(language, QString::fromStdString(key),
                         QString::fromStdString(value.string()));
        }
    }
    return texts;
}

void FormTexts::insert(const QString &language, const QString &key, const QString &text)
{
    m_texts[language].insert(key, text);
}

bool FormTexts::contains(const QString &language, const QString &key) const
{
    auto it = m_texts.constFind(language);
    return it != m_texts.constEnd() && it->contains(key);
}

QString FormTexts::text(const QString &key, const QString &language, const QString &fallback) const
{
    if (key.isEmpty())
        return fallback;
    for (const QString &lang : {language, QStringLiteral("en")}) {
        auto it = m_texts.constFind(lang);
        if (it == m_texts.constEnd())
            continue;
        auto found = it->constFind(key);
        if (found != it->constEnd())
            return *found;
    }
    return fallback;
}

} // namespace guichet::forms

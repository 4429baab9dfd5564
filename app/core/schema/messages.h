#pragma once

#include "core/expected.h"
#include "validationerror.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

// The sentences people read when a value is refused: one per keyword (and per format), written
// for people filling in a form rather than for JSON Schema experts, in the UI's language.
namespace guichet::schema {

// A form's own wording for some errors, per field and keyword, in each language. JSON:
//   {"/workers/*/niss": {"format": {"en": "...", "fr": "...", "nl": "...", "de": "..."},
//                         "*": "One text for every language and every other keyword"}}
// A key is a JSON Pointer matched against ValidationError::fieldLocation, where a "*" segment
// stands for any one segment (an array index). The keyword "*" stands for any keyword of that
// field. The most specific entry wins: fewer "*" segments first, then the exact keyword. Texts
// are shown as written (no placeholders).
class MessageOverrides
{
public:
    MessageOverrides() = default;

    // Refuses anything but the shape above, saying where (code "messages.badOverrides").
    static Expected<MessageOverrides> fromJson(const QJsonObject &object);

    bool isEmpty() const { return m_entries.empty(); }

    // The form's text for this error in that language; a null QString when the form has none
    // for that language, so the built-in message is used.
    QString find(const ValidationError &error, const QString &language) const;

private:
    struct Entry
    {
        QStringList segments; // of the field pattern; "*" matches any one segment
        QString keyword;      // "*" for any
        QHash<QString, QString> texts;
        QString anyLanguage; // a plain string: every language
        int wildcards = 0;
    };
    std::vector<Entry> m_entries; // most specific first
};

// The built-in message in the current language (guichet::i18n::setLanguage) with the current
// QLocale's numbers ("2,5" in French).
QString message(const ValidationError &error);

// The form's override when it has one in that language, else the built-in message in that
// language. An empty language means guichet::i18n::currentLanguage(). overrides may be null.
QString message(const ValidationError &error, const MessageOverrides *overrides,
                const QString &language = QString());

// A JSON number's text as the locale writes it, without digit grouping: "2.5" -> "2,5" in
// French, "-3" -> "-3", "1e3" -> "1000". Text that is not a JSON number comes back unchanged.
QString localizedNumber(std::string_view jsonNumber, const QLocale &locale = QLocale());

} // namespace guichet::schema

#pragma once

#include "core/expected.h"

#include <QHash>
#include <QString>

// The texts of one form in each language (forms/<id>/<version>/i18n/<lang>.json): flat maps from
// key to text, looked up in the UI language, then English, then the text the schema itself holds.
namespace guichet::forms {

class FormTexts
{
public:
    // Reads every <lang>.json of dir (a missing folder gives no texts). Errors: a file that is
    // not a flat object of strings ("forms.badTexts").
    static Expected<FormTexts> load(const QString &dir);

    void insert(const QString &language, const QString &key, const QString &text);
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool contains(const QString &language, const QString &key) const;

    // The text for key in language, else in English, else fallback.
    QString text(const QString &key, const QString &language, const QString &fallback = {}) const;

private:
    QHash<QString, QHash<QString, QString>> m_texts; // language -> key -> text
};

} // namespace guichet::forms

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The four languages of Guichet and the translators that carry them.
namespace guichet::i18n {

// "en", "fr", "nl", "de", in the order the UI offers them.
QStringList languageCodes();

// The language's own name, e.g. "Nederlands", for menus.
QString nativeName(const QString &code);

bool isSupported(const QString &code);

// The QLocale Guichet uses for a language: Belgian French, Dutch and German (decimal comma),
// British English (decimal point, day/month/year) for "en".
QLocale localeFor(const QString &code);

// The supported language closest to a locale (fr_BE -> fr, nl_BE -> nl, de_BE -> de); English
// for anything else.
QString languageForLocale(const QLocale &locale);

// Loads Guichet's and Qt's own translations for the language, replacing the previous ones, and
// makes it the default QLocale. Posts QEvent::LanguageChange to every widget (Qt does that when
// translators change). Returns false for an unsupported code.
bool setLanguage(const QString &code);

// The language set last, "en" before any.
QString currentLanguage();

} // namespace guichet::i18n

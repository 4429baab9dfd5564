#include "i18n.h"

#include "logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace guichet::i18n {

namespace {
QString s_current = QStringLiteral("en");
std::unique_ptr<QTranslator> s_appTranslator;
std::unique_ptr<QTranslator> s_qtTranslator;

} // namespace

QLocale localeFor(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    if (code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Belgium);
    // en_BE writes 2,5; someone choosing English expects 2.5 and day/month/year dates.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QStringList languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

bool isSupported(const QString &code)
{
    return languageCodes().contains(code);
}

QString languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Dutch:
        return QStringLiteral("nl");
    case QLocale::German:
        return QStringLiteral("de");
    default:
        return QStringLiteral("en");
    }
}

bool setLanguage(const QString &code)
{
    if (!isSupported(code))
        return false;
    auto *app = QCoreApplication::instance();
    // Qt announces a change (LanguageChange to every window) only when a non-empty catalogue is
    // installed or removed; remember whether it did, so that a switch between empty catalogues
    // (English is the source language) is still announced, once.
    bool announced = false;
    const auto remove = [&](std::unique_ptr<QTranslator> &translator) {
        if (translator && app && QCoreApplication::removeTranslator(translator.get()))
            announced = announced || !translator->isEmpty();
        translator = std::make_unique<QTranslator>();
    };
    const auto install = [&](QTranslator *translator) {
        if (app && QCoreApplication::installTranslator(translator))
            announced = announced || !translator->isEmpty();
    };
    remove(s_appTranslator);
    remove(s_qtTranslator);

    // English is the source language: its catalogue may be empty, and that is not an error.
    if (s_appTranslator->load(QStringLiteral("guichet_") + code, QStringLiteral(":/i18n")))
        install(s_appTranslator.get());
    else if (code != QLatin1String("en"))
        qCWarning(lcApp) << "no Guichet translation for" << code;

    if (code != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (s_qtTranslator->load(QStringLiteral("qtbase_") + code, qtDir))
            install(s_qtTranslator.get());
    }
    QLocale::setDefault(localeFor(code));
    s_current = code;
    if (app && !announced)
        QCoreApplication::postEvent(app, new QEvent(QEvent::LanguageChange));
    return true;
}

QString currentLanguage()
{
    return s_current;
}

} // namespace guichet::i18n

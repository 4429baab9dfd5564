// Language selection: the four supported languages, locale mapping, and live switching of the
// default QLocale (Belgian decimal comma in fr, nl and de).
#include "core/i18n.h"

#include <QtTest>

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void languageForLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Belgian French") << "fr_BE"
                                        << "fr";
        QTest::addRow("Belgian Dutch") << "nl_BE"
                                       << "nl";
        QTest::addRow("Belgian German") << "de_BE"
                                        << "de";
        QTest::addRow("France") << "fr_FR"
                                << "fr";
        QTest::addRow("English") << "en_GB"
                                 << "en";
        QTest::addRow("Italian falls back to English") << "it_IT"
                                                       << "en";
    }

    void languageForLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(guichet::i18n::languageForLocale(QLocale(locale)), expected);
    }

    void rejectsUnsupportedLanguage()
    {
        QVERIFY(guichet::i18n::setLanguage(QStringLiteral("en")));
        QVERIFY(!guichet::i18n::setLanguage(QStringLiteral("it")));
        QCOMPARE(guichet::i18n::currentLanguage(), QStringLiteral("en"));
    }

    void switchingSetsDefaultLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("formatted");
        QTest::addRow("fr uses a decimal comma") << "fr"
                                                 << "2,5";
        QTest::addRow("nl uses a decimal comma") << "nl"
                                                 << "2,5";
        QTest::addRow("de uses a decimal comma") << "de"
                                                 << "2,5";
        QTest::addRow("en uses a decimal point") << "en"
                                                 << "2.5";
    }

    void switchingSetsDefaultLocale()
    {
        QFETCH(QString, code);
        QFETCH(QString, formatted);
        QVERIFY(guichet::i18n::setLanguage(code));
        QCOMPARE(guichet::i18n::currentLanguage(), code);
        QCOMPARE(QLocale().toString(2.5), formatted);
    }

    void nativeNames()
    {
        QCOMPARE(guichet::i18n::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        QCOMPARE(guichet::i18n::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(guichet::i18n::languageCodes().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"

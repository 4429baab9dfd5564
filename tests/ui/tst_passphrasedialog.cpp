// The passphrase dialog, typed into as a person would: choosing a passphrase takes it twice and
// says why OK is not possible yet; typing one takes it once; the fields are masked unless asked;
// it follows the language; the passphrase leaves only through take(), which empties the fields.
#include "core/i18n.h"
#include "ui/drafts/passphrasedialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using guichet::ui::PassphraseDialog;
using Mode = PassphraseDialog::Mode;

namespace {

// Keys for ASCII; what an input method does (a committed string) for the rest, which QTest
// cannot synthesize as key presses.
void type(QLineEdit *edit, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

} // namespace

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guichet::i18n::setLanguage(QStringLiteral("en")); }

    void choosingNeedsTwoEqualLongEnoughEntries_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("problem");
        QTest::addRow("nothing typed") << ""
                                       << "" << false << "At least 8 characters.";
        QTest::addRow("too short, even when repeated")
            << "short"
            << "short" << false << "At least 8 characters.";
        QTest::addRow("long enough, not repeated yet")
            << "correct horse"
            << "" << false << "Type it a second time below.";
        QTest::addRow("a typing mistake in the second")
            << "correct horse"
            << "correct hosre" << false << "The two passphrases differ.";
        QTest::addRow("twice the same") << "correct horse"
                                        << "correct horse" << true << "";
        QTest::addRow("exactly 8 characters") << "12345678"
                                              << "12345678" << true << "";
        QTest::addRow("non-Latin characters count as characters")
            << QStringLiteral("éèàçùœ€ß") << QStringLiteral("éèàçùœ€ß") << true << "";
    }

    void choosingNeedsTwoEqualLongEnoughEntries()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, acceptable);
        QFETCH(QString, problem);

        PassphraseDialog dialog(Mode::Choose, QStringLiteral("Drafts passphrase"),
                                QStringLiteral("Choose one."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.confirmationEdit());
        QCOMPARE(QApplication::focusWidget(), dialog.passphraseEdit());
        type(dialog.passphraseEdit(), first);
        QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.confirmationEdit());
        type(dialog.confirmationEdit(), second);

        QCOMPARE(dialog.okButton()->isEnabled(), acceptable);
        QCOMPARE(dialog.problemLabel()->isVisibleTo(&dialog), !acceptable);
        QCOMPARE(dialog.problemLabel()->text(), problem);
        QCOMPARE(dialog.okButton()->accessibleDescription(), problem);

        // Enter in a field accepts only when OK could be pressed.
        QTest::keyClick(dialog.confirmationEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result() == QDialog::Accepted, acceptable);
        QCOMPARE(dialog.isVisible(), !acceptable);
        if (acceptable) {
            QCOMPARE(dialog.take(), first);
            QVERIFY(dialog.passphraseEdit()->text().isEmpty());
            QVERIFY(dialog.confirmationEdit()->text().isEmpty());
        }
    }

    void enteringTakesOneField()
    {
        PassphraseDialog dialog(Mode::Enter, QStringLiteral("Drafts passphrase"),
                                QStringLiteral("Type it."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.confirmationEdit());
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("Type the passphrase."));
        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("x"));
        QVERIFY(dialog.okButton()->isEnabled()); // any length: it was chosen elsewhere
        QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
    }

    void maskedUnlessShown()
    {
        PassphraseDialog dialog(Mode::Choose, QStringLiteral("t"), QStringLiteral("e"));
        QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.confirmationEdit()->echoMode(), QLineEdit::Password);
        dialog.showBox()->click();
        QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(dialog.confirmationEdit()->echoMode(), QLineEdit::Normal);
        dialog.showBox()->click();
        QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
    }

    void askReturnsNothingWhenCancelled()
    {
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
        });
        QCOMPARE(
            PassphraseDialog::ask(nullptr, Mode::Enter, QStringLiteral("t"), QStringLiteral("e")),
            std::nullopt);

        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("long enough"));
            QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("long enough"));
            QTest::keyClick(dialog->confirmationEdit(), Qt::Key_Return);
        });
        QCOMPARE(
            PassphraseDialog::ask(nullptr, Mode::Choose, QStringLiteral("t"), QStringLiteral("e")),
            std::optional<QString>(QStringLiteral("long enough")));
    }

    void labelsAndNamesForScreenReaders()
    {
        PassphraseDialog dialog(Mode::Choose, QStringLiteral("t"), QStringLiteral("e"));
        const auto labels = dialog.findChildren<QLabel *>();
        int buddies = 0;
        for (const QLabel *label : labels)
            buddies += label->buddy() ? 1 : 0;
        QCOMPARE(buddies, 2);
        QCOMPARE(dialog.passphraseEdit()->accessibleName(), QStringLiteral("Passphrase"));
        QCOMPARE(dialog.confirmationEdit()->accessibleName(), QStringLiteral("Passphrase again"));
    }

    void followsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"fr", "nl", "de"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }

    void followsTheLanguage()
    {
        QFETCH(QString, language);
        PassphraseDialog dialog(Mode::Choose, QStringLiteral("t"), QStringLiteral("e"));
        guichet::i18n::setLanguage(language);
        QCoreApplication::processEvents(); // the LanguageChange events are posted
        const QString name = dialog.passphraseEdit()->accessibleName();
        const QString expectedName =
            QCoreApplication::translate("guichet::ui::PassphraseDialog", "Passphrase");
        const QString problem = dialog.problemLabel()->text();
        guichet::i18n::setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(name, expectedName);
        // The reason shown is the language's own sentence, with the number in it.
        QVERIFY2(!problem.isEmpty() && problem != QStringLiteral("At least 8 characters."),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1Char('8')), qPrintable(problem));
        QCOMPARE(dialog.passphraseEdit()->accessibleName(), QStringLiteral("Passphrase"));
    }
};

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"

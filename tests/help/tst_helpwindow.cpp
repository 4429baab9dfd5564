// The help window with real Qt WebEngine, offscreen: Qt WebEngine does not start with the main
// window, only with the first help shown; F1's page opens at the field's section; links between
// the embedded pages work with no network; back, forward and home; the language follows the
// application's.
#include "core/i18n.h"
#include "ui/appsettings.h"
#include "ui/drafts/passphrasedialog.h"
#include "ui/help/helpcontext.h"
#include "ui/help/helpcontroller.h"
#include "ui/help/helpwindow.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>
#include <optional>

using guichet::ui::help::HelpController;
using guichet::ui::help::HelpWindow;

namespace {

// Chromium's own threads (Chrome_IOThread, Chrome_ChildIOThread...) exist once Qt WebEngine has
// started, and never before: the process's thread names tell whether it did.
int chromiumThreads()
{
    int count = 0;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("Chrome_"))
            ++count;
    }
    return count;
}

int webEngineViews()
{
    int count = 0;
    for (QWidget *w : QApplication::allWidgets())
        count += qobject_cast<QWebEngineView *>(w) ? 1 : 0;
    return count;
}

// Runs script in the page's isolated world (the page itself runs no scripts) and waits for it.
QVariant evaluate(QWebEngineView *view, const QString &script)
{
    std::optional<QVariant> result;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&result](const QVariant &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return QStringLiteral("<no answer>");
    return *result;
}

// What the page shows: "lang|title|id of the :target element".
QString pageState(QWebEngineView *view)
{
    return evaluate(view,
                    QStringLiteral("document.documentElement.lang + '|' + document.title + '|' + "
                                   "(document.querySelector(':target') ? "
                                   "document.querySelector(':target').id : '')"))
        .toString();
}

// Answers the drafts passphrase prompt the main window shows when no keychain answers (the test
// runs without one), as a user would.
class PassphraseAnswerer : public QObject
{
public:
    PassphraseAnswerer()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<guichet::ui::PassphraseDialog *>(w);
                if (dialog && dialog->isVisible()) {
                    const QString passphrase = QStringLiteral("help test passphrase");
                    dialog->passphraseEdit()->setText(passphrase);
                    if (dialog->confirmationEdit())
                        dialog->confirmationEdit()->setText(passphrase);
                    dialog->okButton()->click();
                }
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// Follows the first link matching selector as a user does: focused, then Enter. A click from a
// script would not do for the history: Chromium skips, going back, the pages that were opened
// without a user's gesture.
bool followLink(QWebEngineView *view, const QString &selector)
{
    const QVariant found = evaluate(
        view, QStringLiteral("(function(){var a=document.querySelector('%1');"
                             "if(!a)return 0;a.focus();return document.activeElement===a?1:0;})()")
                  .arg(selector));
    if (found.toInt() != 1)
        return false;
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::keyClick(target, Qt::Key_Return);
    return true;
}

bool waitForPage(HelpWindow *window, const QString &path)
{
    return QTest::qWaitFor(
        [&] {
            return window->view() && window->view()->url().path() == path &&
                   !window->view()->page()->isLoading();
        },
        30000);
}

} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // settings and the data folder of this run

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpwindow"));
        guichet::ui::AppSettings::setDataDirectory(m_home.filePath(QStringLiteral("data")));
        qputenv("GUICHET_KEYCHAIN", "off");
        guichet::i18n::setLanguage(QStringLiteral("en"));
    }

    // Each test starts in English, whatever the one before left.
    void init() { guichet::i18n::setLanguage(QStringLiteral("en")); }

    // Must run first: nothing in this process may have started Qt WebEngine before.
    void webEngineStartsOnlyWithTheFirstHelp()
    {
        PassphraseAnswerer answerer;
        guichet::ui::MainWindow mainWindow;
        auto *help = new HelpController(&mainWindow);
        mainWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
        QCoreApplication::processEvents();

        QCOMPARE(chromiumThreads(), 0);
        QCOMPARE(webEngineViews(), 0);
        QVERIFY(!help->window());
        QVERIFY(mainWindow.findChildren<QWebEngineProfile *>().isEmpty());

        help->showHelp(QStringLiteral("dimona"), QStringLiteral("/worker/ssin"));
        QVERIFY(help->window());
        QVERIFY(help->window()->isWebEngineStarted());
        QVERIFY(waitForPage(help->window(), QStringLiteral("/help/en/form-dimona.html")));
        QVERIFY(chromiumThreads() > 0); // the check above can see Qt WebEngine running
        QCOMPARE(webEngineViews(), 1);
        QVERIFY(help->window()->isWindow());

        // A second call reuses the window.
        HelpWindow *first = help->window();
        help->showTopic(QStringLiteral("drafts#export"));
        QCOMPARE(help->window(), first);
        QVERIFY(waitForPage(first, QStringLiteral("/help/en/drafts.html")));
        QCOMPARE(first->view()->url().fragment(), QStringLiteral("export"));
    }

    void opensAtTheField_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("Dimona worker in English") << "en"
                                                  << "dimona"
                                                  << "/worker/ssin"
                                                  << "/help/en/form-dimona.html"
                                                  << "f-worker-ssin";
        QTest::newRow("DmfA remuneration row in French")
            << "fr"
            << "dmfa"
            << "/naturalPersons/4/workerRecords/0/occupations/1/remunerations/2/amount"
            << "/help/fr/form-dmfa.html"
            << "f-naturalPersons-workerRecords-occupations-remunerations-amount";
        QTest::newRow("staff register in German") << "de"
                                                  << "staff-record"
                                                  << "/workerType"
                                                  << "/help/de/form-staff-record.html"
                                                  << "f-workerType";
        QTest::newRow("no form: Dutch contents") << "nl"
                                                 << ""
                                                 << ""
                                                 << "/help/nl/index.html"
                                                 << "";
    }

    void opensAtTheField()
    {
        QFETCH(QString, language);
        QFETCH(QString, formId);
        QFETCH(QString, pointer);
        QFETCH(QString, path);
        QFETCH(QString, anchor);
        guichet::i18n::setLanguage(language);
        HelpWindow window;
        window.showHelp(formId, pointer);
        QVERIFY(waitForPage(&window, path));
        QCOMPARE(window.view()->url().fragment(), anchor);
        const QStringList state = pageState(window.view()).split(u'|');
        QCOMPARE(state.value(0), language);
        QVERIFY2(state.value(1).contains(u" – "), qPrintable(state.value(1)));
        QCOMPARE(state.value(2), anchor); // the browser went to that section
        QCOMPARE(window.currentTarget().anchor, anchor);
        QCOMPARE(window.windowTitle(), state.value(1));
        guichet::i18n::setLanguage(QStringLiteral("en"));
    }

    // Links between pages are followed from the embedded resources; back, forward and home.
    void linksAndHistoryWorkOffline()
    {
        HelpWindow window;
        window.showHelp();
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/index.html")));
        QVERIFY(!window.backAction()->isEnabled());

        QVERIFY(followLink(window.view(), QStringLiteral("main a[href=\\\"drafts.html\\\"]")));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/drafts.html")));
        QCOMPARE(pageState(window.view()).section(u'|', 1, 1),
                 QStringLiteral("Drafts – Guichet Help"));
        QTRY_VERIFY(window.backAction()->isEnabled());

        // A link to a place in another page.
        QVERIFY(
            followLink(window.view(), QStringLiteral("a[href=\\\"submissions.html#offline\\\"]")));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/submissions.html")));
        QTRY_COMPARE(pageState(window.view()).section(u'|', 2, 2), QStringLiteral("offline"));

        QTRY_VERIFY(window.backAction()->isEnabled());
        window.backAction()->trigger();
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/drafts.html")));
        QTRY_VERIFY(window.forwardAction()->isEnabled());
        window.forwardAction()->trigger();
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/submissions.html")));
        window.homeAction()->trigger();
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/index.html")));

        // The language links of a page lead to the same page in another language.
        QVERIFY(followLink(window.view(), QStringLiteral("a[hreflang=\\\"de\\\"]")));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/de/index.html")));
    }

    // The same pages from a folder (file: URLs), e.g. a documentation build or a test's copy.
    void opensFromAFolder()
    {
        const QString folder =
            qEnvironmentVariable("GUICHET_SOURCE_DIR") + QStringLiteral("/resources/help");
        HelpWindow window(folder);
        window.showHelp(QStringLiteral("staff-record"), QStringLiteral("/contract/endDate"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.view() && !window.view()->page()->isLoading() &&
                       window.view()->url().isLocalFile();
            },
            30000));
        QCOMPARE(
            QFileInfo(window.view()->url().toLocalFile()).canonicalFilePath(),
            QFileInfo(folder + QStringLiteral("/en/form-staff-record.html")).canonicalFilePath());
        QTRY_COMPARE(pageState(window.view()).section(u'|', 2, 2),
                     QStringLiteral("f-contract-endDate"));
        QVERIFY(followLink(window.view(), QStringLiteral("a[href=\\\"employer.html#csv\\\"]")));
        QTRY_VERIFY(window.view()->url().path().endsWith(QLatin1String("/en/employer.html")));
        QCOMPARE(window.currentTarget().page, QStringLiteral("employer"));
    }

    // A link that leads out of the help is not followed: the help never goes to the network.
    void leavesNothingForTheNetwork()
    {
        HelpWindow window;
        window.showHelp();
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/index.html")));
        QSignalSpy loaded(&window, &HelpWindow::pageLoaded);
        QCOMPARE(
            evaluate(window.view(), QStringLiteral("var a = document.createElement('a');"
                                                   "a.href = 'https://www.socialsecurity.be/';"
                                                   "document.body.appendChild(a); a.click(); 1"))
                .toInt(),
            1);
        // Ask the page something afterwards: by then the navigation request was decided.
        QCOMPARE(evaluate(window.view(), QStringLiteral("location.protocol")).toString(),
                 QStringLiteral("qrc:"));
        QCOMPARE(window.view()->url().path(), QStringLiteral("/help/en/index.html"));
        QCOMPARE(window.currentTarget().page, QStringLiteral("index"));
    }

    // Switching Guichet's language shows the same page and place in the new language.
    void followsTheApplicationLanguage()
    {
        guichet::i18n::setLanguage(QStringLiteral("en"));
        HelpWindow window;
        window.showHelp(QStringLiteral("flexi-wage"), QStringLiteral("/relationId"));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/form-flexi-wage.html")));

        guichet::i18n::setLanguage(QStringLiteral("nl"));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/nl/form-flexi-wage.html")));
        QCOMPARE(window.view()->url().fragment(), QStringLiteral("f-relationId"));
        QCOMPARE(pageState(window.view()).section(u'|', 0, 0), QStringLiteral("nl"));
        QCOMPARE(window.currentTarget().language, QStringLiteral("nl"));

        guichet::i18n::setLanguage(QStringLiteral("en"));
        QVERIFY(waitForPage(&window, QStringLiteral("/help/en/form-flexi-wage.html")));
    }

    // F1 through the controller: the focused field of a form is found from the focus widget;
    // a widget with a help topic opens that page.
    void contextHelpFromTheFocus()
    {
        QWidget page;
        page.setProperty(guichet::ui::help::kHelpTopicProperty, QStringLiteral("employer#csv"));
        auto *edit = new QLineEdit(&page);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);

        HelpController help(&page);
        help.showContextHelp();
        QVERIFY(help.window());
        QVERIFY(waitForPage(help.window(), QStringLiteral("/help/en/employer.html")));
        QCOMPARE(help.window()->view()->url().fragment(), QStringLiteral("csv"));
    }
};

int main(int argc, char *argv[])
{
    // What Qt WebEngine needs before the application exists (PLATFORM.md §3).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestHelpWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helpwindow.moc"

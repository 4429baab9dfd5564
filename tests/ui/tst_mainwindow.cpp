// The main window as a user meets it: workspaces and their shortcuts, the live language switch,
// the status bar, the Settings and Diagnostics dialogs, all reachable by keyboard and named for
// assistive technology.
#include "core/i18n.h"
#include "ui/appsettings.h"
#include "ui/diagnosticsdialog.h"
#include "ui/employer/employerpage.h"
#include "ui/helpdesk/helpdeskpage.h"
#include "ui/mainwindow.h"
#include "ui/selfemployed/selfemployedpage.h"
#include "ui/settingsdialog.h"
#include "ui/workspacepage.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using guichet::ui::AppSettings;
using guichet::ui::DiagnosticsDialog;
using guichet::ui::MainWindow;
using guichet::ui::SettingsDialog;
using guichet::ui::Workspace;
using guichet::ui::WorkspacePage;

Q_DECLARE_METATYPE(guichet::ui::Workspace)

namespace {

// Counts the LanguageChange events each object receives.
class LanguageChangeCounter : public QObject
{
public:
    int count(QObject *object) const { return m_counts.value(object); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++m_counts[watched];
        return QObject::eventFilter(watched, event);
    }

private:
    QHash<QObject *, int> m_counts;
};

// The name assistive technology reads for a widget: its own, else its buddy label's text.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool hasBuddyLabel(QWidget *widget)
{
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [widget](QLabel *label) {
        return label->buddy() == widget && !label->text().isEmpty();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void threeWorkspacesExist();
    void shortcutsSwitchWorkspace_data();
    void shortcutsSwitchWorkspace();
    void navigationListSwitchesWorkspace();
    void welcomeButtonsOpenWorkspaces();
    void startWorkspaceComesFromSettings();
    void languageMenuShowsNativeNames();
    void languageSwitchesLive();
    void frenchTexts();
    void statusIndicatorsHaveAccessibleNames();
    void settingsFieldsAreNamed();
    void settingsServerUrl_data();
    void settingsServerUrl();
    void settingsSaveOnOk();
    void settingsLanguageAppliesOnOk();
    void diagnosticsReport();
    void diagnosticsCopyToClipboard();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    // Settings go to a folder of this run, never to the user's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestMainWindow::init()
{
    QSettings().clear();
    guichet::i18n::setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    guichet::i18n::setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestMainWindow::threeWorkspacesExist()
{
    // The three workspaces are their own pages; drafts and submissions are shared by all.
    QCOMPARE(m_window->page(Workspace::SelfEmployed), m_window->selfEmployedPage());
    QCOMPARE(m_window->page(Workspace::Employer), m_window->employerPage());
    QCOMPARE(m_window->page(Workspace::Helpdesk), m_window->helpdeskPage());
    for (Workspace workspace : {Workspace::SelfEmployed, Workspace::Employer, Workspace::Helpdesk,
                                Workspace::Drafts, Workspace::Submissions})
        QVERIFY(m_window->page(workspace));
    // Welcome, the three workspaces, Drafts and Submissions.
    QCOMPARE(m_window->navigation()->count(), 6);
    QCOMPARE(m_window->navigation()->item(4)->text(), WorkspacePage::title(Workspace::Drafts));
    QCOMPARE(m_window->currentWorkspace(), Workspace::Home);
}

void TestMainWindow::shortcutsSwitchWorkspace_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<Workspace>("expected");
    QTest::addRow("Ctrl+1 opens Self-employed") << Qt::Key_1 << Workspace::SelfEmployed;
    QTest::addRow("Ctrl+2 opens Employer") << Qt::Key_2 << Workspace::Employer;
    QTest::addRow("Ctrl+3 opens Helpdesk") << Qt::Key_3 << Workspace::Helpdesk;
    QTest::addRow("Ctrl+4 opens Drafts") << Qt::Key_4 << Workspace::Drafts;
    QTest::addRow("Ctrl+5 opens Submissions") << Qt::Key_5 << Workspace::Submissions;
}

void TestMainWindow::shortcutsSwitchWorkspace()
{
    QFETCH(Qt::Key, key);
    QFETCH(Workspace, expected);

    QTest::keyClick(m_window.get(), key, Qt::ControlModifier);

    QCOMPARE(m_window->currentWorkspace(), expected);
    QWidget *page = m_window->page(expected);
    QVERIFY(page->isVisible());
    QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(), page);
    QCOMPARE(m_window->navigation()->currentItem()->text(), WorkspacePage::title(expected));
    for (Workspace other :
         {Workspace::Home, Workspace::SelfEmployed, Workspace::Employer, Workspace::Helpdesk}) {
        if (other != expected)
            QVERIFY(!m_window->page(other)->isVisible());
    }
}

void TestMainWindow::navigationListSwitchesWorkspace()
{
    QListWidget *navigation = m_window->navigation();
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());

    QTest::keyClick(navigation, Qt::Key_Down);
    QTest::keyClick(navigation, Qt::Key_Down);

    QCOMPARE(m_window->currentWorkspace(), Workspace::Employer);
    QVERIFY(m_window->page(Workspace::Employer)->isVisible());
    QVERIFY(m_window->windowTitle().contains(WorkspacePage::title(Workspace::Employer)));
}

void TestMainWindow::welcomeButtonsOpenWorkspaces()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("open-helpdesk"));
    QVERIFY(button);
    QVERIFY(button->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(m_window->currentWorkspace(), Workspace::Helpdesk);
}

void TestMainWindow::startWorkspaceComesFromSettings()
{
    AppSettings::setStartWorkspace(Workspace::Employer);

    MainWindow window;

    QCOMPARE(window.currentWorkspace(), Workspace::Employer);
}

void TestMainWindow::languageMenuShowsNativeNames()
{
    const QStringList expected{QStringLiteral("English"), QStringLiteral("Français"),
                               QStringLiteral("Nederlands"), QStringLiteral("Deutsch")};
    const QStringList codes = guichet::i18n::languageCodes();
    QCOMPARE(codes.size(), expected.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QAction *action = m_window->languageAction(codes.at(i));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QCOMPARE(action->text().remove(QLatin1Char('&')), expected.at(i));
    }
    QVERIFY(m_window->languageAction(QStringLiteral("en"))->isChecked());
}

void TestMainWindow::languageSwitchesLive()
{
    // Arrange: a dialog open beside the window, and a witness of LanguageChange events.
    DiagnosticsDialog dialog(m_window.get());
    dialog.show();
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);
    QSignalSpy retranslated(m_window.get(), &MainWindow::retranslated);
    const QWidgetList windows = QApplication::topLevelWidgets();

    // Act: View > Language > Français.
    m_window->languageAction(QStringLiteral("fr"))->trigger();
    QTRY_VERIFY(!retranslated.isEmpty());
    QCoreApplication::sendPostedEvents();
    qApp->removeEventFilter(&counter);

    // Assert
    QCOMPARE(guichet::i18n::currentLanguage(), QStringLiteral("fr"));
    QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QVERIFY(m_window->languageAction(QStringLiteral("fr"))->isChecked());
    QVERIFY(!m_window->languageAction(QStringLiteral("en"))->isChecked());
    for (QWidget *window : windows) {
        if (QApplication::topLevelWidgets().contains(window))
            QVERIFY2(counter.count(window) > 0, qPrintable(window->metaObject()->className()));
    }
    // Widgets inside the windows hear it too, so each one retranslates itself.
    QVERIFY(counter.count(m_window->page(Workspace::Employer)) > 0);
    QVERIFY(counter.count(m_window->page(Workspace::Home)) > 0);
}

void TestMainWindow::frenchTexts()
{
    // Meaningful once the translation pass has filled translations/guichet_fr.ts; until then the
    // French catalogue is empty and there is nothing to read.
    QTranslator french;
    if (!french.load(QStringLiteral("guichet_fr"), QStringLiteral(":/i18n")) || french.isEmpty())
        QSKIP("the French catalogue is still empty: this runs after the translation pass");

    QSignalSpy retranslated(m_window.get(), &MainWindow::retranslated);
    m_window->languageAction(QStringLiteral("fr"))->trigger();
    QTRY_VERIFY(!retranslated.isEmpty());

    QCOMPARE(m_window->navigation()->item(2)->text(), QStringLiteral("Employeur"));
}

void TestMainWindow::statusIndicatorsHaveAccessibleNames()
{
    for (QLabel *indicator : {m_window->connectionIndicator(), m_window->eidIndicator()}) {
        QVERIFY(indicator->isVisible());
        QVERIFY2(!accessibleName(indicator).isEmpty(), qPrintable(indicator->objectName()));
        // The state is in the words, not in a colour.
        QVERIFY(!indicator->text().isEmpty());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(indicator);
        QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    }
    QVERIFY(m_window->connectionIndicator()->text().contains(QStringLiteral("Offline")));
}

void TestMainWindow::settingsFieldsAreNamed()
{
    SettingsDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QList<QWidget *> fields;
    for (QWidget *w : dialog.findChildren<QLineEdit *>()) {
        // A spin box's own editor is named through the spin box, checked below.
        if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            fields.append(w);
    }
    for (QWidget *w : dialog.findChildren<QComboBox *>())
        fields.append(w);
    for (QWidget *w : dialog.findChildren<QAbstractSpinBox *>())
        fields.append(w);
    for (QWidget *w : dialog.findChildren<QCheckBox *>())
        fields.append(w);
    QVERIFY(fields.size() >= 3);
    for (QWidget *field : fields) {
        QVERIFY2(!accessibleName(field).isEmpty() || hasBuddyLabel(field),
                 qPrintable(field->objectName()));
        QVERIFY2(hasBuddyLabel(field), qPrintable(field->objectName()));
    }

    // Tab goes through the fields in reading order.
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    auto *start = dialog.findChild<QComboBox *>(QStringLiteral("startWorkspace"));
    language->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), language);
    QTest::keyClick(language, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), server);
    QTest::keyClick(server, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), start);
}

void TestMainWindow::settingsServerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("https portal") << "https://portal.example.be" << true;
    QTest::addRow("https with port and path") << "https://portal.example.be:8443/api/" << true;
    QTest::addRow("empty: no server yet") << "" << true;
    QTest::addRow("http on localhost") << "http://localhost:8080" << true;
    QTest::addRow("http on 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::addRow("http on ::1") << "http://[::1]:8080" << true;
    QTest::addRow("plain http elsewhere") << "http://portal.example.be" << false;
    QTest::addRow("http on a lookalike of localhost") << "http://localhost.example.be" << false;
    QTest::addRow("http on a LAN address") << "http://192.168.1.10" << false;
    QTest::addRow("ftp") << "ftp://portal.example.be" << false;
    QTest::addRow("no scheme") << "portal.example.be" << false;
    QTest::addRow("not a URL") << "https://" << false;
}

void TestMainWindow::settingsServerUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    SettingsDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("serverUrlError"));
    server->setText(url);

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    QCOMPARE(dialog.isVisible(), !accepted);
    QCOMPARE(error->isVisible(), !accepted);
    if (accepted) {
        QCOMPARE(AppSettings::serverUrl().toString(), url);
    } else {
        QVERIFY(!error->text().isEmpty());
        QVERIFY(AppSettings::serverUrl().isEmpty()); // nothing saved
    }
}

void TestMainWindow::settingsSaveOnOk()
{
    SettingsDialog dialog(m_window.get());
    dialog.findChild<QComboBox *>(QStringLiteral("startWorkspace"))->setCurrentIndex(3);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))
        ->setText(QStringLiteral("https://127.0.0.1:8443"));

    dialog.accept();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::startWorkspace(), Workspace::Helpdesk);
    QCOMPARE(AppSettings::serverUrl(), QUrl(QStringLiteral("https://127.0.0.1:8443")));
}

void TestMainWindow::settingsLanguageAppliesOnOk()
{
    QSignalSpy retranslated(m_window.get(), &MainWindow::retranslated);
    m_window->showSettings(); // Tools > Settings…
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));

    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QCOMPARE(guichet::i18n::currentLanguage(), QStringLiteral("nl"));
    QCOMPARE(AppSettings::language(), QStringLiteral("nl"));
    QVERIFY(m_window->languageAction(QStringLiteral("nl"))->isChecked());
    QTRY_VERIFY(!retranslated.isEmpty());
}

void TestMainWindow::diagnosticsReport()
{
    DiagnosticsDialog dialog(m_window.get());

    const QString text = dialog.report().toPlainText();

    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("OpenSSL")));
    QVERIFY(text.contains(QStringLiteral("PKCS#11")));
    QVERIFY(text.contains(QGuiApplication::platformName()));
    QVERIFY(text.contains(QDir::toNativeSeparators(AppSettings::dataDirectory())));
    // The keychain answers (or the probe gives up) without blocking the dialog.
    QSignalSpy updated(&dialog, &DiagnosticsDialog::reportUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isComplete(), 15000);
    QVERIFY(!dialog.report().toPlainText().contains(QStringLiteral("Checking")));
}

void TestMainWindow::diagnosticsCopyToClipboard()
{
    DiagnosticsDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyToClipboard"));
    QVERIFY(copy);
    QVERIFY(!accessibleName(copy).isEmpty());

    QTest::mouseClick(copy, Qt::LeftButton);

    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.report().toPlainText());
    QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

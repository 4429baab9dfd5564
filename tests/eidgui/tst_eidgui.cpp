// The eID sign-in through the real widgets: the main window's status bar and sign-in area
// following the reader and the card, the PIN dialog (digits only, 4 to 12, tries left, blocked),
// the pinpad prompt, card removal locking the window, and the PIN kept out of the settings and
// the logs. The card is the demo's SoftHSM2 token (`guichet-cli demo init`) seen through p11wrap,
// which adds PIN tries, a pinpad and removal; the portal is the sandbox when it is built.
#include "../common/childprocess.h"
#include "core/datadir.h"
#include "core/eid/pkcs11module.h"
#include "core/eid/pkcs11session.h"
#include "core/eid/pki.h"
#include "core/i18n.h"
#include "ui/appsettings.h"
#include "ui/drafts/workbench.h"
#include "ui/eid/eidcontroller.h"
#include "ui/eid/lockscreen.h"
#include "ui/eid/pindialog.h"
#include "ui/eid/pinpadprompt.h"
#include "ui/eid/signinpage.h"
#include "ui/mainwindow.h"

#include <QAccessible>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using guichet::ui::AppSettings;
using guichet::ui::EidController;
using guichet::ui::LockScreen;
using guichet::ui::MainWindow;
using guichet::ui::PinDialog;
using guichet::ui::PinpadPrompt;
using guichet::ui::SignInPage;

Q_DECLARE_METATYPE(guichet::eid::PinState)

namespace {

constexpr int s_slow = 30000; // the card and the portal, on a busy machine

// A wrong PIN that cannot be mistaken for anything else in a log or a settings file.
const QString s_wrongPin = QStringLiteral("97531864");
const QString s_pin = QStringLiteral("1234");

// Every message of the process, worker threads included, kept to look for the PIN afterwards.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Adds a token `label` (PIN 1234) to the demo's SoftHSM2 folder with an "Authentication" key
// and a certificate valid from `notBefore` to `notAfter`: a card too old or too new to use.
// Returns an empty string on success, else what went wrong.
QString addCardWithValidity(const QString &label, const QDateTime &notBefore,
                            const QDateTime &notAfter)
{
    using namespace guichet::eid;
    QProcess init;
    init.start(QStringLiteral("softhsm2-util"),
               {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
                label, QStringLiteral("--so-pin"), QStringLiteral("12345678"),
                QStringLiteral("--pin"), QStringLiteral("1234")});
    if (!init.waitForFinished(60000) || init.exitCode() != 0)
        return QString::fromLocal8Bit(init.readAllStandardError());
    auto module = Module::load(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    if (!module)
        return module.error().message;
    auto session = Session::open(*module, label, Session::Mode::ReadWrite);
    if (!session)
        return session.error().message;
    if (auto login = (*session)->login(QByteArray("1234")); !login)
        return login.error().message;
    const QByteArray id("\x01", 1);
    auto key = (*session)->generateKeyPair(KeyType::EcP384, QStringLiteral("Authentication"), id);
    if (!key)
        return key.error().message;
    auto caKey = generateKey(KeyType::EcP384);
    if (!caKey)
        return caKey.error().message;
    CertificateRequest ca;
    ca.publicKey = caKey->get();
    ca.subject.country = QStringLiteral("BE");
    ca.subject.commonName = QStringLiteral("Test Citizen CA");
    ca.isCa = true;
    ca.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    ca.notBefore = notBefore.addDays(-1);
    ca.notAfter = notAfter.addYears(1);
    auto caPem = issueCertificate(ca, {}, caKey->get());
    if (!caPem)
        return caPem.error().message;
    CertificateRequest holder;
    holder.publicKey = key->get();
    holder.subject.country = QStringLiteral("BE");
    holder.subject.commonName = QStringLiteral("Alice Test (Authentication)");
    holder.subject.surname = QStringLiteral("Test");
    holder.subject.givenName = QStringLiteral("Alice");
    holder.subject.serialNumber = QStringLiteral("85073003328");
    holder.keyUsage = KeyUsage::DigitalSignature;
    holder.extendedKeyUsages = {QStringLiteral("clientAuth")};
    holder.notBefore = notBefore;
    holder.notAfter = notAfter;
    auto pem = issueCertificate(holder, *caPem, caKey->get());
    if (!pem)
        return pem.error().message;
    auto x509 = readX509(*pem);
    if (!x509)
        return x509.error().message;
    if (auto written = (*session)->writeCertificate(QStringLiteral("Authentication"), id,
                                                    certificateToDer(x509->get()));
        !written)
        return written.error().message;
    (void)(*session)->logout();
    return {};
}

// The PIN as a word of its own (not inside a longer number such as a port).
bool containsPin(const QString &text, const QString &pin)
{
    return text.contains(QRegularExpression(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(pin)));
}

} // namespace

class TestEidGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void pinDialogAcceptsDigitsOnly_data();
    void pinDialogAcceptsDigitsOnly();
    void pinDialogIsNamedAndKeyboardReady();
    void pinDialogEscapeCancels();
    void takePinEmptiesTheField();
    void pinStateMessages_data();
    void pinStateMessages();

    void statusFollowsReaderAndCard_data();
    void statusFollowsReaderAndCard();
    void wrongPinShowsTriesLeft_data();
    void wrongPinShowsTriesLeft();
    void blockedCardShowsNoPinField();
    void unreachablePortalIsSaidInWords();
    void cardRemovedWhileTypingThePin();
    void cardOutOfDateIsRefusedBeforeUse_data();
    void cardOutOfDateIsRefusedBeforeUse();
    void pinpadPrompt_data();
    void pinpadPrompt();

    void signInWithPin();
    void signOut();
    void sessionRenewedWithTheCard();
    void portalRefusalsAreSaidInWords_data();
    void portalRefusalsAreSaidInWords();
    void cardRemovalLocksTheWindow_data();
    void cardRemovalLocksTheWindow();
    void pinNeverStoredNorLogged();

private:
    // Replaces p11wrap's state (the token's simulated card behaviour).
    bool writeCardState(const QMap<QString, QString> &values);
    void startController(const QString &server, const QString &tokenLabel = {});
    // Opens the PIN dialog from the sign-in button, with the keyboard.
    PinDialog *openPinDialog();
    void typePin(PinDialog *dialog, const QString &pin);
    QString eidStatus() const { return m_window->eidIndicator()->text(); }
    bool hasSandbox() const { return !m_server.isEmpty(); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_demo;
    QString m_holder;
    QString m_server;
    std::unique_ptr<QProcess> m_sandbox;
    QTemporaryDir m_otherDemo;
    QString m_otherServer;
    std::unique_ptr<QProcess> m_otherSandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EidController> m_controller;
};

bool TestEidGui::writeCardState(const QMap<QString, QString> &values)
{
    QSaveFile file(m_demo.filePath(QStringLiteral("p11wrap.state")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        file.write((it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
    return file.commit();
}

void TestEidGui::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(captureMessage);
    // Every eID log line is written, so that the PIN check below sees them all.
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=true"));

    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_eidgui"));
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
    guichet::i18n::setLanguage(QStringLiteral("en"));

    // The demo folder: PKI, the BELPIC token (PIN 1234), trust.json.
    const QString binaries = qEnvironmentVariable("GUICHET_BINARY_DIR");
    QVERIFY2(!binaries.isEmpty(), "GUICHET_BINARY_DIR is not set (run through ctest)");
    QVERIFY(m_demo.isValid());
    QProcess demo;
    demo.start(binaries + QStringLiteral("/bin/guichet-cli"),
               {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                m_demo.path()});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    const QJsonObject created = QJsonDocument::fromJson(demo.readAllStandardOutput()).object();
    m_holder = created.value(QStringLiteral("holder")).toString();
    QVERIFY(!m_holder.isEmpty());

    AppSettings::setDataDirectory(m_demo.path());
    guichet::DataDir dir(m_demo.path());
    QVERIFY(dir.loadTrust());
    dir.applyTokenEnvironment();
    qputenv("GUICHET_P11WRAP_STATE",
            QFile::encodeName(m_demo.filePath(QStringLiteral("p11wrap.state"))));
    QVERIFY(writeCardState({}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString problem =
        addCardWithValidity(QStringLiteral("EXPIRED"), now.addYears(-10), now.addDays(-2));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = addCardWithValidity(QStringLiteral("NOTYET"), now.addDays(2), now.addYears(10));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The portal, when the sandbox is built: its first line is the port.
    const QString sandbox = binaries + QStringLiteral("/bin/guichet-sandbox");
    if (QFileInfo(sandbox).isExecutable()) {
        m_sandbox = std::make_unique<QProcess>();
        guichet::test::dieWithTheTest(*m_sandbox);
        m_sandbox->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox->start(sandbox, {QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--data-dir"), m_demo.path()});
        QVERIFY(m_sandbox->waitForStarted(30000));
        while (!m_sandbox->canReadLine() && m_sandbox->state() == QProcess::Running)
            m_sandbox->waitForReadyRead(1000);
        const QByteArray port = m_sandbox->readLine().trimmed();
        QVERIFY2(port.toInt() > 0, "the sandbox printed no port");
        m_server = QStringLiteral("https://127.0.0.1:%1").arg(QString::fromLatin1(port));
    } else {
        qWarning("guichet-sandbox is not built: the portal parts of these tests are skipped");
    }
}

void TestEidGui::init()
{
    QSettings().clear();
    QVERIFY(writeCardState({}));
    m_window = std::make_unique<MainWindow>();
    // The drafts of whoever signs in open with a passphrase, answered here, whether or not a
    // keychain runs (the keychain has its own tests in tests/drafts): a modal prompt would wait
    // for nobody.
    qputenv("GUICHET_KEYCHAIN", "off");
    m_window->workbench()->setPassphraseSource([](guichet::drafts::KeyProvider::PassphrasePurpose) {
        return std::optional(QStringLiteral("eidgui drafts passphrase"));
    });
    m_controller = std::make_unique<EidController>();
    m_window->setEidController(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEidGui::cleanup()
{
    m_controller.reset();
    m_window.reset();
    QCoreApplication::processEvents();
}

void TestEidGui::cleanupTestCase()
{
    for (QProcess *sandbox : {m_sandbox.get(), m_otherSandbox.get()}) {
        if (!sandbox)
            continue;
        sandbox->terminate();
        if (!sandbox->waitForFinished(10000))
            sandbox->kill();
    }
}

void TestEidGui::startController(const QString &server, const QString &tokenLabel)
{
    EidController::Config config = EidController::configFromSettings();
    if (!tokenLabel.isEmpty())
        config.tokenLabel = tokenLabel;
    config.modulePath = QStringLiteral(GUICHET_P11WRAP_PATH);
    config.portal.server = QUrl(server);
    config.pollInterval = std::chrono::milliseconds(100);
    config.pinpadTimeout = std::chrono::milliseconds(5000);
    m_controller->start(config);
}

PinDialog *TestEidGui::openPinDialog()
{
    SignInPage *page = m_window->signInPage();
    if (!QTest::qWaitFor([page] { return page->signInButton()->isEnabled(); }, s_slow))
        return nullptr;
    page->signInButton()->setFocus();
    QTest::keyClick(page->signInButton(), Qt::Key_Return);
    if (!QTest::qWaitFor([page] { return page->pinDialog() && page->pinDialog()->isVisible(); },
                         s_slow))
        return nullptr;
    return page->pinDialog();
}

void TestEidGui::typePin(PinDialog *dialog, const QString &pin)
{
    QTest::keyClicks(dialog->pinEdit(), pin);
    QTest::keyClick(dialog->pinEdit(), Qt::Key_Return);
}

void TestEidGui::pinDialogAcceptsDigitsOnly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<bool>("canSignIn");
    QTest::addRow("four digits") << "1234"
                                 << "1234" << true;
    QTest::addRow("three digits are too few") << "123"
                                              << "123" << false;
    QTest::addRow("twelve digits") << "123456789012"
                                   << "123456789012" << true;
    QTest::addRow("a thirteenth digit is refused") << "1234567890123"
                                                   << "123456789012" << true;
    QTest::addRow("letters are refused") << "12a3b4"
                                         << "1234" << true;
    QTest::addRow("spaces and signs are refused") << "1 2-3+"
                                                  << "123" << false;
}

void TestEidGui::pinDialogAcceptsDigitsOnly()
{
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QFETCH(bool, canSignIn);
    PinDialog dialog(m_window.get());
    dialog.setRequest(guichet::ui::PinRequest{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::keyClicks(dialog.pinEdit(), typed);

    QCOMPARE(dialog.pinEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.pinEdit()->text(), kept);
    QCOMPARE(dialog.signInButton()->isEnabled(), canSignIn);
}

void TestEidGui::pinDialogIsNamedAndKeyboardReady()
{
    PinDialog dialog(m_window.get());
    dialog.setRequest(guichet::ui::PinRequest{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.pinLabel()->buddy(), dialog.pinEdit());
    QCOMPARE(accessibleName(dialog.pinEdit()), QStringLiteral("PIN code"));
    QVERIFY(!dialog.pinEdit()->accessibleDescription().isEmpty());
    QVERIFY(dialog.signInButton()->isDefault());
    QCOMPARE(dialog.pinEdit()->nextInFocusChain(), dialog.signInButton());
    QCOMPARE(dialog.signInButton()->nextInFocusChain(), dialog.cancelButton());
    QCOMPARE(QApplication::focusWidget(), dialog.pinEdit());

    // Enter with an acceptable PIN asks for it to be checked.
    QSignalSpy entered(&dialog, &PinDialog::pinEntered);
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Return);
    QCOMPARE(entered.count(), 0); // nothing typed yet
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("4321"));
    QTest::keyClick(dialog.pinEdit(), Qt::Key_Return);
    QCOMPARE(entered.count(), 1);
    QVERIFY(dialog.isVisible()); // stays open until the card has answered
}

void TestEidGui::pinDialogEscapeCancels()
{
    PinDialog dialog(m_window.get());
    dialog.setRequest(guichet::ui::PinRequest{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("4321"));
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    QTest::keyClick(dialog.pinEdit(), Qt::Key_Escape);

    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.pinEdit()->text().isEmpty());
}

void TestEidGui::takePinEmptiesTheField()
{
    PinDialog dialog(m_window.get());
    dialog.setRequest(guichet::ui::PinRequest{});
    dialog.show();
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("4321"));

    const QByteArray pin = dialog.takePin();

    QCOMPARE(pin, QByteArray("4321"));
    QVERIFY(dialog.pinEdit()->text().isEmpty());
    QVERIFY(!dialog.pinEdit()->isUndoAvailable());
}

void TestEidGui::pinStateMessages_data()
{
    QTest::addColumn<guichet::eid::PinState>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("pinField");
    QTest::addRow("no wrong try") << guichet::eid::PinState::Ok << QString() << true;
    QTest::addRow("count low") << guichet::eid::PinState::CountLow
                               << "A wrong PIN was entered. 2 tries left." << true;
    QTest::addRow("final try") << guichet::eid::PinState::FinalTry
                               << "Last try: one more wrong PIN blocks your card." << true;
    QTest::addRow("locked") << guichet::eid::PinState::Locked
                            << "Your card is blocked after 3 wrong PINs. Unblock it with your "
                               "PUK code at your municipality."
                            << false;
}

void TestEidGui::pinStateMessages()
{
    QFETCH(guichet::eid::PinState, state);
    QFETCH(QString, message);
    QFETCH(bool, pinField);
    PinDialog dialog(m_window.get());
    guichet::ui::PinRequest request;
    request.pinState = state;

    dialog.setRequest(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.stateLabel()->text(), message);
    QCOMPARE(dialog.stateLabel()->isVisible(), !message.isEmpty());
    QCOMPARE(dialog.pinEdit()->isVisible(), pinField);
    QCOMPARE(dialog.signInButton()->isVisible(), pinField);
    if (!message.isEmpty())
        QVERIFY(dialog.pinEdit()->accessibleDescription().contains(message));
}

void TestEidGui::statusFollowsReaderAndCard_data()
{
    QTest::addColumn<QString>("readers");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("canSignIn");
    QTest::addRow("no reader") << "0"
                               << "0"
                               << "eID: No card reader" << false;
    QTest::addRow("no card") << "1"
                             << "0"
                             << "eID: No card in the reader" << false;
    QTest::addRow("card present") << "1"
                                  << "1"
                                  << "eID: Card ready, not signed in" << true;
}

void TestEidGui::statusFollowsReaderAndCard()
{
    QFETCH(QString, readers);
    QFETCH(QString, present);
    QFETCH(QString, status);
    QFETCH(bool, canSignIn);
    startController(QStringLiteral("https://127.0.0.1:9"));
    QTRY_COMPARE_WITH_TIMEOUT(eidStatus(), QStringLiteral("eID: Card ready, not signed in"),
                              s_slow);

    QVERIFY(writeCardState(
        {{QStringLiteral("readers"), readers}, {QStringLiteral("present"), present}}));

    QTRY_COMPARE_WITH_TIMEOUT(eidStatus(), status, s_slow);
    SignInPage *page = m_window->signInPage();
    QCOMPARE(page->statusLabel()->text(), status.mid(QStringLiteral("eID: ").size()));
    QCOMPARE(page->signInButton()->isEnabled(), canSignIn);
    QCOMPARE(m_window->signInAction()->isEnabled(), canSignIn);
    QVERIFY(!m_window->eidIndicator()->accessibleDescription().isEmpty());
}

void TestEidGui::wrongPinShowsTriesLeft_data()
{
    QTest::addColumn<int>("wrongTries");
    QTest::addColumn<QString>("stateMessage");
    QTest::addRow("one wrong PIN") << 1 << "A wrong PIN was entered. 2 tries left.";
    QTest::addRow("two wrong PINs") << 2 << "Last try: one more wrong PIN blocks your card.";
    QTest::addRow("three wrong PINs")
        << 3
        << "Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at your "
           "municipality.";
}

void TestEidGui::wrongPinShowsTriesLeft()
{
    QFETCH(int, wrongTries);
    QFETCH(QString, stateMessage);
    // The PIN is refused by the card before the portal is asked anything.
    startController(QStringLiteral("https://127.0.0.1:9"));
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    QPointer<PinDialog> guard(dialog);

    for (int i = 0; i < wrongTries; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(guard && !guard->isBusy(), s_slow);
        typePin(dialog, s_wrongPin);
        QVERIFY(dialog->pinEdit()->text().isEmpty()); // taken at once
        QTRY_VERIFY_WITH_TIMEOUT(guard && !guard->isBusy(), s_slow);
    }

    QVERIFY(dialog->isVisible()); // answered in place
    QCOMPARE(dialog->stateLabel()->text(), stateMessage);
    QCOMPARE(dialog->pinEdit()->isVisible(), wrongTries < 3);
    QCOMPARE(dialog->isLocked(), wrongTries >= 3);
    QVERIFY(!m_controller->isSignedIn());
    if (wrongTries == 2)
        QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("Wrong PIN."));
}

void TestEidGui::blockedCardShowsNoPinField()
{
    QVERIFY(writeCardState({{QStringLiteral("tries"), QStringLiteral("3")}}));
    startController(QStringLiteral("https://127.0.0.1:9"));

    PinDialog *dialog = openPinDialog();

    QVERIFY(dialog);
    QVERIFY(dialog->isLocked());
    QVERIFY(!dialog->pinEdit()->isVisible());
    QVERIFY(!dialog->signInButton()->isVisible());
    QVERIFY(dialog->stateLabel()->text().contains(QStringLiteral("blocked")));
    QVERIFY(dialog->stateLabel()->text().contains(QStringLiteral("PUK")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->signInPage()->pinDialog());
}

void TestEidGui::unreachablePortalIsSaidInWords()
{
    // A loopback port nobody listens on.
    startController(QStringLiteral("https://127.0.0.1:9"));
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);

    typePin(dialog, s_pin);

    SignInPage *page = m_window->signInPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorLabel()->text().isEmpty(), s_slow);
    QVERIFY2(page->errorLabel()->text().contains(QStringLiteral("cannot be reached")),
             qPrintable(page->errorLabel()->text()));
    QVERIFY(page->errorLabel()->isVisible());
    QVERIFY(!page->pinDialog());
    QVERIFY(!m_controller->isSignedIn());
    QCOMPARE(eidStatus(), QStringLiteral("eID: Card ready, not signed in"));
}

void TestEidGui::cardRemovedWhileTypingThePin()
{
    startController(QStringLiteral("https://127.0.0.1:9"));
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    QPointer<PinDialog> guard(dialog);
    QTest::keyClicks(dialog->pinEdit(), QStringLiteral("12"));

    QVERIFY(writeCardState({{QStringLiteral("present"), QStringLiteral("0")}}));

    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), s_slow);
    SignInPage *page = m_window->signInPage();
    QVERIFY2(page->errorLabel()->text().contains(QStringLiteral("taken out of the reader")),
             qPrintable(page->errorLabel()->text()));
    QCOMPARE(eidStatus(), QStringLiteral("eID: No card in the reader"));
    QVERIFY(!m_window->isLocked()); // nobody was signed in
}

void TestEidGui::cardOutOfDateIsRefusedBeforeUse_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    QTest::addRow("expired card") << "EXPIRED"
                                  << "expired on";
    QTest::addRow("card not valid yet") << "NOTYET"
                                        << "valid only from";
}

void TestEidGui::cardOutOfDateIsRefusedBeforeUse()
{
    QFETCH(QString, token);
    QFETCH(QString, message);
    // Nobody listens on the portal: the card is refused before any of it is sent.
    startController(QStringLiteral("https://127.0.0.1:9"), token);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);

    typePin(dialog, s_pin);

    SignInPage *page = m_window->signInPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorLabel()->text().isEmpty(), s_slow);
    qInfo().noquote() << "shown:" << page->errorLabel()->text();
    QVERIFY2(page->errorLabel()->text().contains(message), qPrintable(page->errorLabel()->text()));
    QVERIFY(!page->errorLabel()->text().contains(QStringLiteral("cannot be reached")));
    QVERIFY(!m_controller->isSignedIn());
}

void TestEidGui::pinpadPrompt_data()
{
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("problem");
    QTest::addRow("cancelled on the reader") << "1"
                                             << "cancelled on the card reader";
    // The PIN typed on the reader is right: the portal is next, and nobody listens there.
    QTest::addRow("typed on the reader") << "0"
                                         << "cannot be reached";
}

void TestEidGui::pinpadPrompt()
{
    QFETCH(QString, cancel);
    QFETCH(QString, problem);
    QVERIFY(writeCardState({{QStringLiteral("protected"), QStringLiteral("1")},
                            {QStringLiteral("pinpad_pin"), s_pin},
                            {QStringLiteral("pinpad_delay_ms"), QStringLiteral("500")},
                            {QStringLiteral("pinpad_cancel"), cancel}}));
    startController(QStringLiteral("https://127.0.0.1:9"));
    SignInPage *page = m_window->signInPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->signInButton()->isEnabled(), s_slow);

    page->signInButton()->click();

    // No PIN dialog: the reader asks, Guichet counts down.
    QTRY_VERIFY_WITH_TIMEOUT(page->pinpadPrompt() && page->pinpadPrompt()->isVisible(), s_slow);
    QVERIFY(!page->pinDialog());
    QVERIFY(!page->pinpadPrompt()->isModal());
    QVERIFY(page->pinpadPrompt()->messageLabel()->text().contains(QStringLiteral("reader")));
    QVERIFY(!page->pinpadPrompt()->countdownLabel()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorLabel()->text().isEmpty(), s_slow);
    QVERIFY2(page->errorLabel()->text().contains(problem), qPrintable(page->errorLabel()->text()));
    QTRY_VERIFY(!page->pinpadPrompt());
}

void TestEidGui::signInWithPin()
{
    if (!hasSandbox())
        QSKIP("guichet-sandbox is not built: no portal to sign in to");
    startController(m_server);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    QPointer<QLineEdit> field = dialog->pinEdit();
    QSignalSpy signedIn(m_controller.get(), &EidController::signedIn);

    typePin(dialog, s_pin);

    QVERIFY(!field || field->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), s_slow);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(eidStatus(), QStringLiteral("eID: Signed in as %1").arg(m_holder));
    QVERIFY(m_window->connectionIndicator()->text().contains(QStringLiteral("Connected")));
    QCOMPARE(m_controller->identity().value(QStringLiteral("nationalNumber")).toString().size(),
             11);
    QTRY_VERIFY(!m_window->signInPage()->pinDialog());
    QVERIFY(m_window->signInPage()->signOutButton()->isVisible());
    QVERIFY(m_window->signOutAction()->isEnabled());
}

void TestEidGui::signOut()
{
    if (!hasSandbox())
        QSKIP("guichet-sandbox is not built: no portal to sign in to");
    startController(m_server);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    typePin(dialog, s_pin);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), s_slow);
    QSignalSpy signedOut(m_controller.get(), &EidController::signedOut);

    m_window->signOutAction()->trigger();

    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(signedOut.at(0).at(0).value<EidController::SignOutReason>(),
             EidController::SignOutReason::User);
    QVERIFY(!m_controller->isSignedIn());
    QVERIFY(m_controller->identity().isEmpty());
    QCOMPARE(eidStatus(), QStringLiteral("eID: Card ready, not signed in"));
    QVERIFY(!m_window->isLocked());
}

void TestEidGui::sessionRenewedWithTheCard()
{
    if (!hasSandbox())
        QSKIP("guichet-sandbox is not built: no portal to sign in to");
    AppSettings::setSignOutOnCardRemoval(false);
    startController(m_server);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    typePin(dialog, s_pin);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), s_slow);
    QVERIFY(m_controller->expiresAt() > QDateTime::currentDateTimeUtc());
    QSignalSpy renewed(m_controller.get(), &EidController::renewed);
    QSignalSpy signedOut(m_controller.get(), &EidController::signedOut);

    // Before the access token expires: a new one, signed by the card, without the PIN.
    m_controller->reauthenticate();
    QTRY_COMPARE_WITH_TIMEOUT(renewed.count(), 1, s_slow);
    QVERIFY(m_controller->isSignedIn());

    // Without the card in the reader the session cannot be renewed: signed out.
    QVERIFY(writeCardState({{QStringLiteral("present"), QStringLiteral("0")}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), s_slow);
    QVERIFY(m_controller->isSignedIn()); // the setting keeps the portal session
    m_controller->reauthenticate();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, s_slow);
    QCOMPARE(signedOut.at(0).at(0).value<EidController::SignOutReason>(),
             EidController::SignOutReason::Expired);
    QVERIFY(m_controller->identity().isEmpty());
}

void TestEidGui::portalRefusalsAreSaidInWords_data()
{
    QTest::addColumn<bool>("trustOtherPortal");
    QTest::addColumn<QString>("message");
    // A portal with another PKI: its TLS certificate is not the configured CA's.
    QTest::addRow("portal certificate not trusted") << false << "could not verify the identity";
    // Trusted over TLS, but it does not know the card's issuer: its reason, in words.
    QTest::addRow("portal refuses the card") << true << "The portal refused the sign-in: ";
}

void TestEidGui::portalRefusalsAreSaidInWords()
{
    QFETCH(bool, trustOtherPortal);
    QFETCH(QString, message);
    if (!hasSandbox())
        QSKIP("guichet-sandbox is not built: no portal to sign in to");
    if (!m_otherSandbox) {
        QVERIFY(m_otherDemo.isValid());
        QProcess demo;
        demo.start(qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli"),
                   {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                    m_otherDemo.path()});
        QVERIFY(demo.waitForFinished(120000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        m_otherSandbox = std::make_unique<QProcess>();
        guichet::test::dieWithTheTest(*m_otherSandbox);
        m_otherSandbox->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_otherSandbox->start(qEnvironmentVariable("GUICHET_BINARY_DIR") +
                                  QStringLiteral("/bin/guichet-sandbox"),
                              {QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--data-dir"), m_otherDemo.path()});
        QVERIFY(m_otherSandbox->waitForStarted(30000));
        while (!m_otherSandbox->canReadLine() && m_otherSandbox->state() == QProcess::Running)
            m_otherSandbox->waitForReadyRead(1000);
        const QByteArray port = m_otherSandbox->readLine().trimmed();
        QVERIFY2(port.toInt() > 0, "the second sandbox printed no port");
        m_otherServer = QStringLiteral("https://127.0.0.1:%1").arg(QString::fromLatin1(port));
    }
    EidController::Config config = EidController::configFromSettings();
    config.modulePath = QStringLiteral(GUICHET_P11WRAP_PATH);
    config.portal.server = QUrl(m_otherServer);
    config.pollInterval = std::chrono::milliseconds(100);
    if (trustOtherPortal) {
        guichet::DataDir other(m_otherDemo.path());
        QVERIFY(other.loadTrust());
        config.portal.caCertificates = other.portalCaCertificates();
    }
    m_controller->start(config);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);

    typePin(dialog, s_pin);

    SignInPage *page = m_window->signInPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorLabel()->text().isEmpty(), s_slow);
    const QString shown = page->errorLabel()->text();
    qInfo().noquote() << "shown:" << shown;
    QVERIFY2(shown.contains(message), qPrintable(shown));
    if (trustOtherPortal) // the server's own words follow
        QVERIFY2(shown.size() > message.size() + 3, qPrintable(shown));
    QVERIFY(!m_controller->isSignedIn());
}

void TestEidGui::cardRemovalLocksTheWindow_data()
{
    QTest::addColumn<bool>("signOutOnRemoval");
    QTest::addRow("sign out when the card is removed (default)") << true;
    QTest::addRow("stay signed in, lock only") << false;
}

void TestEidGui::cardRemovalLocksTheWindow()
{
    QFETCH(bool, signOutOnRemoval);
    if (!hasSandbox())
        QSKIP("guichet-sandbox is not built: no portal to sign in to");
    if (!signOutOnRemoval)
        AppSettings::setSignOutOnCardRemoval(false);
    startController(m_server);
    QCOMPARE(m_controller->config().signOutOnCardRemoval, signOutOnRemoval);
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    typePin(dialog, s_pin);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), s_slow);
    QVERIFY(!m_window->isLocked());

    QVERIFY(writeCardState({{QStringLiteral("present"), QStringLiteral("0")}}));

    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), s_slow);
    LockScreen *lock = m_window->lockScreen();
    QVERIFY(lock->isVisible());
    QCOMPARE(m_controller->isSignedIn(), !signOutOnRemoval);
    QCOMPARE(lock->reason(), signOutOnRemoval ? LockScreen::Reason::CardRemovedSignedOut
                                              : LockScreen::Reason::CardRemoved);
    QVERIFY(lock->messageLabel()->text().contains(QStringLiteral("taken out of the reader")));
    QCOMPARE(lock->cardLabel()->text(), QStringLiteral("Insert your eID card in the reader."));
    QVERIFY(!lock->unlockButton()->isEnabled());
    if (signOutOnRemoval)
        QCOMPARE(eidStatus(), QStringLiteral("eID: No card in the reader"));
    // Nothing of the pages is reachable while locked.
    QVERIFY(!m_window->navigation()->isVisible());
    QVERIFY(
        !m_window->findChild<QAction *>(QStringLiteral("actionWorkspace-employer"))->isEnabled());

    // The card comes back: signing in again (with the keyboard) unlocks.
    QVERIFY(writeCardState({}));
    QTRY_VERIFY_WITH_TIMEOUT(lock->unlockButton()->isEnabled(), s_slow);
    m_window->activateWindow(); // the PIN dialog had the focus last
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(lock->unlockButton()->hasFocus());
    QTest::keyClick(lock->unlockButton(), Qt::Key_Return);
    SignInPage *page = m_window->signInPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->pinDialog() && page->pinDialog()->isVisible(), s_slow);
    typePin(page->pinDialog(), s_pin);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), s_slow);
    QVERIFY(m_controller->isSignedIn());
    QVERIFY(m_window->navigation()->isVisible());
}

void TestEidGui::pinNeverStoredNorLogged()
{
    // Wrong PINs, a right one, a sign-out: everything the PIN goes through.
    startController(hasSandbox() ? m_server : QStringLiteral("https://127.0.0.1:9"));
    PinDialog *dialog = openPinDialog();
    QVERIFY(dialog);
    QPointer<PinDialog> guard(dialog);
    typePin(dialog, s_wrongPin);
    QTRY_VERIFY_WITH_TIMEOUT(guard && !guard->isBusy(), s_slow);
    QCOMPARE(dialog->stateLabel()->text(),
             QStringLiteral("A wrong PIN was entered. 2 tries left."));
    typePin(dialog, s_pin);
    if (hasSandbox()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), s_slow);
        m_controller->signOut();
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->signInPage()->errorLabel()->text().isEmpty(), s_slow);
    }
    m_window->close(); // saves the window's settings
    QSettings().sync();

    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QString stored = QString::fromLatin1(settings.readAll());
    QVERIFY(!stored.isEmpty());
    QVERIFY2(!containsPin(stored, s_wrongPin), "the wrong PIN is in the settings file");
    QVERIFY2(!containsPin(stored, s_pin), "the PIN is in the settings file");

    QStringList log;
    {
        QMutexLocker lock(&s_logMutex);
        log = s_log;
    }
    // The eID layer did log this sign-in, or the check below would prove nothing.
    QVERIFY(log.join(QLatin1Char('\n')).contains(QStringLiteral("sign-in failed")));
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!containsPin(line, s_wrongPin), qPrintable(line));
        QVERIFY2(!containsPin(line, s_pin), qPrintable(line));
    }
}

QTEST_MAIN(TestEidGui)
#include "tst_eidgui.moc"

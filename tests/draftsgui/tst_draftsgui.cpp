// Drafts and the outbox through the real window: autosave within a second and on close, the
// drafts page (search, duplicate, delete and undo, encrypted export and import), Submit into the
// outbox and the result on the Submissions page, the portal's anomalies back on the draft's
// fields, a draft typed while the portal is down sent by itself when it comes back, separate
// spaces for the local profile and the signed-in person, and the helpdesk's space wiped at the
// end of a session. The card is the demo's SoftHSM2 token (`guichet-cli demo init`), the portal
// the guichet-sandbox executable; the keychain is off so that the passphrase path is used (the
// keychain itself is tested in tests/drafts against a real gnome-keyring).
#include "../common/childprocess.h"
#include "../common/democard.h"
#include "../common/draftsfile.h"

#include "core/datadir.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/localprofile.h"
#include "core/i18n.h"
#include "core/sync/outbox.h"
#include "ui/appsettings.h"
#include "ui/drafts/draftspage.h"
#include "ui/drafts/formdocumentpage.h"
#include "ui/drafts/submissionspage.h"
#include "ui/drafts/userspace.h"
#include "ui/drafts/workbench.h"
#include "ui/eid/eidcontroller.h"
#include "ui/form/formview.h"
#include "ui/mainwindow.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace guichet;
using guichet::ui::AppSettings;
using guichet::ui::EidController;
using guichet::ui::MainWindow;
using guichet::ui::Workbench;

namespace {

constexpr int s_slow = 60000; // the card, the portal and the sanitizers on a busy machine
const QString s_passphrase = QStringLiteral("drafts passphrase for the tests");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A Dimona IN the demo world accepts: Thomas Janssens's own enterprise, a start next week.
QJsonObject dimonaIn(const QString &enterprise = QStringLiteral("0403019261"),
                     const QString &ssin = QStringLiteral("92063024454"))
{
    return QJsonObject{
        {"declarationType", "IN"},
        {"employer", QJsonObject{{"enterpriseNumber", enterprise}}},
        {"worker", QJsonObject{{"ssin", ssin}}},
        {"dimonaIn",
         QJsonObject{
             {"startDate", QDate::currentDate().addDays(7).toString(Qt::ISODate)},
             {"features", QJsonObject{{"workerType", "OTH"}, {"jointCommissionNumber", "XXX"}}}}}};
}

// With GUICHET_SCREENSHOT_DIR set, saves a picture of the window there (docs/ screenshots).
void snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name));
}

QLineEdit *lineEditAt(ui::form::FormView *view, const QString &pointer)
{
    for (const ui::form::FieldInfo &field : view->fields()) {
        if (field.pointer == pointer)
            return qobject_cast<QLineEdit *>(field.widget);
    }
    return nullptr;
}

} // namespace

class TestDraftsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void autosaveWritesSoonAndOnClose();
    void draftsPageSearchDuplicateDeleteUndo();
    void exportAndImportThroughThePage();
    void submitQueuesAndTheResultShows();
    void refusalComesBackOntoTheFields();
    void offlineDraftIsSentWhenThePortalReturns();
    void eachIdentitySeesItsOwnDrafts();
    void olderDraftMovesToTheNewFormVersion_data();
    void olderDraftMovesToTheNewFormVersion();
    void helpdeskSpaceIsWipedAtTheEndOfTheSession();

private:
    void makeWindow(const QString &dataDir);
    bool startSandbox(quint16 port);
    void stopSandbox();
    bool signIn();
    ui::FormDocumentPage *document() const { return m_window->workbench()->documentPage(); }
    ui::DraftsPage *draftsPage() const { return m_window->workbench()->draftsPage(); }
    ui::SubmissionsPage *submissions() const { return m_window->workbench()->submissionsPage(); }
    // Waits until the submission reaches a final state; returns it.
    std::optional<sync::OutboxState> waitForResult(const QString &itemId);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_demo;
    QString m_binaries;
    std::unique_ptr<QProcess> m_sandbox;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_local;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EidController> m_controller;
};

void TestDraftsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_draftsgui"));
    qputenv("GUICHET_KEYCHAIN", "off");
    i18n::setLanguage(QStringLiteral("en"));

    m_binaries = qEnvironmentVariable("GUICHET_BINARY_DIR");
    QVERIFY2(!m_binaries.isEmpty(), "GUICHET_BINARY_DIR is not set (run through ctest)");
    QVERIFY(m_demo.isValid());
    QProcess demo;
    demo.start(m_binaries + QStringLiteral("/bin/guichet-cli"),
               {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                m_demo.path()});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    DataDir dir(m_demo.path());
    QVERIFY(dir.loadTrust());
    dir.applyTokenEnvironment();
    QVERIFY2(startSandbox(0), "the sandbox did not start");
}

bool TestDraftsGui::startSandbox(quint16 port)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    guichet::test::dieWithTheTest(*m_sandbox);
    m_sandbox->start(m_binaries + QStringLiteral("/bin/guichet-sandbox"),
                     {QStringLiteral("--port"), QString::number(port), QStringLiteral("--data-dir"),
                      m_demo.path()});
    if (!m_sandbox->waitForStarted(30000))
        return false;
    while (!m_sandbox->canReadLine() && m_sandbox->state() == QProcess::Running)
        m_sandbox->waitForReadyRead(1000);
    const int read = m_sandbox->readLine().trimmed().toInt();
    if (read <= 0)
        return false;
    m_port = quint16(read);
    return true;
}

void TestDraftsGui::stopSandbox()
{
    if (!m_sandbox)
        return;
    m_sandbox->terminate();
    if (!m_sandbox->waitForFinished(20000))
        m_sandbox->kill();
    m_sandbox.reset();
}

void TestDraftsGui::init()
{
    QSettings().clear();
    if (!m_sandbox || m_sandbox->state() != QProcess::Running)
        QVERIFY(startSandbox(m_port));
}

void TestDraftsGui::cleanup()
{
    m_window.reset(); // saves what is open
    m_controller.reset();
    m_local.reset();
    QCoreApplication::processEvents();
}

void TestDraftsGui::cleanupTestCase()
{
    stopSandbox();
}

void TestDraftsGui::makeWindow(const QString &dataDir)
{
    AppSettings::setDataDirectory(dataDir);
    m_controller = std::make_unique<EidController>();
    m_window = std::make_unique<MainWindow>();
    Workbench *workbench = m_window->workbench();
    workbench->setPassphraseSource(
        [](drafts::KeyProvider::PassphrasePurpose) { return std::optional(s_passphrase); });
    sync::OutboxWorker::Settings settings;
    settings.backoff =
        sync::Backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(800));
    settings.offlineAfter = 2;
    settings.useNetworkInformation = false;
    workbench->setOutboxSettings(settings);
    m_window->setEidController(m_controller.get());
    m_window->show();
    m_window->activateWindow();
    (void)QTest::qWaitForWindowActive(m_window.get());
    workbench->start(); // what the shown window does on its next event-loop turn
}

bool TestDraftsGui::signIn()
{
    return test::signInWithDemoCard(*m_controller, m_demo.path(),
                                    QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)), 3000,
                                    s_slow) &&
           QTest::qWaitFor(
               [this] {
                   auto *space = m_window->workbench()->space();
                   return space && space->kind() == ui::UserSpace::Kind::Identity;
               },
               s_slow);
}

std::optional<sync::OutboxState> TestDraftsGui::waitForResult(const QString &itemId)
{
    std::optional<sync::OutboxState> state;
    (void)QTest::qWaitFor(
        [&] {
            state = submissions()->shownState(itemId);
            return state && sync::isFinal(*state);
        },
        s_slow * 2);
    return state;
}

void TestDraftsGui::autosaveWritesSoonAndOnClose()
{
    m_local = std::make_unique<QTemporaryDir>();
    makeWindow(m_local->path());
    ui::UserSpace *space = m_window->workbench()->space();
    QVERIFY2(space, qPrintable(m_window->workbench()->problem()));
    QCOMPARE(space->kind(), ui::UserSpace::Kind::Local);

    auto id = document()->newDraft(QStringLiteral("citizen-address-change"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(m_window->isDocumentShown());
    QLineEdit *street = nullptr;
    for (const ui::form::FieldInfo &field : document()->view()->fields()) {
        if (auto *edit = qobject_cast<QLineEdit *>(field.widget); edit && field.visible) {
            street = edit;
            break;
        }
    }
    QVERIFY(street);
    street->setFocus();
    QTest::keyClicks(street, QStringLiteral("Rue Haute 17"));
    QCOMPARE(space->autosaver().state(*id), drafts::AutoSaver::State::Pending);
    QVERIFY(document()->saveStateLabel()->text().contains(QStringLiteral("Unsaved")));

    // Saved by itself shortly after the last keystroke, and it says so.
    QTRY_COMPARE_WITH_TIMEOUT(space->autosaver().state(*id), drafts::AutoSaver::State::Saved,
                              10000);
    QVERIFY(document()->saveStateLabel()->text().startsWith(QStringLiteral("Saved")));
    // What another connection reads from the file (the CLI, the next start) has it.
    {
        auto other =
            drafts::DraftStore::open(space->dataDirectory(), space->owner(), space->dataKey());
        QVERIFY(other);
        auto draft = (*other)->load(*id);
        QVERIFY(draft);
        QVERIFY2(draft->document.contains("Rue Haute 17"), draft->document.constData());
    }

    // A keystroke just before the draft is closed is not lost either.
    QTest::keyClicks(street, QStringLiteral(" bis"));
    document()->closeDocument();
    auto other = drafts::DraftStore::open(space->dataDirectory(), space->owner(), space->dataKey());
    QVERIFY(other);
    auto draft = (*other)->load(*id);
    QVERIFY(draft);
    QVERIFY2(draft->document.contains("Rue Haute 17 bis"), draft->document.constData());
    // Nothing of it in clear in the file.
    QFile file(QDir(space->dataDirectory()).filePath(drafts::DraftStore::fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Rue Haute"));
}

void TestDraftsGui::draftsPageSearchDuplicateDeleteUndo()
{
    m_local = std::make_unique<QTemporaryDir>();
    makeWindow(m_local->path());
    ui::UserSpace *space = m_window->workbench()->space();
    QVERIFY(space);
    for (const QString &title :
         {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")})
        QVERIFY(space->drafts().create(QStringLiteral("dimona"), 1, title, "{}"));
    space->notifyDraftsChanged();
    m_window->setCurrentWorkspace(ui::Workspace::Drafts);
    ui::DraftsPage *page = draftsPage();
    QCOMPARE(page->visibleDraftIds().size(), 3);

    // Search: Ctrl+F goes to the field, typing filters.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), QStringLiteral("bet"));
    QCOMPARE(page->visibleDraftIds().size(), 1);
    const QString beta = page->visibleDraftIds().first();

    // Duplicate: a copy, selected.
    page->selectDraft(beta);
    auto copy = page->duplicateDraft(beta);
    QVERIFY(copy);
    QCOMPARE(page->visibleDraftIds().size(), 2);
    auto copied = space->drafts().load(*copy);
    QVERIFY(copied);
    QCOMPARE(copied->info.title, QStringLiteral("Copy of Beta"));

    // Delete with the keyboard, then Ctrl+Z brings it back.
    page->table()->clearSelection();
    page->selectDraft(beta);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QCOMPARE(page->visibleDraftIds().size(), 1);
    QVERIFY(!page->visibleDraftIds().contains(beta));
    QVERIFY(page->undoButton()->isVisible());
    QVERIFY(page->canUndo());
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->visibleDraftIds().size(), 2);
    QVERIFY(page->visibleDraftIds().contains(beta));
    QVERIFY(!page->undoButton()->isVisible());
    QVERIFY(space->drafts().load(beta));

    page->searchField()->clear();
    QCOMPARE(page->visibleDraftIds().size(), 4);
    // Enter on a row opens the draft.
    page->table()->clearSelection();
    page->selectDraft(beta);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    QTRY_VERIFY(m_window->isDocumentShown());
    QCOMPARE(document()->draftId(), beta);
}

void TestDraftsGui::exportAndImportThroughThePage()
{
    m_local = std::make_unique<QTemporaryDir>();
    makeWindow(m_local->path());
    ui::UserSpace *space = m_window->workbench()->space();
    QVERIFY(space);
    const QByteArray document = compact(dimonaIn());
    auto id =
        space->drafts().create(QStringLiteral("dimona"), 1, QStringLiteral("To share"), document);
    QVERIFY(id);
    space->notifyDraftsChanged();
    const QString file = m_local->filePath(QStringLiteral("shared.guichet-draft"));
    QVERIFY(draftsPage()->exportDraft(*id, file, QStringLiteral("correct horse")));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(!exported.readAll().contains("92063024454")); // encrypted

    auto refused = draftsPage()->importDraft(file, QStringLiteral("wrong horse"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString::fromLatin1(drafts::errors::exportRefused));
    auto imported = draftsPage()->importDraft(file, QStringLiteral("correct horse"));
    QVERIFY(imported);
    QCOMPARE(draftsPage()->visibleDraftIds().size(), 2);
    auto back = space->drafts().load(*imported);
    QVERIFY(back);
    QCOMPARE(QJsonDocument::fromJson(back->document), QJsonDocument::fromJson(document));
}

void TestDraftsGui::submitQueuesAndTheResultShows()
{
    makeWindow(m_demo.path());
    QVERIFY(signIn());
    auto id = document()->newDraft(QStringLiteral("dimona"), compact(dimonaIn()));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QSignalSpy submitted(document(), &ui::FormDocumentPage::submitted);
    document()->submitButton()->click();
    QCOMPARE(submitted.count(), 1);
    const QString item = submitted.at(0).at(0).toString();
    QVERIFY(submissions()->shownState(item).has_value());

    const auto state = waitForResult(item);
    QVERIFY(state);
    QVERIFY2(*state == sync::OutboxState::Accepted ||
                 *state == sync::OutboxState::AcceptedWithWarnings,
             qPrintable(sync::stateName(*state)));
    QTRY_VERIFY(submissions()->notification()->isVisibleTo(submissions()));
    QVERIFY2(submissions()->notification()->text().contains(QStringLiteral("Accepted")),
             qPrintable(submissions()->notification()->text()));
    QVERIFY(submissions()->notification()->text().contains(QStringLiteral("Ticket")));
    // The draft says where it stands too.
    auto draft = m_window->workbench()->space()->drafts().load(*id);
    QVERIFY(draft);
    QCOMPARE(draft->info.syncState, drafts::SyncState::Accepted);
}

void TestDraftsGui::refusalComesBackOntoTheFields()
{
    makeWindow(m_demo.path());
    QVERIFY(signIn());
    // An enterprise the demo person holds no mandate for: the portal refuses it (B) and says
    // which field.
    auto id = document()->newDraft(QStringLiteral("dimona"),
                                   compact(dimonaIn(QStringLiteral("0203201340"))));
    QVERIFY(id);
    auto item = document()->submit();
    QVERIFY2(item, item ? "" : qPrintable(item.error().message));
    const auto state = waitForResult(*item);
    QVERIFY(state);
    QCOMPARE(*state, sync::OutboxState::Refused);
    // The result arrived while the draft was open: its anomalies are on the fields now.
    QTRY_VERIFY(document()->anomalyList()->count() > 0);
    bool onEmployer = false;
    for (int i = 0; i < document()->anomalyList()->count(); ++i) {
        const QString pointer = document()->anomalyList()->item(i)->data(Qt::UserRole).toString();
        onEmployer = onEmployer || pointer.startsWith(QStringLiteral("/employer"));
    }
    QVERIFY(onEmployer);
    // The same from the Submissions page, with the draft closed first.
    document()->closeDocument();
    submissions()->selectItem(*item);
    QVERIFY(submissions()->anomalyList()->count() > 0);
    QVERIFY(submissions()->openDraftButton()->isEnabled());
    submissions()->openDraftButton()->click();
    QTRY_VERIFY(m_window->isDocumentShown());
    QCOMPARE(document()->draftId(), *id);
    QVERIFY(document()->anomalyList()->count() > 0);
    bool marked = false;
    for (const ui::form::FieldInfo &field : document()->view()->fields())
        marked = marked || field.widget->property("portalAnomaly").toBool();
    QVERIFY(marked);
}

void TestDraftsGui::offlineDraftIsSentWhenThePortalReturns()
{
    makeWindow(m_demo.path());
    QVERIFY(signIn());
    stopSandbox(); // the portal goes away while the person works

    // The draft is typed with the portal down: the worker's number goes in with the keyboard.
    QJsonObject in = dimonaIn();
    in.insert("worker", QJsonObject{});
    auto id = document()->newDraft(QStringLiteral("dimona"), compact(in));
    QVERIFY(id);
    QLineEdit *ssin = lineEditAt(document()->view(), QStringLiteral("/worker/ssin"));
    QVERIFY(ssin);
    ssin->setFocus();
    QTest::keyClicks(ssin, QStringLiteral("92063024454"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workbench()->space()->autosaver().state(*id),
                              drafts::AutoSaver::State::Saved, 10000);
    document()->titleEdit()->setText(QStringLiteral("Dimona IN — typed offline"));
    snapshot(m_window.get(), QStringLiteral("screenshot-draft-offline.png"));
    auto item = document()->submit();
    QVERIFY2(item, item ? "" : qPrintable(item.error().message));

    // The status bar says the portal does not answer and the submission waits.
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isOnline(), s_slow);
    QTRY_VERIFY(m_window->connectionIndicator()->text().contains(QStringLiteral("Offline")));
    document()->closeDocument();
    m_window->setCurrentWorkspace(ui::Workspace::Submissions);
    submissions()->selectItem(*item);
    snapshot(m_window.get(), QStringLiteral("screenshot-submissions-offline.png"));
    const auto waiting = submissions()->shownState(*item);
    QVERIFY(waiting && !sync::isFinal(*waiting));

    // The portal comes back on the same address: the submission goes by itself.
    QVERIFY(startSandbox(m_port));
    const auto state = waitForResult(*item);
    QVERIFY(state);
    QVERIFY2(*state == sync::OutboxState::Accepted ||
                 *state == sync::OutboxState::AcceptedWithWarnings,
             qPrintable(sync::stateName(*state)));
    QTRY_VERIFY(m_controller->isOnline());
    QTRY_VERIFY(submissions()->notification()->isVisibleTo(submissions()));
    // Wherever the person is in the window, the status bar says a result arrived.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("result")),
             qPrintable(m_window->statusBar()->currentMessage()));
    submissions()->selectItem(*item);
    snapshot(m_window.get(), QStringLiteral("screenshot-submissions-result.png"));
    QVERIFY(!m_window->connectionIndicator()->text().contains(QStringLiteral("Offline")));
}

// The bundled forms plus a version 2 of citizen-address-change (tests/forms/migration), in a
// folder of their own that GUICHET_FORMS_DIR points to.
static bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyTree(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

void TestDraftsGui::olderDraftMovesToTheNewFormVersion_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addRow("accepted") << true;
    QTest::addRow("declined") << false;
}

void TestDraftsGui::olderDraftMovesToTheNewFormVersion()
{
    QFETCH(bool, accept);
    m_local = std::make_unique<QTemporaryDir>();
    const QString source = qEnvironmentVariable("GUICHET_SOURCE_DIR");
    const QString forms = m_local->filePath(QStringLiteral("forms"));
    QVERIFY(copyTree(source + QStringLiteral("/forms"), forms));
    QVERIFY(copyTree(source + QStringLiteral("/tests/forms/migration/citizen-address-change/2"),
                     forms + QStringLiteral("/citizen-address-change/2")));
    QFile catalogueFile(forms + QStringLiteral("/catalogue.json"));
    QVERIFY(catalogueFile.open(QIODevice::ReadOnly));
    QJsonObject catalogue = QJsonDocument::fromJson(catalogueFile.readAll()).object();
    catalogueFile.close();
    QJsonArray entries = catalogue.value("forms").toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        if (entry.value("id").toString() == QLatin1String("citizen-address-change"))
            entry.insert("versions", QJsonArray{1, 2});
        entries.replace(i, entry);
    }
    catalogue.insert("forms", entries);
    QVERIFY(catalogueFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    catalogueFile.write(QJsonDocument(catalogue).toJson());
    catalogueFile.close();
    qputenv("GUICHET_FORMS_DIR", QFile::encodeName(forms));
    auto restoreForms = qScopeGuard([] { qunsetenv("GUICHET_FORMS_DIR"); });

    makeWindow(m_local->path() + QStringLiteral("/data"));
    ui::UserSpace *space = m_window->workbench()->space();
    QVERIFY(space);
    // A helpdesk change of address made with version 1: its mandate reference does not follow
    // version 2's format, and version 2 asks for the household size.
    QFile sample(source +
                 QStringLiteral("/forms/citizen-address-change/1/samples/valid-helpdesk.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray old = sample.readAll();
    auto id = space->drafts().create(QStringLiteral("citizen-address-change"), 1,
                                     QStringLiteral("Made with version 1"), old);
    QVERIFY(id);
    space->notifyDraftsChanged();

    std::optional<forms::MigrationPlan> asked;
    document()->setMigrationPrompt([&](const forms::MigrationPlan &plan) {
        asked = plan;
        return accept;
    });
    QVERIFY(document()->openDraft(*id));
    QVERIFY(asked.has_value());
    QCOMPARE(asked->fromVersion, 1);
    QCOMPARE(asked->toVersion, 2);
    QStringList missing;
    for (const auto &field : asked->missingRequired)
        missing << QString::fromStdString(field.pointer);
    QVERIFY2(missing.contains(QStringLiteral("/householdSize")), qPrintable(missing.join(", ")));
    QStringList aside;
    for (const auto &value : asked->setAside)
        aside << QString::fromStdString(value.pointer);
    QVERIFY2(aside.contains(QStringLiteral("/onBehalfOf/mandateReference")),
             qPrintable(aside.join(", ")));

    auto stored = space->drafts().load(*id);
    QVERIFY(stored);
    if (accept) {
        QCOMPARE(stored->info.formVersion, 2);
        QCOMPARE(document()->view()->definition().version(), 2);
        QVERIFY(!stored->document.contains("HD-2025-004711"));
        // Kept aside with the draft, not deleted.
        const QByteArray asideJson = QJsonDocument(stored->setAside).toJson();
        QVERIFY2(asideJson.contains("HD-2025-004711"), asideJson.constData());
        QVERIFY(stored->document.contains("Aachener"));
        // ...and the page says so, now and each time the draft opens again, with the value.
        snapshot(m_window.get(), QStringLiteral("screenshot-draft-kept-aside.png"));
        for (int opening = 0; opening < 2; ++opening) {
            QVERIFY(document()->setAsideNote()->isVisible());
            QVERIFY(document()->setAsideButton()->isVisible());
            QVERIFY2(document()->setAsideText().contains(QStringLiteral("HD-2025-004711")),
                     qPrintable(document()->setAsideText()));
            QVERIFY(document()->setAsideText().contains(
                QStringLiteral("/onBehalfOf/mandateReference")));
            document()->closeDocument();
            QVERIFY(!document()->setAsideNote()->isVisible());
            QVERIFY(document()->openDraft(*id));
        }
    } else {
        QCOMPARE(stored->info.formVersion, 1);
        QCOMPARE(document()->view()->definition().version(), 1);
        QCOMPARE(QJsonDocument::fromJson(stored->document), QJsonDocument::fromJson(old));
        QVERIFY(stored->setAside.isEmpty());
        QVERIFY(!document()->setAsideNote()->isVisible());
    }
}

void TestDraftsGui::eachIdentitySeesItsOwnDrafts()
{
    makeWindow(m_demo.path());
    m_window->setCurrentWorkspace(ui::Workspace::Drafts);
    ui::UserSpace *local = m_window->workbench()->space();
    QVERIFY(local);
    auto mine =
        local->drafts().create(QStringLiteral("dimona"), 1, QStringLiteral("Local one"), "{}");
    QVERIFY(mine);
    local->notifyDraftsChanged();
    QVERIFY(draftsPage()->visibleDraftIds().contains(*mine));

    QVERIFY(signIn());
    QVERIFY(!draftsPage()->visibleDraftIds().contains(*mine));
    auto signedInOwn = m_window->workbench()->space()->drafts().create(
        QStringLiteral("dimona"), 1, QStringLiteral("Signed-in one"), "{}");
    QVERIFY(signedInOwn);
    m_window->workbench()->space()->notifyDraftsChanged();
    QVERIFY(draftsPage()->visibleDraftIds().contains(*signedInOwn));

    m_controller->signOut();
    QTRY_VERIFY(m_window->workbench()->space() &&
                m_window->workbench()->space()->kind() == ui::UserSpace::Kind::Local);
    QVERIFY(draftsPage()->visibleDraftIds().contains(*mine));
    QVERIFY(!draftsPage()->visibleDraftIds().contains(*signedInOwn));
}

void TestDraftsGui::helpdeskSpaceIsWipedAtTheEndOfTheSession()
{
    makeWindow(m_demo.path());
    QVERIFY(signIn());
    Workbench *workbench = m_window->workbench();
    const QString agentOwner = workbench->space()->owner();
    auto own = workbench->space()->drafts().create(QStringLiteral("dimona"), 1,
                                                   QStringLiteral("Agent's own"), "{}");
    QVERIFY(own);

    QVERIFY(workbench->beginHelpdeskSession(QStringLiteral("60022401752")));
    QVERIFY(workbench->isHelpdeskSession());
    const QString citizenOwner = workbench->space()->owner();
    QVERIFY(citizenOwner != agentOwner);
    QVERIFY(!draftsPage()->visibleDraftIds().contains(*own));
    auto forCitizen = document()->newDraft(
        QStringLiteral("citizen-address-change"),
        compact(QJsonObject{{"note", "Rue du Citoyen 99, a marker that must go"}}));
    QVERIFY(forCitizen);
    QVERIFY(draftsPage()->visibleDraftIds().contains(*forCitizen));

    auto wiped = workbench->endHelpdeskSession(false, 0);
    QVERIFY2(wiped, wiped ? "" : qPrintable(wiped.error().message));
    QCOMPARE(*wiped, 1);
    QVERIFY(!workbench->isHelpdeskSession());
    QCOMPARE(workbench->space()->owner(), agentOwner);
    QVERIFY(draftsPage()->visibleDraftIds().contains(*own));
    QVERIFY(!draftsPage()->visibleDraftIds().contains(*forCitizen));

    // Nothing of the citizen's space is left in the file: no row, no key, not its owner id.
    const QStringList left = test::traces(m_demo.path(), citizenOwner);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestDraftsGui)
#include "tst_draftsgui.moc"

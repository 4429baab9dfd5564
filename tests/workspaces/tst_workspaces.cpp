// The three workspaces through the whole window, as their people use them on a working day: the
// demo card (SoftHSM2, `guichet-cli demo init`) signs in, the portal is the guichet-sandbox
// executable over HTTPS on loopback, and every action goes through the main window's wiring
// (the page's signals, the workbench, the outbox worker on the eID thread, the batch dialog).
//
// - Employer: 1,000 workers imported from a `;` CSV file, a Dimona IN for 10 of them handed to
//   the batch dialog, the portal failing under fault injection meanwhile, the batch cancelled
//   and resumed from the dialog's buttons; one worker (a type the enterprise may not employ) is
//   refused, the nine others accepted, and the sandbox holds each declaration exactly once.
// - Self-employed: the quota chart shows the figures the portal gives for the signed-in person.
// - Helpdesk: a citizen looked up with the keyboard, a change of address typed on their behalf,
//   the session ended from the page with "Submit and end": the declaration reaches the portal,
//   then the banner goes and the citizen's space is wiped from the drafts file.
//
// GUICHET_TEST_LANGUAGE (fr, nl, de, en; default en) runs the whole window in that language;
// with GUICHET_SCREENSHOT_DIR set, pictures of each workspace are saved there
// (scripts/screenshots makes docs/workspaces/{fr,nl}/ with it under Xvfb).
#include "../common/democard.h"
#include "../common/draftsfile.h"
#include "sandboxfixture.h"

#include "core/datadir.h"
#include "core/drafts/draftstore.h"
#include "core/i18n.h"
#include "core/staff/staffrecord.h"
#include "core/sync/outbox.h"
#include "ui/appsettings.h"
#include "ui/batch/batchdialog.h"
#include "ui/batch/batchprogresswidget.h"
#include "ui/drafts/formdocumentpage.h"
#include "ui/drafts/userspace.h"
#include "ui/drafts/workbench.h"
#include "ui/eid/eidcontroller.h"
#include "ui/employer/csvimportdialog.h"
#include "ui/employer/dimonadialog.h"
#include "ui/employer/employerpage.h"
#include "ui/employer/stafftablemodel.h"
#include "ui/form/dateedit.h"
#include "ui/form/formpanel.h"
#include "ui/form/formview.h"
#include "ui/helpdesk/helpdeskbanner.h"
#include "ui/helpdesk/helpdeskpage.h"
#include "ui/mainwindow.h"
#include "ui/selfemployed/quotachart.h"
#include "ui/selfemployed/quotapanel.h"
#include "ui/selfemployed/selfemployedpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace guichet;
using guichet::sandbox::test::SandboxFixture;
using guichet::ui::EidController;
using guichet::ui::MainWindow;
using guichet::ui::Workspace;

namespace {

constexpr int s_slow = 120000; // the card, the portal and the sanitizers on a busy machine
const QString kBrasserie = QStringLiteral("0403019261");
const QString kCitizen = QStringLiteral("60022401752"); // André Lemaire, a citizen only
const QString kPassphrase = QStringLiteral("workspaces passphrase for the tests");

// 1,000 workers in the `;` CSV file a Belgian spreadsheet writes (docs/staff-csv.md): born on
// distinct days of 1971-1998, so none is already in the demo register (whose people are checked
// anyway). Worker `refusedIndex` has a worker type the Brasserie may not employ (TRI): the
// register takes it, the portal's Dimona rules refuse it.
struct StaffFile
{
    QByteArray bytes;
    QStringList niss;
};

constexpr int kRefusedIndex = 3;

StaffFile staffFile(int count, const QSet<QString> &taken)
{
    static const char *const surnames[] = {"Peeters", "Maes",    "Jacobs", "Mertens", "Willems",
                                           "Claes",   "Wouters", "Dubois", "Lambert", "Renard"};
    static const char *const givenNames[] = {"Jan",  "Marie",  "Lucas", "Emma",
                                             "Noah", "Louise", "Jules", "Elise"};
    StaffFile file;
    QStringList lines{QStringLiteral(
        "lastName;firstName;niss;nationality;street;number;postalCode;municipality;contractType;"
        "startDate;workingTime;weeklyHours;jointCommittee;workerType")};
    for (int i = 0; file.niss.size() < count; ++i) {
        const QDate birth = QDate(1971, 3, 1).addDays(qint64(i) * 9);
        const QString niss = test::nationalNumber(birth, 201 + (i % 300) * 2);
        if (taken.contains(niss))
            continue;
        const int index = int(file.niss.size());
        file.niss << niss;
        lines << QStringLiteral("%1;%2;%3;BE;Chaussée de Louvain;%4;1030;Schaerbeek;indefinite;"
                                "%5;fullTime;38;302;%6")
                     .arg(QString::fromLatin1(surnames[index % 10]),
                          QString::fromLatin1(givenNames[(index / 10) % 8]), niss)
                     .arg(index + 1)
                     .arg(QDate(2021, 2, 1)
                              .addDays(index % 700)
                              .toString(QStringLiteral("dd/MM/yyyy")),
                          index == kRefusedIndex ? QStringLiteral("TRI") : QStringLiteral("OTH"));
    }
    file.bytes = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return file;
}

} // namespace

class TestWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void employerImportsDimonaBatchCancelResume();
    void selfEmployedChartShowsThePortalsFigures();
    void helpdeskActsForACitizenAndLeavesNothing();

private:
    bool signIn();
    void snapshot(const QString &name, QWidget *widget = nullptr);
    // Ctrl+<key> in the window, as the person presses it.
    void goTo(Qt::Key key);
    // The declarations the sandbox holds, per idempotency key.
    QHash<QString, QList<QJsonObject>> filedByKey();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    SandboxFixture m_sandbox{QStringLiteral("tst_workspaces")};
    std::unique_ptr<EidController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspaces::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_files.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspaces"));
    // The passphrase path (the keychain has its own tests against a real gnome-keyring).
    qputenv("GUICHET_KEYCHAIN", "off");
    QSettings().clear();
    const QString language = qEnvironmentVariable("GUICHET_TEST_LANGUAGE", QStringLiteral("en"));
    i18n::setLanguage(language);

    // The demo world and card in the sandbox's data folder, as `guichet-cli demo` makes them.
    const QString binaries = qEnvironmentVariable("GUICHET_BINARY_DIR");
    QVERIFY2(!binaries.isEmpty(), "GUICHET_BINARY_DIR is not set (run through ctest)");
    SandboxFixture::StartOptions options;
    options.withPki = false;
    options.tlsCa = QStringLiteral("pki/tls-ca.pem"); // the demo's, named in its trust.json
    options.prepare = [binaries](const QString &dataDir) {
        QProcess demo;
        demo.start(binaries + QStringLiteral("/bin/guichet-cli"),
                   {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                    dataDir});
        return demo.waitForFinished(180000) && demo.exitCode() == 0;
    };
    QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.lastError()));
    DataDir dir(m_sandbox.dataDir());
    QVERIFY(dir.loadTrust());
    dir.applyTokenEnvironment();
    ui::AppSettings::setDataDirectory(m_sandbox.dataDir());

    m_controller = std::make_unique<EidController>();
    m_window = std::make_unique<MainWindow>();
    ui::Workbench *workbench = m_window->workbench();
    workbench->setPassphraseSource(
        [](drafts::KeyProvider::PassphrasePurpose) { return std::optional(kPassphrase); });
    sync::OutboxWorker::Settings settings;
    settings.backoff = sync::Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
    settings.useNetworkInformation = false;
    // Concurrent sends as in the window (which allows 4), two at a time so that a cancel lands
    // midway through ten.
    settings.maxInFlight = 2;
    workbench->setOutboxSettings(settings);
    m_window->setEidController(m_controller.get());
    m_window->resize(1280, 820);
    m_window->show();
    m_window->activateWindow();
    (void)QTest::qWaitForWindowActive(m_window.get());
    workbench->start();
    QVERIFY(signIn());
}

void TestWorkspaces::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
    QCOMPARE(m_sandbox.stop(), 0);
}

bool TestWorkspaces::signIn()
{
    return test::signInWithDemoCard(*m_controller, m_sandbox.dataDir(), QUrl(m_sandbox.origin()),
                                    10000, s_slow) &&
           QTest::qWaitFor(
               [this] {
                   auto *space = m_window->workbench()->space();
                   return space && space->kind() == ui::UserSpace::Kind::Identity;
               },
               s_slow);
}

void TestWorkspaces::snapshot(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200); // let the last paint land
    (widget ? widget : m_window.get())->grab().save(QDir(dir).filePath(name + ".png"));
}

void TestWorkspaces::goTo(Qt::Key key)
{
    // A dialog closed before (a batch window) may have left no window active.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
}

QHash<QString, QList<QJsonObject>> TestWorkspaces::filedByKey()
{
    QHash<QString, QList<QJsonObject>> out;
    const auto reply = m_sandbox.admin("GET", QStringLiteral("/admin/declarations"));
    for (const QJsonValue &v : reply.json().value(QStringLiteral("declarations")).toArray()) {
        const QJsonObject d = v.toObject();
        out[d.value(QStringLiteral("idempotencyKey")).toString()].append(d);
    }
    return out;
}

void TestWorkspaces::employerImportsDimonaBatchCancelResume()
{
    // Ctrl+2 goes to the employer workspace, which acts for an enterprise of the mandates.
    goTo(Qt::Key_2);
    QCOMPARE(m_window->currentWorkspace(), Workspace::Employer);
    ui::employer::EmployerPage *page = m_window->employerPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->enterpriseBox()->count() > 0 && !page->isLoading(), s_slow);
    const int brasserie = page->enterpriseBox()->findData(kBrasserie);
    QVERIFY(brasserie >= 0);
    page->enterpriseBox()->setCurrentIndex(brasserie);
    QTRY_VERIFY_WITH_TIMEOUT(page->enterpriseNumber() == kBrasserie && !page->isLoading(), s_slow);
    QVERIFY(page->actingForLabel()->text().contains(QStringLiteral("Brasserie Janssens")));
    const int before = page->staffModel()->rowCount();
    QVERIFY(before > 0);

    // 1,000 workers from a CSV file, previewed then imported.
    QSet<QString> taken;
    for (int row = 0; row < before; ++row)
        taken << page->staffModel()->record(row).niss();
    const StaffFile csv = staffFile(1000, taken);
    const QString path = m_files.filePath(QStringLiteral("staff.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(csv.bytes), csv.bytes.size());
    }
    page->importCsv(path);
    auto *import = qobject_cast<ui::employer::CsvImportDialog *>(page->currentDialog());
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(import->isAnalysed() || !import->fileError().isEmpty(), s_slow);
    QVERIFY2(import->fileError().isEmpty(), qPrintable(import->fileError()));
    QCOMPARE(import->plan()->validCount(), 1000);
    QVERIFY(import->importButton()->isEnabled());
    QSignalSpy finished(import, &ui::employer::CsvImportDialog::importFinished);
    QTest::mouseClick(import->importButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 900000);
    QCOMPARE(finished.first().first().toInt(), 1000);
    QVERIFY(import->report().failed.isEmpty());
    QTest::mouseClick(import->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->currentDialog());
    QTRY_VERIFY_WITH_TIMEOUT(page->staffModel()->rowCount() == before + 1000 && !page->isLoading(),
                             s_slow);

    // Ten of them selected in the table; Dimona IN prefilled from their entries.
    QStringList ids;
    QStringList chosen = csv.niss.mid(0, 10);
    for (int row = 0; row < page->staffModel()->rowCount(); ++row) {
        const staff::StaffRecord &record = page->staffModel()->record(row);
        if (chosen.contains(record.niss()))
            ids << record.id;
    }
    QCOMPARE(ids.size(), 10);
    page->selectRecords(ids);
    QCOMPARE(page->selectedRecords().size(), 10);
    snapshot(QStringLiteral("employer"));
    page->dimonaAction(staff::DimonaType::In)->trigger();
    auto *dimona = qobject_cast<ui::employer::DimonaDialog *>(page->currentDialog());
    QVERIFY(dimona);
    QCOMPARE(dimona->invalidCount(), 0);
    QVERIFY(dimona->acceptButton()->isEnabled());

    // The portal fails often while the batch runs: answers lost after filing, 503s, slowness.
    QVERIFY(m_sandbox.setFaults(QJsonObject{{"latencyMs", 300},
                                            {"dropAfterProcessing", 0.25},
                                            {"error503", 0.25},
                                            {"paths", "^/api/v1/declarations"}}));
    QTest::mouseClick(dimona->acceptButton(), Qt::LeftButton);
    ui::batch::BatchDialog *batch = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (batch = m_window->findChild<ui::batch::BatchDialog *>()) && batch->isVisible(), s_slow);
    ui::batch::BatchProgressWidget *progress = batch->progressWidget();
    QCOMPARE(progress->progress().total(), 10);

    // Cancel the rest midway, from the dialog; what was sent stays sent.
    QTRY_VERIFY_WITH_TIMEOUT(progress->progress().finished() >= 2, s_slow);
    QVERIFY(progress->cancelButton()->isEnabled());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress->resumeButton()->isEnabled(), s_slow);
    QVERIFY(progress->progress().paused);
    // Held items stay held while paused: nothing more is filed.
    QTest::qWait(1500);
    QTRY_VERIFY_WITH_TIMEOUT(progress->progress().inProgress == 0, s_slow);
    const int filedWhilePaused = progress->progress().finished();
    QVERIFY2(filedWhilePaused < 10, "the batch ended before it could be cancelled");
    snapshot(QStringLiteral("batch-paused"), batch);

    // The portal is well again; Resume sends the rest, once each.
    QVERIFY(m_sandbox.setFaults(QJsonObject{}));
    QTest::mouseClick(progress->resumeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress->progress().finished() == 10, 2 * s_slow);
    const sync::BatchProgress p = progress->progress();
    QCOMPARE(p.unsuccessful(), 1); // the TRI worker
    QCOMPARE(p.succeeded(), 9);
    snapshot(QStringLiteral("batch-done"), batch);

    // The sandbox filed each declaration exactly once, whatever was lost on the way: nine
    // accepted, the TRI worker's refused.
    const auto items = m_window->workbench()->space()->outbox().batchItems(progress->batchId());
    QVERIFY(items);
    QCOMPARE(int(items->size()), 10);
    const auto filed = filedByKey();
    QStringList results;
    QStringList names;
    for (int row = 0; row < page->staffModel()->rowCount(); ++row) {
        if (ids.contains(page->staffModel()->record(row).id))
            names << page->staffModel()->record(row).displayName();
    }
    for (const sync::OutboxItem &item : *items) {
        QVERIFY2(names.contains(item.label), qPrintable(item.label)); // the worker, by name
        QCOMPARE(filed.value(item.idempotencyKey).size(), 1);
        results
            << filed.value(item.idempotencyKey).first().value(QStringLiteral("result")).toString();
    }
    QCOMPARE(results.count(QStringLiteral("B")), 1);
    QCOMPARE(results.count(QStringLiteral("A")) + results.count(QStringLiteral("W")), 9);
    batch->close();
}

void TestWorkspaces::selfEmployedChartShowsThePortalsFigures()
{
    goTo(Qt::Key_1);
    QCOMPARE(m_window->currentWorkspace(), Workspace::SelfEmployed);
    ui::SelfEmployedPage *page = m_window->selfEmployedPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() &&
                                 page->quotasState().source != ui::SelfEmployedPage::Source::None,
                             s_slow);
    QCOMPARE(page->quotasState().source, ui::SelfEmployedPage::Source::Portal);

    // Thomas's flexi-job earnings of 2025, chosen in the year box, against the portal's.
    ui::QuotaPanel *panel = page->quotaPanel();
    const int index = panel->yearCombo()->findData(2025);
    QVERIFY(index >= 0);
    panel->yearCombo()->setCurrentIndex(index);
    std::optional<QJsonObject> reply;
    m_controller->get(QStringLiteral("/citizens/86031412323/quotas?year=2025"), this,
                      [&reply](const Expected<api::Reply> &result) {
                          reply = result ? result->json : QJsonObject{};
                      });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), s_slow);
    const QJsonObject flexi = reply->value(QStringLiteral("flexi")).toObject();
    QVERIFY(!flexi.isEmpty());
    auto cents = [](const QJsonValue &v) { return qRound64(v.toDouble() * 100); };
    QList<qint64> monthly;
    for (const QJsonValue &m : flexi.value(QStringLiteral("months")).toArray())
        monthly << cents(m.toObject().value(QStringLiteral("amount")));
    ui::QuotaChart *chart = panel->flexiChart();
    QCOMPARE(chart->year(), 2025);
    QCOMPARE(chart->monthlyValues(), monthly);
    QCOMPARE(chart->total(), cents(flexi.value(QStringLiteral("earned"))));
    QCOMPARE(chart->limit(), std::optional<qint64>(1'800'000));
    QCOMPARE(chart->left(), std::optional<qint64>(cents(flexi.value(QStringLiteral("left")))));
    snapshot(QStringLiteral("self-employed"));
    // The charts, further down the page.
    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->verticalScrollBar()->setValue(panel->mapTo(area->widget(), QPoint()).y());
            break;
        }
    }
    snapshot(QStringLiteral("self-employed-quotas"));
}

void TestWorkspaces::helpdeskActsForACitizenAndLeavesNothing()
{
    goTo(Qt::Key_3);
    QCOMPARE(m_window->currentWorkspace(), Workspace::Helpdesk);
    ui::helpdesk::HelpdeskPage *page = m_window->helpdeskPage();
    ui::Workbench *workbench = m_window->workbench();
    const QString agentOwner = workbench->space()->owner();

    // The national number typed with the keyboard, checked as typed, looked up with Enter.
    QLineEdit *number = page->nationalNumberEdit();
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("60.02.24-017.52"));
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasCitizen(), s_slow);
    QTRY_VERIFY_WITH_TIMEOUT(workbench->isHelpdeskSession(), s_slow);
    // The banner above every page says for whom the agent works.
    QVERIFY(m_window->helpdeskBanner()->isVisible());
    QVERIFY(m_window->helpdeskBanner()->hasCitizen());
    QVERIFY2(
        m_window->helpdeskBanner()->textLabel()->text().contains(QStringLiteral("André Lemaire")),
        qPrintable(m_window->helpdeskBanner()->textLabel()->text()));
    const QString citizenOwner = workbench->space()->owner();
    QVERIFY(citizenOwner != agentOwner);
    // The look-up is in the session's audit.
    QTRY_VERIFY_WITH_TIMEOUT(page->auditView()->topLevelItemCount() > 0, s_slow);
    snapshot(QStringLiteral("helpdesk"));

    // A change of address started for the citizen: the draft is in the citizen's space.
    QListWidget *forms = page->formList();
    QList<QListWidgetItem *> address;
    for (int i = 0; i < forms->count(); ++i) {
        if (forms->item(i)->data(Qt::UserRole).toString() ==
            QLatin1String("citizen-address-change"))
            address << forms->item(i);
    }
    QCOMPARE(address.size(), 1);
    forms->setCurrentItem(address.first());
    QTest::mouseClick(page->startFormButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDocumentShown(), s_slow);
    QVERIFY(m_window->helpdeskBanner()->isVisible());

    // What the page knew is in the form already: the citizen, filed by the helpdesk, and the
    // agent's own identifier. The agent types the rest.
    ui::form::FormView *view = m_window->workbench()->documentPage()->view();
    auto field = [view](const QString &pointer) -> QWidget * {
        for (const ui::form::FieldInfo &info : view->fields()) {
            if (info.pointer == pointer && info.visible)
                return info.widget;
        }
        return nullptr;
    };
    auto *agent = qobject_cast<QLineEdit *>(field(QStringLiteral("/onBehalfOf/agentId")));
    QVERIFY(agent);
    QCOMPARE(agent->text(), QStringLiteral("86031412323"));
    const QList<std::pair<QString, QString>> typed{
        {QStringLiteral("/onBehalfOf/mandateReference"), QStringLiteral("HD-2026-0042")},
        {QStringLiteral("/newAddress/street"), QStringLiteral("Rue des Tanneurs")},
        {QStringLiteral("/newAddress/number"), QStringLiteral("12")},
        {QStringLiteral("/newAddress/postalCode"), QStringLiteral("1000")},
        {QStringLiteral("/newAddress/municipality"), QStringLiteral("Bruxelles")}};
    for (const auto &[pointer, text] : typed) {
        auto *edit = qobject_cast<QLineEdit *>(field(pointer));
        QVERIFY2(edit, qPrintable(pointer));
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    auto *move = qobject_cast<ui::form::DateEdit *>(field(QStringLiteral("/moveDate")));
    QVERIFY(move);
    move->lineEdit()->setFocus();
    QTest::keyClicks(move->lineEdit(),
                     QDate::currentDate().addDays(3).toString(QStringLiteral("dd/MM/yyyy")));
    QTest::keyClick(move->lineEdit(), Qt::Key_Tab);
    snapshot(QStringLiteral("helpdesk-form"));
    QGuiApplication::clipboard()->setText(kCitizen); // what an agent copies

    // End session from the page; asked about the open form, the agent submits it.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    page->requestEndSession();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isHelpdeskSession(), s_slow);
    QVERIFY(!m_window->helpdeskBanner()->isVisible());
    QVERIFY(!m_window->helpdeskBanner()->hasCitizen());
    QVERIFY(!page->hasCitizen());
    QVERIFY(page->nationalNumberEdit()->text().isEmpty());
    QCOMPARE(workbench->space()->owner(), agentOwner);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // The change of address reached the portal before the wipe, filed by the agent for André.
    const auto all = m_sandbox.admin("GET", QStringLiteral("/admin/declarations")).json();
    QList<QJsonObject> forCitizen;
    for (const QJsonValue &v : all.value(QStringLiteral("declarations")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("formId")).toString() ==
                QLatin1String("citizen-address-change") &&
            d.value(QStringLiteral("onBehalfOf")).toString() == kCitizen)
            forCitizen << d;
    }
    QCOMPARE(forCitizen.size(), 1);
    QCOMPARE(forCitizen.first()
                 .value(QStringLiteral("declarant"))
                 .toObject()
                 .value(QStringLiteral("nationalNumber"))
                 .toString(),
             QStringLiteral("86031412323"));

    // Nothing of the citizen is left on disk: no row, no key, not their owner id nor number.
    const QStringList left = test::traces(m_sandbox.dataDir(), citizenOwner, {kCitizen});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    // ...while the agent's own space is still there (the look finds what exists).
    QVERIFY(!test::traces(m_sandbox.dataDir(), agentOwner).isEmpty());
}

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"

// The employer workspace against the real sandbox: real widgets offscreen, the real register
// over HTTPS, signed in as the demo employer. Imports 1,000 generated workers through the import
// dialog (both modes, with bad rows), searches the table, resolves a conflict with another
// writer, ends an employment, and prepares Dimona and DmfA documents that the bundled forms'
// schemas accept.
#include "../common/democard.h"
#include "core/api/portalaccess.h"
#include "core/api/portalclient.h"
#include "core/i18n.h"
#include "core/staff/formcache.h"
#include "core/staff/importplan.h"
#include "core/staff/jsonpointer.h"
#include "sandboxfixture.h"
#include "ui/employer/conflictdialog.h"
#include "ui/employer/csvimportdialog.h"
#include "ui/employer/dimonadialog.h"
#include "ui/employer/dmfadialog.h"
#include "ui/employer/employerpage.h"
#include "ui/employer/endemploymentdialog.h"
#include "ui/employer/importpreviewmodel.h"
#include "ui/employer/stafffiltermodel.h"
#include "ui/employer/staffrecorddialog.h"
#include "ui/employer/stafftablemodel.h"
#include "ui/form/formview.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace guichet;
using namespace guichet::ui::employer;
using guichet::sandbox::test::SandboxFixture;

namespace {

const QString kThomas = QStringLiteral("86031412323");
const QString kBrasserie = QStringLiteral("0403019261");
const QString kBoulangerie = QStringLiteral("0411732435");

using guichet::test::nationalNumber;

struct Worker
{
    QString niss;
    QString lastName;
    QString firstName;
    bool ended = false;
    bool other = false; // OTH, open-ended or fixed-term full time: fit for a plain Dimona IN
};

// A staff CSV as a Belgian spreadsheet saves it: BOM, ';', CRLF, decimal commas, dates written
// both ways, columns in an order of its own.
struct GeneratedCsv
{
    QByteArray bytes;
    QList<Worker> workers; // the valid rows, in order
    QList<int> badLines;   // lines of the rows with a problem
    int badNissLine = 0;
};

GeneratedCsv generate(int count, int firstIndex, const QSet<QString> &taken, bool withBadRows)
{
    static const char *const surnames[] = {
        "Peeters",  "Janssens", "Maes",    "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Wouters",  "De Smet", "Dubois", "Lambert", "Dupont",  "Martin",
        "Simon",    "Laurent",  "Leroy",   "Renard", "Lemaire", "Fontaine"};
    static const char *const givenNames[] = {"Jan",    "Marie",  "Lucas", "Emma", "Noah",  "Louise",
                                             "Arthur", "Olivia", "Louis", "Mila", "Jules", "Elise"};
    GeneratedCsv out;
    QStringList lines{QStringLiteral(
        "lastName;firstName;niss;nationality;street;number;box;postalCode;municipality;country;"
        "contractType;startDate;endDate;workingTime;weeklyHours;referenceWeeklyHours;"
        "jointCommittee;workerType;bankAccount;email")};
    int line = 1;
    int index = firstIndex;
    auto addBad = [&](const QString &row) {
        lines << row;
        out.badLines << ++line;
    };
    while (out.workers.size() < count) {
        const int i = index++;
        const QDate birth = QDate(1962, 1, 1).addDays(qint64(i) * 11);
        const QString niss = nationalNumber(birth, 101 + (i % 440) * 2);
        if (taken.contains(niss))
            continue;
        Worker w;
        w.niss = niss;
        w.lastName = QString::fromLatin1(surnames[i % 20]);
        w.firstName = QString::fromLatin1(givenNames[(i / 20) % 12]);
        if (i == 500)
            w.lastName = QStringLiteral("Öztürk-Lambrecht");
        const QDate start = QDate(2020, 1, 6).addDays(i % 1500);
        const QString startText =
            (i % 2) ? start.toString(QStringLiteral("dd/MM/yyyy")) : start.toString(Qt::ISODate);
        QString contract = QStringLiteral("indefinite;%1;;fullTime;38;;302;OTH").arg(startText);
        w.other = true;
        switch (i % 10) {
        case 9:
            contract = QStringLiteral("indefinite;%1;;partTime;19,5;38;302;OTH").arg(startText);
            w.other = false;
            break;
        case 8:
            contract = QStringLiteral("student;2026-07-01;31/08/2026;partTime;20;38;302;STU");
            w.other = false;
            break;
        case 7:
            contract = QStringLiteral("fixedTerm;%1;2024-12-31;fullTime;38;;200;OTH")
                           .arg(start.addYears(-1).toString(Qt::ISODate));
            w.ended = true;
            break;
        default:
            break;
        }
        lines << QStringLiteral("%1;%2;%3;BE;Rue de la Station;%4;;%5;Namur;;%6;;%7")
                     .arg(w.lastName, w.firstName, niss)
                     .arg(1 + i % 200)
                     .arg(5000 + i % 100)
                     .arg(contract, i % 3 ? QString() : QStringLiteral("w%1@example.be").arg(i));
        ++line;
        out.workers << w;
        if (!withBadRows)
            continue;
        const QString tail = QStringLiteral(
            "Rue Haute;1;;1000;Bruxelles;BE;indefinite;2021-02-01;;fullTime;38;;302;OTH;;");
        if (out.workers.size() == 100) {
            QString bad = niss;
            bad[10] = bad[10] == QLatin1Char('9') ? QLatin1Char('0') : QChar(bad[10].unicode() + 1);
            addBad(QStringLiteral("Faute;Niss;%1;BE;%2").arg(bad, tail));
            out.badNissLine = line;
        } else if (out.workers.size() == 300) {
            addBad(QStringLiteral("Sans;Rue;;BE;;1;;1000;Bruxelles;BE;indefinite;2021-02-01;;"
                                  "fullTime;38;;302;OTH;;"));
        } else if (out.workers.size() == 600) {
            addBad(QStringLiteral("Heures;Texte;;BE;Rue Haute;1;;1000;Bruxelles;BE;indefinite;"
                                  "2021-02-01;;fullTime;trente-huit;;302;OTH;;"));
        } else if (out.workers.size() == 900) {
            addBad(QStringLiteral("Etudiant;Sansfin;;BE;Rue Haute;1;;1000;Bruxelles;BE;student;"
                                  "2021-02-01;;partTime;10;38;302;STU;;"));
        }
    }
    out.bytes = QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return out;
}

QString importLabel(int n)
{
    return QCoreApplication::translate("guichet::ui::employer::CsvImportDialog",
                                       "&Import %n worker(s)", nullptr, n);
}

} // namespace

class TestEmployerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void actsForOneEnterpriseOfTheMandates();
    void allOrNothingWritesNothingWhileARowHasAProblem();
    void allOrNothingImportsAWholeCleanFile();
    void importSurvivesLostAnswersAndABusyPortal();
    void importsAThousandWorkersSkippingTheBadRows();
    void searchAndFilterTheTable();
    void conflictShowsBothVersionsAndOverwritesNothing();
    void cancelledConflictWritesNothing();
    void deleteEndsTheEmployment();
    void dimonaInForTenWorkersGoesToTheBatch();
    void dimonaCancelNeedsEveryPeriodNumber();
    void dimonaCancelPrefilledWithThePeriodOfTheIn();
    void dimonaForOneWorkerOpensTheForm();
    void dmfaFromTheRegister();
    void exportedRegisterReadsBackAsDuplicates();
    void followsTheLanguage();

private:
    api::ClientConfig clientConfig() const;
    QList<QJsonObject> serverRegister(const QString &enterprise = kBrasserie);
    QJsonObject serverRecord(const QString &id);
    QSet<QString> serverNiss();
    QString writeFile(const QString &name, const QByteArray &bytes);
    CsvImportDialog *openImport(const QString &path);
    bool waitLoaded();
    // The ids of imported workers that fit a plain Dimona IN.
    QStringList otherWorkerIds(int count);
    // Files a Dimona for the Brasserie on the sandbox and waits until it is done.
    QJsonObject fileDimona(const QByteArray &document);

    SandboxFixture m_sandbox;
    QString m_token;
    std::unique_ptr<api::PortalClient> m_client;
    std::unique_ptr<api::ClientPortalAccess> m_access;
    std::unique_ptr<EmployerPage> m_page;
    QTemporaryDir m_dir;
    GeneratedCsv m_big;
    int m_seedCount = 0;
};

api::ClientConfig TestEmployerPage::clientConfig() const
{
    api::ClientConfig config;
    config.server = QUrl(m_sandbox.origin());
    config.caCertificates =
        QSslCertificate::fromPath(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"));
    config.proxyMode = api::ClientConfig::Proxy::None;
    config.timeoutMs = 30000;
    return config;
}

void TestEmployerPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("GUICHET_FORMS_DIR", GUICHET_TEST_FORMS_DIR);
    i18n::setLanguage(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
    m_token = m_sandbox.signIn(kThomas);
    QVERIFY2(!m_token.isEmpty(), qPrintable(m_sandbox.lastError()));
    m_client = std::make_unique<api::PortalClient>(clientConfig());
    m_client->setAccessToken(m_token.toLatin1());
    const auto me = m_client->getJson(QStringLiteral("/me"));
    QVERIFY(me.hasValue());
    QCOMPARE(me->status, 200);
    m_access = std::make_unique<api::ClientPortalAccess>(*m_client, me->json);
    m_sandbox.recordCall("GET", QStringLiteral("/me"));

    m_seedCount = int(serverRegister().size());
    QVERIFY(m_seedCount > 0);
    m_big = generate(1000, 0, serverNiss(), true);
    QCOMPARE(m_big.workers.size(), 1000);
    QCOMPARE(m_big.badLines.size(), 4);

    m_page = std::make_unique<EmployerPage>(*m_access);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(waitLoaded());
}

void TestEmployerPage::cleanupTestCase()
{
    m_page.reset();
    m_access.reset();
    m_client.reset();
    QCOMPARE(m_sandbox.stop(), 0);
}

QList<QJsonObject> TestEmployerPage::serverRegister(const QString &enterprise)
{
    const QString path = QStringLiteral("/enterprises/%1/staff").arg(enterprise);
    const auto reply = m_sandbox.get(path, m_token);
    QList<QJsonObject> out;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("staff")).toArray())
        out << v.toObject();
    return out;
}

QJsonObject TestEmployerPage::serverRecord(const QString &id)
{
    return m_sandbox.get(QStringLiteral("/enterprises/%1/staff/%2").arg(kBrasserie, id), m_token)
        .json();
}

QSet<QString> TestEmployerPage::serverNiss()
{
    QSet<QString> out;
    for (const QString &enterprise : {kBrasserie, kBoulangerie}) {
        for (const QJsonObject &r : serverRegister(enterprise))
            out << staff::valueAt(r.value("data").toObject(), "/identity/niss").toString();
    }
    return out;
}

QString TestEmployerPage::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

bool TestEmployerPage::waitLoaded()
{
    if (!QTest::qWaitFor([&] { return !m_page->isLoading(); }, 30000))
        return false;
    return !m_page->isLoading() && m_page->staffModel()->rowCount() > 0;
}

CsvImportDialog *TestEmployerPage::openImport(const QString &path)
{
    m_page->importCsv(path);
    auto *dialog = qobject_cast<CsvImportDialog *>(m_page->currentDialog());
    if (!dialog)
        return nullptr;
    if (!QTest::qWaitFor([&] { return dialog->isAnalysed() || !dialog->fileError().isEmpty(); },
                         60000))
        return nullptr;
    return dialog;
}

QStringList TestEmployerPage::otherWorkerIds(int count)
{
    QSet<QString> wanted;
    for (const Worker &w : std::as_const(m_big.workers)) {
        if (w.other && !w.ended)
            wanted << w.niss;
    }
    QStringList ids;
    const StaffTableModel *model = m_page->staffModel();
    for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
        const staff::StaffRecord &r = model->record(row);
        if (wanted.contains(r.niss()) && r.active)
            ids << r.id;
    }
    return ids;
}

QJsonObject TestEmployerPage::fileDimona(const QByteArray &document)
{
    const QJsonObject envelope{{"formId", "dimona"},
                               {"formVersion", 1},
                               {"onBehalfOf", kBrasserie},
                               {"data", QJsonDocument::fromJson(document).object()}};
    const auto filed = m_sandbox.post(
        QStringLiteral("/declarations"), envelope, m_token,
        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (filed.status != 201)
        return filed.json();
    const QString path =
        QStringLiteral("/declarations/") + filed.json().value(QStringLiteral("id")).toString();
    QJsonObject last;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        last = m_sandbox.get(path, m_token).json();
        if (last.value(QStringLiteral("status")).toString() == QLatin1String("done"))
            break;
        QTest::qWait(100);
    }
    return last;
}

void TestEmployerPage::actsForOneEnterpriseOfTheMandates()
{
    QCOMPARE(m_page->enterpriseNumber(), kBrasserie);
    QCOMPARE(m_page->enterpriseBox()->count(), 2);
    QVERIFY(m_page->enterpriseBox()->isEnabled());
    QCOMPARE(m_page->enterpriseBox()->accessibleName(), QStringLiteral("Enterprise acted for"));
    // What assistive technology reads, and the labels' mnemonics reaching their fields.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_page->table());
    QVERIFY(table);
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Staff register"));
    QAccessibleInterface *search = QAccessible::queryAccessibleInterface(m_page->searchField());
    QCOMPARE(search->text(QAccessible::Name), QStringLiteral("Search the staff register"));
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    const QString brasserie = m_page->actingForLabel()->text();
    QVERIFY2(brasserie.contains(QStringLiteral("Brasserie Janssens SRL")), qPrintable(brasserie));
    QVERIFY(brasserie.contains(QStringLiteral("0403.019.261")));
    QVERIFY(brasserie.contains(QStringLiteral("as its employer")));
    QCOMPARE(m_page->staffModel()->rowCount(), m_seedCount);

    // Through the social secretariat: the header line says so.
    QVERIFY(m_page->setEnterprise(kBoulangerie));
    QVERIFY(waitLoaded());
    const QString boulangerie = m_page->actingForLabel()->text();
    QVERIFY2(boulangerie.contains(QStringLiteral("Boulangerie Dupont SA")),
             qPrintable(boulangerie));
    QVERIFY(boulangerie.contains(QStringLiteral("social secretariat")));
    QVERIFY(boulangerie.contains(QStringLiteral("SocialSec Partners ASBL")));
    QCOMPARE(m_page->staffModel()->rowCount(), int(serverRegister(kBoulangerie).size()));
    QVERIFY(!m_page->setEnterprise(QStringLiteral("0872654362"))); // the secretariat itself: no
    QVERIFY(m_page->setEnterprise(kBrasserie));
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->staffModel()->rowCount(), m_seedCount);
    m_sandbox.recordCall("GET", QStringLiteral("/enterprises/%1/staff").arg(kBrasserie));
}

void TestEmployerPage::allOrNothingWritesNothingWhileARowHasAProblem()
{
    const QString path = writeFile(QStringLiteral("staff-1000.csv"), m_big.bytes);
    QVERIFY(!path.isEmpty());
    CsvImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    QVERIFY2(dialog->fileError().isEmpty(), qPrintable(dialog->fileError()));
    QCOMPARE(dialog->plan()->separator(), QLatin1Char(';'));
    QVERIFY(dialog->plan()->hasByteOrderMark());
    QCOMPARE(dialog->plan()->validCount(), 1000);
    QCOMPARE(dialog->plan()->invalidCount(), 4);
    QList<int> bad;
    for (const staff::ImportRow &row : dialog->plan()->rows()) {
        if (!row.isValid())
            bad << row.line;
    }
    QCOMPARE(bad, m_big.badLines);

    // The preview shows only the problems, each said with its column.
    QVERIFY(dialog->onlyProblemsBox()->isChecked());
    QAbstractItemModel *preview = dialog->previewView()->model();
    QCOMPARE(preview->rowCount(), 4);
    auto problemsOf = [&](int line) {
        for (int row = 0; row < preview->rowCount(); ++row) {
            if (preview->index(row, ImportPreviewModel::LineColumn).data().toInt() == line)
                return preview->index(row, ImportPreviewModel::ProblemsColumn).data().toString();
        }
        return QString();
    };
    const QString english = problemsOf(m_big.badNissLine);
    QVERIFY2(english.startsWith(QStringLiteral("niss: ")), qPrintable(english));
    QVERIFY2(problemsOf(m_big.badLines.at(1)).contains(QStringLiteral("street: ")),
             qPrintable(problemsOf(m_big.badLines.at(1))));
    QVERIFY(problemsOf(m_big.badLines.at(2)).contains(QStringLiteral("weeklyHours: ")));
    QVERIFY(problemsOf(m_big.badLines.at(3)).contains(QStringLiteral("endDate: ")));
    // The messages follow the interface's language as it changes.
    QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    const QString french = problemsOf(m_big.badNissLine);
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY2(french != english && french.startsWith(QStringLiteral("niss: ")), qPrintable(french));
    QCOMPARE(problemsOf(m_big.badNissLine), english);

    // All or nothing: nothing can be imported while a row has a problem.
    QCOMPARE(dialog->mode(), CsvImportDialog::Mode::AllOrNothing);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Nothing will be imported")),
             qPrintable(dialog->summaryLabel()->text()));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(!dialog->startImport());
    QVERIFY(!dialog->isImporting());
    QCOMPARE(int(serverRegister().size()), m_seedCount);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->currentDialog());
}

void TestEmployerPage::allOrNothingImportsAWholeCleanFile()
{
    QSet<QString> taken = serverNiss();
    for (const Worker &w : std::as_const(m_big.workers))
        taken << w.niss;
    const GeneratedCsv small = generate(20, 5000, taken, false);
    const QString path = writeFile(QStringLiteral("staff-20.csv"), small.bytes);
    CsvImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->validCount(), 20);
    QCOMPARE(dialog->plan()->invalidCount(), 0);
    QCOMPARE(dialog->mode(), CsvImportDialog::Mode::AllOrNothing);
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->importButton()->text(), importLabel(20));
    QSignalSpy finished(dialog, &CsvImportDialog::importFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().toInt(), 20);
    QCOMPARE(dialog->report().written.size(), 20);
    QVERIFY(dialog->report().failed.isEmpty());
    QVERIFY(dialog->report().notSent.isEmpty());
    QVERIFY2(dialog->summaryLabel()->text().startsWith(
                 QCoreApplication::translate("guichet::ui::employer::CsvImportDialog",
                                             "%n worker(s) added to the register.", nullptr, 20)),
             qPrintable(dialog->summaryLabel()->text()));
    m_seedCount += 20;
    QCOMPARE(int(serverRegister().size()), m_seedCount);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->staffModel()->rowCount(), m_seedCount);
    m_sandbox.recordCall("POST", QStringLiteral("/enterprises/%1/staff").arg(kBrasserie));
}

void TestEmployerPage::importSurvivesLostAnswersAndABusyPortal()
{
    QSet<QString> taken = serverNiss();
    for (const Worker &w : std::as_const(m_big.workers))
        taken << w.niss;
    const GeneratedCsv rows = generate(40, 7000, taken, false);
    const QString path = writeFile(QStringLiteral("staff-faults.csv"), rows.bytes);
    CsvImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->validCount(), 40);
    // Creations whose answer is lost after the portal wrote them, and busy answers.
    QVERIFY(m_sandbox.setFaults(QJsonObject{
        {"dropAfterProcessing", 0.25}, {"error503", 0.2}, {"paths", "/staff$"}, {"seed", 11}}));
    QSignalSpy finished(dialog, &CsvImportDialog::importFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(m_sandbox.setFaults(QJsonObject{}));
    m_sandbox.resetConnections();
    const staff::ImportReport &report = dialog->report();
    QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.value(0).second));
    QCOMPARE(report.written.size(), 40);
    QVERIFY(report.verified);
    // Every worker is in the register exactly once: the importer looks before sending again,
    // and each row's Idempotency-Key (the same for all its attempts) makes the portal answer a
    // creation that arrives twice (Qt re-sends a POST whose connection dropped before the
    // answer) with the record it already made.
    QMap<QString, int> seen;
    for (const QJsonObject &r : serverRegister())
        seen[staff::valueAt(r.value("data").toObject(), "/identity/niss").toString()] += 1;
    for (const Worker &w : rows.workers)
        QVERIFY2(
            seen.value(w.niss) == 1,
            qPrintable(QStringLiteral("%1 held %2 times").arg(w.niss).arg(seen.value(w.niss))));
    QVERIFY2(report.duplicated.isEmpty(), qPrintable(dialog->summaryLabel()->text()));
    QVERIFY2(!dialog->summaryLabel()->text().contains(QStringLiteral("twice")),
             qPrintable(dialog->summaryLabel()->text()));
    m_seedCount += 40;
    QCOMPARE(int(serverRegister().size()), m_seedCount);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QVERIFY(waitLoaded());
    QTRY_VERIFY(!m_page->currentDialog());
}

void TestEmployerPage::importsAThousandWorkersSkippingTheBadRows()
{
    CsvImportDialog *dialog = openImport(m_dir.filePath(QStringLiteral("staff-1000.csv")));
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->validCount(), 1000);
    dialog->skipProblemsButton()->click();
    QCOMPARE(dialog->mode(), CsvImportDialog::Mode::SkipProblems);
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->importButton()->text(), importLabel(1000));
    QSignalSpy finished(dialog, &CsvImportDialog::importFinished);
    QSignalSpy loaded(m_page.get(), &EmployerPage::registerLoaded);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    // The interface keeps running while the rows go out: the progress bar moves.
    QVERIFY(dialog->isImporting());
    QVERIFY(dialog->progressBar()->isVisible());
    QCOMPARE(dialog->progressBar()->maximum(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() > 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 600000);
    QCOMPARE(finished.first().first().toInt(), 1000);
    QVERIFY(dialog->report().failed.isEmpty());
    QCOMPARE(dialog->progressBar()->value(), 1000);
    // The preview keeps each row's outcome.
    dialog->onlyProblemsBox()->setChecked(false);
    QAbstractItemModel *preview = dialog->previewView()->model();
    QCOMPARE(preview->rowCount(), 1004);
    QCOMPARE(preview->index(0, ImportPreviewModel::StatusColumn).data().toString(),
             QStringLiteral("Added"));
    m_seedCount += 1000;
    QCOMPARE(int(serverRegister().size()), m_seedCount);
    // The table shows the register as the portal holds it now.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->staffModel()->rowCount(), m_seedCount);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->currentDialog());
    // Reading an unchanged register again (If-None-Match, 304) gives the same table.
    m_page->reload();
    QVERIFY(waitLoaded());
    QCOMPARE(m_page->staffModel()->rowCount(), m_seedCount);
}

void TestEmployerPage::searchAndFilterTheTable()
{
    QLineEdit *search = m_page->searchField();
    QSortFilterProxyModel *shown = m_page->filterModel();
    QCOMPARE(shown->rowCount(), m_seedCount);
    // Ctrl+F reaches the search field from anywhere on the page.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QTest::keySequence(m_page.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("ozturk lambr"));
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(shown->index(0, StaffTableModel::NameColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Öztürk-Lambrecht, ")));
    QVERIFY(m_page->statusLabel()->text().startsWith(QStringLiteral("1 of ")));

    // The printed national number finds its worker.
    const QString niss = m_big.workers.at(123).niss;
    search->clear();
    QTest::keyClicks(search, niss.left(2) + QLatin1Char('.') + niss.mid(2, 2) + QLatin1Char('.') +
                                 niss.mid(4, 2) + QLatin1Char('-') + niss.mid(6, 3) +
                                 QLatin1Char('.') + niss.mid(9));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(StaffTableModel::NissRole).toString(), niss);

    // Every word must be in the name.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("peeters"));
    const int peeters = shown->rowCount();
    QVERIFY(peeters >= 40);
    QTest::keyClicks(search, QStringLiteral(" jan"));
    QVERIFY(shown->rowCount() < peeters);
    search->clear();
    QCOMPARE(shown->rowCount(), m_seedCount);

    // Ended employments only, as the portal counts them.
    int ended = 0;
    for (const QJsonObject &r : serverRegister())
        ended += r.value("active").toBool() ? 0 : 1;
    QVERIFY(ended >= 100);
    m_page->statusFilter()->setCurrentIndex(2);
    QCOMPARE(shown->rowCount(), ended);
    m_page->statusFilter()->setCurrentIndex(1);
    QCOMPARE(shown->rowCount(), m_seedCount - ended);
    m_page->statusFilter()->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), m_seedCount);
}

void TestEmployerPage::conflictShowsBothVersionsAndOverwritesNothing()
{
    const QStringList ids = otherWorkerIds(1);
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    m_page->selectRecords(ids);
    // Enter on the table opens the entry.
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    auto *dialog = qobject_cast<StaffRecordDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->base()->id, id);
    const QJsonObject read = dialog->base()->data;

    // I change the street in the form...
    QLineEdit *street = nullptr;
    for (const ui::form::FieldInfo &f : dialog->formView()->fields()) {
        if (f.pointer == QLatin1String("/address/street"))
            street = qobject_cast<QLineEdit *>(f.widget);
    }
    QVERIFY(street);
    street->selectAll();
    QTest::keyClicks(street, QStringLiteral("Rue de Fer"));

    // ...while someone else saves a new municipality and e-mail.
    QJsonObject theirs = read;
    staff::setValueAt(theirs, "/address/municipality", QStringLiteral("Jambes"));
    staff::setValueAt(theirs, "/address/postalCode", QStringLiteral("5100"));
    staff::setValueAt(theirs, "/email", QStringLiteral("other.writer@example.be"));
    const auto put = m_sandbox.put(QStringLiteral("/enterprises/%1/staff/%2").arg(kBrasserie, id),
                                   theirs, m_token, {{"If-Match", dialog->base()->etag}});
    QCOMPARE(put.status, 200);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictDialog(), 30000);
    ConflictDialog *conflict = dialog->conflictDialog();
    // Nothing was overwritten: the portal still holds their version.
    QJsonObject held = serverRecord(id);
    QCOMPARE(held.value("data").toObject(), theirs);
    QCOMPARE(held.value("version").toInt(), 2);

    // Both versions, field by field.
    QStringList pointers;
    for (const staff::FieldDifference &d : conflict->differences())
        pointers << d.pointer;
    pointers.sort();
    QStringList expected{"/address/municipality", "/address/postalCode", "/address/street"};
    if (!read.contains("email") || read.value("email") != theirs.value("email"))
        expected << "/email";
    expected.sort();
    QCOMPARE(pointers, expected);
    const int streetRow = conflict->rowOf(QStringLiteral("/address/street"));
    QCOMPARE(conflict->table()->item(streetRow, 1)->text(), QStringLiteral("Rue de Fer"));
    QCOMPARE(conflict->table()->item(streetRow, 2)->text(), QStringLiteral("Rue de la Station"));
    QVERIFY(conflict->table()->item(streetRow, 0)->text().startsWith(QStringLiteral("Street")));
    const int townRow = conflict->rowOf(QStringLiteral("/address/municipality"));
    QCOMPARE(conflict->table()->item(townRow, 1)->text(), QStringLiteral("Namur"));
    QCOMPARE(conflict->table()->item(townRow, 2)->text(), QStringLiteral("Jambes"));
    // Suggested: my street, their town.
    QCOMPARE(conflict->choice(QStringLiteral("/address/street")), ConflictDialog::Choice::Mine);
    QCOMPARE(conflict->choice(QStringLiteral("/address/municipality")),
             ConflictDialog::Choice::Theirs);
    // Per field: I also keep their postal code (suggested) and their e-mail.
    conflict->setChoice(QStringLiteral("/email"), ConflictDialog::Choice::Theirs);

    QSignalSpy saved(dialog, &StaffRecordDialog::saved);
    QTest::mouseClick(conflict->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    held = serverRecord(id);
    QCOMPARE(held.value("version").toInt(), 3);
    const QJsonObject data = held.value("data").toObject();
    QCOMPARE(staff::valueAt(data, "/address/street").toString(), QStringLiteral("Rue de Fer"));
    QCOMPARE(staff::valueAt(data, "/address/municipality").toString(), QStringLiteral("Jambes"));
    QCOMPARE(staff::valueAt(data, "/address/postalCode").toString(), QStringLiteral("5100"));
    QCOMPARE(staff::valueAt(data, "/email").toString(), QStringLiteral("other.writer@example.be"));
    // The table shows the saved entry.
    QTRY_VERIFY(!m_page->currentDialog());
    const int row = m_page->staffModel()->rowOfId(id);
    QCOMPARE(m_page->staffModel()->record(row).version, 3);
    m_sandbox.recordCall("PUT", QStringLiteral("/enterprises/%1/staff/%2").arg(kBrasserie, id));
}

void TestEmployerPage::cancelledConflictWritesNothing()
{
    const QStringList ids = otherWorkerIds(2);
    const QString id = ids.last();
    m_page->selectRecords({id});
    m_page->editSelected();
    auto *dialog = qobject_cast<StaffRecordDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    QLineEdit *number = nullptr;
    for (const ui::form::FieldInfo &f : dialog->formView()->fields()) {
        if (f.pointer == QLatin1String("/address/number"))
            number = qobject_cast<QLineEdit *>(f.widget);
    }
    QVERIFY(number);
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("7A"));

    // Both change the same field.
    QJsonObject theirs = dialog->base()->data;
    staff::setValueAt(theirs, "/address/number", QStringLiteral("99"));
    QCOMPARE(m_sandbox
                 .put(QStringLiteral("/enterprises/%1/staff/%2").arg(kBrasserie, id), theirs,
                      m_token, {{"If-Match", dialog->base()->etag}})
                 .status,
             200);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictDialog(), 30000);
    ConflictDialog *conflict = dialog->conflictDialog();
    QCOMPARE(conflict->differences().size(), 1);
    QVERIFY(conflict->differences().first().isConflict());
    QVERIFY(conflict->table()->item(0, 0)->text().contains(QStringLiteral("changed by both")));
    conflict->reject();
    QTRY_VERIFY(!dialog->conflictDialog());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Not saved")));
    QCOMPARE(serverRecord(id).value("data").toObject(), theirs);

    // Saving again compares again: still nothing overwritten unseen.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictDialog(), 30000);
    dialog->conflictDialog()->chooseAll(ConflictDialog::Choice::Theirs);
    QSignalSpy saved(dialog, &StaffRecordDialog::saved);
    QTest::mouseClick(dialog->conflictDialog()->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    // Theirs everywhere: nothing to write, their version stays as it is.
    const QJsonObject held = serverRecord(id);
    QCOMPARE(held.value("data").toObject(), theirs);
    QCOMPARE(held.value("version").toInt(), 2);
    QTRY_VERIFY(!m_page->currentDialog());
}

void TestEmployerPage::deleteEndsTheEmployment()
{
    const QString id = otherWorkerIds(3).last();
    m_page->selectRecords({id});
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    auto *dialog = qobject_cast<EndEmploymentDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    const QDate last = QDate::currentDate().addDays(10);
    dialog->setEndDate(last);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    const QString ended = QCoreApplication::translate("guichet::ui::employer::EmployerPage",
                                                      "%n employment(s) ended.", nullptr, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->statusLabel()->text(), ended, 30000);
    const QJsonObject held = serverRecord(id);
    QCOMPARE(staff::valueAt(held.value("data").toObject(), "/contract/endDate").toString(),
             last.toString(Qt::ISODate));
    QVERIFY(held.value("active").toBool()); // until that day
    const int row = m_page->staffModel()->rowOfId(id);
    QCOMPARE(m_page->staffModel()->record(row).endDate(), last);
    m_sandbox.recordCall("POST",
                         QStringLiteral("/enterprises/%1/staff/%2/end").arg(kBrasserie, id));
}

void TestEmployerPage::dimonaInForTenWorkersGoesToTheBatch()
{
    const QStringList ids = otherWorkerIds(14).mid(4); // not the ones changed above
    QCOMPARE(ids.size(), 10);
    m_page->selectRecords(ids);
    QCOMPARE(m_page->selectedRecords().size(), 10);
    QAction *in = m_page->dimonaAction(staff::DimonaType::In);
    QVERIFY(in->isEnabled());
    in->trigger();
    auto *dialog = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->invalidCount(), 0);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QCOMPARE(dialog->acceptButton()->text(),
             QCoreApplication::translate("guichet::ui::employer::DimonaDialog",
                                         "&Prepare %n declarations", nullptr, 10));

    QSignalSpy batch(m_page.get(), &EmployerPage::batchRequested);
    QSignalSpy single(m_page.get(), &EmployerPage::openFormRequested);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(batch.count(), 1);
    QCOMPARE(single.count(), 0);
    const QList<QVariant> args = batch.first();
    QCOMPARE(args.at(0).toString(), QStringLiteral("dimona"));
    const auto documents = args.at(1).value<QList<QByteArray>>();
    QCOMPARE(args.at(2).toString(), kBrasserie);
    QVERIFY2(args.at(3).toString().startsWith(QStringLiteral("Dimona IN for 10 worker")),
             qPrintable(args.at(3).toString()));
    QVERIFY(args.at(3).toString().endsWith(QStringLiteral("Brasserie Janssens SRL")));
    QCOMPARE(documents.size(), 10);

    const auto dimona = *staff::FormCache::dimona();
    QSet<QString> expectedNiss;
    for (const QString &id : ids)
        expectedNiss << m_page->staffModel()->record(m_page->staffModel()->rowOfId(id)).niss();
    // Each declaration comes with its worker's name, for the batch's result list.
    const QStringList names = args.at(4).toStringList();
    QCOMPARE(names.size(), documents.size());
    QSet<QString> declared;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QByteArray &bytes = documents.at(i);
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        const auto result = staff::FormCache::validate(*dimona, document);
        QVERIFY2(result.valid, bytes.constData());
        const StaffTableModel *model = m_page->staffModel();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->record(r).niss() == staff::valueAt(document, "/worker/ssin").toString())
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(names.at(i), model->record(row).displayName());
        QCOMPARE(document.value("declarationType").toString(), QStringLiteral("IN"));
        QCOMPARE(staff::valueAt(document, "/employer/enterpriseNumber").toString(), kBrasserie);
        QCOMPARE(staff::valueAt(document, "/dimonaIn/features/jointCommissionNumber").toString(),
                 QStringLiteral("302"));
        declared << staff::valueAt(document, "/worker/ssin").toString();
    }
    QCOMPARE(declared, expectedNiss);
}

void TestEmployerPage::dimonaCancelNeedsEveryPeriodNumber()
{
    const QStringList ids = otherWorkerIds(17).mid(14);
    QCOMPARE(ids.size(), 3);
    m_page->selectRecords(ids);
    m_page->dimonaAction(staff::DimonaType::Cancel)->trigger();
    auto *dialog = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    // No Dimona was ever filed for these workers: nothing on file to prefill, and each row
    // says so.
    QTRY_COMPARE(dialog->periodLookup(), DimonaDialog::PeriodLookup::Done);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(!dialog->knownPeriod(row));
        QVERIFY(dialog->table()->item(row, 2)->text().isEmpty());
        QVERIFY2(dialog->table()->item(row, 3)->text().startsWith(
                     QStringLiteral("No open Dimona period on file for this worker")),
                 qPrintable(dialog->table()->item(row, 3)->text()));
    }
    QCOMPARE(dialog->invalidCount(), 3);
    // A batch goes only when every declaration is complete.
    QVERIFY(!dialog->acceptButton()->isEnabled());
    // A column of period numbers pasted from a spreadsheet fills the rows from the current one.
    dialog->table()->setCurrentCell(0, 2);
    dialog->pastePeriodIds(QStringLiteral("202500118710\r\n202500118811\r\n"));
    QCOMPARE(dialog->invalidCount(), 1);
    dialog->table()->setCurrentCell(2, 2);
    dialog->pastePeriodIds(QStringLiteral("202500118912\n"));
    QCOMPARE(dialog->invalidCount(), 0);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QSignalSpy batch(m_page.get(), &EmployerPage::batchRequested);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(batch.count(), 1);
    const auto documents = batch.first().at(1).value<QList<QByteArray>>();
    QCOMPARE(documents.size(), 3);
    const QStringList periods{"202500118710", "202500118811", "202500118912"};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject document = QJsonDocument::fromJson(documents.at(i)).object();
        QVERIFY(staff::FormCache::validate(**staff::FormCache::dimona(), document).valid);
        QCOMPARE(document.value("declarationType").toString(), QStringLiteral("CANCEL"));
        QCOMPARE(staff::valueAt(document, "/dimonaCancel/periodId").toString(), periods.at(i));
    }
}

void TestEmployerPage::dimonaCancelPrefilledWithThePeriodOfTheIn()
{
    const QStringList ids = otherWorkerIds(19);
    QCOMPARE(ids.size(), 19);
    const QString declared = ids.at(18);
    const QString unknown = ids.at(14); // no Dimona filed for this one
    const staff::StaffRecord worker =
        m_page->staffModel()->record(m_page->staffModel()->rowOfId(declared));

    // The worker's Dimona IN, prepared from the register and filed on the portal.
    m_page->selectRecords({declared});
    m_page->dimonaAction(staff::DimonaType::In)->trigger();
    auto *in = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(in);
    QCOMPARE(in->periodLookup(), DimonaDialog::PeriodLookup::NotAsked); // an IN quotes no period
    QSignalSpy opened(m_page.get(), &EmployerPage::openFormRequested);
    QTest::mouseClick(in->acceptButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    const QJsonObject filed = fileDimona(opened.first().at(1).toByteArray());
    QCOMPARE(filed.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY2(QStringList({"A", "W"}).contains(filed.value(QStringLiteral("result")).toString()),
             QJsonDocument(filed).toJson().constData());
    const QString periodId = filed.value(QStringLiteral("periodId")).toString();
    QCOMPARE(periodId.size(), 12);
    QTRY_VERIFY(!m_page->currentDialog());

    // CANCEL for that worker and one without a period: the first row comes prefilled with the
    // period the IN opened, the other says none is on file.
    m_page->selectRecords({declared, unknown});
    m_page->dimonaAction(staff::DimonaType::Cancel)->trigger();
    auto *dialog = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->periodLookup(), DimonaDialog::PeriodLookup::Done);
    QCOMPARE(dialog->workers().size(), 2);
    const int mine = dialog->workers().at(0).id == declared ? 0 : 1;
    const int other = 1 - mine;
    QTableWidgetItem *period = dialog->table()->item(mine, 2);
    QCOMPARE(period->text(), periodId);
    QVERIFY(period->flags() & Qt::ItemIsEditable);
    QVERIFY(dialog->knownPeriod(mine));
    QCOMPARE(dialog->knownPeriod(mine)->startDate, worker.startDate());
    QVERIFY2(period->toolTip().startsWith(QStringLiteral("On file: the open period since")),
             qPrintable(period->toolTip()));
    QCOMPARE(dialog->table()->item(mine, 3)->text(), QStringLiteral("Ready"));
    QVERIFY(!dialog->knownPeriod(other));
    QVERIFY(dialog->table()->item(other, 2)->text().isEmpty());
    QVERIFY(dialog->table()->item(other, 3)->text().startsWith(
        QStringLiteral("No open Dimona period on file for this worker")));
    QCOMPARE(dialog->invalidCount(), 1);
    QVERIFY(!dialog->acceptButton()->isEnabled());

    // The person types the missing one; the prefilled one stays.
    dialog->setPeriodId(other, QStringLiteral("202500118710"));
    QCOMPARE(dialog->invalidCount(), 0);
    QSignalSpy batch(m_page.get(), &EmployerPage::batchRequested);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(batch.count(), 1);
    const auto documents = batch.first().at(1).value<QList<QByteArray>>();
    QCOMPARE(documents.size(), 2);
    const QJsonObject cancel = QJsonDocument::fromJson(documents.at(mine)).object();
    QVERIFY(staff::FormCache::validate(**staff::FormCache::dimona(), cancel).valid);
    QCOMPARE(cancel.value("declarationType").toString(), QStringLiteral("CANCEL"));
    QCOMPARE(staff::valueAt(cancel, "/dimonaCancel/periodId").toString(), periodId);

    // The portal takes it: the period is cancelled, and a new CANCEL has nothing to prefill.
    const QJsonObject done = fileDimona(documents.at(mine));
    QVERIFY2(QStringList({"A", "W"}).contains(done.value(QStringLiteral("result")).toString()),
             QJsonDocument(done).toJson().constData());
    QTRY_VERIFY(!m_page->currentDialog());
    m_page->selectRecords({declared});
    m_page->dimonaAction(staff::DimonaType::Cancel)->trigger();
    dialog = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->periodLookup(), DimonaDialog::PeriodLookup::Done);
    QVERIFY(!dialog->knownPeriod(0));
    QVERIFY(dialog->table()->item(0, 2)->text().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!m_page->currentDialog());
}

void TestEmployerPage::dimonaForOneWorkerOpensTheForm()
{
    const QString id = otherWorkerIds(18).last();
    m_page->selectRecords({id});
    m_page->dimonaAction(staff::DimonaType::Out)->trigger();
    auto *dialog = qobject_cast<DimonaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    // An OUT needs the period number: without it the declaration opens incomplete in the form.
    QCOMPARE(dialog->invalidCount(), 1);
    QVERIFY(dialog->acceptButton()->isEnabled());
    dialog->setPeriodId(0, QStringLiteral("2025 0011 8710"));
    QCOMPARE(dialog->invalidCount(), 0);
    QSignalSpy single(m_page.get(), &EmployerPage::openFormRequested);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(single.count(), 1);
    QCOMPARE(single.first().at(0).toString(), QStringLiteral("dimona"));
    QCOMPARE(single.first().at(2).toString(), kBrasserie);
    QVERIFY(single.first().at(3).toString().startsWith(QStringLiteral("Dimona OUT – ")));
    const QJsonObject document =
        QJsonDocument::fromJson(single.first().at(1).toByteArray()).object();
    QVERIFY(staff::FormCache::validate(**staff::FormCache::dimona(), document).valid);
    QCOMPARE(staff::valueAt(document, "/dimonaOut/periodId").toString(),
             QStringLiteral("202500118710"));
    QCOMPARE(staff::valueAt(document, "/dimonaOut/endDate").toString(),
             QDate::currentDate().toString(Qt::ISODate));
}

void TestEmployerPage::dmfaFromTheRegister()
{
    m_page->prepareDmfa();
    auto *dialog = qobject_cast<DmfaDialog *>(m_page->currentDialog());
    QVERIFY(dialog);
    dialog->setQuarter(2025, 2);
    QVERIFY(dialog->includedCount() > 500);
    QTest::keyClicks(dialog->nssoNumberEdit(), QStringLiteral("012345674"));
    QSignalSpy single(m_page.get(), &EmployerPage::openFormRequested);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(single.count(), 1);
    QCOMPARE(single.first().at(0).toString(), QStringLiteral("dmfa"));
    QCOMPARE(single.first().at(2).toString(), kBrasserie);
    const QJsonObject document =
        QJsonDocument::fromJson(single.first().at(1).toByteArray()).object();
    QCOMPARE(document.value("quarter").toString(), QStringLiteral("20252"));
    const auto dmfa = *staff::FormCache::dmfa();
    const auto result = staff::FormCache::validate(*dmfa, document);
    QStringList errors;
    for (const auto &e : result.errors)
        errors << QString::fromStdString(e.instanceLocation + " " + e.keyword);
    QVERIFY2(result.valid, qPrintable(errors.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestEmployerPage::exportedRegisterReadsBackAsDuplicates()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_page.get(), &EmployerPage::exported);
    m_page->exportCsv(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QCOMPARE(exported.first().at(1).toInt(), m_seedCount);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "niss;lastName;firstName;"));
    // Read back, every row is a worker the register already has.
    QSet<QString> keys;
    for (const staff::StaffRecord &r : m_page->staffModel()->records())
        keys << r.duplicateKey();
    const auto plan = staff::ImportPlan::analyse(bytes, **staff::FormCache::staffRecord(), keys);
    QVERIFY(plan.hasValue());
    QCOMPARE(plan->rows().size(), m_seedCount);
    QCOMPARE(plan->validCount(), 0);
    for (const staff::ImportRow &row : plan->rows()) {
        QCOMPARE(row.issues.size(), 1);
        QCOMPARE(row.issues.first().kind, staff::ImportIssue::Kind::DuplicateInRegister);
    }
}

void TestEmployerPage::followsTheLanguage()
{
    // The contract column speaks the form's language, switched live like the rest.
    m_page->searchField()->clear();
    QSortFilterProxyModel *shown = m_page->filterModel();
    auto contractOf = [&](const QString &id) {
        const QModelIndex source = m_page->staffModel()->index(m_page->staffModel()->rowOfId(id),
                                                               StaffTableModel::ContractColumn);
        return source.data().toString();
    };
    const QString id = otherWorkerIds(1).first();
    QCOMPARE(contractOf(id), QStringLiteral("Open-ended contract"));
    QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QTRY_COMPARE(contractOf(id), QStringLiteral("Contrat à durée indéterminée"));
    QVERIFY(i18n::setLanguage(QStringLiteral("nl")));
    QCoreApplication::processEvents();
    QTRY_VERIFY(contractOf(id) != QStringLiteral("Contrat à durée indéterminée"));
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QTRY_COMPARE(contractOf(id), QStringLiteral("Open-ended contract"));
    QCOMPARE(shown->rowCount(), m_seedCount);
}

QTEST_MAIN(TestEmployerPage)
#include "tst_employerpage.moc"

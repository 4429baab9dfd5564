// The self-employed workspace page, real widgets offscreen against the real sandbox (HTTPS on
// loopback): the quota charts carry exactly the portal's figures, the contribution estimate is
// exactly the portal's computation, the adjustment request is prefilled with what is known, the
// offline cache shows the last sync without sign-in and holds nothing in clear, a broken portal
// gives a clear message, and the page follows language changes and is usable from the keyboard.
#include "sandboxfixture.h"

#include "core/api/portalaccess.h"
#include "core/drafts/secretkey.h"
#include "core/forms/formdefinition.h"
#include "core/i18n.h"
#include "core/json/qtjson.h"
#include "core/paths.h"
#include "ui/selfemployed/contributionpanel.h"
#include "ui/selfemployed/declarationspanel.h"
#include "ui/selfemployed/quotachart.h"
#include "ui/selfemployed/quotapanel.h"
#include "ui/selfemployed/selfemployedpage.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace guichet;
using namespace guichet::ui;
using namespace guichet::sandbox::test;

namespace {

const QString kThomas = QStringLiteral("86031412323");
// Thomas's daughter, a student (sandbox/seed_people.cpp: born 2006-09-21, counter 184).
const QString kLotte = QStringLiteral("06092118483");
const QString kBrasserie = QStringLiteral("0403019261");

qint64 cents(const QJsonValue &euros)
{
    return qRound64(euros.toDouble() * 100.0);
}

// A signed-in (or not) portal access over a client of this thread, as the CLI and tests use.
struct Session
{
    std::unique_ptr<api::PortalClient> client;
    std::unique_ptr<api::ClientPortalAccess> access;
};

bool refreshed(SelfEmployedPage &page)
{
    QSignalSpy spy(&page, &SelfEmployedPage::finished);
    page.refresh();
    return spy.count() > 0 || spy.wait(60000);
}

} // namespace

class TestSelfEmployedPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void quotaChart_data();
    void quotaChart();
    void contributionEstimate_data();
    void contributionEstimate();
    void adjustmentRequest_data();
    void adjustmentRequest();
    void declarations();
    void startForm();
    void offlineCache();
    void badServerReply_data();
    void badServerReply();
    void languageChange();
    void accessibility();

private:
    Session session(const QString &token, const QJsonObject &identity = {});
    Session signedIn(const QString &nationalNumber);

    SandboxFixture m_sandbox;
    QMap<QString, QString> m_tokens;
    QTemporaryDir m_dataDir;
    drafts::DataKey m_key{QStringLiteral("test-key"), drafts::SecretKey::random()};
};

void TestSelfEmployedPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    // Declarations are processed at once, so their results are there for the next refresh.
    QVERIFY2(m_sandbox.start({QStringLiteral("--processing-delay"), QStringLiteral("0")}),
             qPrintable(m_sandbox.lastError()));
    for (const QString &nn : {kThomas, kLotte}) {
        const QString token = m_sandbox.signIn(nn);
        QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.lastError()));
        m_tokens.insert(nn, token);
    }
}

void TestSelfEmployedPage::cleanup()
{
    m_sandbox.setFaults(QJsonObject{
        {"error500", 0}, {"error503", 0}, {"dropBeforeProcessing", 0}, {"paths", QJsonValue()}});
    m_sandbox.resetConnections();
    i18n::setLanguage(QStringLiteral("en"));
}

void TestSelfEmployedPage::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

Session TestSelfEmployedPage::session(const QString &token, const QJsonObject &identity)
{
    api::ClientConfig config;
    config.server = QUrl(m_sandbox.origin());
    config.caCertificates = QSslCertificate::fromPath(
        m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"), QSsl::Pem);
    Session s;
    s.client = std::make_unique<api::PortalClient>(config);
    if (!token.isEmpty())
        s.client->setAccessToken(token.toUtf8());
    s.access = std::make_unique<api::ClientPortalAccess>(*s.client, identity);
    return s;
}

Session TestSelfEmployedPage::signedIn(const QString &nationalNumber)
{
    const QString token = m_tokens.value(nationalNumber);
    const HttpReply me = m_sandbox.get(QStringLiteral("/me"), token);
    return session(token, me.json());
}

// --- Quotas -----------------------------------------------------------------------------------

void TestSelfEmployedPage::quotaChart_data()
{
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("part"); // flexi or student
    QTest::addColumn<bool>("hasData"); // the seed has figures for that year

    QTest::newRow("Thomas's flexi-job earnings in 2024 (ceiling 12,000)")
        << kThomas << 2024 << QStringLiteral("flexi") << true;
    QTest::newRow("Thomas's flexi-job earnings in 2025 (ceiling 18,000)")
        << kThomas << 2025 << QStringLiteral("flexi") << true;
    QTest::newRow("Thomas's flexi-job earnings this year")
        << kThomas << QDate::currentDate().year() << QStringLiteral("flexi") << true;
    QTest::newRow("Lotte's student hours in 2024 (quota 600)")
        << kLotte << 2024 << QStringLiteral("student") << true;
    QTest::newRow("Lotte's student hours in 2025 (quota 650)")
        << kLotte << 2025 << QStringLiteral("student") << true;
    QTest::newRow("Thomas has no student hours in 2025")
        << kThomas << 2025 << QStringLiteral("student") << false;
}

void TestSelfEmployedPage::quotaChart()
{
    QFETCH(QString, citizen);
    QFETCH(int, year);
    QFETCH(QString, part);
    QFETCH(bool, hasData);

    Session s = signedIn(citizen);
    SelfEmployedPage page(*s.access);
    QVERIFY(refreshed(page));
    QCOMPARE(page.quotasState().source, SelfEmployedPage::Source::Portal);
    QVERIFY2(page.quotasState().error.isEmpty(), qPrintable(page.quotasState().error));

    QuotaPanel *panel = page.quotaPanel();
    const int index = panel->yearCombo()->findData(year);
    QVERIFY(index >= 0);
    panel->yearCombo()->setCurrentIndex(index); // as a person choosing the year would
    QCOMPARE(panel->selectedYear(), year);

    const bool flexi = part == QLatin1String("flexi");
    QuotaChart *chart = flexi ? panel->flexiChart() : panel->studentChart();
    QLabel *summary = flexi ? panel->flexiSummary() : panel->studentSummary();

    // What the portal says, read directly.
    const HttpReply reply = m_sandbox.get(
        QStringLiteral("/citizens/%1/quotas?year=%2").arg(citizen).arg(year), m_tokens[citizen]);
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json().value(part).toObject();
    QList<qint64> monthly;
    QList<qint64> running;
    qint64 sum = 0;
    for (const QJsonValue &m : data.value(QStringLiteral("months")).toArray()) {
        const QJsonObject month = m.toObject();
        const qint64 value = flexi ? cents(month.value(QStringLiteral("amount")))
                                   : qint64(month.value(QStringLiteral("hours")).toInteger());
        monthly.append(value);
        sum += value;
        running.append(sum);
    }
    const QJsonValue limit =
        data.value(flexi ? QStringLiteral("ceiling") : QStringLiteral("quota"));
    const QJsonValue left = data.value(QStringLiteral("left"));
    auto figure = [flexi](const QJsonValue &v) { return flexi ? cents(v) : qint64(v.toInteger()); };

    QCOMPARE(sum > 0, hasData);
    QCOMPARE(chart->year(), year);
    QCOMPARE(chart->monthlyValues(), monthly);
    QCOMPARE(chart->cumulativeValues(), running);
    QCOMPARE(chart->total(),
             figure(data.value(flexi ? QStringLiteral("earned") : QStringLiteral("used"))));
    if (limit.isNull()) {
        QVERIFY(!chart->limit());
        QVERIFY(!chart->left());
        QVERIFY(left.isNull());
    } else {
        QCOMPARE(chart->limit(), std::optional<qint64>(figure(limit)));
        QCOMPARE(chart->left(), std::optional<qint64>(figure(left)));
        // The left figure is the headline, and in the visible sentence.
        if (data.value(QStringLiteral("excess")).toDouble() == 0) {
            QVERIFY2(chart->headline().contains(chart->formatValue(*chart->left())),
                     qPrintable(chart->headline()));
            QVERIFY2(summary->text().contains(chart->formatValue(*chart->left())),
                     qPrintable(summary->text()));
        }
    }
    if (flexi && year == 2024)
        QCOMPARE(chart->limit(), std::optional<qint64>(1'200'000));
    if (flexi && year == 2025)
        QCOMPARE(chart->limit(), std::optional<qint64>(1'800'000));
    if (!flexi && year >= 2025)
        QCOMPARE(chart->limit(), std::optional<qint64>(650));

    // The same figures as text: the sentence, the accessible description and the table.
    QCOMPARE(summary->text(), chart->summary());
    QVERIFY(chart->accessibleDescription().startsWith(chart->summary()));
    QTableWidget *table = panel->table();
    const int valueColumn = flexi ? 1 : 3;
    for (int m = 0; m < 12; ++m) {
        const QString expected =
            flexi ? chart->formatValue(monthly[m]) : QLocale().toString(monthly[m]);
        const QString expectedRunning =
            flexi ? chart->formatValue(running[m]) : QLocale().toString(running[m]);
        QCOMPARE(table->item(m, valueColumn)->text(), expected);
        QCOMPARE(table->item(m, valueColumn + 1)->text(), expectedRunning);
        QVERIFY(chart->accessibleDescription().contains(chart->formatValue(monthly[m])));
    }
}

// --- Contributions ----------------------------------------------------------------------------

void TestSelfEmployedPage::contributionEstimate_data()
{
    QTest::addColumn<QString>("income"); // as typed, and as sent to the portal's simulation

    QTest::newRow("no income (the minimum)") << QStringLiteral("0");
    QTest::newRow("the starter threshold") << QStringLiteral("8783.48");
    QTest::newRow("the income at which the minimum stops") << QStringLiteral("17008.88");
    QTest::newRow("one cent above it") << QStringLiteral("17008.89");
    QTest::newRow("50,000") << QStringLiteral("50000");
    QTest::newRow("the end of the first bracket") << QStringLiteral("73447.52");
    QTest::newRow("one cent into the second bracket") << QStringLiteral("73447.53");
    QTest::newRow("the end of the second bracket") << QStringLiteral("108238.40");
    QTest::newRow("one cent above every bracket") << QStringLiteral("108238.41");
    QTest::newRow("250,000") << QStringLiteral("250000");
}

void TestSelfEmployedPage::contributionEstimate()
{
    QFETCH(QString, income);

    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    QVERIFY(refreshed(page));
    QCOMPARE(page.contributionsState().source, SelfEmployedPage::Source::Portal);
    ContributionPanel *panel = page.contributionPanel();
    QCOMPARE(panel->year(), page.contributionYear());

    // Typed, as a person would.
    QDoubleSpinBox *edit = panel->incomeEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, income);
    QCOMPARE(panel->incomeCents(), qRound64(income.toDouble() * 100.0));

    // The portal's own computation of the same income.
    const HttpReply reply =
        m_sandbox.get(QStringLiteral("/citizens/%1/contributions?year=%2&income=%3")
                          .arg(kThomas)
                          .arg(page.contributionYear())
                          .arg(income),
                      m_tokens[kThomas]);
    QCOMPARE(reply.status, 200);
    const QJsonObject provisional = reply.json().value(QStringLiteral("provisional")).toObject();
    QCOMPARE(provisional.value(QStringLiteral("basisKind")).toString(),
             QStringLiteral("simulation"));

    const auto estimate = panel->estimate();
    QVERIFY(estimate);
    QVERIFY(estimate->latest);
    QCOMPARE(estimate->latest->quarterlyCents,
             cents(provisional.value(QStringLiteral("quarterly"))));
    QCOMPARE(estimate->annualCents, cents(provisional.value(QStringLiteral("annual"))));
    QCOMPARE(estimate->latest->minimumApplied,
             provisional.value(QStringLiteral("minimumApplied")).toBool());
    const QJsonArray quarters = reply.json().value(QStringLiteral("quarters")).toArray();
    for (int q = 0; q < 4; ++q)
        QCOMPARE(estimate->quarterCents.value(q),
                 cents(quarters.at(q).toObject().value(QStringLiteral("amount"))));

    // What the person reads, beside the provisional amount the portal holds for them.
    QCOMPARE(panel->cell(1, 1)->text(),
             ContributionPanel::formatCents(estimate->latest->quarterlyCents));
    QCOMPARE(panel->cell(2, 1)->text(), ContributionPanel::formatCents(estimate->annualCents));
    const HttpReply own = m_sandbox.get(QStringLiteral("/citizens/%1/contributions?year=%2")
                                            .arg(kThomas)
                                            .arg(page.contributionYear()),
                                        m_tokens[kThomas]);
    const QJsonObject held = own.json().value(QStringLiteral("provisional")).toObject();
    QCOMPARE(panel->cell(1, 0)->text(),
             ContributionPanel::formatCents(cents(held.value(QStringLiteral("quarterly")))));
    QCOMPARE(panel->cell(2, 0)->text(),
             ContributionPanel::formatCents(cents(held.value(QStringLiteral("annual")))));
    QVERIFY(panel->provisionalLabel()->text().contains(
        ContributionPanel::formatCents(cents(held.value(QStringLiteral("quarterly"))))));
    QVERIFY(!panel->comparisonLabel()->text().isEmpty());
}

void TestSelfEmployedPage::adjustmentRequest_data()
{
    QTest::addColumn<double>("income");
    QTest::addColumn<QString>("direction");

    QTest::newRow("a lower income asks for a decrease") << 20000.0 << QStringLiteral("decrease");
    QTest::newRow("a higher income asks for an increase") << 95000.5 << QStringLiteral("increase");
}

void TestSelfEmployedPage::adjustmentRequest()
{
    QFETCH(double, income);
    QFETCH(QString, direction);

    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    QVERIFY(refreshed(page));
    page.contributionPanel()->incomeEdit()->setValue(income);

    QSignalSpy spy(&page, &SelfEmployedPage::openFormRequested);
    QPushButton *adjust = page.contributionPanel()->adjustButton();
    QVERIFY(adjust->isEnabled());
    QTest::mouseClick(adjust, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).toString(), SelfEmployedPage::adjustmentFormId());
    QVERIFY(args.at(2).toString().isEmpty()); // for himself
    QCOMPARE(args.at(3).toString(),
             QStringLiteral("Adjustment of provisional social contributions"));

    const QJsonObject document = QJsonDocument::fromJson(args.at(1).toByteArray()).object();
    QCOMPARE(document.value(QStringLiteral("niss")).toString(), kThomas);
    QCOMPARE(document.value(QStringLiteral("year")).toInt(), page.contributionYear());
    QCOMPARE(qRound64(document.value(QStringLiteral("estimatedIncome")).toDouble() * 100),
             qRound64(income * 100));
    QCOMPARE(document.value(QStringLiteral("direction")).toString(), direction);
    const QDate today = QDate::currentDate();
    if (today.year() == page.contributionYear())
        QCOMPARE(document.value(QStringLiteral("quarter")).toInt(), (today.month() - 1) / 3 + 1);
    else
        QVERIFY(!document.contains(QStringLiteral("quarter")));

    // Valid for the form as far as it goes: the only errors are the members left to the person.
    const auto form = forms::FormDefinition::load(
        QDir(paths::formsDirectory())
            .filePath(QStringLiteral("selfemployed-contribution-adjustment/1")));
    QVERIFY2(form, form ? "" : qPrintable((*&form).error().message));
    const auto result = (*form)->compiled()->validate(json::fromQJsonValue(document));
    for (const auto &error : result.errors) {
        QVERIFY2(error.keyword == "required" || error.keyword == "allOf" ||
                     error.keyword == "then" || error.keyword == "if",
                 error.keyword.c_str());
        if (error.keyword == "required") {
            for (const std::string &missing : error.args)
                QVERIFY2(!document.contains(QString::fromStdString(missing)), missing.c_str());
        }
    }
}

// --- Declarations and forms -------------------------------------------------------------------

void TestSelfEmployedPage::declarations()
{
    const QString token = m_tokens[kThomas];
    auto file = [&](const QString &onBehalfOf, const QString &key) {
        QJsonObject body{{"formId", "citizen-bank-account-change"},
                         {"formVersion", 1},
                         {"data", QJsonObject{{"niss", kThomas},
                                              {"iban", "BE68539007547034"},
                                              {"accountHolder", "Thomas Janssens"},
                                              {"effectiveDate", "2026-12-01"},
                                              {"confirmation", true}}}};
        if (!onBehalfOf.isEmpty())
            body.insert(QStringLiteral("onBehalfOf"), onBehalfOf);
        return m_sandbox.post(QStringLiteral("/declarations"), body, token,
                              {{QByteArrayLiteral("Idempotency-Key"), key.toUtf8()}});
    };
    const HttpReply own = file({}, QStringLiteral("selfemployed-own-1"));
    QCOMPARE(own.status, 201);
    const HttpReply forBrasserie = file(kBrasserie, QStringLiteral("selfemployed-brasserie-1"));
    QCOMPARE(forBrasserie.status, 201);
    const QString ownTicket = own.json().value(QStringLiteral("ticket")).toString();
    const QString brasserieTicket = forBrasserie.json().value(QStringLiteral("ticket")).toString();
    // Processing is immediate here (--processing-delay 0), yet asynchronous: wait for it.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox.get(QStringLiteral("/declarations/") + own.json().value("id").toString(), token)
            .json()
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("done"), 20000);
    const QJsonObject done =
        m_sandbox.get(QStringLiteral("/declarations/") + own.json().value("id").toString(), token)
            .json();

    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    QVERIFY(refreshed(page));
    QCOMPARE(page.declarationsState().source, SelfEmployedPage::Source::Portal);
    DeclarationTableModel *model = page.declarationsPanel()->model();
    int ownRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString ticket =
            model->index(r, DeclarationTableModel::TicketColumn).data().toString();
        QVERIFY2(ticket != brasserieTicket, "a declaration for the brasserie is not his own");
        if (ticket == ownTicket)
            ownRow = r;
    }
    QVERIFY(ownRow >= 0);
    const DeclarationRow &row = model->declarations().at(ownRow);
    QCOMPARE(row.result, done.value(QStringLiteral("result")).toString());
    QCOMPARE(model->index(ownRow, DeclarationTableModel::FormColumn).data().toString(),
             QStringLiteral("Change of bank account"));
    QCOMPARE(model->index(ownRow, DeclarationTableModel::ResultColumn).data().toString(),
             row.outcomeText());
    QCOMPARE(model->index(ownRow, DeclarationTableModel::AnomaliesColumn).data().toString(),
             QString::number(done.value(QStringLiteral("anomalies")).toArray().size()));

    // Choosing the row shows its result and anomalies in words.
    QTableView *view = page.declarationsPanel()->view();
    view->setCurrentIndex(model->index(ownRow, 0));
    const QString details = page.declarationsPanel()->detailsLabel()->text();
    QVERIFY2(details.contains(ownTicket) && details.contains(row.outcomeText()),
             qPrintable(details));
    for (const QJsonValue &a : done.value(QStringLiteral("anomalies")).toArray())
        QVERIFY(details.contains(a.toObject().value(QStringLiteral("code")).toString()));
}

void TestSelfEmployedPage::startForm()
{
    Session s = session({});
    SelfEmployedPage page(*s.access);
    DeclarationsPanel *panel = page.declarationsPanel();

    // Self-employed and citizen forms, none of the employer's.
    QStringList ids;
    for (const FormChoice &form : panel->forms())
        ids.append(form.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("selfemployed-contribution-adjustment"),
                               QStringLiteral("citizen-address-change"),
                               QStringLiteral("citizen-bank-account-change")}));

    QSignalSpy spy(&page, &SelfEmployedPage::openFormRequested);
    QComboBox *combo = panel->formCombo();
    combo->setFocus();
    combo->setCurrentIndex(ids.indexOf(QStringLiteral("citizen-address-change")));
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).toString(), QStringLiteral("citizen-address-change"));
    QVERIFY(args.at(1).toByteArray().isEmpty());
    QVERIFY(args.at(2).toString().isEmpty());
    QCOMPARE(args.at(3).toString(), QStringLiteral("Change of address"));
}

// --- Offline ----------------------------------------------------------------------------------

void TestSelfEmployedPage::offlineCache()
{
    QTemporaryDir dir;
    const QString owner = QStringLiteral("owner-thomas");
    QList<qint64> online2025;
    QString onlineProvisional;
    int onlineDeclarations = 0;
    {
        Session s = signedIn(kThomas);
        SelfEmployedPage page(*s.access);
        page.setDataDirectory(dir.path());
        page.setOwner(owner);
        page.setDataKey(m_key);
        QVERIFY(refreshed(page));
        QCOMPARE(page.quotasState().source, SelfEmployedPage::Source::Portal);
        page.quotaPanel()->selectYear(2025);
        online2025 = page.quotaPanel()->flexiChart()->cumulativeValues();
        onlineProvisional = page.contributionPanel()->provisionalLabel()->text();
        onlineDeclarations = page.declarationsPanel()->model()->rowCount();
    }

    // Nobody signed in: the last sync, said to be so.
    Session offline = session({});
    QVERIFY(!offline.access->isSignedIn());
    SelfEmployedPage page(*offline.access);
    page.setDataDirectory(dir.path());
    page.setOwner(owner);
    page.setDataKey(m_key);
    QVERIFY(refreshed(page));
    for (const auto &state :
         {page.quotasState(), page.contributionsState(), page.declarationsState()}) {
        QCOMPARE(state.source, SelfEmployedPage::Source::Cache);
        QVERIFY(state.asOf.isValid());
        QVERIFY(state.asOf.secsTo(QDateTime::currentDateTimeUtc()) < 3600);
    }
    page.quotaPanel()->selectYear(2025);
    QCOMPARE(page.quotaPanel()->flexiChart()->cumulativeValues(), online2025);
    QCOMPARE(page.quotaPanel()->flexiChart()->limit(), std::optional<qint64>(1'800'000));
    QCOMPARE(page.contributionPanel()->provisionalLabel()->text(), onlineProvisional);
    QCOMPARE(page.declarationsPanel()->model()->rowCount(), onlineDeclarations);
    const QString asOf =
        QLocale().toString(page.quotasState().asOf.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(page.quotasSourceLabel()->text().startsWith(QStringLiteral("As of ")) &&
                 page.quotasSourceLabel()->text().contains(asOf),
             qPrintable(page.quotasSourceLabel()->text()));
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("not signed in")));
    // The estimate works offline too (the computation is local).
    page.contributionPanel()->incomeEdit()->setValue(50000);
    QCOMPARE(page.contributionPanel()->estimate()->annualCents, qint64(4 * 256'250));

    // On disk: sealed. Neither the national number nor any amount in clear, file names included.
    const QDir cacheDir(dir.filePath(QStringLiteral("cache")));
    const QStringList files = cacheDir.entryList(QDir::Files);
    QCOMPARE(files.size(), 3);
    QStringList amounts;
    const HttpReply q = m_sandbox.get(QStringLiteral("/citizens/%1/quotas?year=2025").arg(kThomas),
                                      m_tokens[kThomas]);
    amounts.append(QString::number(q.json().value("flexi").toObject().value("earned").toDouble()));
    for (const QJsonValue &m : q.json().value("flexi").toObject().value("months").toArray()) {
        const double amount = m.toObject().value("amount").toDouble();
        if (amount > 0)
            amounts.append(QString::number(amount));
    }
    for (const QString &name : files) {
        QVERIFY(!name.contains(kThomas));
        QFile file(cacheDir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kThomas.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains("Thomas"), qPrintable(name));
        for (const QString &amount : std::as_const(amounts))
            QVERIFY2(!bytes.contains(amount.toUtf8()),
                     qPrintable(name + QLatin1Char(' ') + amount));
    }

    // Signed in again: the saved figures show at once, the portal's replace them when they come.
    {
        Session s = signedIn(kThomas);
        SelfEmployedPage again(*s.access);
        again.setDataDirectory(dir.path());
        again.setOwner(owner);
        again.setDataKey(m_key);
        QSignalSpy done(&again, &SelfEmployedPage::finished);
        again.refresh();
        QVERIFY(again.isLoading());
        QCOMPARE(again.quotasState().source, SelfEmployedPage::Source::Cache);
        QVERIFY(again.quotaPanel()->flexiChart()->hasSeries());
        QVERIFY(done.wait(60000));
        QCOMPARE(again.quotasState().source, SelfEmployedPage::Source::Portal);
    }

    // Another key, or another owner: nothing to show, and it says how to get the figures.
    for (const auto &[ownerName, key] :
         {std::pair{owner, drafts::DataKey{QStringLiteral("other"), drafts::SecretKey::random()}},
          std::pair{QStringLiteral("owner-someone-else"), m_key}}) {
        SelfEmployedPage other(*offline.access);
        other.setDataDirectory(dir.path());
        other.setOwner(ownerName);
        other.setDataKey(key);
        QVERIFY(refreshed(other));
        QCOMPARE(other.quotasState().source, SelfEmployedPage::Source::None);
        QVERIFY(!other.quotaPanel()->flexiChart()->hasSeries());
        QVERIFY(other.statusLabel()->text().contains(QStringLiteral("Sign in")));
    }
}

void TestSelfEmployedPage::badServerReply_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QString>("section"); // quotas, contributions, declarations, all
    QTest::addColumn<QString>("message"); // expected error, empty: any
    QTest::addColumn<bool>("cached");     // a sync happened before

    QTest::newRow("quotas answer 500")
        << QJsonObject{{"error500", 1}, {"paths", "/quotas$"}} << QStringLiteral("quotas")
        << QStringLiteral("The portal ran into a problem (HTTP 500). Try again later.") << false;
    QTest::newRow("contributions answer 503")
        << QJsonObject{{"error503", 1}, {"paths", "/contributions$"}}
        << QStringLiteral("contributions")
        << QStringLiteral("The portal is busy at the moment. Try again in a few minutes.") << false;
    QTest::newRow("the declarations' connection drops")
        << QJsonObject{{"dropBeforeProcessing", 1}, {"paths", "/declarations$"}}
        << QStringLiteral("declarations") << QString() << false;
    QTest::newRow("everything fails after a sync: the cache shows")
        << QJsonObject{{"error500", 1}, {"paths", "/(quotas|contributions|declarations)$"}}
        << QStringLiteral("all")
        << QStringLiteral("The portal ran into a problem (HTTP 500). Try again later.") << true;
}

void TestSelfEmployedPage::badServerReply()
{
    QFETCH(QJsonObject, faults);
    QFETCH(QString, section);
    QFETCH(QString, message);
    QFETCH(bool, cached);

    QTemporaryDir dir;
    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    page.setDataDirectory(dir.path());
    page.setOwner(QStringLiteral("owner-faults"));
    page.setDataKey(m_key);
    QList<qint64> before;
    if (cached) {
        QVERIFY(refreshed(page));
        before = page.quotaPanel()->flexiChart()->cumulativeValues();
        page.clear();
    }

    QVERIFY(m_sandbox.setFaults(faults));
    QVERIFY(refreshed(page));
    QVERIFY(!page.isLoading());
    QVERIFY(page.refreshButton()->isEnabled());

    const QMap<QString, SelfEmployedPage::SectionState> states{
        {QStringLiteral("quotas"), page.quotasState()},
        {QStringLiteral("contributions"), page.contributionsState()},
        {QStringLiteral("declarations"), page.declarationsState()}};
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const bool failing = section == QLatin1String("all") || section == it.key();
        if (!failing) {
            QCOMPARE(it->source, SelfEmployedPage::Source::Portal);
            QVERIFY(it->error.isEmpty());
            continue;
        }
        QVERIFY2(!it->error.isEmpty(), qPrintable(it.key()));
        if (!message.isEmpty())
            QCOMPARE(it->error, message);
        QCOMPARE(it->source,
                 cached ? SelfEmployedPage::Source::Cache : SelfEmployedPage::Source::None);
    }
    QVERIFY2(
        page.statusLabel()->text().startsWith(QStringLiteral("Some figures could not be fetched")),
        qPrintable(page.statusLabel()->text()));
    if (cached) {
        QCOMPARE(page.quotaPanel()->flexiChart()->cumulativeValues(), before);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("saved on this computer")));
    }

    // Once the portal is well again, a refresh brings everything back.
    cleanup();
    QVERIFY(refreshed(page));
    QCOMPARE(page.quotasState().source, SelfEmployedPage::Source::Portal);
    QCOMPARE(page.contributionsState().source, SelfEmployedPage::Source::Portal);
    QCOMPARE(page.declarationsState().source, SelfEmployedPage::Source::Portal);
}

// --- Language and accessibility ---------------------------------------------------------------

void TestSelfEmployedPage::languageChange()
{
    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    page.show();
    QVERIFY(refreshed(page));
    QTableWidget *table = page.quotaPanel()->table();
    QCOMPARE(table->item(0, 0)->text(), QLocale().standaloneMonthName(1));
    const qint64 quarterly = page.contributionPanel()->estimate()->latest->quarterlyCents;

    QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    const QLocale fr = i18n::localeFor(QStringLiteral("fr"));
    QCOMPARE(table->item(0, 0)->text(), fr.standaloneMonthName(1));
    QCOMPARE(page.contributionPanel()->cell(1, 1)->text(),
             fr.toCurrencyString(quarterly / 100.0, QStringLiteral("€"), 2));
    // The income is typed with the language's separators too.
    QDoubleSpinBox *income = page.contributionPanel()->incomeEdit();
    QCOMPARE(income->locale().decimalPoint(), fr.decimalPoint());
    QVERIFY2(income->text().contains(fr.toString(income->value(), 'f', 2)),
             qPrintable(income->text()));

    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(table->item(0, 0)->text(), QLocale().standaloneMonthName(1));
}

void TestSelfEmployedPage::accessibility()
{
    Session s = signedIn(kThomas);
    SelfEmployedPage page(*s.access);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(refreshed(page));

    // The chart is a chart to assistive technology, and carries its figures in words.
    QuotaChart *chart = page.quotaPanel()->flexiChart();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QVERIFY(iface->text(QAccessible::Name).contains(QString::number(chart->year())));
    QVERIFY(iface->text(QAccessible::Description).contains(chart->summary()));

    // The arrow keys walk through the months, and the description follows.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->selectedMonth(), 1);
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->selectedMonth(), 12);
    QVERIFY(iface->text(QAccessible::Description)
                .contains(QStringLiteral("Selected: %1").arg(QLocale().standaloneMonthName(12))));

    // Labels name their fields (mnemonics reach them).
    const auto buddyOf = [&](QWidget *field) {
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QVERIFY(buddyOf(page.contributionPanel()->incomeEdit()));
    QVERIFY(buddyOf(page.quotaPanel()->yearCombo()));
    QVERIFY(buddyOf(page.declarationsPanel()->formCombo()));
    QVERIFY(!page.contributionPanel()->incomeEdit()->accessibleName().isEmpty());
    QVERIFY(!page.quotaPanel()->table()->accessibleName().isEmpty());

    // Tab goes through the page in reading order.
    const QList<QWidget *> expected{page.refreshButton(),
                                    page.declarationsPanel()->view(),
                                    page.declarationsPanel()->formCombo(),
                                    page.declarationsPanel()->startButton(),
                                    page.contributionPanel()->incomeEdit(),
                                    page.contributionPanel()->adjustButton(),
                                    page.quotaPanel()->yearCombo(),
                                    page.quotaPanel()->flexiChart(),
                                    page.quotaPanel()->studentChart(),
                                    page.quotaPanel()->table()};
    page.refreshButton()->setFocus();
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (int i = 0; i < 40 && visited.size() < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (expected.contains(now) && !visited.contains(now))
            visited.append(now);
    }
    QCOMPARE(visited, expected);
}

QTEST_MAIN(TestSelfEmployedPage)
#include "tst_selfemployedpage.moc"

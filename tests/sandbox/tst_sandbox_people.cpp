// guichet-sandbox's people module: staff registers (search, ETag/If-Match, end of employment,
// mandates), citizen quotas and contributions, the helpdesk look-up and the audit trail the
// citizen reads, through real HTTPS on loopback; and, without a server, the seed's identifiers
// and the contribution computation.
#include "sandboxfixture.h"

#include "contributions.h"
#include "seed.h"
#include "seed_people.h"

#include "core/forms/formdefinition.h"
#include "core/json/qtjson.h"
#include "core/schema/formats.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace guichet;
using namespace guichet::sandbox;
using namespace guichet::sandbox::test;

namespace {

const QString kThomas = QString::fromLatin1(kDemoNationalNumber);
// A plain citizen of the core world: no role but citizen, no mandate.
const QString kBart = QStringLiteral("85073003328");
const QString kBrasserie = QString::fromLatin1(kBrasserieNumber);
// An enterprise of the world Thomas holds no mandate for.
const QString kCafeDuParc = QStringLiteral("0476543281");

QString staffPath(const QString &enterprise, const QString &rest = {})
{
    return QStringLiteral("/enterprises/%1/staff").arg(enterprise) + rest;
}

QList<StaffSeed> seededStaffOf(const QString &enterprise)
{
    QList<StaffSeed> out;
    for (const StaffSeed &s : PeopleSeed::demo().staff) {
        if (s.enterpriseNumber == enterprise)
            out.append(s);
    }
    return out;
}

bool isActiveOn(const QJsonObject &data, const QDate &day)
{
    const QDate end = QDate::fromString(data.value(QStringLiteral("contract"))
                                            .toObject()
                                            .value(QStringLiteral("endDate"))
                                            .toString(),
                                        Qt::ISODate);
    return !end.isValid() || end >= day;
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

qint64 yearTotal(const QList<MonthlyFigure> &rows, const QString &niss, int year)
{
    qint64 sum = 0;
    for (const MonthlyFigure &f : rows) {
        if (f.nationalNumber == niss && f.year == year)
            sum += f.value;
    }
    return sum;
}

// The citizen with the largest yearly total (the seed's over-the-limit case).
QString topOf(const QList<MonthlyFigure> &rows, int year)
{
    QHash<QString, qint64> sums;
    for (const MonthlyFigure &f : rows) {
        if (f.year == year)
            sums[f.nationalNumber] += f.value;
    }
    QString top;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (top.isEmpty() || it.value() > sums.value(top))
            top = it.key();
    }
    return top;
}

const CitizenProfile *profileNamed(const QString &given, const QString &surname)
{
    for (const CitizenProfile &c : PeopleSeed::demo().citizens) {
        if (c.givenName == given && c.surname == surname)
            return &c;
    }
    return nullptr;
}

// A new worker for the register, valid against staff-record/1.
QJsonObject newWorker(const QString &niss)
{
    return QJsonObject{
        {"identity",
         QJsonObject{{"niss", niss}, {"lastName", "Vandenberghe"}, {"firstName", "Ingrid"}}},
        {"address", QJsonObject{{"street", "Rue Haute"},
                                {"number", "118"},
                                {"postalCode", "1000"},
                                {"municipality", "Bruxelles"},
                                {"country", "BE"}}},
        {"contract", QJsonObject{{"type", "indefinite"},
                                 {"startDate", "2026-09-01"},
                                 {"workingTime", "partTime"},
                                 {"weeklyHours", 19},
                                 {"referenceWeeklyHours", 38}}},
        {"jointCommittee", "302"},
        {"workerType", "OTH"},
        {"bankAccount", "BE68539007547034"}};
}

// RFC 3339 in UTC, whole seconds: the API's DateTime.
bool isApiDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

HeaderList ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

qint64 cents(double euros)
{
    return qRound64(euros * 100);
}

QString boulangerieNumber()
{
    for (const Enterprise &e : World::demo().enterprises) {
        if (e.name == QLatin1String(kBoulangerieName))
            return e.number;
    }
    return {};
}

QString periodsPath(const QString &enterprise, const QString &query = {})
{
    return QStringLiteral("/enterprises/%1/dimona-periods").arg(enterprise) + query;
}

HeaderList idempotencyKey(const QByteArray &key)
{
    return {{"Idempotency-Key", key}};
}

// A Dimona IN of Brasserie Janssens SRL, in the envelope of POST /declarations.
QJsonObject dimonaInEnvelope(const QString &ssin, const QDate &start)
{
    const QJsonObject data{
        {"declarationType", "IN"},
        {"employer", QJsonObject{{"enterpriseNumber", kBrasserie}}},
        {"worker", QJsonObject{{"ssin", ssin}}},
        {"dimonaIn", QJsonObject{{"startDate", start.toString(Qt::ISODate)},
                                 {"features", QJsonObject{{"workerType", "OTH"},
                                                          {"jointCommissionNumber", "302"}}}}}};
    return {{"formId", "dimona"}, {"formVersion", 1}, {"onBehalfOf", kBrasserie}, {"data", data}};
}

QJsonObject dimonaCancelEnvelope(const QString &periodId)
{
    const QJsonObject data{{"declarationType", "CANCEL"},
                           {"employer", QJsonObject{{"enterpriseNumber", kBrasserie}}},
                           {"dimonaCancel", QJsonObject{{"periodId", periodId}}}};
    return {{"formId", "dimona"}, {"formVersion", 1}, {"onBehalfOf", kBrasserie}, {"data", data}};
}

QStringList periodIdsOf(const HttpReply &reply)
{
    QStringList ids;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("periods")).toArray())
        ids << v.toObject().value(QStringLiteral("periodId")).toString();
    return ids;
}

// Pre-2000 rule: 97 - (first nine digits mod 97).
bool passesPre2000Rule(const QString &niss)
{
    return niss.right(2).toInt() == 97 - int(niss.left(9).toLongLong() % 97);
}

} // namespace

class TestSandboxPeople : public QObject
{
    Q_OBJECT

private:
    // The register entries of that national number.
    int countInRegister(const QString &enterprise, const QString &niss);
    // POST /declarations with a fresh key, then waits until it is done; the declaration.
    QJsonObject fileAndWait(const QJsonObject &envelope);

    SandboxFixture m_sandbox;
    QString m_thomas; // demo identity: employer, helpdesk, self-employed, citizen
    QString m_bart;   // a plain citizen

private slots:
    void initTestCase();
    void cleanupTestCase();

    // --- Staff register ----------------------------------------------------------------
    void staffListHoldsTheSeededRegister();
    void staffActiveFilter();
    void staffSearch_data();
    void staffSearch();
    void staffBadParameters_data();
    void staffBadParameters();
    void staffLifecycle();
    void staffCreateRefusesInvalidData_data();
    void staffCreateRefusesInvalidData();
    void staffNeedsAMandate_data();
    void staffNeedsAMandate();
    void staffUnknownRecord();
    void staffCreationReplayedUnderItsKey();
    void staffIdempotencyKeyScopedToEnterpriseAndCaller();
    void staffIdempotencyKeyMalformed();
    void staffIdempotencyKeysSurviveARestart();

    // --- Dimona periods ------------------------------------------------------------------
    void dimonaPeriodsOfTheSeed();
    void dimonaPeriodsFilters_data();
    void dimonaPeriodsFilters();
    void dimonaPeriodsRefusals_data();
    void dimonaPeriodsRefusals();
    void dimonaPeriodsFollowAcceptedDeclarations();

    // --- Citizen data --------------------------------------------------------------------
    void quotas_data();
    void quotas();
    void quotasOverTheLimits();
    void contributions_data();
    void contributions();
    void citizenDataAccess_data();
    void citizenDataAccess();

    // --- Helpdesk and audit --------------------------------------------------------------
    void helpdeskLookupIsAuditedForTheCitizen();
    void helpdeskFindsAWorkerOfARegister();
    void helpdeskRefusals_data();
    void helpdeskRefusals();

    // --- Pure: computations and seed ---------------------------------------------------
    void provisionalContribution_data();
    void provisionalContribution();
    void yearlyFigures_data();
    void yearlyFigures();
    void identifierMakers();
    void seedIdentifiersAreValid();
    void seedStaffRecordsValidate();
    void seedFigures();
};

void TestSandboxPeople::provisionalContribution_data()
{
    QTest::addColumn<double>("basis");
    QTest::addColumn<bool>("starter");
    QTest::addColumn<double>("quarterly");
    QTest::addColumn<bool>("minimum");
    QTest::addColumn<bool>("reduced");

    QTest::newRow("no income: the minimum") << 0.0 << false << 871.71 << true << false;
    // The minimum is 20.5 % of 17,008.88 / 4 (DOMAIN §6): the brackets give it exactly there.
    QTest::newRow("income at the minimum's basis") << 17008.88 << false << 871.71 << false << false;
    QTest::newRow("income in the first bracket") << 50000.0 << false << 2562.50 << false << false;
    QTest::newRow("income at the first bracket's top")
        << 73447.52 << false << 3764.19 << false << false;
    QTest::newRow("income in the second bracket") << 100000.0 << false << 4704.14 << false << false;
    QTest::newRow("income at the second bracket's top")
        << 108238.40 << false << 4995.78 << false << false;
    QTest::newRow("income above every bracket") << 250000.0 << false << 4995.78 << false << false;
    QTest::newRow("starter under the threshold") << 7200.0 << true << 463.88 << false << true;
    QTest::newRow("starter at the threshold: the minimum")
        << 8783.48 << true << 871.71 << true << false;
    QTest::newRow("starter with a high income") << 60000.0 << true << 3075.0 << false << false;
    QTest::newRow("no starter under the threshold: the minimum")
        << 7200.0 << false << 871.71 << true << false;
}

void TestSandboxPeople::provisionalContribution()
{
    QFETCH(double, basis);
    QFETCH(bool, starter);
    QFETCH(double, quarterly);
    QFETCH(bool, minimum);
    QFETCH(bool, reduced);

    const auto rules = contributions::rules(2025);
    QVERIFY(rules);
    const auto p = contributions::provisional(*rules, cents(basis), starter);
    QCOMPARE(p.quarterlyCents, cents(quarterly));
    QCOMPARE(p.annualCents, 4 * cents(quarterly));
    QCOMPARE(p.minimumApplied, minimum);
    QCOMPARE(p.starterReduction, reduced);
}

void TestSandboxPeople::yearlyFigures_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("ceiling"); // -1: none
    QTest::addColumn<int>("quota");      // -1: none
    QTest::addColumn<bool>("contributionRules");

    QTest::newRow("2022") << 2022 << qint64(-1) << -1 << false;
    QTest::newRow("2023") << 2023 << qint64(-1) << 600 << false;
    QTest::newRow("2024") << 2024 << cents(12000) << 600 << false;
    QTest::newRow("2025") << 2025 << cents(18000) << 650 << true;
    QTest::newRow("2026 (ceiling not verified)") << 2026 << qint64(-1) << 650 << false;
}

void TestSandboxPeople::yearlyFigures()
{
    QFETCH(int, year);
    QFETCH(qint64, ceiling);
    QFETCH(int, quota);
    QFETCH(bool, contributionRules);

    QCOMPARE(contributions::flexiCeilingCents(year).value_or(-1), ceiling);
    QCOMPARE(contributions::studentQuotaHours(year).value_or(-1), quota);
    QCOMPARE(contributions::rules(year).has_value(), contributionRules);
    QCOMPARE(contributions::basisYear(year), year - 3);
}

void TestSandboxPeople::identifierMakers()
{
    // DOMAIN §1's examples.
    QCOMPARE(makeNationalNumber(QDate(1985, 7, 30), 33), QStringLiteral("85073003328"));
    QCOMPARE(makeNationalNumber(QDate(2017, 7, 30), 33), QStringLiteral("17073003384"));
    QCOMPARE(makeNationalNumber(QDate(1998, 7, 28), 997, 40), QStringLiteral("98472899765"));
    QCOMPARE(makeNationalNumber(QDate(1986, 3, 14), 123), QString::fromLatin1(kDemoNationalNumber));
    QCOMPARE(makeBelgianIban(539, 75470), QStringLiteral("BE68539007547034"));
}

void TestSandboxPeople::seedIdentifiersAreValid()
{
    const PeopleSeed &seed = PeopleSeed::demo();
    QSet<QString> numbers;
    int pre2000 = 0;
    int post2000 = 0;
    int bis = 0;
    for (const StaffSeed &s : seed.staff) {
        QVERIFY2(schema::isValidEnterpriseNumber(s.enterpriseNumber.toStdString()),
                 qPrintable(s.enterpriseNumber));
        const QJsonObject identity = s.data.value(QStringLiteral("identity")).toObject();
        const QString niss = identity.value(QStringLiteral("niss")).toString();
        if (!niss.isEmpty()) {
            QVERIFY2(schema::isValidNiss(niss.toStdString()), qPrintable(niss));
            numbers.insert(niss);
            const auto info = schema::nissInfo(niss.toStdString());
            QVERIFY(info);
            bis += info->bis ? 1 : 0;
            (passesPre2000Rule(niss) ? pre2000 : post2000) += 1;
            // The record's birth date and sex agree with the number.
            QCOMPARE(identity.value(QStringLiteral("birthDate")).toString(),
                     schema::nissBirthDate(niss.toStdString())->toString(Qt::ISODate));
            QCOMPARE(identity.value(QStringLiteral("sex")).toString(),
                     info->sex == schema::Sex::Male ? QStringLiteral("M") : QStringLiteral("F"));
        }
        const QString iban = s.data.value(QStringLiteral("bankAccount")).toString();
        if (!iban.isEmpty())
            QVERIFY2(schema::isValidIban(iban.toStdString()), qPrintable(iban));
        const QJsonObject address = s.data.value(QStringLiteral("address")).toObject();
        if (address.value(QStringLiteral("country")).toString() == QLatin1String("BE")) {
            const QString postal = address.value(QStringLiteral("postalCode")).toString();
            QVERIFY2(schema::isValidBelgianPostalCode(postal.toStdString()), qPrintable(postal));
        }
    }
    QVERIFY2(pre2000 > 0 && post2000 > 0, "both NISS check rules are represented");
    QVERIFY(bis > 0);

    auto check = [](const QString &niss) { return schema::isValidNiss(niss.toStdString()); };
    for (const MonthlyFigure &f : seed.flexiEarnings)
        QVERIFY2(check(f.nationalNumber), qPrintable(f.nationalNumber));
    for (const MonthlyFigure &f : seed.studentHours)
        QVERIFY2(check(f.nationalNumber), qPrintable(f.nationalNumber));
    for (const SelfEmployedSeed &s : seed.selfEmployed)
        QVERIFY2(check(s.nationalNumber), qPrintable(s.nationalNumber));
    QSet<QString> profiles;
    for (const CitizenProfile &c : seed.citizens) {
        QVERIFY2(check(c.nationalNumber), qPrintable(c.nationalNumber));
        QVERIFY2(!World::demo().person(c.nationalNumber), "profiles add to the world");
        QVERIFY2(!profiles.contains(c.nationalNumber), qPrintable(c.nationalNumber));
        profiles.insert(c.nationalNumber);
    }
}

void TestSandboxPeople::seedStaffRecordsValidate()
{
    const QString dir =
        qEnvironmentVariable("GUICHET_SOURCE_DIR") + QStringLiteral("/forms/staff-record/1");
    const auto form = forms::FormDefinition::load(dir);
    QVERIFY2(form, qPrintable(form ? QString() : form.error().message));
    for (const StaffSeed &s : PeopleSeed::demo().staff) {
        const auto result = (*form)->compiled()->validate(json::fromQJsonValue(QJsonValue(s.data)));
        QString why;
        for (const auto &e : result.errors)
            why += QString::fromStdString(e.instanceLocation + " " + e.keyword + "; ");
        QVERIFY2(result.valid, qPrintable(why));
    }
}

void TestSandboxPeople::seedFigures()
{
    const PeopleSeed &seed = PeopleSeed::demo();
    QHash<QString, int> perEnterprise;
    QSet<QString> workerTypes;
    QSet<QString> committees;
    for (const StaffSeed &s : seed.staff) {
        perEnterprise[s.enterpriseNumber] += 1;
        workerTypes.insert(s.data.value(QStringLiteral("workerType")).toString());
        committees.insert(s.data.value(QStringLiteral("jointCommittee")).toString());
    }
    QVERIFY(perEnterprise.value(QString::fromLatin1(kBrasserieNumber)) >= 40);
    if (!boulangerieNumber().isEmpty())
        QVERIFY(perEnterprise.value(boulangerieNumber()) >= 25);
    for (const char *type : {"OTH", "FLX", "STU", "EXT"})
        QVERIFY2(workerTypes.contains(QLatin1String(type)), type);
    QVERIFY(committees.contains(QStringLiteral("302")));
    QVERIFY(committees.contains(QStringLiteral("200")));

    // Yearly totals per citizen.
    auto totals = [](const QList<MonthlyFigure> &rows, int year) {
        QHash<QString, qint64> sums;
        for (const MonthlyFigure &f : rows) {
            if (f.year == year)
                sums[f.nationalNumber] += f.value;
        }
        return sums;
    };
    const auto flexi2024 = totals(seed.flexiEarnings, 2024);
    const auto flexi2025 = totals(seed.flexiEarnings, 2025);
    const QString demo = QString::fromLatin1(kDemoNationalNumber);
    QVERIFY(flexi2024.value(demo) > 0 && flexi2024.value(demo) < cents(12000));
    QVERIFY(flexi2025.value(demo) > 0 && flexi2025.value(demo) < cents(18000));
    bool near2024 = false;
    bool over2025 = false;
    for (auto it = flexi2024.cbegin(); it != flexi2024.cend(); ++it)
        near2024 = near2024 || (it.value() > cents(11500) && it.value() <= cents(12000));
    for (auto it = flexi2025.cbegin(); it != flexi2025.cend(); ++it)
        over2025 = over2025 || it.value() > cents(18000);
    QVERIFY2(near2024, "someone close to the 2024 flexi ceiling");
    QVERIFY2(over2025, "someone over the 2025 flexi ceiling");

    const auto hours2025 = totals(seed.studentHours, 2025);
    bool overQuota = false;
    for (auto it = hours2025.cbegin(); it != hours2025.cend(); ++it)
        overQuota = overQuota || it.value() > 650;
    QVERIFY2(overQuota, "a student over the 2025 quota");
    QVERIFY(hours2025.size() >= 3);

    // Self-employed: the demo identity's provisional 2025 contribution rests on its 2022 income.
    bool demoSelfEmployed = false;
    for (const SelfEmployedSeed &s : seed.selfEmployed) {
        if (s.nationalNumber == demo) {
            demoSelfEmployed = true;
            bool has2022 = false;
            for (const auto &income : s.incomes)
                has2022 = has2022 || income.first == 2022;
            QVERIFY(has2022);
        }
    }
    QVERIFY(demoSelfEmployed);
    QVERIFY(seed.selfEmployed.size() >= 4);
}

void TestSandboxPeople::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
    m_thomas = m_sandbox.signIn(kThomas);
    QVERIFY2(!m_thomas.isEmpty(), qPrintable(m_sandbox.lastError()));
    m_bart = m_sandbox.signIn(kBart);
    QVERIFY2(!m_bart.isEmpty(), qPrintable(m_sandbox.lastError()));
}

void TestSandboxPeople::cleanupTestCase()
{
    // A clean exit on SIGTERM (under the sanitizers: no leak or error report either).
    const int code = m_sandbox.stop();
    QVERIFY2(code == 0, qPrintable(m_sandbox.standardError().right(4000)));
}

void TestSandboxPeople::staffListHoldsTheSeededRegister()
{
    const HttpReply reply = m_sandbox.get(staffPath(kBrasserie), m_thomas);
    QCOMPARE(reply.status, 200);
    const QJsonArray staff = reply.json().value(QStringLiteral("staff")).toArray();
    QCOMPARE(staff.size(), seededStaffOf(kBrasserie).size());
    QVERIFY(staff.size() >= 40);
    QCOMPARE(reply.header("ETag"), reply.json().value(QStringLiteral("etag")).toString().toUtf8());
    QVERIFY(reply.header("ETag").startsWith('"'));

    // By last name, then first name; every record carries its own strong ETag.
    QString previous;
    QSet<QByteArray> etags;
    for (const QJsonValue &value : staff) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(QStringLiteral("enterpriseNumber")).toString(), kBrasserie);
        QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
        const QByteArray etag = record.value(QStringLiteral("etag")).toString().toUtf8();
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        etags.insert(etag);
        const QString lastName = record.value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("identity"))
                                     .toObject()
                                     .value(QStringLiteral("lastName"))
                                     .toString();
        QVERIFY2(previous <= lastName, qPrintable(previous + QStringLiteral(" > ") + lastName));
        previous = lastName;
    }
    QCOMPARE(etags.size(), staff.size());

    // The unchanged list answers 304 to its ETag.
    const HttpReply again =
        m_sandbox.get(staffPath(kBrasserie), m_thomas, {{"If-None-Match", reply.header("ETag")}});
    QCOMPARE(again.status, 304);
}

void TestSandboxPeople::staffActiveFilter()
{
    int activeSeeded = 0;
    for (const StaffSeed &s : seededStaffOf(kBrasserie))
        activeSeeded += isActiveOn(s.data, today()) ? 1 : 0;

    const HttpReply active =
        m_sandbox.get(staffPath(kBrasserie, QStringLiteral("?active=true")), m_thomas);
    const HttpReply ended =
        m_sandbox.get(staffPath(kBrasserie, QStringLiteral("?active=false")), m_thomas);
    QCOMPARE(active.status, 200);
    QCOMPARE(ended.status, 200);
    const QJsonArray activeStaff = active.json().value(QStringLiteral("staff")).toArray();
    const QJsonArray endedStaff = ended.json().value(QStringLiteral("staff")).toArray();
    QVERIFY(!activeStaff.isEmpty());
    QVERIFY(!endedStaff.isEmpty());
    for (const QJsonValue &v : activeStaff) {
        QVERIFY(v.toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(isActiveOn(v.toObject().value(QStringLiteral("data")).toObject(), today()));
    }
    for (const QJsonValue &v : endedStaff)
        QVERIFY(!v.toObject().value(QStringLiteral("active")).toBool());
    // Records added by other tests are active.
    QVERIFY(activeStaff.size() >= activeSeeded);
    QCOMPARE(endedStaff.size(), seededStaffOf(kBrasserie).size() - activeSeeded);
    QVERIFY(active.header("ETag") != ended.header("ETag"));
}

void TestSandboxPeople::staffSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // national numbers (or "name:" + last name)
    QTest::addColumn<bool>("exact");           // the answer is exactly `expected`

    // A seeded worker with a national number and a last name of one word.
    QString niss;
    QString lastName;
    QString firstName;
    for (const StaffSeed &s : seededStaffOf(kBrasserie)) {
        const QJsonObject identity = s.data.value(QStringLiteral("identity")).toObject();
        const QString candidate = identity.value(QStringLiteral("lastName")).toString();
        if (!identity.value(QStringLiteral("niss")).toString().isEmpty() &&
            !candidate.contains(QLatin1Char(' '))) {
            niss = identity.value(QStringLiteral("niss")).toString();
            lastName = candidate;
            firstName = identity.value(QStringLiteral("firstName")).toString();
            break;
        }
    }
    QVERIFY(!niss.isEmpty());
    const QString printed =
        QString::fromStdString(schema::formatNissForDisplay(niss.toStdString()));

    QTest::newRow("last name in lower case") << lastName.toLower() << QStringList{niss} << false;
    QTest::newRow("first and last name")
        << firstName + QLatin1Char(' ') + lastName << QStringList{niss} << false;
    QTest::newRow("last name in upper case, then first name")
        << lastName.toUpper() + QLatin1Char(' ') + firstName << QStringList{niss} << false;
    QTest::newRow("national number") << niss << QStringList{niss} << true;
    QTest::newRow("printed national number") << printed << QStringList{niss} << true;
    QTest::newRow("no match") << QStringLiteral("Zyxwvut") << QStringList{} << true;
}

void TestSandboxPeople::staffSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(bool, exact);

    const HttpReply reply = m_sandbox.get(
        staffPath(kBrasserie,
                  QStringLiteral("?q=") + QString::fromLatin1(QUrl::toPercentEncoding(query))),
        m_thomas);
    QCOMPARE(reply.status, 200);
    QStringList found;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("staff")).toArray()) {
        found.append(v.toObject()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("identity"))
                         .toObject()
                         .value(QStringLiteral("niss"))
                         .toString());
    }
    for (const QString &niss : expected)
        QVERIFY2(found.contains(niss), qPrintable(found.join(QLatin1Char(','))));
    if (exact)
        QCOMPARE(found.size(), expected.size());
    else
        QVERIFY(found.size() < seededStaffOf(kBrasserie).size());
}

void TestSandboxPeople::staffBadParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QTest::newRow("active neither true nor false")
        << staffPath(kBrasserie, QStringLiteral("?active=maybe"))
        << QStringLiteral("invalid-parameter");
    QTest::newRow("search text over 100 characters")
        << staffPath(kBrasserie, QStringLiteral("?q=") + QString(101, QLatin1Char('a')))
        << QStringLiteral("invalid-parameter");
    QTest::newRow("enterprise number too short")
        << staffPath(QStringLiteral("040301926")) << QStringLiteral("invalid-request");
    QTest::newRow("enterprise number starting with 2")
        << staffPath(QStringLiteral("2403019261")) << QStringLiteral("invalid-request");
}

void TestSandboxPeople::staffBadParameters()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const HttpReply reply = m_sandbox.get(path, m_thomas);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.reason(), reason);
}

void TestSandboxPeople::staffLifecycle()
{
    const QString niss = makeNationalNumber(QDate(1969, 10, 12), 214);

    // Create: 201, Location, ETag (the record's own), version 1.
    const HttpReply created = m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas);
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.json();
    const QString id = record.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.header("Location"),
             QStringLiteral("/api/v1/enterprises/%1/staff/%2").arg(kBrasserie, id).toUtf8());
    const QByteArray etag1 = created.header("ETag");
    QVERIFY(etag1.startsWith('"') && !etag1.startsWith("W/"));
    QCOMPARE(record.value(QStringLiteral("etag")).toString().toUtf8(), etag1);
    QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(record.value(QStringLiteral("active")).toBool());
    QCOMPARE(record.value(QStringLiteral("data")).toObject(), newWorker(niss));
    QVERIFY(isApiDateTime(record.value(QStringLiteral("createdAt")).toString()));
    QVERIFY(isApiDateTime(record.value(QStringLiteral("updatedAt")).toString()));

    // Read: same ETag; 304 to If-None-Match.
    const QString one = staffPath(kBrasserie, QLatin1Char('/') + id);
    const HttpReply read = m_sandbox.get(one, m_thomas);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("ETag"), etag1);
    QCOMPARE(m_sandbox.get(one, m_thomas, {{"If-None-Match", etag1}}).status, 304);

    // Update with the right ETag: 200, version 2, a new ETag.
    QJsonObject moved = newWorker(niss);
    QJsonObject address = moved.value(QStringLiteral("address")).toObject();
    address.insert(QStringLiteral("street"), QStringLiteral("Chaussée de Wavre"));
    address.insert(QStringLiteral("postalCode"), QStringLiteral("1050"));
    address.insert(QStringLiteral("municipality"), QStringLiteral("Ixelles"));
    moved.insert(QStringLiteral("address"), address);
    const HttpReply updated = m_sandbox.put(one, moved, m_thomas, ifMatch(etag1));
    QCOMPARE(updated.status, 200);
    const QByteArray etag2 = updated.header("ETag");
    QVERIFY(!etag2.isEmpty());
    QVERIFY(etag2 != etag1);
    QCOMPARE(updated.json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(updated.json().value(QStringLiteral("data")).toObject(), moved);

    // A stale ETag: 412 with the record as it is now.
    const HttpReply stale = m_sandbox.put(one, newWorker(niss), m_thomas, ifMatch(etag1));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.reason(), QStringLiteral("precondition-failed"));
    const QJsonObject current = stale.json().value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(current.value(QStringLiteral("etag")).toString().toUtf8(), etag2);
    QCOMPARE(current.value(QStringLiteral("data")).toObject(), moved);
    QCOMPARE(stale.header("ETag"), etag2);
    // A weak tag never matches.
    QCOMPARE(m_sandbox.put(one, moved, m_thomas, ifMatch("W/" + etag2)).status, 412);

    // No If-Match: 428, and nothing changed.
    const HttpReply unconditional = m_sandbox.put(one, newWorker(niss), m_thomas);
    QCOMPARE(unconditional.status, 428);
    QCOMPARE(unconditional.reason(), QStringLiteral("precondition-required"));
    QCOMPARE(m_sandbox.get(one, m_thomas).header("ETag"), etag2);

    // End of employment: If-Match required, not before the start.
    const QString end = one + QStringLiteral("/end");
    const QDate yesterday = today().addDays(-1);
    const QJsonObject endBody{{"endDate", yesterday.toString(Qt::ISODate)}};
    QCOMPARE(m_sandbox.post(end, endBody, m_thomas).status, 428);
    QCOMPARE(m_sandbox.post(end, endBody, m_thomas, ifMatch(etag1)).status, 412);
    const HttpReply beforeStart =
        m_sandbox.post(end, {{"endDate", "2026-08-31"}}, m_thomas, ifMatch(etag2));
    QCOMPARE(beforeStart.status, 400);
    QCOMPARE(beforeStart.reason(), QStringLiteral("invalid-end-date"));
    const HttpReply notADate =
        m_sandbox.post(end, {{"endDate", "31/12/2026"}}, m_thomas, ifMatch(etag2));
    QCOMPARE(notADate.status, 400);
    QCOMPARE(notADate.reason(), QStringLiteral("invalid-end-date"));

    const HttpReply ended = m_sandbox.post(end, endBody, m_thomas, ifMatch(etag2));
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.json().value(QStringLiteral("version")).toInt(), 3);
    QVERIFY(!ended.json().value(QStringLiteral("active")).toBool());
    QCOMPARE(ended.json()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("contract"))
                 .toObject()
                 .value(QStringLiteral("endDate"))
                 .toString(),
             yesterday.toString(Qt::ISODate));
    QVERIFY(ended.header("ETag") != etag2);

    // The ended worker is among the inactive ones only.
    auto listed = [this, &niss](const QString &filter) {
        const HttpReply r = m_sandbox.get(
            staffPath(kBrasserie, QStringLiteral("?active=%1&q=%2").arg(filter, niss)), m_thomas);
        return r.json().value(QStringLiteral("staff")).toArray().size();
    };
    QCOMPARE(listed(QStringLiteral("false")), 1);
    QCOMPARE(listed(QStringLiteral("true")), 0);
}

void TestSandboxPeople::staffCreateRefusesInvalidData_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");

    const QString good = makeNationalNumber(QDate(1990, 4, 4), 66);
    auto text = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };

    QJsonObject badNiss = newWorker(good);
    QJsonObject identity = badNiss.value(QStringLiteral("identity")).toObject();
    identity.insert(QStringLiteral("niss"), QStringLiteral("85073003329"));
    badNiss.insert(QStringLiteral("identity"), identity);
    QTest::newRow("national number with wrong check digits")
        << text(badNiss) << QStringLiteral("validation-failed") << QStringLiteral("SCHEMA-format")
        << QStringLiteral("/identity/niss");

    QJsonObject noContract = newWorker(good);
    noContract.remove(QStringLiteral("contract"));
    QTest::newRow("contract missing") << text(noContract) << QStringLiteral("validation-failed")
                                      << QStringLiteral("SCHEMA-required") << QString();

    QJsonObject student = newWorker(good);
    student.insert(QStringLiteral("workerType"), QStringLiteral("STU"));
    QTest::newRow("student without an end date")
        << text(student) << QStringLiteral("validation-failed") << QStringLiteral("SCHEMA-required")
        << QStringLiteral("/contract");

    QJsonObject badIban = newWorker(good);
    badIban.insert(QStringLiteral("bankAccount"), QStringLiteral("BE41091811735141"));
    QTest::newRow("IBAN with wrong check digits")
        << text(badIban) << QStringLiteral("validation-failed") << QStringLiteral("SCHEMA-format")
        << QStringLiteral("/bankAccount");

    QTest::newRow("not JSON") << QByteArray("{\"identity\":") << QStringLiteral("invalid-json")
                              << QString() << QString();
    QTest::newRow("a JSON array") << QByteArray("[]") << QStringLiteral("invalid-json") << QString()
                                  << QString();
}

void TestSandboxPeople::staffCreateRefusesInvalidData()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    QFETCH(QString, pointer);

    const int before = m_sandbox.get(staffPath(kBrasserie), m_thomas)
                           .json()
                           .value(QStringLiteral("staff"))
                           .toArray()
                           .size();
    const HttpReply reply = m_sandbox.request("POST", staffPath(kBrasserie), body,
                                              {{"Content-Type", "application/json"}}, m_thomas);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.reason(), reason);
    if (!code.isEmpty()) {
        bool seen = false;
        for (const QJsonValue &v : reply.json().value(QStringLiteral("anomalies")).toArray()) {
            const QJsonObject anomaly = v.toObject();
            QCOMPARE(anomaly.value(QStringLiteral("severity")).toString(),
                     QStringLiteral("blocking"));
            const QJsonObject message = anomaly.value(QStringLiteral("message")).toObject();
            for (const char *language : {"fr", "nl", "de", "en"})
                QVERIFY(!message.value(QLatin1String(language)).toString().isEmpty());
            seen = seen || (anomaly.value(QStringLiteral("code")).toString() == code &&
                            anomaly.value(QStringLiteral("pointer")).toString() == pointer);
        }
        QVERIFY2(seen, reply.body.constData());
    }
    const int after = m_sandbox.get(staffPath(kBrasserie), m_thomas)
                          .json()
                          .value(QStringLiteral("staff"))
                          .toArray()
                          .size();
    QCOMPARE(after, before);
}

void TestSandboxPeople::staffNeedsAMandate_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("enterprise");
    QTest::addColumn<int>("status");

    QTest::newRow("citizen without mandate") << QStringLiteral("bart") << kBrasserie << 403;
    QTest::newRow("employer for another enterprise")
        << QStringLiteral("thomas") << kCafeDuParc << 403;
    QString boulangerie;
    for (const Enterprise &e : World::demo().enterprises) {
        if (e.name == QLatin1String(kBoulangerieName))
            boulangerie = e.number;
    }
    QTest::newRow("mandate through the social secretariat")
        << QStringLiteral("thomas") << boulangerie << 200;
}

void TestSandboxPeople::staffNeedsAMandate()
{
    QFETCH(QString, who);
    QFETCH(QString, enterprise);
    QFETCH(int, status);

    const QString token = who == QLatin1String("bart") ? m_bart : m_thomas;
    const HttpReply list = m_sandbox.get(staffPath(enterprise), token);
    QCOMPARE(list.status, status);
    if (status == 200) {
        QCOMPARE(list.json().value(QStringLiteral("staff")).toArray().size(),
                 seededStaffOf(enterprise).size());
        return;
    }
    QCOMPARE(list.reason(), QStringLiteral("no-mandate"));
    const QString niss = makeNationalNumber(QDate(1975, 1, 9), 311);
    const HttpReply create = m_sandbox.post(staffPath(enterprise), newWorker(niss), token);
    QCOMPARE(create.status, 403);
    QCOMPARE(create.reason(), QStringLiteral("no-mandate"));
    // A record of the brasserie is not revealed either.
    const QString id = m_sandbox.get(staffPath(kBrasserie), m_thomas)
                           .json()
                           .value(QStringLiteral("staff"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const HttpReply one = m_sandbox.get(staffPath(enterprise, QLatin1Char('/') + id), token);
    QCOMPARE(one.status, 403);
    const HttpReply end = m_sandbox.post(staffPath(enterprise, QLatin1Char('/') + id + "/end"),
                                         {{"endDate", "2026-12-31"}}, token, ifMatch("*"));
    QCOMPARE(end.status, 403);
}

void TestSandboxPeople::staffUnknownRecord()
{
    const HttpReply reply =
        m_sandbox.get(staffPath(kBrasserie, QStringLiteral("/999999")), m_thomas);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.reason(), QStringLiteral("not-found"));
    const HttpReply put = m_sandbox.put(staffPath(kBrasserie, QStringLiteral("/999999")),
                                        newWorker(kBart), m_thomas, ifMatch("*"));
    QCOMPARE(put.status, 404);
}

int TestSandboxPeople::countInRegister(const QString &enterprise, const QString &niss)
{
    const HttpReply reply =
        m_sandbox.get(staffPath(enterprise, QStringLiteral("?q=") + niss), m_thomas);
    return reply.status == 200 ? int(reply.json().value(QStringLiteral("staff")).toArray().size())
                               : -1;
}

QJsonObject TestSandboxPeople::fileAndWait(const QJsonObject &envelope)
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpReply filed =
        m_sandbox.post(QStringLiteral("/declarations"), envelope, m_thomas, idempotencyKey(key));
    if (filed.status != 201)
        return filed.json();
    const QString path =
        QStringLiteral("/declarations/") + filed.json().value(QStringLiteral("id")).toString();
    QJsonObject last;
    QDeadlineTimer deadline(m_sandbox.timeoutMs());
    while (!deadline.hasExpired()) {
        last = m_sandbox.get(path, m_thomas).json();
        if (last.value(QStringLiteral("status")).toString() == QLatin1String("done"))
            break;
        QTest::qWait(100);
    }
    return last;
}

void TestSandboxPeople::staffCreationReplayedUnderItsKey()
{
    const QString niss = makeNationalNumber(QDate(1977, 2, 14), 318);
    const QString other = makeNationalNumber(QDate(1977, 2, 15), 320);
    const QByteArray key = "import-line-2-7f3c9a";

    const HttpReply first =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const QString id = first.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    // The same request again (its answer was lost): the same record, nothing added. The body
    // is compared as a JSON value: members in another order and spaces change nothing.
    QJsonObject reordered;
    const QJsonObject worker = newWorker(niss);
    QByteArray text = "{ ";
    QStringList keys = worker.keys();
    std::reverse(keys.begin(), keys.end());
    for (const QString &member : std::as_const(keys)) {
        if (text.size() > 2)
            text += ", ";
        text += QJsonDocument(QJsonObject{{member, worker.value(member)}})
                    .toJson(QJsonDocument::Compact)
                    .mid(1)
                    .chopped(1);
    }
    text += " }";
    QVERIFY2(QJsonDocument::fromJson(text).object() == worker, text.constData());
    const HttpReply replayed = m_sandbox.request(
        "POST", staffPath(kBrasserie), text,
        {{"Content-Type", "application/json"}, {"Idempotency-Key", key}}, m_thomas);
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.header("Location"), first.header("Location"));
    QCOMPARE(replayed.header("ETag"), first.header("ETag"));
    QCOMPARE(replayed.json(), first.json());
    QCOMPARE(countInRegister(kBrasserie, niss), 1);

    // A replay answers the record as it is now.
    const QString one = staffPath(kBrasserie, QLatin1Char('/') + id);
    QJsonObject moved = newWorker(niss);
    moved.insert(QStringLiteral("email"), QStringLiteral("ingrid@example.be"));
    const HttpReply updated = m_sandbox.put(one, moved, m_thomas, ifMatch(first.header("ETag")));
    QCOMPARE(updated.status, 200);
    const HttpReply later =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(later.status, 200);
    QCOMPARE(later.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(later.json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(later.header("ETag"), updated.header("ETag"));

    // The same key with another worker: 409, and that worker is not added.
    const HttpReply conflict =
        m_sandbox.post(staffPath(kBrasserie), newWorker(other), m_thomas, idempotencyKey(key));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.reason(), QStringLiteral("idempotency-conflict"));
    QCOMPARE(countInRegister(kBrasserie, other), 0);
    QCOMPARE(countInRegister(kBrasserie, niss), 1);

    // Without a key every request adds a record.
    const QString twice = makeNationalNumber(QDate(1977, 2, 16), 322);
    QCOMPARE(m_sandbox.post(staffPath(kBrasserie), newWorker(twice), m_thomas).status, 201);
    QCOMPARE(m_sandbox.post(staffPath(kBrasserie), newWorker(twice), m_thomas).status, 201);
    QCOMPARE(countInRegister(kBrasserie, twice), 2);
}

void TestSandboxPeople::staffIdempotencyKeyScopedToEnterpriseAndCaller()
{
    const QString niss = makeNationalNumber(QDate(1981, 6, 3), 124);
    const QByteArray key = "4c0f2b8e-0d6a-4a51-9b47-1e2d3c4b5a69";
    const HttpReply brasserie =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(brasserie.status, 201);

    // Another enterprise: the key is another key there.
    const QString boulangerie = boulangerieNumber();
    const HttpReply elsewhere =
        m_sandbox.post(staffPath(boulangerie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(elsewhere.status, 201);
    QCOMPARE(countInRegister(boulangerie, niss), 1);

    // Another person acting for the same enterprise: their key too.
    const QString colleague = makeNationalNumber(QDate(1979, 9, 21), 57);
    const HttpReply made = m_sandbox.admin(
        "POST", QStringLiteral("/admin/identities"),
        QJsonObject{{"nationalNumber", colleague},
                    {"givenName", "Sofie"},
                    {"surname", "Wouters"},
                    {"roles", QJsonArray{"employer"}},
                    {"mandates", QJsonArray{QJsonObject{{"enterpriseNumber", kBrasserie}}}}});
    QVERIFY2(made.status == 200 || made.status == 201, made.body.constData());
    const QString token = m_sandbox.signIn(colleague);
    QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.lastError()));
    const HttpReply theirs =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), token, idempotencyKey(key));
    QCOMPARE(theirs.status, 201);
    QVERIFY(theirs.json().value(QStringLiteral("id")) != brasserie.json().value("id"));
    QCOMPARE(countInRegister(kBrasserie, niss), 2);

    // Without a mandate the key changes nothing: 403.
    const HttpReply refused =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_bart, idempotencyKey(key));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.reason(), QStringLiteral("no-mandate"));
}

void TestSandboxPeople::staffIdempotencyKeyMalformed()
{
    const QString niss = makeNationalNumber(QDate(1983, 11, 30), 88);
    for (const QByteArray &key : {QByteArray("short"), QByteArray("with space inside"),
                                  QByteArray(129, 'k'), QByteArray("caf\xc3\xa9-caf\xc3\xa9")}) {
        const HttpReply reply =
            m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.reason(), QStringLiteral("invalid-request"));
    }
    QCOMPARE(countInRegister(kBrasserie, niss), 0);
}

void TestSandboxPeople::staffIdempotencyKeysSurviveARestart()
{
    const QString niss = makeNationalNumber(QDate(1988, 1, 19), 402);
    const QByteArray key = "restart-8d2e61f0";
    const HttpReply first =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(first.status, 201);

    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.lastError()));
    m_thomas = m_sandbox.signIn(kThomas);
    QVERIFY2(!m_thomas.isEmpty(), qPrintable(m_sandbox.lastError()));
    m_bart = m_sandbox.signIn(kBart);
    QVERIFY2(!m_bart.isEmpty(), qPrintable(m_sandbox.lastError()));

    const HttpReply replayed =
        m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas, idempotencyKey(key));
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.json().value(QStringLiteral("id")), first.json().value(QStringLiteral("id")));
    QCOMPARE(countInRegister(kBrasserie, niss), 1);
    const HttpReply conflict = m_sandbox.post(
        staffPath(kBrasserie), newWorker(makeNationalNumber(QDate(1988, 1, 20), 404)), m_thomas,
        idempotencyKey(key));
    QCOMPARE(conflict.status, 409);
}

void TestSandboxPeople::dimonaPeriodsOfTheSeed()
{
    const HttpReply reply = m_sandbox.get(periodsPath(kBrasserie), m_thomas);
    QCOMPARE(reply.status, 200);
    const QJsonArray periods = reply.json().value(QStringLiteral("periods")).toArray();
    QSet<QString> listed;
    QString previousStart = QStringLiteral("9999-12-31");
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        listed << p.value(QStringLiteral("periodId")).toString();
        QVERIFY(isValidDimonaPeriodId(p.value(QStringLiteral("periodId")).toString()));
        // Newest start first.
        const QString start = p.value(QStringLiteral("startDate")).toString();
        QVERIFY2(start <= previousStart, qPrintable(start));
        previousStart = start;
    }
    QSet<QString> seeded;
    for (const DimonaPeriod &d : World::demo().dimonaPeriods) {
        if (d.enterpriseNumber != kBrasserie)
            continue;
        seeded << d.periodId;
        for (const QJsonValue &v : periods) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("periodId")).toString() != d.periodId)
                continue;
            QCOMPARE(p.value(QStringLiteral("ssin")).toString(), d.nationalNumber);
            QCOMPARE(p.value(QStringLiteral("workerType")).toString(), d.workerType);
            QCOMPARE(p.value(QStringLiteral("startDate")).toString(),
                     d.startDate.toString(Qt::ISODate));
            if (d.endDate.isValid())
                QCOMPARE(p.value(QStringLiteral("endDate")).toString(),
                         d.endDate.toString(Qt::ISODate));
            else
                QVERIFY(p.value(QStringLiteral("endDate")).isNull());
            QCOMPARE(p.value(QStringLiteral("status")).toString(), d.status);
        }
    }
    QVERIFY(!seeded.isEmpty());
    QVERIFY(listed.contains(seeded));
    // Only this enterprise's.
    for (const DimonaPeriod &d : World::demo().dimonaPeriods) {
        if (d.enterpriseNumber != kBrasserie)
            QVERIFY(!listed.contains(d.periodId));
    }
}

void TestSandboxPeople::dimonaPeriodsFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ssin");   // what every period listed has, empty: any
    QTest::addColumn<QString>("status"); // idem

    QTest::newRow("one worker") << QStringLiteral("?ssin=95022840288")
                                << QStringLiteral("95022840288") << QString();
    QTest::newRow("open ones") << QStringLiteral("?status=open") << QString()
                               << QStringLiteral("open");
    QTest::newRow("cancelled ones")
        << QStringLiteral("?status=cancelled") << QString() << QStringLiteral("cancelled");
    QTest::newRow("one worker's closed ones")
        << QStringLiteral("?ssin=88063015559&status=closed") << QStringLiteral("88063015559")
        << QStringLiteral("closed");
}

void TestSandboxPeople::dimonaPeriodsFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, ssin);
    QFETCH(QString, status);

    const HttpReply reply = m_sandbox.get(periodsPath(kBrasserie, query), m_thomas);
    QCOMPARE(reply.status, 200);
    QStringList expected;
    for (const DimonaPeriod &d : World::demo().dimonaPeriods) {
        if (d.enterpriseNumber == kBrasserie && (ssin.isEmpty() || d.nationalNumber == ssin) &&
            (status.isEmpty() || d.status == status))
            expected << d.periodId;
    }
    QVERIFY(!expected.isEmpty());
    const QStringList listed = periodIdsOf(reply);
    for (const QString &id : std::as_const(expected))
        QVERIFY2(listed.contains(id), qPrintable(id));
    for (const QJsonValue &v : reply.json().value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        if (!ssin.isEmpty())
            QCOMPARE(p.value(QStringLiteral("ssin")).toString(), ssin);
        if (!status.isEmpty())
            QCOMPARE(p.value(QStringLiteral("status")).toString(), status);
    }
    // A worker without periods: an empty list, not an error.
    const HttpReply none =
        m_sandbox.get(periodsPath(kBrasserie, QStringLiteral("?ssin=") +
                                                  makeNationalNumber(QDate(1966, 3, 3), 990)),
                      m_thomas);
    QCOMPARE(none.status, 200);
    QVERIFY(periodIdsOf(none).isEmpty());
}

void TestSandboxPeople::dimonaPeriodsRefusals_data()
{
    QTest::addColumn<QString>("who"); // "", "bart", "thomas"
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not signed in")
        << QString() << periodsPath(kBrasserie) << 401 << QStringLiteral("unauthenticated");
    QTest::newRow("citizen without mandate")
        << QStringLiteral("bart") << periodsPath(kBrasserie) << 403 << QStringLiteral("no-mandate");
    QTest::newRow("employer for another enterprise")
        << QStringLiteral("thomas") << periodsPath(kCafeDuParc) << 403
        << QStringLiteral("no-mandate");
    QTest::newRow("mandate through the social secretariat")
        << QStringLiteral("thomas") << periodsPath(boulangerieNumber()) << 200 << QString();
    QTest::newRow("national number too short")
        << QStringLiteral("thomas") << periodsPath(kBrasserie, QStringLiteral("?ssin=9502284028"))
        << 400 << QStringLiteral("invalid-parameter");
    QTest::newRow("unknown status")
        << QStringLiteral("thomas") << periodsPath(kBrasserie, QStringLiteral("?status=ended"))
        << 400 << QStringLiteral("invalid-parameter");
    QTest::newRow("malformed enterprise number")
        << QStringLiteral("thomas") << periodsPath(QStringLiteral("040301926")) << 400
        << QStringLiteral("invalid-request");
}

void TestSandboxPeople::dimonaPeriodsRefusals()
{
    QFETCH(QString, who);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, reason);

    const QString token = who == QLatin1String("bart")     ? m_bart
                          : who == QLatin1String("thomas") ? m_thomas
                                                           : QString();
    const HttpReply reply = m_sandbox.get(path, token);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.reason(), reason);
}

void TestSandboxPeople::dimonaPeriodsFollowAcceptedDeclarations()
{
    const QString worker = makeNationalNumber(QDate(1992, 8, 8), 36);
    const QString query = QStringLiteral("?ssin=") + worker;
    QVERIFY(periodIdsOf(m_sandbox.get(periodsPath(kBrasserie, query), m_thomas)).isEmpty());

    // An accepted IN: its period is listed at once, open, under the number the declaration shows.
    const QDate start = today().addDays(7);
    const QJsonObject in = fileAndWait(dimonaInEnvelope(worker, start));
    QCOMPARE(in.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY2(QStringList({"A", "W"}).contains(in.value(QStringLiteral("result")).toString()),
             QJsonDocument(in).toJson().constData());
    const QString periodId = in.value(QStringLiteral("periodId")).toString();
    QVERIFY(isValidDimonaPeriodId(periodId));
    const HttpReply listed = m_sandbox.get(periodsPath(kBrasserie, query), m_thomas);
    QCOMPARE(listed.status, 200);
    const QJsonArray periods = listed.json().value(QStringLiteral("periods")).toArray();
    QCOMPARE(periods.size(), 1);
    const QJsonObject period = periods.first().toObject();
    QCOMPARE(period.value(QStringLiteral("periodId")).toString(), periodId);
    QCOMPARE(period.value(QStringLiteral("ssin")).toString(), worker);
    QCOMPARE(period.value(QStringLiteral("workerType")).toString(), QStringLiteral("OTH"));
    QCOMPARE(period.value(QStringLiteral("startDate")).toString(), start.toString(Qt::ISODate));
    QVERIFY(period.value(QStringLiteral("endDate")).isNull());
    QCOMPARE(period.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(periodIdsOf(m_sandbox.get(periodsPath(kBrasserie, query + "&status=open"), m_thomas)),
             QStringList{periodId});

    // Not another enterprise's.
    QVERIFY(
        periodIdsOf(m_sandbox.get(periodsPath(boulangerieNumber(), query), m_thomas)).isEmpty());

    // An accepted CANCEL: the period stays, cancelled, and is no longer among the open ones.
    const QJsonObject cancel = fileAndWait(dimonaCancelEnvelope(periodId));
    QVERIFY2(QStringList({"A", "W"}).contains(cancel.value(QStringLiteral("result")).toString()),
             QJsonDocument(cancel).toJson().constData());
    const HttpReply after = m_sandbox.get(periodsPath(kBrasserie, query), m_thomas);
    QCOMPARE(after.json()
                 .value(QStringLiteral("periods"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("cancelled"));
    QVERIFY(periodIdsOf(m_sandbox.get(periodsPath(kBrasserie, query + "&status=open"), m_thomas))
                .isEmpty());
}

void TestSandboxPeople::quotas_data()
{
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("ceiling"); // -1: null
    QTest::addColumn<int>("quota");      // -1: null

    const CitizenProfile *lotte = profileNamed(QStringLiteral("Lotte"), QStringLiteral("Janssens"));
    QVERIFY(lotte);
    QTest::newRow("Thomas 2024: ceiling 12,000") << kThomas << 2024 << 12000.0 << 600;
    QTest::newRow("Thomas 2025: ceiling 18,000") << kThomas << 2025 << 18000.0 << 650;
    QTest::newRow("Thomas 2026: ceiling not verified") << kThomas << 2026 << -1.0 << 650;
    QTest::newRow("Thomas 2023: no flexi ceiling") << kThomas << 2023 << -1.0 << 600;
    QTest::newRow("Thomas's daughter 2024 (helpdesk)")
        << lotte->nationalNumber << 2024 << 12000.0 << 600;
    QTest::newRow("Thomas's daughter 2025 (helpdesk)")
        << lotte->nationalNumber << 2025 << 18000.0 << 650;
}

void TestSandboxPeople::quotas()
{
    QFETCH(QString, citizen);
    QFETCH(int, year);
    QFETCH(double, ceiling);
    QFETCH(int, quota);

    const HttpReply reply = m_sandbox.get(
        QStringLiteral("/citizens/%1/quotas?year=%2").arg(citizen).arg(year), m_thomas);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("year")).toInt(), year);

    const QJsonObject flexi = body.value(QStringLiteral("flexi")).toObject();
    const qint64 earned = cents(flexi.value(QStringLiteral("earned")).toDouble());
    QCOMPARE(earned, yearTotal(PeopleSeed::demo().flexiEarnings, citizen, year));
    const QJsonArray months = flexi.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 12);
    qint64 sum = 0;
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(months[i].toObject().value(QStringLiteral("month")).toInt(), i + 1);
        sum += cents(months[i].toObject().value(QStringLiteral("amount")).toDouble());
    }
    QCOMPARE(sum, earned);
    if (ceiling < 0) {
        QVERIFY(flexi.value(QStringLiteral("ceiling")).isNull());
        QVERIFY(flexi.value(QStringLiteral("left")).isNull());
    } else {
        QCOMPARE(cents(flexi.value(QStringLiteral("ceiling")).toDouble()), cents(ceiling));
        QVERIFY(earned <= cents(ceiling));
        QCOMPARE(cents(flexi.value(QStringLiteral("left")).toDouble()), cents(ceiling) - earned);
        QCOMPARE(flexi.value(QStringLiteral("excess")).toDouble(), 0.0);
    }

    const QJsonObject student = body.value(QStringLiteral("student")).toObject();
    const int used = student.value(QStringLiteral("used")).toInt();
    QCOMPARE(qint64(used), yearTotal(PeopleSeed::demo().studentHours, citizen, year));
    int hours = 0;
    const QJsonArray studentMonths = student.value(QStringLiteral("months")).toArray();
    QCOMPARE(studentMonths.size(), 12);
    for (const QJsonValue &m : studentMonths)
        hours += m.toObject().value(QStringLiteral("hours")).toInt();
    QCOMPARE(hours, used);
    if (quota < 0) {
        QVERIFY(student.value(QStringLiteral("quota")).isNull());
    } else {
        QCOMPARE(student.value(QStringLiteral("quota")).toInt(), quota);
        QCOMPARE(student.value(QStringLiteral("left")).toInt(), std::max(quota - used, 0));
    }
}

void TestSandboxPeople::quotasOverTheLimits()
{
    // The seed's top flexi earner of 2025 is over the ceiling: nothing left, the excess shown.
    const QString flexiTop = topOf(PeopleSeed::demo().flexiEarnings, 2025);
    const HttpReply flexi =
        m_sandbox.get(QStringLiteral("/citizens/%1/quotas?year=2025").arg(flexiTop), m_thomas);
    QCOMPARE(flexi.status, 200);
    const QJsonObject f = flexi.json().value(QStringLiteral("flexi")).toObject();
    const qint64 earned = cents(f.value(QStringLiteral("earned")).toDouble());
    QVERIFY(earned > cents(18000));
    QCOMPARE(f.value(QStringLiteral("left")).toDouble(), 0.0);
    QCOMPARE(cents(f.value(QStringLiteral("excess")).toDouble()), earned - cents(18000));

    // The top student of 2025 went past 650 hours.
    const QString studentTop = topOf(PeopleSeed::demo().studentHours, 2025);
    const HttpReply student =
        m_sandbox.get(QStringLiteral("/citizens/%1/quotas?year=2025").arg(studentTop), m_thomas);
    QCOMPARE(student.status, 200);
    const QJsonObject s = student.json().value(QStringLiteral("student")).toObject();
    QVERIFY(s.value(QStringLiteral("used")).toInt() > 650);
    QCOMPARE(s.value(QStringLiteral("left")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("excess")).toInt(),
             s.value(QStringLiteral("used")).toInt() - 650);
}

void TestSandboxPeople::contributions_data()
{
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("basisKind"); // empty: provisional is null
    QTest::addColumn<double>("basis");
    QTest::addColumn<int>("basisYear");
    QTest::addColumn<double>("quarterly"); // -1: null (no verified rates)
    QTest::addColumn<bool>("starterReduction");

    // Thomas's 2025 contributions rest on his 2022 income.
    qint64 thomas2022 = 0;
    for (const SelfEmployedSeed &s : PeopleSeed::demo().selfEmployed) {
        for (const auto &income : s.incomes) {
            if (s.nationalNumber == kThomas && income.first == 2022)
                thomas2022 = income.second;
        }
    }
    QVERIFY(thomas2022 > 0);
    const auto rules = contributions::rules(2025);
    const double thomasQuarterly =
        contributions::provisional(*rules, thomas2022, false).quarterlyCents / 100.0;
    const CitizenProfile *kobe =
        profileNamed(QStringLiteral("Kobe"), QStringLiteral("Verstraeten"));
    const CitizenProfile *sarah = profileNamed(QStringLiteral("Sarah"), QStringLiteral("Lambert"));
    QVERIFY(kobe && sarah);

    QTest::newRow("Thomas 2025 on his 2022 income")
        << kThomas << QStringLiteral("year=2025") << QStringLiteral("income") << thomas2022 / 100.0
        << 2022 << thomasQuarterly << false;
    QTest::newRow("simulation of a 50,000 income")
        << kThomas << QStringLiteral("year=2025&income=50000") << QStringLiteral("simulation")
        << 50000.0 << 2025 << 2562.50 << false;
    QTest::newRow("simulation of a 100,000.5 income")
        << kThomas << QStringLiteral("year=2025&income=100000.5") << QStringLiteral("simulation")
        << 100000.50 << 2025 << 4704.16 << false;
    QTest::newRow("2026: no verified rates")
        << kThomas << QStringLiteral("year=2026") << QStringLiteral("income") << -2.0 << 2023
        << -1.0 << false;
    QTest::newRow("a starter's estimate (helpdesk)")
        << kobe->nationalNumber << QStringLiteral("year=2025") << QStringLiteral("estimate")
        << 7200.0 << 2025 << 463.88 << true;
    QTest::newRow("above every bracket (helpdesk)")
        << sarah->nationalNumber << QStringLiteral("year=2025") << QStringLiteral("income") << -2.0
        << 2022 << 4995.78 << false;
    QTest::newRow("not self-employed")
        << kBart << QStringLiteral("year=2025") << QString() << 0.0 << 0 << 0.0 << false;
}

void TestSandboxPeople::contributions()
{
    QFETCH(QString, citizen);
    QFETCH(QString, query);
    QFETCH(QString, basisKind);
    QFETCH(double, basis); // -2: not checked
    QFETCH(int, basisYear);
    QFETCH(double, quarterly);
    QFETCH(bool, starterReduction);

    const QString token = citizen == kBart ? m_bart : m_thomas;
    const HttpReply reply =
        m_sandbox.get(QStringLiteral("/citizens/%1/contributions?%2").arg(citizen, query), token);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QJsonValue provisional = body.value(QStringLiteral("provisional"));
    if (basisKind.isEmpty()) {
        QVERIFY(provisional.isNull());
        QVERIFY(!body.value(QStringLiteral("selfEmployed")).toBool());
        QCOMPARE(body.value(QStringLiteral("quarters")).toArray().size(), 0);
        return;
    }
    const QJsonObject p = provisional.toObject();
    QCOMPARE(p.value(QStringLiteral("basisKind")).toString(), basisKind);
    if (basis > -2)
        QCOMPARE(cents(p.value(QStringLiteral("basis")).toDouble()), cents(basis));
    QCOMPARE(p.value(QStringLiteral("basisYear")).toInt(), basisYear);
    const QJsonArray quarters = body.value(QStringLiteral("quarters")).toArray();
    QCOMPARE(quarters.size(), 4);
    if (quarterly < 0) {
        QVERIFY(p.value(QStringLiteral("quarterly")).isNull());
        QVERIFY(body.value(QStringLiteral("brackets")).isNull());
        QVERIFY(body.value(QStringLiteral("minimumQuarterly")).isNull());
        return;
    }
    QCOMPARE(cents(p.value(QStringLiteral("quarterly")).toDouble()), cents(quarterly));
    QCOMPARE(p.value(QStringLiteral("starterReduction")).toBool(), starterReduction);
    qint64 annual = 0;
    for (const QJsonValue &q : quarters)
        annual += cents(q.toObject().value(QStringLiteral("amount")).toDouble());
    QCOMPARE(cents(p.value(QStringLiteral("annual")).toDouble()), annual);

    const QJsonArray brackets = body.value(QStringLiteral("brackets")).toArray();
    QCOMPARE(brackets.size(), 3);
    QCOMPARE(brackets[0].toObject().value(QStringLiteral("rate")).toDouble(), 20.5);
    QCOMPARE(cents(brackets[0].toObject().value(QStringLiteral("to")).toDouble()), cents(73447.52));
    QCOMPARE(brackets[1].toObject().value(QStringLiteral("rate")).toDouble(), 14.16);
    QCOMPARE(cents(brackets[1].toObject().value(QStringLiteral("to")).toDouble()),
             cents(108238.40));
    QCOMPARE(brackets[2].toObject().value(QStringLiteral("rate")).toDouble(), 0.0);
    QVERIFY(brackets[2].toObject().value(QStringLiteral("to")).isNull());
    QCOMPARE(cents(body.value(QStringLiteral("minimumQuarterly")).toDouble()), cents(871.71));
}

void TestSandboxPeople::citizenDataAccess_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QString unknown = makeNationalNumber(QDate(1950, 6, 6), 901);
    QTest::newRow("a citizen's own quotas")
        << QStringLiteral("bart") << QStringLiteral("/citizens/%1/quotas").arg(kBart) << 200
        << QString();
    QTest::newRow("another citizen's quotas")
        << QStringLiteral("bart") << QStringLiteral("/citizens/%1/quotas").arg(kThomas) << 403
        << QStringLiteral("forbidden");
    QTest::newRow("another citizen's contributions")
        << QStringLiteral("bart") << QStringLiteral("/citizens/%1/contributions").arg(kThomas)
        << 403 << QStringLiteral("forbidden");
    QTest::newRow("helpdesk: a number nobody knows")
        << QStringLiteral("thomas") << QStringLiteral("/citizens/%1/quotas").arg(unknown) << 404
        << QStringLiteral("unknown-citizen");
    QTest::newRow("malformed national number")
        << QStringLiteral("thomas") << QStringLiteral("/citizens/8603141232/quotas") << 400
        << QStringLiteral("invalid-request");
    QTest::newRow("year out of range")
        << QStringLiteral("thomas") << QStringLiteral("/citizens/%1/quotas?year=1890").arg(kThomas)
        << 400 << QStringLiteral("invalid-parameter");
    QTest::newRow("income not an amount")
        << QStringLiteral("thomas")
        << QStringLiteral("/citizens/%1/contributions?income=-5").arg(kThomas) << 400
        << QStringLiteral("invalid-parameter");
    QTest::newRow("without a token")
        << QString() << QStringLiteral("/citizens/%1/quotas").arg(kBart) << 401
        << QStringLiteral("unauthenticated");
}

void TestSandboxPeople::citizenDataAccess()
{
    QFETCH(QString, who);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, reason);

    const QString token = who == QLatin1String("bart")     ? m_bart
                          : who == QLatin1String("thomas") ? m_thomas
                                                           : QString();
    const HttpReply reply = m_sandbox.get(path, token);
    QCOMPARE(reply.status, status);
    if (!reason.isEmpty())
        QCOMPARE(reply.reason(), reason);
}

void TestSandboxPeople::helpdeskLookupIsAuditedForTheCitizen()
{
    // A citizen registered for this test, who signs in with a certificate of the test PKI.
    const QString niss = makeNationalNumber(QDate(1992, 12, 3), 58);
    const HttpReply registered = m_sandbox.admin("POST", QStringLiteral("/admin/identities"),
                                                 {{"nationalNumber", niss},
                                                  {"givenName", "Els"},
                                                  {"surname", "Wuyts"},
                                                  {"address", "Kapucijnenvoer 33, 3000 Leuven"},
                                                  {"roles", QJsonArray{"citizen"}},
                                                  {"mandates", QJsonArray{}}});
    QVERIFY2(registered.status == 200 || registered.status == 201, registered.body.constData());
    const CitizenPtr els =
        m_sandbox.issueCitizen(niss, QStringLiteral("Els"), QStringLiteral("Wuyts"));
    const QString elsToken = m_sandbox.signIn(*els);
    QVERIFY2(!elsToken.isEmpty(), qPrintable(m_sandbox.lastError()));

    // Nobody looked yet; reading one's own data is not an access to audit.
    QCOMPARE(m_sandbox.get(QStringLiteral("/citizens/%1/quotas").arg(niss), elsToken).status, 200);
    const HttpReply none = m_sandbox.get(QStringLiteral("/me/audit"), elsToken);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value(QStringLiteral("entries")).toArray().size(), 0);

    // The helpdesk looks Els up, then reads her quotas.
    const HttpReply lookup =
        m_sandbox.get(QStringLiteral("/helpdesk/citizens/%1").arg(niss), m_thomas);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json().value(QStringLiteral("name")).toString(), QStringLiteral("Els Wuyts"));
    QCOMPARE(lookup.json().value(QStringLiteral("address")).toString(),
             QStringLiteral("Kapucijnenvoer 33, 3000 Leuven"));
    QVERIFY(
        lookup.json().value(QStringLiteral("roles")).toArray().contains(QStringLiteral("citizen")));
    QCOMPARE(
        m_sandbox.get(QStringLiteral("/citizens/%1/quotas?year=2025").arg(niss), m_thomas).status,
        200);

    // Els sees both accesses, newest first, with the agent's name and no query in the path.
    const HttpReply audit = m_sandbox.get(QStringLiteral("/me/audit"), elsToken);
    QCOMPARE(audit.status, 200);
    const QJsonArray entries = audit.json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries[0].toObject();
    const QJsonObject oldest = entries[1].toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("helpdesk.quotas"));
    QCOMPARE(newest.value(QStringLiteral("resource")).toString(),
             QStringLiteral("/api/v1/citizens/%1/quotas").arg(niss));
    QCOMPARE(oldest.value(QStringLiteral("action")).toString(), QStringLiteral("helpdesk.lookup"));
    QCOMPARE(oldest.value(QStringLiteral("resource")).toString(),
             QStringLiteral("/api/v1/helpdesk/citizens/%1").arg(niss));
    for (const QJsonValue &v : entries) {
        const QJsonObject entry = v.toObject();
        QCOMPARE(entry.value(QStringLiteral("agent"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Thomas Janssens"));
        QVERIFY(isApiDateTime(entry.value(QStringLiteral("at")).toString()));
    }

    // Thomas's own trail does not hold Els's entries.
    const HttpReply thomasAudit = m_sandbox.get(QStringLiteral("/me/audit"), m_thomas);
    QCOMPARE(thomasAudit.status, 200);
    for (const QJsonValue &v : thomasAudit.json().value(QStringLiteral("entries")).toArray())
        QVERIFY(!v.toObject().value(QStringLiteral("resource")).toString().contains(niss));
}

void TestSandboxPeople::helpdeskFindsAWorkerOfARegister()
{
    // Someone only an employer's register knows (added through the API) is a known citizen.
    const QString niss = makeNationalNumber(QDate(2001, 2, 14), 86);
    QCOMPARE(m_sandbox.get(QStringLiteral("/helpdesk/citizens/%1").arg(niss), m_thomas).status,
             404);
    QCOMPARE(m_sandbox.post(staffPath(kBrasserie), newWorker(niss), m_thomas).status, 201);
    const HttpReply lookup =
        m_sandbox.get(QStringLiteral("/helpdesk/citizens/%1").arg(niss), m_thomas);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Ingrid Vandenberghe"));
    QCOMPARE(lookup.json().value(QStringLiteral("address")).toString(),
             QStringLiteral("Rue Haute 118, 1000 Bruxelles"));

    // A seeded citizen the people module added to the world (Thomas's daughter).
    const CitizenProfile *lotte = profileNamed(QStringLiteral("Lotte"), QStringLiteral("Janssens"));
    QVERIFY(lotte);
    const HttpReply daughter =
        m_sandbox.get(QStringLiteral("/helpdesk/citizens/%1").arg(lotte->nationalNumber), m_thomas);
    QCOMPARE(daughter.status, 200);
    QCOMPARE(daughter.json().value(QStringLiteral("address")).toString(),
             World::demo().person(kThomas)->address);
}

void TestSandboxPeople::helpdeskRefusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("without the helpdesk role")
        << QStringLiteral("bart") << kThomas << 403 << QStringLiteral("not-helpdesk");
    QTest::newRow("a number nobody knows")
        << QStringLiteral("thomas") << makeNationalNumber(QDate(1950, 6, 6), 901) << 404
        << QStringLiteral("unknown-citizen");
    QTest::newRow("a malformed number") << QStringLiteral("thomas") << QStringLiteral("8603141232x")
                                        << 400 << QStringLiteral("invalid-request");
}

void TestSandboxPeople::helpdeskRefusals()
{
    QFETCH(QString, who);
    QFETCH(QString, citizen);
    QFETCH(int, status);
    QFETCH(QString, reason);

    const int before = m_sandbox.get(QStringLiteral("/me/audit"), m_thomas)
                           .json()
                           .value(QStringLiteral("entries"))
                           .toArray()
                           .size();
    const HttpReply reply = m_sandbox.get(QStringLiteral("/helpdesk/citizens/%1").arg(citizen),
                                          who == QLatin1String("bart") ? m_bart : m_thomas);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.reason(), reason);
    // A refused look-up leaves no trace in the looked-up citizen's trail.
    const int after = m_sandbox.get(QStringLiteral("/me/audit"), m_thomas)
                          .json()
                          .value(QStringLiteral("entries"))
                          .toArray()
                          .size();
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestSandboxPeople)
#include "tst_sandbox_people.moc"

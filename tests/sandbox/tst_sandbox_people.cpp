#include "contributions.h"
#include "seed.h"
#include "seed_people.h"

#include "core/forms/formdefinition.h"
#include "core/json/qtjson.h"
#include "core/schema/formats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace guichet;
using namespace guichet::sandbox;

namespace {

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

// Pre-2000 rule: 97 - (first nine digits mod 97).
bool passesPre2000Rule(const QString &niss)
{
    return niss.right(2).toInt() == 97 - int(niss.left(9).toLongLong() % 97);
}

} // namespace

class TestSandboxPeople : public QObject
{
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestSandboxPeople)
#include "tst_sandbox_people.moc"

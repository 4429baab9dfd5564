// core/quota without a server: the contribution computation quarter by quarter, the reading of
// the portal's quota and contribution answers (refusing what does not have their shape), and the
// sealed offline cache (no plaintext on disk, bound to its owner and purpose).
#include "core/drafts/secretkey.h"
#include "core/quota/contributionrules.h"
#include "core/quota/contributionstatement.h"
#include "core/quota/quotayear.h"
#include "core/quota/sealedcache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::quota;

namespace {

qint64 cents(double euros)
{
    return qRound64(euros * 100.0);
}

QJsonArray months(const QString &key, const QList<double> &values)
{
    QJsonArray array;
    for (int m = 0; m < 12; ++m)
        array.append(QJsonObject{{QStringLiteral("month"), m + 1}, {key, values.value(m)}});
    return array;
}

// The shape of GET /citizens/{nn}/quotas (api/openapi.yaml, example thomas2025).
QJsonObject quotaReply()
{
    const QList<double> flexi{0, 0, 612.5, 845.0, 920.0, 1010.0, 862.5, 0, 0, 0, 0, 0};
    const QList<double> hours{16, 24, 32, 24, 16, 40, 152, 160, 32, 32, 32, 0};
    return QJsonObject{
        {"year", 2025},
        {"nationalNumber", "86031412323"},
        {"flexi", QJsonObject{{"ceiling", 18000.0},
                              {"earned", 4250.0},
                              {"left", 13750.0},
                              {"excess", 0},
                              {"months", months(QStringLiteral("amount"), flexi)}}},
        {"student", QJsonObject{{"quota", 650},
                                {"used", 560},
                                {"left", 90},
                                {"excess", 0},
                                {"months", months(QStringLiteral("hours"), hours)}}}};
}

// The shape of GET /citizens/{nn}/contributions (example thomas2025).
QJsonObject contributionReply()
{
    QJsonArray quarters;
    for (int q = 1; q <= 4; ++q)
        quarters.append(
            QJsonObject{{"quarter", q}, {"active", true}, {"starter", false}, {"amount", 2114.06}});
    return QJsonObject{
        {"year", 2025},
        {"nationalNumber", "86031412323"},
        {"selfEmployed", true},
        {"activityStart", "2014-04-01"},
        {"brackets", QJsonArray{QJsonObject{{"from", 0}, {"to", 73447.52}, {"rate", 20.5}}}},
        {"minimumQuarterly", 871.71},
        {"starterReduction", QJsonObject{{"threshold", 8783.48}, {"quarterly", 463.88}}},
        {"provisional", QJsonObject{{"basis", 41250.0},
                                    {"basisYear", 2022},
                                    {"basisKind", "income"},
                                    {"quarterly", 2114.06},
                                    {"annual", 8456.24},
                                    {"minimumApplied", false},
                                    {"starterReduction", false}}},
        {"quarters", quarters}};
}

// Sets the value at a path of object keys (and array indexes as numbers) in a JSON object.
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex && root.isArray()) {
        QJsonArray array = root.toArray();
        array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (value.isUndefined() && path.isEmpty())
        object.remove(head);
    else
        object.insert(head, withValue(object.value(head), path, value));
    return object;
}

drafts::DataKey testKey(const QString &id)
{
    return drafts::DataKey{id, drafts::SecretKey::random()};
}

} // namespace

class TestQuota : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void estimateYear_data();
    void estimateYear();
    void quarterStandings_data();
    void quarterStandings();
    void latestContributionYear();

    void centsFromJson_data();
    void centsFromJson();
    void quotaYear();
    void quotaYearRefused_data();
    void quotaYearRefused();
    void contributionStatement();
    void contributionStatementRefused_data();
    void contributionStatementRefused();

    void cacheRoundTrip();
    void cacheRefuses_data();
    void cacheRefuses();
};

void TestQuota::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuota::estimateYear_data()
{
    QTest::addColumn<double>("income");
    QTest::addColumn<int>("activeFrom");  // first active quarter
    QTest::addColumn<int>("starterUpTo"); // last starter quarter, 0 for none
    QTest::addColumn<QList<double>>("quarters");

    QTest::newRow("a full year on 50,000")
        << 50000.0 << 1 << 0 << QList<double>{2562.50, 2562.50, 2562.50, 2562.50};
    QTest::newRow("activity from the third quarter")
        << 50000.0 << 3 << 0 << QList<double>{0, 0, 2562.50, 2562.50};
    QTest::newRow("a starter under the threshold, then the minimum")
        << 7200.0 << 1 << 2 << QList<double>{463.88, 463.88, 871.71, 871.71};
    QTest::newRow("above every bracket")
        << 250000.0 << 1 << 0 << QList<double>{4995.78, 4995.78, 4995.78, 4995.78};
}

void TestQuota::estimateYear()
{
    QFETCH(double, income);
    QFETCH(int, activeFrom);
    QFETCH(int, starterUpTo);
    QFETCH(QList<double>, quarters);

    const auto rules = contributionRules(2025);
    QVERIFY(rules);
    QList<QuarterStanding> standings;
    for (int q = 1; q <= 4; ++q)
        standings.append({q, q >= activeFrom, q >= activeFrom && q <= starterUpTo});
    const YearEstimate estimate = quota::estimateYear(*rules, cents(income), standings);

    qint64 sum = 0;
    for (int q = 0; q < 4; ++q) {
        QCOMPARE(estimate.quarterCents.value(q), cents(quarters.value(q)));
        sum += cents(quarters.value(q));
    }
    QCOMPARE(estimate.annualCents, sum);
    QCOMPARE(estimate.bracketAnnualCents, annualContribution(*rules, cents(income)));
    QVERIFY(estimate.latest);
    QCOMPARE(estimate.latest->quarterlyCents, cents(quarters.value(3)));
}

void TestQuota::quarterStandings_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("expected"); // per quarter: - inactive, S starter, A active

    QTest::newRow("long established") << 2025 << QDate(2012, 4, 1) << QStringLiteral("AAAA");
    QTest::newRow("started in February 2025")
        << 2025 << QDate(2025, 2, 1) << QStringLiteral("SSSS");
    QTest::newRow("the year after a February start")
        << 2026 << QDate(2025, 2, 1) << QStringLiteral("AAAA");
    QTest::newRow("started in August") << 2025 << QDate(2025, 8, 15) << QStringLiteral("--SS");
    QTest::newRow("the year after an August start")
        << 2026 << QDate(2025, 8, 15) << QStringLiteral("SSAA");
    QTest::newRow("starting next year") << 2025 << QDate(2026, 1, 1) << QStringLiteral("----");
}

void TestQuota::quarterStandings()
{
    QFETCH(int, year);
    QFETCH(QDate, start);
    QFETCH(QString, expected);

    QString actual;
    for (const QuarterStanding &q : quota::quarterStandings(year, start.year(), start.month()))
        actual += !q.active ? QLatin1Char('-') : q.starter ? QLatin1Char('S') : QLatin1Char('A');
    QCOMPARE(actual, expected);
}

void TestQuota::latestContributionYear()
{
    QCOMPARE(quota::latestContributionYear(2024), std::optional<int>());
    QCOMPARE(quota::latestContributionYear(2025), std::optional<int>(2025));
    QCOMPARE(quota::latestContributionYear(2031), std::optional<int>(2025));
}

void TestQuota::centsFromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("whole euros") << QJsonValue(18000) << qint64(1'800'000);
    QTest::newRow("one decimal") << QJsonValue(612.5) << qint64(61'250);
    QTest::newRow("two decimals") << QJsonValue(73447.52) << qint64(7'344'752);
    QTest::newRow("a large amount with cents") << QJsonValue(987654321.99) << qint64(98765432199);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("three decimals") << QJsonValue(1.005) << qint64(-1);
    QTest::newRow("negative") << QJsonValue(-5) << qint64(-1);
    QTest::newRow("a string") << QJsonValue(QStringLiteral("12.00")) << qint64(-1);
    QTest::newRow("null") << QJsonValue() << qint64(-1);
    QTest::newRow("absurdly large") << QJsonValue(1e300) << qint64(-1);
}

void TestQuota::centsFromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QCOMPARE(quota::centsFromJson(value).value_or(-1), expected);
}

void TestQuota::quotaYear()
{
    const auto year = QuotaYear::fromJson(quotaReply());
    QVERIFY2(year, year ? "" : qPrintable(year.error().params.join(QLatin1Char(' '))));
    QCOMPARE(year->year(), 2025);
    QCOMPARE(year->flexi().total(), cents(4250));
    QCOMPARE(year->flexi().limit(), std::optional<qint64>(cents(18000)));
    QCOMPARE(year->flexi().left(), std::optional<qint64>(cents(13750)));
    QCOMPARE(year->flexi().cumulative().value(3), cents(612.5 + 845));
    QCOMPARE(year->student().total(), qint64(560));
    QCOMPARE(year->student().left(), std::optional<qint64>(90));
    QCOMPARE(year->student().excess(), std::optional<qint64>(0));

    // A year without a verified ceiling has no "left" at all, rather than a made-up one.
    const auto noCeiling = QuotaYear::fromJson(
        withValue(quotaReply(), {QStringLiteral("flexi"), QStringLiteral("ceiling")}, QJsonValue())
            .toObject());
    QVERIFY(noCeiling);
    QVERIFY(!noCeiling->flexi().limit());
    QVERIFY(!noCeiling->flexi().left());
}

void TestQuota::quotaYearRefused_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("no year") << QStringList{"year"} << QJsonValue(QStringLiteral("2025"));
    QTest::newRow("flexi not an object") << QStringList{"flexi"} << QJsonValue(12);
    QJsonArray eleven = months(QStringLiteral("amount"), {});
    eleven.removeLast();
    QTest::newRow("eleven months") << QStringList{"flexi", "months"} << QJsonValue(eleven);
    QTest::newRow("months out of order")
        << QStringList{"student", "months", "0", "month"} << QJsonValue(2);
    QTest::newRow("an amount as text")
        << QStringList{"flexi", "months", "4", "amount"} << QJsonValue(QStringLiteral("845"));
    QTest::newRow("an amount with three decimals")
        << QStringList{"flexi", "months", "4", "amount"} << QJsonValue(845.125);
    QTest::newRow("negative hours")
        << QStringList{"student", "months", "6", "hours"} << QJsonValue(-3);
    QTest::newRow("half an hour") << QStringList{"student", "months", "6", "hours"}
                                  << QJsonValue(1.5);
    QTest::newRow("a ceiling as text")
        << QStringList{"flexi", "ceiling"} << QJsonValue(QStringLiteral("18000"));
}

void TestQuota::quotaYearRefused()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);

    const auto year = QuotaYear::fromJson(withValue(quotaReply(), path, value).toObject());
    QVERIFY(!year);
    QCOMPARE(year.error().code, QStringLiteral("quota.badReply"));
    QVERIFY(!year.error().message.isEmpty());
}

void TestQuota::contributionStatement()
{
    const auto s = ContributionStatement::fromJson(contributionReply());
    QVERIFY2(s, s ? "" : qPrintable(s.error().params.join(QLatin1Char(' '))));
    QCOMPARE(s->year(), 2025);
    QVERIFY(s->isSelfEmployed());
    QVERIFY(s->hasRates());
    QVERIFY(s->hasProvisional());
    QCOMPARE(s->basisCents(), cents(41250));
    QCOMPARE(s->basisYear(), 2022);
    QCOMPARE(s->basisKind(), ContributionStatement::BasisKind::Income);
    QCOMPARE(s->quarterlyCents(), std::optional<qint64>(cents(2114.06)));
    QCOMPARE(s->annualCents(), std::optional<qint64>(cents(8456.24)));
    QCOMPARE(s->standings().size(), 4);
    QCOMPARE(s->activityStart(), QDate(2014, 4, 1));

    // Not self-employed, in a year without verified rates (example unknownRates).
    const QJsonObject none{{"year", 2026},
                           {"nationalNumber", "60022401752"},
                           {"selfEmployed", false},
                           {"activityStart", QJsonValue()},
                           {"brackets", QJsonValue()},
                           {"minimumQuarterly", QJsonValue()},
                           {"starterReduction", QJsonValue()},
                           {"provisional", QJsonValue()},
                           {"quarters", QJsonArray()}};
    const auto n = ContributionStatement::fromJson(none);
    QVERIFY(n);
    QVERIFY(!n->hasProvisional());
    QVERIFY(!n->hasRates());
}

void TestQuota::contributionStatementRefused_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("selfEmployed as text")
        << QStringList{"selfEmployed"} << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("a date that is not one")
        << QStringList{"activityStart"} << QJsonValue(QStringLiteral("2014-13-40"));
    QTest::newRow("provisional as a number") << QStringList{"provisional"} << QJsonValue(5);
    QTest::newRow("an unknown basis kind")
        << QStringList{"provisional", "basisKind"} << QJsonValue(QStringLiteral("guess"));
    QTest::newRow("a quarterly amount as text")
        << QStringList{"provisional", "quarterly"} << QJsonValue(QStringLiteral("2114.06"));
    QTest::newRow("a fifth quarter") << QStringList{"quarters", "1", "quarter"} << QJsonValue(5);
    QTest::newRow("no quarters") << QStringList{"quarters"} << QJsonValue();
}

void TestQuota::contributionStatementRefused()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);

    const auto s =
        ContributionStatement::fromJson(withValue(contributionReply(), path, value).toObject());
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("contributions.badReply"));
}

void TestQuota::cacheRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SealedCache cache(dir.path(), QStringLiteral("86031412323"), testKey(QStringLiteral("k1")));
    QVERIFY(cache.isUsable());
    QCOMPARE(cache.load(QStringLiteral("quota")).error().code, QStringLiteral("cache.missing"));

    const QDateTime synced(QDate(2026, 11, 28), QTime(14, 22, 41), Qt::UTC);
    QVERIFY(cache.store(QStringLiteral("quota"), quotaReply(), synced));
    const auto entry = cache.load(QStringLiteral("quota"));
    QVERIFY(entry);
    QCOMPARE(entry->document, quotaReply());
    QCOMPARE(entry->syncedAt, synced);

    // On disk: under cache/, readable by the owner only, with neither the national number nor
    // any figure in clear, nor in the file name.
    const QString path = cache.filePath(QStringLiteral("quota"));
    QVERIFY(path.startsWith(QDir(dir.path()).filePath(QStringLiteral("cache/"))));
    QVERIFY(!path.contains(QStringLiteral("86031412323")));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char *plain : {"86031412323", "18000", "4250", "612.5", "months", "flexi"})
        QVERIFY2(!bytes.contains(plain), plain);
}

void TestQuota::cacheRefuses_data()
{
    QTest::addColumn<QString>("tamper"); // what happens to the file before it is read

    QTest::newRow("one flipped bit") << QStringLiteral("flip");
    QTest::newRow("cut short") << QStringLiteral("truncate");
    QTest::newRow("copied to another owner") << QStringLiteral("owner");
    QTest::newRow("copied to another purpose") << QStringLiteral("purpose");
    QTest::newRow("read with another key") << QStringLiteral("key");
    QTest::newRow("not a cache file at all") << QStringLiteral("garbage");
}

void TestQuota::cacheRefuses()
{
    QFETCH(QString, tamper);

    QTemporaryDir dir;
    const drafts::DataKey key = testKey(QStringLiteral("k1"));
    SealedCache cache(dir.path(), QStringLiteral("owner-a"), key);
    QVERIFY(cache.store(QStringLiteral("quota"), quotaReply(), QDateTime::currentDateTimeUtc()));
    const QString path = cache.filePath(QStringLiteral("quota"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();

    SealedCache reader = cache;
    QString readPurpose = QStringLiteral("quota");
    QString target = path;
    if (tamper == QLatin1String("flip")) {
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
    } else if (tamper == QLatin1String("truncate")) {
        bytes.chop(20);
    } else if (tamper == QLatin1String("garbage")) {
        bytes = QByteArrayLiteral("{\"not\": \"sealed\"}");
    } else if (tamper == QLatin1String("owner")) {
        reader = SealedCache(dir.path(), QStringLiteral("owner-b"), key);
        target = reader.filePath(readPurpose);
    } else if (tamper == QLatin1String("purpose")) {
        readPurpose = QStringLiteral("contributions");
        target = reader.filePath(readPurpose);
    } else if (tamper == QLatin1String("key")) {
        reader = SealedCache(dir.path(), QStringLiteral("owner-a"), testKey(QStringLiteral("k2")));
        target = reader.filePath(readPurpose);
    }
    QFile out(target);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    const auto entry = reader.load(readPurpose);
    QVERIFY(!entry);
    QCOMPARE(entry.error().code, QStringLiteral("cache.damaged"));
    QVERIFY(!entry.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuota)
#include "tst_quota.moc"

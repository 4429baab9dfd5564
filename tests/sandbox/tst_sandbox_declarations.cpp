// POST /declarations and what follows, over real HTTPS against guichet-sandbox: asynchronous
// processing to A/W/B/S, the Dimona period a scripted IN -> OUT works on, idempotency, mandates,
// who sees what, list filters, the signed receipt (verified with OpenSSL) and a restart while
// declarations are being processed.
#include "declarations.h"
#include "sandboxfixture.h"
#include "seed.h"

#include "core/json/parser.h"
#include "core/json/value.h"
#include "core/json/writer.h"
#include "core/schema/formats.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace guichet;
using namespace guichet::sandbox;
using namespace guichet::sandbox::test;

namespace {

const QString kThomas = QStringLiteral("86031412323");   // every role, mandates below
const QString kBart = QStringLiteral("85073003328");     // a plain citizen
const QString kAndre = QStringLiteral("60022401752");    // a plain citizen (retired)
const QString kBrasserie = QStringLiteral("0403019261"); // Thomas: direct mandate
const QString kCafe = QStringLiteral("0476543281");      // Thomas: no mandate
const QString kEmma = QStringLiteral("95022840288");     // Brasserie's worker, not flexi-eligible

// Dates relative to today, so that nothing is filed late (late filings only warn, but the
// accepted cases must stay A whatever day the tests run).
QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject envelope(const QString &formId, const QJsonObject &data, const QString &onBehalfOf = {})
{
    QJsonObject body{{QStringLiteral("formId"), formId},
                     {QStringLiteral("formVersion"), 1},
                     {QStringLiteral("data"), data}};
    if (!onBehalfOf.isEmpty())
        body.insert(QStringLiteral("onBehalfOf"), onBehalfOf);
    return body;
}

QJsonObject dimonaIn(const QString &worker, const QString &start,
                     const QString &workerType = QStringLiteral("OTH"))
{
    QJsonObject in{{QStringLiteral("startDate"), start},
                   {QStringLiteral("features"),
                    QJsonObject{{QStringLiteral("workerType"), workerType},
                                {QStringLiteral("jointCommissionNumber"), QStringLiteral("302")}}}};
    if (workerType == QLatin1String("FLX")) {
        in.insert(QStringLiteral("endDate"), start);
        in.insert(QStringLiteral("startHour"), QStringLiteral("1800"));
        in.insert(QStringLiteral("endHour"), QStringLiteral("2300"));
    }
    return {
        {QStringLiteral("declarationType"), QStringLiteral("IN")},
        {QStringLiteral("employer"), QJsonObject{{QStringLiteral("enterpriseNumber"), kBrasserie}}},
        {QStringLiteral("worker"), QJsonObject{{QStringLiteral("ssin"), worker}}},
        {QStringLiteral("dimonaIn"), in}};
}

QJsonObject dimonaOut(const QString &periodId, const QString &endDate)
{
    return {
        {QStringLiteral("declarationType"), QStringLiteral("OUT")},
        {QStringLiteral("employer"), QJsonObject{{QStringLiteral("enterpriseNumber"), kBrasserie}}},
        {QStringLiteral("dimonaOut"), QJsonObject{{QStringLiteral("periodId"), periodId},
                                                  {QStringLiteral("endDate"), endDate}}}};
}

QStringList codes(const QJsonObject &declaration)
{
    QStringList list;
    for (const QJsonValue &anomaly : declaration.value(QStringLiteral("anomalies")).toArray())
        list.append(anomaly.toObject().value(QStringLiteral("code")).toString());
    return list;
}

// ECDSA P-256 / SHA-256 over bytes, signature as JOSE r || s, key from a DER certificate.
bool verifyEs256(const QByteArray &certificateDer, const QByteArray &bytes, const QByteArray &rs)
{
    if (rs.size() != 64)
        return false;
    const auto *der = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        d2i_X509(nullptr, &der, certificateDer.size()), X509_free);
    if (!certificate)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(certificate.get()),
                                                            EVP_PKEY_free);
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> signature(ECDSA_SIG_new(),
                                                                    ECDSA_SIG_free);
    const auto *raw = reinterpret_cast<const unsigned char *>(rs.constData());
    if (!key || !signature ||
        !ECDSA_SIG_set0(signature.get(), BN_bin2bn(raw, 32, nullptr),
                        BN_bin2bn(raw + 32, 32, nullptr)))
        return false;
    unsigned char *encoded = nullptr;
    const int length = i2d_ECDSA_SIG(signature.get(), &encoded);
    if (length <= 0)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
    const bool ok =
        context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), encoded, size_t(length),
                         reinterpret_cast<const unsigned char *>(bytes.constData()),
                         size_t(bytes.size())) == 1;
    OPENSSL_free(encoded);
    return ok;
}

} // namespace

class TestSandboxDeclarations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void canonicalBody();
    void dimonaInOutScript();
    void outcomes_data();
    void outcomes();
    void idempotency();
    void keyScopedPerCaller();
    void envelopeRefusals_data();
    void envelopeRefusals();
    void mandates();
    void helpdeskFilesForACitizen();
    void othersSeeNothing();
    void listFilters();
    void receiptAndRestart();

private:
    HttpReply file(const QByteArray &body, const QString &key, const QString &token = {});
    HttpReply file(const QJsonObject &body, const QString &token = {})
    {
        return file(compact(body), QUuid::createUuid().toString(QUuid::WithoutBraces), token);
    }
    // Polls until done (or the fixture's timeout); the last answer.
    QJsonObject waitDone(const QString &id, const QString &token = {},
                         QStringList *statuses = nullptr);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_thomas;
};

void TestSandboxDeclarations::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start({QStringLiteral("--processing-delay"), QStringLiteral("300")}),
             qPrintable(m_sandbox->lastError()));
    m_thomas = m_sandbox->signIn(kThomas);
    QVERIFY2(!m_thomas.isEmpty(), qPrintable(m_sandbox->lastError()));
}

void TestSandboxDeclarations::cleanupTestCase()
{
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

HttpReply TestSandboxDeclarations::file(const QByteArray &body, const QString &key,
                                        const QString &token)
{
    HeaderList headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!key.isNull())
        headers.append({QByteArrayLiteral("Idempotency-Key"), key.toLatin1()});
    return m_sandbox->request("POST", QStringLiteral("/declarations"), body, headers,
                              token.isEmpty() ? m_thomas : token);
}

QJsonObject TestSandboxDeclarations::waitDone(const QString &id, const QString &token,
                                              QStringList *statuses)
{
    QDeadlineTimer deadline(m_sandbox->timeoutMs());
    QJsonObject last;
    while (!deadline.hasExpired()) {
        const HttpReply reply = m_sandbox->get(QStringLiteral("/declarations/") + id,
                                               token.isEmpty() ? m_thomas : token);
        if (reply.status != 200)
            return reply.json();
        last = reply.json();
        const QString status = last.value(QStringLiteral("status")).toString();
        if (statuses && (statuses->isEmpty() || statuses->last() != status))
            statuses->append(status);
        if (status == QLatin1String("done"))
            return last;
        QTest::qWait(50);
    }
    // Not done in time: what the sandbox said helps more than the status alone.
    qWarning("declaration %s not done; sandbox log:\n%s", qPrintable(id),
             qPrintable(m_sandbox->standardError()));
    return last;
}

void TestSandboxDeclarations::canonicalBody()
{
    // Same JSON values, different spelling: the same canonical text (and request digest).
    const auto a = json::parse(R"({"b": [1, 2.50, {"y": null, "x": "é"}], "a": 1.0})");
    const auto b = json::parse(R"({"a":1,"b":[1e0,2.5,{"x":"é","y":null}]})");
    QVERIFY(a && b);
    QCOMPARE(declarations::canonicalJson(*a), declarations::canonicalJson(*b));
    QCOMPARE(QString::fromStdString(declarations::canonicalJson(*a)),
             QStringLiteral(R"({"a":1,"b":[1,2.5,{"x":"é","y":null}]})"));
    const auto c = json::parse(R"({"a": 1, "b": [2.5, 1, {"x": "é", "y": null}]})");
    QVERIFY(declarations::canonicalJson(*a) != declarations::canonicalJson(*c));
    QCOMPARE(declarations::ticket(2026, 123), QStringLiteral("GCH-2026-000123"));
    QVERIFY(isValidDimonaPeriodId(declarations::newPeriodId(2026, 42)));
    QVERIFY(declarations::newPeriodId(2026, 42).startsWith(QStringLiteral("2026000042")));
}

void TestSandboxDeclarations::dimonaInOutScript()
{
    // IN: filed, then processed to A with the new period's id.
    const QJsonObject in =
        envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(7)), kBrasserie);
    const HttpReply filed = file(in);
    QCOMPARE(filed.status, 201);
    const QJsonObject received = filed.json();
    const QString id = received.value(QStringLiteral("id")).toString();
    QCOMPARE(filed.header("Location"), "/api/v1/declarations/" + id.toUtf8());
    QCOMPARE(received.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QVERIFY(received.value(QStringLiteral("result")).isNull());
    QVERIFY(received.value(QStringLiteral("completedAt")).isNull());
    QCOMPARE(received.value(QStringLiteral("anomalies")).toArray().size(), 0);
    QCOMPARE(received.value(QStringLiteral("onBehalfOf")).toString(), kBrasserie);
    QVERIFY(QRegularExpression(QStringLiteral("^GCH-[0-9]{4}-[0-9]{6}$"))
                .match(received.value(QStringLiteral("ticket")).toString())
                .hasMatch());
    QVERIFY(!received.contains(QStringLiteral("periodId")));

    QStringList statuses{QStringLiteral("received")};
    const QJsonObject done = waitDone(id, {}, &statuses);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("A"));
    QCOMPARE(codes(done), QStringList());
    QVERIFY(!done.value(QStringLiteral("completedAt")).toString().isEmpty());
    for (const QString &status : statuses)
        QVERIFY2(QStringList({"received", "processing", "done"}).contains(status),
                 qPrintable(status));
    const QString periodId = done.value(QStringLiteral("periodId")).toString();
    QVERIFY2(isValidDimonaPeriodId(periodId), qPrintable(periodId));

    // OUT for that period: accepted, same period.
    const HttpReply out =
        file(envelope(QStringLiteral("dimona"), dimonaOut(periodId, inDays(30)), kBrasserie));
    QCOMPARE(out.status, 201);
    const QJsonObject closed = waitDone(out.json().value(QStringLiteral("id")).toString());
    QCOMPARE(closed.value(QStringLiteral("result")).toString(), QStringLiteral("A"));
    QCOMPARE(closed.value(QStringLiteral("periodId")).toString(), periodId);

    // A second OUT finds it closed.
    const HttpReply again =
        file(envelope(QStringLiteral("dimona"), dimonaOut(periodId, inDays(31)), kBrasserie));
    const QJsonObject refused = waitDone(again.json().value(QStringLiteral("id")).toString());
    QCOMPARE(refused.value(QStringLiteral("result")).toString(), QStringLiteral("B"));
    QCOMPARE(codes(refused), QStringList{QStringLiteral("00913-356")});
}

void TestSandboxDeclarations::outcomes_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("pointer"); // of the first anomaly

    // A seeded open period of the Brasserie (Emma, OTH, since 2023-03-01).
    const QString seededOpen = makeDimonaPeriodId(2024000001);
    QTest::newRow("OUT before the period's IN date")
        << envelope(QStringLiteral("dimona"), dimonaOut(seededOpen, QStringLiteral("2023-02-01")),
                    kBrasserie)
        << "B" << QStringList{QStringLiteral("DIMONA-OUT-BEFORE-IN")}
        << QStringLiteral("/dimonaOut/endDate");
    QTest::newRow("national number with a bad checksum")
        << envelope(QStringLiteral("dimona"), dimonaIn(QStringLiteral("85073003329"), inDays(7)),
                    kBrasserie)
        << "B" << QStringList{QStringLiteral("SCHEMA-format")} << QStringLiteral("/worker/ssin");
    QTest::newRow("unknown period")
        << envelope(QStringLiteral("dimona"), dimonaOut(makeDimonaPeriodId(1999000001), inDays(3)),
                    kBrasserie)
        << "B" << QStringList{QStringLiteral("00913-354")} << QStringLiteral("/dimonaOut/periodId");
    QTest::newRow("warnings only: flexi worker not eligible")
        << envelope(QStringLiteral("dimona"), dimonaIn(kEmma, inDays(9), QStringLiteral("FLX")),
                    kBrasserie)
        << "W" << QStringList{QStringLiteral("90017-510")} << QStringLiteral("/worker/ssin");
    QJsonObject unidentified = dimonaIn(kBart, inDays(7));
    unidentified.insert(
        QStringLiteral("worker"),
        QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Kowalska")},
                    {QStringLiteral("firstName"), QStringLiteral("Agnieszka")},
                    {QStringLiteral("birthDate"), QStringLiteral("1994-03-12")},
                    {QStringLiteral("sex"), QStringLiteral("F")},
                    {QStringLiteral("nationality"), QStringLiteral("PL")},
                    {QStringLiteral("address"),
                     QJsonObject{{QStringLiteral("street"), QStringLiteral("Rue de la Station")},
                                 {QStringLiteral("houseNumber"), QStringLiteral("14")},
                                 {QStringLiteral("postalCode"), QStringLiteral("5000")},
                                 {QStringLiteral("municipality"), QStringLiteral("Namur")},
                                 {QStringLiteral("country"), QStringLiteral("BE")}}}});
    QTest::newRow("worker without national number")
        << envelope(QStringLiteral("dimona"), unidentified, kBrasserie) << "S" << QStringList()
        << QString();
    QTest::newRow("worker type the employer may not declare")
        << envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(7), QStringLiteral("BCW")),
                    kBrasserie)
        << "B" << QStringList{QStringLiteral("00655-350")}
        << QStringLiteral("/dimonaIn/features/workerType");
    QTest::newRow("bank account change of one's own")
        << envelope(
               QStringLiteral("citizen-bank-account-change"),
               QJsonObject{{QStringLiteral("niss"), kThomas},
                           {QStringLiteral("iban"), QStringLiteral("BE68539007547034")},
                           {QStringLiteral("accountHolder"), QStringLiteral("Thomas Janssens")},
                           {QStringLiteral("effectiveDate"), inDays(20)},
                           {QStringLiteral("confirmation"), true}})
        << "A" << QStringList() << QString();
}

void TestSandboxDeclarations::outcomes()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, result);
    QFETCH(QStringList, codes);
    QFETCH(QString, pointer);

    const HttpReply filed = file(body);
    QCOMPARE(filed.status, 201);
    const QJsonObject done = waitDone(filed.json().value(QStringLiteral("id")).toString());
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("result")).toString(), result);
    QCOMPARE(::codes(done), codes);
    const QJsonArray anomalies = done.value(QStringLiteral("anomalies")).toArray();
    if (!anomalies.isEmpty()) {
        const QJsonObject first = anomalies.first().toObject();
        QCOMPARE(first.value(QStringLiteral("pointer")).toString(), pointer);
        const QJsonObject message = first.value(QStringLiteral("message")).toObject();
        for (const char *language : {"fr", "nl", "de", "en"})
            QVERIFY2(!message.value(QLatin1String(language)).toString().isEmpty(), language);
    }
    if (result != QLatin1String("A") && result != QLatin1String("W") &&
        body.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("declarationType"))
                .toString() == QLatin1String("IN"))
        QVERIFY(!done.contains(QStringLiteral("periodId")));
}

void TestSandboxDeclarations::idempotency()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body =
        envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(8)), kBrasserie);
    const HttpReply first = file(compact(body), key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const QString id = first.json().value(QStringLiteral("id")).toString();

    // The same key and body: the same declaration, 200, marked as replayed.
    const HttpReply replayed = file(compact(body), key);
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(replayed.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(replayed.header("Location"), "/api/v1/declarations/" + id.toUtf8());

    // The same JSON value written otherwise is the same body.
    const QByteArray respelled = R"({"onBehalfOf": "0403019261", "data": )" +
                                 QJsonDocument(body.value(QStringLiteral("data")).toObject())
                                     .toJson(QJsonDocument::Indented) +
                                 R"(, "formVersion": 1.0, "formId": "dimona"})";
    const HttpReply respelledReply = file(respelled, key);
    QCOMPARE(respelledReply.status, 200);
    QCOMPARE(respelledReply.json().value(QStringLiteral("id")).toString(), id);

    // The same key with another body: refused.
    const HttpReply conflict = file(
        compact(envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(9)), kBrasserie)), key);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.reason(), QStringLiteral("idempotency-conflict"));

    // Once done, a replay shows the outcome.
    QCOMPARE(waitDone(id).value(QStringLiteral("result")).toString(), QStringLiteral("A"));
    const HttpReply late = file(compact(body), key);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json().value(QStringLiteral("status")).toString(), QStringLiteral("done"));

    // Exactly one declaration held for the key.
    const HttpReply held =
        m_sandbox->admin("GET", QStringLiteral("/admin/declarations?idempotencyKey=") + key);
    QCOMPARE(held.status, 200);
    QCOMPARE(held.json().value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject entry =
        held.json().value(QStringLiteral("declarations")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(entry.value(QStringLiteral("idempotencyKey")).toString(), key);
    QCOMPARE(entry.value(QStringLiteral("declarant")).toObject().value("nationalNumber").toString(),
             kThomas);

    // The admin list needs the admin token.
    const HttpReply notAdmin =
        m_sandbox->get(QStringLiteral("/admin/declarations?idempotencyKey=") + key, m_thomas);
    QCOMPARE(notAdmin.status, 401);
}

void TestSandboxDeclarations::keyScopedPerCaller()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject data{{QStringLiteral("niss"), kThomas},
                           {QStringLiteral("iban"), QStringLiteral("BE68539007547034")},
                           {QStringLiteral("accountHolder"), QStringLiteral("Thomas Janssens")},
                           {QStringLiteral("effectiveDate"), inDays(20)},
                           {QStringLiteral("confirmation"), true}};
    QCOMPARE(
        file(compact(envelope(QStringLiteral("citizen-bank-account-change"), data)), key).status,
        201);
    const QString bart = m_sandbox->signIn(kBart);
    QVERIFY2(!bart.isEmpty(), qPrintable(m_sandbox->lastError()));
    QJsonObject his = data;
    his.insert(QStringLiteral("niss"), kBart);
    his.insert(QStringLiteral("accountHolder"), QStringLiteral("Bart Vermeulen"));
    QCOMPARE(file(compact(envelope(QStringLiteral("citizen-bank-account-change"), his)), key, bart)
                 .status,
             201);
    const HttpReply held =
        m_sandbox->admin("GET", QStringLiteral("/admin/declarations?idempotencyKey=") + key);
    QCOMPARE(held.json().value(QStringLiteral("total")).toInt(), 2);
}

void TestSandboxDeclarations::envelopeRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key"); // null: no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray valid = compact(envelope(QStringLiteral("citizen-bank-account-change"),
                                              QJsonObject{{QStringLiteral("niss"), kThomas}}));
    const QString key = QStringLiteral("key-of-the-refusals");
    QTest::newRow("no idempotency key") << valid << QString() << 400 << "idempotency-key-missing";
    QTest::newRow("idempotency key too short") << valid << "short" << 400 << "invalid-request";
    QTest::newRow("idempotency key with a space")
        << valid << "with a space" << 400 << "invalid-request";
    QTest::newRow("body not JSON") << QByteArray("{formId") << key << 400 << "invalid-json";
    QTest::newRow("body not an object") << QByteArray("[1]") << key << 400 << "invalid-json";
    QTest::newRow("form version missing")
        << QByteArray(R"({"formId": "dimona", "data": {}})") << key << 400 << "validation-failed";
    QTest::newRow("unknown member")
        << QByteArray(R"({"formId": "dimona", "formVersion": 1, "data": {}, "x": 1})") << key << 400
        << "validation-failed";
    QTest::newRow("unknown form")
        << QByteArray(R"({"formId": "holiday-pay", "formVersion": 1, "data": {}})") << key << 404
        << "unknown-form";
    QTest::newRow("unknown form version")
        << QByteArray(R"({"formId": "dimona", "formVersion": 7, "data": {}})") << key << 404
        << "unknown-form";
}

void TestSandboxDeclarations::envelopeRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const HttpReply reply = file(body, key);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.reason(), reason);
    QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/problem+json"));
    if (reason == QLatin1String("validation-failed")) {
        const QJsonArray anomalies = reply.json().value(QStringLiteral("anomalies")).toArray();
        QVERIFY(!anomalies.isEmpty());
        QVERIFY(anomalies.first()
                    .toObject()
                    .value(QStringLiteral("code"))
                    .toString()
                    .startsWith(QStringLiteral("SCHEMA-")));
    }
    // Nothing was stored under the key.
    const HttpReply held = m_sandbox->admin(
        "GET", QStringLiteral("/admin/declarations?idempotencyKey=key-of-the-refusals"));
    QCOMPARE(held.json().value(QStringLiteral("total")).toInt(), 0);
}

void TestSandboxDeclarations::mandates()
{
    // For an enterprise Thomas holds no mandate for.
    const HttpReply refused =
        file(envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(7)), kCafe));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.reason(), QStringLiteral("no-mandate"));

    // For another citizen without the helpdesk role.
    const QString bart = m_sandbox->signIn(kBart);
    const HttpReply forbidden = file(
        envelope(QStringLiteral("citizen-address-change"), QJsonObject{{"niss", kAndre}}, kAndre),
        bart);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.reason(), QStringLiteral("forbidden"));

    // Through a social secretariat: Boulangerie Dupont SA.
    const QString boulangerie = QStringLiteral("0411732435");
    QJsonObject data = dimonaIn(kBart, inDays(7));
    data.insert(QStringLiteral("employer"),
                QJsonObject{{QStringLiteral("enterpriseNumber"), boulangerie}});
    const HttpReply viaSecretariat = file(envelope(QStringLiteral("dimona"), data, boulangerie));
    QCOMPARE(viaSecretariat.status, 201);
    QCOMPARE(waitDone(viaSecretariat.json().value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("result"))
                 .toString(),
             QStringLiteral("A"));

    // The data's employer must be the enterprise filed for.
    const HttpReply mismatch =
        file(envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(7)), boulangerie));
    QCOMPARE(mismatch.status, 201);
    const QJsonObject done = waitDone(mismatch.json().value(QStringLiteral("id")).toString());
    QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("B"));
    QCOMPARE(codes(done), QStringList{QStringLiteral("EMPLOYER-MISMATCH")});
}

void TestSandboxDeclarations::helpdeskFilesForACitizen()
{
    // Thomas, as a helpdesk agent, files André's change of address.
    const QJsonObject data{
        {QStringLiteral("filedBy"), QStringLiteral("helpdesk")},
        {QStringLiteral("niss"), kAndre},
        {QStringLiteral("newAddress"),
         QJsonObject{{QStringLiteral("street"), QStringLiteral("Rue du Château")},
                     {QStringLiteral("number"), QStringLiteral("3")},
                     {QStringLiteral("postalCode"), QStringLiteral("1300")},
                     {QStringLiteral("municipality"), QStringLiteral("Wavre")},
                     {QStringLiteral("country"), QStringLiteral("BE")}}},
        {QStringLiteral("moveDate"), inDays(-3)},
        {QStringLiteral("onBehalfOf"),
         QJsonObject{{QStringLiteral("agentId"), kThomas},
                     {QStringLiteral("mandateReference"), QStringLiteral("HD-2026-000042")}}}};
    const HttpReply filed = file(envelope(QStringLiteral("citizen-address-change"), data, kAndre));
    QCOMPARE(filed.status, 201);
    const QString id = filed.json().value(QStringLiteral("id")).toString();
    const QJsonObject done = waitDone(id);
    QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("A"));
    QCOMPARE(done.value(QStringLiteral("onBehalfOf")).toString(), kAndre);

    // André sees who filed for him; the declaration stays the agent's.
    const QString andre = m_sandbox->signIn(kAndre);
    QVERIFY2(!andre.isEmpty(), qPrintable(m_sandbox->lastError()));
    const HttpReply audit = m_sandbox->get(QStringLiteral("/me/audit"), andre);
    QCOMPARE(audit.status, 200);
    bool found = false;
    for (const QJsonValue &entry : audit.json().value(QStringLiteral("entries")).toArray())
        found =
            found || (entry.toObject().value(QStringLiteral("action")).toString() ==
                          QLatin1String("declaration.file") &&
                      entry.toObject().value(QStringLiteral("resource")).toString().endsWith(id));
    QVERIFY(found);
    QCOMPARE(m_sandbox->get(QStringLiteral("/declarations/") + id, andre).status, 404);
}

void TestSandboxDeclarations::othersSeeNothing()
{
    const HttpReply filed =
        file(envelope(QStringLiteral("dimona"), dimonaIn(kBart, inDays(7)), kBrasserie));
    const QString id = filed.json().value(QStringLiteral("id")).toString();
    waitDone(id);
    const QString bart = m_sandbox->signIn(kBart);
    for (const QString &path :
         {QStringLiteral("/declarations/") + id,
          QStringLiteral("/declarations/") + id + QStringLiteral("/receipt")}) {
        const HttpReply reply = m_sandbox->get(path, bart);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.reason(), QStringLiteral("not-found"));
    }
    QCOMPARE(m_sandbox->get(QStringLiteral("/declarations/no-such-id"), m_thomas).status, 404);
    QCOMPARE(m_sandbox->get(QStringLiteral("/declarations/") + id).status, 401);
    const HttpReply hisList = m_sandbox->get(QStringLiteral("/declarations"), bart);
    for (const QJsonValue &declaration :
         hisList.json().value(QStringLiteral("declarations")).toArray())
        QVERIFY(declaration.toObject().value(QStringLiteral("id")).toString() != id);
}

void TestSandboxDeclarations::listFilters()
{
    // A fresh caller, so that the counts are this test's own.
    const QString lucas = m_sandbox->signIn(QStringLiteral("88063015559"));
    QVERIFY2(!lucas.isEmpty(), qPrintable(m_sandbox->lastError()));
    const QJsonObject accepted{{QStringLiteral("niss"), QStringLiteral("88063015559")},
                               {QStringLiteral("year"), QDate::currentDate().year()},
                               {QStringLiteral("quarter"), 4},
                               {QStringLiteral("estimatedIncome"), 52000},
                               {QStringLiteral("direction"), QStringLiteral("increase")},
                               {QStringLiteral("reason"), QStringLiteral("higherActivity")}};
    QJsonObject refused = accepted;
    refused.insert(QStringLiteral("niss"), kThomas); // not his own number
    QStringList ids;
    for (const QJsonObject &data : {accepted, refused, accepted}) {
        const HttpReply filed =
            file(envelope(QStringLiteral("selfemployed-contribution-adjustment"), data), lucas);
        QCOMPARE(filed.status, 201);
        ids.append(filed.json().value(QStringLiteral("id")).toString());
    }
    for (const QString &id : ids)
        QCOMPARE(waitDone(id, lucas).value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));

    auto list = [&](const QString &query) {
        return m_sandbox->get(QStringLiteral("/declarations") + query, lucas);
    };
    const HttpReply all = list({});
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray newestFirst = all.json().value(QStringLiteral("declarations")).toArray();
    QCOMPARE(newestFirst.size(), 3);
    QCOMPARE(newestFirst.first().toObject().value(QStringLiteral("id")).toString(), ids.last());
    QCOMPARE(newestFirst.last().toObject().value(QStringLiteral("id")).toString(), ids.first());

    const HttpReply blocked = list(QStringLiteral("?result=B"));
    QCOMPARE(blocked.json().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(blocked.json()
                 .value(QStringLiteral("declarations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             ids.at(1));
    QCOMPARE(
        list(QStringLiteral("?result=A&status=done&formId=selfemployed-contribution-adjustment"))
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        2);
    QCOMPARE(list(QStringLiteral("?formId=dimona")).json().value(QStringLiteral("total")).toInt(),
             0);
    QCOMPARE(list(QStringLiteral("?onBehalfOf=0403019261")).json().value("total").toInt(), 0);

    const HttpReply page = list(QStringLiteral("?limit=1&offset=1"));
    QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray one = page.json().value(QStringLiteral("declarations")).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject().value(QStringLiteral("id")).toString(), ids.at(1));

    for (const char *bad :
         {"?limit=0", "?limit=101", "?offset=-1", "?result=X", "?status=late", "?onBehalfOf=12"}) {
        const HttpReply reply = list(QString::fromLatin1(bad));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.reason(), QStringLiteral("invalid-parameter"));
    }
}

void TestSandboxDeclarations::receiptAndRestart()
{
    // Slow processing, so that a restart falls in the middle of it.
    QVERIFY2(m_sandbox->restart(
                 QStringList{QStringLiteral("--processing-delay"), QStringLiteral("4000")}),
             qPrintable(m_sandbox->lastError()));
    m_thomas = m_sandbox->signIn(kThomas);
    QVERIFY(!m_thomas.isEmpty());

    const QJsonObject data = dimonaIn(kBart, inDays(10), QStringLiteral("STU"));
    QJsonObject student = data;
    QJsonObject in = student.value(QStringLiteral("dimonaIn")).toObject();
    in.insert(QStringLiteral("endDate"), inDays(40));
    in.insert(QStringLiteral("plannedHoursNumber"), 120);
    student.insert(QStringLiteral("dimonaIn"), in);
    const HttpReply filed = file(envelope(QStringLiteral("dimona"), student, kBrasserie));
    QCOMPARE(filed.status, 201);
    const QString id = filed.json().value(QStringLiteral("id")).toString();

    const HttpReply early =
        m_sandbox->get(QStringLiteral("/declarations/") + id + "/receipt", m_thomas);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.reason(), QStringLiteral("not-final"));

    // Stopped before it is done; it finishes after the next start.
    QVERIFY(m_sandbox->get(QStringLiteral("/declarations/") + id, m_thomas)
                .json()
                .value("status")
                .toString() != QLatin1String("done"));
    QVERIFY2(m_sandbox->restart(), qPrintable(m_sandbox->lastError()));
    m_thomas = m_sandbox->signIn(kThomas);
    const QJsonObject done = waitDone(id);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("A"));

    // The receipt: members in the contract's order, signed over them without the signature.
    const HttpReply reply =
        m_sandbox->get(QStringLiteral("/declarations/") + id + "/receipt", m_thomas);
    QCOMPARE(reply.status, 200);
    auto receipt = json::parse(reply.body.toStdString());
    QVERIFY(receipt && receipt->isObject());
    QStringList members;
    for (const auto &[name, value] : receipt->objectMembers())
        members.append(QString::fromStdString(name));
    QCOMPARE(members, QStringList({"declarationId", "ticket", "formId", "formVersion", "result",
                                   "anomalies", "submittedAt", "completedAt", "declarant",
                                   "onBehalfOf", "dataSha256", "signature"}));
    const QJsonObject object = reply.json();
    QCOMPARE(object.value(QStringLiteral("declarationId")).toString(), id);
    QCOMPARE(object.value(QStringLiteral("result")).toString(), QStringLiteral("A"));
    QCOMPARE(
        object.value(QStringLiteral("declarant")).toObject().value("nationalNumber").toString(),
        kThomas);
    QCOMPARE(object.value(QStringLiteral("onBehalfOf")).toString(), kBrasserie);
    QCOMPARE(object.value(QStringLiteral("dataSha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(compact(student), QCryptographicHash::Sha256).toHex()));

    const QJsonObject signature = object.value(QStringLiteral("signature")).toObject();
    QCOMPARE(signature.value(QStringLiteral("algorithm")).toString(), QStringLiteral("ES256"));
    const QByteArray certificate = QByteArray::fromBase64(
        signature.value(QStringLiteral("certificate")).toString().toLatin1());
    const QByteArray value =
        QByteArray::fromBase64(signature.value(QStringLiteral("value")).toString().toLatin1());
    receipt->objectRef().remove("signature");
    const QByteArray signedBytes = QByteArray::fromStdString(json::serialize(*receipt));
    QVERIFY(verifyEs256(certificate, signedBytes, value));
    QByteArray tampered = signedBytes;
    tampered.replace("\"result\":\"A\"", "\"result\":\"B\"");
    QVERIFY(tampered != signedBytes);
    QVERIFY(!verifyEs256(certificate, tampered, value));
}

QTEST_GUILESS_MAIN(TestSandboxDeclarations)
#include "tst_sandbox_declarations.moc"

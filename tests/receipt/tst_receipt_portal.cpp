// A receipt as the real sandbox gives it: fetched through PortalAccess (ReceiptLoader), its
// ES256 signature checked against the portal's key, its data fingerprint against the data sent,
// and the refusals (not processed yet, someone else's, not signed in).
#include "receipttestsupport.h"
#include "sandboxfixture.h"

#include "core/api/portalaccess.h"
#include "core/api/portalclient.h"
#include "core/receipt/receiptloader.h"
#include "core/receipt/receiptrenderer.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using namespace guichet;
using namespace receipttest;
using sandbox::test::SandboxFixture;

class TestReceiptPortal : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<api::PortalClient> m_client;
    std::unique_ptr<api::ClientPortalAccess> m_access;

    std::unique_ptr<api::PortalClient> client(const QString &token)
    {
        api::ClientConfig config;
        config.server = QUrl(m_sandbox.origin());
        config.caCertificates =
            QSslCertificate::fromPath(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"));
        config.proxyMode = api::ClientConfig::Proxy::None;
        auto c = std::make_unique<api::PortalClient>(config);
        if (!token.isEmpty())
            c->setAccessToken(token.toLatin1());
        return c;
    }

    // POST /declarations for the Brasserie; the declaration's id.
    QString file(const QJsonObject &data)
    {
        const QJsonObject body{
            {"formId", "dimona"}, {"formVersion", 1}, {"onBehalfOf", brasserie}, {"data", data}};
        const auto reply = m_client->postJson(
            QStringLiteral("/declarations"), body,
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        if (!reply || reply->status != 201)
            return {};
        return reply->json.value(QStringLiteral("id")).toString();
    }

    QJsonObject waitDone(const QString &id)
    {
        QDeadlineTimer deadline(30000);
        QJsonObject last;
        while (!deadline.hasExpired()) {
            const auto reply = m_client->getJson(QStringLiteral("/declarations/") + id);
            if (reply && reply->status == 200) {
                last = reply->json;
                if (last.value(QStringLiteral("status")).toString() == QLatin1String("done"))
                    break;
            }
            QTest::qWait(50);
        }
        return last;
    }

    Expected<receipt::ReceiptData> load(api::PortalAccess &access, const QString &id)
    {
        std::optional<Expected<receipt::ReceiptData>> result;
        receipt::ReceiptLoader::load(
            access, id, this,
            [&result](const Expected<receipt::ReceiptData> &r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
        return *result;
    }

    QByteArray rawReceipt(const QString &id)
    {
        const auto reply =
            m_client->getJson(QStringLiteral("/declarations/") + id + QStringLiteral("/receipt"));
        return reply && reply->status == 200 ? reply->body : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--processing-delay"), QStringLiteral("1500")}),
                 qPrintable(m_sandbox.lastError()));
        const QString token = m_sandbox.signIn(thomas);
        QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.lastError()));
        m_client = client(token);
        const auto me = m_client->getJson(QStringLiteral("/me"));
        QVERIFY(me && me->status == 200);
        m_access = std::make_unique<api::ClientPortalAccess>(*m_client, me->json);
    }

    void cleanupTestCase()
    {
        m_access.reset();
        m_client.reset();
        QCOMPARE(m_sandbox.stop(), 0);
    }

    void acceptedReceiptIsSignedByThePortal()
    {
        const QJsonObject data = studentIn();
        const QString id = file(data);
        QVERIFY(!id.isEmpty());

        // Before processing ends there is no receipt yet.
        const auto early = load(*m_access, id);
        QVERIFY(!early);
        QCOMPARE(early.error().code, QString::fromLatin1(receipt::errors::notFinal));
        QVERIFY(early.error().message.contains(id));

        const QJsonObject done = waitDone(id);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        auto r = load(*m_access, id);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->declarationId, id);
        QCOMPARE(r->ticket, done.value(QStringLiteral("ticket")).toString());
        QVERIFY(!r->ticket.isEmpty());
        QCOMPARE(r->result, done.value(QStringLiteral("result")).toString());
        QCOMPARE(r->formId, QStringLiteral("dimona"));
        QCOMPARE(r->formVersion, 1);
        QCOMPARE(r->declarantNationalNumber, thomas);
        QVERIFY(!r->declarantName.isEmpty());
        QCOMPARE(r->onBehalfOf, brasserie);
        QCOMPARE(r->periodId, done.value(QStringLiteral("periodId")).toString());
        QVERIFY(r->submittedAt.isValid());
        QVERIFY(r->completedAt >= r->submittedAt);
        QCOMPARE(r->signatureAlgorithm, QStringLiteral("ES256"));
        QCOMPARE(r->signatureValue.size(), 64);
        QCOMPARE(r->signatureCheck, receipt::Check::Valid);
        QCOMPARE(r->keyFingerprint().size(), 64);

        // The portal's fingerprint of the data is the data this client sent.
        r->setSubmittedData(data);
        QCOMPARE(r->dataCheck, receipt::Check::Valid);
        QJsonObject changed = data;
        changed.insert(QStringLiteral("declarationType"), QStringLiteral("OUT"));
        r->setSubmittedData(changed);
        QCOMPARE(r->dataCheck, receipt::Check::Invalid);

        // And the page names it.
        receipt::ReceiptRenderer renderer;
        renderer.setLanguage(QStringLiteral("en"));
        const auto html = renderer.render(*r);
        QVERIFY(html);
        QVERIFY(html->contains(r->ticket));
        QVERIFY(
            html->contains(QLatin1String("Valid: the portal's key signed exactly this receipt.")));
    }

    void alteredReceiptFailsItsSignature_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("ticket changed") << "ticket";
        QTest::addRow("declarant renamed") << "name";
        QTest::addRow("one bit of the signature") << "signature";
    }

    void alteredReceiptFailsItsSignature()
    {
        QFETCH(QString, change);
        const QString id = file(studentIn());
        QVERIFY(!id.isEmpty());
        const QJsonObject done = waitDone(id);
        QByteArray raw = rawReceipt(id);
        QVERIFY(!raw.isEmpty());
        QCOMPARE(receipt::ReceiptData::fromPortal(raw, done)->signatureCheck,
                 receipt::Check::Valid);
        const QByteArray before = raw;
        if (change == QLatin1String("ticket")) {
            raw.replace("\"ticket\":\"", "\"ticket\":\"X");
        } else if (change == QLatin1String("name")) {
            raw.replace("\"name\":\"", "\"name\":\"Not ");
        } else {
            const QRegularExpression value(QStringLiteral("\"value\":\"([^\"]+)\""));
            const QRegularExpressionMatch m = value.match(QString::fromLatin1(raw));
            QVERIFY(m.hasMatch());
            QByteArray signature = QByteArray::fromBase64(m.captured(1).toLatin1());
            QCOMPARE(signature.size(), 64);
            signature[10] = char(signature[10] ^ 0x01);
            raw.replace(m.captured(1).toLatin1(), signature.toBase64());
        }
        QVERIFY(raw != before);
        const auto altered = receipt::ReceiptData::fromPortal(raw, done);
        QVERIFY(altered);
        QCOMPARE(altered->signatureCheck, receipt::Check::Invalid);
    }

    void refusedDeclarationHasAReceiptToo()
    {
        const QString id = file(studentIn(QStringLiteral("85073003329"))); // bad checksum
        QVERIFY(!id.isEmpty());
        QCOMPARE(waitDone(id).value(QStringLiteral("result")).toString(), QStringLiteral("B"));
        const auto r = load(*m_access, id);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->result, QStringLiteral("B"));
        QVERIFY(!r->anomalies.isEmpty());
        QCOMPARE(r->anomalies.first().pointer, QStringLiteral("/worker/ssin"));
        for (const char *language : {"fr", "nl", "de", "en"})
            QVERIFY(!r->anomalies.first().message(QLatin1String(language)).isEmpty());
        QCOMPARE(r->signatureCheck, receipt::Check::Valid);
    }

    void someoneElsesDeclarationIsNotFound()
    {
        const QString id = file(studentIn());
        QVERIFY(!id.isEmpty());
        waitDone(id);
        const QString bartToken = m_sandbox.signIn(bart);
        QVERIFY(!bartToken.isEmpty());
        auto bartClient = client(bartToken);
        api::ClientPortalAccess bartAccess(*bartClient, {});
        const auto r = load(bartAccess, id);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString::fromLatin1(receipt::errors::notFound));
        const auto none = load(*m_access, QStringLiteral("no-such-declaration"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, QString::fromLatin1(receipt::errors::notFound));
    }

    void notSignedInIsSaidSo()
    {
        auto anonymous = client({});
        api::ClientPortalAccess access(*anonymous, {});
        const auto r = load(access, QStringLiteral("anything"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("not-signed-in"));
    }
};

QTEST_GUILESS_MAIN(TestReceiptPortal)
#include "tst_receipt_portal.moc"

// guichet-sandbox core: start-up, TLS, Web eID sign-in and its refusals, /me, the catalogue,
// restart, SIGTERM, fault injection and the admin endpoints, through real HTTPS on loopback.
#include "sandboxfixture.h"

#include "seed.h"
#include "server.h"

#include "core/eid/webeidtoken.h"
#include "core/schema/formats.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace guichet;
using namespace guichet::sandbox;
using namespace guichet::sandbox::test;

namespace {

const QString kDemo = QStringLiteral("86031412323");

QJsonArray catalogueVersions()
{
    QFile file(QDir(qEnvironmentVariable("GUICHET_SOURCE_DIR"))
                   .filePath(QStringLiteral("forms/catalogue.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonArray versions;
    for (const QJsonValue &form : QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("forms"))
                                      .toArray()) {
        for (const QJsonValue &v : form.toObject().value(QStringLiteral("versions")).toArray())
            versions.append(QStringLiteral("%1/%2")
                                .arg(form.toObject().value(QStringLiteral("id")).toString())
                                .arg(v.toInt()));
    }
    return versions;
}

} // namespace

class TestSandboxCore : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError())); }

    void cleanup()
    {
        // A failed fault test must not leak its faults into the next one.
        if (m_sandbox.isRunning())
            QVERIFY2(m_sandbox.setFaults({}), qPrintable(m_sandbox.lastError()));
    }

    void startsOnAFreshFolderAndPrintsThePort()
    {
        QVERIFY(m_sandbox.port() > 0);
        QVERIFY(QFile::exists(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem")));
        QVERIFY(QFile::exists(m_sandbox.dataDir() + QStringLiteral("/sandbox/sandbox.sqlite")));
        QVERIFY(!QFile::exists(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.key")));
    }

    void health()
    {
        const HttpReply reply = m_sandbox.get(QStringLiteral("/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!reply.json().value(QStringLiteral("version")).toString().isEmpty());
    }

    void localhostIsServedToo()
    {
        const HttpReply reply = m_sandbox.request("GET", QStringLiteral("/health"), {}, {}, {},
                                                  QStringLiteral("localhost"));
        QCOMPARE(reply.status, 200);
    }

    void unknownPathIsA404Problem()
    {
        const HttpReply reply = m_sandbox.get(QStringLiteral("/no/such/thing"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.reason(), QStringLiteral("not-found"));
        QCOMPARE(reply.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("urn:guichet:problem:not-found"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
        QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    }

    void challengeNonceIs256BitsAndUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 5; ++i) {
            const HttpReply reply = m_sandbox.post(QStringLiteral("/auth/challenge"), {});
            QCOMPARE(reply.status, 200);
            const QString nonce = reply.json().value(QStringLiteral("nonce")).toString();
            const auto decoded = QByteArray::fromBase64Encoding(
                nonce.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), 32);
            QVERIFY(!seen.contains(nonce));
            seen.insert(nonce);
            QCOMPARE(reply.json().value(QStringLiteral("origin")).toString(), m_sandbox.origin());
            const QDateTime expires = QDateTime::fromString(
                reply.json().value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
            QVERIFY(expires > QDateTime::currentDateTimeUtc());
        }
    }

    void challengeBindsTheOriginOfTheHostHeader()
    {
        const auto local = m_sandbox.challenge(QStringLiteral("localhost"));
        QVERIFY2(local, qPrintable(m_sandbox.lastError()));
        QCOMPARE(local->origin, m_sandbox.origin(QStringLiteral("localhost")));

        const HttpReply other = m_sandbox.request(
            "POST", QStringLiteral("/auth/challenge"), {}, {}, {}, QStringLiteral("127.0.0.1"),
            QStringLiteral("portal.example.be:%1").arg(m_sandbox.port()).toLatin1());
        QCOMPARE(other.status, 400);
        QCOMPARE(other.reason(), QStringLiteral("origin-not-allowed"));
    }

    void signIn_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::newRow("EC P-384, ES384") << int(eid::KeyType::EcP384);
        QTest::newRow("RSA-2048, RS256") << int(eid::KeyType::Rsa2048);
    }

    void signIn()
    {
        QFETCH(int, keyType);
        const CitizenPtr thomas = m_sandbox.issueCitizen(
            kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"), eid::KeyType(keyType));
        const auto challenge = m_sandbox.challenge();
        QVERIFY2(challenge, qPrintable(m_sandbox.lastError()));
        const QJsonObject token =
            SandboxFixture::authToken(*thomas, challenge->origin, challenge->nonce);
        QCOMPARE(token.value(QStringLiteral("algorithm")).toString(), thomas->algorithm());
        const HttpReply reply = m_sandbox.exchange(challenge->nonce, token);
        QCOMPARE(reply.status, 200);
        const QString accessToken = reply.json().value(QStringLiteral("accessToken")).toString();
        QCOMPARE(reply.json().value(QStringLiteral("tokenType")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(reply.json().value(QStringLiteral("expiresIn")).toInt(), 900);
        const auto raw = QByteArray::fromBase64Encoding(
            accessToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(raw.decoded.size(), 32);

        const HttpReply me = m_sandbox.get(QStringLiteral("/me"), accessToken);
        QCOMPARE(me.status, 200);
        const QJsonObject identity = me.json();
        QCOMPARE(identity.value(QStringLiteral("nationalNumber")).toString(), kDemo);
        QCOMPARE(identity.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Thomas Janssens"));
        QStringList roles;
        for (const QJsonValue &r : identity.value(QStringLiteral("roles")).toArray())
            roles << r.toString();
        roles.sort();
        QCOMPARE(roles, QStringList({QStringLiteral("citizen"), QStringLiteral("employer"),
                                     QStringLiteral("helpdesk"), QStringLiteral("self-employed")}));
        const QJsonArray mandates = identity.value(QStringLiteral("mandates")).toArray();
        QCOMPARE(mandates.size(), 2);
        const QJsonObject brasserie = mandates.at(0).toObject();
        QCOMPARE(brasserie.value(QStringLiteral("enterpriseNumber")).toString(),
                 QStringLiteral("0403019261"));
        QCOMPARE(brasserie.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Brasserie Janssens SRL"));
        QCOMPARE(brasserie.value(QStringLiteral("capacity")).toString(),
                 QStringLiteral("employer"));
        QVERIFY(!brasserie.contains(QStringLiteral("via")));
        const QJsonObject boulangerie = mandates.at(1).toObject();
        QCOMPARE(boulangerie.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Boulangerie Dupont SA"));
        QCOMPARE(boulangerie.value(QStringLiteral("capacity")).toString(),
                 QStringLiteral("social-secretariat"));
        QCOMPARE(boulangerie.value(QStringLiteral("via"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("SocialSec Partners ASBL"));
    }

    void unknownIdentityIsAPlainCitizen()
    {
        const QString nn = QStringLiteral("79052122464");
        QVERIFY(schema::isValidNiss(nn.toStdString()));
        const CitizenPtr marie =
            m_sandbox.issueCitizen(nn, QStringLiteral("Marie"), QStringLiteral("Dubois"));
        const QString token = m_sandbox.signIn(*marie);
        QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.lastError()));
        const QJsonObject me = m_sandbox.get(QStringLiteral("/me"), token).json();
        QCOMPARE(me.value(QStringLiteral("nationalNumber")).toString(), nn);
        QCOMPARE(me.value(QStringLiteral("name")).toString(), QStringLiteral("Marie Dubois"));
        QCOMPARE(me.value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("citizen")});
        QCOMPARE(me.value(QStringLiteral("mandates")).toArray(), QJsonArray());
    }

    // Every 401 reason of POST /auth/token that a client can cause, through the endpoint.
    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nonce never issued") << "unknown-nonce"
                                            << "nonce-unknown";
        QTest::newRow("nonce used twice") << "reused-nonce"
                                          << "nonce-reused";
        QTest::newRow("signed for localhost, challenge via 127.0.0.1") << "signed-for-other-origin"
                                                                       << "origin-mismatch";
        QTest::newRow("challenge via 127.0.0.1, token sent with Host localhost")
            << "other-host"
            << "origin-mismatch";
        QTest::newRow("certificate expired") << "expired"
                                             << "certificate-expired";
        QTest::newRow("certificate not yet valid") << "not-yet-valid"
                                                   << "certificate-not-yet-valid";
        QTest::newRow("certificate on the CRL") << "revoked"
                                                << "certificate-revoked";
        QTest::newRow("certificate from another CA") << "untrusted"
                                                     << "certificate-untrusted";
        QTest::newRow("serverAuth only, no clientAuth") << "eku-server-only"
                                                        << "certificate-eku";
        QTest::newRow("key encipherment only") << "key-encipherment-only"
                                               << "certificate-key-usage";
        QTest::newRow("signature by another key") << "other-key"
                                                  << "signature-invalid";
        QTest::newRow("signature over another nonce") << "bad-signature"
                                                      << "signature-invalid";
        QTest::newRow("token without signature") << "no-signature"
                                                 << "token-format";
        QTest::newRow("body without authToken") << "no-token"
                                                << "token-format";
        QTest::newRow("body not JSON") << "not-json"
                                       << "token-format";
        QTest::newRow("HS256") << "hs256"
                               << "algorithm-unsupported";
        QTest::newRow("RS256 claimed for an EC key") << "rs256-ec"
                                                     << "algorithm-mismatch";
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        CitizenPtr citizen =
            m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"));
        if (kind == QLatin1String("expired"))
            citizen =
                m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"),
                                       eid::KeyType::EcP384, now.addYears(-3), now.addDays(-1));
        else if (kind == QLatin1String("not-yet-valid"))
            citizen =
                m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"),
                                       eid::KeyType::EcP384, now.addDays(1), now.addYears(3));
        else if (kind == QLatin1String("revoked"))
            citizen = m_sandbox.revokedCitizen();
        else if (kind == QLatin1String("untrusted"))
            citizen = m_sandbox.untrustedCitizen();
        else if (kind == QLatin1String("eku-server-only"))
            citizen = m_sandbox.issueCitizenWith(kDemo, [](eid::CertificateRequest &r) {
                r.extendedKeyUsages = {QStringLiteral("serverAuth")};
            });
        else if (kind == QLatin1String("key-encipherment-only"))
            citizen = m_sandbox.issueCitizenWith(kDemo, [](eid::CertificateRequest &r) {
                r.keyUsage = eid::KeyUsage::KeyEncipherment;
            });

        auto challenge = m_sandbox.challenge();
        QVERIFY2(challenge, qPrintable(m_sandbox.lastError()));
        QString nonce = challenge->nonce;
        QString signedOrigin = challenge->origin;
        QString signedNonce = nonce;
        QString algorithm;
        QByteArray hostHeader;
        if (kind == QLatin1String("unknown-nonce"))
            nonce = signedNonce = eid::makeNonce();
        else if (kind == QLatin1String("signed-for-other-origin"))
            signedOrigin = m_sandbox.origin(QStringLiteral("localhost"));
        else if (kind == QLatin1String("other-host"))
            hostHeader = QStringLiteral("localhost:%1").arg(m_sandbox.port()).toLatin1();
        else if (kind == QLatin1String("bad-signature"))
            signedNonce = eid::makeNonce();
        else if (kind == QLatin1String("rs256-ec"))
            algorithm = QStringLiteral("RS256");

        QJsonObject token = SandboxFixture::authToken(*citizen, signedOrigin, signedNonce);
        if (!algorithm.isEmpty())
            token.insert(QStringLiteral("algorithm"), algorithm);
        if (kind == QLatin1String("hs256"))
            token.insert(QStringLiteral("algorithm"), QStringLiteral("HS256"));
        if (kind == QLatin1String("no-signature"))
            token.remove(QStringLiteral("signature"));
        if (kind == QLatin1String("other-key")) {
            // The same certificate, signed by somebody else's key of the same kind.
            const CitizenPtr other =
                m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"));
            token.insert(QStringLiteral("signature"),
                         SandboxFixture::authToken(*other, signedOrigin, signedNonce)
                             .value(QStringLiteral("signature")));
        }

        if (kind == QLatin1String("reused-nonce")) {
            const HttpReply first = m_sandbox.exchange(nonce, token);
            QCOMPARE(first.status, 200);
        }

        HttpReply reply;
        if (kind == QLatin1String("no-token"))
            reply = m_sandbox.post(QStringLiteral("/auth/token"),
                                   QJsonObject{{QStringLiteral("nonce"), nonce}});
        else if (kind == QLatin1String("not-json"))
            reply = m_sandbox.request("POST", QStringLiteral("/auth/token"), "nonce=1");
        else
            reply = m_sandbox.exchange(nonce, token, QStringLiteral("127.0.0.1"), hostHeader);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.reason(), reason);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(reply.json().value(QStringLiteral("accessToken")).isUndefined());
    }

    // The nonce is spent by any attempt: a failed one cannot be retried with a good token.
    void failedAttemptSpendsTheNonce()
    {
        const auto challenge = m_sandbox.challenge();
        QVERIFY(challenge);
        const CitizenPtr thomas =
            m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"));
        const HttpReply bad = m_sandbox.exchange(
            challenge->nonce,
            SandboxFixture::authToken(*thomas, challenge->origin, eid::makeNonce()));
        QCOMPARE(bad.reason(), QStringLiteral("signature-invalid"));
        const HttpReply good = m_sandbox.exchange(
            challenge->nonce,
            SandboxFixture::authToken(*thomas, challenge->origin, challenge->nonce));
        QCOMPARE(good.status, 401);
        QCOMPARE(good.reason(), QStringLiteral("nonce-reused"));
    }

    void nonceExpires()
    {
        SandboxFixture shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--nonce-lifetime"), QStringLiteral("1")}),
                 qPrintable(shortLived.lastError()));
        const auto challenge = shortLived.challenge();
        QVERIFY(challenge);
        const CitizenPtr thomas =
            shortLived.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens"));
        QTest::qWait(1500);
        const HttpReply reply = shortLived.exchange(
            challenge->nonce,
            SandboxFixture::authToken(*thomas, challenge->origin, challenge->nonce));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.reason(), QStringLiteral("nonce-expired"));
        QCOMPARE(shortLived.stop(), 0);
    }

    void meNeedsAValidToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("no token") << QString();
        QTest::newRow("unknown token")
            << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void meNeedsAValidToken()
    {
        QFETCH(QString, token);
        const HttpReply reply = m_sandbox.get(QStringLiteral("/me"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.reason(), QStringLiteral("unauthenticated"));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void accessTokenExpires()
    {
        SandboxFixture shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--token-lifetime"), QStringLiteral("1")}),
                 qPrintable(shortLived.lastError()));
        const QString token = shortLived.signIn();
        QVERIFY2(!token.isEmpty(), qPrintable(shortLived.lastError()));
        QTest::qWait(1500);
        const HttpReply reply = shortLived.get(QStringLiteral("/me"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.reason(), QStringLiteral("token-expired"));
        QCOMPARE(shortLived.stop(), 0);
    }

    void catalogueList()
    {
        const HttpReply reply = m_sandbox.get(QStringLiteral("/forms"));
        QCOMPARE(reply.status, 200);
        const QByteArray etag = reply.header("ETag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const QJsonArray forms = reply.json().value(QStringLiteral("forms")).toArray();
        const QJsonArray expected = catalogueVersions();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(forms.size(), expected.size());
        for (const QJsonValue &value : forms) {
            const QJsonObject form = value.toObject();
            const QString key = QStringLiteral("%1/%2")
                                    .arg(form.value(QStringLiteral("id")).toString())
                                    .arg(form.value(QStringLiteral("version")).toInt());
            QVERIFY2(expected.contains(key), qPrintable(key));
            for (const char *language : {"fr", "nl", "de", "en"})
                QVERIFY(!form.value(QStringLiteral("title"))
                             .toObject()
                             .value(QLatin1String(language))
                             .toString()
                             .isEmpty());
            QCOMPARE(form.value(QStringLiteral("href")).toString(),
                     QStringLiteral("/api/v1/forms/") + key);
            QVERIFY(form.value(QStringLiteral("etag")).toString().startsWith(QLatin1Char('"')));
        }

        const HttpReply again =
            m_sandbox.get(QStringLiteral("/forms"), {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), etag);

        const HttpReply changed =
            m_sandbox.get(QStringLiteral("/forms"), {}, {{"If-None-Match", "\"stale\""}});
        QCOMPARE(changed.status, 200);
    }

    void catalogueForm()
    {
        const QJsonArray forms =
            m_sandbox.get(QStringLiteral("/forms")).json().value(QStringLiteral("forms")).toArray();
        QVERIFY(!forms.isEmpty());
        const QJsonObject summary = forms.at(0).toObject();
        const QString id = summary.value(QStringLiteral("id")).toString();
        const int version = summary.value(QStringLiteral("version")).toInt();
        const QString path = QStringLiteral("/forms/%1/%2").arg(id).arg(version);

        const HttpReply reply = m_sandbox.get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(QString::fromLatin1(reply.header("ETag")),
                 summary.value(QStringLiteral("etag")).toString());
        const QJsonObject form = reply.json();
        QCOMPARE(form.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(form.value(QStringLiteral("version")).toInt(), version);
        QVERIFY(form.value(QStringLiteral("schema")).isObject());
        QVERIFY(form.contains(QStringLiteral("ui")));
        for (const char *language : {"fr", "nl", "de", "en"})
            QVERIFY(form.value(QStringLiteral("i18n"))
                        .toObject()
                        .value(QLatin1String(language))
                        .isObject());

        // Served byte for byte: the schema's members keep the file's order.
        QFile schemaFile(
            QDir(qEnvironmentVariable("GUICHET_SOURCE_DIR"))
                .filePath(QStringLiteral("forms/%1/%2/schema.json").arg(id).arg(version)));
        QVERIFY(schemaFile.open(QIODevice::ReadOnly));
        QVERIFY(reply.body.contains(schemaFile.readAll().trimmed()));

        const HttpReply notModified =
            m_sandbox.get(path, {}, {{"If-None-Match", reply.header("ETag")}});
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
    }

    void catalogueUnknownForm_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown id") << QStringLiteral("/forms/no-such-form/1");
        QTest::newRow("unknown version") << QStringLiteral("/forms/dimona/999");
        QTest::newRow("version not a number") << QStringLiteral("/forms/dimona/one");
    }

    void catalogueUnknownForm()
    {
        QFETCH(QString, path);
        const HttpReply reply = m_sandbox.get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.reason(), QStringLiteral("unknown-form"));
    }

    void adminIdentities()
    {
        const QString nn = QStringLiteral("92041208758");
        QVERIFY(schema::isValidNiss(nn.toStdString()));
        const QJsonObject body{
            {QStringLiteral("nationalNumber"), nn},
            {QStringLiteral("givenName"), QStringLiteral("Emma")},
            {QStringLiteral("surname"), QStringLiteral("Claes")},
            {QStringLiteral("roles"),
             QJsonArray{QStringLiteral("citizen"), QStringLiteral("employer")}},
            {QStringLiteral("mandates"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("enterpriseNumber"), QStringLiteral("0876543270")},
                             {QStringLiteral("name"), QStringLiteral("Claes Bouw BV")},
                             {QStringLiteral("capacity"), QStringLiteral("employer")}}}}};
        const HttpReply created =
            m_sandbox.admin("POST", QStringLiteral("/admin/identities"), body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Emma Claes"));
        const HttpReply replaced =
            m_sandbox.admin("POST", QStringLiteral("/admin/identities"), body);
        QCOMPARE(replaced.status, 200);

        const QString token = m_sandbox.signIn(nn);
        QVERIFY2(!token.isEmpty(), qPrintable(m_sandbox.lastError()));
        const QJsonObject me = m_sandbox.get(QStringLiteral("/me"), token).json();
        QCOMPARE(me.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("citizen"), QStringLiteral("employer")}));
        const QJsonObject mandate = me.value(QStringLiteral("mandates")).toArray().at(0).toObject();
        QCOMPARE(mandate.value(QStringLiteral("enterpriseNumber")).toString(),
                 QStringLiteral("0876543270"));
        QCOMPARE(mandate.value(QStringLiteral("name")).toString(), QStringLiteral("Claes Bouw BV"));
    }

    void adminIdentitiesRefusesBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("nope") << "invalid-json";
        QTest::newRow("bad check digits")
            << QByteArray("{\"nationalNumber\":\"92041208759\",\"givenName\":\"A\",\"surname\":"
                          "\"B\",\"roles\":[\"citizen\"]}")
            << "invalid-request";
        QTest::newRow("unknown role")
            << QByteArray("{\"nationalNumber\":\"92041208758\",\"givenName\":\"A\",\"surname\":"
                          "\"B\",\"roles\":[\"king\"]}")
            << "invalid-request";
        QTest::newRow("bad enterprise number")
            << QByteArray("{\"nationalNumber\":\"92041208758\",\"givenName\":\"A\",\"surname\":"
                          "\"B\",\"roles\":[\"citizen\"],"
                          "\"mandates\":[{\"enterpriseNumber\":\"0403019262\",\"name\":\"X\","
                          "\"capacity\":\"employer\"}]}")
            << "invalid-request";
        QTest::newRow("no surname") << QByteArray("{\"nationalNumber\":\"92041208758\","
                                                  "\"givenName\":\"A\",\"roles\":[\"citizen\"]}")
                                    << "invalid-request";
    }

    void adminIdentitiesRefusesBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const HttpReply reply = m_sandbox.request("POST", QStringLiteral("/admin/identities"), body,
                                                  {}, m_sandbox.adminToken());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.reason(), reason);
    }

    void adminNeedsTheAdminToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::newRow("GET faults, no token") << QByteArray("GET") << "/admin/faults" << QString();
        QTest::newRow("PUT faults, wrong token")
            << QByteArray("PUT") << "/admin/faults" << QStringLiteral("not-the-admin-token");
        QTest::newRow("POST identities, no token")
            << QByteArray("POST") << "/admin/identities" << QString();
    }

    void adminNeedsTheAdminToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, token);
        const HttpReply reply = m_sandbox.request(method, path, "{}", {}, token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.reason(), QStringLiteral("unauthenticated"));
    }

    void adminDoesNotExistWithoutTheOption()
    {
        SandboxFixture plain;
        QVERIFY2(plain.start({}, false), qPrintable(plain.lastError()));
        for (const char *path : {"/admin/faults", "/admin/identities"}) {
            const HttpReply reply =
                plain.request("GET", QLatin1String(path), {}, {}, plain.adminToken());
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.reason(), QStringLiteral("not-found"));
        }
        QCOMPARE(plain.stop(), 0);
    }

    // --- Fault injection -------------------------------------------------------------------

    void faultSettingsAreEchoed()
    {
        const QJsonObject faults{{QStringLiteral("latencyMs"), 250},
                                 {QStringLiteral("error500"), 0.25},
                                 {QStringLiteral("retryAfter"), 4},
                                 {QStringLiteral("paths"), QStringLiteral("^/api/v1/forms")},
                                 {QStringLiteral("seed"), 42}};
        QVERIFY(m_sandbox.setFaults(faults));
        const QJsonObject now = m_sandbox.admin("GET", QStringLiteral("/admin/faults")).json();
        QCOMPARE(now.value(QStringLiteral("latencyMs")).toInt(), 250);
        QCOMPARE(now.value(QStringLiteral("error500")).toDouble(), 0.25);
        QCOMPARE(now.value(QStringLiteral("retryAfter")).toInt(), 4);
        QCOMPARE(now.value(QStringLiteral("paths")).toString(), QStringLiteral("^/api/v1/forms"));
        QCOMPARE(now.value(QStringLiteral("seed")).toInt(), 42);
        // PUT replaces: what is left out goes back to its default.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("error503"), 0.5}}));
        const QJsonObject replaced = m_sandbox.admin("GET", QStringLiteral("/admin/faults")).json();
        QCOMPARE(replaced.value(QStringLiteral("latencyMs")).toInt(), 0);
        QCOMPARE(replaced.value(QStringLiteral("error503")).toDouble(), 0.5);
        QVERIFY(replaced.value(QStringLiteral("paths")).isNull());
    }

    void faultSettingsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("share above 1") << QByteArray("{\"error500\": 1.5}");
        QTest::newRow("negative latency") << QByteArray("{\"latencyMs\": -1}");
        QTest::newRow("bad regex") << QByteArray("{\"paths\": \"((\"}");
        QTest::newRow("share not a number") << QByteArray("{\"duplicateReply\": \"all\"}");
    }

    void faultSettingsAreValidated()
    {
        QFETCH(QByteArray, body);
        const HttpReply reply = m_sandbox.request("PUT", QStringLiteral("/admin/faults"), body, {},
                                                  m_sandbox.adminToken());
        QCOMPARE(reply.status, 400);
    }

    void latencyStillAnswers()
    {
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("latencyMs"), 300},
                                     {QStringLiteral("paths"), QStringLiteral("/health$")}}));
        const HttpReply reply = m_sandbox.get(QStringLiteral("/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/admin/faults"))
                     .json()
                     .value(QStringLiteral("latencyMs"))
                     .toInt(),
                 300);
    }

    void injectedStatuses_data()
    {
        QTest::addColumn<QString>("share");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QByteArray>("retryAfterHeader");
        QTest::newRow("500") << "error500" << 3 << 500 << "internal-error" << QByteArray();
        QTest::newRow("503") << "error503" << 2 << 503 << "service-unavailable" << QByteArray("2");
        QTest::newRow("503 without retryAfter")
            << "error503" << 0 << 503 << "service-unavailable" << QByteArray();
        QTest::newRow("429") << "error429" << 7 << 429 << "too-many-requests" << QByteArray("7");
    }

    void injectedStatuses()
    {
        QFETCH(QString, share);
        QFETCH(int, retryAfter);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QByteArray, retryAfterHeader);
        QVERIFY(
            m_sandbox.setFaults({{share, 1.0},
                                 {QStringLiteral("retryAfter"), retryAfter},
                                 {QStringLiteral("paths"), QStringLiteral("^/api/v1/forms$")}}));
        const HttpReply faulted = m_sandbox.get(QStringLiteral("/forms"));
        QCOMPARE(faulted.status, status);
        QCOMPARE(faulted.reason(), reason);
        QCOMPARE(faulted.header("Retry-After"), retryAfterHeader);
        // Other paths, and admin paths, are untouched.
        QCOMPARE(m_sandbox.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/admin/faults")).status, 200);
    }

    void adminPathsAreNeverFaulted()
    {
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("error500"), 1.0}}));
        QCOMPARE(m_sandbox.get(QStringLiteral("/health")).status, 500);
        QCOMPARE(m_sandbox.admin("GET", QStringLiteral("/admin/faults")).status, 200);
    }

    // Drop before processing: no answer, and the handler did not run — the nonce the dropped
    // request carried is still unspent afterwards.
    void dropBeforeProcessing()
    {
        const auto challenge = m_sandbox.challenge();
        QVERIFY(challenge);
        const QJsonObject token = SandboxFixture::authToken(
            *m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens")),
            challenge->origin, challenge->nonce);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("dropBeforeProcessing"), 1.0},
                                     {QStringLiteral("paths"), QStringLiteral("/auth/token$")}}));
        const HttpReply dropped = m_sandbox.exchange(challenge->nonce, token);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);

        QVERIFY(m_sandbox.setFaults({}));
        const HttpReply retried = m_sandbox.exchange(challenge->nonce, token);
        QCOMPARE(retried.status, 200);
    }

    // Drop after processing: no answer, but the handler ran — the nonce is spent.
    void dropAfterProcessing()
    {
        const auto challenge = m_sandbox.challenge();
        QVERIFY(challenge);
        const QJsonObject token = SandboxFixture::authToken(
            *m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens")),
            challenge->origin, challenge->nonce);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("dropAfterProcessing"), 1.0},
                                     {QStringLiteral("paths"), QStringLiteral("/auth/token$")}}));
        const HttpReply dropped = m_sandbox.exchange(challenge->nonce, token);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);

        QVERIFY(m_sandbox.setFaults({}));
        const HttpReply retried = m_sandbox.exchange(challenge->nonce, token);
        QCOMPARE(retried.status, 401);
        QCOMPARE(retried.reason(), QStringLiteral("nonce-reused"));
    }

    // Duplicate reply: the handler runs twice and the answer is written twice; the client still
    // reads one valid answer, and the connection stays usable for the next request.
    void duplicateReply()
    {
        QVERIFY(
            m_sandbox.setFaults({{QStringLiteral("duplicateReply"), 1.0},
                                 {QStringLiteral("paths"), QStringLiteral("/auth/challenge$")}}));
        const HttpReply reply = m_sandbox.post(QStringLiteral("/auth/challenge"), {});
        QCOMPARE(reply.status, 200);
        const QString nonce = reply.json().value(QStringLiteral("nonce")).toString();
        QCOMPARE(QByteArray::fromBase64(nonce.toLatin1()).size(), 32);
        // The next request (same client, likely the same connection) gets its own answer, not
        // the leftover copy.
        for (int i = 0; i < 3; ++i) {
            const HttpReply health = m_sandbox.get(QStringLiteral("/health"));
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json().value(QStringLiteral("status")).toString(),
                     QStringLiteral("ok"));
        }

        // The nonce the client got is the one of the second run, and it works.
        QVERIFY(m_sandbox.setFaults({}));
        const QJsonObject token = SandboxFixture::authToken(
            *m_sandbox.issueCitizen(kDemo, QStringLiteral("Thomas"), QStringLiteral("Janssens")),
            m_sandbox.origin(), nonce);
        QCOMPARE(m_sandbox.exchange(nonce, token).status, 200);
    }

    void faultOptionsOnTheCommandLine()
    {
        SandboxFixture faulty;
        QVERIFY2(faulty.start({QStringLiteral("--fault-429"), QStringLiteral("1"),
                               QStringLiteral("--fault-retry-after"), QStringLiteral("5"),
                               QStringLiteral("--fault-paths"), QStringLiteral("/health$"),
                               QStringLiteral("--fault-seed"), QStringLiteral("7")}),
                 qPrintable(faulty.lastError()));
        const HttpReply reply = faulty.get(QStringLiteral("/health"));
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("5"));
        const QJsonObject faults = faulty.admin("GET", QStringLiteral("/admin/faults")).json();
        QCOMPARE(faults.value(QStringLiteral("error429")).toDouble(), 1.0);
        QCOMPARE(faults.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(faulty.stop(), 0);
    }

    // A seed replays the same outcomes.
    void faultSeedReplays()
    {
        const QJsonObject faults{{QStringLiteral("error500"), 0.5},
                                 {QStringLiteral("paths"), QStringLiteral("/health$")},
                                 {QStringLiteral("seed"), 1234}};
        QList<int> first;
        QList<int> second;
        QVERIFY(m_sandbox.setFaults(faults));
        for (int i = 0; i < 12; ++i)
            first << m_sandbox.get(QStringLiteral("/health")).status;
        QVERIFY(m_sandbox.setFaults(faults));
        for (int i = 0; i < 12; ++i)
            second << m_sandbox.get(QStringLiteral("/health")).status;
        QCOMPARE(first, second);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500));
    }

    // --- Restart and stop ------------------------------------------------------------------

    void restartKeepsState()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
        const QString nn = QStringLiteral("92041208758");
        const HttpReply created =
            sandbox.admin("POST", QStringLiteral("/admin/identities"),
                          {{QStringLiteral("nationalNumber"), nn},
                           {QStringLiteral("givenName"), QStringLiteral("Emma")},
                           {QStringLiteral("surname"), QStringLiteral("Claes")},
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("helpdesk")}}});
        QCOMPARE(created.status, 201);
        const QString token = sandbox.signIn(nn);
        QVERIFY2(!token.isEmpty(), qPrintable(sandbox.lastError()));
        const auto unused = sandbox.challenge();
        QVERIFY(unused);
        const quint16 before = sandbox.port();

        QVERIFY2(sandbox.restart(), qPrintable(sandbox.lastError()));
        QVERIFY(sandbox.port() > 0);
        Q_UNUSED(before);
        const HttpReply me = sandbox.get(QStringLiteral("/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("citizen"), QStringLiteral("helpdesk")}));
        // The TLS identity is the same one: the fixture trusts the CA it read before.
        QCOMPARE(sandbox.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(sandbox.stop(), 0);
    }

    // guichet-cli demo init writes DIR/trust.json: its "sandbox" entry gives the TLS certificate
    // and the citizen trust (paths relative to DIR); the sandbox then makes no CA of its own.
    void trustFileOfDemoInit()
    {
        SandboxFixture sandbox;
        eid::EvpKey tlsCaKey = std::move(eid::generateKey(eid::KeyType::EcP384).value());
        eid::CertificateRequest ca;
        ca.publicKey = tlsCaKey.get();
        ca.subject.commonName = QStringLiteral("Demo TLS CA");
        ca.isCa = true;
        ca.keyUsage = eid::KeyUsage::KeyCertSign | eid::KeyUsage::CrlSign;
        const QByteArray tlsCaPem = eid::issueCertificate(ca, {}, tlsCaKey.get()).value();
        eid::EvpKey serverKey = std::move(eid::generateKey(eid::KeyType::EcP384).value());
        eid::CertificateRequest server;
        server.publicKey = serverKey.get();
        server.subject.commonName = QStringLiteral("localhost");
        server.keyUsage = eid::KeyUsage::DigitalSignature;
        server.extendedKeyUsages = {QStringLiteral("serverAuth")};
        server.dnsNames = {QStringLiteral("localhost")};
        server.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
        const QByteArray serverPem =
            eid::issueCertificate(server, tlsCaPem, tlsCaKey.get()).value();
        QFile crlFile(sandbox.crlPath());
        QVERIFY(crlFile.open(QIODevice::ReadOnly));
        const QByteArray crl = crlFile.readAll();

        SandboxFixture::StartOptions options;
        options.withPki = false;
        options.tlsCa = QStringLiteral("pki/tls-ca.pem");
        options.prepare = [&](const QString &dir) {
            const QDir pki(dir + QStringLiteral("/pki"));
            const QJsonObject trust{
                {QStringLiteral("version"), 1},
                {QStringLiteral("sandbox"),
                 QJsonObject{
                     {QStringLiteral("tlsCertificate"), QStringLiteral("pki/sandbox-tls.pem")},
                     {QStringLiteral("tlsKey"), QStringLiteral("pki/sandbox-tls.key")},
                     {QStringLiteral("citizenCa"),
                      QJsonArray{QStringLiteral("pki/citizen-ca.pem")}},
                     {QStringLiteral("rootCa"), QJsonArray{QStringLiteral("pki/root-ca.pem")}},
                     {QStringLiteral("crl"), QJsonArray{QStringLiteral("pki/citizen-ca.crl")}}}}};
            return QDir().mkpath(pki.path()) &&
                   eid::writeFile(pki.filePath(QStringLiteral("tls-ca.pem")), tlsCaPem) &&
                   eid::writeFile(pki.filePath(QStringLiteral("sandbox-tls.pem")), serverPem) &&
                   eid::writePrivateKeyFile(pki.filePath(QStringLiteral("sandbox-tls.key")),
                                            serverKey.get()) &&
                   eid::writeFile(pki.filePath(QStringLiteral("root-ca.pem")),
                                  sandbox.rootCaPem()) &&
                   eid::writeFile(pki.filePath(QStringLiteral("citizen-ca.pem")),
                                  sandbox.citizenCaPem()) &&
                   eid::writeFile(pki.filePath(QStringLiteral("citizen-ca.crl")), crl) &&
                   eid::writeFile(dir + QStringLiteral("/trust.json"),
                                  QJsonDocument(trust).toJson());
        };
        QVERIFY2(sandbox.start(options), qPrintable(sandbox.lastError()));
        QVERIFY(!QFile::exists(sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem")));
        const QString token = sandbox.signIn();
        QVERIFY2(!token.isEmpty(), qPrintable(sandbox.lastError()));
        QCOMPARE(sandbox.get(QStringLiteral("/me"), token).status, 200);
        const auto challenge = sandbox.challenge();
        QVERIFY(challenge);
        const HttpReply revoked = sandbox.exchange(
            challenge->nonce, SandboxFixture::authToken(*sandbox.revokedCitizen(),
                                                        challenge->origin, challenge->nonce));
        QCOMPARE(revoked.reason(), QStringLiteral("certificate-revoked"));
        QCOMPARE(sandbox.stop(), 0);
    }

    // Without any CRL configured the sandbox does not ask for revocation information (a sandbox
    // started by hand still signs its citizens in); with one, it checks (refusals above).
    void noCrlMeansNoRevocationCheck()
    {
        SandboxFixture sandbox;
        SandboxFixture::StartOptions options;
        options.withPki = false;
        options.extraArguments = {QStringLiteral("--citizen-ca"), sandbox.citizenCaPath(),
                                  QStringLiteral("--root-ca"), sandbox.rootCaPath()};
        QVERIFY2(sandbox.start(options), qPrintable(sandbox.lastError()));
        QVERIFY2(!sandbox.signIn(*sandbox.revokedCitizen()).isEmpty(),
                 qPrintable(sandbox.lastError()));
        QCOMPARE(sandbox.stop(), 0);
    }

    void sigtermStopsCleanly()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
        QCOMPARE(sandbox.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(sandbox.stop(), 0);
        QVERIFY(!sandbox.isRunning());
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no data dir") << QStringList{QStringLiteral("--port"), QStringLiteral("0")};
        QTest::newRow("bad share")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("x"),
                           QStringLiteral("--fault-500"), QStringLiteral("2")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("x"),
                                                 QStringLiteral("--port"), QStringLiteral("70000")};
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(qEnvironmentVariable("GUICHET_BINARY_DIR") +
                          QStringLiteral("/bin/guichet-sandbox"),
                      arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // --- In process: seed, audit, receipt key ----------------------------------------------

    void seedIdentifiersPassTheChecksums()
    {
        const World &world = World::demo();
        QVERIFY(world.people.size() >= 10);
        QSet<QString> people;
        for (const Person &p : world.people) {
            QVERIFY2(schema::isValidNiss(p.nationalNumber.toStdString()),
                     qPrintable(p.nationalNumber));
            QVERIFY2(!people.contains(p.nationalNumber), qPrintable(p.nationalNumber));
            people.insert(p.nationalNumber);
            QVERIFY(p.roles.contains(QStringLiteral("citizen")));
        }
        bool post2000 = false;
        for (const Person &p : world.people) {
            const QDate birth = *schema::nissBirthDate(p.nationalNumber.toStdString());
            post2000 = post2000 || birth.year() >= 2000;
        }
        QVERIFY(post2000);
        for (const Enterprise &e : world.enterprises)
            QVERIFY2(schema::isValidEnterpriseNumber(e.number.toStdString()), qPrintable(e.number));
        for (const Mandate &m : world.mandates) {
            QVERIFY(people.contains(m.nationalNumber));
            QVERIFY(world.enterprise(m.enterpriseNumber));
            QVERIFY(m.viaEnterpriseNumber.isEmpty() || world.enterprise(m.viaEnterpriseNumber));
        }
        QSet<QString> statuses;
        for (const DimonaPeriod &d : world.dimonaPeriods) {
            QVERIFY2(isValidDimonaPeriodId(d.periodId), qPrintable(d.periodId));
            QVERIFY(world.enterprise(d.enterpriseNumber));
            QVERIFY(people.contains(d.nationalNumber));
            QVERIFY(!d.endDate.isValid() || d.endDate >= d.startDate);
            statuses.insert(d.status);
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("open"), QStringLiteral("closed"),
                                          QStringLiteral("cancelled")}));
        QVERIFY(!isValidDimonaPeriodId(QStringLiteral("202400000100")));
        QCOMPARE(makeDimonaPeriodId(2024000001).left(10), QStringLiteral("2024000001"));

        const Person *thomas = world.person(kDemo);
        QVERIFY(thomas);
        QCOMPARE(thomas->givenName, QStringLiteral("Thomas"));
        QCOMPARE(world.enterprise(QStringLiteral("0403019261"))->name,
                 QStringLiteral("Brasserie Janssens SRL"));
    }

    void auditWritesARowAndTheReceiptKeyPersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray certificate;
        {
            Options options;
            options.dataDir = dir.path();
            Server server(options);
            QString error;
            QVERIFY2(server.start(&error) > 0, qPrintable(error));
            QVERIFY(server.audit(kDemo, QStringLiteral("95022840288"),
                                 QStringLiteral("helpdesk-lookup"),
                                 QStringLiteral("/helpdesk/citizens/95022840288")));
            QSqlQuery query(server.db());
            QVERIFY(query.exec(
                QStringLiteral("SELECT agent, citizen, action, resource, at FROM audit")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), kDemo);
            QCOMPARE(query.value(1).toString(), QStringLiteral("95022840288"));
            QCOMPARE(query.value(2).toString(), QStringLiteral("helpdesk-lookup"));
            QVERIFY(QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).isValid());

            const QByteArray data("receipt");
            const QByteArray signature = server.signingKey().sign(data);
            QCOMPARE(signature.size(), 64);
            QVERIFY(server.signingKey().verify(data, signature));
            QVERIFY(!server.signingKey().verify("other", signature));
            certificate = server.signingKey().certificateDer();
            QVERIFY(!certificate.isEmpty());
        }
        Options options;
        options.dataDir = dir.path();
        Server again(options);
        QString error;
        QVERIFY2(again.start(&error) > 0, qPrintable(error));
        QCOMPARE(again.signingKey().certificateDer(), certificate);
        QSqlQuery count(again.db());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM audit")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

    void cleanupTestCase() { QCOMPARE(m_sandbox.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandbox_core.moc"

#pragma once

// SandboxFixture: runs the real guichet-sandbox executable on loopback HTTPS for a test.
//
//   SandboxFixture sandbox;                       // coverage file named after the test binary
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.lastError()));
//   const QString token = sandbox.signIn();       // the demo identity 86031412323
//   const HttpReply me = sandbox.get("/me", token);
//   QCOMPARE(me.status, 200);
//   QCOMPARE(me.json().value("nationalNumber").toString(), "86031412323");
//
// - start() makes a fresh data folder (QTemporaryDir), a test PKI (root -> "Citizen CA" ->
//   citizens with software keys, plus a CRL that lists revokedCitizen()), and starts
//   `$GUICHET_BINARY_DIR/bin/guichet-sandbox --port 0 --data-dir DIR --citizen-ca --root-ca --crl
//   --admin-token` (plus your extra arguments), reads the port line and trusts
//   DIR/sandbox/tls/ca.pem only (SSL errors are never ignored).
// - Requests block with a local event loop and a timeout; paths are below /api/v1.
// - Every (method, OpenAPI path template) called is appended to
//   $GUICHET_BINARY_DIR/tests/openapi-coverage/<name>.txt (templates read from api/openapi.yaml).

#include "core/eid/pki.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QProcess;
class QTemporaryDir;

namespace guichet::sandbox::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all (see error)
    // Transport outcome only: NoError whenever an HTTP answer arrived, whatever its status.
    // RemoteHostClosedError when the server dropped the connection, OperationCanceledError on
    // the fixture's timeout.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString reason() const { return json().value(QStringLiteral("reason")).toString(); }
    bool answered() const { return status != 0; }
};

// A citizen's certificate and its software key, issued by the fixture's PKI.
struct Citizen
{
    QString nationalNumber;
    QString givenName;
    QString surname;
    eid::KeyType keyType = eid::KeyType::EcP384;
    eid::EvpKey key;
    QByteArray certificatePem;

    QString algorithm() const; // ES384 for P-384, RS256 for RSA
    QByteArray certificateDer() const;
};
using CitizenPtr = std::shared_ptr<const Citizen>;

class SandboxFixture
{
public:
    // `name` names the coverage file; default: the test executable's name.
    explicit SandboxFixture(const QString &name = {});
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    // Starts on a fresh data folder. With withAdmin, --admin-token adminToken() is passed.
    bool start(const QStringList &extraArguments = {}, bool withAdmin = true);

    struct StartOptions
    {
        QStringList extraArguments;
        bool withAdmin = true;
        // Pass the fixture's PKI with --citizen-ca/--root-ca/--crl.
        bool withPki = true;
        // Runs on the fresh data folder before the sandbox starts (e.g. to write trust.json).
        std::function<bool(const QString &dataDir)> prepare;
        // The CA the client trusts, relative to the data folder.
        QString tlsCa = QStringLiteral("sandbox/tls/ca.pem");
    };
    bool start(const StartOptions &options);
    // Stops (SIGTERM) and starts again on the same data folder with the same arguments, or with
    // `extraArguments` instead when given. The port changes.
    bool restart(const std::optional<QStringList> &extraArguments = std::nullopt);
    // SIGTERM and wait; returns the exit code (-1 if it crashed or had to be killed).
    int stop();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }
    // What the sandbox wrote on stderr so far (logs), for failure messages.
    QString standardError() const;

    quint16 port() const { return m_port; }
    QString dataDir() const;
    QString origin(const QString &host = QStringLiteral("127.0.0.1")) const; // https://host:port
    QString adminToken() const { return QStringLiteral("fixture-admin-token"); }
    QProcess *process() const { return m_process.get(); }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // --- HTTP (path below /api/v1, e.g. "/forms/dimona/1?x=1") ------------------------------
    // `host` is the name the URL uses (127.0.0.1 or localhost: both are in the certificate);
    // `hostHeader` overrides the Host header sent (origin tests).
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const HeaderList &headers = {}, const QString &accessToken = {},
                      const QString &host = QStringLiteral("127.0.0.1"),
                      const QByteArray &hostHeader = {});
    HttpReply get(const QString &path, const QString &accessToken = {},
                  const HeaderList &headers = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &accessToken = {},
                   const HeaderList &headers = {});
    HttpReply put(const QString &path, const QJsonObject &body, const QString &accessToken = {},
                  const HeaderList &headers = {});
    // With the admin bearer token.
    HttpReply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // PUT /admin/faults with these settings (members left out take their defaults).
    bool setFaults(const QJsonObject &faults);
    // Drops idle keep-alive connections (after a fault test, so the next request starts clean).
    void resetConnections();

    // --- Sign-in -----------------------------------------------------------------------------
    // Signs in as that national number with a fresh certificate of the fixture's Citizen CA
    // (names from the seed world when it knows the person). Returns the access token, or empty
    // (lastError() says why).
    QString signIn(const QString &nationalNumber = QStringLiteral("86031412323"),
                   eid::KeyType keyType = eid::KeyType::EcP384);
    QString signIn(const Citizen &citizen);
    // The steps, for tests of the refusals.
    struct Challenge
    {
        QString nonce;
        QString origin;
    };
    std::optional<Challenge> challenge(const QString &host = QStringLiteral("127.0.0.1"));
    // The Web eID token as a card would make it for this origin and nonce.
    static QJsonObject authToken(const Citizen &citizen, const QString &origin,
                                 const QString &nonce, const QString &algorithm = {});
    HttpReply exchange(const QString &nonce, const QJsonObject &authToken,
                       const QString &host = QStringLiteral("127.0.0.1"),
                       const QByteArray &hostHeader = {});

    // --- The test PKI (made by the constructor) ----------------------------------------------
    CitizenPtr issueCitizen(const QString &nationalNumber, const QString &givenName,
                            const QString &surname, eid::KeyType keyType = eid::KeyType::EcP384,
                            const QDateTime &notBefore = {}, const QDateTime &notAfter = {});
    // A citizen of the test Citizen CA whose certificate request `adjust` changed first (a
    // wrong key usage, another extended key usage, ...).
    CitizenPtr issueCitizenWith(const QString &nationalNumber,
                                const std::function<void(eid::CertificateRequest &)> &adjust);
    // Listed in the CRL given to the sandbox.
    CitizenPtr revokedCitizen() const { return m_revoked; }
    // Issued by a CA the sandbox does not trust.
    CitizenPtr untrustedCitizen() const { return m_untrusted; }
    QString rootCaPath() const;
    QString citizenCaPath() const;
    QString crlPath() const;
    // PEM of the root and Citizen CA (for trust files) and a fresh CRL of the Citizen CA listing
    // revokedCitizen().
    QByteArray rootCaPem() const { return m_rootPem; }
    QByteArray citizenCaPem() const { return m_caPem; }

    // Records a call for the coverage file (request() does it; for callers that talk to the
    // sandbox some other way, e.g. guichet-cli).
    void recordCall(const QByteArray &method, const QString &path);

private:
    bool launch();
    bool makePki();

    QString m_name;
    QString m_lastError;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_pkiDir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QStringList m_arguments;
    QString m_tlsCa = QStringLiteral("sandbox/tls/ca.pem");
    qsizetype m_baseArgumentCount = 0;
    quint16 m_port = 0;
    int m_timeoutMs = 20000;

    eid::EvpKey m_rootKey;
    QByteArray m_rootPem;
    eid::EvpKey m_caKey;
    QByteArray m_caPem;
    CitizenPtr m_revoked;
    CitizenPtr m_untrusted;

    QStringList m_templates; // OpenAPI path templates, fewest parameters first
};

} // namespace guichet::sandbox::test

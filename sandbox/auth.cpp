// Web eID sign-in: POST /auth/challenge and POST /auth/token (docs/API.md "Authentication").
#include "module.h"
#include "server.h"

#include "core/eid/authtokenverifier.h"
#include "core/eid/webeidtoken.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <openssl/rand.h>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace guichet::sandbox {

namespace {

bool createAuthTables(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Nonces and tokens live in SQLite so that a restart neither forgets a used nonce (replay)
    // nor signs everybody out.
    return query.exec(QStringLiteral(
               "CREATE TABLE auth_nonces (nonce TEXT PRIMARY KEY, origin TEXT NOT NULL, "
               "issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)")) &&
           query.exec(QStringLiteral(
               "CREATE TABLE access_tokens (hash TEXT PRIMARY KEY, national_number TEXT NOT NULL, "
               "issued_at TEXT NOT NULL, expires_at TEXT NOT NULL)"));
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QList<QByteArray> readPems(const QStringList &paths)
{
    QList<QByteArray> pems;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            pems.append(file.readAll());
        else
            qCWarning(lcSandbox) << "cannot read" << path << file.errorString();
    }
    return pems;
}

QString refusalTitle(const QString &reason)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("token-format"), QStringLiteral("Malformed token")},
        {QStringLiteral("algorithm-unsupported"), QStringLiteral("Algorithm not supported")},
        {QStringLiteral("algorithm-mismatch"), QStringLiteral("Algorithm does not fit the key")},
        {QStringLiteral("certificate-invalid"), QStringLiteral("Certificate invalid")},
        {QStringLiteral("certificate-expired"), QStringLiteral("Certificate expired")},
        {QStringLiteral("certificate-not-yet-valid"), QStringLiteral("Certificate not yet valid")},
        {QStringLiteral("certificate-untrusted"), QStringLiteral("Certificate not trusted")},
        {QStringLiteral("certificate-revoked"), QStringLiteral("Certificate revoked")},
        {QStringLiteral("revocation-unknown"), QStringLiteral("Revocation status unknown")},
        {QStringLiteral("certificate-key-usage"), QStringLiteral("Wrong key usage")},
        {QStringLiteral("certificate-eku"), QStringLiteral("Wrong extended key usage")},
        {QStringLiteral("signature-invalid"), QStringLiteral("Signature invalid")},
        {QStringLiteral("origin-mismatch"), QStringLiteral("Origin mismatch")},
        {QStringLiteral("nonce-unknown"), QStringLiteral("Unknown nonce")},
        {QStringLiteral("nonce-reused"), QStringLiteral("Nonce already used")},
        {QStringLiteral("nonce-expired"), QStringLiteral("Nonce expired")},
    };
    return titles.value(reason, QStringLiteral("Sign-in refused"));
}

class Auth
{
public:
    explicit Auth(Server &server) : m_server(server)
    {
        const Options &o = server.options();
        m_trust.anchors = readPems(o.rootCa);
        m_trust.intermediates = readPems(o.citizenCa);
        m_trust.crls = readPems(o.crl);
        // Revocation is checked whenever a CRL is configured (demo init provides one); without
        // any, a sandbox started by hand still accepts its citizens.
        m_trust.requireRevocationInfo = !m_trust.crls.isEmpty();
    }

    // The origins a client may reach this server by.
    QStringList acceptedOrigins() const
    {
        const quint16 port = m_server.port();
        QStringList origins;
        for (const char *host : {"127.0.0.1", "localhost", "[::1]"})
            origins.append(eid::normalisedOrigin(
                QUrl(QStringLiteral("https://%1:%2").arg(QLatin1String(host)).arg(port))));
        return origins;
    }

    Response challenge(const Request &request)
    {
        if (!acceptedOrigins().contains(request.origin))
            return Server::problem(
                400, QStringLiteral("origin-not-allowed"), QStringLiteral("Unknown origin"),
                QStringLiteral("The Host header names no origin of this server"));
        const QString nonce = eid::makeNonce();
        if (nonce.isEmpty())
            return Server::problem(500, QStringLiteral("internal-error"),
                                   QStringLiteral("No random source"));
        const QDateTime now = m_server.now();
        const QDateTime expires = now.addSecs(m_server.options().nonceLifetimeSeconds);
        QSqlQuery insert(m_server.db());
        insert.prepare(QStringLiteral("INSERT INTO auth_nonces (nonce, origin, issued_at, "
                                      "expires_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(nonce);
        insert.addBindValue(request.origin);
        insert.addBindValue(timestamp(now));
        insert.addBindValue(timestamp(expires));
        if (!insert.exec())
            return Server::problem(500, QStringLiteral("internal-error"),
                                   QStringLiteral("Cannot store the challenge"),
                                   insert.lastError().text());
        // Forget long-dead nonces now and then; used ones stay until expiry (replay detection).
        QSqlQuery purge(m_server.db());
        purge.prepare(QStringLiteral("DELETE FROM auth_nonces WHERE expires_at < ?"));
        purge.addBindValue(timestamp(now.addDays(-1)));
        purge.exec();
        return Response::json(
            QJsonObject{{QStringLiteral("nonce"), nonce},
                        {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
                        {QStringLiteral("origin"), request.origin}});
    }

    Response token(const Request &request)
    {
        const auto refused = [](const QString &reason, const QString &detail = {}) {
            return Server::problem(401, reason, refusalTitle(reason), detail)
                .withHeader("WWW-Authenticate", "Bearer");
        };
        const std::optional<QJsonObject> body = request.jsonObject();
        if (!body || !body->value(QStringLiteral("nonce")).isString() ||
            !body->value(QStringLiteral("authToken")).isObject())
            return refused(QStringLiteral("token-format"),
                           QStringLiteral("The body needs a nonce and an authToken object"));
        const QString nonce = body->value(QStringLiteral("nonce")).toString();

        QSqlQuery lookup(m_server.db());
        lookup.prepare(
            QStringLiteral("SELECT origin, expires_at, used_at FROM auth_nonces WHERE nonce = ?"));
        lookup.addBindValue(nonce);
        if (!lookup.exec() || !lookup.next())
            return refused(QStringLiteral("nonce-unknown"),
                           QStringLiteral("This server did not issue that nonce."));
        const QString boundOrigin = lookup.value(0).toString();
        const QDateTime expires =
            QDateTime::fromString(lookup.value(1).toString(), Qt::ISODateWithMs);
        if (!lookup.value(2).isNull())
            return refused(QStringLiteral("nonce-reused"),
                           QStringLiteral("This challenge has already been used to sign in; ask "
                                          "for a new one."));
        const QDateTime now = m_server.now();
        // Single use: whatever happens next, this nonce is spent.
        QSqlQuery spend(m_server.db());
        spend.prepare(QStringLiteral("UPDATE auth_nonces SET used_at = ? WHERE nonce = ?"));
        spend.addBindValue(timestamp(now));
        spend.addBindValue(nonce);
        spend.exec();
        if (!expires.isValid() || expires <= now)
            return refused(QStringLiteral("nonce-expired"),
                           QStringLiteral("The challenge has expired; ask for a new one."));
        if (request.origin != boundOrigin)
            return refused(QStringLiteral("origin-mismatch"),
                           QStringLiteral("The challenge was issued for another origin"));

        const QByteArray tokenJson =
            QJsonDocument(body->value(QStringLiteral("authToken")).toObject())
                .toJson(QJsonDocument::Compact);
        const auto token = eid::AuthToken::fromJson(tokenJson);
        if (!token)
            return refused(token.error().code, token.error().message);
        QStringList others = acceptedOrigins();
        others.removeAll(boundOrigin);
        const auto verified =
            eid::verifyAuthToken(*token, boundOrigin, nonce, m_trust, now, others);
        if (!verified) {
            qCInfo(lcSandbox) << "sign-in refused:" << verified.error().code;
            const QString code = verified.error().code == QLatin1String("trust-config-invalid")
                                     ? QStringLiteral("certificate-untrusted")
                                     : verified.error().code;
            return refused(code, verified.error().message);
        }
        const eid::CertificateInfo &certificate = *verified;
        if (certificate.nationalNumber.isEmpty())
            return refused(QStringLiteral("certificate-invalid"),
                           QStringLiteral("The certificate carries no national number"));

        // An identity the world does not know becomes a plain citizen, named by its certificate.
        QSqlQuery person(m_server.db());
        person.prepare(QStringLiteral("INSERT OR IGNORE INTO people (national_number, "
                                      "given_name, surname, roles) VALUES (?, ?, ?, 'citizen')"));
        person.addBindValue(certificate.nationalNumber);
        person.addBindValue(certificate.givenName.isNull() ? QStringLiteral("")
                                                           : certificate.givenName);
        person.addBindValue(certificate.surname.isNull() ? QStringLiteral("")
                                                         : certificate.surname);
        person.exec();

        QByteArray raw(32, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1)
            return Server::problem(500, QStringLiteral("internal-error"),
                                   QStringLiteral("No random source"));
        const QByteArray accessToken =
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const int lifetime = m_server.options().tokenLifetimeSeconds;
        QSqlQuery insert(m_server.db());
        insert.prepare(QStringLiteral("INSERT INTO access_tokens (hash, national_number, "
                                      "issued_at, expires_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256).toHex()));
        insert.addBindValue(certificate.nationalNumber);
        insert.addBindValue(timestamp(now));
        insert.addBindValue(timestamp(now.addSecs(lifetime)));
        if (!insert.exec())
            return Server::problem(500, QStringLiteral("internal-error"),
                                   QStringLiteral("Cannot store the token"),
                                   insert.lastError().text());
        QSqlQuery purge(m_server.db());
        purge.prepare(QStringLiteral("DELETE FROM access_tokens WHERE expires_at < ?"));
        purge.addBindValue(timestamp(now.addDays(-1)));
        purge.exec();
        return Response::json(
                   QJsonObject{{QStringLiteral("accessToken"), QString::fromLatin1(accessToken)},
                               {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                               {QStringLiteral("expiresIn"), lifetime}})
            .withHeader("Cache-Control", "no-store");
    }

private:
    Server &m_server;
    eid::TrustConfig m_trust;
};

void registerRoutes(Server &server)
{
    // One Auth per server, owned by the server object's lifetime through the handlers.
    auto auth = std::make_shared<Auth>(server);
    server.route("POST", QStringLiteral("/auth/challenge"), Access::Public,
                 [auth](const Request &request) { return auth->challenge(request); });
    server.route("POST", QStringLiteral("/auth/token"), Access::Public,
                 [auth](const Request &request) { return auth->token(request); });
}

} // namespace

SANDBOX_MODULE(authModule, Module{.name = "auth",
                                  .migrations = {createAuthTables},
                                  .seed = nullptr,
                                  .routes = registerRoutes,
                                  .start = nullptr});

} // namespace guichet::sandbox

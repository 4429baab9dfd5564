#pragma once

#include "seed.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

// The sandbox's HTTP layer as modules see it. Handlers are plain functions from a Request value
// to a Response value: they never touch sockets, so a module's logic can be called directly in
// a unit test. Everything runs on the one server thread (the Qt event loop); handlers may use
// db() freely and must not block (timers for anything delayed).
//
//   void registerRoutes(Server &server)
//   {
//       server.route("GET", "/declarations/{id}", Access::Authenticated,
//                    [&server](const Request &request) -> Response {
//                        const QString id = request.param("id");
//                        ...
//                        if (notMine)
//                            return Server::problem(404, "not-found", "No such declaration");
//                        return Response::json(object);
//                    });
//   }
namespace guichet::sandbox {

class SigningKey;

// Fault injection (api/openapi.yaml, schema Faults). Shares are probabilities in [0, 1]; each
// faulted request draws three numbers from one generator seeded with `seed` (so a seed replays
// the same outcomes): the first picks at most one of drop-before, 503, 500, 429 (cumulative, in
// that order), the second drop-after, the third duplicate (only when not dropped after).
// - latencyMs: the request waits that long before it is processed (a timer, not a sleep).
// - drop before: the connection is aborted and the handler never runs.
// - 503/500/429: that problem instead of running the handler (Retry-After on 503 and 429 when
//   retryAfter > 0).
// - drop after: the handler runs (and commits), then the connection is aborted without an answer.
// - duplicate: the handler runs twice, as a retrying proxy would make it, and the second answer is
//   written twice on the socket; an HTTP/1.1 client reads one answer and drops the extra bytes
//   (QNetworkAccessManager discards them with the connection).
// Only requests whose path as sent ("/api/v1/forms", no query) matches `paths` (unanchored
// QRegularExpression; empty = every path) are faulted; admin paths never are.
struct FaultSettings
{
    int latencyMs = 0;
    double dropBeforeProcessing = 0;
    double dropAfterProcessing = 0;
    double error500 = 0;
    double error503 = 0;
    double error429 = 0;
    int retryAfter = 0; // seconds: Retry-After of 429 and 503 when above 0
    double duplicateReply = 0;
    QString paths;
    quint64 seed = 0;

    bool isActive() const;
    QJsonObject toJson() const;
    // Replaces every setting (PUT /admin/faults): members absent take their defaults. Returns the
    // name of the first bad member, leaving the settings unchanged.
    std::optional<QString> update(const QJsonObject &object);
};

// Everything the command line sets. Modules read it through Server::options().
struct Options
{
    QString dataDir;        // state lives in dataDir/sandbox/
    quint16 port = 0;       // 0: any free port
    QStringList citizenCa;  // PEM files: intermediate CAs of citizen certificates
    QStringList rootCa;     // PEM files: trust anchors of citizen certificates
    QStringList crl;        // PEM CRL files
    QString tlsCertificate; // PEM; with tlsKey, overrides trust.json and the own CA
    QString tlsKey;
    int processingDelayMs = 1500;   // declarations: received -> done
    int tokenLifetimeSeconds = 900; // access tokens
    int nonceLifetimeSeconds = 300; // auth challenges
    QString adminToken;             // empty: no /admin routes at all (404)
    FaultSettings faults;
};

// Who is calling, resolved by Server from the bearer token before the handler runs. Roles and
// mandates are read from the world tables on every request, so an identity registered through
// POST /admin/identities takes effect at once.
struct Caller
{
    struct Mandate
    {
        QString enterpriseNumber; // 10 digits
        QString name;
        QString capacity;            // "employer" | "social-secretariat" | "service-provider"
        QString viaEnterpriseNumber; // empty for a direct mandate
        QString viaName;
    };

    QString nationalNumber; // empty when not authenticated
    QString givenName;
    QString surname;
    QStringList roles; // "citizen" always, plus "self-employed", "employer", "helpdesk"
    QList<Mandate> mandates;

    bool isAuthenticated() const { return !nationalNumber.isEmpty(); }
    QString name() const; // "givenName surname"
    bool hasRole(const QString &role) const { return roles.contains(role); }
    // The mandate for that enterprise (10 digits), or null.
    const Mandate *mandateFor(const QString &enterpriseNumber) const;
};

struct Request
{
    QByteArray method;              // "GET", "POST", ...
    QString path;                   // full, percent-decoded: "/api/v1/declarations/42"
    QString pattern;                // the route pattern that matched: "/declarations/{id}"
    QHash<QString, QString> params; // path parameters: {"id": "42"}
    QUrlQuery query;                // request.query.queryItemValue("limit")
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;                              // raw bytes (for guichet::json::parse, hashes)
    QString origin; // "https://<Host header>", normalised (lower case, port)
    QString language = QStringLiteral("en"); // first of fr/nl/de/en in Accept-Language
    Caller caller;                           // filled for Access::Authenticated routes
    QString authFailure; // why there is no caller: "unauthenticated"/"token-expired"

    // Case-insensitive; empty if absent.
    QByteArray header(const QByteArray &name) const;
    QString param(const QString &name) const { return params.value(name); }
    // The body parsed with QJsonDocument (null document if the body is not JSON). Handlers that
    // need exact numbers or member order (schema validation) parse `body` with guichet::json.
    QJsonDocument json() const;
    // The body as an object, or nullopt if the body is not a JSON object.
    std::optional<QJsonObject> jsonObject() const;
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type included
    QByteArray body;

    // application/json, compact.
    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonDocument &document, int status = 200);
    // No body (204, 304...).
    static Response empty(int status);
    // Adds (or replaces) a header; returns *this for chaining:
    //   return Response::json(o, 201).withHeader("Location", url).withHeader("ETag", tag);
    Response &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    QJsonObject jsonObject() const;
};

enum class Access
{
    Public,        // no token needed (health, auth, catalogue)
    Authenticated, // a valid access token, else 401 unauthenticated/token-expired (by Server)
    Admin,         // Authorization: Bearer <--admin-token>; never faulted; absent without it
};

using Handler = std::function<Response(const Request &)>;

class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(Options options, QObject *parent = nullptr);
    ~Server() override;

    // Opens the store (migrations, first-start seed), prepares TLS, registers every module's
    // routes and listens on 127.0.0.1 (and ::1 on the same port when available). Returns the
    // port, or 0 with `error` set.
    quint16 start(QString *error);

    // --- What modules use ---------------------------------------------------------------

    // Registers a route below /api/v1. `pattern` segments in braces are parameters:
    // "/enterprises/{enterpriseNumber}/staff/{id}". A literal segment wins over a parameter
    // whatever the registration order. Unknown path: 404 not-found; known path, other method:
    // 405 method-not-allowed. Admin routes must start with "/admin/".
    void route(const QByteArray &method, const QString &pattern, Access access, Handler handler);

    // An application/problem+json response:
    // {"type": "urn:guichet:problem:<reason>", "title", "status", "detail"?, "reason", ...extra}
    static Response problem(int status, const QString &reason, const QString &title,
                            const QString &detail = {}, const QJsonObject &extra = {});

    // Guards: nullopt when allowed, else the problem response to return as is.
    //   if (auto denied = server.requireMandate(request, number)) return *denied;
    std::optional<Response> requireAuth(const Request &request) const; // 401
    std::optional<Response> requireRole(const Request &request, const QString &role,
                                        const QString &reason = QStringLiteral("forbidden")) const;
    // The caller holds a mandate for that enterprise (any capacity): else 403 no-mandate.
    std::optional<Response> requireMandate(const Request &request,
                                           const QString &enterpriseNumber) const;

    // The one SQLite connection (server thread only).
    QSqlDatabase &db();
    const Options &options() const { return m_options; }
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // The demo world the seed was made from (in memory; the tables are the truth at run time).
    const World &world() const;
    // The folder holding forms/<id>/<version>/ (catalogue.json included).
    QString formsDirectory() const;
    // https://127.0.0.1:<port>
    QString origin() const;
    quint16 port() const { return m_port; }

    // Writes one row of the audit table: agent and citizen are national numbers, action a verb
    // ("helpdesk.lookup"), resource the path read. Returns false if the insert failed.
    bool audit(const QString &agent, const QString &citizen, const QString &action,
               const QString &resource);

    // The receipt signing key: EC P-256 key and self-signed certificate made on first start
    // under DIR/sandbox/receipt-signing/.
    const SigningKey &signingKey() const;

    // --- Used by the core module --------------------------------------------------------
    FaultSettings &faults() { return m_options.faults; }
    void resetFaultRng();
    // Caller for a bearer token (looks up its hash); empty Caller with authFailure set if none.
    Caller resolveToken(const QByteArray &bearer, QString *failure);
    // Loads roles and mandates of a national number from the world tables.
    Caller loadCaller(const QString &nationalNumber);

private:
    class Private;
    friend class Private;
    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<Private> d;
};

// The receipt signing key (ES256). sign() returns the JOSE form: r ‖ s, 64 bytes.
class SigningKey
{
public:
    SigningKey();
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    // Loads DIR/key.pem and DIR/certificate.pem, making them first if absent.
    bool loadOrCreate(const QString &dir, QString *error);
    QByteArray sign(const QByteArray &data) const;
    QByteArray certificateDer() const { return m_certificateDer; }
    // Checks a signature made by sign() (tests, receipt verification).
    bool verify(const QByteArray &data, const QByteArray &signature) const;

private:
    void *m_key = nullptr; // EVP_PKEY*, kept opaque so that OpenSSL headers stay out of here
    QByteArray m_certificateDer;
};

} // namespace guichet::sandbox

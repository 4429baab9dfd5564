#include "server.h"

#include "module.h"
#include "store.h"
#include "tls.h"

#include "core/eid/webeidtoken.h"
#include "core/paths.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <random>

Q_LOGGING_CATEGORY(lcSandbox, "guichet.sandbox", QtInfoMsg)

namespace guichet::sandbox {

// ---- FaultSettings ------------------------------------------------------------------------

bool FaultSettings::isActive() const
{
    return latencyMs > 0 || dropBeforeProcessing > 0 || dropAfterProcessing > 0 || error500 > 0 ||
           error503 > 0 || error429 > 0 || duplicateReply > 0;
}

QJsonObject FaultSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("latencyMs"), latencyMs},
                       {QStringLiteral("dropBeforeProcessing"), dropBeforeProcessing},
                       {QStringLiteral("dropAfterProcessing"), dropAfterProcessing},
                       {QStringLiteral("error500"), error500},
                       {QStringLiteral("error503"), error503},
                       {QStringLiteral("error429"), error429},
                       {QStringLiteral("retryAfter"), retryAfter},
                       {QStringLiteral("duplicateReply"), duplicateReply},
                       {QStringLiteral("paths"),
                        paths.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(paths)},
                       {QStringLiteral("seed"), double(seed)}};
}

std::optional<QString> FaultSettings::update(const QJsonObject &object)
{
    FaultSettings next;
    const auto share = [&object](const char *name, double *target) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!object.contains(key))
            return true;
        const QJsonValue v = object.value(key);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return false;
        *target = v.toDouble();
        return true;
    };
    const auto count = [&object](const char *name, qint64 max, auto *target) -> bool {
        const QString key = QString::fromLatin1(name);
        if (!object.contains(key))
            return true;
        const QJsonValue v = object.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > double(max) || d != double(qint64(d)))
            return false;
        *target = std::remove_pointer_t<decltype(target)>(qint64(d));
        return true;
    };
    for (const auto &[name, target] :
         {std::pair{"dropBeforeProcessing", &next.dropBeforeProcessing},
          std::pair{"dropAfterProcessing", &next.dropAfterProcessing},
          std::pair{"error500", &next.error500}, std::pair{"error503", &next.error503},
          std::pair{"error429", &next.error429},
          std::pair{"duplicateReply", &next.duplicateReply}}) {
        if (!share(name, target))
            return QString::fromLatin1(name);
    }
    if (!count("latencyMs", 600000, &next.latencyMs))
        return QStringLiteral("latencyMs");
    if (!count("retryAfter", 86400, &next.retryAfter))
        return QStringLiteral("retryAfter");
    if (!count("seed", qint64(1) << 53, &next.seed))
        return QStringLiteral("seed");
    if (object.contains(QStringLiteral("paths"))) {
        const QJsonValue v = object.value(QStringLiteral("paths"));
        if (!v.isNull() && (!v.isString() || !QRegularExpression(v.toString()).isValid()))
            return QStringLiteral("paths");
        next.paths = v.toString();
    }
    *this = next;
    return std::nullopt;
}

// ---- Caller, Request, Response ------------------------------------------------------------

QString Caller::name() const
{
    return QStringList{givenName, surname}.join(QLatin1Char(' ')).trimmed();
}

const Caller::Mandate *Caller::mandateFor(const QString &enterpriseNumber) const
{
    for (const Mandate &m : mandates) {
        if (m.enterpriseNumber == enterpriseNumber)
            return &m;
    }
    return nullptr;
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonDocument Request::json() const
{
    return QJsonDocument::fromJson(body);
}

std::optional<QJsonObject> Request::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

Response Response::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

Response Response::json(const QJsonDocument &document, int status)
{
    Response r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    return r;
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, v] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject Response::jsonObject() const
{
    return QJsonDocument::fromJson(body).object();
}

// ---- Server::Private ----------------------------------------------------------------------

namespace {

const QString kApiPrefix = QStringLiteral("/api/v1");

struct Route
{
    QByteArray method;
    QString pattern;
    QStringList segments;
    Access access;
    Handler handler;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialise(const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    // 304 and 204 carry no body and (for 304) may keep the Content-Length of the full answer; we
    // send none for them.
    if (response.status != 304 && response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n";
    if (response.status != 304 && response.status != 204)
        out += response.body;
    return out;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

// "https://" + Host, through the same normalisation the client signs with.
QString originFromHost(const QByteArray &host)
{
    if (host.isEmpty())
        return {};
    const QUrl url(QStringLiteral("https://") + QString::fromLatin1(host));
    if (!url.isValid() || !url.path().isEmpty() || url.host().isEmpty())
        return {};
    return eid::normalisedOrigin(url);
}

QString languageOf(const QByteArray &acceptLanguage)
{
    // Quality values are ignored: the first supported language listed wins.
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QString tag = QString::fromLatin1(part.split(';').value(0)).trimmed().toLower();
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (primary == QLatin1String("fr") || primary == QLatin1String("nl") ||
            primary == QLatin1String("de") || primary == QLatin1String("en"))
            return primary;
    }
    return QStringLiteral("en");
}

} // namespace

// QtHttpServer 6.4 as a transport only: QAbstractHttpServer parses requests (TLS, keep-alive,
// bodies) and hands each one over with its socket; routing is ours and answers are written as raw
// HTTP/1.1 bytes on that socket rather than through QHttpServerResponder. That is what makes the
// socket-level faults possible: a drop is QTcpSocket::abort() (queued, because the HTTP layer
// still touches the socket after handleRequest() returns; the peer sees the connection closed
// with no answer), a duplicate is the same bytes written twice, and latency answers the socket
// later from a timer (QPointer: the client may have gone). QHttpServerResponder's own write()
// would do the same for normal answers but cannot express the faults, so it is not used at all.
class HttpFrontend : public QAbstractHttpServer
{
public:
    explicit HttpFrontend(std::function<void(const QHttpServerRequest &, QTcpSocket *)> dispatch)
        : m_dispatch(std::move(dispatch))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_dispatch(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    std::function<void(const QHttpServerRequest &, QTcpSocket *)> m_dispatch;
};

class Server::Private
{
public:
    explicit Private(Server *q) : q(q) {}

    Server *q;
    Store store;
    SigningKey signingKey;
    std::unique_ptr<HttpFrontend> http;
    std::vector<Route> routes;
    std::mt19937_64 rng;
    QString formsDirectory;

    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    void process(Request request, const Route *route, QPointer<QTcpSocket> socket, bool faulted);
    Response run(Request &request, const Route *route);
    // Route for (method, path below the prefix); nullptr and *pathKnown when only the method
    // differs.
    const Route *match(const QByteArray &method, const QString &path,
                       QHash<QString, QString> *params, bool *pathKnown) const;
    // `path` decoded (admin test), `sentPath` as sent (the `paths` regex).
    bool isFaulted(const QString &path, const QString &sentPath) const;
    double draw() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }
};

const Route *Server::Private::match(const QByteArray &method, const QString &path,
                                    QHash<QString, QString> *params, bool *pathKnown) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    const Route *best = nullptr;
    int bestLiterals = -1;
    *pathKnown = false;
    for (const Route &route : routes) {
        if (route.segments.size() != segments.size())
            continue;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &s = route.segments.at(i);
            if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
                ok = !segments.at(i).isEmpty();
            else if (s == segments.at(i))
                ++literals;
            else
                ok = false;
        }
        if (!ok)
            continue;
        *pathKnown = true;
        if (route.method != method || literals <= bestLiterals)
            continue;
        best = &route;
        bestLiterals = literals;
    }
    if (best) {
        params->clear();
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &s = best->segments.at(i);
            if (s.startsWith(QLatin1Char('{')))
                params->insert(s.mid(1, s.size() - 2), segments.at(i));
        }
    }
    return best;
}

bool Server::Private::isFaulted(const QString &path, const QString &sentPath) const
{
    const FaultSettings &f = q->m_options.faults;
    if (!f.isActive() || path.startsWith(kApiPrefix + QStringLiteral("/admin/")))
        return false;
    return f.paths.isEmpty() || QRegularExpression(f.paths).match(sentPath).hasMatch();
}

void Server::Private::dispatch(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method()).toLatin1();
    request.path = httpRequest.url().path(QUrl::FullyDecoded);
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.origin = originFromHost(request.header("Host"));
    request.language = languageOf(request.header("Accept-Language"));

    const Route *route = nullptr;
    bool pathKnown = false;
    if (request.path.startsWith(kApiPrefix + QLatin1Char('/')))
        route =
            match(request.method, request.path.mid(kApiPrefix.size()), &request.params, &pathKnown);
    if (route)
        request.pattern = route->pattern;
    else if (pathKnown)
        request.pattern = QStringLiteral("<405>");

    const bool faulted = isFaulted(request.path, httpRequest.url().path(QUrl::FullyEncoded));
    QPointer<QTcpSocket> guarded(socket);
    if (faulted && q->m_options.faults.latencyMs > 0) {
        // The socket may be gone when the timer fires (client gave up): process() checks.
        QTimer::singleShot(q->m_options.faults.latencyMs, q,
                           [this, request = std::move(request), route, guarded]() mutable {
                               process(std::move(request), route, guarded, true);
                           });
        return;
    }
    process(std::move(request), route, guarded, faulted);
}

Response Server::Private::run(Request &request, const Route *route)
{
    if (!route) {
        if (request.pattern == QLatin1String("<405>"))
            return Server::problem(405, QStringLiteral("method-not-allowed"),
                                   QStringLiteral("Method not allowed"));
        return Server::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                               QStringLiteral("No resource at %1").arg(request.path));
    }
    const QByteArray authorization = request.header("Authorization");
    const QByteArray bearer =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (route->access == Access::Admin) {
        if (bearer.isEmpty() || bearer != q->m_options.adminToken.toUtf8())
            return Server::problem(
                401, QStringLiteral("unauthenticated"), QStringLiteral("Authentication required"),
                QStringLiteral("Administration needs the token given with --admin-token."));
    } else if (!bearer.isEmpty()) {
        request.caller = q->resolveToken(bearer, &request.authFailure);
    } else {
        request.authFailure = QStringLiteral("unauthenticated");
    }
    if (route->access == Access::Authenticated) {
        if (auto denied = q->requireAuth(request))
            return *denied;
    }
    return route->handler(request);
}

void Server::Private::process(Request request, const Route *route, QPointer<QTcpSocket> socket,
                              bool faulted)
{
    if (!socket)
        return;
    const FaultSettings &f = q->m_options.faults;
    std::optional<Response> injected;
    bool dropAfter = false;
    bool duplicate = false;
    if (faulted) {
        // Always three draws per faulted request, so a seed gives the same sequence of outcomes
        // whatever the shares.
        const double before = draw();
        const double after = draw();
        const double twice = draw();
        double edge = f.dropBeforeProcessing;
        if (before < edge) {
            qCInfo(lcSandbox) << "fault: drop before processing" << request.path;
            // Deferred: the HTTP layer still uses the socket after handleRequest() returns.
            QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
            return;
        }
        const QString wait = f.retryAfter > 0
                                 ? QStringLiteral(" Try again in %1 seconds.").arg(f.retryAfter)
                                 : QString();
        if (before < (edge += f.error503)) {
            injected = Server::problem(503, QStringLiteral("service-unavailable"),
                                       QStringLiteral("Service unavailable"),
                                       QStringLiteral("Injected fault.") + wait);
        } else if (before < (edge += f.error500)) {
            injected = Server::problem(500, QStringLiteral("internal-error"),
                                       QStringLiteral("Internal error"),
                                       QStringLiteral("Injected fault."));
        } else if (before < (edge += f.error429)) {
            injected = Server::problem(429, QStringLiteral("too-many-requests"),
                                       QStringLiteral("Too many requests"),
                                       QStringLiteral("Injected fault.") + wait);
        }
        if (injected && injected->status != 500 && f.retryAfter > 0)
            injected->withHeader("Retry-After", QByteArray::number(f.retryAfter));
        dropAfter = after < f.dropAfterProcessing;
        duplicate = !dropAfter && twice < f.duplicateReply;
    }
    Response response = injected ? *injected : run(request, route);
    if (duplicate && !injected) {
        // As a retrying proxy would: the request reaches the handler twice and the client gets
        // the second answer.
        Request again = request;
        again.caller = {};
        again.authFailure.clear();
        response = run(again, route);
    }
    if (dropAfter) {
        qCInfo(lcSandbox) << "fault: drop after processing" << request.path;
        QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcSandbox).noquote() << request.method << request.path << response.status;
    const QByteArray bytes = serialise(response);
    socket->write(bytes);
    if (duplicate) {
        qCInfo(lcSandbox) << "fault: duplicate reply" << request.path;
        socket->write(bytes);
    }
    if (request.header("Connection").compare("close", Qt::CaseInsensitive) == 0)
        QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
}

// ---- Server -------------------------------------------------------------------------------

Server::Server(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), d(std::make_unique<Private>(this))
{
    resetFaultRng();
}

Server::~Server() = default;

void Server::resetFaultRng()
{
    d->rng.seed(m_options.faults.seed);
}

quint16 Server::start(QString *error)
{
    const QString stateDir = QDir(m_options.dataDir).filePath(QStringLiteral("sandbox"));
    if (!QDir().mkpath(stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(stateDir);
        return 0;
    }
    d->formsDirectory = paths::formsDirectory();

    TlsSetup tls;
    if (!prepareTls(&m_options, &tls, error))
        return 0;
    if (!d->signingKey.loadOrCreate(QDir(stateDir).filePath(QStringLiteral("receipt-signing")),
                                    error))
        return 0;

    if (!d->store.open(QDir(stateDir).filePath(QStringLiteral("sandbox.sqlite")), error))
        return 0;
    const std::vector<Module> all = modules();
    if (!d->store.migrate(all, World::demo(), error))
        return 0;
    for (const Module &module : all) {
        if (module.routes)
            module.routes(*this);
    }

    d->http = std::make_unique<HttpFrontend>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) {
            d->dispatch(request, socket);
        });
    d->http->sslSetup(tls.configuration);
    m_port = d->http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return 0;
    }
    // "localhost" may resolve to ::1 first; serve it on the same port when the host has IPv6.
    auto *v6 = new QTcpServer(d->http.get());
    if (v6->listen(QHostAddress::LocalHostIPv6, m_port))
        d->http->bind(v6);
    else
        delete v6;

    for (const Module &module : all) {
        if (module.start)
            module.start(*this);
    }
    return m_port;
}

void Server::route(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    if (access == Access::Admin && m_options.adminToken.isEmpty())
        return; // without --admin-token the admin paths do not exist (404)
    Q_ASSERT(access != Access::Admin || pattern.startsWith(QLatin1String("/admin/")));
    d->routes.push_back(Route{method.toUpper(), pattern, pattern.split(QLatin1Char('/')), access,
                              std::move(handler)});
}

Response Server::problem(int status, const QString &reason, const QString &title,
                         const QString &detail, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), QStringLiteral("urn:guichet:problem:") + reason);
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("reason"), reason);
    body.insert(QStringLiteral("detail"), detail.isEmpty() ? title : detail);
    Response r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")});
    return r;
}

std::optional<Response> Server::requireAuth(const Request &request) const
{
    if (request.caller.isAuthenticated())
        return std::nullopt;
    if (request.authFailure == QLatin1String("token-expired"))
        return problem(401, request.authFailure, QStringLiteral("Session expired"),
                       QStringLiteral("The access token has expired; sign in again."))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return problem(401, QStringLiteral("unauthenticated"),
                   QStringLiteral("Authentication required"),
                   QStringLiteral("Sign in with your eID card first."))
        .withHeader("WWW-Authenticate", "Bearer");
}

std::optional<Response> Server::requireRole(const Request &request, const QString &role,
                                            const QString &reason) const
{
    if (auto denied = requireAuth(request))
        return denied;
    if (request.caller.hasRole(role))
        return std::nullopt;
    return problem(403, reason, QStringLiteral("Forbidden"),
                   QStringLiteral("This needs the %1 role").arg(role));
}

std::optional<Response> Server::requireMandate(const Request &request,
                                               const QString &enterpriseNumber) const
{
    if (auto denied = requireAuth(request))
        return denied;
    if (request.caller.mandateFor(enterpriseNumber))
        return std::nullopt;
    return problem(403, QStringLiteral("no-mandate"), QStringLiteral("No mandate"),
                   QStringLiteral("You hold no mandate for enterprise %1").arg(enterpriseNumber));
}

QSqlDatabase &Server::db()
{
    return d->store.db();
}

const World &Server::world() const
{
    return World::demo();
}

QString Server::formsDirectory() const
{
    return d->formsDirectory;
}

QString Server::origin() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

bool Server::audit(const QString &agent, const QString &citizen, const QString &action,
                   const QString &resource)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO audit (at, agent, citizen, action, resource) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(now().toString(Qt::ISODateWithMs));
    query.addBindValue(agent);
    query.addBindValue(citizen);
    query.addBindValue(action);
    query.addBindValue(resource);
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "audit insert failed:" << query.lastError().text();
    return false;
}

const SigningKey &Server::signingKey() const
{
    return d->signingKey;
}

Caller Server::resolveToken(const QByteArray &bearer, QString *failure)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bearer, QCryptographicHash::Sha256).toHex());
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("SELECT national_number, expires_at FROM access_tokens WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec() || !query.next()) {
        *failure = QStringLiteral("unauthenticated");
        return {};
    }
    const QDateTime expires = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    if (!expires.isValid() || expires <= now()) {
        *failure = QStringLiteral("token-expired");
        return {};
    }
    failure->clear();
    return loadCaller(query.value(0).toString());
}

Caller Server::loadCaller(const QString &nationalNumber)
{
    Caller caller;
    caller.nationalNumber = nationalNumber;
    caller.roles = {QStringLiteral("citizen")};
    QSqlQuery person(db());
    person.prepare(
        QStringLiteral("SELECT given_name, surname, roles FROM people WHERE national_number = ?"));
    person.addBindValue(nationalNumber);
    if (person.exec() && person.next()) {
        caller.givenName = person.value(0).toString();
        caller.surname = person.value(1).toString();
        for (const QString &role :
             person.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!caller.roles.contains(role))
                caller.roles.append(role);
        }
    }
    QSqlQuery mandates(db());
    mandates.prepare(QStringLiteral(
        "SELECT m.enterprise_number, e.name, m.capacity, m.via_enterprise_number, v.name "
        "FROM mandates m JOIN enterprises e ON e.number = m.enterprise_number "
        "LEFT JOIN enterprises v ON v.number = m.via_enterprise_number "
        "WHERE m.national_number = ? ORDER BY m.enterprise_number"));
    mandates.addBindValue(nationalNumber);
    if (mandates.exec()) {
        while (mandates.next()) {
            caller.mandates.append(
                Caller::Mandate{mandates.value(0).toString(), mandates.value(1).toString(),
                                mandates.value(2).toString(), mandates.value(3).toString(),
                                mandates.value(4).toString()});
        }
    }
    return caller;
}

} // namespace guichet::sandbox

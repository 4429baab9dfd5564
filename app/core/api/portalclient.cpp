#include "core/api/portalclient.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace guichet::api {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::api", text);
}

Error networkError(QNetworkReply *reply, bool timedOut)
{
    const QString where = reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (timedOut) {
        return Error{QStringLiteral("timeout"),
                     tr("The portal at %1 did not answer in time.").arg(where),
                     {where}};
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error{QStringLiteral("tls"),
                     tr("The secure connection to %1 failed: %2").arg(where, reply->errorString()),
                     {where, reply->errorString()}};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return Error{QStringLiteral("unreachable"),
                     tr("The portal at %1 cannot be reached: %2").arg(where, reply->errorString()),
                     {where, reply->errorString()}};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Error{QStringLiteral("timeout"),
                     tr("The portal at %1 did not answer in time.").arg(where),
                     {where}};
    default:
        return Error{QStringLiteral("network"),
                     tr("Talking to the portal at %1 failed: %2").arg(where, reply->errorString()),
                     {where, reply->errorString()}};
    }
}
} // namespace

PortalClient::PortalClient(const ClientConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_nam(new QNetworkAccessManager(this))
{
    switch (m_config.proxyMode) {
    case ClientConfig::Proxy::None:
        m_nam->setProxy(QNetworkProxy::NoProxy);
        break;
    case ClientConfig::Proxy::Manual:
        m_nam->setProxy(m_config.manualProxy);
        break;
    case ClientConfig::Proxy::System:
        break; // QNetworkProxyFactory's system configuration, set by the application
    }
    // A reply is "final" for the outbox only when its body arrived whole.
    m_nam->setAutoDeleteReplies(false);
}

PortalClient::~PortalClient()
{
    clearAccessToken();
}

QString PortalClient::origin() const
{
    const QUrl &u = m_config.server;
    return QStringLiteral("https://%1:%2").arg(u.host().toLower()).arg(u.port(443));
}

void PortalClient::setAccessToken(const QByteArray &token)
{
    clearAccessToken();
    m_accessToken = token;
}

void PortalClient::clearAccessToken()
{
    if (!m_accessToken.isEmpty()) {
        m_accessToken.fill('\0');
        m_accessToken.clear();
    }
}

QUrl PortalClient::urlFor(const QString &path) const
{
    QUrl url = m_config.server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(base + QStringLiteral("/api/v1") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

void PortalClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QMap<QByteArray, QByteArray> &headers, Callback done)
{
    QNetworkRequest req(urlFor(path));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.caCertificates.isEmpty())
        ssl.setCaCertificates(m_config.caCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(m_config.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json, application/problem+json");
    req.setRawHeader("Accept-Language", m_config.language.toLatin1());
    req.setRawHeader("User-Agent", "Guichet/" + QCoreApplication::applicationVersion().toLatin1());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_accessToken);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());

    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    qCDebug(lcApi) << method << req.url().path();
    auto timedOut = std::make_shared<bool>(false);
    // The transfer timeout covers stalls; this one covers a server that trickles forever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_config.timeoutMs * 2);
    QObject::connect(reply, &QNetworkReply::finished, this, [reply, timedOut, done] {
        reply->deleteLater();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid()) {
            done(networkError(reply, *timedOut));
            return;
        }
        Reply r;
        r.status = statusAttr.toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status < 400 && r.body.isEmpty()) {
            // The connection broke after the status line: not a usable answer.
            done(networkError(reply, *timedOut));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            r.json = doc.object();
        done(r);
    });
}

Expected<Reply> PortalClient::requestSync(const QByteArray &method, const QString &path,
                                          const QByteArray &body,
                                          const QMap<QByteArray, QByteArray> &headers)
{
    QEventLoop loop;
    std::optional<Expected<Reply>> result;
    request(method, path, body, headers, [&](const Expected<Reply> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Expected<Reply> PortalClient::postJson(const QString &path, const QJsonObject &body,
                                       const QMap<QByteArray, QByteArray> &headers)
{
    return requestSync("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace guichet::api

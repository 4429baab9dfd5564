#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace guichet::api {

// How to reach the portal. TLS trusts exactly `caCertificates` when it is not empty (the demo
// trusts the sandbox's CA, nothing else) and the system store otherwise; certificate errors are
// never ignored.
struct ClientConfig
{
    QUrl server; // e.g. https://127.0.0.1:8443 (the /api/v1 prefix is added here)
    QList<QSslCertificate> caCertificates;
    enum class Proxy
    {
        System,
        None,
        Manual
    } proxyMode = Proxy::System;
    QNetworkProxy manualProxy;
    int timeoutMs = 20000;
    QString language = QStringLiteral("en"); // Accept-Language
};

// One HTTP answer. `problem` is filled for application/problem+json bodies.
struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isProblem() const { return status >= 400; }
    QString reason() const { return json.value(QLatin1String("reason")).toString(); }
    QString detail() const { return json.value(QLatin1String("detail")).toString(); }
};

// Error codes of a request that got no HTTP answer: "unreachable" (refused, host not found,
// closed), "timeout", "tls" (certificate or handshake; params hold the TLS errors), "network".
// Replies with any HTTP status, 4xx and 5xx included, are values, not errors.
class PortalClient : public QObject
{
    Q_OBJECT

public:
    explicit PortalClient(const ClientConfig &config, QObject *parent = nullptr);
    ~PortalClient() override;

    const ClientConfig &config() const { return m_config; }
    // The normalised origin Web eID signs over: https://host:port.
    QString origin() const;

    // Kept in memory only; clearAccessToken() overwrites the bytes before releasing them.
    void setAccessToken(const QByteArray &token);
    void clearAccessToken();
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    using Callback = std::function<void(const Expected<Reply> &)>;
    // `path` is relative to /api/v1 (e.g. "/declarations"), may carry a query.
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &headers, Callback done);
    // The same, waiting in a local event loop (CLI, worker threads, tests).
    Expected<Reply> requestSync(const QByteArray &method, const QString &path,
                                const QByteArray &body = {},
                                const QMap<QByteArray, QByteArray> &headers = {});
    Expected<Reply> getJson(const QString &path) { return requestSync("GET", path); }
    Expected<Reply> postJson(const QString &path, const QJsonObject &body,
                             const QMap<QByteArray, QByteArray> &headers = {});

    QUrl urlFor(const QString &path) const;

private:
    ClientConfig m_config;
    QNetworkAccessManager *m_nam;
    QByteArray m_accessToken;
};

} // namespace guichet::api

#pragma once

#include "core/api/portalclient.h"
#include "core/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Requests to the portal as the signed-in person, for the features that do not own the portal
// client (workspaces, receipts, quotas). The GUI's EidController implements it over the client
// on its eID thread (where the access token lives); ClientPortalAccess wraps a client of the
// caller's own thread (the CLI, tests signed in against the sandbox).
//
//   access.request("GET", "/me/audit", {}, {}, this, [this](const Expected<api::Reply> &reply) {
//       if (!reply) showError(reply.error().message); else show(reply->json);
//   });
namespace guichet::api {

class PortalAccess
{
public:
    virtual ~PortalAccess() = default;

    using Callback = std::function<void(const Expected<Reply> &)>;
    // Sends one request (path below /api/v1). `done` runs on `context`'s thread, and not at all
    // when context is destroyed first. Errors as PortalClient's, plus "not-signed-in".
    virtual void request(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QMap<QByteArray, QByteArray> &headers, QObject *context,
                         Callback done) = 0;
    void get(const QString &path, QObject *context, Callback done)
    {
        request("GET", path, {}, {}, context, std::move(done));
    }

    virtual bool isSignedIn() const = 0;
    // GET /me of the signed-in person (nationalNumber, name, roles, mandates), empty otherwise.
    virtual QJsonObject identity() const = 0;

    static Error notSignedIn();

protected:
    // For request() when nobody is signed in: `done` gets notSignedIn() from context's event
    // loop, never from within the call (a caller may call request() again from its callback, or
    // still be setting up what the callback uses), and not at all when context is destroyed
    // first.
    static void refuseNotSignedIn(QObject *context, Callback done);
};

// PortalAccess over a client that lives on the caller's thread and already holds an access
// token (setAccessToken), with the identity /me gave.
class ClientPortalAccess : public PortalAccess
{
public:
    ClientPortalAccess(PortalClient &client, QJsonObject identity)
        : m_client(client), m_identity(std::move(identity))
    {}

    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &headers, QObject *context,
                 Callback done) override;
    bool isSignedIn() const override { return m_client.hasAccessToken(); }
    QJsonObject identity() const override { return m_identity; }

private:
    PortalClient &m_client;
    QJsonObject m_identity;
};

} // namespace guichet::api

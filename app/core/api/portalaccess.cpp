#include "core/api/portalaccess.h"

#include <QCoreApplication>

namespace guichet::api {

Error PortalAccess::notSignedIn()
{
    return Error{QStringLiteral("not-signed-in"),
                 QCoreApplication::translate("guichet::api",
                                             "Sign in with your eID card to reach the portal."),
                 {}};
}

void PortalAccess::refuseNotSignedIn(QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done)] {
            if (guard)
                done(notSignedIn());
        },
        Qt::QueuedConnection);
}

void ClientPortalAccess::request(const QByteArray &method, const QString &path,
                                 const QByteArray &body,
                                 const QMap<QByteArray, QByteArray> &headers, QObject *context,
                                 Callback done)
{
    if (!m_client.hasAccessToken()) {
        refuseNotSignedIn(context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    m_client.request(method, path, body, headers,
                     [guard, done = std::move(done)](const Expected<Reply> &reply) {
                         if (guard)
                             done(reply);
                     });
}

} // namespace guichet::api

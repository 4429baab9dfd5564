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

void ClientPortalAccess::request(const QByteArray &method, const QString &path,
                                 const QByteArray &body,
                                 const QMap<QByteArray, QByteArray> &headers, QObject *context,
                                 Callback done)
{
    QPointer<QObject> guard(context);
    if (!m_client.hasAccessToken()) {
        QMetaObject::invokeMethod(
            context,
            [guard, done = std::move(done)] {
                if (guard)
                    done(notSignedIn());
            },
            Qt::QueuedConnection);
        return;
    }
    m_client.request(method, path, body, headers,
                     [guard, done = std::move(done)](const Expected<Reply> &reply) {
                         if (guard)
                             done(reply);
                     });
}

} // namespace guichet::api

#include "core/receipt/receiptloader.h"

#include <QCoreApplication>
#include <QUrl>

namespace guichet::receipt {

Error ReceiptLoader::errorFor(const api::Reply &reply, const QString &declarationId)
{
    if (reply.status == 409 || reply.reason() == QLatin1String("not-final")) {
        return Error{QString::fromLatin1(errors::notFinal),
                     QCoreApplication::translate(
                         "guichet::receipt",
                         "The portal has not processed declaration %1 yet: its receipt exists "
                         "once it has.")
                         .arg(declarationId),
                     {declarationId}};
    }
    if (reply.status == 404) {
        return Error{QString::fromLatin1(errors::notFound),
                     QCoreApplication::translate("guichet::receipt",
                                                 "The portal knows no declaration %1 of yours.")
                         .arg(declarationId),
                     {declarationId}};
    }
    const QString detail = reply.detail().isEmpty() ? reply.reason() : reply.detail();
    return Error{QString::fromLatin1(errors::portal),
                 detail.isEmpty()
                     ? QCoreApplication::translate("guichet::receipt",
                                                   "The portal did not give the receipt (HTTP %1).")
                           .arg(reply.status)
                     : QCoreApplication::translate(
                           "guichet::receipt", "The portal did not give the receipt (HTTP %1): %2.")
                           .arg(reply.status)
                           .arg(detail),
                 {QString::number(reply.status), detail}};
}

void ReceiptLoader::load(api::PortalAccess &access, const QString &declarationId, QObject *context,
                         Callback done)
{
    const QString path = QStringLiteral("/declarations/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(declarationId));
    access.get(path, context,
               [&access, path, declarationId, context,
                done = std::move(done)](const Expected<api::Reply> &declaration) mutable {
                   if (!declaration) {
                       done(declaration.error());
                       return;
                   }
                   if (declaration->status != 200) {
                       done(errorFor(*declaration, declarationId));
                       return;
                   }
                   const QJsonObject object = declaration->json;
                   if (object.value(QLatin1String("status")).toString() != QLatin1String("done")) {
                       api::Reply notDone;
                       notDone.status = 409;
                       done(errorFor(notDone, declarationId));
                       return;
                   }
                   access.get(path + QStringLiteral("/receipt"), context,
                              [object, declarationId,
                               done = std::move(done)](const Expected<api::Reply> &receipt) {
                                  if (!receipt) {
                                      done(receipt.error());
                                      return;
                                  }
                                  if (receipt->status != 200) {
                                      done(errorFor(*receipt, declarationId));
                                      return;
                                  }
                                  done(ReceiptData::fromPortal(receipt->body, object));
                              });
               });
}

} // namespace guichet::receipt

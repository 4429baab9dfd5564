#pragma once

#include "core/api/portalaccess.h"
#include "core/expected.h"
#include "core/receipt/receiptdata.h"

#include <QObject>
#include <QString>

#include <functional>

// Fetches what a receipt needs from the portal: GET /declarations/{id}, then its signed receipt
// (GET /declarations/{id}/receipt), and builds the ReceiptData.
namespace guichet::receipt {

class ReceiptLoader
{
public:
    using Callback = std::function<void(const Expected<ReceiptData> &)>;

    // `done` runs once on context's thread (not at all once context is gone). Errors: notFinal
    // (the portal has not processed it), notFound, portal (another answer), invalid, mismatch,
    // and PortalAccess's own (not-signed-in, unreachable, timeout, tls...).
    // `access` must outlive the request.
    static void load(api::PortalAccess &access, const QString &declarationId, QObject *context,
                     Callback done);

    // The error for an answer of GET /declarations/{id}[/receipt] other than 200.
    static Error errorFor(const api::Reply &reply, const QString &declarationId);
};

} // namespace guichet::receipt

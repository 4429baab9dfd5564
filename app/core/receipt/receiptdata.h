#pragma once

#include "core/expected.h"
#include "core/sync/outboxitem.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// What a receipt says: the declaration as the portal processed it and the portal's signature
// over it (GET /declarations/{id}/receipt, api/openapi.yaml "Receipt"), plus what the client
// itself knows (the declaration's status and Dimona period, the data it sent). No widgets: the
// renderer turns it into HTML, the UI into a PDF.
namespace guichet::receipt {

// Error codes of the receipt module (Error::code).
namespace errors {
inline constexpr char invalid[] = "receipt.invalid";       // not a receipt (missing members...)
inline constexpr char mismatch[] = "receipt.mismatch";     // receipt and declaration disagree
inline constexpr char notFinal[] = "receipt.notFinal";     // the portal has not processed it yet
inline constexpr char notFound[] = "receipt.notFound";     // no such declaration for this person
inline constexpr char portal[] = "receipt.portal";         // any other answer of the portal
inline constexpr char noTemplate[] = "receipt.noTemplate"; // resources/receipt missing
} // namespace errors

// The outcome of a check the client makes itself.
enum class Check
{
    NotChecked, // nothing to check against (no signature, the data sent is not known)
    Valid,
    Invalid,
};

struct ReceiptData
{
    QString declarationId;
    QString ticket;
    QString formId;
    int formVersion = 0;
    QString status; // the portal's words ("done" once there is a receipt)
    QString result; // A | W | B | S
    QList<sync::Anomaly> anomalies;
    QDateTime submittedAt; // UTC
    QDateTime completedAt; // UTC
    QString declarantName;
    QString declarantNationalNumber;
    QString onBehalfOf; // enterprise or citizen number; empty when for the declarant themself
    QString periodId;   // Dimona: the period created or referred to

    // The portal's seal: dataSha256 is its hash of the data it received, the signature covers
    // every member of the receipt (ES256, raw r ‖ s) with the key of certificateDer.
    QString dataSha256;
    QString signatureAlgorithm;
    QByteArray signatureValue; // raw bytes (decoded from base64)
    QByteArray certificateDer;
    Check signatureCheck = Check::NotChecked; // the signature against certificateDer's key
    Check dataCheck = Check::NotChecked;      // dataSha256 against the data the client sent

    // The data as the client sent it (setSubmittedData), for the receipt's main fields.
    QJsonValue data = QJsonValue::Undefined;

    bool hasData() const { return !data.isUndefined() && !data.isNull(); }
    // The receipt key's identifier: the lowercase hex SHA-256 of its certificate.
    QString keyFingerprint() const;

    // The portal's answers: `receiptJson` is the raw body of GET /declarations/{id}/receipt
    // (raw, so that the signature is checked over the members in the order they came);
    // `declaration` the object of GET /declarations/{id}, or empty. Errors: invalid, mismatch
    // (the two name another declaration or another result).
    static Expected<ReceiptData> fromPortal(const QByteArray &receiptJson,
                                            const QJsonObject &declaration = {});
    // A finished outbox item's result with the receipt the portal gave for it.
    static Expected<ReceiptData> fromOutbox(const sync::OutboxResult &result,
                                            const QByteArray &receiptJson);

    // Records the data as sent (the "data" member of POST /declarations) and checks dataSha256
    // against it, serialised as the portal hashes it.
    void setSubmittedData(const QJsonValue &sent);

    // The SHA-256 the portal computes over data: compact JSON, members in the order sent.
    static QString dataHash(const QJsonValue &data);
};

} // namespace guichet::receipt

#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/expected.h"

#include <optional>
#include <variant>

// What the outbox hands out: one queued submission (OutboxItem), where it stands (OutboxState)
// and what the portal answered (OutboxResult, decrypted), with the anomalies by form field.
namespace guichet::sync {

// Success without a value (the same type as drafts::Status).
using Status = Expected<std::monostate>;

// Error codes of the sync module (Error::code), besides the drafts module's storage-* and key
// codes that opening the store can give.
namespace errors {
inline constexpr char notFound[] = "outbox-not-found"; // no such item (for this owner)
inline constexpr char damaged[] = "outbox-damaged";    // an envelope fails authentication
inline constexpr char invalid[] = "outbox-invalid";    // refused at enqueue (bad on-behalf-of...)
inline constexpr char badState[] = "outbox-state";     // a transition from the wrong state
inline constexpr char otherDeclarant[] = "outbox-declarant"; // first sent by someone else
inline constexpr char paused[] = "outbox-paused";            // never sent, and its batch is paused
} // namespace errors

// queued → sending → received → processing → accepted | accepted-with-warnings | refused |
// waiting; failed on a permanent refusal of the request itself. A retry keeps the state it
// failed in ("sending": the portal may or may not have it; the same Idempotency-Key tells).
enum class OutboxState
{
    Queued,               // written, never attempted (or answered "not now" before processing)
    Sending,              // a POST was started; its outcome is unknown until an answer arrives
    Received,             // the portal has it (201/200), not yet processing
    Processing,           // the portal is processing it
    Accepted,             // result A
    AcceptedWithWarnings, // result W
    Refused,              // result B (blocking anomalies)
    Waiting,              // result S: done, but the portal waits for more (e.g. a national number)
    Failed,               // the request itself was refused (400, 403, 404, 409...): problem kept
};

QString stateName(OutboxState state);
std::optional<OutboxState> stateFromName(const QString &name);
// No further request will change it.
bool isFinal(OutboxState state);
// The state for a declaration the portal reports "done" with this result letter.
std::optional<OutboxState> stateForResult(const QString &letter);

// One anomaly of a declaration, in the portal's words (every language it sent).
struct Anomaly
{
    QString code; // "00913-354", "SCHEMA-format"...
    bool blocking = true;
    QString pointer; // JSON Pointer into the submitted data ("" = the whole document)
    QString field;   // where a form shows it, when the portal says it differs from pointer
    QHash<QString, QString> messages; // language → text

    // The message in language, else English, else any.
    QString message(const QString &language) const;
    // The pointer of the field a form should mark: field when given, else pointer.
    QString fieldPointer() const { return field.isEmpty() ? pointer : field; }

    static Anomaly fromJson(const QJsonObject &object);
};

// What the client knows of the declaration on the portal (sealed at rest).
struct OutboxResult
{
    QString declarationId;
    QString ticket;
    QString status; // received | processing | done (portal's words), empty before any answer
    QString result; // A | W | B | S once done
    QJsonArray anomalies;
    QString submittedAt;
    QString completedAt;
    QJsonObject problem; // the problem+json of a refused request (state failed)

    bool isEmpty() const { return declarationId.isEmpty() && problem.isEmpty(); }
    QList<Anomaly> anomalyList() const;
    // The anomalies by the JSON Pointer of the field they belong to (Anomaly::fieldPointer()),
    // in the portal's order: what the form view marks on the draft's fields.
    QHash<QString, QList<Anomaly>> anomaliesByField() const;

    QJsonObject toJson() const;
    static OutboxResult fromJson(const QJsonObject &object);
};

struct OutboxItem
{
    QString id;
    QString idempotencyKey;
    QString draftId; // the draft it was submitted from, if any
    QString formId;
    int formVersion = 0;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;      // POSTs started
    int polls = 0;         // status requests started
    QDateTime nextAttempt; // UTC; when the worker may act on it next (pending states)
    QString lastError;     // why the last request did not move it on (no personal data)
    QDateTime created;
    QDateTime updated;
    QDateTime completed;  // when it reached a final state
    OutboxResult result;  // filled by Outbox::item()/items() (decrypted)
    bool damaged = false; // items(): the result did not decrypt (altered row)
    QString batchId;      // the batch it was queued in, if any
    int batchIndex = -1;  // its position in that batch (0-based), -1 outside a batch
    QString label;        // what the batch calls it (e.g. the worker's name), decrypted

    bool isFinal() const { return sync::isFinal(state); }
};

} // namespace guichet::sync

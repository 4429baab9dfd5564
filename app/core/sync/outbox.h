#pragma once

#include "core/drafts/database.h"
#include "core/drafts/keyprovider.h"
#include "core/expected.h"
#include "core/sync/batchprogress.h"
#include "core/sync/outboxitem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace guichet::drafts {
class DraftStore;
}

// The outbox: submissions waiting for the portal, in the drafts file (DIR/drafts.sqlite, table
// `outbox`, migration step 2), so that the queue survives a crash, a kill or a restart. Each item
// gets its Idempotency-Key (a random UUID) in the same transaction that queues it, before any
// attempt: every retry, from this process or the next, sends the same key, and the portal files
// the declaration once. The request body, the identity it was first sent as and the portal's
// answers are sealed with the owner's data key (drafts::AesGcm), bound to their row.
//
//   auto outbox = Outbox::open(draftStore);                      // same owner and key
//   auto item = (*outbox)->enqueue({"dimona", 1, json, {}, draftId});
//   OutboxWorker worker(**outbox, client);  worker.start();      // sends, retries, polls
//
// A batch (enqueueBatch) is a set of items queued in one transaction under a label, e.g. a Dimona
// for each of forty workers: its progress is counted from its items' states, and pausing it
// holds the items never sent while those already sent go on to their result. Resuming never
// sends anything twice: each item keeps the key it was queued with.
//
// The worker drives the transitions (begin*/record*/retry); the GUI and the CLI read items.
// Thread rules: as DraftStore (one thread per Outbox; open another on another thread with the
// same DataKey). Several processes may share the file: transitions are guarded by the state they
// start from, and an item being worked on is claimed for a while (claimedUntil).
namespace guichet::sync {

class Outbox
{
public:
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Opens the outbox of owner in DIR/drafts.sqlite with the owner's data key, checked against
    // the file's key records (key-missing otherwise). Errors: the drafts module's storage-*,
    // key-missing.
    static Expected<std::unique_ptr<Outbox>> open(const QString &dataDir, const QString &owner,
                                                  const drafts::DataKey &key);
    // The same owner, key and file as an open draft store (a second connection).
    static Expected<std::unique_ptr<Outbox>> open(const drafts::DraftStore &store);

    QString owner() const { return m_owner; }
    QString dataDirectory() const { return m_dataDir; }

    // What to submit. data must be the JSON document, already validated in full by the caller
    // (the GUI's and the CLI's Submit): the outbox does not know forms.
    struct Submission
    {
        QString formId;
        int formVersion = 0;
        QByteArray data;
        QString onBehalfOf; // enterprise (10 digits) or national number (11), or empty
        QString draftId;    // the draft submitted, if any: its sync state follows the item
    };
    // Queues a submission (state queued, due now) with a fresh Idempotency-Key, in one
    // transaction; the draft, if given, goes to sync state "queued". Errors: outbox-invalid
    // (data is not JSON, bad onBehalfOf or form), storage-*.
    Expected<OutboxItem> enqueue(const Submission &submission);

    // One item with its result decrypted. Errors: outbox-not-found, outbox-damaged, storage-*.
    Expected<OutboxItem> item(const QString &id) const;
    // Every item of the owner, oldest first. A row whose result does not decrypt is listed with
    // its state and lastError, its result empty and damaged set.
    struct ListOptions
    {
        bool pendingOnly = false;
    };
    Expected<std::vector<OutboxItem>> items(const ListOptions &options) const;
    Expected<std::vector<OutboxItem>> items() const { return items(ListOptions{}); }

    struct Counts
    {
        int pending = 0;  // queued, sending, received, processing
        int finished = 0; // final states
        int total() const { return pending + finished; }
        int paused = 0; // of pending: never sent and held by a paused batch
    };
    Expected<Counts> counts() const;

    // --- Batches ---------------------------------------------------------------------------
    // Queues the submissions as one batch, in one transaction (all or none), each with its own
    // Idempotency-Key as enqueue() gives it. itemLabels, when given (one per submission), name
    // the items in the batch's result list (sealed, like the batch's label). Returns the batch
    // id. Errors: outbox-invalid (no submission, labels that do not match, or a submission
    // enqueue() would refuse: the message says which one), storage-*.
    Expected<QString> enqueueBatch(const QList<Submission> &submissions, const QString &label,
                                   const QStringList &itemLabels = {});
    // Errors: outbox-not-found, storage-*. A label that does not decrypt is reported by
    // labelDamaged, not as an error (the counts are still right).
    Expected<BatchProgress> batchProgress(const QString &batchId) const;
    // Every batch of the owner, newest first.
    Expected<std::vector<BatchProgress>> batches() const;
    // The batch's items in batch order with their results and labels decrypted (damaged set
    // for a row that does not open, as items()). With changedSince, only the items changed at or
    // after it (BatchProgress::lastChanged of the previous read): what a result list polls for.
    // Errors: outbox-not-found, storage-*.
    Expected<std::vector<OutboxItem>> batchItems(const QString &batchId,
                                                 const QDateTime &changedSince = {}) const;
    // Holds the batch's items that were never sent: due() skips them and beginSend() refuses
    // them (outbox-paused) from the moment this returns, in this process and any other. Items
    // already sent are still sent again with their key when their answer was lost, and polled
    // until their result is known. Pausing a paused batch is fine. Errors: outbox-not-found.
    Status pauseBatch(const QString &batchId);
    // Lets the held items go again (wake the worker after). Errors: outbox-not-found.
    Status resumeBatch(const QString &batchId);
    // Deletes a batch with its items once none is in progress (sending, received, processing):
    // the finished ones and those never sent (a paused batch the user gives up on). Errors:
    // outbox-not-found, outbox-state (items in progress), storage-*.
    Status removeBatch(const QString &batchId);

    // The request body as queued (decrypted): {"formId", "formVersion", "onBehalfOf"?, "data"}.
    // Errors: outbox-not-found, outbox-damaged, key-missing.
    Expected<QByteArray> requestBody(const QString &id) const;

    // --- For the worker ------------------------------------------------------------------
    // Pending items whose next attempt is due at `now` and that nobody claims: those already
    // sent first (finishing what was started gives results steadily, a rate to estimate from,
    // and fewer items in doubt when a batch is cancelled), then oldest due first.
    Expected<std::vector<OutboxItem>> due(const QDateTime &now, int limit) const;
    // When the next pending item becomes due (its next attempt, or the end of its claim),
    // nullopt when nothing is pending.
    Expected<std::optional<QDateTime>> nextDue() const;
    // A restarted worker takes back what a killed one held: every claim of this owner ends, so
    // items left "sending" are sent again (with their key) as soon as they are due.
    Expected<int> releaseClaims();

    // queued|sending → sending: attempts + 1, claimed until `claimUntil`. The first attempt
    // binds the item to `declarant` (the signed-in national number, sealed); an item first sent
    // by someone else is refused (outbox-declarant): the portal's idempotency is per caller, so
    // sending it as another person would file it twice. Errors: outbox-state, outbox-not-found.
    Expected<OutboxItem> beginSend(const QString &id, const QString &declarant,
                                   const QDateTime &claimUntil);
    // received|processing: polls + 1, claimed until `claimUntil`. Only the declarant may ask
    // (to anyone else the portal would say 404): outbox-declarant otherwise.
    Expected<OutboxItem> beginPoll(const QString &id, const QString &declarant,
                                   const QDateTime &claimUntil);
    // The request did not move the item on: release the claim, keep the state (or set
    // `state`, e.g. sending → queued when the portal answered that it did not take it), try
    // again at nextAttempt.
    Status retry(const QString &id, const QDateTime &nextAttempt, const QString &lastError,
                 std::optional<OutboxState> state = std::nullopt);
    // The portal's answer about the declaration (201/200 to the POST, or a status poll): stores
    // the result and moves to the state it implies (received, processing, or the final state of
    // the result letter); a pending one is polled at nextAttempt. The draft's sync state follows.
    Status recordDeclaration(const QString &id, const OutboxResult &result,
                             const QDateTime &nextAttempt);
    // A permanent refusal of the request (400, 403, 404, 409...): final state failed, the
    // problem kept in the result; the draft's sync state becomes "rejected".
    Status recordFailure(const QString &id, const QJsonObject &problem, const QString &lastError);

    // Deletes a final item (the user cleared it). Errors: outbox-not-found, outbox-state.
    Status remove(const QString &id);

private:
    Outbox() = default;
    // The row an envelope is bound to (its associated data).
    struct Row
    {
        QString id;
        QString idempotencyKey;
        QString formId;
        int formVersion = 0;
    };
    // A submission checked and sealed, ready to insert.
    struct Prepared
    {
        Row row;
        QByteArray payload;
        QString draftId;
    };
    Expected<Prepared> prepare(const Submission &submission) const;
    // Inside the caller's transaction.
    Status insert(const Prepared &prepared, qint64 now, const QString &batchId = {},
                  int batchIndex = -1, const QString &itemLabel = {});
    QByteArray sealBatchLabel(const QString &batchId, const QString &label) const;
    Expected<std::vector<BatchProgress>> loadBatches(const QString &batchId) const;
    // Decrypts the result and label of a row read with the item columns; false if one does not
    // open.
    bool openEnvelopes(const QSqlQuery &q, OutboxItem &item) const;
    QByteArray seal(const char *purpose, const Row &row, const QByteArray &plain) const;
    std::optional<QByteArray> unseal(const char *purpose, const Row &row,
                                     const QByteArray &envelope) const;
    Expected<OutboxItem> readOne(const QString &id, bool withResult) const;
    // Whether the sealed declarant of the row is `declarant` (outbox-declarant if not,
    // outbox-damaged if it does not open).
    Status checkDeclarant(const Row &row, const QByteArray &sealed, const QString &declarant) const;
    Status setDraftSyncState(const QString &draftId, OutboxState state);

    QString m_dataDir;
    QString m_owner;
    drafts::DataKey m_key;
    std::unique_ptr<drafts::Database> m_db;
};

} // namespace guichet::sync

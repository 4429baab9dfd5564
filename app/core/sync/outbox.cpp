#include "outbox.h"

#include "core/drafts/aesgcm.h"
#include "core/drafts/draft.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/migrations.h"
#include "core/drafts/secretkey.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace guichet::sync {

namespace {

Error notFound(const QString &id)
{
    return Error{
        QString::fromLatin1(errors::notFound),
        QCoreApplication::translate("guichet::sync", "There is no submission %1 in the outbox.")
            .arg(id),
        {id}};
}

Error damaged(const QString &id)
{
    return Error{QString::fromLatin1(errors::damaged),
                 QCoreApplication::translate(
                     "guichet::sync",
                     "The submission %1 in the outbox is damaged or was altered: it cannot be "
                     "decrypted.")
                     .arg(id),
                 {id}};
}

Error badState(const QString &id, const QString &state)
{
    return Error{QString::fromLatin1(errors::badState),
                 QCoreApplication::translate("guichet::sync",
                                             "The submission %1 cannot do that in state %2.")
                     .arg(id, state),
                 {id, state}};
}

Error invalid(const QString &message, const QStringList &params = {})
{
    return Error{QString::fromLatin1(errors::invalid), message, params};
}

qint64 msecs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMsecs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString pendingStates =
    QStringLiteral("state IN ('queued', 'sending', 'received', 'processing')");

// Not an item held by a paused batch (never sent: state queued). Items already sent go on.
const QString notHeld =
    QStringLiteral("NOT (state = 'queued' AND batch_id IS NOT NULL AND batch_id IN (SELECT id "
                   "FROM outbox_batches WHERE paused = 1))");

// The columns every item query reads, in this order (see readItem()).
const QString itemColumns = QStringLiteral(
    "id, idempotency_key, draft_id, form_id, form_version, state, attempts, polls, "
    "next_attempt_at, last_error, created_at, updated_at, completed_at, key_id, result, "
    "batch_id, batch_index, item_label");
enum Column
{
    ColId,
    ColKey,
    ColDraft,
    ColFormId,
    ColFormVersion,
    ColState,
    ColAttempts,
    ColPolls,
    ColNext,
    ColLastError,
    ColCreated,
    ColUpdated,
    ColCompleted,
    ColKeyId,
    ColResult,
    ColBatch,
    ColBatchIndex,
    ColItemLabel,
};

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(ColId).toString();
    item.idempotencyKey = q.value(ColKey).toString();
    item.draftId = q.value(ColDraft).toString();
    item.formId = q.value(ColFormId).toString();
    item.formVersion = q.value(ColFormVersion).toInt();
    // A state this build does not know (a newer one wrote it) is shown as failed: never sent.
    item.state = stateFromName(q.value(ColState).toString()).value_or(OutboxState::Failed);
    item.attempts = q.value(ColAttempts).toInt();
    item.polls = q.value(ColPolls).toInt();
    item.nextAttempt = fromMsecs(q.value(ColNext));
    item.lastError = q.value(ColLastError).toString();
    item.created = fromMsecs(q.value(ColCreated));
    item.updated = fromMsecs(q.value(ColUpdated));
    item.completed = fromMsecs(q.value(ColCompleted));
    item.batchId = q.value(ColBatch).toString();
    item.batchIndex = q.value(ColBatchIndex).isNull() ? -1 : q.value(ColBatchIndex).toInt();
    return item;
}

QByteArray batchLabelData(const QString &batchId, const QString &owner)
{
    return drafts::AesGcm::associatedData(
        {QStringLiteral("guichet-outbox-batch/1"), QStringLiteral("label"), batchId, owner});
}

// Where the draft stands once the item is in this state (drafts::SyncState's names).
drafts::SyncState draftStateFor(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
    case OutboxState::Sending:
        return drafts::SyncState::Queued;
    case OutboxState::Received:
    case OutboxState::Processing:
    case OutboxState::Waiting:
        return drafts::SyncState::Sent;
    case OutboxState::Accepted:
    case OutboxState::AcceptedWithWarnings:
        return drafts::SyncState::Accepted;
    case OutboxState::Refused:
    case OutboxState::Failed:
        return drafts::SyncState::Rejected;
    }
    return drafts::SyncState::Queued;
}

// The state a portal answer about a declaration implies.
std::optional<OutboxState> stateForDeclaration(const OutboxResult &result)
{
    if (result.status == QLatin1String("received"))
        return OutboxState::Received;
    if (result.status == QLatin1String("processing"))
        return OutboxState::Processing;
    if (result.status == QLatin1String("done"))
        return stateForResult(result.result);
    return std::nullopt;
}

} // namespace

Outbox::~Outbox() = default;

Expected<std::unique_ptr<Outbox>> Outbox::open(const QString &dataDir, const QString &owner,
                                               const drafts::DataKey &key)
{
    // Opening a draft store with the key checks it against the owner's key records and brings
    // the file to the latest schema (the outbox table included).
    auto check = drafts::DraftStore::open(dataDir, owner, key);
    if (!check)
        return check.error();
    std::unique_ptr<Outbox> outbox(new Outbox);
    outbox->m_dataDir = (*check)->dataDirectory();
    outbox->m_owner = owner;
    outbox->m_key = key;
    auto db = drafts::Database::open((*check)->filePath());
    if (!db)
        return db.error();
    outbox->m_db = std::move(*db);
    return outbox;
}

Expected<std::unique_ptr<Outbox>> Outbox::open(const drafts::DraftStore &store)
{
    return open(store.dataDirectory(), store.owner(), store.dataKey());
}

QByteArray Outbox::seal(const char *purpose, const Row &row, const QByteArray &plain) const
{
    return drafts::AesGcm::seal(
        m_key.key, plain,
        drafts::AesGcm::associatedData({QStringLiteral("guichet-outbox/1"),
                                        QString::fromLatin1(purpose), row.id, row.idempotencyKey,
                                        row.formId, QString::number(row.formVersion), m_owner}));
}

std::optional<QByteArray> Outbox::unseal(const char *purpose, const Row &row,
                                         const QByteArray &envelope) const
{
    return drafts::AesGcm::open(
        m_key.key, envelope,
        drafts::AesGcm::associatedData({QStringLiteral("guichet-outbox/1"),
                                        QString::fromLatin1(purpose), row.id, row.idempotencyKey,
                                        row.formId, QString::number(row.formVersion), m_owner}));
}

Expected<Outbox::Prepared> Outbox::prepare(const Submission &submission) const
{
    static const QRegularExpression formPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    static const QRegularExpression partyPattern(QStringLiteral("^([0-9]{10}|[0-9]{11})$"));
    if (!formPattern.match(submission.formId).hasMatch() || submission.formVersion < 1)
        return invalid(QCoreApplication::translate(
                           "guichet::sync", "\"%1\" version %2 is not a form the portal can know.")
                           .arg(submission.formId)
                           .arg(submission.formVersion),
                       {submission.formId, QString::number(submission.formVersion)});
    if (!submission.onBehalfOf.isEmpty() && !partyPattern.match(submission.onBehalfOf).hasMatch())
        return invalid(QCoreApplication::translate(
            "guichet::sync", "A declaration is made on behalf of an enterprise number (10 digits) "
                             "or a national number (11 digits)."));
    auto data = json::parse(
        std::string_view(submission.data.constData(), std::size_t(submission.data.size())));
    if (!data)
        return invalid(QCoreApplication::translate("guichet::sync",
                                                   "The declaration's data is not valid JSON: %1")
                           .arg(data.error().message),
                       {data.error().message});

    // Written once, sent as is on every attempt: the portal compares retries with the first body.
    json::Object body;
    body.appendUnique("formId", json::Value(submission.formId.toStdString()));
    body.appendUnique("formVersion", json::Value(std::int64_t(submission.formVersion)));
    if (!submission.onBehalfOf.isEmpty())
        body.appendUnique("onBehalfOf", json::Value(submission.onBehalfOf.toStdString()));
    body.appendUnique("data", std::move(*data));
    std::string text = json::serialize(json::Value(std::move(body)));
    QByteArray plain(text.data(), qsizetype(text.size()));
    std::fill(text.begin(), text.end(), '\0');

    Prepared prepared;
    prepared.row = Row{QUuid::createUuid().toString(QUuid::WithoutBraces),
                       QUuid::createUuid().toString(QUuid::WithoutBraces), submission.formId,
                       submission.formVersion};
    prepared.payload = seal("payload", prepared.row, plain);
    prepared.draftId = submission.draftId;
    drafts::wipe(plain);
    return prepared;
}

Status Outbox::insert(const Prepared &prepared, qint64 now, const QString &batchId, int batchIndex,
                      const QString &itemLabel)
{
    const Row &row = prepared.row;
    QVariant sealedLabel;
    if (!itemLabel.isEmpty()) {
        QByteArray plain = itemLabel.toUtf8();
        sealedLabel = seal("label", row, plain);
        drafts::wipe(plain);
    }
    auto inserted = m_db->exec(
        QStringLiteral("INSERT INTO outbox (id, owner, idempotency_key, draft_id, form_id, "
                       "form_version, payload, key_id, state, next_attempt_at, created_at, "
                       "updated_at, batch_id, batch_index, item_label) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, 'queued', ?, ?, ?, ?, ?, ?)"),
        {row.id, m_owner, row.idempotencyKey,
         prepared.draftId.isEmpty() ? QVariant() : QVariant(prepared.draftId), row.formId,
         row.formVersion, prepared.payload, m_key.keyId, now, now, now,
         batchId.isEmpty() ? QVariant() : QVariant(batchId),
         batchId.isEmpty() ? QVariant() : QVariant(batchIndex), sealedLabel});
    if (!inserted)
        return inserted.error();
    if (!prepared.draftId.isEmpty()) {
        if (auto moved = setDraftSyncState(prepared.draftId, OutboxState::Queued); !moved)
            return moved.error();
    }
    return drafts::success();
}

Expected<OutboxItem> Outbox::enqueue(const Submission &submission)
{
    auto prepared = prepare(submission);
    if (!prepared)
        return prepared.error();
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto inserted = insert(*prepared, QDateTime::currentMSecsSinceEpoch()); !inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcSync) << "queued" << prepared->row.id << submission.formId << submission.formVersion;
    return readOne(prepared->row.id, false);
}

Status Outbox::setDraftSyncState(const QString &draftId, OutboxState state)
{
    if (draftId.isEmpty())
        return drafts::success();
    // The draft store only records the sync state: the outbox moves it on, in its own
    // transactions, so a draft never says "sent" for an item that is not.
    auto done =
        m_db->exec(QStringLiteral("UPDATE drafts SET sync_state = ? WHERE id = ? AND owner = ?"),
                   {drafts::syncStateName(draftStateFor(state)), draftId, m_owner});
    if (!done)
        return done.error();
    return drafts::success();
}

Expected<OutboxItem> Outbox::readOne(const QString &id, bool withResult) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM outbox WHERE id = ? AND owner = ?").arg(itemColumns),
        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    OutboxItem item = readItem(*q);
    if (withResult && !openEnvelopes(*q, item))
        return damaged(id);
    return item;
}

bool Outbox::openEnvelopes(const QSqlQuery &q, OutboxItem &item) const
{
    const bool hasResult = !q.value(ColResult).isNull();
    const bool hasLabel = !q.value(ColItemLabel).isNull();
    if (!hasResult && !hasLabel)
        return true;
    if (q.value(ColKeyId).toString() != m_key.keyId)
        return false;
    const Row row{item.id, item.idempotencyKey, item.formId, item.formVersion};
    bool ok = true;
    if (hasResult) {
        if (auto plain = unseal("result", row, q.value(ColResult).toByteArray())) {
            item.result = OutboxResult::fromJson(QJsonDocument::fromJson(*plain).object());
            drafts::wipe(*plain);
        } else {
            ok = false;
        }
    }
    if (hasLabel) {
        if (auto plain = unseal("label", row, q.value(ColItemLabel).toByteArray())) {
            item.label = QString::fromUtf8(*plain);
            drafts::wipe(*plain);
        } else {
            ok = false;
        }
    }
    return ok;
}

Expected<OutboxItem> Outbox::item(const QString &id) const
{
    return readOne(id, true);
}

Expected<std::vector<OutboxItem>> Outbox::items(const ListOptions &options) const
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox WHERE owner = ?").arg(itemColumns);
    if (options.pendingOnly)
        sql += QStringLiteral(" AND ") + pendingStates;
    sql += QStringLiteral(" ORDER BY created_at, rowid");
    auto q = m_db->exec(sql, {m_owner});
    if (!q)
        return q.error();
    std::vector<OutboxItem> list;
    while (q->next()) {
        OutboxItem item = readItem(*q);
        item.damaged = !openEnvelopes(*q, item);
        list.push_back(std::move(item));
    }
    return list;
}

Expected<Outbox::Counts> Outbox::counts() const
{
    auto q = m_db->exec(QStringLiteral("SELECT coalesce(sum(%1), 0), count(*), "
                                       "coalesce(sum(NOT (%2)), 0) FROM outbox WHERE owner = ?")
                            .arg(pendingStates, notHeld),
                        {m_owner});
    if (!q)
        return q.error();
    Counts counts;
    if (q->next()) {
        counts.pending = q->value(0).toInt();
        counts.finished = q->value(1).toInt() - counts.pending;
        counts.paused = q->value(2).toInt();
    }
    return counts;
}

Expected<QByteArray> Outbox::requestBody(const QString &id) const
{
    auto q = m_db->exec(QStringLiteral("SELECT idempotency_key, form_id, form_version, payload, "
                                       "key_id FROM outbox WHERE id = ? AND owner = ?"),
                        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    if (q->value(4).toString() != m_key.keyId)
        return Error{QString::fromLatin1(drafts::errors::keyMissing),
                     QCoreApplication::translate(
                         "guichet::sync",
                         "The submission %1 was encrypted with a key that is not available.")
                         .arg(id),
                     {id}};
    auto plain = unseal(
        "payload", Row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()},
        q->value(3).toByteArray());
    if (!plain)
        return damaged(id);
    return *plain;
}

Expected<std::vector<OutboxItem>> Outbox::due(const QDateTime &now, int limit) const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM outbox WHERE owner = ? AND %2 AND %3 AND "
                                       "next_attempt_at <= ? AND (claimed_until IS NULL OR "
                                       "claimed_until <= ?) ORDER BY state = 'queued', "
                                       "next_attempt_at, rowid "
                                       "LIMIT ?")
                            .arg(itemColumns, pendingStates, notHeld),
                        {m_owner, msecs(now), msecs(now), limit});
    if (!q)
        return q.error();
    std::vector<OutboxItem> list;
    while (q->next())
        list.push_back(readItem(*q));
    return list;
}

Expected<std::optional<QDateTime>> Outbox::nextDue() const
{
    auto q = m_db->exec(QStringLiteral("SELECT min(max(next_attempt_at, coalesce(claimed_until, "
                                       "0))) FROM outbox WHERE owner = ? AND %1 AND %2")
                            .arg(pendingStates, notHeld),
                        {m_owner});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMsecs(q->value(0)));
}

Expected<int> Outbox::releaseClaims()
{
    auto done = m_db->exec(QStringLiteral("UPDATE outbox SET claimed_until = NULL WHERE owner = ? "
                                          "AND claimed_until IS NOT NULL"),
                           {m_owner});
    if (!done)
        return done.error();
    return done->numRowsAffected();
}

Expected<OutboxItem> Outbox::beginSend(const QString &id, const QString &declarant,
                                       const QDateTime &claimUntil)
{
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Under the write lock: a pause that returned before this is seen, one after it finds the
    // item "sending" (already on its way, it goes on to its result).
    auto q = m_db->exec(
        QStringLiteral("SELECT idempotency_key, form_id, form_version, state, declarant, "
                       "draft_id, coalesce((SELECT paused FROM outbox_batches WHERE "
                       "outbox_batches.id = outbox.batch_id), 0) FROM outbox WHERE id = ? AND "
                       "owner = ?"),
        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    const Row row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    const QString state = q->value(3).toString();
    if (state != QLatin1String("queued") && state != QLatin1String("sending"))
        return badState(id, state);
    if (state == QLatin1String("queued") && q->value(6).toInt() == 1)
        return Error{QString::fromLatin1(errors::paused),
                     QCoreApplication::translate("guichet::sync",
                                                 "The submission %1 belongs to a paused batch.")
                         .arg(id),
                     {id}};
    QByteArray sealedDeclarant = q->value(4).toByteArray();
    const QString draftId = q->value(5).toString();
    q->finish();
    if (sealedDeclarant.isEmpty())
        sealedDeclarant = seal("declarant", row, declarant.toUtf8());
    else if (auto same = checkDeclarant(row, sealedDeclarant, declarant); !same)
        return same.error();
    auto done = m_db->exec(
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                       "declarant = ?, claimed_until = ?, updated_at = ? WHERE id = ? AND "
                       "owner = ?"),
        {sealedDeclarant, msecs(claimUntil), QDateTime::currentMSecsSinceEpoch(), id, m_owner});
    if (!done)
        return done.error();
    if (auto moved = setDraftSyncState(draftId, OutboxState::Sending); !moved)
        return moved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return readOne(id, false);
}

Status Outbox::checkDeclarant(const Row &row, const QByteArray &sealed,
                              const QString &declarant) const
{
    auto first = unseal("declarant", row, sealed);
    if (!first)
        return damaged(row.id);
    const bool same = QString::fromUtf8(*first) == declarant;
    drafts::wipe(*first);
    if (!same)
        return Error{QString::fromLatin1(errors::otherDeclarant),
                     QCoreApplication::translate(
                         "guichet::sync",
                         "The submission %1 was sent by someone else: only they can send it "
                         "again or ask for its result.")
                         .arg(row.id),
                     {row.id}};
    return drafts::success();
}

Expected<OutboxItem> Outbox::beginPoll(const QString &id, const QString &declarant,
                                       const QDateTime &claimUntil)
{
    auto q = m_db->exec(QStringLiteral("SELECT idempotency_key, form_id, form_version, state, "
                                       "declarant FROM outbox WHERE id = ? AND owner = ?"),
                        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    const Row row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    const QString state = q->value(3).toString();
    const QByteArray sealedDeclarant = q->value(4).toByteArray();
    q->finish();
    if (state != QLatin1String("received") && state != QLatin1String("processing"))
        return badState(id, state);
    // Always set once a POST was started (beginSend seals it before any request).
    if (sealedDeclarant.isEmpty())
        return damaged(id);
    if (auto same = checkDeclarant(row, sealedDeclarant, declarant); !same)
        return same.error();
    auto done = m_db->exec(
        QStringLiteral("UPDATE outbox SET polls = polls + 1, claimed_until = ?, updated_at = ? "
                       "WHERE id = ? AND owner = ? AND state IN ('received', 'processing')"),
        {msecs(claimUntil), QDateTime::currentMSecsSinceEpoch(), id, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1) {
        auto current = readOne(id, false);
        if (!current)
            return current.error();
        return badState(id, stateName(current->state));
    }
    return readOne(id, true);
}

Status Outbox::retry(const QString &id, const QDateTime &nextAttempt, const QString &lastError,
                     std::optional<OutboxState> state)
{
    QString sql = QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error = ?, "
                                 "claimed_until = NULL, updated_at = ?");
    QVariantList bindings{msecs(nextAttempt), lastError, QDateTime::currentMSecsSinceEpoch()};
    if (state) {
        sql += QStringLiteral(", state = ?");
        bindings << stateName(*state);
    }
    sql += QStringLiteral(" WHERE id = ? AND owner = ? AND ") + pendingStates;
    bindings << id << m_owner;
    auto done = m_db->exec(sql, bindings);
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return badState(id, QStringLiteral("final"));
    return drafts::success();
}

Status Outbox::recordDeclaration(const QString &id, const OutboxResult &result,
                                 const QDateTime &nextAttempt)
{
    const std::optional<OutboxState> state = stateForDeclaration(result);
    if (!state)
        return invalid(QCoreApplication::translate(
                           "guichet::sync", "The portal's answer about %1 has no known status.")
                           .arg(id),
                       {id});
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto q = m_db->exec(QStringLiteral("SELECT idempotency_key, form_id, form_version, draft_id, "
                                       "state FROM outbox WHERE id = ? AND owner = ?"),
                        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    const Row row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    const QString draftId = q->value(3).toString();
    const QString currentName = q->value(4).toString();
    const std::optional<OutboxState> current = stateFromName(currentName);
    q->finish();
    // A late answer (a duplicate reply, another process) must not undo a final state.
    if (!current || isFinal(*current))
        return badState(id, currentName);
    QByteArray plain = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray sealed = seal("result", row, plain);
    drafts::wipe(plain);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool final = isFinal(*state);
    auto done = m_db->exec(
        QStringLiteral("UPDATE outbox SET state = ?, result = ?, next_attempt_at = ?, "
                       "claimed_until = NULL, last_error = NULL, updated_at = ?, completed_at = ? "
                       "WHERE id = ? AND owner = ?"),
        {stateName(*state), sealed, final ? now : msecs(nextAttempt), now,
         final ? QVariant(now) : QVariant(), id, m_owner});
    if (!done)
        return done.error();
    if (auto moved = setDraftSyncState(draftId, *state); !moved)
        return moved;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (final)
        qCInfo(lcSync) << "submission" << id << "done:" << stateName(*state);
    return drafts::success();
}

Status Outbox::recordFailure(const QString &id, const QJsonObject &problem,
                             const QString &lastError)
{
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto q = m_db->exec(QStringLiteral("SELECT idempotency_key, form_id, form_version, draft_id, "
                                       "state, result FROM outbox WHERE id = ? AND owner = ?"),
                        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    const Row row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    const QString draftId = q->value(3).toString();
    const std::optional<OutboxState> current = stateFromName(q->value(4).toString());
    OutboxResult result;
    if (!q->value(5).isNull()) {
        auto earlier = unseal("result", row, q->value(5).toByteArray());
        if (earlier) {
            result = OutboxResult::fromJson(QJsonDocument::fromJson(*earlier).object());
            drafts::wipe(*earlier);
        }
    }
    q->finish();
    if (!current || isFinal(*current))
        return badState(id, current ? stateName(*current) : QString());
    result.problem = problem;
    QByteArray plain = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray sealed = seal("result", row, plain);
    drafts::wipe(plain);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto done =
        m_db->exec(QStringLiteral("UPDATE outbox SET state = 'failed', result = ?, last_error = ?, "
                                  "claimed_until = NULL, next_attempt_at = ?, updated_at = ?, "
                                  "completed_at = ? WHERE id = ? AND owner = ?"),
                   {sealed, lastError, now, now, now, id, m_owner});
    if (!done)
        return done.error();
    if (auto moved = setDraftSyncState(draftId, OutboxState::Failed); !moved)
        return moved;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCWarning(lcSync) << "submission" << id << "failed:" << lastError;
    return drafts::success();
}

Status Outbox::remove(const QString &id)
{
    auto current = readOne(id, false);
    if (!current)
        return current.error();
    if (!current->isFinal())
        return badState(id, stateName(current->state));
    auto done = m_db->exec(QStringLiteral("DELETE FROM outbox WHERE id = ? AND owner = ? AND "
                                          "NOT (%1)")
                               .arg(pendingStates),
                           {id, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id);
    return drafts::success();
}

// --- Batches ---------------------------------------------------------------------------------

namespace {

Error batchNotFound(const QString &id)
{
    return Error{
        QString::fromLatin1(errors::notFound),
        QCoreApplication::translate("guichet::sync", "There is no batch %1 in the outbox.").arg(id),
        {id}};
}

} // namespace

QByteArray Outbox::sealBatchLabel(const QString &batchId, const QString &label) const
{
    QByteArray plain = label.toUtf8();
    QByteArray sealed = drafts::AesGcm::seal(m_key.key, plain, batchLabelData(batchId, m_owner));
    drafts::wipe(plain);
    return sealed;
}

Expected<QString> Outbox::enqueueBatch(const QList<Submission> &submissions, const QString &label,
                                       const QStringList &itemLabels)
{
    if (submissions.isEmpty())
        return invalid(
            QCoreApplication::translate("guichet::sync", "A batch needs at least one submission."));
    if (!itemLabels.isEmpty() && itemLabels.size() != submissions.size())
        return invalid(QCoreApplication::translate(
                           "guichet::sync", "A batch of %1 submissions was given %2 item names.")
                           .arg(submissions.size())
                           .arg(itemLabels.size()),
                       {QString::number(submissions.size()), QString::number(itemLabels.size())});
    // Everything is checked and sealed before the transaction: a bad submission queues nothing,
    // and the write lock is held only for the inserts.
    std::vector<Prepared> prepared;
    prepared.reserve(std::size_t(submissions.size()));
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        auto one = prepare(submissions.at(i));
        if (!one) {
            QStringList params{QString::number(i + 1)};
            params << one.error().params;
            return Error{
                one.error().code,
                QCoreApplication::translate("guichet::sync", "Submission %1 of the batch: %2")
                    .arg(i + 1)
                    .arg(one.error().message),
                params};
        }
        prepared.push_back(std::move(*one));
    }
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto created = m_db->exec(
        QStringLiteral("INSERT INTO outbox_batches (id, owner, label, key_id, item_count, paused, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"),
        {batchId, m_owner, sealBatchLabel(batchId, label), m_key.keyId, int(submissions.size()),
         now, now});
    if (!created)
        return created.error();
    for (std::size_t i = 0; i < prepared.size(); ++i) {
        if (auto inserted =
                insert(prepared[i], now, batchId, int(i), itemLabels.value(qsizetype(i)));
            !inserted)
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcSync) << "queued batch" << batchId << "of" << submissions.size() << "submission(s)";
    return batchId;
}

Expected<std::vector<BatchProgress>> Outbox::loadBatches(const QString &batchId) const
{
    QString sql = QStringLiteral("SELECT id, label, key_id, paused, paused_at, resumed_at, "
                                 "created_at, updated_at FROM outbox_batches WHERE owner = ?");
    QVariantList bindings{m_owner};
    if (!batchId.isEmpty()) {
        sql += QStringLiteral(" AND id = ?");
        bindings << batchId;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC");
    auto q = m_db->exec(sql, bindings);
    if (!q)
        return q.error();
    std::vector<BatchProgress> list;
    QHash<QString, std::size_t> byId;
    while (q->next()) {
        BatchProgress b;
        b.id = q->value(0).toString();
        if (q->value(2).toString() == m_key.keyId) {
            if (auto plain = drafts::AesGcm::open(m_key.key, q->value(1).toByteArray(),
                                                  batchLabelData(b.id, m_owner))) {
                b.label = QString::fromUtf8(*plain);
                drafts::wipe(*plain);
            } else {
                b.labelDamaged = true;
            }
        } else {
            b.labelDamaged = true;
        }
        b.paused = q->value(3).toInt() == 1;
        b.pausedAt = fromMsecs(q->value(4));
        b.resumedAt = fromMsecs(q->value(5));
        b.created = fromMsecs(q->value(6));
        b.lastChanged = fromMsecs(q->value(7));
        byId.insert(b.id, list.size());
        list.push_back(std::move(b));
    }
    q->finish();
    if (list.empty())
        return list;

    QString countSql = QStringLiteral(
        "SELECT o.batch_id, o.state, count(*), min(o.completed_at), max(o.completed_at), "
        "max(o.updated_at), coalesce(sum(o.completed_at >= coalesce(b.resumed_at, "
        "b.created_at)), 0) FROM outbox o JOIN outbox_batches b ON b.id = o.batch_id WHERE "
        "o.owner = ?");
    QVariantList countBindings{m_owner};
    if (!batchId.isEmpty()) {
        countSql += QStringLiteral(" AND o.batch_id = ?");
        countBindings << batchId;
    }
    countSql += QStringLiteral(" GROUP BY o.batch_id, o.state");
    auto c = m_db->exec(countSql, countBindings);
    if (!c)
        return c.error();
    while (c->next()) {
        const auto at = byId.constFind(c->value(0).toString());
        if (at == byId.cend())
            continue;
        BatchProgress &b = list[*at];
        const int n = c->value(2).toInt();
        // A state this build does not know counts as failed, as readItem() shows it.
        switch (stateFromName(c->value(1).toString()).value_or(OutboxState::Failed)) {
        case OutboxState::Queued:
            b.queued += n;
            break;
        case OutboxState::Sending:
        case OutboxState::Received:
        case OutboxState::Processing:
            b.inProgress += n;
            break;
        case OutboxState::Accepted:
            b.accepted += n;
            break;
        case OutboxState::AcceptedWithWarnings:
            b.acceptedWithWarnings += n;
            break;
        case OutboxState::Refused:
            b.refused += n;
            break;
        case OutboxState::Waiting:
            b.waiting += n;
            break;
        case OutboxState::Failed:
            b.failed += n;
            break;
        }
        const QDateTime first = fromMsecs(c->value(3));
        const QDateTime last = fromMsecs(c->value(4));
        const QDateTime changed = fromMsecs(c->value(5));
        if (first.isValid() && (!b.firstCompleted.isValid() || first < b.firstCompleted))
            b.firstCompleted = first;
        if (last.isValid() && (!b.lastCompleted.isValid() || last > b.lastCompleted))
            b.lastCompleted = last;
        if (changed.isValid() && (!b.lastChanged.isValid() || changed > b.lastChanged))
            b.lastChanged = changed;
        b.finishedInRun += c->value(6).toInt();
    }
    return list;
}

Expected<BatchProgress> Outbox::batchProgress(const QString &batchId) const
{
    if (batchId.isEmpty())
        return batchNotFound(batchId);
    auto list = loadBatches(batchId);
    if (!list)
        return list.error();
    if (list->empty())
        return batchNotFound(batchId);
    return std::move(list->front());
}

Expected<std::vector<BatchProgress>> Outbox::batches() const
{
    return loadBatches({});
}

Expected<std::vector<OutboxItem>> Outbox::batchItems(const QString &batchId,
                                                     const QDateTime &changedSince) const
{
    auto exists =
        m_db->exec(QStringLiteral("SELECT count(*) FROM outbox_batches WHERE id = ? AND owner = ?"),
                   {batchId, m_owner});
    if (!exists)
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return batchNotFound(batchId);
    exists->finish();
    QString sql =
        QStringLiteral("SELECT %1 FROM outbox WHERE owner = ? AND batch_id = ?").arg(itemColumns);
    QVariantList bindings{m_owner, batchId};
    if (changedSince.isValid()) {
        // At or after: two changes within one millisecond must not hide the second.
        sql += QStringLiteral(" AND updated_at >= ?");
        bindings << msecs(changedSince);
    }
    sql += QStringLiteral(" ORDER BY batch_index, rowid");
    auto q = m_db->exec(sql, bindings);
    if (!q)
        return q.error();
    std::vector<OutboxItem> list;
    while (q->next()) {
        OutboxItem item = readItem(*q);
        item.damaged = !openEnvelopes(*q, item);
        list.push_back(std::move(item));
    }
    return list;
}

Status Outbox::pauseBatch(const QString &batchId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One statement: SQLite takes the write lock for it, so it is ordered with beginSend()'s
    // transactions (in this process and any other sharing the file).
    auto done = m_db->exec(QStringLiteral("UPDATE outbox_batches SET paused = 1, paused_at = ?, "
                                          "updated_at = ? WHERE id = ? AND owner = ? AND "
                                          "paused = 0"),
                           {now, now, batchId, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 1) {
        qCInfo(lcSync) << "batch" << batchId << "paused";
        return drafts::success();
    }
    auto current = batchProgress(batchId); // already paused, or no such batch
    if (!current)
        return current.error();
    return drafts::success();
}

Status Outbox::resumeBatch(const QString &batchId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto done = m_db->exec(QStringLiteral("UPDATE outbox_batches SET paused = 0, resumed_at = ?, "
                                          "updated_at = ? WHERE id = ? AND owner = ? AND "
                                          "paused = 1"),
                           {now, now, batchId, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 1) {
        qCInfo(lcSync) << "batch" << batchId << "resumed";
        return drafts::success();
    }
    auto current = batchProgress(batchId);
    if (!current)
        return current.error();
    return drafts::success();
}

Status Outbox::removeBatch(const QString &batchId)
{
    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto q = m_db->exec(
        QStringLiteral("SELECT (SELECT count(*) FROM outbox_batches WHERE id = ? AND owner = ?), "
                       "(SELECT count(*) FROM outbox WHERE batch_id = ? AND owner = ? AND state "
                       "IN ('sending', 'received', 'processing'))"),
        {batchId, m_owner, batchId, m_owner});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toInt() == 0)
        return batchNotFound(batchId);
    const int inProgress = q->value(1).toInt();
    q->finish();
    if (inProgress > 0)
        return badState(batchId, QStringLiteral("sending"));
    // Drafts whose submission is dropped before it was ever sent are only local again.
    auto drafts = m_db->exec(
        QStringLiteral("UPDATE drafts SET sync_state = ? WHERE owner = ? AND id IN (SELECT "
                       "draft_id FROM outbox WHERE batch_id = ? AND owner = ? AND state = "
                       "'queued' AND draft_id IS NOT NULL)"),
        {drafts::syncStateName(drafts::SyncState::Local), m_owner, batchId, m_owner});
    if (!drafts)
        return drafts.error();
    for (const char *sql : {"DELETE FROM outbox WHERE batch_id = ? AND owner = ?",
                            "DELETE FROM outbox_batches WHERE id = ? AND owner = ?"}) {
        auto done = m_db->exec(QString::fromLatin1(sql), {batchId, m_owner});
        if (!done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcSync) << "batch" << batchId << "removed";
    return drafts::success();
}

} // namespace guichet::sync

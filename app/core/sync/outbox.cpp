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

// The columns every item query reads, in this order (see readItem()).
const QString itemColumns = QStringLiteral(
    "id, idempotency_key, draft_id, form_id, form_version, state, attempts, polls, "
    "next_attempt_at, last_error, created_at, updated_at, completed_at, key_id, result");
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
    return item;
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

Expected<OutboxItem> Outbox::enqueue(const Submission &submission)
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

    const Row row{QUuid::createUuid().toString(QUuid::WithoutBraces),
                  QUuid::createUuid().toString(QUuid::WithoutBraces), submission.formId,
                  submission.formVersion};
    const QByteArray payload = seal("payload", row, plain);
    drafts::wipe(plain);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    drafts::Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto inserted = m_db->exec(
        QStringLiteral("INSERT INTO outbox (id, owner, idempotency_key, draft_id, form_id, "
                       "form_version, payload, key_id, state, next_attempt_at, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)"),
        {row.id, m_owner, row.idempotencyKey,
         submission.draftId.isEmpty() ? QVariant() : QVariant(submission.draftId), row.formId,
         row.formVersion, payload, m_key.keyId, now, now, now});
    if (!inserted)
        return inserted.error();
    if (!submission.draftId.isEmpty()) {
        if (auto moved = setDraftSyncState(submission.draftId, OutboxState::Queued); !moved)
            return moved.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcSync) << "queued" << row.id << submission.formId << submission.formVersion;
    return readOne(row.id, false);
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
    if (withResult && !q->value(ColResult).isNull()) {
        if (q->value(ColKeyId).toString() != m_key.keyId)
            return damaged(id);
        auto plain =
            unseal("result", Row{item.id, item.idempotencyKey, item.formId, item.formVersion},
                   q->value(ColResult).toByteArray());
        if (!plain)
            return damaged(id);
        item.result = OutboxResult::fromJson(QJsonDocument::fromJson(*plain).object());
        drafts::wipe(*plain);
    }
    return item;
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
        if (!q->value(ColResult).isNull()) {
            std::optional<QByteArray> plain;
            if (q->value(ColKeyId).toString() == m_key.keyId)
                plain = unseal("result",
                               Row{item.id, item.idempotencyKey, item.formId, item.formVersion},
                               q->value(ColResult).toByteArray());
            if (plain) {
                item.result = OutboxResult::fromJson(QJsonDocument::fromJson(*plain).object());
                drafts::wipe(*plain);
            } else {
                item.damaged = true;
            }
        }
        list.push_back(std::move(item));
    }
    return list;
}

Expected<Outbox::Counts> Outbox::counts() const
{
    auto q = m_db->exec(QStringLiteral("SELECT coalesce(sum(%1), 0), count(*) FROM outbox "
                                       "WHERE owner = ?")
                            .arg(pendingStates),
                        {m_owner});
    if (!q)
        return q.error();
    Counts counts;
    if (q->next()) {
        counts.pending = q->value(0).toInt();
        counts.finished = q->value(1).toInt() - counts.pending;
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
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM outbox WHERE owner = ? AND %2 AND "
                                       "next_attempt_at <= ? AND (claimed_until IS NULL OR "
                                       "claimed_until <= ?) ORDER BY next_attempt_at, rowid "
                                       "LIMIT ?")
                            .arg(itemColumns, pendingStates),
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
                                       "0))) FROM outbox WHERE owner = ? AND %1")
                            .arg(pendingStates),
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
    auto q =
        m_db->exec(QStringLiteral("SELECT idempotency_key, form_id, form_version, state, "
                                  "declarant, draft_id FROM outbox WHERE id = ? AND owner = ?"),
                   {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    const Row row{id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    const QString state = q->value(3).toString();
    if (state != QLatin1String("queued") && state != QLatin1String("sending"))
        return badState(id, state);
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

} // namespace guichet::sync

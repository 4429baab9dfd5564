#include "outboxworker.h"

#include "core/drafts/secretkey.h"
#include "core/logging.h"
#include "core/sync/outbox.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>

namespace guichet::sync {

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 425 || status == 429 || status >= 500;
}

QString answerText(const api::Reply &reply)
{
    const QString reason = reply.reason();
    return reason.isEmpty()
               ? QCoreApplication::translate("guichet::sync", "The portal answered %1.")
                     .arg(reply.status)
               : QCoreApplication::translate("guichet::sync", "The portal answered %1 (%2).")
                     .arg(reply.status)
                     .arg(reason);
}

QJsonObject problemOf(const api::Reply &reply)
{
    if (!reply.json.isEmpty())
        return reply.json;
    return QJsonObject{{QStringLiteral("status"), reply.status},
                       {QStringLiteral("detail"), QString::fromUtf8(reply.body.left(2000))}};
}

// The declaration an answer describes, if it is the one asked about: an answer that does not
// fit (another declaration, another form, an unknown status) is not recorded.
std::optional<OutboxResult> declarationFrom(const QJsonObject &json, const OutboxItem &item,
                                            const QString &expectedId)
{
    OutboxResult r;
    r.declarationId = json.value(QLatin1String("id")).toString();
    r.ticket = json.value(QLatin1String("ticket")).toString();
    r.status = json.value(QLatin1String("status")).toString();
    r.result = json.value(QLatin1String("result")).toString();
    r.anomalies = json.value(QLatin1String("anomalies")).toArray();
    r.submittedAt = json.value(QLatin1String("submittedAt")).toString();
    r.completedAt = json.value(QLatin1String("completedAt")).toString();
    if (r.declarationId.isEmpty() || (!expectedId.isEmpty() && r.declarationId != expectedId))
        return std::nullopt;
    if (json.value(QLatin1String("formId")).toString() != item.formId ||
        json.value(QLatin1String("formVersion")).toInt() != item.formVersion)
        return std::nullopt;
    if (r.status == QLatin1String("done")) {
        if (!stateForResult(r.result))
            return std::nullopt;
    } else if (r.status != QLatin1String("received") && r.status != QLatin1String("processing")) {
        return std::nullopt;
    }
    return r;
}

} // namespace

OutboxWorker::OutboxWorker(Outbox &outbox, api::PortalClient &client, const QString &declarant,
                           QObject *parent)
    : OutboxWorker(outbox, client, declarant, Settings{}, parent)
{}

OutboxWorker::OutboxWorker(Outbox &outbox, api::PortalClient &client, const QString &declarant,
                           const Settings &settings, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_client(client), m_declarant(declarant),
      m_settings(settings),
      m_random(settings.seed != 0 ? QRandomGenerator(settings.seed)
                                  : QRandomGenerator(QRandomGenerator::system()->generate())),
      m_timer(new QTimer(this))
{
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    m_settings.offlineAfter = std::max(1, m_settings.offlineAfter);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::schedule);
}

OutboxWorker::~OutboxWorker()
{
    drafts::wipe(m_declarant);
}

void OutboxWorker::start()
{
    if (m_running)
        return;
    auto released = m_outbox.releaseClaims();
    if (!released) {
        emit storageFailed(released.error());
        return;
    }
    if (*released > 0)
        qCInfo(lcSync) << "took back" << *released << "submission(s) a previous run left";
    m_running = true;
    m_idleAnnounced = false;
    if (m_settings.useNetworkInformation &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability reachability) {
                        // A hint only: when the system says the network is back, probe now
                        // instead of at the end of the hold-off.
                        if (reachability != QNetworkInformation::Reachability::Disconnected &&
                            reachability != QNetworkInformation::Reachability::Unknown &&
                            !m_online) {
                            m_holdOffUntil = {};
                            wake();
                        }
                    });
        }
    }
    QTimer::singleShot(0, this, &OutboxWorker::schedule);
}

void OutboxWorker::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_timer->stop();
    if (wasRunning && m_inFlight.isEmpty())
        QTimer::singleShot(0, this, &OutboxWorker::stopped);
}

void OutboxWorker::wake()
{
    if (!m_running)
        return;
    m_idleAnnounced = false;
    m_timer->start(0);
}

void OutboxWorker::resume()
{
    m_needsSignIn = false;
    m_consecutiveFailures = 0;
    m_holdOffUntil = {};
    wake();
}

QDateTime OutboxWorker::claimUntil() const
{
    // The client gives up after twice its timeout at worst (PortalClient's deadline).
    return QDateTime::currentDateTimeUtc().addMSecs(qint64(m_client.config().timeoutMs) * 2 +
                                                    m_settings.claimMargin.count());
}

void OutboxWorker::scheduleAt(const QDateTime &when)
{
    const qint64 wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0,
                                           qint64(24) * 3600 * 1000);
    m_timer->start(std::chrono::milliseconds(wait));
}

void OutboxWorker::schedule()
{
    if (!m_running || m_needsSignIn)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_holdOffUntil.isValid() && now < m_holdOffUntil) {
        scheduleAt(m_holdOffUntil);
        return;
    }
    const int room = m_settings.maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        auto due = m_outbox.due(now, room);
        if (!due) {
            checkStorage(Status(due.error()));
            return;
        }
        for (const OutboxItem &item : *due) {
            if (!m_running || m_needsSignIn)
                return;
            if (!m_inFlight.contains(item.id))
                dispatch(item);
        }
    }
    if (int(m_inFlight.size()) >= m_settings.maxInFlight)
        return; // an answer reschedules
    auto next = m_outbox.nextDue();
    if (!next) {
        checkStorage(Status(next.error()));
        return;
    }
    if (!*next) {
        if (m_inFlight.isEmpty() && !m_idleAnnounced) {
            m_idleAnnounced = true;
            emit idle();
        }
        return;
    }
    m_idleAnnounced = false;
    QDateTime when = **next;
    if (m_holdOffUntil.isValid() && m_holdOffUntil > when)
        when = m_holdOffUntil;
    scheduleAt(when);
}

void OutboxWorker::dispatch(const OutboxItem &item)
{
    switch (item.state) {
    case OutboxState::Queued:
    case OutboxState::Sending:
        send(item);
        break;
    case OutboxState::Received:
    case OutboxState::Processing:
        poll(item);
        break;
    default:
        break;
    }
}

bool OutboxWorker::checkStorage(const Status &status)
{
    if (status)
        return true;
    const Error &error = status.error();
    // A transition that lost a race (another process finished the item) is not a failure.
    if (error.code == QLatin1String(errors::badState) ||
        error.code == QLatin1String(errors::notFound))
        return true;
    qCWarning(lcSync) << "outbox storage failed:" << error.code << error.message;
    m_running = false;
    m_timer->stop();
    emit storageFailed(error);
    return false;
}

void OutboxWorker::send(const OutboxItem &queued)
{
    auto item = m_outbox.beginSend(queued.id, m_declarant, claimUntil());
    if (!item) {
        // Its batch was paused after due() listed it: it stays queued, and due() skips it now.
        if (item.error().code == QLatin1String(errors::paused))
            return;
        parkIfNotOurs(queued, item.error());
        return;
    }
    auto body = m_outbox.requestBody(item->id);
    if (!body) {
        // A payload that does not decrypt can never be sent as it was queued.
        checkStorage(m_outbox.recordFailure(item->id, {}, body.error().message));
        announce(item->id);
        return;
    }
    m_inFlight.insert(item->id);
    m_statistics.peakInFlight = std::max(m_statistics.peakInFlight, int(m_inFlight.size()));
    ++m_statistics.posts;
    QPointer<OutboxWorker> self(this);
    const OutboxItem sent = *item;
    m_client.request("POST", QStringLiteral("/declarations"), *body,
                     {{"Idempotency-Key", item->idempotencyKey.toLatin1()}},
                     [self, sent](const Expected<api::Reply> &reply) {
                         if (self)
                             self->onSendAnswer(sent, reply);
                     });
    drafts::wipe(*body);
    announce(item->id);
}

void OutboxWorker::parkIfNotOurs(const OutboxItem &item, const Error &error)
{
    if (error.code == QLatin1String(errors::otherDeclarant)) {
        // Not ours: look again much later (the person who sent it may sign in here).
        checkStorage(m_outbox.retry(
            item.id, QDateTime::currentDateTimeUtc().addMSecs(m_settings.backoff.cap().count()),
            error.message));
        return;
    }
    if (error.code == QLatin1String(errors::damaged)) {
        // Its envelope does not open: it can never be sent or polled as it was queued.
        checkStorage(m_outbox.recordFailure(item.id, {}, error.message));
        announce(item.id);
        return;
    }
    checkStorage(Status(error));
}

void OutboxWorker::poll(const OutboxItem &due)
{
    auto item = m_outbox.beginPoll(due.id, m_declarant, claimUntil());
    if (!item) {
        parkIfNotOurs(due, item.error());
        return;
    }
    m_inFlight.insert(item->id);
    m_statistics.peakInFlight = std::max(m_statistics.peakInFlight, int(m_inFlight.size()));
    ++m_statistics.polls;
    QPointer<OutboxWorker> self(this);
    const OutboxItem polled = *item;
    m_client.request("GET",
                     QStringLiteral("/declarations/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(item->result.declarationId)),
                     {}, {}, [self, polled](const Expected<api::Reply> &reply) {
                         if (self)
                             self->onPollAnswer(polled, reply);
                     });
}

void OutboxWorker::finishRequest(const QString &id)
{
    m_inFlight.remove(id);
    if (!m_running) {
        if (m_inFlight.isEmpty())
            emit stopped();
        return;
    }
    // Look for the next due item now (the timer may be far off while this one was in flight).
    m_timer->start(0);
}

void OutboxWorker::onSendAnswer(const OutboxItem &item, const Expected<api::Reply> &reply)
{
    if (!reply) {
        noAnswer();
        retryLater(item, item.attempts, reply.error().message);
        finishRequest(item.id);
        return;
    }
    const api::Reply &r = *reply;
    if (r.status == 201 || r.status == 200) {
        std::optional<OutboxResult> declaration = declarationFrom(r.json, item, {});
        const QByteArray location = r.header("Location");
        if (declaration && !location.isEmpty() &&
            !location.endsWith("/declarations/" + declaration->declarationId.toUtf8()))
            declaration.reset();
        if (!declaration) {
            answered();
            failedAnswer();
            ++m_statistics.unusable;
            retryLater(item, item.attempts,
                       QCoreApplication::translate("guichet::sync",
                                                   "The portal's answer did not fit the request."));
        } else {
            answered();
            m_consecutiveFailures = 0;
            if (r.header("Idempotent-Replayed") == "true")
                ++m_statistics.replayed;
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(pollDelay(1).count());
            if (checkStorage(m_outbox.recordDeclaration(item.id, *declaration, next))) {
                if (declaration->status == QLatin1String("done"))
                    ++m_statistics.finished;
                announce(item.id);
            }
        }
    } else if (r.status == 401) {
        answered();
        pause(item);
    } else if (isRetryableStatus(r.status)) {
        answered();
        failedAnswer();
        if (r.status == 429)
            ++m_statistics.throttled;
        else if (r.status >= 500)
            ++m_statistics.serverErrors;
        retryLater(item, item.attempts, answerText(r),
                   Backoff::parseRetryAfter(r.header("Retry-After")));
    } else if (r.status >= 400) {
        // The request itself is refused: sending it again cannot help. 409 means this key was
        // used with another body, which the outbox never does: a bug to report, not to retry
        // under a new key (that could file the declaration twice).
        answered();
        m_consecutiveFailures = 0;
        if (checkStorage(m_outbox.recordFailure(item.id, problemOf(r), answerText(r)))) {
            ++m_statistics.finished;
            announce(item.id);
        }
    } else {
        answered();
        failedAnswer();
        ++m_statistics.unusable;
        retryLater(item, item.attempts, answerText(r));
    }
    finishRequest(item.id);
}

void OutboxWorker::onPollAnswer(const OutboxItem &item, const Expected<api::Reply> &reply)
{
    if (!reply) {
        noAnswer();
        retryLater(item, item.polls, reply.error().message);
        finishRequest(item.id);
        return;
    }
    const api::Reply &r = *reply;
    if (r.status == 200) {
        std::optional<OutboxResult> declaration =
            declarationFrom(r.json, item, item.result.declarationId);
        answered();
        if (!declaration) {
            failedAnswer();
            ++m_statistics.unusable;
            retryLater(item, item.polls,
                       QCoreApplication::translate("guichet::sync",
                                                   "The portal's answer did not fit the request."));
        } else {
            m_consecutiveFailures = 0;
            const QDateTime next =
                QDateTime::currentDateTimeUtc().addMSecs(pollDelay(item.polls + 1).count());
            if (checkStorage(m_outbox.recordDeclaration(item.id, *declaration, next))) {
                if (declaration->status == QLatin1String("done"))
                    ++m_statistics.finished;
                announce(item.id);
            }
        }
    } else if (r.status == 401) {
        answered();
        pause(item);
    } else if (r.status == 404) {
        // The same person filed it (the outbox binds an item to its declarant), yet the portal
        // does not know it any more: nothing the client can do by asking again.
        answered();
        if (checkStorage(m_outbox.recordFailure(item.id, problemOf(r), answerText(r)))) {
            ++m_statistics.finished;
            announce(item.id);
        }
    } else {
        // Any other answer to a status request is taken as temporary: the declaration was
        // filed; giving up on its result would leave the user without it.
        answered();
        failedAnswer();
        if (r.status == 429)
            ++m_statistics.throttled;
        else if (r.status >= 500)
            ++m_statistics.serverErrors;
        retryLater(item, item.polls, answerText(r),
                   Backoff::parseRetryAfter(r.header("Retry-After")));
    }
    finishRequest(item.id);
}

Backoff::ms OutboxWorker::pollDelay(int polls)
{
    // Polls are spaced by at least half their ceiling ("equal jitter"): a full-jitter draw near
    // zero would ask again at once although the portal just said it is still working.
    const Backoff::ms ceiling = m_settings.backoff.ceiling(std::max(1, polls));
    const qint64 half = ceiling.count() / 2;
    return Backoff::ms(half + qint64(m_random.bounded(quint64(ceiling.count() - half) + 1)));
}

void OutboxWorker::retryLater(const OutboxItem &item, int failures, const QString &why,
                              std::optional<Backoff::ms> retryAfter)
{
    const Backoff::ms wait = m_settings.backoff.delay(std::max(1, failures), retryAfter, m_random);
    qCDebug(lcSync) << "retry" << item.id << "in" << wait.count() << "ms:" << why;
    if (checkStorage(
            m_outbox.retry(item.id, QDateTime::currentDateTimeUtc().addMSecs(wait.count()), why)))
        announce(item.id);
}

void OutboxWorker::noAnswer()
{
    ++m_statistics.noAnswer;
    ++m_consecutiveNoAnswer;
    failedAnswer();
    if (m_online && m_consecutiveNoAnswer >= m_settings.offlineAfter) {
        m_online = false;
        qCInfo(lcSync) << "portal unreachable: outbox offline";
        emit onlineChanged(false);
    }
}

void OutboxWorker::answered()
{
    m_statistics.everAnswered = true;
    m_consecutiveNoAnswer = 0;
    if (!m_online) {
        m_online = true;
        m_holdOffUntil = {};
        qCInfo(lcSync) << "portal answers again: outbox online";
        emit onlineChanged(true);
    }
}

void OutboxWorker::failedAnswer()
{
    // The whole queue slows down while the portal fails, not only the item that failed.
    ++m_consecutiveFailures;
    m_holdOffUntil = QDateTime::currentDateTimeUtc().addMSecs(
        m_settings.backoff.delay(m_consecutiveFailures, m_random).count());
}

void OutboxWorker::pause(const OutboxItem &item)
{
    checkStorage(m_outbox.retry(
        item.id, QDateTime::currentDateTimeUtc(),
        QCoreApplication::translate("guichet::sync", "The portal asks to sign in again.")));
    announce(item.id);
    if (!m_needsSignIn) {
        m_needsSignIn = true;
        m_timer->stop();
        qCInfo(lcSync) << "access token refused: outbox waits for a new sign-in";
        emit signInNeeded();
    }
}

void OutboxWorker::announce(const QString &id)
{
    auto item = m_outbox.item(id);
    if (!item)
        return;
    emit itemChanged(id, item->state);
    if (item->isFinal())
        emit resultArrived(id, item->state);
}

QHash<QString, QList<Anomaly>> OutboxWorker::anomalies(const QString &itemId) const
{
    auto item = m_outbox.item(itemId);
    if (!item)
        return {};
    return item->result.anomaliesByField();
}

} // namespace guichet::sync

#pragma once

#include "core/api/portalclient.h"
#include "core/expected.h"
#include "core/sync/backoff.h"
#include "core/sync/outboxitem.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

// Sends the outbox to the portal: POST /declarations with each item's Idempotency-Key, then
// GET /declarations/{id} until the result is known. Retries what can succeed later (no answer,
// 408, 425, 429, 5xx) with exponential backoff and full jitter per item, honouring Retry-After;
// stops at what cannot (400, 403, 404, 409: state failed, problem kept). Nothing it does is
// lost on a kill: every step is recorded in the outbox before the next request, and a restarted
// worker sends items left "sending" again with the same key (the portal answers with the same
// declaration).
//
//   OutboxWorker worker(outbox, client, nationalNumber);   // a signed-in client
//   connect(&worker, &OutboxWorker::resultArrived, ...);
//   worker.start();
//
// Online/offline: after `offlineAfter` requests in a row got no answer the worker says it is
// offline (onlineChanged) and keeps probing at a growing interval; the first answer brings it
// back. QNetworkInformation, when a backend loads, only hastens the probe when the system says
// the network came back: it is never taken as proof either way.
//
// Thread rules: lives on the thread of the Outbox and the PortalClient it is given (both must
// outlive it); everything is asynchronous on that thread's event loop.
namespace guichet::sync {

class Outbox;

class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        Backoff backoff; // per item (sends and polls) and for the worker's hold-off
        // Requests (sends and polls together) in flight at once; the worker fills up to it.
        int maxInFlight = 1;
        int offlineAfter = 3;
        // How long an item stays claimed beyond the client's timeout (another process sharing
        // the file leaves it alone meanwhile).
        std::chrono::milliseconds claimMargin{5000};
        bool useNetworkInformation = true;
        // 0: jitter from the system generator; else a fixed seed (tests).
        quint32 seed = 0;
    };

    // What the worker met, for the CLI's summary and the soak script.
    struct Statistics
    {
        int posts = 0;
        int polls = 0;
        int noAnswer = 0;     // unreachable, timeout, network, tls
        int serverErrors = 0; // 5xx
        int throttled = 0;    // 429
        int replayed = 0;     // 200 + Idempotent-Replayed: the portal already had it
        int unusable = 0;     // answers that did not fit the request (ignored, retried)
        int finished = 0;     // items that reached a final state here
        bool everAnswered = false;
        int peakInFlight = 0; // the most requests in flight at once (≤ Settings::maxInFlight)
    };

    OutboxWorker(Outbox &outbox, api::PortalClient &client, const QString &declarant,
                 const Settings &settings, QObject *parent = nullptr);
    OutboxWorker(Outbox &outbox, api::PortalClient &client, const QString &declarant,
                 QObject *parent = nullptr);
    ~OutboxWorker() override;

    // Takes back the claims a killed worker left, then works until stop().
    void start();
    // No new request; answers to those in flight are still recorded (stopped() after the last).
    void stop();
    // Looks for due items now (after an enqueue, or when the user says "retry now").
    void wake();
    // Goes on after signInNeeded, once the client holds a fresh access token.
    void resume();

    bool isRunning() const { return m_running; }
    bool isOnline() const { return m_online; }
    bool needsSignIn() const { return m_needsSignIn; }
    int inFlight() const { return int(m_inFlight.size()); }
    const Statistics &statistics() const { return m_statistics; }
    const Settings &settings() const { return m_settings; }

    // The anomalies of an item's result by the field they belong to, for the form view.
    QHash<QString, QList<Anomaly>> anomalies(const QString &itemId) const;

signals:
    // The item moved on (any state change, or a retry scheduled).
    void itemChanged(const QString &id, guichet::sync::OutboxState state);
    // The item reached a final state.
    void resultArrived(const QString &id, guichet::sync::OutboxState state);
    void onlineChanged(bool online);
    // The portal said 401: the access token expired. Items stay as they are; resume() after
    // signing in again.
    void signInNeeded();
    // Nothing pending in the outbox and nothing in flight (items held by a paused batch aside:
    // wake() after resuming it).
    void idle();
    // After stop(), the last answer in flight was recorded.
    void stopped();
    // The outbox file failed (storage-*): the worker stops.
    void storageFailed(const guichet::Error &error);

private:
    void schedule();
    void scheduleAt(const QDateTime &when);
    void dispatch(const OutboxItem &item);
    void send(const OutboxItem &item);
    void poll(const OutboxItem &item);
    void onSendAnswer(const OutboxItem &item, const Expected<api::Reply> &reply);
    void onPollAnswer(const OutboxItem &item, const Expected<api::Reply> &reply);
    void finishRequest(const QString &id);
    void parkIfNotOurs(const OutboxItem &item, const Error &error);

    // Retries the item later: per-item backoff after `failures`, at least Retry-After.
    void retryLater(const OutboxItem &item, int failures, const QString &why,
                    std::optional<Backoff::ms> retryAfter = std::nullopt);
    void noAnswer();
    void answered();
    void failedAnswer();
    void pause(const OutboxItem &item);
    bool checkStorage(const Status &status);
    void announce(const QString &id);
    QDateTime claimUntil() const;
    Backoff::ms pollDelay(int polls);

    Outbox &m_outbox;
    api::PortalClient &m_client;
    QString m_declarant;
    Settings m_settings;
    QRandomGenerator m_random;
    QTimer *m_timer;
    QSet<QString> m_inFlight;
    bool m_running = false;
    bool m_online = true;
    bool m_needsSignIn = false;
    bool m_idleAnnounced = false;
    int m_consecutiveNoAnswer = 0;
    int m_consecutiveFailures = 0;
    QDateTime m_holdOffUntil;
    Statistics m_statistics;
};

} // namespace guichet::sync

#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// Where a batch of outbox items stands (Outbox::batchProgress(), Outbox::batches()): how many
// items are in each state, whether it is paused, and the completion times the rate and the time
// left are estimated from. A snapshot: read it again to follow the batch.
namespace guichet::sync {

struct BatchProgress
{
    QString id;
    QString label;             // decrypted; empty when damaged
    bool labelDamaged = false; // the label's envelope did not open
    QDateTime created;         // UTC, as every time here
    bool paused = false;       // items never sent are held (Outbox::pauseBatch)
    QDateTime pausedAt;        // the last pause
    QDateTime resumedAt;       // the last resume

    int queued = 0;     // never sent: held while paused
    int inProgress = 0; // sending, received, processing: the portal has or may have them
    int accepted = 0;
    int acceptedWithWarnings = 0;
    int refused = 0;
    int waiting = 0; // result S: done, the portal waits for more
    int failed = 0;  // the request itself was refused

    QDateTime firstCompleted; // when the first item reached a final state
    QDateTime lastCompleted;  // ... and the last one
    // Items that reached a final state since the current run started (creation or last resume):
    // the rate is measured over that run only, so a pause does not drag it down.
    int finishedInRun = 0;
    // The latest change of any of its items or of the batch (a cheap "anything new?" mark).
    QDateTime lastChanged;

    int total() const { return queued + inProgress + finished(); }
    int finished() const { return accepted + acceptedWithWarnings + refused + waiting + failed; }
    int succeeded() const { return accepted + acceptedWithWarnings; }
    // What the user must look at: refused declarations and refused requests.
    int unsuccessful() const { return refused + failed; }
    int remaining() const { return queued + inProgress; }
    bool isComplete() const { return remaining() == 0; }
    QDateTime runStarted() const { return resumedAt.isValid() ? resumedAt : created; }

    // Items finished per minute in the current run, up to `now` (or to the last completion once
    // complete, or to the pause while paused); nullopt before the first completion of the run.
    std::optional<double> ratePerMinute(const QDateTime &now) const;
    // The remaining items at that rate; nullopt while paused, once complete or without a rate.
    std::optional<std::chrono::seconds> timeLeft(const QDateTime &now) const;
};

} // namespace guichet::sync

#pragma once

#include "pkcs11module.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace guichet::eid {

// Watches one PKCS#11 module for card readers and cards, on a worker thread, and reports each
// change as stateChanged() on the thread the watcher lives in.
//
// By default it reads the module's slots every pollInterval() (500 ms): that works with every
// module, SoftHSM2 included (it has no slot events), and stops at once. With
// setBlockingWait(true) the worker sleeps in C_WaitForSlotEvent instead, when the module reports
// events and this process initialised it; stopping then has to C_Finalize the module to wake
// the wait, which ends every other session of that module too. Use it only for a module the
// watcher has to itself.
class TokenWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,     // not started yet
        NoReader,    // no slot at all (or the module fails)
        NoCard,      // readers, but no (matching, initialised) token
        CardPresent, // a token; stateChanged() carries its label
    };
    Q_ENUM(State)

    explicit TokenWatcher(std::shared_ptr<Module> module, QObject *parent = nullptr);
    ~TokenWatcher() override; // stops and joins the worker

    // Only tokens with this label count as a card (e.g. "BELPIC"); empty: any initialised token.
    // Set before start().
    void setTokenLabel(const QString &label) { m_wantedLabel = label; }
    QString wantedTokenLabel() const { return m_wantedLabel; }

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }

    void setBlockingWait(bool blocking) { m_blockingWanted = blocking; }
    bool blockingWait() const { return m_blockingWanted; }

    // Starts the worker; the first stateChanged() reports the state found at start.
    void start();
    // Ends the worker and waits for it. Safe to call twice.
    void stop();
    bool isRunning() const;

    // The last state delivered to this thread, and the present token's label.
    State state() const { return m_state; }
    QString tokenLabel() const { return m_label; }

signals:
    void stateChanged(guichet::eid::TokenWatcher::State state, const QString &label);

private:
    void run(int generation); // on the worker thread
    void deliver(State state, const QString &label, int generation);

    std::shared_ptr<Module> m_module;
    QString m_wantedLabel;
    std::chrono::milliseconds m_pollInterval{500};
    bool m_blockingWanted = false;
    QThread *m_thread = nullptr;
    State m_state = State::Unknown;
    QString m_label;
    std::atomic<int> m_generation{0}; // deliveries of an earlier run are dropped

    // Shared with the worker.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_inBlockingWait = false; // the worker sits in C_WaitForSlotEvent
};

} // namespace guichet::eid

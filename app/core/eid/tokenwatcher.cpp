#include "tokenwatcher.h"

#include "core/logging.h"

#include <QDeadlineTimer>
#include <QThread>

#include <utility>

namespace guichet::eid {

namespace {
// The state of the module right now, as the worker sees it.
std::pair<TokenWatcher::State, QString> currentState(const Module &module,
                                                     const QString &wantedLabel)
{
    const Expected<QList<SlotInfo>> slotInfos = module.slotList();
    if (!slotInfos || slotInfos->isEmpty())
        return {TokenWatcher::State::NoReader, QString()};
    for (const SlotInfo &slot : *slotInfos) {
        if (!slot.tokenPresent)
            continue;
        const Expected<TokenInfo> token = module.tokenInfo(slot.id);
        if (!token || !token->initialized)
            continue;
        if (wantedLabel.isEmpty() || token->label == wantedLabel)
            return {TokenWatcher::State::CardPresent, token->label};
    }
    return {TokenWatcher::State::NoCard, QString()};
}
} // namespace

TokenWatcher::TokenWatcher(std::shared_ptr<Module> module, QObject *parent)
    : QObject(parent), m_module(std::move(module))
{}

TokenWatcher::~TokenWatcher()
{
    stop();
}

bool TokenWatcher::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void TokenWatcher::start()
{
    if (m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_inBlockingWait = false;
    }
    const int generation = m_generation.load();
    m_thread = QThread::create([this, generation] { run(generation); });
    m_thread->setObjectName(QStringLiteral("TokenWatcher"));
    m_thread->start();
}

void TokenWatcher::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    ++m_generation;
    m_wake.notify_all();
    // A worker that polls ends at once. One that sits in C_WaitForSlotEvent can only be woken by
    // C_Finalize; the grace period spares the module when the wait was about to return anyway
    // (SoftHSM2 accepts CKF_DONT_BLOCK but refuses a blocking wait).
    if (!m_thread->wait(QDeadlineTimer(200))) {
        bool blocked = false;
        {
            std::lock_guard lock(m_mutex);
            blocked = m_inBlockingWait;
        }
        if (blocked)
            m_module->finalize();
        m_thread->wait();
    }
    delete m_thread;
    m_thread = nullptr;
}

void TokenWatcher::deliver(State state, const QString &label, int generation)
{
    // Queued to the watcher's thread; dropped if the watcher is destroyed or stopped first.
    QMetaObject::invokeMethod(
        this,
        [this, state, label, generation] {
            if (generation != m_generation.load())
                return;
            m_state = state;
            m_label = label;
            emit stateChanged(state, label);
        },
        Qt::QueuedConnection);
}

void TokenWatcher::run(int generation)
{
    auto stopping = [this] {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    };

    // Blocking needs a module that reports events and the right to finalise it.
    bool blocking = false;
    if (m_blockingWanted && m_module->ownsInitialization()) {
        const Expected<std::optional<SlotId>> probe = m_module->waitForSlotEvent(false);
        blocking = probe.hasValue();
        qCDebug(lcEid) << "token watcher:"
                       << (blocking ? "waiting for slot events" : "module has no slot events");
    }

    std::pair<State, QString> last{State::Unknown, QString()};
    while (!stopping()) {
        const std::pair<State, QString> now = currentState(*m_module, m_wantedLabel);
        if (now != last && !stopping()) {
            last = now;
            qCDebug(lcEid) << "token watcher:" << now.first << now.second;
            deliver(now.first, now.second, generation);
        }
        if (blocking) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    break;
                m_inBlockingWait = true;
            }
            const Expected<std::optional<SlotId>> event = m_module->waitForSlotEvent(true);
            {
                std::lock_guard lock(m_mutex);
                m_inBlockingWait = false;
            }
            if (!event) {
                if (event.error().code == QLatin1String(errc::ModuleFinalized))
                    break; // stop() woke us
                // A refused blocking wait (SoftHSM2): carry on by polling.
                qCDebug(lcEid) << "token watcher: no blocking slot events, polling";
                blocking = false;
            }
            continue;
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, m_pollInterval, [this] { return m_stopping; });
    }
}

} // namespace guichet::eid

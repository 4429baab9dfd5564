#include "autosaver.h"

#include "core/drafts/draftstore.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <memory>

namespace guichet::drafts {

// Lives on the saver's thread with its own connection to the drafts file.
class AutoSaverWorker : public QObject
{
public:
    AutoSaverWorker(QString dataDir, QString owner, DataKey key)
        : m_dataDir(std::move(dataDir)), m_owner(std::move(owner)), m_key(std::move(key))
    {}

    Status write(const QString &draftId, const QByteArray &document, DraftValidity validity)
    {
        if (!m_store) {
            auto opened = DraftStore::open(m_dataDir, m_owner, m_key);
            if (!opened)
                return opened.error();
            m_store = std::move(*opened);
        }
        return m_store->save(draftId, document, validity);
    }

    // The connection belongs to this thread: close it here.
    void close() { m_store.reset(); }

private:
    QString m_dataDir;
    QString m_owner;
    DataKey m_key;
    std::unique_ptr<DraftStore> m_store;
};

AutoSaver::AutoSaver(const QString &dataDir, const QString &owner, const DataKey &key,
                     QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<guichet::drafts::AutoSaver::State>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("autosave"));
    m_worker = new AutoSaverWorker(dataDir, owner, key);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { writePending(false); });
}

AutoSaver::~AutoSaver()
{
    (void)flush();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void AutoSaver::setDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
}

void AutoSaver::schedule(const QString &draftId, const QByteArray &document, DraftValidity validity)
{
    m_pending.insert(draftId, Pending{document, validity});
    ++m_generation[draftId];
    setState(draftId, State::Pending);
    m_timer->start(int(m_delay.count()));
}

Status AutoSaver::flush()
{
    m_timer->stop();
    writePending(true);
    if (!m_lastError.code.isEmpty()) {
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            if (it.value() == State::Failed)
                return m_lastError;
        }
    }
    return success();
}

void AutoSaver::writePending(bool wait)
{
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString id = it.key();
        const quint64 generation = m_generation.value(id);
        const Pending job = it.value();
        m_inFlight.insert(id, job);
        setState(id, State::Saving);
        if (wait) {
            Status status = success();
            QMetaObject::invokeMethod(
                m_worker,
                [this, id, job, &status] {
                    status = m_worker->write(id, job.document, job.validity);
                },
                Qt::BlockingQueuedConnection);
            onWritten(id, generation, status);
        } else {
            QMetaObject::invokeMethod(
                m_worker,
                [this, id, job, generation] {
                    const Status status = m_worker->write(id, job.document, job.validity);
                    QMetaObject::invokeMethod(
                        this, [this, id, generation, status] { onWritten(id, generation, status); },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        }
    }
}

void AutoSaver::onWritten(const QString &draftId, quint64 generation, const Status &status)
{
    if (!status) {
        m_lastError = status.error();
        qCWarning(lcDrafts) << "autosave failed:" << status.error().code;
        // Keep the edits: unless a newer version is already waiting, this one goes again.
        if (!m_pending.contains(draftId) && m_inFlight.contains(draftId)) {
            m_pending.insert(draftId, m_inFlight.value(draftId));
            if (!m_timer->isActive())
                m_timer->start(5000);
        }
        setState(draftId, State::Failed);
        emit failed(draftId, status.error());
        return;
    }
    ++m_saveCount;
    if (generation == m_generation.value(draftId))
        m_inFlight.remove(draftId);
    if (generation != m_generation.value(draftId) || m_pending.contains(draftId))
        return; // a newer version is on its way; its own write reports
    const QDateTime now = QDateTime::currentDateTime();
    m_lastSaved.insert(draftId, now);
    setState(draftId, State::Saved);
    emit saved(draftId, now);
}

void AutoSaver::setState(const QString &draftId, State state)
{
    if (m_states.value(draftId, State::Saved) == state && m_states.contains(draftId))
        return;
    m_states.insert(draftId, state);
    emit stateChanged(draftId, state);
}

} // namespace guichet::drafts

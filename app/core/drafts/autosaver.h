#pragma once

#include "core/drafts/draft.h"
#include "core/drafts/keyprovider.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;
class QTimer;

// Saves drafts as they are edited, off the UI thread: each schedule() replaces the pending
// version of a draft, and the last one is written `delay` after the edits stop (or at once when
// flush() is called: window closed, sign-out, submit). The writes go through a DraftStore of a
// worker thread, opened with the owner's key (no second keychain prompt).
//
//   AutoSaver saver(dir, owner, store.dataKey());
//   connect(&model, &FormModel::valueChanged, [&] { saver.schedule(id, bytes(), validity); });
//   connect(&saver, &AutoSaver::stateChanged, label, ...);   // "Saving…", "Saved at 14:02"
//   saver.flush();                                            // before the window goes
namespace guichet::drafts {

class AutoSaverWorker;

class AutoSaver : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Saved,   // nothing waiting: what is on screen is on disk
        Pending, // edits not written yet (the delay runs)
        Saving,  // being written
        Failed,  // the last write failed (lastError()); the edits are kept and retried
    };
    Q_ENUM(State)

    AutoSaver(const QString &dataDir, const QString &owner, const DataKey &key,
              QObject *parent = nullptr);
    ~AutoSaver() override; // flushes, then stops the worker

    void setDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds delay() const { return m_delay; }

    // The newest document of a draft; written after the delay unless a newer one comes first.
    void schedule(const QString &draftId, const QByteArray &document, DraftValidity validity);
    // Writes everything pending now and waits until it is on disk (or failed). Blocks the
    // calling thread for the duration of the writes.
    Status flush();

    State state(const QString &draftId) const { return m_states.value(draftId, State::Saved); }
    QDateTime lastSaved(const QString &draftId) const { return m_lastSaved.value(draftId); }
    Error lastError() const { return m_lastError; }
    // Saves reported complete so far (tests, diagnostics).
    int saveCount() const { return m_saveCount; }

signals:
    void stateChanged(const QString &draftId, guichet::drafts::AutoSaver::State state);
    void saved(const QString &draftId, const QDateTime &at);
    void failed(const QString &draftId, const guichet::Error &error);

private:
    struct Pending
    {
        QByteArray document;
        DraftValidity validity;
    };
    void writePending(bool wait);
    void onWritten(const QString &draftId, quint64 generation, const Status &status);
    void setState(const QString &draftId, State state);

    QThread *m_thread = nullptr;
    AutoSaverWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_delay{800};
    QHash<QString, Pending> m_pending;
    QHash<QString, Pending> m_inFlight;   // written or being written, kept until it succeeds
    QHash<QString, quint64> m_generation; // of the newest version scheduled per draft
    QHash<QString, State> m_states;
    QHash<QString, QDateTime> m_lastSaved;
    Error m_lastError;
    int m_saveCount = 0;
};

} // namespace guichet::drafts

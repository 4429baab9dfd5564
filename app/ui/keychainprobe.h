#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace guichet::ui {

// Asks the OS keychain (Secret Service, via QtKeychain) for an entry that does not exist, to
// learn whether a keychain answers at all. "Not found" means reachable. Never blocks: the answer
// arrives through finished(), at the latest when the timeout expires.
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Reachable,
        Unreachable,
        TimedOut
    };
    Q_ENUM(State)

    explicit KeychainProbe(QObject *parent = nullptr);

    // Starts one probe; does nothing while one is running.
    void start(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    State state() const { return m_state; }
    bool isFinished() const;
    // The keychain's own error message when it was not reachable.
    QString errorString() const { return m_errorString; }

    // The service and key asked for. Nothing is ever stored under them.
    static QString service();
    static QString probeKey();

signals:
    void finished();

private:
    void finish(State state, const QString &errorString);

    State m_state = State::Idle;
    QString m_errorString;
    QTimer m_timeout;
};

} // namespace guichet::ui

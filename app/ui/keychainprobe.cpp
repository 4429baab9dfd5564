#include "keychainprobe.h"

#include "buildinfo.h"
#include "core/logging.h"

#include <qt6keychain/keychain.h>

namespace guichet::ui {

KeychainProbe::KeychainProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(State::TimedOut, tr("The keychain did not answer in time.")); });
}

void KeychainProbe::start(std::chrono::milliseconds timeout)
{
    if (m_state == State::Running)
        return;
    m_state = State::Running;
    m_errorString.clear();

    // The job has no parent and deletes itself when it finishes: a backend may still call back
    // after this probe is gone (e.g. after a timeout), and it must find the job alive.
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(probeKey());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (m_state != State::Running)
            return;
        switch (done->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            finish(State::Reachable, QString());
            break;
        default:
            finish(State::Unreachable, done->errorString());
            break;
        }
    });
    m_timeout.start(timeout);
    job->start();
}

bool KeychainProbe::isFinished() const
{
    return m_state != State::Idle && m_state != State::Running;
}

QString KeychainProbe::service()
{
    return QString::fromLatin1(buildinfo::applicationName);
}

QString KeychainProbe::probeKey()
{
    return QStringLiteral("diagnostics-probe");
}

void KeychainProbe::finish(State state, const QString &errorString)
{
    m_timeout.stop();
    m_state = state;
    m_errorString = errorString;
    qCDebug(lcUi) << "keychain probe:" << state << errorString;
    emit finished();
}

} // namespace guichet::ui

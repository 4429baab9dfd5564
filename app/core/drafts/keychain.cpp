#include "keychain.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

#include <qt6keychain/keychain.h>

namespace guichet::drafts {

namespace {

Keychain::Result run(QKeychain::Job *job, std::chrono::milliseconds timeout,
                     const std::function<void(Keychain::Result &)> &onSuccess = {})
{
    Keychain::Result result;
    result.reason = QStringLiteral("timed out after %1 ms").arg(timeout.count());
    if (Keychain::disabledByEnvironment()) {
        delete job;
        result.reason = QStringLiteral("switched off by GUICHET_KEYCHAIN=off");
        return result;
    }
    // The job deletes itself when it finishes, possibly after we gave up waiting: a backend may
    // still call back, and must then find the job alive. The loop is the connection's context,
    // so a late answer reaches nothing here.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        switch (done->error()) {
        case QKeychain::NoError:
            result.status = Keychain::Result::Ok;
            result.reason.clear();
            if (onSuccess)
                onSuccess(result);
            break;
        case QKeychain::EntryNotFound:
            result.status = Keychain::Result::NotFound;
            result.reason.clear();
            break;
        default:
            result.status = Keychain::Result::Unavailable;
            result.reason = done->errorString();
            if (result.reason.isEmpty())
                result.reason = QStringLiteral("error %1").arg(int(done->error()));
            break;
        }
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (result.status == Keychain::Result::Unavailable)
        qCInfo(lcDrafts) << "keychain unavailable:" << result.reason;
    return result;
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("be.guichet.Guichet");
}

bool Keychain::disabledByEnvironment()
{
    const QByteArray value = qgetenv("GUICHET_KEYCHAIN").trimmed().toLower();
    return value == "off" || value == "0" || value == "no" || value == "false";
}

Keychain::Result Keychain::read(const QString &key, std::chrono::milliseconds timeout)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    return run(job, timeout, [job](Result &result) { result.data = job->binaryData(); });
}

Keychain::Result Keychain::write(const QString &key, const QByteArray &secret,
                                 std::chrono::milliseconds timeout)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setBinaryData(secret);
    return run(job, timeout);
}

Keychain::Result Keychain::remove(const QString &key, std::chrono::milliseconds timeout)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    return run(job, timeout);
}

} // namespace guichet::drafts

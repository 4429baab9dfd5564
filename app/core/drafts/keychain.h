#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// The OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows), used synchronously: each call runs the job in a local event loop and gives up
// after a timeout. Works from the CLI and from any thread with an event dispatcher.
//
// GUICHET_KEYCHAIN=off in the environment makes every call answer Unavailable without asking
// the OS (tests, and machines where a keychain prompt would hang a script).
namespace guichet::drafts {

class Keychain
{
public:
    // Every entry Guichet keeps lives under this service name.
    static QString service();

    struct Result
    {
        enum Status
        {
            Ok,
            NotFound,    // the keychain answered: no such entry
            Unavailable, // no keychain answered, or it refused (reason says why)
        };
        Status status = Unavailable;
        QByteArray data; // Read: the secret; the caller wipes it
        QString reason;  // Unavailable: the backend's own words, untranslated
    };

    static Result read(const QString &key, std::chrono::milliseconds timeout);
    static Result write(const QString &key, const QByteArray &secret,
                        std::chrono::milliseconds timeout);
    static Result remove(const QString &key, std::chrono::milliseconds timeout);

    // GUICHET_KEYCHAIN=off (or 0, no, false).
    static bool disabledByEnvironment();
};

} // namespace guichet::drafts

#pragma once

#include "core/api/portalclient.h"
#include "core/datadir.h"
#include "core/eid/signin.h"

#include <QString>
#include <QStringList>

#include <memory>

// What `login` and `submit` share: the portal and token options, reading the PIN, signing in.
namespace guichet::cli {

struct PortalOptions
{
    QString server;
    QString dataDir;
    QString module;
    QString tokenLabel;
    bool pinStdin = false;
    int timeoutSeconds = 20;
};

// Removes the options it knows (--server, --data-dir, --module, --token, --pin-stdin, --timeout)
// from args. Returns the translated usage problem, or an empty string.
QString takePortalOptions(QStringList &args, PortalOptions &options);

// A signed-in portal client. Returns an ExitCode; on failure the message is already printed.
struct PortalSession
{
    std::unique_ptr<DataDir> dataDir;
    std::unique_ptr<api::PortalClient> client;
    eid::SignInResult signIn;
};
int openPortalSession(const PortalOptions &options, PortalSession &session);

// The exit code for a sign-in or network error (DESIGN.md).
int exitCodeFor(const Error &error);

} // namespace guichet::cli

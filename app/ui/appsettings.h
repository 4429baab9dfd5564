#pragma once

#include "core/expected.h"
#include "workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace guichet::ui {

// The user's preferences, kept in QSettings under the organisation and application names that
// main() sets from buildinfo.h, and the session's data folder. One place for the keys so that
// the dialogs, the main window and main() agree on them.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::AppSettings)

public:
    // The saved UI language ("fr", ...), empty when the user never chose one.
    static QString language();
    static void setLanguage(const QString &code);

    // The portal server, empty when none is configured yet.
    static QUrl serverUrl();
    static void setServerUrl(const QUrl &url);
    // The portal for this run: --server, else the saved address, else the data folder's
    // trust.json (the demo). The override is not saved: --server is per run.
    static QUrl effectiveServerUrl();
    static void setServerUrlOverride(const QUrl &url);
    static QUrl serverUrlOverride();

    // The PKCS#11 library of the card middleware; empty: found automatically (the data folder's
    // trust.json, then the installed eID, OpenSC and SoftHSM2 modules).
    static QString pkcs11Module();
    static void setPkcs11Module(const QString &path);

    enum class ProxyMode
    {
        System,
        None,
        Manual,
    };
    static ProxyMode proxyMode();
    static void setProxyMode(ProxyMode mode);
    // "host:port" of the manual proxy.
    static QString proxyAddress();
    static void setProxyAddress(const QString &hostAndPort);
    // Checks "host:port" (a name or an address, IPv6 in brackets, port 1-65535).
    static Expected<std::pair<QString, quint16>> checkProxyAddress(const QString &text);

    // Whether taking the card out of the reader signs the user out (it always locks the
    // screen). On by default: a shared desk must not keep the last citizen signed in.
    static bool signOutOnCardRemoval();
    static void setSignOutOnCardRemoval(bool signOut);

    // Minutes without keyboard or mouse input after which the window locks (0: never).
    // 10 by default: a helpdesk desk is left between two citizens.
    static int inactivityLockMinutes();
    static void setInactivityLockMinutes(int minutes);

    static Workspace startWorkspace();
    static void setStartWorkspace(Workspace workspace);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // The folder for drafts, tokens and caches: the one given with --data-dir for this session,
    // else the platform's application data folder. Not saved: --data-dir is per run.
    static QString dataDirectory();
    static void setDataDirectory(const QString &directory);

    // Checks a portal address typed by the user. An empty text is valid (no server yet) and gives
    // an empty URL. Otherwise the address must be an absolute https URL with a host; plain http is
    // accepted only for the local machine (localhost, 127.0.0.1, ::1), where the sandbox runs.
    static Expected<QUrl> checkServerUrl(const QString &text);
};

} // namespace guichet::ui

#include "appsettings.h"

#include "core/datadir.h"
#include "core/i18n.h"

#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

namespace guichet::ui {

namespace {
const QString s_languageKey = QStringLiteral("ui/language");
const QString s_serverUrlKey = QStringLiteral("portal/serverUrl");
const QString s_startWorkspaceKey = QStringLiteral("ui/startWorkspace");
const QString s_geometryKey = QStringLiteral("ui/windowGeometry");
const QString s_moduleKey = QStringLiteral("eid/pkcs11Module");
const QString s_signOutKey = QStringLiteral("eid/signOutOnCardRemoval");
const QString s_inactivityKey = QStringLiteral("security/inactivityLockMinutes");
const QString s_proxyModeKey = QStringLiteral("network/proxyMode");
const QString s_proxyAddressKey = QStringLiteral("network/proxyAddress");

QUrl &serverOverride()
{
    static QUrl url;
    return url;
}

QString &sessionDataDirectory()
{
    static QString directory;
    return directory;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString AppSettings::language()
{
    const QString code = QSettings().value(s_languageKey).toString();
    return i18n::isSupported(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(s_languageKey, code);
}

QUrl AppSettings::serverUrl()
{
    const auto checked = checkServerUrl(QSettings().value(s_serverUrlKey).toString());
    return checked ? *checked : QUrl();
}

void AppSettings::setServerUrl(const QUrl &url)
{
    QSettings().setValue(s_serverUrlKey, url.toString());
}

QUrl AppSettings::effectiveServerUrl()
{
    if (!serverOverride().isEmpty())
        return serverOverride();
    const QUrl saved = serverUrl();
    if (!saved.isEmpty())
        return saved;
    DataDir dir(dataDirectory());
    if (!dir.loadTrust())
        return {};
    const auto fromTrust = checkServerUrl(dir.portalUrl());
    return fromTrust ? *fromTrust : QUrl();
}

void AppSettings::setServerUrlOverride(const QUrl &url)
{
    serverOverride() = url;
}

QUrl AppSettings::serverUrlOverride()
{
    return serverOverride();
}

QString AppSettings::pkcs11Module()
{
    return QSettings().value(s_moduleKey).toString();
}

void AppSettings::setPkcs11Module(const QString &path)
{
    if (path.trimmed().isEmpty())
        QSettings().remove(s_moduleKey);
    else
        QSettings().setValue(s_moduleKey, path.trimmed());
}

AppSettings::ProxyMode AppSettings::proxyMode()
{
    const QString mode = QSettings().value(s_proxyModeKey).toString();
    if (mode == QLatin1String("none"))
        return ProxyMode::None;
    if (mode == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    const char *names[] = {"system", "none", "manual"};
    QSettings().setValue(s_proxyModeKey, QLatin1String(names[int(mode)]));
}

QString AppSettings::proxyAddress()
{
    return QSettings().value(s_proxyAddressKey).toString();
}

void AppSettings::setProxyAddress(const QString &hostAndPort)
{
    QSettings().setValue(s_proxyAddressKey, hostAndPort.trimmed());
}

Expected<std::pair<QString, quint16>> AppSettings::checkProxyAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? trimmed.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool numeric = false;
    const uint port = colon > 0 ? trimmed.mid(colon + 1).toUInt(&numeric) : 0;
    const bool hostOk =
        !host.isEmpty() && !host.contains(QLatin1Char(' ')) &&
        (!QHostAddress(host).isNull() || QUrl::fromUserInput(host).host() == host.toLower());
    if (!hostOk || !numeric || port == 0 || port > 65535) {
        return Error{QStringLiteral("settings.proxy.invalid"),
                     tr("\"%1\" is not a proxy address. Type the proxy's name and port, for "
                        "example proxy.example.be:8080.")
                         .arg(trimmed),
                     {trimmed}};
    }
    return std::pair<QString, quint16>{host, quint16(port)};
}

bool AppSettings::signOutOnCardRemoval()
{
    return QSettings().value(s_signOutKey, true).toBool();
}

void AppSettings::setSignOutOnCardRemoval(bool signOut)
{
    QSettings().setValue(s_signOutKey, signOut);
}

int AppSettings::inactivityLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(s_inactivityKey, 10).toInt(&ok);
    return ok ? qBound(0, minutes, 24 * 60) : 10;
}

void AppSettings::setInactivityLockMinutes(int minutes)
{
    QSettings().setValue(s_inactivityKey, qBound(0, minutes, 24 * 60));
}

Workspace AppSettings::startWorkspace()
{
    return workspaceFromKey(QSettings().value(s_startWorkspaceKey).toString());
}

void AppSettings::setStartWorkspace(Workspace workspace)
{
    QSettings().setValue(s_startWorkspaceKey, workspaceKey(workspace));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(s_geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(s_geometryKey, geometry);
}

QString AppSettings::dataDirectory()
{
    if (!sessionDataDirectory().isEmpty())
        return sessionDataDirectory();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void AppSettings::setDataDirectory(const QString &directory)
{
    sessionDataDirectory() = directory;
}

Expected<QUrl> AppSettings::checkServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Error{QStringLiteral("settings.serverUrl.invalid"),
                     tr("\"%1\" is not a web address. Type the full address, for example "
                        "https://portal.example.be.")
                         .arg(trimmed),
                     {trimmed}};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return url;
        return Error{QStringLiteral("settings.serverUrl.insecure"),
                     tr("The portal must be reached over a secure connection: use an address "
                        "starting with https://. Plain http:// is only allowed for this computer "
                        "(localhost)."),
                     {trimmed}};
    }
    return Error{QStringLiteral("settings.serverUrl.scheme"),
                 tr("\"%1\" is not a web address: it must start with https://.").arg(trimmed),
                 {trimmed}};
}

} // namespace guichet::ui

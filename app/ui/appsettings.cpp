#include "appsettings.h"

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

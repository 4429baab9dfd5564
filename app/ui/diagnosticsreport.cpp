#include "diagnosticsreport.h"

#include "componentversions.h"
#include "core/eid/modulefinder.h"
#include "core/i18n.h"
#include "core/logging.h"

#include <QDir>
#include <QGuiApplication>
#include <QSettings>
#include <QSslSocket>
#include <QSysInfo>

namespace guichet::ui {

DiagnosticsReport DiagnosticsReport::collect(const QString &dataDirectory)
{
    DiagnosticsReport report;
    report.m_created = QDateTime::currentDateTimeUtc();

    const QString application = tr("Application");
    report.add(application, tr("Guichet version"), ComponentVersions::guichet());
    report.add(
        application, tr("Qt version"),
        tr("%1 (built with %2)").arg(ComponentVersions::qtRuntime(), ComponentVersions::qtBuild()));
    report.add(application, tr("Platform plugin"), QGuiApplication::platformName());
    report.add(application, tr("Language"),
               i18n::nativeName(i18n::currentLanguage()) +
                   QStringLiteral(" (%1)").arg(i18n::currentLanguage()));

    const QString system = tr("System");
    report.add(system, tr("Operating system"), QSysInfo::prettyProductName());
    report.add(system, tr("Kernel"),
               QStringLiteral("%1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()));
    report.add(system, tr("Architecture"), QSysInfo::currentCpuArchitecture());

    const QString security = tr("Security");
    report.add(security, tr("OpenSSL version"), ComponentVersions::openSsl());
    const bool tls = QSslSocket::supportsSsl();
    report.add(security, tr("TLS support in Qt"),
               tls ? tr("Yes (%1, %2)")
                         .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString())
                   : tr("No: Qt found no usable TLS library"));
    report.add(security, tr("QtKeychain version"), ComponentVersions::qtKeychain());
    report.m_keychainIndex = report.m_entries.size();
    report.add(security, tr("Keychain"), QString());
    report.setKeychainState(KeychainProbe::State::Running);

    const QString eid = tr("eID card");
    const QList<eid::ModuleFinder::Module> modules = eid::ModuleFinder().find();
    QStringList moduleLines;
    for (const auto &module : modules) {
        QString line = module.path;
        if (!module.p11KitName.isEmpty())
            line += QLatin1Char(' ') + tr("(p11-kit: %1)").arg(module.p11KitName);
        if (!module.exists)
            line += QLatin1Char(' ') + tr("(file missing)");
        moduleLines.append(line);
    }
    report.add(eid, tr("PKCS#11 modules"),
               moduleLines.isEmpty() ? tr("None found") : moduleLines.join(QLatin1Char('\n')));

    const QString storage = tr("Storage");
    report.add(storage, tr("Data folder"), QDir::toNativeSeparators(dataDirectory));
    report.add(storage, tr("Settings file"), QDir::toNativeSeparators(QSettings().fileName()));
    return report;
}

QString DiagnosticsReport::value(const QString &label) const
{
    for (const Entry &entry : m_entries) {
        if (entry.label == label)
            return entry.value;
    }
    return {};
}

void DiagnosticsReport::setKeychainState(KeychainProbe::State state, const QString &errorString)
{
    if (m_keychainIndex < 0 || m_keychainIndex >= m_entries.size())
        return;
    QString text;
    switch (state) {
    case KeychainProbe::State::Idle:
    case KeychainProbe::State::Running:
        text = tr("Checking…");
        break;
    case KeychainProbe::State::Reachable:
        text = tr("Reachable");
        break;
    case KeychainProbe::State::Unreachable:
        text = tr("Not reachable: %1").arg(errorString);
        break;
    case KeychainProbe::State::TimedOut:
        text = tr("Not reachable: no answer within a few seconds");
        break;
    }
    m_entries[m_keychainIndex].value = text;
}

QStringList DiagnosticsReport::sections() const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        if (!result.contains(entry.section))
            result.append(entry.section);
    }
    return result;
}

QString DiagnosticsReport::toPlainText() const
{
    QString text = tr("Guichet diagnostics, %1").arg(m_created.toString(Qt::ISODate));
    text += QLatin1Char('\n');
    for (const QString &section : sections()) {
        text += QStringLiteral("\n[%1]\n").arg(section);
        for (const Entry &entry : m_entries) {
            if (entry.section != section)
                continue;
            // Continuation lines of a multi-line value are indented under their label.
            QString value = entry.value;
            value.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
            text += QStringLiteral("%1: %2\n").arg(entry.label, value);
        }
    }
    return logging::redact(text);
}

void DiagnosticsReport::add(const QString &section, const QString &label, const QString &value)
{
    m_entries.append({section, label, value});
}

} // namespace guichet::ui

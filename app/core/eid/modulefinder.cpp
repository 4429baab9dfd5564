#include "modulefinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>

namespace guichet::eid {

namespace {
// Debian's multiarch folder name for the architecture Guichet was built for.
QString multiarchTriplet()
{
    const QString arch = QSysInfo::buildCpuArchitecture();
    if (arch == QLatin1String("arm64"))
        return QStringLiteral("aarch64-linux-gnu");
    if (arch == QLatin1String("i386"))
        return QStringLiteral("i386-linux-gnu");
    return QStringLiteral("x86_64-linux-gnu");
}

QString canonicalOrSelf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

// The "key: value" lines of a p11-kit .module file (pkcs11.conf(5)).
QHash<QString, QString> moduleConfig(const QString &file)
{
    QHash<QString, QString> config;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return config;
    QTextStream stream(&in);
    while (!stream.atEnd()) {
        const QString line = stream.readLine().trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            config.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return config;
}

bool byPath(const ModuleFinder::Module &a, const ModuleFinder::Module &b)
{
    return a.path < b.path;
}
} // namespace

ModuleFinder::ModuleFinder()
{
    const QString lib = QStringLiteral("/usr/lib/") + multiarchTriplet();
    // Card modules only: pkcs11-spy and p11-kit-client in lib/pkcs11 are not readers.
    m_libraryPatterns = {
        // The Belgian eID middleware (eid-mw), from Debian or from the upstream packages.
        lib + QStringLiteral("/libbeidpkcs11.so*"),
        QStringLiteral("/usr/lib/libbeidpkcs11.so*"),
        QStringLiteral("/usr/lib64/libbeidpkcs11.so*"),
        QStringLiteral("/usr/local/lib/libbeidpkcs11.so*"),
        lib + QStringLiteral("/opensc-pkcs11.so"),
        lib + QStringLiteral("/pkcs11/opensc-pkcs11.so"),
        QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
        lib + QStringLiteral("/softhsm/libsofthsm2.so"),
    };
    m_p11KitDirectories = {QStringLiteral("/usr/share/p11-kit/modules"),
                           QStringLiteral("/etc/pkcs11/modules")};
    m_p11KitLibraryDirectory = lib + QStringLiteral("/pkcs11");
}

QList<ModuleFinder::Module> ModuleFinder::find() const
{
    QSet<QString> seen;
    QList<Module> registered;
    for (const QString &directory : m_p11KitDirectories) {
        const QFileInfoList files = QDir(directory).entryInfoList(
            {QStringLiteral("*.module")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            const QHash<QString, QString> config = moduleConfig(file.filePath());
            QString library = config.value(QStringLiteral("module"));
            if (library.isEmpty())
                continue;
            if (QFileInfo(library).isRelative())
                library = QDir(m_p11KitLibraryDirectory).filePath(library);
            const QString key = canonicalOrSelf(library);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const QString trust = config.value(QStringLiteral("trust-policy")).toLower();
            registered.append({QDir::cleanPath(library), file.completeBaseName(),
                               QFileInfo::exists(library),
                               trust == QLatin1String("yes") || trust == QLatin1String("true")});
        }
    }

    QList<Module> located;
    for (const QString &pattern : m_libraryPatterns) {
        const QFileInfo info(pattern);
        QFileInfoList candidates;
        if (info.fileName().contains(QLatin1Char('*')))
            candidates = QDir(info.path()).entryInfoList({info.fileName()}, QDir::Files);
        else if (info.isFile())
            candidates = {info};
        for (const QFileInfo &candidate : candidates) {
            const QString key = canonicalOrSelf(candidate.filePath());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            located.append({QDir::cleanPath(candidate.filePath()), QString(), true, false});
        }
    }

    std::sort(registered.begin(), registered.end(), byPath);
    std::sort(located.begin(), located.end(), byPath);
    return registered + located;
}

} // namespace guichet::eid

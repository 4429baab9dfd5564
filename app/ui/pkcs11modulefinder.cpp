#include "pkcs11modulefinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>

namespace guichet::ui {

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

// The value of the "module:" line of a p11-kit .module file, empty if there is none.
QString moduleLine(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream stream(&in);
    while (!stream.atEnd()) {
        const QString line = stream.readLine().trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && line.left(colon).trimmed() == QLatin1String("module"))
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool byPath(const Pkcs11ModuleFinder::Module &a, const Pkcs11ModuleFinder::Module &b)
{
    return a.path < b.path;
}
} // namespace

Pkcs11ModuleFinder::Pkcs11ModuleFinder()
{
    const QString lib = QStringLiteral("/usr/lib/") + multiarchTriplet();
    m_libraryPatterns = {
        lib + QStringLiteral("/pkcs11/*.so"),
        QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
        lib + QStringLiteral("/softhsm/libsofthsm2.so"),
        lib + QStringLiteral("/opensc-pkcs11.so"),
        // The Belgian eID middleware (eid-mw), from Debian or from the upstream packages.
        lib + QStringLiteral("/libbeidpkcs11.so.0"),
        lib + QStringLiteral("/libbeidpkcs11.so"),
        QStringLiteral("/usr/lib/libbeidpkcs11.so.0"),
        QStringLiteral("/usr/lib64/libbeidpkcs11.so.0"),
        QStringLiteral("/usr/local/lib/libbeidpkcs11.so"),
    };
    m_p11KitDirectories = {QStringLiteral("/usr/share/p11-kit/modules"),
                           QStringLiteral("/etc/pkcs11/modules")};
    m_p11KitLibraryDirectory = lib + QStringLiteral("/pkcs11");
}

QList<Pkcs11ModuleFinder::Module> Pkcs11ModuleFinder::find() const
{
    QSet<QString> seen;
    QList<Module> registered;
    for (const QString &directory : m_p11KitDirectories) {
        const QFileInfoList files = QDir(directory).entryInfoList(
            {QStringLiteral("*.module")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            QString library = moduleLine(file.filePath());
            if (library.isEmpty())
                continue;
            if (QFileInfo(library).isRelative())
                library = QDir(m_p11KitLibraryDirectory).filePath(library);
            const QString key = canonicalOrSelf(library);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            registered.append(
                {QDir::cleanPath(library), file.completeBaseName(), QFileInfo::exists(library)});
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
            located.append({QDir::cleanPath(candidate.filePath()), QString(), true});
        }
    }

    std::sort(registered.begin(), registered.end(), byPath);
    std::sort(located.begin(), located.end(), byPath);
    return registered + located;
}

} // namespace guichet::ui

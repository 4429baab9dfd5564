#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::ui {

// Finds the PKCS#11 modules installed on this machine, for the Diagnostics report: the usual
// library locations (OpenSC, SoftHSM2, the Belgian eID middleware) and the modules registered
// with p11-kit. Only looks at files; no module is loaded.
class Pkcs11ModuleFinder
{
public:
    struct Module
    {
        QString path;
        // Where the module was found: a p11-kit registration name (e.g. "opensc-pkcs11"), or
        // empty for a known library location.
        QString p11KitName;
        bool exists = true;
    };

    // Searches the standard Debian locations.
    Pkcs11ModuleFinder();

    // Library files or patterns whose file name may hold '*' (e.g. "/usr/lib/pkcs11/*.so").
    QStringList libraryPatterns() const { return m_libraryPatterns; }
    void setLibraryPatterns(const QStringList &patterns) { m_libraryPatterns = patterns; }

    // Folders of p11-kit's *.module files.
    QStringList p11KitModuleDirectories() const { return m_p11KitDirectories; }
    void setP11KitModuleDirectories(const QStringList &directories)
    {
        m_p11KitDirectories = directories;
    }

    // Where p11-kit looks for a module given by a bare file name.
    QString p11KitLibraryDirectory() const { return m_p11KitLibraryDirectory; }
    void setP11KitLibraryDirectory(const QString &directory)
    {
        m_p11KitLibraryDirectory = directory;
    }

    // Each module once (by canonical path), p11-kit registrations first, sorted by path within
    // each group. A p11-kit registration whose library is missing is listed with exists false.
    QList<Module> find() const;

private:
    QStringList m_libraryPatterns;
    QStringList m_p11KitDirectories;
    QString m_p11KitLibraryDirectory;
};

} // namespace guichet::ui

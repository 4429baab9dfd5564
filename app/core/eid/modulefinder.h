#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet::eid {

// Finds the PKCS#11 modules installed on this machine (for the Diagnostics report, `guichet-cli
// eid status` and the login): the modules registered with p11-kit and the usual library
// locations (the Belgian eID middleware, OpenSC, SoftHSM2). Only looks at files; no module is
// loaded.
class ModuleFinder
{
public:
    struct Module
    {
        QString path;
        // Where the module was found: a p11-kit registration name (e.g. "opensc-pkcs11"), or
        // empty for a known library location.
        QString p11KitName;
        bool exists = true;
        // A p11-kit registration marked "trust-policy: yes" (p11-kit-trust): CA anchors, no card.
        bool trustPolicy = false;
    };

    // Searches the standard Debian locations.
    ModuleFinder();

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

} // namespace guichet::eid

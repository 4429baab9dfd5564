#pragma once

#include "module.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

// The sandbox's SQLite file (DIR/sandbox/sandbox.sqlite) and the per-module migration runner.
// Table module_state(module, version, seeded) records how many migrations of each module ran
// and whether its seed ran, so a data folder made by an older sandbox is brought up to date and
// a module added later is still seeded once.
namespace guichet::sandbox {

struct World;

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating) the file; WAL mode, foreign keys on.
    bool open(const QString &path, QString *error);
    // Runs every module's pending migrations (core first), then the seed of every module not yet
    // seeded, each in its own transaction.
    bool migrate(const std::vector<Module> &modules, const World &world, QString *error);

    QSqlDatabase &db() { return m_db; }
    // The applied migration count of a module (0 if none).
    int version(const QString &module);

private:
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace guichet::sandbox

#pragma once

#include "core/drafts/draft.h"
#include "core/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// One SQLite connection (QtSql, QSQLITE) to the drafts file, set up for durability: WAL
// journal, synchronous=FULL (a commit that returned survives a kill or a power cut),
// foreign keys on, a busy timeout so that the GUI, the CLI and worker threads can share the file.
//
// Thread rules: a connection belongs to the thread that opened it (Qt's rule for QSqlDatabase);
// open one Database per thread. Each gets its own connection name.
namespace guichet::drafts {

class Database
{
public:
    // Creates the file (owner-only permissions) if needed. Errors: storage-failed,
    // storage-damaged (not an SQLite file, or corrupt).
    static Expected<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one statement with positional bindings ("?"). Errors: storage-failed,
    // storage-damaged.
    Expected<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    // BEGIN IMMEDIATE: takes the write lock at once, so that a transaction that reads before it
    // writes cannot fail half-way on a concurrent writer (SQLITE_BUSY_SNAPSHOT in WAL mode).
    // Commits only through commit(); rolls back when destroyed otherwise.
    class Transaction
    {
    public:
        explicit Transaction(Database &db) : m_db(db) {}
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Status begin();
        Status commit();

    private:
        Database &m_db;
        bool m_open = false;
    };

    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

    // The error for a failed query or driver call (storage-damaged for SQLITE_CORRUPT and
    // SQLITE_NOTADB, else storage-failed).
    static Error errorFrom(const QSqlError &error);

private:
    Database() = default;
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace guichet::drafts

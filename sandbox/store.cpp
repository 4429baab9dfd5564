#include "store.h"

#include "seed.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guichet::sandbox {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

} // namespace

Store::Store() : m_connectionName(QStringLiteral("sandbox-") + QUuid::createUuid().toString()) {}

Store::~Store()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // WAL + NORMAL: a crash loses at most the last transactions, never consistency, and writes
    // stay fast enough for the start-up budget.
    return exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
           exec(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           exec(m_db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS module_state (module TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL DEFAULT 0, "
                               "seeded INTEGER NOT NULL DEFAULT 0)"),
                error);
}

int Store::version(const QString &module)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM module_state WHERE module = ?"));
    query.addBindValue(module);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Store::migrate(const std::vector<Module> &modules, const World &world, QString *error)
{
    for (const Module &module : modules) {
        const QString name = QString::fromUtf8(module.name);
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO module_state (module) VALUES (?)"));
        insert.addBindValue(name);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        for (int v = version(name); v < int(module.migrations.size()); ++v) {
            if (!m_db.transaction()) {
                *error = m_db.lastError().text();
                return false;
            }
            QSqlQuery bump(m_db);
            bump.prepare(QStringLiteral("UPDATE module_state SET version = ? WHERE module = ?"));
            bump.addBindValue(v + 1);
            bump.addBindValue(name);
            if (!module.migrations[size_t(v)](m_db) || !bump.exec()) {
                m_db.rollback();
                *error = QStringLiteral("module %1: migration %2 failed (%3)")
                             .arg(name)
                             .arg(v + 1)
                             .arg(m_db.lastError().text());
                return false;
            }
            if (!m_db.commit()) {
                *error = m_db.lastError().text();
                return false;
            }
        }
    }
    for (const Module &module : modules) {
        const QString name = QString::fromUtf8(module.name);
        QSqlQuery seeded(m_db);
        seeded.prepare(QStringLiteral("SELECT seeded FROM module_state WHERE module = ?"));
        seeded.addBindValue(name);
        if (!seeded.exec() || !seeded.next()) {
            *error = seeded.lastError().text();
            return false;
        }
        if (seeded.value(0).toInt() != 0)
            continue;
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        QSqlQuery mark(m_db);
        mark.prepare(QStringLiteral("UPDATE module_state SET seeded = 1 WHERE module = ?"));
        mark.addBindValue(name);
        if ((module.seed && !module.seed(m_db, world)) || !mark.exec()) {
            m_db.rollback();
            *error =
                QStringLiteral("module %1: seed failed (%2)").arg(name, m_db.lastError().text());
            return false;
        }
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace guichet::sandbox

#include "database.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace guichet::drafts {

namespace {

// SQLite creates the file with the umask's permissions; drafts are for their owner only.
// (SQLite gives the -wal and -shm files the permissions of the database file.)
bool createPrivately(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append);
#endif
}

} // namespace

Error Database::errorFrom(const QSqlError &error)
{
    const int native = error.nativeErrorCode().toInt();
    const QString detail = error.text();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes (low byte).
    if ((native & 0xff) == 11 || (native & 0xff) == 26)
        return Error{
            QString::fromLatin1(errors::storageDamaged),
            QCoreApplication::translate("guichet::drafts", "The drafts file is damaged (%1).")
                .arg(detail),
            {detail}};
    return Error{QString::fromLatin1(errors::storageFailed),
                 QCoreApplication::translate("guichet::drafts",
                                             "The drafts file could not be read or written (%1).")
                     .arg(detail),
                 {detail}};
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!QFileInfo::exists(path) && !createPrivately(path))
        return Error{QString::fromLatin1(errors::storageFailed),
                     QCoreApplication::translate("guichet::drafts",
                                                 "The drafts file \"%1\" cannot be created.")
                         .arg(path),
                     {path}};
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_name = QStringLiteral("guichet-drafts-") + QUuid::createUuid().toString(QUuid::Id128);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_name);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db->m_db.open())
        return errorFrom(db->m_db.lastError());

    // journal_mode answers with the mode in force: a file that cannot switch to WAL (e.g. on a
    // network share without shared memory) must not silently lose the durability guarantees.
    auto mode = db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (!mode->next() ||
        mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QString::fromLatin1(errors::storageFailed),
                     QCoreApplication::translate("guichet::drafts",
                                                 "The drafts file cannot use write-ahead logging."),
                     {}};
    for (const char *pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
        auto done = db->exec(QString::fromLatin1(pragma));
        if (!done)
            return done.error();
    }
    return db;
}

Database::~Database()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Expected<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDrafts) << "SQL failed:" << query.lastError().text();
        return errorFrom(query.lastError());
    }
    return query;
}

Status Database::Transaction::begin()
{
    auto done = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!done)
        return done.error();
    m_open = true;
    return success();
}

Status Database::Transaction::commit()
{
    auto done = m_db.exec(QStringLiteral("COMMIT"));
    if (!done)
        return done.error();
    m_open = false;
    return success();
}

Database::Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace guichet::drafts

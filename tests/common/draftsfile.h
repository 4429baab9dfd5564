#pragma once

// Looks into a data folder's drafts file from outside, as an auditor would (header only).

#include "core/drafts/draftstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace guichet::test {

// What is left of `owner` in dataDir's drafts file: rows of drafts, keys or outbox items, and
// any file of the database (its WAL and journal included) whose bytes contain the owner id or
// one of `secrets` (a national number...). Empty when nothing is.
inline QStringList traces(const QString &dataDir, const QString &owner,
                          const QStringList &secrets = {})
{
    QStringList found;
    const QString connection = QStringLiteral("guichet-test-traces");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(drafts::DraftStore::fileName()));
        if (!db.open()) {
            found << QStringLiteral("the drafts file does not open");
        } else {
            for (const char *table : {"drafts", "keys", "outbox"}) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE owner = ?")
                              .arg(QLatin1String(table)));
                q.addBindValue(owner);
                if (!q.exec() || !q.next())
                    found << QStringLiteral("%1: cannot be read").arg(QLatin1String(table));
                else if (const int rows = q.value(0).toInt(); rows > 0)
                    found << QStringLiteral("%1: %2 row(s)").arg(QLatin1String(table)).arg(rows);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QStringList needles = secrets;
    needles.append(owner);
    const QDir dir(dataDir);
    for (const QString &name : dir.entryList({drafts::DraftStore::fileName() + QLatin1Char('*')})) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            found << QStringLiteral("%1: cannot be read").arg(name);
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QString &needle : std::as_const(needles)) {
            if (bytes.contains(needle.toUtf8()))
                found << QStringLiteral("%1 holds %2").arg(name, needle);
        }
    }
    return found;
}

} // namespace guichet::test

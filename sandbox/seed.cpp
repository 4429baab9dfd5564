#include "seed.h"

#include "module.h"

#include <QSqlError>
#include <QSqlQuery>

// The core module: the world tables (people, enterprises, mandates, Dimona periods), the audit
// table, and the demo world that fills them on first start.
namespace guichet::sandbox {

namespace {

bool run(QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromUtf8(sql)))
        return true;
    qWarning("sandbox: %s: %s", sql, qPrintable(query.lastError().text()));
    return false;
}

bool createWorldTables(QSqlDatabase &db)
{
    return run(db, "CREATE TABLE people (national_number TEXT PRIMARY KEY, given_name TEXT NOT "
                   "NULL, surname TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                   "roles TEXT NOT NULL DEFAULT 'citizen')") &&
           run(db, "CREATE TABLE enterprises (number TEXT PRIMARY KEY, name TEXT NOT NULL, "
                   "kind TEXT NOT NULL DEFAULT 'employer', address TEXT NOT NULL DEFAULT '', "
                   "joint_committee INTEGER NOT NULL DEFAULT 0)") &&
           run(db, "CREATE TABLE mandates (id INTEGER PRIMARY KEY, national_number TEXT NOT "
                   "NULL, enterprise_number TEXT NOT NULL REFERENCES enterprises(number), "
                   "capacity TEXT NOT NULL, via_enterprise_number TEXT NOT NULL DEFAULT '', "
                   "UNIQUE (national_number, enterprise_number))") &&
           run(db, "CREATE TABLE dimona_periods (period_id TEXT PRIMARY KEY, "
                   "enterprise_number TEXT NOT NULL, national_number TEXT NOT NULL, "
                   "worker_type TEXT NOT NULL, joint_committee INTEGER NOT NULL DEFAULT 0, "
                   "start_date TEXT NOT NULL, end_date TEXT, status TEXT NOT NULL)") &&
           run(db, "CREATE INDEX dimona_periods_by_enterprise ON dimona_periods "
                   "(enterprise_number, national_number)") &&
           run(db, "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, agent TEXT "
                   "NOT NULL, citizen TEXT NOT NULL, action TEXT NOT NULL, resource TEXT NOT "
                   "NULL)") &&
           run(db, "CREATE INDEX audit_by_citizen ON audit (citizen, at)");
}

// QSqlQuery binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool failed(const QSqlQuery &query)
{
    qWarning("sandbox: seed: %s", qPrintable(query.lastError().text()));
    return false;
}

bool seedWorld(QSqlDatabase &db, const World &world)
{
    QSqlQuery person(db);
    person.prepare(QStringLiteral("INSERT INTO people (national_number, given_name, surname, "
                                  "address, roles) VALUES (?, ?, ?, ?, ?)"));
    for (const Person &p : world.people) {
        person.addBindValue(p.nationalNumber);
        person.addBindValue(p.givenName);
        person.addBindValue(p.surname);
        person.addBindValue(text(p.address));
        person.addBindValue(p.roles.join(QLatin1Char(',')));
        if (!person.exec())
            return failed(person);
    }
    QSqlQuery enterprise(db);
    enterprise.prepare(QStringLiteral("INSERT INTO enterprises (number, name, kind, address, "
                                      "joint_committee) VALUES (?, ?, ?, ?, ?)"));
    for (const Enterprise &e : world.enterprises) {
        enterprise.addBindValue(e.number);
        enterprise.addBindValue(e.name);
        enterprise.addBindValue(e.kind);
        enterprise.addBindValue(text(e.address));
        enterprise.addBindValue(e.jointCommittee);
        if (!enterprise.exec())
            return failed(enterprise);
    }
    QSqlQuery mandate(db);
    mandate.prepare(QStringLiteral("INSERT INTO mandates (national_number, enterprise_number, "
                                   "capacity, via_enterprise_number) VALUES (?, ?, ?, ?)"));
    for (const Mandate &m : world.mandates) {
        mandate.addBindValue(m.nationalNumber);
        mandate.addBindValue(m.enterpriseNumber);
        mandate.addBindValue(m.capacity);
        mandate.addBindValue(text(m.viaEnterpriseNumber));
        if (!mandate.exec())
            return failed(mandate);
    }
    QSqlQuery period(db);
    period.prepare(QStringLiteral(
        "INSERT INTO dimona_periods (period_id, enterprise_number, national_number, worker_type, "
        "joint_committee, start_date, end_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DimonaPeriod &d : world.dimonaPeriods) {
        period.addBindValue(d.periodId);
        period.addBindValue(d.enterpriseNumber);
        period.addBindValue(d.nationalNumber);
        period.addBindValue(d.workerType);
        period.addBindValue(d.jointCommittee);
        period.addBindValue(d.startDate.toString(Qt::ISODate));
        period.addBindValue(d.endDate.isValid() ? QVariant(d.endDate.toString(Qt::ISODate))
                                                : QVariant());
        period.addBindValue(d.status);
        if (!period.exec())
            return failed(period);
    }
    return true;
}

World makeDemoWorld()
{
    World w;
    w.people = {
        {QStringLiteral("86031412323"),
         QStringLiteral("Thomas"),
         QStringLiteral("Janssens"),
         QStringLiteral("Rue de la Loi 16, 1000 Bruxelles"),
         {QStringLiteral("citizen"), QStringLiteral("self-employed"), QStringLiteral("employer"),
          QStringLiteral("helpdesk")}},
    };
    w.enterprises = {
        {QStringLiteral("0403019261"), QStringLiteral("Brasserie Janssens SRL"),
         QStringLiteral("employer"), QStringLiteral("Grand-Place 1, 1000 Bruxelles"), 302},
    };
    w.mandates = {
        {QStringLiteral("86031412323"),
         QStringLiteral("0403019261"),
         QStringLiteral("employer"),
         {}},
    };
    return w;
}

} // namespace

const World &World::demo()
{
    static const World world = makeDemoWorld();
    return world;
}

const Person *World::person(const QString &nationalNumber) const
{
    for (const Person &p : people) {
        if (p.nationalNumber == nationalNumber)
            return &p;
    }
    return nullptr;
}

const Enterprise *World::enterprise(const QString &number) const
{
    for (const Enterprise &e : enterprises) {
        if (e.number == number)
            return &e;
    }
    return nullptr;
}

bool isValidDimonaPeriodId(const QString &periodId)
{
    if (periodId.size() != 12)
        return false;
    for (const QChar c : periodId) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const quint64 head = periodId.left(10).toULongLong();
    return periodId.right(2).toInt() == int(97 - head % 97);
}

QString makeDimonaPeriodId(quint64 sequence)
{
    const quint64 head = sequence % 10000000000ULL;
    return QStringLiteral("%1%2")
        .arg(head, 10, 10, QLatin1Char('0'))
        .arg(97 - head % 97, 2, 10, QLatin1Char('0'));
}

SANDBOX_MODULE(coreModule, Module{.name = "core",
                                  .migrations = {createWorldTables},
                                  .seed = seedWorld,
                                  .routes = nullptr,
                                  .start = nullptr});

} // namespace guichet::sandbox

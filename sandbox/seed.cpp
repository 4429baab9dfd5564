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

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList roles(std::initializer_list<const char *> names)
{
    QStringList list{QStringLiteral("citizen")};
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// Identifiers: national numbers follow the NISS rule (check = 97 - first nine digits mod 97,
// with 2 000 000 000 added for people born from 2000: 03041721277, 05092133112, 02110507619,
// 01061228430); the sequence is odd for men and even for women. Enterprise numbers: check =
// 97 - first eight digits mod 97.
World makeDemoWorld()
{
    World w;
    w.people = {
        // The demo identity: every role.
        {s("86031412323"), s("Thomas"), s("Janssens"), s("Rue de la Loi 16, 1000 Bruxelles"),
         roles({"self-employed", "employer", "helpdesk"})},
        // A social secretariat's file manager (acts through SocialSec Partners).
        {s("78052224589"), s("Marc"), s("Lambert"), s("Chaussée de Wavre 112, 1050 Ixelles"),
         roles({"employer"})},
        // A helpdesk agent and nothing else.
        {s("91090731888"), s("Sofie"), s("Peeters"), s("Lange Nieuwstraat 8, 2000 Antwerpen"),
         roles({"helpdesk"})},
        // Employers (company directors are self-employed in Belgium).
        {s("65011208752"), s("Jean"), s("Dupont"), s("Rue Haute 40, 4000 Liège"),
         roles({"self-employed", "employer"})},
        {s("70070705986"), s("Pieter"), s("De Smet"), s("Kortrijksesteenweg 98, 9000 Gent"),
         roles({"self-employed", "employer"})},
        // Self-employed.
        {s("72080319027"), s("Nathalie"), s("Dubois"), s("Rue de Namur 5, 5000 Namur"),
         roles({"self-employed"})},
        {s("88063015559"), s("Lucas"), s("Wouters"), s("Diestsestraat 77, 3000 Leuven"),
         roles({"self-employed"})},
        // Workers.
        {s("95022840288"), s("Emma"), s("Claes"), s("Rue Neuve 120, 1000 Bruxelles"), roles({})},
        {s("03041721277"), s("Louise"), s("Mertens"), s("Avenue de la Couronne 30, 1050 Ixelles"),
         roles({})},
        {s("05092133112"), s("Noah"), s("Jacobs"), s("Rue Saint-Gilles 14, 4000 Liège"), roles({})},
        {s("02110507619"), s("Olivia"), s("Maes"), s("Boulevard d'Avroy 60, 4000 Liège"),
         roles({})},
        {s("99010126644"), s("Julie"), s("Lambert"), s("Rue du Midi 33, 1000 Bruxelles"),
         roles({})},
        {s("83031541130"), s("Kevin"), s("Willems"), s("Rue Féronstrée 9, 4000 Liège"), roles({})},
        {s("93041913812"), s("Laura"), s("Hermans"), s("Quai de Rome 21, 4000 Liège"), roles({})},
        {s("01061228430"), s("Chloé"), s("Leroy"), s("Rue de Nimy 45, 7000 Mons"), roles({})},
        {s("97051134737"), s("Arthur"), s("Goossens"), s("Rue des Capucins 2, 7000 Mons"),
         roles({})},
        // Citizens only.
        {s("60022401752"), s("André"), s("Lemaire"), s("Rue de Bruxelles 7, 1300 Wavre"),
         roles({})},
        {s("85073003328"), s("Bart"), s("Vermeulen"), s("Vrijdagmarkt 3, 9000 Gent"), roles({})},
    };
    w.enterprises = {
        {s("0403019261"), s("Brasserie Janssens SRL"), s("employer"),
         s("Grand-Place 1, 1000 Bruxelles"), 302},
        {s("0411732435"), s("Boulangerie Dupont SA"), s("employer"), s("Rue Haute 42, 4000 Liège"),
         118},
        {s("0872654362"), s("SocialSec Partners ASBL"), s("social-secretariat"),
         s("Avenue Louise 250, 1050 Ixelles"), 0},
        {s("0476543281"), s("Café du Parc SRL"), s("employer"), s("Place du Parc 3, 7000 Mons"),
         302},
        {s("0623456711"), s("Garage De Smet BV"), s("employer"),
         s("Kortrijksesteenweg 100, 9000 Gent"), 112},
        {s("0789123407"), s("Payroll Services BV"), s("service-provider"),
         s("Meir 20, 2000 Antwerpen"), 0},
    };
    const QString secretariat = s("0872654362");
    w.mandates = {
        {s("86031412323"), s("0403019261"), s("employer"), {}},
        {s("86031412323"), s("0411732435"), s("social-secretariat"), secretariat},
        {s("78052224589"), s("0411732435"), s("social-secretariat"), secretariat},
        {s("78052224589"), s("0476543281"), s("social-secretariat"), secretariat},
        {s("65011208752"), s("0411732435"), s("employer"), {}},
        {s("70070705986"), s("0623456711"), s("employer"), {}},
        {s("72080319027"), s("0623456711"), s("service-provider"), s("0789123407")},
    };
    // Period ids: sequence 2024000001 upwards (see makeDimonaPeriodId).
    const auto period = [](quint64 n, const char *enterprise, const char *worker, const char *type,
                           int committee, QDate start, QDate end, const char *status) {
        return DimonaPeriod{makeDimonaPeriodId(2024000000 + n),
                            s(enterprise),
                            s(worker),
                            s(type),
                            committee,
                            start,
                            end,
                            s(status)};
    };
    w.dimonaPeriods = {
        period(1, "0403019261", "95022840288", "OTH", 302, day(2023, 3, 1), {}, "open"),
        period(2, "0403019261", "88063015559", "OTH", 302, day(2022, 9, 1), day(2024, 6, 30),
               "closed"),
        period(3, "0403019261", "03041721277", "STU", 302, day(2024, 7, 1), day(2024, 8, 31),
               "closed"),
        period(4, "0403019261", "99010126644", "FLX", 302, day(2024, 1, 15), {}, "open"),
        period(5, "0403019261", "05092133112", "STU", 302, day(2025, 2, 1), day(2025, 2, 28),
               "cancelled"),
        period(6, "0411732435", "83031541130", "OTH", 118, day(2019, 5, 1), {}, "open"),
        period(7, "0411732435", "05092133112", "STU", 118, day(2024, 7, 1), day(2024, 7, 31),
               "closed"),
        period(8, "0411732435", "93041913812", "OTH", 118, day(2024, 10, 1), {}, "cancelled"),
        period(9, "0411732435", "02110507619", "FLX", 118, day(2025, 3, 1), {}, "open"),
        period(10, "0476543281", "97051134737", "OTH", 302, day(2021, 11, 15), {}, "open"),
        period(11, "0476543281", "01061228430", "EXT", 302, day(2025, 6, 14), day(2025, 6, 15),
               "closed"),
        period(12, "0623456711", "88063015559", "OTH", 112, day(2024, 7, 1), {}, "open"),
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

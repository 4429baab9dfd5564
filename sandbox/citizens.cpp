#include "contributions.h"
#include "module.h"
#include "people.h"
#include "seed.h"
#include "seed_people.h"
#include "server.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

// Citizen data (docs/API.md "Citizen data"): flexi-job earnings and student hours against the
// year's ceiling and quota, and the self-employed person's provisional contributions. A citizen
// reads their own; the helpdesk reads anyone's, and every such read is audited so the citizen
// sees it in GET /me/audit.
namespace guichet::sandbox {

namespace {

bool run(QSqlDatabase &db, const char *sql)
{
    QSqlQuery q(db);
    if (q.exec(QString::fromUtf8(sql)))
        return true;
    qWarning("sandbox citizens: %s: %s", sql, qPrintable(q.lastError().text()));
    return false;
}

bool createTables(QSqlDatabase &db)
{
    return run(db, "CREATE TABLE flexi_earnings (national_number TEXT NOT NULL, year INTEGER NOT "
                   "NULL, month INTEGER NOT NULL, amount_cents INTEGER NOT NULL, "
                   "PRIMARY KEY (national_number, year, month))") &&
           run(db, "CREATE TABLE student_hours (national_number TEXT NOT NULL, year INTEGER NOT "
                   "NULL, month INTEGER NOT NULL, hours INTEGER NOT NULL, "
                   "PRIMARY KEY (national_number, year, month))") &&
           run(db, "CREATE TABLE self_employed (national_number TEXT PRIMARY KEY, "
                   "activity_start TEXT NOT NULL, estimate_cents INTEGER)") &&
           run(db, "CREATE TABLE self_employed_income (national_number TEXT NOT NULL, year "
                   "INTEGER NOT NULL, income_cents INTEGER NOT NULL, "
                   "PRIMARY KEY (national_number, year))") &&
           run(db, "CREATE TABLE citizen_profiles (national_number TEXT PRIMARY KEY, given_name "
                   "TEXT NOT NULL, surname TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                   "roles TEXT NOT NULL DEFAULT 'citizen')");
}

bool insertMonths(QSqlDatabase &db, const char *table, const char *column,
                  const QList<MonthlyFigure> &rows)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (national_number, year, month, %2) "
                             "VALUES (?, ?, ?, ?)")
                  .arg(QLatin1String(table), QLatin1String(column)));
    for (const MonthlyFigure &row : rows) {
        q.addBindValue(row.nationalNumber);
        q.addBindValue(row.year);
        q.addBindValue(row.month);
        q.addBindValue(row.value);
        if (!q.exec()) {
            qWarning("sandbox citizens: seed %s: %s", table, qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

bool seedCitizens(QSqlDatabase &db, const World &world)
{
    const PeopleSeed seed = PeopleSeed::build(world);
    if (!insertMonths(db, "flexi_earnings", "amount_cents", seed.flexiEarnings) ||
        !insertMonths(db, "student_hours", "hours", seed.studentHours))
        return false;
    QSqlQuery person(db);
    person.prepare(QStringLiteral("INSERT INTO self_employed (national_number, activity_start, "
                                  "estimate_cents) VALUES (?, ?, ?)"));
    QSqlQuery income(db);
    income.prepare(QStringLiteral("INSERT INTO self_employed_income (national_number, year, "
                                  "income_cents) VALUES (?, ?, ?)"));
    for (const SelfEmployedSeed &s : seed.selfEmployed) {
        person.addBindValue(s.nationalNumber);
        person.addBindValue(s.activityStart.toString(Qt::ISODate));
        person.addBindValue(s.estimateCents ? QVariant(*s.estimateCents) : QVariant());
        if (!person.exec())
            return false;
        for (const auto &[year, cents] : s.incomes) {
            income.addBindValue(s.nationalNumber);
            income.addBindValue(year);
            income.addBindValue(cents);
            if (!income.exec())
                return false;
        }
    }
    QSqlQuery profile(db);
    profile.prepare(QStringLiteral("INSERT INTO citizen_profiles (national_number, given_name, "
                                   "surname, address, roles) VALUES (?, ?, ?, ?, ?)"));
    for (const CitizenProfile &c : seed.citizens) {
        profile.addBindValue(c.nationalNumber);
        profile.addBindValue(c.givenName);
        profile.addBindValue(c.surname);
        profile.addBindValue(c.address);
        profile.addBindValue(c.roles.join(QLatin1Char(',')));
        if (!profile.exec())
            return false;
    }
    return true;
}

// The twelve months of a year, 0 where nothing is on file.
std::array<qint64, 12> monthsOf(QSqlDatabase &db, const char *table, const char *column,
                                const QString &nationalNumber, int year)
{
    std::array<qint64, 12> months{};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT month, %1 FROM %2 WHERE national_number = ? AND year = ?")
                  .arg(QLatin1String(column), QLatin1String(table)));
    q.addBindValue(nationalNumber);
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next()) {
            const int month = q.value(0).toInt();
            if (month >= 1 && month <= 12)
                months[std::size_t(month - 1)] = q.value(1).toLongLong();
        }
    }
    return months;
}

// The citizen's data may be read: by themself, or by the helpdesk (audited; 404 for a number
// nobody knows). Returns the problem to answer otherwise.
std::optional<Response> authorise(Server &server, const Request &request, const QString &citizen,
                                  const char *action)
{
    if (auto denied = server.requireAuth(request))
        return denied;
    if (!people::isNationalNumberShaped(citizen))
        return Server::problem(400, QStringLiteral("invalid-request"),
                               QStringLiteral("Invalid national number"),
                               QStringLiteral("A national number is 11 digits, such as "
                                              "86031412323"));
    if (request.caller.nationalNumber == citizen)
        return std::nullopt;
    if (!request.caller.hasRole(QStringLiteral("helpdesk")))
        return Server::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                               QStringLiteral("Only the citizen or the helpdesk may read this"));
    if (!people::findCitizen(server.db(), citizen))
        return Server::problem(404, QStringLiteral("unknown-citizen"),
                               QStringLiteral("Unknown citizen"),
                               QStringLiteral("No citizen with that national number"));
    if (!server.audit(request.caller.nationalNumber, citizen, QLatin1String(action), request.path))
        return Server::problem(500, QStringLiteral("internal-error"),
                               QStringLiteral("The access could not be audited"));
    return std::nullopt;
}

// ?year=YYYY, this year when absent.
std::optional<Response> yearParameter(const Server &server, const Request &request, int *year)
{
    *year = server.now().date().year();
    if (!request.query.hasQueryItem(QStringLiteral("year")))
        return std::nullopt;
    const QString text = request.query.queryItemValue(QStringLiteral("year"));
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.size() != 4 || value < 1990 || value > 2100)
        return Server::problem(400, QStringLiteral("invalid-parameter"),
                               QStringLiteral("Invalid parameter"),
                               QStringLiteral("year must be a year such as 2025"));
    *year = value;
    return std::nullopt;
}

Response quotas(Server &server, const Request &request)
{
    const QString citizen = request.param(QStringLiteral("nationalNumber"));
    if (auto denied = authorise(server, request, citizen, "helpdesk.quotas"))
        return *denied;
    int year = 0;
    if (auto invalid = yearParameter(server, request, &year))
        return *invalid;

    const auto earnings = monthsOf(server.db(), "flexi_earnings", "amount_cents", citizen, year);
    QJsonArray flexiMonths;
    qint64 earned = 0;
    for (int m = 0; m < 12; ++m) {
        flexiMonths.append(
            QJsonObject{{"month", m + 1}, {"amount", people::money(earnings[std::size_t(m)])}});
        earned += earnings[std::size_t(m)];
    }
    const auto ceiling = contributions::flexiCeilingCents(year);
    QJsonObject flexi{
        {"ceiling", ceiling ? people::money(*ceiling) : QJsonValue()},
        {"earned", people::money(earned)},
        {"left", ceiling ? people::money(std::max<qint64>(*ceiling - earned, 0)) : QJsonValue()},
        {"excess", ceiling ? people::money(std::max<qint64>(earned - *ceiling, 0)) : QJsonValue()},
        {"months", flexiMonths}};

    const auto hours = monthsOf(server.db(), "student_hours", "hours", citizen, year);
    QJsonArray studentMonths;
    qint64 used = 0;
    for (int m = 0; m < 12; ++m) {
        studentMonths.append(QJsonObject{{"month", m + 1}, {"hours", hours[std::size_t(m)]}});
        used += hours[std::size_t(m)];
    }
    const auto quota = contributions::studentQuotaHours(year);
    QJsonObject student{
        {"quota", quota ? QJsonValue(*quota) : QJsonValue()},
        {"used", used},
        {"left", quota ? QJsonValue(std::max<qint64>(*quota - used, 0)) : QJsonValue()},
        {"excess", quota ? QJsonValue(std::max<qint64>(used - *quota, 0)) : QJsonValue()},
        {"months", studentMonths}};

    return Response::json(QJsonObject{
        {"year", year}, {"nationalNumber", citizen}, {"flexi", flexi}, {"student", student}});
}

struct SelfEmployed
{
    QDate activityStart;
    std::optional<qint64> estimateCents;
};

std::optional<SelfEmployed> selfEmployed(QSqlDatabase &db, const QString &nationalNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT activity_start, estimate_cents FROM self_employed "
                             "WHERE national_number = ?"));
    q.addBindValue(nationalNumber);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SelfEmployed s;
    s.activityStart = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (!q.value(1).isNull())
        s.estimateCents = q.value(1).toLongLong();
    return s;
}

std::optional<qint64> incomeOf(QSqlDatabase &db, const QString &nationalNumber, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT income_cents FROM self_employed_income "
                             "WHERE national_number = ? AND year = ?"));
    q.addBindValue(nationalNumber);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// "50000", "50000.5", "50000.50" -> cents; nullopt for anything else (no sign, no exponent).
std::optional<qint64> parseEuros(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,9})(?:\.(\d{1,2}))?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    return cents;
}

QJsonValue bracketsJson(const contributions::Rules &rules)
{
    QJsonArray brackets;
    for (const contributions::Bracket &b : rules.brackets) {
        brackets.append(QJsonObject{{"from", people::money(b.fromCents)},
                                    {"to", b.toCents ? people::money(*b.toCents) : QJsonValue()},
                                    {"rate", b.rateBasisPoints / 100.0}});
    }
    return brackets;
}

Response contributionsOf(Server &server, const Request &request)
{
    const QString citizen = request.param(QStringLiteral("nationalNumber"));
    if (auto denied = authorise(server, request, citizen, "helpdesk.contributions"))
        return *denied;
    int year = 0;
    if (auto invalid = yearParameter(server, request, &year))
        return *invalid;
    std::optional<qint64> simulated;
    if (request.query.hasQueryItem(QStringLiteral("income"))) {
        simulated = parseEuros(request.query.queryItemValue(QStringLiteral("income")));
        if (!simulated)
            return Server::problem(400, QStringLiteral("invalid-parameter"),
                                   QStringLiteral("Invalid parameter"),
                                   QStringLiteral("income must be an amount in euros such as "
                                                  "45000.00"));
    }

    const auto person = selfEmployed(server.db(), citizen);
    const auto rules = contributions::rules(year);
    QJsonObject body{
        {"year", year},
        {"nationalNumber", citizen},
        {"selfEmployed", bool(person)},
        {"activityStart", person && person->activityStart.isValid()
                              ? QJsonValue(person->activityStart.toString(Qt::ISODate))
                              : QJsonValue()},
        {"brackets", rules ? bracketsJson(*rules) : QJsonValue()},
        {"minimumQuarterly", rules ? people::money(rules->minimumQuarterlyCents) : QJsonValue()},
        {"starterReduction",
         rules ? QJsonValue(QJsonObject{{"threshold", people::money(rules->starterThresholdCents)},
                                        {"quarterly", people::money(rules->starterQuarterlyCents)}})
               : QJsonValue()}};

    // The basis: a simulated income, else the income of N-3, else the person's estimate.
    if (!person && !simulated) {
        body.insert(QStringLiteral("provisional"), QJsonValue());
        body.insert(QStringLiteral("quarters"), QJsonArray());
        return Response::json(body);
    }
    qint64 basis = 0;
    int basisYear = contributions::basisYear(year);
    QString basisKind;
    if (simulated) {
        basis = *simulated;
        basisYear = year;
        basisKind = QStringLiteral("simulation");
    } else if (const auto income = incomeOf(server.db(), citizen, basisYear)) {
        basis = *income;
        basisKind = QStringLiteral("income");
    } else if (person->estimateCents) {
        basis = *person->estimateCents;
        basisYear = year;
        basisKind = QStringLiteral("estimate");
    } else {
        basisKind = QStringLiteral("none");
    }

    // Quarters of the year: nothing before the activity starts; the first four quarters of
    // activity are a starter's.
    const QDate start = person ? person->activityStart : QDate(year - 10, 1, 1);
    const int startQuarter = start.year() * 4 + (start.month() - 1) / 3;
    QJsonArray quarters;
    QJsonObject provisional{{"basis", people::money(basis)},   {"basisYear", basisYear},
                            {"basisKind", basisKind},          {"quarterly", QJsonValue()},
                            {"annual", QJsonValue()},          {"minimumApplied", QJsonValue()},
                            {"starterReduction", QJsonValue()}};
    qint64 annual = 0;
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const int index = year * 4 + quarter - 1;
        const bool active = index >= startQuarter;
        const bool starter = active && index - startQuarter < 4;
        QJsonObject q{{"quarter", quarter}, {"active", active}, {"starter", starter}};
        if (rules && active) {
            const auto p = contributions::provisional(*rules, basis, starter);
            q.insert(QStringLiteral("amount"), people::money(p.quarterlyCents));
            annual += p.quarterlyCents;
            provisional.insert(QStringLiteral("quarterly"), people::money(p.quarterlyCents));
            provisional.insert(QStringLiteral("minimumApplied"), p.minimumApplied);
            provisional.insert(QStringLiteral("starterReduction"), p.starterReduction);
        } else {
            q.insert(QStringLiteral("amount"), rules ? QJsonValue(0) : QJsonValue());
        }
        quarters.append(q);
    }
    if (rules)
        provisional.insert(QStringLiteral("annual"), people::money(annual));
    body.insert(QStringLiteral("provisional"), provisional);
    body.insert(QStringLiteral("quarters"), quarters);
    return Response::json(body);
}

void registerRoutes(Server &server)
{
    Server *s = &server;
    server.route("GET", QStringLiteral("/citizens/{nationalNumber}/quotas"), Access::Authenticated,
                 [s](const Request &r) { return quotas(*s, r); });
    server.route("GET", QStringLiteral("/citizens/{nationalNumber}/contributions"),
                 Access::Authenticated, [s](const Request &r) { return contributionsOf(*s, r); });
}

} // namespace

SANDBOX_MODULE(citizensModule, Module{.name = "citizens",
                                      .migrations = {createTables},
                                      .seed = seedCitizens,
                                      .routes = registerRoutes,
                                      .start = nullptr});

} // namespace guichet::sandbox

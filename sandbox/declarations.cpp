#include "declarations.h"

#include "module.h"
#include "people.h"
#include "rules/declarationchecker.h"
#include "rules/rulecontext.h"
#include "seed.h"
#include "server.h"

#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/schema/messages.h"
#include "core/schema/schema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>

// Storage: table `declarations` holds each filing with its processing state and the instants
// (ms since the epoch) at which it becomes `processing` and `done`; a timer per pending
// declaration moves it on, and start() re-arms them after a restart, so a declaration filed
// before a stop finishes after the next start. The Dimona periods an accepted declaration
// creates or changes are the core module's `dimona_periods` (plus `dimona_period_details` here
// for what that table does not hold); accepted flexi-wage declarations are indexed in
// `flexi_wage_declarations` for later modifications, cancellations and the yearly ceiling.
//
// The world facts only the rules need are this module's tables, seeded from the demo world:
// `employer_worker_types` (the worker types an employer may declare, zone 00655; an employer
// without rows has no restriction), `employer_nsso_numbers` (ONSS number -> enterprise) and
// `flexi_status` (flexi access conditions, pensioners).
namespace guichet::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcDeclarations, "guichet.sandbox.declarations")

using rules::Anomaly;
using rules::DeclarationChecker;
using rules::DimonaPeriodFacts;

// The article 17 hour quota is not in the domain brief: a sandbox setting, so it only warns.
constexpr int kArticle17QuotaHours = 300;

bool run(QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromUtf8(sql)))
        return true;
    qCWarning(lcDeclarations) << sql << query.lastError().text();
    return false;
}

bool createTables(QSqlDatabase &db)
{
    return run(db, "CREATE TABLE declarations (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                   "id TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL UNIQUE, "
                   "declarant TEXT NOT NULL, declarant_name TEXT NOT NULL, "
                   "filing TEXT NOT NULL, idempotency_key TEXT NOT NULL, "
                   "request_sha256 TEXT NOT NULL, form_id TEXT NOT NULL, "
                   "form_version INTEGER NOT NULL, on_behalf_of TEXT, data TEXT NOT NULL, "
                   "status TEXT NOT NULL, result TEXT, anomalies TEXT NOT NULL DEFAULT '[]', "
                   "submitted_at TEXT NOT NULL, completed_at TEXT, "
                   "processing_ms INTEGER NOT NULL, due_ms INTEGER NOT NULL, period_id TEXT, "
                   "UNIQUE (declarant, idempotency_key))") &&
           run(db, "CREATE INDEX declarations_by_key ON declarations (idempotency_key)") &&
           run(db, "CREATE INDEX declarations_pending ON declarations (status)") &&
           run(db, "CREATE TABLE dimona_period_details (period_id TEXT PRIMARY KEY, "
                   "planned_hours INTEGER NOT NULL DEFAULT 0, start_hour TEXT NOT NULL "
                   "DEFAULT '', end_hour TEXT NOT NULL DEFAULT '', declaration_id TEXT)") &&
           run(db, "CREATE TABLE employer_worker_types (enterprise_number TEXT NOT NULL, "
                   "worker_type TEXT NOT NULL, PRIMARY KEY (enterprise_number, worker_type))") &&
           run(db, "CREATE TABLE employer_nsso_numbers (nsso_number TEXT PRIMARY KEY, "
                   "enterprise_number TEXT NOT NULL)") &&
           run(db, "CREATE TABLE flexi_status (national_number TEXT PRIMARY KEY, "
                   "eligible INTEGER NOT NULL, pensioner INTEGER NOT NULL DEFAULT 0)") &&
           run(db, "CREATE TABLE flexi_wage_declarations (reference TEXT PRIMARY KEY, "
                   "declaration_id TEXT NOT NULL, debtor TEXT NOT NULL, beneficiary TEXT NOT "
                   "NULL, relation_id TEXT NOT NULL, year INTEGER NOT NULL, amount_cents "
                   "INTEGER NOT NULL, nature TEXT NOT NULL, current INTEGER NOT NULL DEFAULT "
                   "1, cancelled INTEGER NOT NULL DEFAULT 0)");
}

// --- Seed ------------------------------------------------------------------------------

// Worker types per joint committee of the demo employers: hotels and restaurants (302) use
// extras and flexi-jobs, food retail and bakeries (118) flexi-jobs, garages (112) neither.
QStringList workerTypesFor(int jointCommittee)
{
    switch (jointCommittee) {
    case 302:
        return {QStringLiteral("OTH"), QStringLiteral("STU"), QStringLiteral("FLX"),
                QStringLiteral("EXT")};
    case 118:
        return {QStringLiteral("OTH"), QStringLiteral("STU"), QStringLiteral("FLX")};
    case 112:
        return {QStringLiteral("OTH"), QStringLiteral("STU")};
    default:
        return {};
    }
}

bool seed(QSqlDatabase &db, const World &world)
{
    QSqlQuery types(db);
    types.prepare(QStringLiteral(
        "INSERT INTO employer_worker_types (enterprise_number, worker_type) VALUES (?, ?)"));
    for (const Enterprise &enterprise : world.enterprises) {
        for (const QString &type : workerTypesFor(enterprise.jointCommittee)) {
            types.addBindValue(enterprise.number);
            types.addBindValue(type);
            if (!types.exec())
                return false;
        }
    }
    // ONSS numbers (in [100006; 199999934], N mod 97 == 96) of the demo employers.
    const QList<QPair<const char *, const char *>> nsso = {{"012345674", "0403019261"},
                                                           {"023456733", "0411732435"},
                                                           {"034567889", "0476543281"},
                                                           {"045678948", "0623456711"}};
    QSqlQuery numbers(db);
    numbers.prepare(QStringLiteral(
        "INSERT INTO employer_nsso_numbers (nsso_number, enterprise_number) VALUES (?, ?)"));
    for (const auto &[number, enterprise] : nsso) {
        if (!world.enterprise(QString::fromLatin1(enterprise)))
            continue;
        numbers.addBindValue(QString::fromLatin1(number));
        numbers.addBindValue(QString::fromLatin1(enterprise));
        if (!numbers.exec())
            return false;
    }
    // Flexi access conditions: Julie and Olivia work 4/5 elsewhere; Emma is the Brasserie's own
    // full-time worker (flexi work at one's own employer is not allowed); André is retired.
    const QList<std::tuple<const char *, bool, bool>> flexi = {{"99010126644", true, false},
                                                               {"02110507619", true, false},
                                                               {"95022840288", false, false},
                                                               {"60022401752", true, true}};
    QSqlQuery status(db);
    status.prepare(QStringLiteral(
        "INSERT INTO flexi_status (national_number, eligible, pensioner) VALUES (?, ?, ?)"));
    for (const auto &[niss, eligible, pensioner] : flexi) {
        status.addBindValue(QString::fromLatin1(niss));
        status.addBindValue(eligible ? 1 : 0);
        status.addBindValue(pensioner ? 1 : 0);
        if (!status.exec())
            return false;
    }
    return true;
}

// --- The world as the rules see it ------------------------------------------------------

class SqlRuleContext : public rules::RuleContext
{
public:
    SqlRuleContext(QSqlDatabase &db, rules::Filing filing) : m_db(db), m_filing(std::move(filing))
    {}

    const rules::Filing &filing() const override { return m_filing; }

    bool isKnownEnterprise(const QString &enterpriseNumber) const override
    {
        QSqlQuery q = query("SELECT 1 FROM enterprises WHERE number = ?", {enterpriseNumber});
        return q.next();
    }

    std::optional<QString> enterpriseForNssoNumber(const QString &nssoNumber) const override
    {
        QSqlQuery q = query("SELECT enterprise_number FROM employer_nsso_numbers "
                            "WHERE nsso_number = ?",
                            {nssoNumber});
        if (!q.next())
            return std::nullopt;
        return q.value(0).toString();
    }

    std::optional<QStringList> allowedWorkerTypes(const QString &enterpriseNumber) const override
    {
        QSqlQuery q = query("SELECT worker_type FROM employer_worker_types "
                            "WHERE enterprise_number = ?",
                            {enterpriseNumber});
        QStringList types;
        while (q.next())
            types.append(q.value(0).toString());
        if (types.isEmpty())
            return std::nullopt;
        return types;
    }

    std::optional<DimonaPeriodFacts> dimonaPeriod(const QString &periodId) const override
    {
        QSqlQuery q =
            query("SELECT p.enterprise_number, p.national_number, p.worker_type, p.start_date, "
                  "p.end_date, p.status, COALESCE(d.start_hour, ''), COALESCE(d.planned_hours, 0) "
                  "FROM dimona_periods p LEFT JOIN dimona_period_details d USING (period_id) "
                  "WHERE p.period_id = ?",
                  {periodId});
        if (!q.next())
            return std::nullopt;
        DimonaPeriodFacts period;
        period.periodId = periodId;
        period.enterpriseNumber = q.value(0).toString();
        period.workerNationalNumber = q.value(1).toString();
        period.workerType = q.value(2).toString();
        period.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        period.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const QString state = q.value(5).toString();
        period.state = state == QLatin1String("cancelled") ? DimonaPeriodFacts::State::Cancelled
                       : state == QLatin1String("closed")  ? DimonaPeriodFacts::State::Closed
                                                           : DimonaPeriodFacts::State::Open;
        period.startHour = q.value(6).toString();
        period.plannedHours = q.value(7).toInt();
        return period;
    }

    std::optional<bool> flexiEligible(const QString &nationalNumber, const QDate &) const override
    {
        QSqlQuery q =
            query("SELECT eligible FROM flexi_status WHERE national_number = ?", {nationalNumber});
        if (!q.next())
            return std::nullopt;
        return q.value(0).toInt() != 0;
    }

    bool hasFlexiPeriod(const QString &enterpriseNumber, const QString &nationalNumber,
                        const QDate &from, const QDate &to) const override
    {
        QSqlQuery q = query("SELECT 1 FROM dimona_periods WHERE enterprise_number = ? AND "
                            "national_number = ? AND worker_type = 'FLX' AND status != "
                            "'cancelled' AND start_date <= ? AND (end_date IS NULL OR "
                            "end_date >= ?)",
                            {enterpriseNumber, nationalNumber, from.toString(Qt::ISODate),
                             to.toString(Qt::ISODate)});
        return q.next();
    }

    int hoursUsed(const QString &nationalNumber, int year, const QString &workerType,
                  const QString &exceptPeriodId) const override
    {
        const QString counter = rules::quotaCounter(workerType);
        if (counter.isEmpty())
            return 0;
        int total = 0;
        if (counter == QLatin1String("STU")) {
            // The counter as the people module seeds it (hours worked before the sandbox ran).
            QSqlQuery q = query("SELECT COALESCE(SUM(hours), 0) FROM student_hours "
                                "WHERE national_number = ? AND year = ?",
                                {nationalNumber, year});
            if (q.next())
                total += q.value(0).toInt();
        }
        const QString types = counter == QLatin1String("STU") ? QStringLiteral("'STU'")
                                                              : QStringLiteral("'O17','S17','T17'");
        QSqlQuery q = query(
            QStringLiteral("SELECT COALESCE(SUM(d.planned_hours), 0) FROM dimona_periods p JOIN "
                           "dimona_period_details d USING (period_id) WHERE p.national_number = ? "
                           "AND p.worker_type IN (%1) AND p.status != 'cancelled' AND "
                           "substr(p.start_date, 1, 4) = ? AND p.period_id != ?")
                .arg(types)
                .toUtf8()
                .constData(),
            {nationalNumber, QString::number(year), exceptPeriodId});
        if (q.next())
            total += q.value(0).toInt();
        return total;
    }

    std::optional<rules::HourQuota> article17Quota(int) const override
    {
        return rules::HourQuota{kArticle17QuotaHours, false};
    }

    qint64 flexiEarnedCents(const QString &nationalNumber, int year) const override
    {
        qint64 total = 0;
        QSqlQuery seeded = query("SELECT COALESCE(SUM(amount_cents), 0) FROM flexi_earnings "
                                 "WHERE national_number = ? AND year = ?",
                                 {nationalNumber, year});
        if (seeded.next())
            total += seeded.value(0).toLongLong();
        QSqlQuery filed = query("SELECT COALESCE(SUM(amount_cents), 0) FROM "
                                "flexi_wage_declarations WHERE beneficiary = ? AND year = ? AND "
                                "current = 1 AND cancelled = 0",
                                {nationalNumber, year});
        if (filed.next())
            total += filed.value(0).toLongLong();
        return total;
    }

    std::optional<rules::PersonFacts> person(const QString &nationalNumber) const override
    {
        const auto info = people::findCitizen(m_db, nationalNumber);
        if (!info)
            return std::nullopt;
        QSqlQuery q =
            query("SELECT pensioner FROM flexi_status WHERE national_number = ?", {nationalNumber});
        const bool pensioner = q.next() && q.value(0).toInt() != 0;
        return rules::PersonFacts{nationalNumber, info->givenName, info->surname, pensioner};
    }

    std::optional<rules::FlexiDeclarationFacts>
    flexiDeclaration(const QString &reference) const override
    {
        QSqlQuery q = query("SELECT debtor, beneficiary, relation_id, cancelled FROM "
                            "flexi_wage_declarations WHERE reference = ?",
                            {reference});
        if (!q.next())
            return std::nullopt;
        return rules::FlexiDeclarationFacts{reference, q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toInt() != 0};
    }

private:
    QSqlQuery query(const char *sql, const QVariantList &values) const
    {
        QSqlQuery q(m_db);
        q.prepare(QString::fromUtf8(sql));
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec())
            qCWarning(lcDeclarations) << sql << q.lastError().text();
        return q;
    }

    QSqlDatabase &m_db;
    rules::Filing m_filing;
};

// --- Helpers --------------------------------------------------------------------------

QString isoSeconds(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Response internalError(const QString &detail)
{
    qCWarning(lcDeclarations) << detail;
    return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Internal error"),
                           QStringLiteral("The declaration store failed."));
}

Response notFound(const QString &id)
{
    return Server::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                           QStringLiteral("No declaration %1 for this caller.").arg(id));
}

DeclarationChecker &checker(Server &server)
{
    static std::unique_ptr<DeclarationChecker> instance;
    if (!instance)
        instance = std::make_unique<DeclarationChecker>(server.formsDirectory());
    return *instance;
}

// A string member, '' when absent. Never a null QString: QtSql binds those as NULL, and the
// text columns here are NOT NULL with '' for "none".
QString text(const json::Value *value)
{
    const QString result =
        value && value->isString() ? QString::fromStdString(value->string()) : QString();
    return result.isNull() ? QStringLiteral("") : result;
}

const json::Value *at(const json::Value &data, std::initializer_list<const char *> path)
{
    const json::Value *value = &data;
    for (const char *key : path) {
        value = value->find(key);
        if (!value)
            return nullptr;
    }
    return value;
}

// The declaration's answer, as GET /declarations/{id} gives it. Row columns in kColumns order.
constexpr const char *kColumns =
    "id, ticket, form_id, form_version, on_behalf_of, status, result, anomalies, submitted_at, "
    "completed_at, period_id, declarant, declarant_name, idempotency_key, data, seq";

QJsonObject declarationJson(const QSqlQuery &q)
{
    QJsonObject object{
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("ticket"), q.value(1).toString()},
        {QStringLiteral("formId"), q.value(2).toString()},
        {QStringLiteral("formVersion"), q.value(3).toInt()},
        {QStringLiteral("onBehalfOf"),
         q.value(4).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(4).toString())},
        {QStringLiteral("status"), q.value(5).toString()},
        {QStringLiteral("result"),
         q.value(6).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(6).toString())},
        {QStringLiteral("anomalies"), QJsonDocument::fromJson(q.value(7).toByteArray()).array()},
        {QStringLiteral("submittedAt"), q.value(8).toString()},
        {QStringLiteral("completedAt"),
         q.value(9).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(9).toString())},
    };
    if (q.value(5).toString() == QLatin1String("done") && !q.value(10).isNull())
        object.insert(QStringLiteral("periodId"), q.value(10).toString());
    return object;
}

// A declaration of this caller, positioned on its row; nullopt when there is none.
std::optional<QSqlQuery> findOwn(Server &server, const QString &id, const QString &declarant)
{
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT %1 FROM declarations WHERE id = ? AND declarant = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    q.addBindValue(declarant);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q;
}

// --- Processing --------------------------------------------------------------------------

void advance(Server &server, const QString &id);

void scheduleAt(Server &server, const QString &id, qint64 atMs)
{
    const qint64 wait = std::max<qint64>(0, atMs - QDateTime::currentMSecsSinceEpoch());
    QTimer::singleShot(std::chrono::milliseconds(wait), &server,
                       [&server, id] { advance(server, id); });
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcDeclarations) << q.lastQuery() << q.lastError().text();
    return false;
}

// The enterprise a Dimona's employer block names, by enterprise or ONSS number.
QString employerOf(QSqlDatabase &db, const json::Value &data)
{
    const QString enterprise = text(at(data, {"employer", "enterpriseNumber"}));
    if (!enterprise.isEmpty())
        return enterprise;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT enterprise_number FROM employer_nsso_numbers WHERE nsso_number = ?"));
    q.addBindValue(text(at(data, {"employer", "nssoRegistrationNumber"})));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Sets *periodId to the period the declaration shows (the one referred to, or the one an
// accepted IN creates) and, when accepted, applies the declaration to the periods.
bool applyDimona(QSqlDatabase &db, const json::Value &data, const QString &declarationId,
                 qint64 sequence, const QDateTime &submitted, bool accepted, QString *periodId)
{
    const QString type = text(data.find("declarationType"));
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (type != QLatin1String("IN")) {
        const char *block = type == QLatin1String("OUT")      ? "dimonaOut"
                            : type == QLatin1String("UPDATE") ? "dimonaUpdate"
                                                              : "dimonaCancel";
        const QString referred = text(at(data, {block, "periodId"}));
        if (twelveDigits.match(referred).hasMatch())
            *periodId = referred;
    }
    if (!accepted)
        return true;

    const json::Value *in = data.find("dimonaIn");
    if (type == QLatin1String("IN") && in) {
        *periodId = declarations::newPeriodId(submitted.date().year(), sequence);
        const QString committee = text(at(*in, {"features", "jointCommissionNumber"}));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO dimona_periods (period_id, enterprise_number, national_number, "
            "worker_type, joint_committee, start_date, end_date, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'open')"));
        insert.addBindValue(*periodId);
        insert.addBindValue(employerOf(db, data) + QStringLiteral(""));
        insert.addBindValue(text(at(data, {"worker", "ssin"})));
        insert.addBindValue(text(at(*in, {"features", "workerType"})));
        insert.addBindValue(committee.toInt());
        insert.addBindValue(text(in->find("startDate")));
        const QString end = text(in->find("endDate"));
        insert.addBindValue(end.isEmpty() ? QVariant() : QVariant(end));
        QSqlQuery details(db);
        details.prepare(QStringLiteral(
            "INSERT INTO dimona_period_details (period_id, planned_hours, start_hour, end_hour, "
            "declaration_id) VALUES (?, ?, ?, ?, ?)"));
        details.addBindValue(*periodId);
        const json::Value *planned = in->find("plannedHoursNumber");
        details.addBindValue(planned ? int(planned->toDouble()) : 0);
        details.addBindValue(text(in->find("startHour")));
        details.addBindValue(text(in->find("endHour")));
        details.addBindValue(declarationId);
        return exec(insert) && exec(details);
    }

    QSqlQuery change(db);
    if (type == QLatin1String("OUT")) {
        change.prepare(QStringLiteral(
            "UPDATE dimona_periods SET end_date = ?, status = 'closed' WHERE period_id = ?"));
        change.addBindValue(text(at(data, {"dimonaOut", "endDate"})));
        change.addBindValue(*periodId);
        QSqlQuery details(db);
        details.prepare(QStringLiteral(
            "INSERT INTO dimona_period_details (period_id, end_hour, declaration_id) "
            "VALUES (?, ?, ?) ON CONFLICT (period_id) DO UPDATE SET end_hour = excluded.end_hour"));
        details.addBindValue(*periodId);
        details.addBindValue(text(at(data, {"dimonaOut", "endHour"})));
        details.addBindValue(declarationId);
        return exec(change) && exec(details);
    }
    if (type == QLatin1String("UPDATE")) {
        const json::Value *update = data.find("dimonaUpdate");
        const QString end = text(update->find("endDate"));
        change.prepare(QStringLiteral(
            "UPDATE dimona_periods SET start_date = ?, end_date = ? WHERE period_id = ?"));
        change.addBindValue(text(update->find("startDate")));
        change.addBindValue(end.isEmpty() ? QVariant() : QVariant(end));
        change.addBindValue(*periodId);
        const json::Value *planned = update->find("plannedHoursNumber");
        QSqlQuery details(db);
        details.prepare(QStringLiteral(
            "INSERT INTO dimona_period_details (period_id, planned_hours, start_hour, end_hour, "
            "declaration_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id) DO UPDATE SET "
            "planned_hours = CASE WHEN ? THEN excluded.planned_hours ELSE planned_hours END, "
            "start_hour = excluded.start_hour, end_hour = excluded.end_hour"));
        details.addBindValue(*periodId);
        details.addBindValue(planned ? int(planned->toDouble()) : 0);
        details.addBindValue(text(update->find("startHour")));
        details.addBindValue(text(update->find("endHour")));
        details.addBindValue(declarationId);
        details.addBindValue(planned ? 1 : 0);
        return exec(change) && exec(details);
    }
    if (type == QLatin1String("CANCEL")) {
        change.prepare(
            QStringLiteral("UPDATE dimona_periods SET status = 'cancelled' WHERE period_id = ?"));
        change.addBindValue(*periodId);
        return exec(change);
    }
    return true;
}

// An accepted flexi-wage declaration becomes the current situation of its relation.
bool applyFlexiWage(QSqlDatabase &db, const json::Value &data, const QString &declarationId,
                    const QString &ticket)
{
    const QString nature = text(data.find("declarationNature"));
    const QString reference = text(data.find("originalReference"));
    if (!reference.isEmpty()) {
        QSqlQuery previous(db);
        previous.prepare(
            QStringLiteral("UPDATE flexi_wage_declarations SET current = 0, cancelled = ? "
                           "WHERE reference = ?"));
        previous.addBindValue(nature == QLatin1String("cancellation") ? 1 : 0);
        previous.addBindValue(reference);
        if (!exec(previous))
            return false;
    }
    qint64 amount = 0;
    if (const json::Value *elements = data.find("financialElements");
        elements && elements->isArray())
        for (const json::Value &element : elements->arrayItems())
            amount += std::llround(element["amount"].toDouble());
    const json::Value *debtor = data.find("debtor");
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO flexi_wage_declarations (reference, declaration_id, debtor, beneficiary, "
        "relation_id, year, amount_cents, nature, current, cancelled) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(ticket);
    insert.addBindValue(declarationId);
    insert.addBindValue(debtor ? text(debtor->find("enterpriseNumber")) +
                                     text(debtor->find("nssoRegistrationNumber"))
                               : QStringLiteral(""));
    insert.addBindValue(text(at(data, {"beneficiary", "inss"})));
    insert.addBindValue(text(data.find("relationId")));
    insert.addBindValue(
        QDate::fromString(text(at(data, {"period", "startDate"})), Qt::ISODate).year());
    insert.addBindValue(amount);
    insert.addBindValue(nature);
    const bool cancellation = nature == QLatin1String("cancellation");
    insert.addBindValue(cancellation ? 0 : 1);
    // A cancellation is itself final: nothing modifies or cancels it.
    insert.addBindValue(cancellation ? 1 : 0);
    return exec(insert);
}

rules::Filing filingFrom(const QByteArray &stored, const QString &declarant,
                         const QString &onBehalfOf, const QDateTime &submitted)
{
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    rules::Filing filing;
    filing.declarantNationalNumber = declarant;
    for (const QJsonValue &role : object.value(QStringLiteral("roles")).toArray())
        filing.declarantRoles.append(role.toString());
    for (const QJsonValue &mandate : object.value(QStringLiteral("mandates")).toArray())
        filing.mandatedEnterprises.append(mandate.toString());
    filing.onBehalfOf = onBehalfOf;
    filing.submittedAt = submitted;
    return filing;
}

// Ends a declaration whose outcome could not be stored: refused, saying so, rather than left
// processing for ever (the client would poll without end).
void failed(Server &server, const QString &id)
{
    const Anomaly anomaly{
        QStringLiteral("PROCESSING-FAILED"), rules::Severity::Blocking, QStringLiteral(""),
        rules::LocalizedText{
            QStringLiteral("La déclaration n'a pas pu être traitée. Introduisez-la à nouveau ; si "
                           "le problème persiste, contactez le helpdesk."),
            QStringLiteral("De aangifte kon niet worden verwerkt. Dien ze opnieuw in; neem contact "
                           "op met de helpdesk als het probleem aanhoudt."),
            QStringLiteral("Die Erklärung konnte nicht verarbeitet werden. Reichen Sie sie erneut "
                           "ein; wenden Sie sich an den Helpdesk, wenn das Problem fortbesteht."),
            QStringLiteral("The declaration could not be processed. File it again; if the problem "
                           "persists, contact the helpdesk.")},
        QString()};
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral(
        "UPDATE declarations SET status = 'done', result = 'B', anomalies = ?, completed_at = ? "
        "WHERE id = ? AND status != 'done'"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray{anomaly.toJson()}).toJson(QJsonDocument::Compact)));
    q.addBindValue(isoSeconds(server.now()));
    q.addBindValue(id);
    exec(q);
}

// Runs the checks and records the outcome, with its effects on the world, in one transaction.
void complete(Server &server, const QString &id)
{
    QSqlDatabase &db = server.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, ticket, declarant, filing, form_id, form_version, "
                             "on_behalf_of, data, submitted_at FROM declarations WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return;
    const qint64 sequence = q.value(0).toLongLong();
    const QString ticket = q.value(1).toString();
    const QString formId = q.value(4).toString();
    const int version = q.value(5).toInt();
    const QDateTime submitted = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    const SqlRuleContext context(db, filingFrom(q.value(3).toByteArray(), q.value(2).toString(),
                                                q.value(6).toString(), submitted));
    const auto data = json::parse(q.value(7).toString().toStdString());
    rules::CheckResult outcome;
    if (data)
        outcome = checker(server).check(formId, version, *data, context);
    else
        outcome.result = QStringLiteral("B"); // stored as parsed: cannot happen

    QJsonArray anomalies;
    for (const Anomaly &anomaly : outcome.anomalies)
        anomalies.append(anomaly.toJson());
    const bool accepted =
        outcome.result == QLatin1String("A") || outcome.result == QLatin1String("W");

    if (!db.transaction()) {
        qCWarning(lcDeclarations) << "transaction" << db.lastError().text();
        return;
    }
    QString periodId;
    bool ok = true;
    if (data && formId == QLatin1String("dimona"))
        ok = applyDimona(db, *data, id, sequence, submitted, accepted, &periodId);
    else if (data && accepted && formId == QLatin1String("flexi-wage"))
        ok = applyFlexiWage(db, *data, id, ticket);
    QSqlQuery done(db);
    done.prepare(QStringLiteral(
        "UPDATE declarations SET status = 'done', result = ?, anomalies = ?, completed_at = ?, "
        "period_id = ? WHERE id = ? AND status != 'done'"));
    done.addBindValue(outcome.result);
    done.addBindValue(QString::fromUtf8(QJsonDocument(anomalies).toJson(QJsonDocument::Compact)));
    done.addBindValue(isoSeconds(server.now()));
    done.addBindValue(periodId.isEmpty() ? QVariant() : QVariant(periodId));
    done.addBindValue(id);
    if (!ok || !exec(done) || !db.commit()) {
        db.rollback();
        qCWarning(lcDeclarations) << "declaration" << id << "could not be completed";
        failed(server, id);
        return;
    }
    qCInfo(lcDeclarations) << "declaration" << ticket << formId << "->" << outcome.result;
}

void advance(Server &server, const QString &id)
{
    QSqlQuery q(server.db());
    q.prepare(
        QStringLiteral("SELECT status, processing_ms, due_ms FROM declarations WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return;
    QString status = q.value(0).toString();
    const qint64 processingMs = q.value(1).toLongLong();
    const qint64 dueMs = q.value(2).toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (status == QLatin1String("done"))
        return;
    if (status == QLatin1String("received")) {
        if (now < processingMs) {
            scheduleAt(server, id, processingMs);
            return;
        }
        QSqlQuery processing(server.db());
        processing.prepare(QStringLiteral(
            "UPDATE declarations SET status = 'processing' WHERE id = ? AND status = 'received'"));
        processing.addBindValue(id);
        exec(processing);
    }
    if (now < dueMs) {
        scheduleAt(server, id, dueMs);
        return;
    }
    complete(server, id);
}

// --- POST /declarations -------------------------------------------------------------------

// The envelope (api/openapi.yaml DeclarationRequest), checked by the same engine as the data.
const schema::CompiledSchema &envelopeSchema()
{
    static const std::shared_ptr<const schema::CompiledSchema> compiled = [] {
        const auto document = json::parse(R"({
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["formId", "formVersion", "data"],
          "properties": {
            "formId": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 64},
            "formVersion": {"type": "integer", "minimum": 1},
            "onBehalfOf": {"type": "string", "pattern": "^([0-9]{10}|[0-9]{11})$"},
            "data": true
          }
        })");
        auto schema = schema::compile(*document);
        Q_ASSERT(schema.hasValue());
        return *schema;
    }();
    return *compiled;
}

std::optional<Response> checkEnvelope(const json::Value &body)
{
    const schema::ValidationResult result = envelopeSchema().validate(body);
    if (result.valid)
        return std::nullopt;
    QJsonArray anomalies;
    for (const schema::ValidationError &error : result.errors) {
        auto say = [&](const char *language) {
            return schema::message(error, nullptr, QString::fromLatin1(language));
        };
        Anomaly anomaly{QStringLiteral("SCHEMA-") + QString::fromStdString(error.keyword),
                        rules::Severity::Blocking, QString::fromStdString(error.instanceLocation),
                        rules::LocalizedText{say("fr"), say("nl"), say("de"), say("en")},
                        QString()};
        if (error.fieldLocation != error.instanceLocation)
            anomaly.field = QString::fromStdString(error.fieldLocation);
        anomalies.append(anomaly.toJson());
    }
    return Server::problem(
        400, QStringLiteral("validation-failed"), QStringLiteral("Invalid request body"),
        QStringLiteral("%1 error(s) against DeclarationRequest.").arg(anomalies.size()),
        QJsonObject{{QStringLiteral("anomalies"), anomalies}});
}

Response replay(Server &server, const QString &id, const QString &declarant)
{
    const auto row = findOwn(server, id, declarant);
    if (!row)
        return internalError(QStringLiteral("replayed declaration %1 vanished").arg(id));
    return Response::json(declarationJson(*row), 200)
        .withHeader("Location", "/api/v1/declarations/" + id.toUtf8())
        .withHeader("Idempotent-Replayed", "true");
}

Response submit(Server &server, const Request &request)
{
    if (auto denied = server.requireAuth(request))
        return *denied;
    const Caller &caller = request.caller;

    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty())
        return Server::problem(400, QStringLiteral("idempotency-key-missing"),
                               QStringLiteral("Idempotency key missing"),
                               QStringLiteral("POST /declarations needs an Idempotency-Key header "
                                              "(8 to 128 characters)."));
    static const QRegularExpression keyPattern(QStringLiteral("^[!-~]{8,128}$"));
    if (!keyPattern.match(QString::fromLatin1(key)).hasMatch())
        return Server::problem(400, QStringLiteral("invalid-request"),
                               QStringLiteral("Invalid idempotency key"),
                               QStringLiteral("The Idempotency-Key must be 8 to 128 visible ASCII "
                                              "characters."));

    auto body =
        json::parse(std::string_view(request.body.constData(), size_t(request.body.size())));
    if (!body || !body->isObject())
        return Server::problem(400, QStringLiteral("invalid-json"), QStringLiteral("Invalid JSON"),
                               QStringLiteral("The body must be a JSON object."));
    if (auto invalid = checkEnvelope(*body))
        return *invalid;

    const QString digest =
        declarations::sha256Hex(QByteArray::fromStdString(declarations::canonicalJson(*body)));
    QSqlQuery existing(server.db());
    existing.prepare(QStringLiteral("SELECT id, request_sha256 FROM declarations "
                                    "WHERE declarant = ? AND idempotency_key = ?"));
    existing.addBindValue(caller.nationalNumber);
    existing.addBindValue(QString::fromLatin1(key));
    if (!exec(existing))
        return internalError(existing.lastError().text());
    if (existing.next()) {
        if (existing.value(1).toString() != digest)
            return Server::problem(409, QStringLiteral("idempotency-conflict"),
                                   QStringLiteral("Idempotency key reused"),
                                   QStringLiteral("This Idempotency-Key was already used with a "
                                                  "different request body."));
        return replay(server, existing.value(0).toString(), caller.nationalNumber);
    }

    const QString formId = text(body->find("formId"));
    // An integer >= 1 (the envelope says so) but maybe huge: no form has a version that high.
    const double versionNumber = (*body)["formVersion"].toDouble();
    const int version = versionNumber < 1e6 ? int(versionNumber) : 0;
    if (!checker(server).hasForm(formId, version))
        return Server::problem(
            404, QStringLiteral("unknown-form"), QStringLiteral("Unknown form"),
            QStringLiteral("There is no form %1 version %2.")
                .arg(formId, QString::fromStdString((*body)["formVersion"].number().text())));

    QString onBehalfOf = text(body->find("onBehalfOf"));
    if (onBehalfOf == caller.nationalNumber)
        onBehalfOf.clear(); // for oneself
    const bool forCitizen = onBehalfOf.size() == 11;
    if (onBehalfOf.size() == 10) {
        if (auto denied = server.requireMandate(request, onBehalfOf))
            return *denied;
    } else if (forCitizen && !caller.hasRole(QStringLiteral("helpdesk"))) {
        return Server::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                               QStringLiteral("Only the citizen or a helpdesk agent may file for "
                                              "this national number."));
    }

    // Who the declarant is and may act for, as of now: processing uses this, not later changes.
    QJsonArray mandates;
    for (const Caller::Mandate &mandate : caller.mandates)
        mandates.append(mandate.enterpriseNumber);
    const QJsonObject filing{{QStringLiteral("roles"), QJsonArray::fromStringList(caller.roles)},
                             {QStringLiteral("mandates"), mandates}};

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime submitted =
        QDateTime::fromSecsSinceEpoch(server.now().toSecsSinceEpoch(), Qt::UTC);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 delay = std::max(0, server.options().processingDelayMs);
    QSqlDatabase &db = server.db();
    if (!db.transaction())
        return internalError(db.lastError().text());
    QSqlQuery insert(db);
    // The ticket needs the row's sequence: a placeholder first, the real one right after.
    insert.prepare(QStringLiteral(
        "INSERT INTO declarations (id, ticket, declarant, declarant_name, filing, "
        "idempotency_key, request_sha256, form_id, form_version, on_behalf_of, data, status, "
        "submitted_at, processing_ms, due_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(id);
    insert.addBindValue(caller.nationalNumber);
    insert.addBindValue(caller.name());
    insert.addBindValue(QString::fromUtf8(QJsonDocument(filing).toJson(QJsonDocument::Compact)));
    insert.addBindValue(QString::fromLatin1(key));
    insert.addBindValue(digest);
    insert.addBindValue(formId);
    insert.addBindValue(version);
    insert.addBindValue(onBehalfOf.isEmpty() ? QVariant() : QVariant(onBehalfOf));
    insert.addBindValue(QString::fromStdString(json::serialize((*body)["data"])));
    insert.addBindValue(isoSeconds(submitted));
    insert.addBindValue(nowMs + delay / 2);
    insert.addBindValue(nowMs + delay);
    QSqlQuery numbered(db);
    numbered.prepare(QStringLiteral("UPDATE declarations SET ticket = ? WHERE id = ?"));
    if (!exec(insert)) {
        db.rollback();
        return internalError(insert.lastError().text());
    }
    const qint64 sequence = insert.lastInsertId().toLongLong();
    numbered.addBindValue(declarations::ticket(submitted.date().year(), sequence));
    numbered.addBindValue(id);
    if (!exec(numbered) || !db.commit()) {
        db.rollback();
        return internalError(QStringLiteral("ticket"));
    }
    if (forCitizen)
        server.audit(caller.nationalNumber, onBehalfOf, QStringLiteral("declaration.file"),
                     QStringLiteral("/api/v1/declarations/") + id);
    scheduleAt(server, id, nowMs + delay / 2);

    const auto row = findOwn(server, id, caller.nationalNumber);
    if (!row)
        return internalError(QStringLiteral("declaration %1 vanished").arg(id));
    return Response::json(declarationJson(*row), 201)
        .withHeader("Location", "/api/v1/declarations/" + id.toUtf8());
}

// --- GET ------------------------------------------------------------------------------------

Response getOne(Server &server, const Request &request)
{
    if (auto denied = server.requireAuth(request))
        return *denied;
    const QString id = request.param(QStringLiteral("id"));
    const auto row = findOwn(server, id, request.caller.nationalNumber);
    if (!row)
        return notFound(id);
    return Response::json(declarationJson(*row));
}

Response invalidParameter(const QString &name)
{
    return Server::problem(
        400, QStringLiteral("invalid-parameter"), QStringLiteral("Invalid parameter"),
        QStringLiteral("The query parameter %1 is out of its form or range.").arg(name));
}

Response list(Server &server, const Request &request, bool everyone)
{
    if (!everyone) {
        if (auto denied = server.requireAuth(request))
            return *denied;
    }
    QStringList where;
    QVariantList values;
    if (!everyone) {
        where.append(QStringLiteral("declarant = ?"));
        values.append(request.caller.nationalNumber);
    }
    struct Filter
    {
        const char *parameter;
        const char *column;
        QRegularExpression pattern;
    };
    const QList<Filter> filters =
        everyone
            ? QList<Filter>{{"idempotencyKey", "idempotency_key",
                             QRegularExpression(QStringLiteral("^[!-~]{8,128}$"))}}
            : QList<Filter>{{"formId", "form_id",
                             QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"))},
                            {"result", "result", QRegularExpression(QStringLiteral("^[AWBS]$"))},
                            {"status", "status",
                             QRegularExpression(QStringLiteral("^(received|processing|done)$"))},
                            {"onBehalfOf", "on_behalf_of",
                             QRegularExpression(QStringLiteral("^([0-9]{10}|[0-9]{11})$"))}};
    for (const Filter &filter : filters) {
        const QString name = QString::fromLatin1(filter.parameter);
        if (!request.query.hasQueryItem(name))
            continue;
        const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded);
        if (!filter.pattern.match(value).hasMatch())
            return invalidParameter(name);
        where.append(QStringLiteral("%1 = ?").arg(QLatin1String(filter.column)));
        values.append(value);
    }
    int limit = 20;
    int offset = 0;
    if (!everyone) {
        bool ok = true;
        if (request.query.hasQueryItem(QStringLiteral("limit"))) {
            limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 100)
                return invalidParameter(QStringLiteral("limit"));
        }
        if (request.query.hasQueryItem(QStringLiteral("offset"))) {
            offset = request.query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
            if (!ok || offset < 0)
                return invalidParameter(QStringLiteral("offset"));
        }
    } else {
        limit = -1; // every one
    }
    const QString condition = where.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    QSqlQuery count(server.db());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM declarations") + condition);
    for (const QVariant &value : values)
        count.addBindValue(value);
    if (!exec(count) || !count.next())
        return internalError(count.lastError().text());

    QSqlQuery page(server.db());
    page.prepare(QStringLiteral("SELECT %1 FROM declarations%2 ORDER BY seq DESC LIMIT ? OFFSET ?")
                     .arg(QLatin1String(kColumns), condition));
    for (const QVariant &value : values)
        page.addBindValue(value);
    page.addBindValue(limit);
    page.addBindValue(offset);
    if (!exec(page))
        return internalError(page.lastError().text());
    QJsonArray declarations;
    while (page.next()) {
        QJsonObject object = declarationJson(page);
        if (everyone) {
            object.insert(
                QStringLiteral("declarant"),
                QJsonObject{{QStringLiteral("name"), page.value(12).toString()},
                            {QStringLiteral("nationalNumber"), page.value(11).toString()}});
            object.insert(QStringLiteral("idempotencyKey"), page.value(13).toString());
        }
        declarations.append(object);
    }
    return Response::json(QJsonObject{{QStringLiteral("declarations"), declarations},
                                      {QStringLiteral("total"), count.value(0).toInt()}});
}

// --- Receipt ----------------------------------------------------------------------------------

json::Value orderedAnomaly(const Anomaly &anomaly)
{
    json::Object message;
    message.appendUnique("fr", anomaly.message.fr.toStdString());
    message.appendUnique("nl", anomaly.message.nl.toStdString());
    message.appendUnique("de", anomaly.message.de.toStdString());
    message.appendUnique("en", anomaly.message.en.toStdString());
    json::Object object;
    object.appendUnique("code", anomaly.code.toStdString());
    object.appendUnique("severity", rules::severityName(anomaly.severity).toStdString());
    object.appendUnique("pointer", anomaly.pointer.toStdString());
    object.appendUnique("message", json::Value(std::move(message)));
    if (!anomaly.field.isEmpty())
        object.appendUnique("field", anomaly.field.toStdString());
    return json::Value(std::move(object));
}

Response receipt(Server &server, const Request &request)
{
    if (auto denied = server.requireAuth(request))
        return *denied;
    const QString id = request.param(QStringLiteral("id"));
    const auto row = findOwn(server, id, request.caller.nationalNumber);
    if (!row)
        return notFound(id);
    const QString status = row->value(5).toString();
    if (status != QLatin1String("done"))
        return Server::problem(409, QStringLiteral("not-final"),
                               QStringLiteral("Declaration not processed yet"),
                               QStringLiteral("The receipt exists once the declaration is done; "
                                              "it is %1.")
                                   .arg(status));

    json::Array anomalies;
    for (const QJsonValue &value : QJsonDocument::fromJson(row->value(7).toByteArray()).array())
        if (const auto anomaly = Anomaly::fromJson(value.toObject()))
            anomalies.push_back(orderedAnomaly(*anomaly));
    json::Object declarant;
    declarant.appendUnique("name", row->value(12).toString().toStdString());
    declarant.appendUnique("nationalNumber", row->value(11).toString().toStdString());

    // Members in the order api/openapi.yaml gives: the signature covers this serialisation.
    json::Object body;
    body.appendUnique("declarationId", id.toStdString());
    body.appendUnique("ticket", row->value(1).toString().toStdString());
    body.appendUnique("formId", row->value(2).toString().toStdString());
    body.appendUnique("formVersion", json::Value(std::int64_t(row->value(3).toInt())));
    body.appendUnique("result", row->value(6).toString().toStdString());
    body.appendUnique("anomalies", json::Value(std::move(anomalies)));
    body.appendUnique("submittedAt", row->value(8).toString().toStdString());
    body.appendUnique("completedAt", row->value(9).toString().toStdString());
    body.appendUnique("declarant", json::Value(std::move(declarant)));
    body.appendUnique("onBehalfOf", row->value(4).isNull()
                                        ? json::Value(nullptr)
                                        : json::Value(row->value(4).toString().toStdString()));
    body.appendUnique("dataSha256",
                      declarations::sha256Hex(row->value(14).toByteArray()).toStdString());
    json::Value receiptValue(std::move(body));
    const QByteArray signedBytes = QByteArray::fromStdString(json::serialize(receiptValue));
    const QByteArray signature = server.signingKey().sign(signedBytes);
    if (signature.isEmpty())
        return internalError(QStringLiteral("receipt signature failed"));

    json::Object signatureObject;
    signatureObject.appendUnique("algorithm", "ES256");
    signatureObject.appendUnique("value", signature.toBase64().toStdString());
    signatureObject.appendUnique("certificate",
                                 server.signingKey().certificateDer().toBase64().toStdString());
    receiptValue.objectRef().appendUnique("signature", json::Value(std::move(signatureObject)));

    Response response;
    response.status = 200;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = QByteArray::fromStdString(json::serialize(receiptValue));
    return response;
}

// --- Module --------------------------------------------------------------------------------

void registerRoutes(Server &server)
{
    Server *s = &server;
    server.route("POST", QStringLiteral("/declarations"), Access::Authenticated,
                 [s](const Request &request) { return submit(*s, request); });
    server.route("GET", QStringLiteral("/declarations"), Access::Authenticated,
                 [s](const Request &request) { return list(*s, request, false); });
    server.route("GET", QStringLiteral("/declarations/{id}"), Access::Authenticated,
                 [s](const Request &request) { return getOne(*s, request); });
    server.route("GET", QStringLiteral("/declarations/{id}/receipt"), Access::Authenticated,
                 [s](const Request &request) { return receipt(*s, request); });
    server.route("GET", QStringLiteral("/admin/declarations"), Access::Admin,
                 [s](const Request &request) { return list(*s, request, true); });
}

// Re-arms the timers of what was pending when the sandbox last stopped.
void resumePending(Server &server)
{
    QSqlQuery q(server.db());
    if (!q.exec(
            QStringLiteral("SELECT id FROM declarations WHERE status != 'done' ORDER BY seq"))) {
        qCWarning(lcDeclarations) << "pending declarations:" << q.lastError().text();
        return;
    }
    int pending = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QTimer::singleShot(0, &server, [&server, id] { advance(server, id); });
        ++pending;
    }
    if (pending > 0)
        qCInfo(lcDeclarations) << "resuming" << pending << "pending declaration(s)";
}

SANDBOX_MODULE(declarationsModule, Module{.name = "declarations",
                                          .migrations = {createTables},
                                          .seed = seed,
                                          .routes = registerRoutes,
                                          .start = resumePending});

// Canonical number text: integers within 2^53 as integers, others by their double value.
void appendCanonical(const json::Value &value, std::string &out)
{
    switch (value.type()) {
    case json::Type::Number: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number &&
            std::fabs(number) < 9007199254740992.0)
            out += std::to_string(std::int64_t(number));
        else
            out += QString::number(number, 'g', 17).toStdString();
        return;
    }
    case json::Type::Array: {
        out += '[';
        bool first = true;
        for (const json::Value &item : value.arrayItems()) {
            if (!first)
                out += ',';
            first = false;
            appendCanonical(item, out);
        }
        out += ']';
        return;
    }
    case json::Type::Object: {
        std::vector<const json::Object::Member *> members;
        for (const auto &member : value.objectMembers())
            members.push_back(&member);
        std::sort(members.begin(), members.end(),
                  [](const auto *a, const auto *b) { return a->first < b->first; });
        out += '{';
        bool first = true;
        for (const auto *member : members) {
            if (!first)
                out += ',';
            first = false;
            json::appendQuoted(out, member->first);
            out += ':';
            appendCanonical(member->second, out);
        }
        out += '}';
        return;
    }
    default:
        json::serialize(value, out);
    }
}

} // namespace

namespace declarations {

std::string canonicalJson(const json::Value &value)
{
    std::string out;
    appendCanonical(value, out);
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ticket(int year, qint64 sequence)
{
    return QStringLiteral("GCH-%1-%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString newPeriodId(int year, qint64 sequence)
{
    return makeDimonaPeriodId(quint64(year) * 1000000ULL + quint64(sequence % 1000000));
}

} // namespace declarations

} // namespace guichet::sandbox

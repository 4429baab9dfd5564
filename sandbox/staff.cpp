#include "declarations.h"
#include "module.h"
#include "people.h"
#include "seed.h"
#include "seed_people.h"
#include "server.h"

#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/schema/formats.h"
#include "core/schema/messages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

// The staff register of each enterprise (docs/API.md "Employer data"): one row per worker's
// entry, holding a staff-record/1 document. Changes are optimistic: every record carries a
// strong ETag (a hash of its id, version and content) that PUT and .../end must quote in
// If-Match, so two people editing the same entry cannot overwrite each other unseen. The
// enterprise's Dimona periods are listed here too (GET .../dimona-periods, same mandate rule), so
// a Dimona OUT, UPDATE or CANCEL prepared from the register can quote each worker's period.
//
// A creation may carry an Idempotency-Key, as declarations do: table `staff_idempotency` keeps
// each key with the record it created and the digest of its body, per enterprise and caller, so
// a POST sent again after a lost answer (by Qt itself or by the importer) answers the record it
// made instead of adding the worker twice, across restarts too.
namespace guichet::sandbox {

namespace {

const char *const kStaffForm = "staff-record/1";

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning("sandbox staff: %s: %s", qPrintable(query.lastQuery()),
             qPrintable(query.lastError().text()));
    return false;
}

bool createTables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
               "CREATE TABLE staff (id INTEGER PRIMARY KEY, enterprise_number TEXT NOT NULL, "
               "version INTEGER NOT NULL DEFAULT 1, niss TEXT NOT NULL DEFAULT '', "
               "last_name TEXT NOT NULL DEFAULT '', first_name TEXT NOT NULL DEFAULT '', "
               "end_date TEXT, data TEXT NOT NULL, created_at TEXT NOT NULL, "
               "updated_at TEXT NOT NULL)")) &&
           q.exec(QStringLiteral("CREATE INDEX staff_by_enterprise ON staff (enterprise_number, "
                                 "last_name, first_name)")) &&
           q.exec(QStringLiteral("CREATE INDEX staff_by_niss ON staff (niss)"));
}

bool createIdempotencyTable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral(
        "CREATE TABLE staff_idempotency (enterprise_number TEXT NOT NULL, caller TEXT NOT NULL, "
        "idempotency_key TEXT NOT NULL, request_sha256 TEXT NOT NULL, "
        "staff_id INTEGER NOT NULL, created_at TEXT NOT NULL, "
        "PRIMARY KEY (enterprise_number, caller, idempotency_key))"));
}

// The columns kept beside the document for searching and sorting.
struct Columns
{
    QString niss;
    QString lastName;
    QString firstName;
    QVariant endDate; // null when open-ended
};

Columns columnsOf(const QJsonObject &data)
{
    const QJsonObject identity = data.value(QStringLiteral("identity")).toObject();
    const QJsonObject contract = data.value(QStringLiteral("contract")).toObject();
    // Never a null QString: SQLite would store NULL in the NOT NULL columns.
    const QString none = QStringLiteral("");
    Columns c;
    c.niss = identity.value(QStringLiteral("niss")).toString(none);
    c.lastName = identity.value(QStringLiteral("lastName")).toString(none);
    c.firstName = identity.value(QStringLiteral("firstName")).toString(none);
    const QString end = contract.value(QStringLiteral("endDate")).toString();
    c.endDate = end.isEmpty() ? QVariant() : QVariant(end);
    return c;
}

QString timestamp(const QDateTime &at)
{
    // RFC 3339 in UTC, whole seconds ("2026-11-28T14:22:41Z").
    return at.toUTC().toString(Qt::ISODate);
}

bool insertRecord(QSqlDatabase &db, const QString &enterprise, const QJsonObject &data,
                  const QString &at, qint64 *id)
{
    const Columns c = columnsOf(data);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO staff (enterprise_number, version, niss, last_name, first_name, end_date, "
        "data, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(enterprise);
    q.addBindValue(c.niss);
    q.addBindValue(c.lastName);
    q.addBindValue(c.firstName);
    q.addBindValue(c.endDate);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    q.addBindValue(at);
    if (!exec(q))
        return false;
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}

bool seedStaff(QSqlDatabase &db, const World &world)
{
    const PeopleSeed seed = PeopleSeed::build(world);
    const QString at = QStringLiteral("2026-11-01T08:00:00Z");
    for (const StaffSeed &s : seed.staff) {
        if (!insertRecord(db, s.enterpriseNumber, s.data, at, nullptr))
            return false;
    }
    return true;
}

struct Record
{
    qint64 id = 0;
    QString enterprise;
    int version = 0;
    QJsonObject data;
    QString createdAt;
    QString updatedAt;

    QByteArray etag() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray::number(id) + '|' + QByteArray::number(version) + '|');
        hash.addData(QJsonDocument(data).toJson(QJsonDocument::Compact));
        return '"' + hash.result().toHex().left(24) + '"';
    }
    QString endDate() const
    {
        return data.value(QStringLiteral("contract"))
            .toObject()
            .value(QStringLiteral("endDate"))
            .toString();
    }
    // Employed on that day or later: no end date, or one not yet past.
    bool isActive(const QDate &today) const
    {
        const QDate end = QDate::fromString(endDate(), Qt::ISODate);
        return !end.isValid() || end >= today;
    }
    QJsonObject toJson(const QDate &today) const
    {
        return {{"id", QString::number(id)}, {"enterpriseNumber", enterprise},
                {"version", version},        {"etag", QString::fromLatin1(etag())},
                {"active", isActive(today)}, {"data", data},
                {"createdAt", createdAt},    {"updatedAt", updatedAt}};
    }
};

Record recordFrom(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.enterprise = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.createdAt = q.value(4).toString();
    r.updatedAt = q.value(5).toString();
    return r;
}

const char *const kSelect = "SELECT id, enterprise_number, version, data, created_at, updated_at "
                            "FROM staff ";

std::optional<Record> loadRecord(QSqlDatabase &db, const QString &enterprise, const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ? AND enterprise_number = ?"));
    q.addBindValue(number);
    q.addBindValue(enterprise);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

bool updateRecord(QSqlDatabase &db, Record &record, const QJsonObject &data, const QString &at)
{
    const Columns c = columnsOf(data);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE staff SET version = version + 1, niss = ?, last_name = ?, "
                             "first_name = ?, end_date = ?, data = ?, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.addBindValue(c.niss);
    q.addBindValue(c.lastName);
    q.addBindValue(c.firstName);
    q.addBindValue(c.endDate);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    q.addBindValue(record.id);
    q.addBindValue(record.version);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    record.version += 1;
    record.data = data;
    record.updatedAt = at;
    return true;
}

// Lower case without diacritics, so "gerard" finds "Gérard".
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

// q matches a record when every word of it is in the name, or when its digits (separators
// dropped: "85.07.30" works) are part of the national number.
bool matches(const Record &record, const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QString niss = record.data.value(QStringLiteral("identity"))
                             .toObject()
                             .value(QStringLiteral("niss"))
                             .toString();
    const QString compact =
        QString::fromStdString(schema::compactIdentifier(trimmed.toStdString()));
    bool digitsOnly = !compact.isEmpty();
    for (const QChar c : compact)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly)
        return !niss.isEmpty() && niss.contains(compact);

    const QJsonObject identity = record.data.value(QStringLiteral("identity")).toObject();
    const QString name =
        folded(identity.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ') +
               identity.value(QStringLiteral("lastName")).toString());
    const QStringList words = folded(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!name.contains(word))
            return false;
    }
    return true;
}

// The staff-record form, compiled once (formats asserted, as the client does).
std::shared_ptr<const forms::FormDefinition> staffForm(const Server &server, QString *error)
{
    static std::map<QString, std::shared_ptr<const forms::FormDefinition>> cache;
    const QString dir = QDir(server.formsDirectory()).filePath(QLatin1String(kStaffForm));
    auto it = cache.find(dir);
    if (it != cache.end())
        return it->second;
    auto loaded = forms::FormDefinition::load(dir);
    if (!loaded) {
        *error = loaded.error().message;
        return nullptr;
    }
    cache.emplace(dir, *loaded);
    return *loaded;
}

QJsonObject fourLanguages(const schema::ValidationError &error, const forms::FormDefinition &form)
{
    QJsonObject texts;
    for (const char *language : {"fr", "nl", "de", "en"}) {
        texts.insert(QLatin1String(language),
                     schema::message(error, &form.messageOverrides(), QLatin1String(language)));
    }
    return texts;
}

// The record document of a request body, or the problem to answer: 400 invalid-json when the
// body is no JSON object, 400 validation-failed with one blocking anomaly per schema error.
std::optional<Response> validateBody(const Server &server, const QByteArray &body,
                                     QJsonObject *data)
{
    const auto parsed = json::parse(std::string_view(body.constData(), size_t(body.size())));
    const auto object = QJsonDocument::fromJson(body).object();
    if (!parsed || !parsed->isObject())
        return Server::problem(400, QStringLiteral("invalid-json"),
                               QStringLiteral("The body is not a JSON object"),
                               parsed ? QString() : parsed.error().message);
    QString error;
    const auto form = staffForm(server, &error);
    if (!form)
        return Server::problem(500, QStringLiteral("internal-error"),
                               QStringLiteral("The staff-record form could not be loaded"), error);
    const schema::ValidationResult result = form->compiled()->validate(*parsed);
    if (!result.valid) {
        QJsonArray anomalies;
        for (const schema::ValidationError &e : result.errors) {
            QJsonObject anomaly{
                {"code", QStringLiteral("SCHEMA-") + QString::fromStdString(e.keyword)},
                {"severity", "blocking"},
                {"pointer", QString::fromStdString(e.instanceLocation)},
                {"message", fourLanguages(e, *form)}};
            // A missing member is shown at the member, not at the object that lacks it.
            if (e.fieldLocation != e.instanceLocation)
                anomaly.insert(QStringLiteral("field"), QString::fromStdString(e.fieldLocation));
            anomalies.append(anomaly);
        }
        return Server::problem(400, QStringLiteral("validation-failed"),
                               QStringLiteral("The staff record is not valid"),
                               QStringLiteral("%1 error(s) against %2")
                                   .arg(anomalies.size())
                                   .arg(QLatin1String(kStaffForm)),
                               {{"anomalies", anomalies}});
    }
    *data = object;
    return std::nullopt;
}

// If-Match: a list of strong entity tags or "*". Weak tags never match (RFC 9110 §13.1.1).
bool ifMatch(const QByteArray &header, const QByteArray &etag)
{
    for (const QByteArray &part : header.split(',')) {
        const QByteArray tag = part.trimmed();
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

// The precondition of a change: 428 without If-Match, 412 with the current record when it
// quotes another version.
std::optional<Response> checkPrecondition(const Request &request, const Record &record,
                                          const QDate &today)
{
    const QByteArray header = request.header("If-Match");
    if (header.trimmed().isEmpty())
        return Server::problem(428, QStringLiteral("precondition-required"),
                               QStringLiteral("If-Match required"),
                               QStringLiteral("Send the record's ETag in If-Match"));
    if (!ifMatch(header, record.etag()))
        return Server::problem(412, QStringLiteral("precondition-failed"),
                               QStringLiteral("The record changed"),
                               QStringLiteral("The record was changed since you read it"),
                               {{"current", record.toJson(today)}})
            .withHeader("ETag", record.etag());
    return std::nullopt;
}

QByteArray recordLocation(const Record &record)
{
    return QStringLiteral("/api/v1/enterprises/%1/staff/%2")
        .arg(record.enterprise)
        .arg(record.id)
        .toUtf8();
}

// The enterprise of the path, and the caller's mandate for it: 400 invalid-request when the
// number is not 10 digits starting with 0 or 1, 403 no-mandate without a mandate.
std::optional<Response> checkEnterprise(Server &server, const Request &request, QString *enterprise)
{
    static const QRegularExpression pattern(QStringLiteral("^[01][0-9]{9}$"));
    *enterprise = request.param(QStringLiteral("enterpriseNumber"));
    if (auto denied = server.requireAuth(request))
        return denied;
    if (!pattern.match(*enterprise).hasMatch())
        return Server::problem(400, QStringLiteral("invalid-request"),
                               QStringLiteral("Invalid enterprise number"),
                               QStringLiteral("An enterprise number is 10 digits, such as "
                                              "0403019261"));
    return server.requireMandate(request, *enterprise);
}

Response listStaff(Server &server, const Request &request)
{
    QString enterprise;
    if (auto denied = checkEnterprise(server, request, &enterprise))
        return *denied;
    std::optional<bool> active;
    if (request.query.hasQueryItem(QStringLiteral("active"))) {
        active = people::parseBool(request.query.queryItemValue(QStringLiteral("active")));
        if (!active)
            return Server::problem(400, QStringLiteral("invalid-parameter"),
                                   QStringLiteral("Invalid parameter"),
                                   QStringLiteral("active must be true or false"));
    }
    const QString search = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (search.size() > 100)
        return Server::problem(400, QStringLiteral("invalid-parameter"),
                               QStringLiteral("Invalid parameter"),
                               QStringLiteral("q is at most 100 characters"));
    const QDate today = server.now().date();

    QSqlQuery q(server.db());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE enterprise_number = ? "
                                                      "ORDER BY last_name, first_name, id"));
    q.addBindValue(enterprise);
    if (!exec(q))
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    QJsonArray staff;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        const Record record = recordFrom(q);
        if (active && record.isActive(today) != *active)
            continue;
        if (!matches(record, search))
            continue;
        hash.addData(record.etag());
        staff.append(record.toJson(today));
    }
    const QByteArray etag = '"' + hash.result().toHex().left(24) + '"';
    if (request.header("If-None-Match").contains(etag))
        return Response::empty(304).withHeader("ETag", etag);
    return Response::json(QJsonObject{{"staff", staff}, {"etag", QString::fromLatin1(etag)}})
        .withHeader("ETag", etag);
}

// The Idempotency-Key of a creation; empty when none was sent. 400 invalid-request when it is
// not 8 to 128 visible ASCII characters (the rule of POST /declarations).
std::optional<Response> idempotencyKeyOf(const Request &request, QString *key)
{
    static const QRegularExpression pattern(QStringLiteral("^[!-~]{8,128}$"));
    *key = QString::fromLatin1(request.header("Idempotency-Key"));
    if (key->isEmpty() || pattern.match(*key).hasMatch())
        return std::nullopt;
    return Server::problem(400, QStringLiteral("invalid-request"),
                           QStringLiteral("Invalid idempotency key"),
                           QStringLiteral("The Idempotency-Key must be 8 to 128 visible ASCII "
                                          "characters."));
}

Response createdAnswer(const Record &record, const QDate &today, bool replayed)
{
    Response answer = Response::json(record.toJson(today), replayed ? 200 : 201);
    answer.withHeader("Location", recordLocation(record)).withHeader("ETag", record.etag());
    if (replayed)
        answer.withHeader("Idempotent-Replayed", "true");
    return answer;
}

Response createStaff(Server &server, const Request &request)
{
    QString enterprise;
    if (auto denied = checkEnterprise(server, request, &enterprise))
        return *denied;
    QString key;
    if (auto invalid = idempotencyKeyOf(request, &key))
        return *invalid;
    QJsonObject data;
    if (auto invalid = validateBody(server, request.body, &data))
        return *invalid;
    const QDate today = server.now().date();
    QSqlDatabase &db = server.db();
    const QString caller = request.caller.nationalNumber;

    QString digest;
    if (!key.isEmpty()) {
        // The body is a valid JSON object here; the same JSON value gives the same digest.
        const auto parsed =
            json::parse(std::string_view(request.body.constData(), size_t(request.body.size())));
        digest = declarations::sha256Hex(
            QByteArray::fromStdString(declarations::canonicalJson(*parsed)));
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral(
            "SELECT staff_id, request_sha256 FROM staff_idempotency WHERE enterprise_number = ? "
            "AND caller = ? AND idempotency_key = ?"));
        existing.addBindValue(enterprise);
        existing.addBindValue(caller);
        existing.addBindValue(key);
        if (!exec(existing))
            return Server::problem(500, QStringLiteral("internal-error"),
                                   QStringLiteral("Storage"));
        if (existing.next()) {
            if (existing.value(1).toString() != digest)
                return Server::problem(409, QStringLiteral("idempotency-conflict"),
                                       QStringLiteral("Idempotency key reused"),
                                       QStringLiteral("This Idempotency-Key was already used with "
                                                      "a different request body."));
            const auto record = loadRecord(db, enterprise, existing.value(0).toString());
            if (!record)
                return Server::problem(500, QStringLiteral("internal-error"),
                                       QStringLiteral("Storage"));
            return createdAnswer(*record, today, true);
        }
    }

    const QString at = timestamp(server.now());
    qint64 id = 0;
    if (!db.transaction())
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    bool stored = insertRecord(db, enterprise, data, at, &id);
    if (stored && !key.isEmpty()) {
        QSqlQuery remember(db);
        remember.prepare(QStringLiteral(
            "INSERT INTO staff_idempotency (enterprise_number, caller, idempotency_key, "
            "request_sha256, staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        remember.addBindValue(enterprise);
        remember.addBindValue(caller);
        remember.addBindValue(key);
        remember.addBindValue(digest);
        remember.addBindValue(id);
        remember.addBindValue(at);
        stored = exec(remember);
    }
    if (!stored || !db.commit()) {
        db.rollback();
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    }
    const auto record = loadRecord(db, enterprise, QString::number(id));
    if (!record)
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    return createdAnswer(*record, today, false);
}

std::optional<Response> findRecord(Server &server, const Request &request, Record *record)
{
    QString enterprise;
    if (auto denied = checkEnterprise(server, request, &enterprise))
        return *denied;
    const auto found = loadRecord(server.db(), enterprise, request.param(QStringLiteral("id")));
    if (!found)
        return Server::problem(404, QStringLiteral("not-found"),
                               QStringLiteral("No such staff record"));
    *record = *found;
    return std::nullopt;
}

Response getStaff(Server &server, const Request &request)
{
    Record record;
    if (auto problem = findRecord(server, request, &record))
        return *problem;
    const QByteArray etag = record.etag();
    if (request.header("If-None-Match").contains(etag))
        return Response::empty(304).withHeader("ETag", etag);
    return Response::json(record.toJson(server.now().date())).withHeader("ETag", etag);
}

Response changed(Server &server, Record &record, const QJsonObject &data)
{
    if (!updateRecord(server.db(), record, data, timestamp(server.now())))
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    return Response::json(record.toJson(server.now().date()))
        .withHeader("ETag", record.etag())
        .withHeader("Content-Location", recordLocation(record));
}

Response putStaff(Server &server, const Request &request)
{
    Record record;
    if (auto problem = findRecord(server, request, &record))
        return *problem;
    if (auto failed = checkPrecondition(request, record, server.now().date()))
        return *failed;
    QJsonObject data;
    if (auto invalid = validateBody(server, request.body, &data))
        return *invalid;
    return changed(server, record, data);
}

Response endStaff(Server &server, const Request &request)
{
    Record record;
    if (auto problem = findRecord(server, request, &record))
        return *problem;
    if (auto failed = checkPrecondition(request, record, server.now().date()))
        return *failed;
    const QString text =
        request.jsonObject().value_or(QJsonObject()).value(QStringLiteral("endDate")).toString();
    const QDate end = QDate::fromString(text, Qt::ISODate);
    if (!end.isValid() || text.size() != 10)
        return Server::problem(400, QStringLiteral("invalid-end-date"),
                               QStringLiteral("Invalid end date"),
                               QStringLiteral("The body must be {\"endDate\": \"YYYY-MM-DD\"}"));
    QJsonObject contract = record.data.value(QStringLiteral("contract")).toObject();
    const QDate start =
        QDate::fromString(contract.value(QStringLiteral("startDate")).toString(), Qt::ISODate);
    if (start.isValid() && end < start)
        return Server::problem(400, QStringLiteral("invalid-end-date"),
                               QStringLiteral("End before start"),
                               QStringLiteral("The end date %1 is before the start date %2")
                                   .arg(text, start.toString(Qt::ISODate)));
    contract.insert(QStringLiteral("endDate"), text);
    QJsonObject data = record.data;
    data.insert(QStringLiteral("contract"), contract);
    return changed(server, record, data);
}

// GET /enterprises/{n}/dimona-periods: the enterprise's Dimona periods from the core table
// `dimona_periods` (the seeded ones, and those accepted declarations opened or changed), newest
// start first, so that a client prefilling an OUT, UPDATE or CANCEL takes the first open one.
Response listDimonaPeriods(Server &server, const Request &request)
{
    QString enterprise;
    if (auto denied = checkEnterprise(server, request, &enterprise))
        return *denied;
    struct Filter
    {
        const char *parameter;
        const char *column;
        QRegularExpression pattern;
    };
    const QList<Filter> filters{
        {"ssin", "national_number", QRegularExpression(QStringLiteral("^[0-9]{11}$"))},
        {"status", "status", QRegularExpression(QStringLiteral("^(open|closed|cancelled)$"))}};
    QString where = QStringLiteral("enterprise_number = ?");
    QVariantList values{enterprise};
    for (const Filter &filter : filters) {
        const QString name = QLatin1String(filter.parameter);
        if (!request.query.hasQueryItem(name))
            continue;
        const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded);
        if (!filter.pattern.match(value).hasMatch())
            return Server::problem(400, QStringLiteral("invalid-parameter"),
                                   QStringLiteral("Invalid parameter"),
                                   QStringLiteral("The query parameter %1 is out of its form or "
                                                  "range.")
                                       .arg(name));
        where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(filter.column));
        values.append(value);
    }
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT period_id, national_number, worker_type, start_date, "
                             "end_date, status FROM dimona_periods WHERE ") +
              where + QStringLiteral(" ORDER BY start_date DESC, period_id DESC"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!exec(q))
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"));
    QJsonArray periods;
    while (q.next()) {
        const QString end = q.value(4).toString();
        periods.append(
            QJsonObject{{"periodId", q.value(0).toString()},
                        {"ssin", q.value(1).toString()},
                        {"workerType", q.value(2).toString()},
                        {"startDate", q.value(3).toString()},
                        {"endDate", end.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(end)},
                        {"status", q.value(5).toString()}});
    }
    return Response::json(QJsonObject{{"periods", periods}});
}

void registerRoutes(Server &server)
{
    const QString list = QStringLiteral("/enterprises/{enterpriseNumber}/staff");
    const QString one = QStringLiteral("/enterprises/{enterpriseNumber}/staff/{id}");
    Server *s = &server;
    server.route("GET", list, Access::Authenticated,
                 [s](const Request &r) { return listStaff(*s, r); });
    server.route("POST", list, Access::Authenticated,
                 [s](const Request &r) { return createStaff(*s, r); });
    server.route("GET", one, Access::Authenticated,
                 [s](const Request &r) { return getStaff(*s, r); });
    server.route("PUT", one, Access::Authenticated,
                 [s](const Request &r) { return putStaff(*s, r); });
    server.route("POST", one + QStringLiteral("/end"), Access::Authenticated,
                 [s](const Request &r) { return endStaff(*s, r); });
    server.route("GET", QStringLiteral("/enterprises/{enterpriseNumber}/dimona-periods"),
                 Access::Authenticated, [s](const Request &r) { return listDimonaPeriods(*s, r); });
}

} // namespace

QJsonArray people::staffRecordsOf(QSqlDatabase &db, const QString &nationalNumber)
{
    QJsonArray out;
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE niss = ? ORDER BY updated_at DESC, "
                                                      "id DESC"));
    q.addBindValue(nationalNumber);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(recordFrom(q).data);
    return out;
}

SANDBOX_MODULE(staffModule, Module{.name = "staff",
                                   .migrations = {createTables, createIdempotencyTable},
                                   .seed = seedStaff,
                                   .routes = registerRoutes,
                                   .start = nullptr});

} // namespace guichet::sandbox

// GET /me, GET /health and the admin endpoints that shape the world and the faults:
// POST /admin/identities, GET/PUT /admin/faults.
#include "module.h"
#include "server.h"

#include "buildinfo.h"
#include "core/schema/formats.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet::sandbox {

namespace {

const QStringList kRoles = {QStringLiteral("citizen"), QStringLiteral("self-employed"),
                            QStringLiteral("employer"), QStringLiteral("helpdesk")};
const QStringList kCapacities = {QStringLiteral("employer"), QStringLiteral("social-secretariat"),
                                 QStringLiteral("service-provider")};

QJsonObject callerJson(const Caller &caller)
{
    QJsonArray mandates;
    for (const Caller::Mandate &m : caller.mandates) {
        QJsonObject mandate{{QStringLiteral("enterpriseNumber"), m.enterpriseNumber},
                            {QStringLiteral("name"), m.name},
                            {QStringLiteral("capacity"), m.capacity}};
        if (!m.viaEnterpriseNumber.isEmpty())
            mandate.insert(QStringLiteral("via"),
                           QJsonObject{{QStringLiteral("enterpriseNumber"), m.viaEnterpriseNumber},
                                       {QStringLiteral("name"), m.viaName}});
        mandates.append(mandate);
    }
    return QJsonObject{{QStringLiteral("nationalNumber"), caller.nationalNumber},
                       {QStringLiteral("name"), caller.name()},
                       {QStringLiteral("givenName"), caller.givenName},
                       {QStringLiteral("surname"), caller.surname},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(caller.roles)},
                       {QStringLiteral("mandates"), mandates}};
}

Response badRequest(const QString &detail)
{
    return Server::problem(400, QStringLiteral("invalid-request"),
                           QStringLiteral("Invalid request"), detail);
}

Response notAnObject()
{
    return Server::problem(400, QStringLiteral("invalid-json"), QStringLiteral("Invalid JSON"),
                           QStringLiteral("The body must be a JSON object."));
}

bool isDigits(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// POST /admin/identities {"nationalNumber", "givenName", "surname", "roles", "mandates":
// [{"enterpriseNumber", "name"?, "capacity", "via"?: {"enterpriseNumber", "name"?}}], "address"?}
// Creates or replaces the person, their roles and mandates; unknown enterprises are created.
Response postIdentity(Server &server, const Request &request)
{
    const std::optional<QJsonObject> body = request.jsonObject();
    if (!body)
        return notAnObject();
    static const QStringList kMembers = {
        QStringLiteral("nationalNumber"), QStringLiteral("givenName"), QStringLiteral("surname"),
        QStringLiteral("roles"),          QStringLiteral("mandates"),  QStringLiteral("address")};
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!kMembers.contains(it.key()))
            return badRequest(QStringLiteral("Unknown member %1").arg(it.key()));
    }
    for (const char *name : {"givenName", "surname"}) {
        if (body->value(QLatin1String(name)).toString().isEmpty())
            return badRequest(
                QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(name)));
    }
    if (!body->value(QStringLiteral("roles")).isArray() ||
        body->value(QStringLiteral("roles")).toArray().isEmpty())
        return badRequest(QStringLiteral("roles must be a non-empty array"));
    const QString nn = body->value(QStringLiteral("nationalNumber")).toString();
    if (!isDigits(nn, 11) || !schema::isValidNiss(nn.toStdString()))
        return badRequest(QStringLiteral("nationalNumber is not a valid national number"));
    QStringList roles{QStringLiteral("citizen")};
    for (const QJsonValue &role : body->value(QStringLiteral("roles")).toArray()) {
        if (!kRoles.contains(role.toString()))
            return badRequest(QStringLiteral("Unknown role %1").arg(role.toString()));
        if (!roles.contains(role.toString()))
            roles.append(role.toString());
    }
    struct NewMandate
    {
        QString number, name, capacity, viaNumber, viaName;
    };
    QList<NewMandate> mandates;
    for (const QJsonValue &value : body->value(QStringLiteral("mandates")).toArray()) {
        const QJsonObject m = value.toObject();
        NewMandate mandate{m.value(QStringLiteral("enterpriseNumber")).toString(),
                           m.value(QStringLiteral("name")).toString(),
                           m.value(QStringLiteral("capacity")).toString(QStringLiteral("employer")),
                           {},
                           {}};
        const QJsonObject via = m.value(QStringLiteral("via")).toObject();
        mandate.viaNumber = via.value(QStringLiteral("enterpriseNumber")).toString();
        mandate.viaName = via.value(QStringLiteral("name")).toString();
        if (!isDigits(mandate.number, 10) ||
            !schema::isValidEnterpriseNumber(mandate.number.toStdString()))
            return badRequest(QStringLiteral("Invalid enterprise number %1").arg(mandate.number));
        if (!mandate.viaNumber.isEmpty() &&
            (!isDigits(mandate.viaNumber, 10) ||
             !schema::isValidEnterpriseNumber(mandate.viaNumber.toStdString())))
            return badRequest(
                QStringLiteral("Invalid enterprise number %1").arg(mandate.viaNumber));
        if (!kCapacities.contains(mandate.capacity))
            return badRequest(QStringLiteral("Unknown capacity %1").arg(mandate.capacity));
        mandates.append(mandate);
    }

    QSqlDatabase &db = server.db();
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT 1 FROM people WHERE national_number = ?"));
    existing.addBindValue(nn);
    const bool replaced = existing.exec() && existing.next();
    db.transaction();
    const auto fail = [&db](const QSqlQuery &q) {
        db.rollback();
        return Server::problem(500, QStringLiteral("internal-error"),
                               QStringLiteral("Cannot store the identity"), q.lastError().text());
    };
    QSqlQuery person(db);
    person.prepare(
        QStringLiteral("INSERT INTO people (national_number, given_name, surname, address, roles) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (national_number) DO UPDATE SET "
                       "given_name = excluded.given_name, surname = excluded.surname, "
                       "address = excluded.address, roles = excluded.roles"));
    person.bindValue(0, nn);
    person.bindValue(1, body->value(QStringLiteral("givenName")).toString(QStringLiteral("")));
    person.bindValue(2, body->value(QStringLiteral("surname")).toString(QStringLiteral("")));
    person.bindValue(3, body->value(QStringLiteral("address")).toString(QStringLiteral("")));
    person.bindValue(4, roles.join(QLatin1Char(',')));
    if (!person.exec())
        return fail(person);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM mandates WHERE national_number = ?"));
    clear.addBindValue(nn);
    if (!clear.exec())
        return fail(clear);
    for (const NewMandate &m : mandates) {
        for (const auto &[number, name] :
             {std::pair{m.number, m.name}, std::pair{m.viaNumber, m.viaName}}) {
            if (number.isEmpty())
                continue;
            QSqlQuery enterprise(db);
            enterprise.prepare(
                QStringLiteral("INSERT OR IGNORE INTO enterprises (number, name) VALUES (?, ?)"));
            enterprise.addBindValue(number);
            enterprise.addBindValue(name.isEmpty() ? QStringLiteral("Enterprise %1").arg(number)
                                                   : name);
            if (!enterprise.exec())
                return fail(enterprise);
        }
        QSqlQuery mandate(db);
        mandate.prepare(QStringLiteral("INSERT OR REPLACE INTO mandates (national_number, "
                                       "enterprise_number, capacity, via_enterprise_number) "
                                       "VALUES (?, ?, ?, ?)"));
        mandate.addBindValue(nn);
        mandate.addBindValue(m.number);
        mandate.addBindValue(m.capacity);
        mandate.addBindValue(m.viaNumber.isNull() ? QStringLiteral("") : m.viaNumber);
        if (!mandate.exec())
            return fail(mandate);
    }
    db.commit();
    return Response::json(callerJson(server.loadCaller(nn)), replaced ? 200 : 201)
        .withHeader("Location", "/api/v1/admin/identities/" + nn.toLatin1());
}

void registerRoutes(Server &server)
{
    server.route("GET", QStringLiteral("/health"), Access::Public, [](const Request &) {
        return Response::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QString::fromLatin1(buildinfo::version)}});
    });
    server.route("GET", QStringLiteral("/me"), Access::Authenticated,
                 [](const Request &request) { return Response::json(callerJson(request.caller)); });
    server.route("POST", QStringLiteral("/admin/identities"), Access::Admin,
                 [&server](const Request &request) { return postIdentity(server, request); });
    server.route("GET", QStringLiteral("/admin/faults"), Access::Admin,
                 [&server](const Request &) { return Response::json(server.faults().toJson()); });
    server.route("PUT", QStringLiteral("/admin/faults"), Access::Admin,
                 [&server](const Request &request) {
                     const std::optional<QJsonObject> body = request.jsonObject();
                     if (!body)
                         return notAnObject();
                     if (const auto bad = server.faults().update(*body))
                         return badRequest(QStringLiteral("Invalid member %1").arg(*bad));
                     // Every PUT restarts the sequence, so a test can replay it.
                     server.resetFaultRng();
                     return Response::json(server.faults().toJson());
                 });
}

} // namespace

SANDBOX_MODULE(identityModule, Module{.name = "identity",
                                      .migrations = {},
                                      .seed = nullptr,
                                      .routes = registerRoutes,
                                      .start = nullptr});

} // namespace guichet::sandbox

#include "module.h"
#include "people.h"
#include "server.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

// The helpdesk (docs/API.md "Helpdesk"): an agent with the helpdesk role looks a citizen up;
// every look-up is written to the audit table, and the citizen reads who looked at their data
// with GET /me/audit. Helpdesk is a role, not a mandate (DOMAIN.md §8).
namespace guichet::sandbox {

namespace {

QStringList splitRoles(const QString &roles)
{
    return roles.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Response lookup(Server &server, const Request &request)
{
    if (auto denied =
            server.requireRole(request, QStringLiteral("helpdesk"), QStringLiteral("not-helpdesk")))
        return *denied;
    const QString citizen = request.param(QStringLiteral("nationalNumber"));
    if (!people::isNationalNumberShaped(citizen))
        return Server::problem(400, QStringLiteral("invalid-request"),
                               QStringLiteral("Invalid national number"),
                               QStringLiteral("A national number is 11 digits, such as "
                                              "86031412323"));
    const auto info = people::findCitizen(server.db(), citizen);
    if (!info)
        return Server::problem(404, QStringLiteral("unknown-citizen"),
                               QStringLiteral("Unknown citizen"),
                               QStringLiteral("No citizen with that national number"));
    if (!server.audit(request.caller.nationalNumber, citizen, QStringLiteral("helpdesk.lookup"),
                      request.path))
        return Server::problem(500, QStringLiteral("internal-error"),
                               QStringLiteral("The access could not be audited"));
    return Response::json(QJsonObject{{"nationalNumber", info->nationalNumber},
                                      {"name", info->givenName + QLatin1Char(' ') + info->surname},
                                      {"givenName", info->givenName},
                                      {"surname", info->surname},
                                      {"address", info->address},
                                      {"roles", QJsonArray::fromStringList(info->roles)}});
}

// The name an agent is shown under: from the world, else the profiles, else a neutral label.
QString agentName(QSqlDatabase &db, const QString &agent)
{
    if (const auto info = people::findCitizen(db, agent))
        return info->givenName + QLatin1Char(' ') + info->surname;
    return QStringLiteral("Helpdesk agent");
}

Response myAudit(Server &server, const Request &request)
{
    if (auto denied = server.requireAuth(request))
        return *denied;
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT at, agent, action, resource FROM audit WHERE citizen = ? "
                             "ORDER BY at DESC, id DESC"));
    q.addBindValue(request.caller.nationalNumber);
    if (!q.exec())
        return Server::problem(500, QStringLiteral("internal-error"), QStringLiteral("Storage"),
                               q.lastError().text());
    QHash<QString, QString> names;
    QJsonArray entries;
    while (q.next()) {
        const QString agent = q.value(1).toString();
        auto name = names.constFind(agent);
        if (name == names.constEnd())
            name = names.insert(agent, agentName(server.db(), agent));
        // Stored with milliseconds; the API speaks whole seconds.
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        entries.append(QJsonObject{{"at", at.toUTC().toString(Qt::ISODate)},
                                   {"agent", QJsonObject{{"name", *name}}},
                                   {"action", q.value(2).toString()},
                                   {"resource", q.value(3).toString()}});
    }
    return Response::json(QJsonObject{{"entries", entries}});
}

void registerRoutes(Server &server)
{
    Server *s = &server;
    server.route("GET", QStringLiteral("/helpdesk/citizens/{nationalNumber}"),
                 Access::Authenticated, [s](const Request &r) { return lookup(*s, r); });
    server.route("GET", QStringLiteral("/me/audit"), Access::Authenticated,
                 [s](const Request &r) { return myAudit(*s, r); });
}

} // namespace

std::optional<people::CitizenInfo> people::findCitizen(QSqlDatabase &db,
                                                       const QString &nationalNumber)
{
    if (nationalNumber.isEmpty())
        return std::nullopt;
    for (const char *table : {"people", "citizen_profiles"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT given_name, surname, address, roles FROM %1 "
                                 "WHERE national_number = ?")
                      .arg(QLatin1String(table)));
        q.addBindValue(nationalNumber);
        if (q.exec() && q.next())
            return CitizenInfo{nationalNumber, q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toString(), splitRoles(q.value(3).toString())};
    }
    const QJsonArray records = staffRecordsOf(db, nationalNumber);
    if (records.isEmpty())
        return std::nullopt;
    const QJsonObject data = records.first().toObject();
    const QJsonObject identity = data.value(QStringLiteral("identity")).toObject();
    const QJsonObject address = data.value(QStringLiteral("address")).toObject();
    auto field = [&address](const char *name) {
        return address.value(QLatin1String(name)).toString();
    };
    QString line = field("street") + QLatin1Char(' ') + field("number");
    if (!field("box").isEmpty())
        line += QStringLiteral(" bte ") + field("box");
    line += QStringLiteral(", ") + field("postalCode") + QLatin1Char(' ') + field("municipality");
    if (field("country") != QLatin1String("BE"))
        line += QStringLiteral(", ") + field("country");
    return CitizenInfo{nationalNumber,
                       identity.value(QStringLiteral("firstName")).toString(),
                       identity.value(QStringLiteral("lastName")).toString(),
                       line,
                       {QStringLiteral("citizen")}};
}

SANDBOX_MODULE(helpdeskModule, Module{.name = "helpdesk",
                                      .migrations = {},
                                      .seed = nullptr,
                                      .routes = registerRoutes,
                                      .start = nullptr});

} // namespace guichet::sandbox

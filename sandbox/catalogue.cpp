// The form catalogue: GET /forms and GET /forms/{id}/{version} (docs/API.md "Form catalogue").
#include "module.h"
#include "server.h"

#include <QJsonArray>

namespace guichet::sandbox {

namespace {

void registerRoutes(Server &server)
{
    server.route("GET", QStringLiteral("/forms"), Access::Public, [](const Request &) {
        return Response::json(QJsonObject{{QStringLiteral("forms"), QJsonArray()}});
    });
}

} // namespace

SANDBOX_MODULE(catalogueModule, Module{.name = "catalogue",
                                       .migrations = {},
                                       .seed = nullptr,
                                       .routes = registerRoutes,
                                       .start = nullptr});

} // namespace guichet::sandbox

#pragma once

#include <QSqlDatabase>

#include <functional>
#include <vector>

// The sandbox is assembled from modules (core, declarations, people...). Each module brings its
// own tables (migrations), its share of the demo world (seed) and its routes. Modules register
// themselves at static-initialisation time with SANDBOX_MODULE, so adding a module is adding a
// .cpp file to sandbox/ (the sources are globbed; re-run cmake configure).
namespace guichet::sandbox {

class Server;
struct World;

struct Module
{
    // Stable name: the store keeps the applied migration count and the "seeded" flag under it.
    // Renaming a module re-runs its migrations on existing data folders.
    const char *name = "";
    // Schema changes of this module, applied once each, in order, each in its own transaction
    // (store keeps a version per module). Never edit or reorder a published migration: append.
    // Return false (after logging why) to abort the start-up.
    std::vector<std::function<bool(QSqlDatabase &)>> migrations;
    // Fills this module's tables from the demo world, once per data folder (after every module's
    // migrations ran, so it may read other modules' tables; the core module's tables — people,
    // enterprises, mandates, dimona_periods — are seeded before every other module).
    // Runs in a transaction; return false to abort the start-up. May be null.
    std::function<bool(QSqlDatabase &, const World &)> seed;
    // Registers the module's routes (Server::route). May be null.
    std::function<void(Server &)> routes;
    // Called once the server listens (start timers, resume pending work). May be null.
    std::function<void(Server &)> start;
};

// Adds a module to the registry. Called from static initialisers (SANDBOX_MODULE).
void registerModule(Module module);

// Every registered module: "core" first, then the others by name (a stable order whatever the
// link order).
std::vector<Module> modules();

} // namespace guichet::sandbox

// Self-registration at static-initialisation time:
//   SANDBOX_MODULE(declarationsModule, Module{.name = "declarations", .migrations = {...}, ...})
// The sandbox sources are compiled as an OBJECT library, so no registration is dropped by the
// linker.
#define SANDBOX_MODULE(var, ...)                                                                   \
    [[maybe_unused]] static const bool var = (::guichet::sandbox::registerModule(__VA_ARGS__), true)

#pragma once

#include "core/drafts/database.h"
#include "core/drafts/draft.h"

#include <vector>

// The drafts file's schema, as numbered steps. Each step is one function that takes the file
// from version N-1 to N inside the runner's transaction; the versions applied are recorded in
// `schema_version`. To change the schema, append a function to steps() in migrations.cpp:
// never edit a step that has shipped.
namespace guichet::drafts {

class Migrations
{
public:
    using Step = Status (*)(Database &db);

    // Index i holds the step to version i + 1.
    static const std::vector<Step> &steps();
    static int latestVersion() { return int(steps().size()); }

    // Brings the file to latestVersion() in one transaction (all steps or none). Several
    // processes may open the same file at once: one migrates, the others wait and find it done.
    // Errors: storage-newer (the file has versions this build does not know), storage-*.
    static Status run(Database &db);
    // The version recorded in the file, 0 for a new file.
    static Expected<int> currentVersion(Database &db);
};

} // namespace guichet::drafts

#pragma once

#include <QString>

namespace guichet::ui {

// The pages of the main window. Home is the welcome page; the other three are the workspaces of
// the three kinds of users (see docs/DESIGN.md, "Who uses it").
enum class Workspace
{
    Home,
    SelfEmployed,
    Employer,
    Helpdesk,
    Drafts,      // the drafts of whoever is signed in (or of the local profile)
    Submissions, // the outbox and the results
};

// Stable keys for settings and the command line: "home", "self-employed", "employer",
// "helpdesk", "drafts", "submissions".
QString workspaceKey(Workspace workspace);

// The workspace for a key; `ok` (when given) says whether the key was known. Home for anything
// else.
Workspace workspaceFromKey(const QString &key, bool *ok = nullptr);

} // namespace guichet::ui

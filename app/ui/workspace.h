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
    Helpdesk
};

// Stable keys for settings and the command line: "home", "self-employed", "employer",
// "helpdesk".
QString workspaceKey(Workspace workspace);

// The workspace for a key; `ok` (when given) says whether the key was known. Home for anything
// else.
Workspace workspaceFromKey(const QString &key, bool *ok = nullptr);

} // namespace guichet::ui

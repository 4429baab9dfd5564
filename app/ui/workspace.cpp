#include "workspace.h"

#include <array>
#include <utility>

namespace guichet::ui {

namespace {
constexpr std::array<std::pair<Workspace, const char *>, 6> s_keys{{
    {Workspace::Home, "home"},
    {Workspace::SelfEmployed, "self-employed"},
    {Workspace::Employer, "employer"},
    {Workspace::Helpdesk, "helpdesk"},
    {Workspace::Drafts, "drafts"},
    {Workspace::Submissions, "submissions"},
}};
} // namespace

QString workspaceKey(Workspace workspace)
{
    for (const auto &[value, key] : s_keys) {
        if (value == workspace)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("home");
}

Workspace workspaceFromKey(const QString &key, bool *ok)
{
    for (const auto &[value, name] : s_keys) {
        if (key == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Workspace::Home;
}

} // namespace guichet::ui

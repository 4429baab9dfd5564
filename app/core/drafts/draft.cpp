#include "draft.h"

namespace guichet::drafts {

QString DraftValidity::stateName(State state)
{
    switch (state) {
    case Valid:
        return QStringLiteral("valid");
    case Invalid:
        return QStringLiteral("invalid");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DraftValidity::State DraftValidity::stateFromName(const QString &name)
{
    if (name == QLatin1String("valid"))
        return Valid;
    if (name == QLatin1String("invalid"))
        return Invalid;
    return Unknown;
}

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Local:
        return QStringLiteral("local");
    case SyncState::Queued:
        return QStringLiteral("queued");
    case SyncState::Sent:
        return QStringLiteral("sent");
    case SyncState::Accepted:
        return QStringLiteral("accepted");
    case SyncState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("local");
}

std::optional<SyncState> syncStateFromName(const QString &name)
{
    for (SyncState s : {SyncState::Local, SyncState::Queued, SyncState::Sent, SyncState::Accepted,
                        SyncState::Rejected})
        if (syncStateName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace guichet::drafts

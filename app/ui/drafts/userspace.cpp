#include "userspace.h"

#include "core/drafts/localprofile.h"
#include "core/drafts/secretkey.h"

namespace guichet::ui {

UserSpace::~UserSpace()
{
    m_autosaver.reset(); // flushes
    drafts::wipe(m_onBehalfOf);
}

Expected<std::unique_ptr<UserSpace>>
UserSpace::finish(Kind kind, std::unique_ptr<drafts::DraftStore> store, const QString &onBehalfOf)
{
    auto outbox = sync::Outbox::open(*store);
    if (!outbox)
        return outbox.error();
    std::unique_ptr<UserSpace> space(new UserSpace);
    space->m_kind = kind;
    space->m_onBehalfOf = onBehalfOf;
    space->m_autosaver = std::make_unique<drafts::AutoSaver>(store->dataDirectory(), store->owner(),
                                                             store->dataKey());
    space->m_outbox = std::move(*outbox);
    space->m_drafts = std::move(store);
    return space;
}

Expected<std::unique_ptr<UserSpace>> UserSpace::openLocal(const QString &dataDir,
                                                          drafts::KeyProvider &keys)
{
    auto profile = drafts::LocalProfile::openOrCreate(dataDir);
    if (!profile)
        return profile.error();
    auto store = drafts::DraftStore::open(dataDir, profile->owner(), keys);
    if (!store)
        return store.error();
    return finish(Kind::Local, std::move(*store), {});
}

Expected<std::unique_ptr<UserSpace>> UserSpace::openIdentity(const QString &dataDir,
                                                             const QString &nationalNumber,
                                                             drafts::KeyProvider &keys)
{
    auto profile = drafts::LocalProfile::openOrCreate(dataDir);
    if (!profile)
        return profile.error();
    auto store = drafts::DraftStore::open(dataDir, profile->ownerFor(nationalNumber), keys);
    if (!store)
        return store.error();
    return finish(Kind::Identity, std::move(*store), {});
}

Expected<std::unique_ptr<UserSpace>> UserSpace::openHelpdesk(const QString &dataDir,
                                                             const QString &citizen)
{
    auto store = drafts::DraftStore::openEphemeral(dataDir, drafts::LocalProfile::ephemeralOwner());
    if (!store)
        return store.error();
    return finish(Kind::Helpdesk, std::move(*store), citizen);
}

Expected<int> UserSpace::wipe()
{
    (void)m_autosaver->flush();
    auto wiped = m_drafts->wipeOwner();
    emit draftsChanged();
    emit outboxChanged();
    return wiped;
}

} // namespace guichet::ui

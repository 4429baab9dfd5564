#pragma once

#include "core/drafts/autosaver.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/keyprovider.h"
#include "core/expected.h"
#include "core/sync/outbox.h"

#include <QObject>
#include <QString>

#include <memory>

// Whose drafts and submissions the window shows now, and the stores they live in: the local
// profile of the data folder (nobody signed in), the signed-in person, or the helpdesk's
// separate space for the citizen an agent is helping (its key exists in memory only, and
// wipe() removes everything of it). Every page reads and writes through the space it is given;
// a new space (sign-in, sign-out, helpdesk session) replaces the pages' content.
namespace guichet::ui {

class UserSpace : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Local,    // no signed-in identity: the data folder's local profile
        Identity, // the signed-in person
        Helpdesk, // an agent's work for one citizen, wiped at the end of the session
    };

    static Expected<std::unique_ptr<UserSpace>> openLocal(const QString &dataDir,
                                                          drafts::KeyProvider &keys);
    static Expected<std::unique_ptr<UserSpace>>
    openIdentity(const QString &dataDir, const QString &nationalNumber, drafts::KeyProvider &keys);
    // citizen: the national number the agent works for (drafts are made on their behalf).
    static Expected<std::unique_ptr<UserSpace>> openHelpdesk(const QString &dataDir,
                                                             const QString &citizen);
    ~UserSpace() override;

    Kind kind() const { return m_kind; }
    QString dataDirectory() const { return m_drafts->dataDirectory(); }
    QString owner() const { return m_drafts->owner(); }
    // The person drafts are made for by default (helpdesk: the citizen), else empty.
    QString onBehalfOf() const { return m_onBehalfOf; }
    const drafts::DataKey &dataKey() const { return m_drafts->dataKey(); }

    drafts::DraftStore &drafts() { return *m_drafts; }
    sync::Outbox &outbox() { return *m_outbox; }
    drafts::AutoSaver &autosaver() { return *m_autosaver; }

    // Everything of this space, gone for good (helpdesk end of session). Waits for pending
    // saves first. Returns how many drafts went. The space saves nothing afterwards: discard it.
    Expected<int> wipe();

    // The pages say when they changed the drafts or the outbox, so that the others refresh.
    void notifyDraftsChanged() { emit draftsChanged(); }
    void notifyOutboxChanged() { emit outboxChanged(); }

signals:
    void draftsChanged();
    void outboxChanged();

private:
    UserSpace() = default;
    static Expected<std::unique_ptr<UserSpace>>
    finish(Kind kind, std::unique_ptr<drafts::DraftStore> store, const QString &onBehalfOf);

    Kind m_kind = Kind::Local;
    QString m_onBehalfOf;
    std::unique_ptr<drafts::DraftStore> m_drafts;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<drafts::AutoSaver> m_autosaver;
};

} // namespace guichet::ui

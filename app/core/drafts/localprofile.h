#pragma once

#include "core/expected.h"

#include <QString>

// The owner of drafts made without a signed-in identity: a profile of the data folder, kept in
// DIR/profile.json ({"profileId": random UUID}) and created on first use. Its owner id is
// "local:<profileId>": opaque, and different for every data folder.
namespace guichet::drafts {

class LocalProfile
{
public:
    // Reads DIR/profile.json, creating DIR and the file if needed. Two processes creating it
    // at once agree on one profile (the file is created without replacing). Errors:
    // io.unwritable, io.unreadable (the file exists but is not a profile).
    static Expected<LocalProfile> openOrCreate(const QString &dataDir);

    // Where Guichet keeps its data when no --data-dir is given: the GUI's application data
    // folder (the same for guichet and guichet-cli).
    static QString defaultDataDirectory();

    QString profileId() const { return m_profileId; }
    QString owner() const { return QStringLiteral("local:") + m_profileId; }
    // The owner id of a signed-in person in this data folder: "eid:" and an HMAC of the
    // national number keyed with the profile id, so that the file never names the person and
    // two data folders give two unrelated ids.
    QString ownerFor(const QString &nationalNumber) const;
    // A fresh owner for work done on someone's behalf at the helpdesk ("helpdesk:<uuid>"): its
    // key lives in memory only (DraftStore::openEphemeral).
    static QString ephemeralOwner();

private:
    QString m_profileId;
};

} // namespace guichet::drafts

#pragma once

#include "core/drafts/keyprovider.h"
#include "core/expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The last figures a workspace fetched from the portal, kept for offline use and sealed with
// the owner's data key (AES-256-GCM, drafts::AesGcm), since they are personal data:
//   <dataDir>/cache/<name>.<purpose>
// where <name> is an HMAC of owner and purpose under the key (so the file name does not give the
// owner away either) and the associated data names the owner and the purpose (a file copied to
// another owner or purpose does not open). Small documents, written atomically (QSaveFile), 0600.
namespace guichet::quota {

class SealedCache
{
public:
    SealedCache() = default;
    SealedCache(QString dataDir, QString owner, drafts::DataKey key);

    // A data folder, an owner and a key are set.
    bool isUsable() const;
    QString owner() const { return m_owner; }
    QString filePath(const QString &purpose) const;

    // Errors: "cache.unusable" (no folder, owner or key), "cache.unwritable".
    Expected<bool> store(const QString &purpose, const QJsonObject &document,
                         const QDateTime &syncedAt);

    struct Entry
    {
        QJsonObject document;
        QDateTime syncedAt; // UTC
    };
    // Errors: "cache.unusable", "cache.missing" (never stored), "cache.damaged" (altered, another
    // key, another owner or purpose: the file is left for the next store to replace).
    Expected<Entry> load(const QString &purpose) const;

    // Removes the purpose's file; true when none is left.
    bool remove(const QString &purpose) const;

private:
    QByteArray associatedData(const QString &purpose) const;

    QString m_dataDir;
    QString m_owner;
    drafts::DataKey m_key;
};

} // namespace guichet::quota

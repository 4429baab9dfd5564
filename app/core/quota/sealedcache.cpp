#include "core/quota/sealedcache.h"

#include "core/drafts/aesgcm.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace guichet::quota {

namespace {

// Bumped when the sealed document's layout changes: older files then simply fail to open.
const QString kFormat = QStringLiteral("guichet.cache.v1");

// Refuses files larger than any cached document could be (a damaged or planted file).
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

Error unusable()
{
    return Error{QStringLiteral("cache.unusable"),
                 QCoreApplication::translate("guichet::quota",
                                             "No saved figures are available on this computer."),
                 {}};
}

bool validPurpose(const QString &purpose)
{
    if (purpose.isEmpty() || purpose.size() > 32)
        return false;
    for (QChar c : purpose) {
        if (!(c.isLower() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

SealedCache::SealedCache(QString dataDir, QString owner, drafts::DataKey key)
    : m_dataDir(std::move(dataDir)), m_owner(std::move(owner)), m_key(std::move(key))
{}

bool SealedCache::isUsable() const
{
    return !m_dataDir.isEmpty() && !m_owner.isEmpty() && !m_key.key.isNull();
}

QString SealedCache::filePath(const QString &purpose) const
{
    if (!isUsable() || !validPurpose(purpose))
        return {};
    QByteArray keyBytes = m_key.key.toByteArray();
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, keyBytes);
    drafts::wipe(keyBytes);
    mac.addData(associatedData(QStringLiteral("file-name:") + purpose));
    const QString name = QString::fromLatin1(mac.result().left(16).toHex());
    return QDir(m_dataDir).filePath(QStringLiteral("cache/") + name + QLatin1Char('.') + purpose);
}

QByteArray SealedCache::associatedData(const QString &purpose) const
{
    return drafts::AesGcm::associatedData({kFormat, m_owner, purpose});
}

Expected<bool> SealedCache::store(const QString &purpose, const QJsonObject &document,
                                  const QDateTime &syncedAt)
{
    const QString path = filePath(purpose);
    if (path.isEmpty())
        return unusable();
    const QString folder = QFileInfo(path).absolutePath();
    auto failed = [&](const QString &why) {
        qCWarning(lcApp) << "cache: cannot write" << purpose << why;
        return Error{QStringLiteral("cache.unwritable"),
                     QCoreApplication::translate("guichet::quota",
                                                 "The figures could not be saved on this "
                                                 "computer for offline use (%1).")
                         .arg(why),
                     {why}};
    };
    if (!QDir().mkpath(folder))
        return failed(QCoreApplication::translate("guichet::quota", "cannot create %1")
                          .arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("syncedAt"),
                                                  syncedAt.toUTC().toString(Qt::ISODateWithMs)},
                                                 {QStringLiteral("document"), document}})
                           .toJson(QJsonDocument::Compact);
    const QByteArray sealed = drafts::AesGcm::seal(m_key.key, plain, associatedData(purpose));
    drafts::wipe(plain);
    if (sealed.isEmpty())
        return failed(QStringLiteral("seal"));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(sealed) != sealed.size() || !out.commit())
        return failed(out.errorString());
    return true;
}

Expected<SealedCache::Entry> SealedCache::load(const QString &purpose) const
{
    const QString path = filePath(purpose);
    if (path.isEmpty())
        return unusable();
    QFile in(path);
    if (!in.exists())
        return Error{QStringLiteral("cache.missing"),
                     QCoreApplication::translate("guichet::quota",
                                                 "No figures were saved on this computer yet: "
                                                 "sign in once to fetch them."),
                     {}};
    const Error damaged{QStringLiteral("cache.damaged"),
                        QCoreApplication::translate("guichet::quota",
                                                    "The figures saved on this computer are "
                                                    "damaged or belong to someone else; sign in "
                                                    "to fetch them again."),
                        {}};
    if (in.size() > kMaxFileSize || !in.open(QIODevice::ReadOnly))
        return damaged;
    auto plain = drafts::AesGcm::open(m_key.key, in.readAll(), associatedData(purpose));
    if (!plain)
        return damaged;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*plain, &parseError);
    drafts::wipe(*plain);
    const QJsonObject root = json.object();
    Entry entry;
    entry.syncedAt =
        QDateTime::fromString(root.value(QStringLiteral("syncedAt")).toString(), Qt::ISODateWithMs);
    entry.document = root.value(QStringLiteral("document")).toObject();
    if (parseError.error != QJsonParseError::NoError || !entry.syncedAt.isValid())
        return damaged;
    entry.syncedAt = entry.syncedAt.toUTC();
    return entry;
}

bool SealedCache::remove(const QString &purpose) const
{
    const QString path = filePath(purpose);
    return path.isEmpty() || !QFile::exists(path) || QFile::remove(path);
}

} // namespace guichet::quota

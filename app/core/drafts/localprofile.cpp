#include "localprofile.h"

#include "buildinfo.h"
#include "core/drafts/draft.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace guichet::drafts {

namespace {

std::optional<QString> readProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString id = QJsonDocument::fromJson(file.readAll())
                           .object()
                           .value(QStringLiteral("profileId"))
                           .toString();
    if (QUuid::fromString(id).isNull())
        return std::nullopt;
    return id;
}

// The profile decides who owns every draft of the folder: it must outlive a power cut.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(file);
    return true;
#endif
}

} // namespace

QString LocalProfile::defaultDataDirectory()
{
    // AppDataLocation depends on the running program's name; the GUI's folder is the one that
    // matters, so guichet-cli spells it out.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QString::fromLatin1(buildinfo::organizationName) + QLatin1Char('/') +
                  QString::fromLatin1(buildinfo::applicationName));
}

Expected<LocalProfile> LocalProfile::openOrCreate(const QString &dataDir)
{
    const QDir dir(dataDir);
    if (!dir.exists()) {
        if (!QDir().mkpath(dataDir))
            return Error{QString::fromLatin1(errors::fileUnwritable),
                         QCoreApplication::translate("guichet::drafts",
                                                     "The data folder \"%1\" cannot be created.")
                             .arg(dataDir),
                         {dataDir}};
        // Drafts and keys live here: for the owner only.
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    LocalProfile profile;
    if (QFile::exists(path)) {
        std::optional<QString> id = readProfile(path);
        if (!id)
            return Error{
                QString::fromLatin1(errors::fileUnreadable),
                QCoreApplication::translate("guichet::drafts", "\"%1\" is not a Guichet profile.")
                    .arg(path),
                {path}};
        profile.m_profileId = *id;
        return profile;
    }

    // Write a complete file aside, then move it in without replacing: if another process got
    // there first, its profile wins and this one is dropped.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString temporary =
        path + QStringLiteral(".") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("profileId"), id}})
                           .toJson(QJsonDocument::Indented)) < 0 ||
            !file.flush() || !syncToDisk(file))
            return Error{QString::fromLatin1(errors::fileUnwritable),
                         QCoreApplication::translate("guichet::drafts",
                                                     "The profile \"%1\" cannot be written.")
                             .arg(path),
                         {path}};
    }
    if (!QFile::rename(temporary, path))
        QFile::remove(temporary);
    std::optional<QString> stored = readProfile(path);
    if (!stored)
        return Error{
            QString::fromLatin1(errors::fileUnreadable),
            QCoreApplication::translate("guichet::drafts", "\"%1\" is not a Guichet profile.")
                .arg(path),
            {path}};
    profile.m_profileId = *stored;
    return profile;
}

QString LocalProfile::ownerFor(const QString &nationalNumber) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("guichet-owner/1:") + nationalNumber.toUtf8(), m_profileId.toUtf8(),
        QCryptographicHash::Sha256);
    return QStringLiteral("eid:") + QString::fromLatin1(mac.toHex().left(32));
}

QString LocalProfile::ephemeralOwner()
{
    return QStringLiteral("helpdesk:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace guichet::drafts

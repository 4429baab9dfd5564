#include "core/datadir.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace guichet {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::DataDir", text);
}
} // namespace

DataDir::DataDir(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(path).absolutePath())
{}

QString DataDir::filePath(const QString &relative) const
{
    if (QFileInfo(relative).isAbsolute())
        return relative;
    return QDir(m_path).filePath(relative);
}

Expected<bool> DataDir::ensureExists() const
{
    QDir dir(m_path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return Error{QStringLiteral("io.mkdir"),
                     tr("Cannot create the data folder %1.").arg(m_path),
                     {m_path}};
    }
    QFile::setPermissions(m_path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool DataDir::hasTrust() const
{
    return QFileInfo::exists(filePath(trustFileName()));
}

Expected<bool> DataDir::loadTrust()
{
    m_portalCas.clear();
    QFile file(filePath(trustFileName()));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("io.unreadable"),
                     tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                     {file.fileName()}};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Error{QStringLiteral("trust.malformed"),
                     tr("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString()),
                     {file.fileName()}};
    }
    const QJsonObject portal = doc.object().value(QLatin1String("portal")).toObject();
    m_portalUrl = portal.value(QLatin1String("url")).toString();
    for (const QJsonValue &v : portal.value(QLatin1String("caCertificates")).toArray()) {
        const QString caPath = filePath(v.toString());
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(caPath, QSsl::Pem);
        if (certs.isEmpty()) {
            return Error{QStringLiteral("trust.certificate"),
                         tr("The CA certificate %1 named in %2 cannot be read.")
                             .arg(caPath, file.fileName()),
                         {caPath}};
        }
        m_portalCas += certs;
    }
    const QJsonObject eid = doc.object().value(QLatin1String("eid")).toObject();
    m_eidModule = eid.value(QLatin1String("module")).toString();
    m_tokenLabel = eid.value(QLatin1String("tokenLabel")).toString();
    const QString conf = eid.value(QLatin1String("softhsm2Conf")).toString();
    m_softHsmConf = conf.isEmpty() ? QString() : filePath(conf);
    m_eidCas.clear();
    for (const QJsonValue &v : eid.value(QLatin1String("caCertificates")).toArray()) {
        QFile ca(filePath(v.toString()));
        if (ca.open(QIODevice::ReadOnly))
            m_eidCas.append(ca.readAll());
        else
            qCWarning(lcEid) << "cannot read the card CA" << ca.fileName();
    }
    return true;
}

void DataDir::applyTokenEnvironment() const
{
    QString conf = m_softHsmConf;
    if (conf.isEmpty()) {
        const QString candidate = filePath(QStringLiteral("softhsm/softhsm2.conf"));
        if (QFileInfo::exists(candidate))
            conf = candidate;
    }
    if (!conf.isEmpty() && qEnvironmentVariableIsEmpty("SOFTHSM2_CONF"))
        qputenv("SOFTHSM2_CONF", QFile::encodeName(conf));
}

} // namespace guichet

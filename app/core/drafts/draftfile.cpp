#include "draftfile.h"

#include "core/drafts/aesgcm.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::drafts {

namespace {

const QString formatName = QStringLiteral("guichet-draft");

QByteArray aad()
{
    return AesGcm::associatedData({QStringLiteral("guichet-draft-export/1")});
}

Error invalid()
{
    return Error{QString::fromLatin1(errors::exportInvalid),
                 QCoreApplication::translate("guichet::drafts",
                                             "This is not a Guichet draft file, or it is damaged."),
                 {}};
}

} // namespace

Expected<QByteArray> DraftFile::seal(const Content &content, const QString &passphrase,
                                     const ScryptKdf::Params &params)
{
    if (passphrase.isEmpty())
        return Error{
            QString::fromLatin1(errors::passphraseNeeded),
            QCoreApplication::translate("guichet::drafts", "An exported draft needs a passphrase."),
            {}};
    auto key = ScryptKdf::derive(passphrase, params);
    if (!key)
        return key.error();
    const QJsonObject payload{
        {QStringLiteral("formId"), content.formId},
        {QStringLiteral("formVersion"), content.formVersion},
        {QStringLiteral("title"), content.title},
        {QStringLiteral("onBehalfOf"), content.onBehalfOf},
        {QStringLiteral("validity"), DraftValidity::stateName(content.validity.state)},
        {QStringLiteral("errorCount"), content.validity.errorCount},
        {QStringLiteral("created"), content.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), content.updated.toUTC().toString(Qt::ISODateWithMs)},
        // The document as text: QJsonValue would lose number spellings and member order.
        {QStringLiteral("document"), QString::fromUtf8(content.document)},
    };
    QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray sealed = AesGcm::seal(*key, plain, aad());
    wipe(plain);
    const QJsonObject file{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), 1},
        {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
        {QStringLiteral("kdf"), params.toJson()},
        {QStringLiteral("data"), QString::fromLatin1(sealed.toBase64())},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Expected<DraftFile::Content> DraftFile::open(const QByteArray &file, const QString &passphrase)
{
    QJsonParseError parseError;
    const QJsonObject outer = QJsonDocument::fromJson(file, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        outer.value(QStringLiteral("format")).toString() != formatName ||
        outer.value(QStringLiteral("version")).toInt() != 1 ||
        outer.value(QStringLiteral("cipher")).toString() != QLatin1String("AES-256-GCM"))
        return invalid();
    auto params = ScryptKdf::Params::fromJson(outer.value(QStringLiteral("kdf")).toObject());
    if (!params)
        return params.error();
    const auto data =
        QByteArray::fromBase64Encoding(outer.value(QStringLiteral("data")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!data)
        return invalid();
    if (passphrase.isEmpty())
        return Error{QString::fromLatin1(errors::passphraseNeeded),
                     QCoreApplication::translate("guichet::drafts",
                                                 "This draft file is protected by a passphrase."),
                     {}};
    auto key = ScryptKdf::derive(passphrase, *params);
    if (!key)
        return key.error();
    std::optional<QByteArray> plain = AesGcm::open(*key, data.decoded, aad());
    if (!plain)
        return Error{QString::fromLatin1(errors::exportRefused),
                     QCoreApplication::translate(
                         "guichet::drafts",
                         "The draft file cannot be opened: the passphrase is wrong or the file "
                         "was altered."),
                     {}};
    const QJsonObject payload = QJsonDocument::fromJson(*plain).object();
    wipe(*plain);
    Content content;
    content.formId = payload.value(QStringLiteral("formId")).toString();
    content.formVersion = payload.value(QStringLiteral("formVersion")).toInt();
    content.title = payload.value(QStringLiteral("title")).toString();
    content.onBehalfOf = payload.value(QStringLiteral("onBehalfOf")).toString();
    content.validity.state =
        DraftValidity::stateFromName(payload.value(QStringLiteral("validity")).toString());
    content.validity.errorCount = payload.value(QStringLiteral("errorCount")).toInt();
    content.created = QDateTime::fromString(payload.value(QStringLiteral("created")).toString(),
                                            Qt::ISODateWithMs);
    content.updated = QDateTime::fromString(payload.value(QStringLiteral("updated")).toString(),
                                            Qt::ISODateWithMs);
    content.document = payload.value(QStringLiteral("document")).toString().toUtf8();
    if (content.formId.isEmpty() || content.formVersion < 1 || content.document.isEmpty())
        return invalid();
    return content;
}

} // namespace guichet::drafts

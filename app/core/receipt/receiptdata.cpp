#include "core/receipt/receiptdata.h"

#include "core/eid/opensslptr.h"
#include "core/json/parser.h"
#include "core/json/qtjson.h"
#include "core/json/writer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

#include <string_view>

namespace guichet::receipt {

namespace {

using eid::FreeWith;
using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, FreeWith<ECDSA_SIG_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;

void freeOpenSslBytes(unsigned char *bytes)
{
    OPENSSL_free(bytes);
}

Error invalid(const QString &why)
{
    return Error{
        QString::fromLatin1(errors::invalid),
        QCoreApplication::translate("guichet::receipt", "The portal's receipt cannot be read: %1.")
            .arg(why),
        {why}};
}

QString text(const json::Value &object, std::string_view key)
{
    const json::Value *v = object.find(key);
    return v && v->isString() ? QString::fromStdString(v->string()) : QString();
}

QDateTime dateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// ES256 as JOSE writes it: raw r ‖ s (32 bytes each) over SHA-256 of the bytes, by the P-256
// key of the certificate.
bool verifyEs256(const QByteArray &message, const QByteArray &rawSignature,
                 const QByteArray &certificateDer)
{
    if (rawSignature.size() != 64 || certificateDer.isEmpty())
        return false;
    const auto *der = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    X509Ptr certificate(d2i_X509(nullptr, &der, long(certificateDer.size())));
    if (!certificate)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(certificate.get()); // owned by the certificate
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC || EVP_PKEY_get_bits(key) != 256)
        return false;

    const auto *raw = reinterpret_cast<const unsigned char *>(rawSignature.constData());
    EcdsaSigPtr signature(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(raw, 32, nullptr);
    BIGNUM *s = BN_bin2bn(raw + 32, 32, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    unsigned char *derSignature = nullptr;
    const int derLength = i2d_ECDSA_SIG(signature.get(), &derSignature);
    if (derLength <= 0)
        return false;
    std::unique_ptr<unsigned char, FreeWith<freeOpenSslBytes>> derOwner(derSignature);

    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), derSignature, size_t(derLength),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace

QString ReceiptData::keyFingerprint() const
{
    if (certificateDer.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256).toHex());
}

Expected<ReceiptData> ReceiptData::fromPortal(const QByteArray &receiptJson,
                                              const QJsonObject &declaration)
{
    auto parsed = json::parse(std::string_view(receiptJson.constData(), receiptJson.size()));
    if (!parsed)
        return invalid(parsed.error().message);
    json::Value &receipt = *parsed;
    if (!receipt.isObject())
        return invalid(QCoreApplication::translate("guichet::receipt", "it is not a JSON object"));

    ReceiptData d;
    d.declarationId = text(receipt, "declarationId");
    d.ticket = text(receipt, "ticket");
    d.formId = text(receipt, "formId");
    if (const json::Value *v = receipt.find("formVersion"); v && v->isNumber())
        d.formVersion = int(v->toDouble());
    d.result = text(receipt, "result");
    d.submittedAt = dateTime(text(receipt, "submittedAt"));
    d.completedAt = dateTime(text(receipt, "completedAt"));
    if (const json::Value *who = receipt.find("declarant"); who && who->isObject()) {
        d.declarantName = text(*who, "name");
        d.declarantNationalNumber = text(*who, "nationalNumber");
    }
    d.onBehalfOf = text(receipt, "onBehalfOf");
    d.dataSha256 = text(receipt, "dataSha256");
    if (const json::Value *list = receipt.find("anomalies"); list && list->isArray()) {
        // Through Qt's JSON: the anomalies are shared with the outbox's type.
        const QJsonValue anomalies = json::toQJsonValue(*list);
        for (const QJsonValue &a : anomalies.toArray()) {
            if (a.isObject())
                d.anomalies.append(sync::Anomaly::fromJson(a.toObject()));
        }
    }

    static const QStringList results{QStringLiteral("A"), QStringLiteral("W"), QStringLiteral("B"),
                                     QStringLiteral("S")};
    if (d.declarationId.isEmpty())
        return invalid(QCoreApplication::translate("guichet::receipt", "it names no declaration"));
    if (d.ticket.isEmpty())
        return invalid(QCoreApplication::translate("guichet::receipt", "it has no ticket number"));
    if (d.formId.isEmpty())
        return invalid(QCoreApplication::translate("guichet::receipt", "it names no form"));
    if (!results.contains(d.result))
        return invalid(
            QCoreApplication::translate("guichet::receipt", "its result \"%1\" is unknown")
                .arg(d.result));

    if (const json::Value *seal = receipt.find("signature"); seal && seal->isObject()) {
        d.signatureAlgorithm = text(*seal, "algorithm");
        d.signatureValue = QByteArray::fromBase64(text(*seal, "value").toLatin1());
        d.certificateDer = QByteArray::fromBase64(text(*seal, "certificate").toLatin1());
        // The portal signs the receipt without its signature member, as compact JSON in the
        // order it wrote the members: the parser kept that order.
        receipt.objectRef().remove("signature");
        const QByteArray signedBytes = QByteArray::fromStdString(json::serialize(receipt));
        d.signatureCheck = d.signatureAlgorithm == QLatin1String("ES256") &&
                                   verifyEs256(signedBytes, d.signatureValue, d.certificateDer)
                               ? Check::Valid
                               : Check::Invalid;
    }

    if (!declaration.isEmpty()) {
        const QString id = declaration.value(QLatin1String("id")).toString();
        const QString result = declaration.value(QLatin1String("result")).toString();
        if (id != d.declarationId || (!result.isEmpty() && result != d.result)) {
            return Error{
                QString::fromLatin1(errors::mismatch),
                QCoreApplication::translate(
                    "guichet::receipt", "The portal's receipt does not match the declaration %1.")
                    .arg(id.isEmpty() ? d.declarationId : id),
                {id, d.declarationId}};
        }
        d.status = declaration.value(QLatin1String("status")).toString();
        d.periodId = declaration.value(QLatin1String("periodId")).toString();
    } else {
        d.status = QStringLiteral("done"); // the portal gives a receipt only then
    }
    return d;
}

Expected<ReceiptData> ReceiptData::fromOutbox(const sync::OutboxResult &result,
                                              const QByteArray &receiptJson)
{
    QJsonObject declaration{{QStringLiteral("id"), result.declarationId},
                            {QStringLiteral("status"), result.status}};
    if (!result.result.isEmpty())
        declaration.insert(QStringLiteral("result"), result.result);
    if (result.declarationId.isEmpty()) {
        return Error{QString::fromLatin1(errors::notFinal),
                     QCoreApplication::translate(
                         "guichet::receipt",
                         "The portal has not answered this submission yet: there is no receipt."),
                     {}};
    }
    return fromPortal(receiptJson, declaration);
}

void ReceiptData::setSubmittedData(const QJsonValue &sent)
{
    data = sent;
    if (dataSha256.isEmpty() || sent.isUndefined()) {
        dataCheck = Check::NotChecked;
        return;
    }
    dataCheck = dataHash(sent) == dataSha256 ? Check::Valid : Check::Invalid;
}

QString ReceiptData::dataHash(const QJsonValue &data)
{
    // The bytes PortalClient sends (Qt's compact JSON), parsed and written again as the portal
    // does when it stores and hashes them.
    const QByteArray wrapped = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
    auto parsed = json::parse(std::string_view(wrapped.constData(), wrapped.size()));
    if (!parsed || !parsed->isArray() || parsed->size() != 1)
        return {};
    const std::string bytes = json::serialize((*parsed)[std::size_t(0)]);
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace guichet::receipt

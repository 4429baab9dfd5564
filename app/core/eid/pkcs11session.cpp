#include "pkcs11session.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <p11-kit/pkcs11.h>

#include <array>
#include <cstring>
#include <vector>

namespace guichet::eid {

namespace {
CK_FUNCTION_LIST *functionsOf(const Module &module)
{
    return static_cast<CK_FUNCTION_LIST *>(module.functionList());
}

struct AlgorithmInfo
{
    SignatureAlgorithm algorithm;
    const char *name;
    enum Family
    {
        Ecdsa,
        RsaPkcs1,
        RsaPss,
    } family;
    int digestNid;
    CK_MECHANISM_TYPE hashMechanism;     // CKM_SHAxxx, for PSS parameters
    CK_RSA_PKCS_MGF_TYPE mgf;            // CKG_MGF1_SHAxxx
    CK_MECHANISM_TYPE combinedMechanism; // the token hashes (RSA only)
};

constexpr std::array<AlgorithmInfo, 9> s_algorithms{{
    {SignatureAlgorithm::ES256, "ES256", AlgorithmInfo::Ecdsa, NID_sha256, CKM_SHA256,
     CKG_MGF1_SHA256, 0},
    {SignatureAlgorithm::ES384, "ES384", AlgorithmInfo::Ecdsa, NID_sha384, CKM_SHA384,
     CKG_MGF1_SHA384, 0},
    {SignatureAlgorithm::ES512, "ES512", AlgorithmInfo::Ecdsa, NID_sha512, CKM_SHA512,
     CKG_MGF1_SHA512, 0},
    {SignatureAlgorithm::RS256, "RS256", AlgorithmInfo::RsaPkcs1, NID_sha256, CKM_SHA256,
     CKG_MGF1_SHA256, CKM_SHA256_RSA_PKCS},
    {SignatureAlgorithm::RS384, "RS384", AlgorithmInfo::RsaPkcs1, NID_sha384, CKM_SHA384,
     CKG_MGF1_SHA384, CKM_SHA384_RSA_PKCS},
    {SignatureAlgorithm::RS512, "RS512", AlgorithmInfo::RsaPkcs1, NID_sha512, CKM_SHA512,
     CKG_MGF1_SHA512, CKM_SHA512_RSA_PKCS},
    {SignatureAlgorithm::PS256, "PS256", AlgorithmInfo::RsaPss, NID_sha256, CKM_SHA256,
     CKG_MGF1_SHA256, CKM_SHA256_RSA_PKCS_PSS},
    {SignatureAlgorithm::PS384, "PS384", AlgorithmInfo::RsaPss, NID_sha384, CKM_SHA384,
     CKG_MGF1_SHA384, CKM_SHA384_RSA_PKCS_PSS},
    {SignatureAlgorithm::PS512, "PS512", AlgorithmInfo::RsaPss, NID_sha512, CKM_SHA512,
     CKG_MGF1_SHA512, CKM_SHA512_RSA_PKCS_PSS},
}};

const AlgorithmInfo &algorithmInfo(SignatureAlgorithm algorithm)
{
    for (const AlgorithmInfo &info : s_algorithms) {
        if (info.algorithm == algorithm)
            return info;
    }
    return s_algorithms.front();
}

Expected<QByteArray> digest(int nid, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const EVP_MD *md = EVP_get_digestbynid(nid);
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return makeError(
            errc::AlgorithmUnsupported,
            QCoreApplication::translate("guichet::eid", "The digest cannot be computed."));
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// DER DigestInfo { algorithm, digest } for CKM_RSA_PKCS, which pads but does not hash.
Expected<QByteArray> digestInfo(int nid, const QByteArray &hash)
{
    X509_SIG *sig = X509_SIG_new();
    auto freeSig = qScopeGuard([sig] { X509_SIG_free(sig); });
    X509_ALGOR *algorithm = nullptr;
    ASN1_OCTET_STRING *octets = nullptr;
    X509_SIG_getm(sig, &algorithm, &octets);
    unsigned char *der = nullptr;
    int length = 0;
    if (X509_ALGOR_set0(algorithm, OBJ_nid2obj(nid), V_ASN1_NULL, nullptr) != 1 ||
        ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char *>(hash.constData()),
                              int(hash.size())) != 1 ||
        (length = i2d_X509_SIG(sig, &der)) <= 0)
        return makeError(
            errc::AlgorithmUnsupported,
            QCoreApplication::translate("guichet::eid", "The digest cannot be encoded."));
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray derOf(const ASN1_OBJECT *object)
{
    const int length = i2d_ASN1_OBJECT(object, nullptr);
    if (length <= 0)
        return {};
    QByteArray out(length, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_ASN1_OBJECT(object, &p);
    return out;
}

template<typename T>
CK_ATTRIBUTE attributeOf(CK_ATTRIBUTE_TYPE type, T &value)
{
    return CK_ATTRIBUTE{type, &value, sizeof(T)};
}

CK_ATTRIBUTE attributeOf(CK_ATTRIBUTE_TYPE type, QByteArray &value)
{
    return CK_ATTRIBUTE{type, value.data(), CK_ULONG(value.size())};
}

// A CK_ULONG attribute value (the buffer need not be aligned for it).
CK_ULONG ulongOf(const QByteArray &bytes)
{
    CK_ULONG value = 0;
    std::memcpy(&value, bytes.constData(), qMin(size_t(bytes.size()), sizeof value));
    return value;
}

Error badObject(const QString &what)
{
    return makeError(
        errc::BadObject,
        QCoreApplication::translate("guichet::eid", "The card returned an unreadable %1.")
            .arg(what),
        {what});
}

Error keyNotFound(const QString &label)
{
    return makeError(
        errc::KeyNotFound,
        QCoreApplication::translate("guichet::eid", "The card has no key labelled \"%1\".")
            .arg(label),
        {label});
}
} // namespace

QString algorithmName(SignatureAlgorithm algorithm)
{
    return QString::fromLatin1(algorithmInfo(algorithm).name);
}

std::optional<SignatureAlgorithm> algorithmFromName(const QString &name)
{
    for (const AlgorithmInfo &info : s_algorithms) {
        if (name == QLatin1String(info.name))
            return info.algorithm;
    }
    return std::nullopt;
}

Session::Session(std::shared_ptr<Module> module, SlotId slot, unsigned long handle)
    : m_module(std::move(module)), m_slot(slot), m_handle(handle)
{}

Session::~Session()
{
    if (!m_dead && !m_module->isFinalized())
        functionsOf(*m_module)->C_CloseSession(m_handle);
}

Expected<std::unique_ptr<Session>> Session::open(std::shared_ptr<Module> module,
                                                 const QString &tokenLabel, Mode mode)
{
    const Expected<TokenInfo> token = module->findToken(tokenLabel);
    if (!token)
        return token.error();
    return openSlot(std::move(module), token->slotId, mode);
}

Expected<std::unique_ptr<Session>> Session::openSlot(std::shared_ptr<Module> module, SlotId slot,
                                                     Mode mode)
{
    CK_FLAGS flags = CKF_SERIAL_SESSION;
    if (mode == Mode::ReadWrite)
        flags |= CKF_RW_SESSION;
    CK_SESSION_HANDLE handle = 0;
    const CK_RV rv = functionsOf(*module)->C_OpenSession(slot, flags, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return errorFromReturnValue(rv, "C_OpenSession");
    return std::unique_ptr<Session>(new Session(std::move(module), slot, handle));
}

Error Session::fail(unsigned long rv, const char *function) const
{
    Error error = errorFromReturnValue(rv, function);
    if (error.code == QLatin1String(errc::CardRemoved))
        m_dead = true;
    qCDebug(lcEid) << function << "failed:" << returnValueName(rv);
    return error;
}

Expected<TokenInfo> Session::tokenInfo() const
{
    return m_module->tokenInfo(m_slot);
}

Outcome Session::login(QByteArray pin)
{
    // Wipes every way out, including the early returns.
    auto wipe = qScopeGuard([&pin] {
        if (!pin.isEmpty())
            OPENSSL_cleanse(pin.data(), size_t(pin.size()));
        pin.clear();
    });

    const Expected<TokenInfo> token = tokenInfo();
    if (!token)
        return token.error();
    if (token->pinState == PinState::Locked)
        return errorFromReturnValue(CKR_PIN_LOCKED, "C_GetTokenInfo");

    const bool pinpad = pin.isEmpty() && token->protectedAuthenticationPath;
    if (!pinpad) {
        const int length = int(pin.size());
        if (length == 0 || (token->minPinLength > 0 && length < token->minPinLength) ||
            (token->maxPinLength > 0 && length > token->maxPinLength)) {
            Error error = errorFromReturnValue(CKR_PIN_LEN_RANGE, "C_Login");
            if (token->minPinLength > 0 && token->maxPinLength > 0)
                error.message = QCoreApplication::translate("guichet::eid",
                                                            "The PIN must have %1 to %2 digits.")
                                    .arg(token->minPinLength)
                                    .arg(token->maxPinLength);
            return error;
        }
    }

    QElapsedTimer elapsed;
    elapsed.start();
    CK_FUNCTION_LIST *f = functionsOf(*m_module);
    const CK_RV rv =
        pinpad ? f->C_Login(m_handle, CKU_USER, nullptr, 0)
               : f->C_Login(m_handle, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin.data()),
                            CK_ULONG(pin.size()));
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        qCDebug(lcEid) << "logged in" << (pinpad ? "on the pinpad" : "");
        return success();
    }

    if (rv == CKR_FUNCTION_CANCELED && pinpad &&
        elapsed.elapsed() * 10 >= m_pinpadTimeout.count() * 9) {
        qCDebug(lcEid) << "pinpad timed out";
        return makeError(errc::PinpadTimeout,
                         QCoreApplication::translate(
                             "guichet::eid", "No PIN was typed on the reader in time. Try again."),
                         {QStringLiteral("C_Login"), returnValueName(rv)});
    }

    Error error = fail(rv, "C_Login");
    if (error.code == QLatin1String(errc::PinIncorrect)) {
        // What the token says now decides the warning: a card blocked by this try is "locked".
        const Expected<TokenInfo> after = tokenInfo();
        const PinState state = after ? after->pinState : PinState::Ok;
        if (state == PinState::Locked)
            return errorFromReturnValue(CKR_PIN_LOCKED, "C_Login");
        error.params.append(pinStateName(state));
        if (state == PinState::FinalTry)
            error.message += QLatin1Char(' ') +
                             QCoreApplication::translate("guichet::eid",
                                                         "One more wrong PIN will block the card.");
        else if (state == PinState::CountLow)
            error.message += QLatin1Char(' ') +
                             QCoreApplication::translate(
                                 "guichet::eid", "Few tries are left before the card is blocked.");
    }
    return error;
}

Outcome Session::logout()
{
    const CK_RV rv = functionsOf(*m_module)->C_Logout(m_handle);
    if (rv != CKR_OK && rv != CKR_USER_NOT_LOGGED_IN)
        return fail(rv, "C_Logout");
    return success();
}

bool Session::isLoggedIn() const
{
    CK_SESSION_INFO info{};
    if (functionsOf(*m_module)->C_GetSessionInfo(m_handle, &info) != CKR_OK)
        return false;
    return info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS;
}

Expected<QList<unsigned long>> Session::findObjects(unsigned long objectClass,
                                                    const QString &label) const
{
    CK_OBJECT_CLASS cls = objectClass;
    QByteArray labelBytes = label.toUtf8();
    std::vector<CK_ATTRIBUTE> templ{attributeOf(CKA_CLASS, cls)};
    if (!label.isEmpty())
        templ.push_back(attributeOf(CKA_LABEL, labelBytes));

    CK_FUNCTION_LIST *f = functionsOf(*m_module);
    CK_RV rv = f->C_FindObjectsInit(m_handle, templ.data(), CK_ULONG(templ.size()));
    if (rv != CKR_OK)
        return fail(rv, "C_FindObjectsInit");
    QList<unsigned long> found;
    for (;;) {
        CK_OBJECT_HANDLE batch[16];
        CK_ULONG count = 0;
        rv = f->C_FindObjects(m_handle, batch, 16, &count);
        if (rv != CKR_OK || count == 0)
            break;
        for (CK_ULONG i = 0; i < count; ++i)
            found.append(batch[i]);
    }
    f->C_FindObjectsFinal(m_handle);
    if (rv != CKR_OK)
        return fail(rv, "C_FindObjects");
    return found;
}

Expected<QByteArray> Session::attribute(unsigned long object, unsigned long type) const
{
    CK_FUNCTION_LIST *f = functionsOf(*m_module);
    CK_ATTRIBUTE attr{type, nullptr, 0};
    CK_RV rv = f->C_GetAttributeValue(m_handle, object, &attr, 1);
    if (rv != CKR_OK)
        return fail(rv, "C_GetAttributeValue");
    if (attr.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return badObject(QStringLiteral("attribute 0x%1").arg(type, 0, 16));
    QByteArray value(qsizetype(attr.ulValueLen), '\0');
    attr.pValue = value.data();
    rv = f->C_GetAttributeValue(m_handle, object, &attr, 1);
    if (rv != CKR_OK)
        return fail(rv, "C_GetAttributeValue");
    value.truncate(qsizetype(attr.ulValueLen));
    return value;
}

bool Session::hasMechanism(unsigned long mechanism) const
{
    if (!m_mechanisms) {
        CK_FUNCTION_LIST *f = functionsOf(*m_module);
        CK_ULONG count = 0;
        std::vector<CK_MECHANISM_TYPE> list;
        CK_RV rv = f->C_GetMechanismList(m_slot, nullptr, &count);
        if (rv == CKR_OK) {
            list.resize(count);
            rv = f->C_GetMechanismList(m_slot, list.data(), &count);
            list.resize(count);
        }
        if (rv != CKR_OK)
            return true; // unknown: let C_SignInit decide
        m_mechanisms = QList<unsigned long>(list.begin(), list.end());
    }
    return m_mechanisms->contains(mechanism);
}

Expected<QList<CertificateObject>> Session::certificates() const
{
    const Expected<QList<unsigned long>> objects = findObjects(CKO_CERTIFICATE, QString());
    if (!objects)
        return objects.error();
    QList<CertificateObject> certificates;
    for (unsigned long object : *objects) {
        const Expected<QByteArray> type = attribute(object, CKA_CERTIFICATE_TYPE);
        if (type && type->size() == sizeof(CK_CERTIFICATE_TYPE) && ulongOf(*type) != CKC_X_509)
            continue;
        const Expected<QByteArray> value = attribute(object, CKA_VALUE);
        if (!value)
            return value.error();
        CertificateObject certificate;
        certificate.der = *value;
        if (const Expected<QByteArray> label = attribute(object, CKA_LABEL))
            certificate.label = QString::fromUtf8(*label);
        if (const Expected<QByteArray> id = attribute(object, CKA_ID))
            certificate.id = *id;
        certificates.append(certificate);
    }
    return certificates;
}

Expected<bool> Session::hasPrivateKey(const QString &label) const
{
    const Expected<QList<unsigned long>> keys = findObjects(CKO_PRIVATE_KEY, label);
    if (!keys)
        return keys.error();
    return !keys->isEmpty();
}

Expected<QByteArray> Session::signWith(unsigned long key, unsigned long mechanism,
                                       const void *parameter, unsigned long parameterLength,
                                       const QByteArray &input)
{
    CK_FUNCTION_LIST *f = functionsOf(*m_module);
    CK_MECHANISM mech{mechanism, const_cast<void *>(parameter), parameterLength};
    CK_RV rv = f->C_SignInit(m_handle, &mech, key);
    if (rv == CKR_MECHANISM_INVALID || rv == CKR_KEY_TYPE_INCONSISTENT ||
        rv == CKR_KEY_FUNCTION_NOT_PERMITTED || rv == CKR_MECHANISM_PARAM_INVALID)
        return makeError(errc::AlgorithmUnsupported,
                         QCoreApplication::translate(
                             "guichet::eid", "The card cannot make this kind of signature."),
                         {QStringLiteral("C_SignInit"), returnValueName(rv)});
    if (rv != CKR_OK)
        return fail(rv, "C_SignInit");

    auto *data = reinterpret_cast<CK_BYTE *>(const_cast<char *>(input.constData()));
    CK_ULONG length = 0;
    rv = f->C_Sign(m_handle, data, CK_ULONG(input.size()), nullptr, &length);
    if (rv != CKR_OK)
        return fail(rv, "C_Sign");
    QByteArray signature(qsizetype(length), '\0');
    rv = f->C_Sign(m_handle, data, CK_ULONG(input.size()),
                   reinterpret_cast<CK_BYTE *>(signature.data()), &length);
    if (rv != CKR_OK)
        return fail(rv, "C_Sign");
    signature.truncate(qsizetype(length));
    return signature;
}

Expected<QByteArray> Session::sign(const QString &keyLabel, SignatureAlgorithm algorithm,
                                   const QByteArray &data)
{
    const Expected<QList<unsigned long>> keys = findObjects(CKO_PRIVATE_KEY, keyLabel);
    if (!keys)
        return keys.error();
    if (keys->isEmpty()) {
        // Private objects are invisible until the user logs in.
        if (!isLoggedIn())
            return errorFromReturnValue(CKR_USER_NOT_LOGGED_IN, "C_FindObjects");
        return keyNotFound(keyLabel);
    }
    const unsigned long key = keys->first();
    const Expected<QByteArray> typeBytes = attribute(key, CKA_KEY_TYPE);
    if (!typeBytes)
        return typeBytes.error();
    if (typeBytes->size() != sizeof(CK_KEY_TYPE))
        return badObject(QStringLiteral("key type"));
    const CK_KEY_TYPE keyType = ulongOf(*typeBytes);

    const AlgorithmInfo &info = algorithmInfo(algorithm);
    const bool ecKey = keyType == CKK_EC;
    if (ecKey != (info.family == AlgorithmInfo::Ecdsa) || (!ecKey && keyType != CKK_RSA))
        return makeError(
            errc::AlgorithmUnsupported,
            QCoreApplication::translate("guichet::eid", "The key \"%1\" cannot make %2 signatures.")
                .arg(keyLabel, algorithmName(algorithm)),
            {keyLabel, algorithmName(algorithm)});

    switch (info.family) {
    case AlgorithmInfo::Ecdsa: {
        const Expected<QByteArray> hash = digest(info.digestNid, data);
        if (!hash)
            return hash.error();
        Expected<QByteArray> signature = signWith(key, CKM_ECDSA, nullptr, 0, *hash);
        if (signature && (signature->isEmpty() || signature->size() % 2 != 0))
            return badObject(QStringLiteral("ECDSA signature"));
        return signature;
    }
    case AlgorithmInfo::RsaPkcs1: {
        if (hasMechanism(info.combinedMechanism))
            return signWith(key, info.combinedMechanism, nullptr, 0, data);
        const Expected<QByteArray> hash = digest(info.digestNid, data);
        if (!hash)
            return hash.error();
        const Expected<QByteArray> encoded = digestInfo(info.digestNid, *hash);
        if (!encoded)
            return encoded.error();
        return signWith(key, CKM_RSA_PKCS, nullptr, 0, *encoded);
    }
    case AlgorithmInfo::RsaPss: {
        const Expected<QByteArray> hash = digest(info.digestNid, data);
        if (!hash)
            return hash.error();
        CK_RSA_PKCS_PSS_PARAMS params{info.hashMechanism, info.mgf, CK_ULONG(hash->size())};
        if (hasMechanism(info.combinedMechanism))
            return signWith(key, info.combinedMechanism, &params, sizeof(params), data);
        return signWith(key, CKM_RSA_PKCS_PSS, &params, sizeof(params), *hash);
    }
    }
    return makeError(errc::AlgorithmUnsupported,
                     QCoreApplication::translate("guichet::eid", "Unknown signature algorithm."));
}

Expected<EvpKey> Session::generateKeyPair(KeyType type, const QString &label, const QByteArray &id)
{
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    QByteArray labelBytes = label.toUtf8();
    QByteArray idBytes = id;
    CK_ULONG modulusBits = 2048;
    QByteArray publicExponent("\x01\x00\x01", 3);
    QByteArray curve = derOf(OBJ_nid2obj(NID_secp384r1));

    std::vector<CK_ATTRIBUTE> publicTemplate{
        attributeOf(CKA_TOKEN, yes),        attributeOf(CKA_PRIVATE, no),
        attributeOf(CKA_VERIFY, yes),       attributeOf(CKA_ENCRYPT, no),
        attributeOf(CKA_LABEL, labelBytes), attributeOf(CKA_ID, idBytes)};
    std::vector<CK_ATTRIBUTE> privateTemplate{
        attributeOf(CKA_TOKEN, yes),        attributeOf(CKA_PRIVATE, yes),
        attributeOf(CKA_SENSITIVE, yes),    attributeOf(CKA_EXTRACTABLE, no),
        attributeOf(CKA_SIGN, yes),         attributeOf(CKA_DECRYPT, no),
        attributeOf(CKA_LABEL, labelBytes), attributeOf(CKA_ID, idBytes)};
    CK_MECHANISM mechanism{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    if (type == KeyType::EcP384) {
        publicTemplate.push_back(attributeOf(CKA_EC_PARAMS, curve));
    } else {
        mechanism.mechanism = CKM_RSA_PKCS_KEY_PAIR_GEN;
        publicTemplate.push_back(attributeOf(CKA_MODULUS_BITS, modulusBits));
        publicTemplate.push_back(attributeOf(CKA_PUBLIC_EXPONENT, publicExponent));
    }

    CK_OBJECT_HANDLE publicKeyObject = 0;
    CK_OBJECT_HANDLE privateKeyObject = 0;
    const CK_RV rv = functionsOf(*m_module)->C_GenerateKeyPair(
        m_handle, &mechanism, publicTemplate.data(), CK_ULONG(publicTemplate.size()),
        privateTemplate.data(), CK_ULONG(privateTemplate.size()), &publicKeyObject,
        &privateKeyObject);
    if (rv != CKR_OK)
        return fail(rv, "C_GenerateKeyPair");
    qCDebug(lcEid) << "generated a key pair on the token";
    return publicKeyOf(publicKeyObject);
}

Expected<EvpKey> Session::publicKey(const QString &label) const
{
    const Expected<QList<unsigned long>> keys = findObjects(CKO_PUBLIC_KEY, label);
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return keyNotFound(label);
    return publicKeyOf(keys->first());
}

Expected<EvpKey> Session::publicKeyOf(unsigned long object) const
{
    const Expected<QByteArray> typeBytes = attribute(object, CKA_KEY_TYPE);
    if (!typeBytes)
        return typeBytes.error();
    if (typeBytes->size() != sizeof(CK_KEY_TYPE))
        return badObject(QStringLiteral("key type"));
    const CK_KEY_TYPE keyType = ulongOf(*typeBytes);

    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *context = nullptr;
    auto cleanup = qScopeGuard([&] {
        EVP_PKEY_CTX_free(context);
        OSSL_PARAM_free(params);
        BN_free(n);
        BN_free(e);
        OSSL_PARAM_BLD_free(builder);
    });
    if (!builder)
        return badObject(QStringLiteral("public key"));

    QByteArray point;
    const char *algorithm = nullptr;
    std::string curveName;
    if (keyType == CKK_EC) {
        const Expected<QByteArray> ecParams = attribute(object, CKA_EC_PARAMS);
        if (!ecParams)
            return ecParams.error();
        const Expected<QByteArray> ecPoint = attribute(object, CKA_EC_POINT);
        if (!ecPoint)
            return ecPoint.error();
        const auto *p = reinterpret_cast<const unsigned char *>(ecParams->constData());
        ASN1_OBJECT *oid = d2i_ASN1_OBJECT(nullptr, &p, long(ecParams->size()));
        const int nid = oid ? OBJ_obj2nid(oid) : NID_undef;
        ASN1_OBJECT_free(oid);
        const char *name = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
        if (!name)
            return badObject(QStringLiteral("EC curve"));
        curveName = name;
        // PKCS#11 wants the point DER-wrapped in an OCTET STRING; some tokens send it bare.
        p = reinterpret_cast<const unsigned char *>(ecPoint->constData());
        ASN1_OCTET_STRING *octets = d2i_ASN1_OCTET_STRING(nullptr, &p, long(ecPoint->size()));
        if (octets &&
            p == reinterpret_cast<const unsigned char *>(ecPoint->constData()) + ecPoint->size())
            point = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(octets)),
                               ASN1_STRING_length(octets));
        else
            point = *ecPoint;
        ASN1_OCTET_STRING_free(octets);
        algorithm = "EC";
        if (!OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, curveName.c_str(),
                                             0) ||
            !OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                              size_t(point.size())))
            return badObject(QStringLiteral("public key"));
    } else if (keyType == CKK_RSA) {
        const Expected<QByteArray> modulus = attribute(object, CKA_MODULUS);
        if (!modulus)
            return modulus.error();
        const Expected<QByteArray> exponent = attribute(object, CKA_PUBLIC_EXPONENT);
        if (!exponent)
            return exponent.error();
        n = BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus->constData()),
                      int(modulus->size()), nullptr);
        e = BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent->constData()),
                      int(exponent->size()), nullptr);
        algorithm = "RSA";
        if (!n || !e || !OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n) ||
            !OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e))
            return badObject(QStringLiteral("public key"));
    } else {
        return badObject(QStringLiteral("key type"));
    }

    params = OSSL_PARAM_BLD_to_param(builder);
    context = EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr);
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context) != 1 ||
        EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return badObject(QStringLiteral("public key"));
    return EvpKey(key);
}

Outcome Session::writeCertificate(const QString &label, const QByteArray &id, const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *certificate = d2i_X509(nullptr, &p, long(der.size()));
    if (!certificate)
        return badObject(QStringLiteral("certificate"));
    auto freeCertificate = qScopeGuard([certificate] { X509_free(certificate); });
    auto encode = [](auto *value, auto i2d) {
        unsigned char *out = nullptr;
        const int length = i2d(value, &out);
        QByteArray bytes;
        if (length > 0)
            bytes = QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
        return bytes;
    };
    QByteArray subject = encode(X509_get_subject_name(certificate), i2d_X509_NAME);
    QByteArray issuer = encode(X509_get_issuer_name(certificate), i2d_X509_NAME);
    QByteArray serial = encode(X509_get_serialNumber(certificate), i2d_ASN1_INTEGER);

    CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
    CK_CERTIFICATE_TYPE type = CKC_X_509;
    CK_BBOOL yes = CK_TRUE;
    CK_BBOOL no = CK_FALSE;
    QByteArray labelBytes = label.toUtf8();
    QByteArray idBytes = id;
    QByteArray value = der;
    CK_ATTRIBUTE templ[] = {attributeOf(CKA_CLASS, cls),
                            attributeOf(CKA_CERTIFICATE_TYPE, type),
                            attributeOf(CKA_TOKEN, yes),
                            attributeOf(CKA_PRIVATE, no),
                            attributeOf(CKA_LABEL, labelBytes),
                            attributeOf(CKA_ID, idBytes),
                            attributeOf(CKA_SUBJECT, subject),
                            attributeOf(CKA_ISSUER, issuer),
                            attributeOf(CKA_SERIAL_NUMBER, serial),
                            attributeOf(CKA_VALUE, value)};
    CK_OBJECT_HANDLE object = 0;
    const CK_RV rv = functionsOf(*m_module)->C_CreateObject(m_handle, templ,
                                                            CK_ULONG(std::size(templ)), &object);
    if (rv != CKR_OK)
        return fail(rv, "C_CreateObject");
    return success();
}

} // namespace guichet::eid

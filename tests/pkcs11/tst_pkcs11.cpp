// The PKCS#11 layer against a real SoftHSM2 token, and against p11wrap (SoftHSM2 plus the card
// behaviour it lacks: PIN tries, pinpad, removal, slot events): modules, tokens, sessions, login,
// key generation, signatures checked by OpenSSL, the token watcher and the module finder.
#include "core/eid/modulefinder.h"
#include "core/eid/pkcs11error.h"
#include "core/eid/pkcs11module.h"
#include "core/eid/pkcs11session.h"
#include "core/eid/pki.h"
#include "core/eid/tokenwatcher.h"
#include "tokenfixture.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::eid;

Q_DECLARE_METATYPE(guichet::eid::SignatureAlgorithm)

namespace {

const EVP_MD *digestOf(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::ES256:
    case SignatureAlgorithm::RS256:
    case SignatureAlgorithm::PS256:
        return EVP_sha256();
    case SignatureAlgorithm::ES384:
    case SignatureAlgorithm::RS384:
    case SignatureAlgorithm::PS384:
        return EVP_sha384();
    default:
        return EVP_sha512();
    }
}

// Raw r‖s (what CKM_ECDSA and Web eID use) as the DER ECDSA-Sig-Value OpenSSL verifies.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, half, nullptr), BN_bin2bn(bytes + half, half, nullptr));
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

bool verify(EVP_PKEY *key, SignatureAlgorithm algorithm, const QByteArray &data,
            const QByteArray &signature)
{
    const bool ec = algorithm == SignatureAlgorithm::ES256 ||
                    algorithm == SignatureAlgorithm::ES384 ||
                    algorithm == SignatureAlgorithm::ES512;
    const bool pss = algorithm == SignatureAlgorithm::PS256 ||
                     algorithm == SignatureAlgorithm::PS384 ||
                     algorithm == SignatureAlgorithm::PS512;
    const QByteArray sig = ec ? ecdsaRawToDer(signature) : signature;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    bool ok = EVP_DigestVerifyInit(context, &keyContext, digestOf(algorithm), nullptr, key) == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1 &&
             EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, digestOf(algorithm)) == 1;
    }
    ok = ok && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(sig.constData()),
                                size_t(sig.size()),
                                reinterpret_cast<const unsigned char *>(data.constData()),
                                size_t(data.size())) == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

bool writeTestFile(const QString &path, const QByteArray &content = {})
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

using StateMap = QMap<QString, QString>;

} // namespace

class TestPkcs11 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void moduleInfo();
    void sameModuleIsShared();
    void moduleLoadErrors_data();
    void moduleLoadErrors();
    void findsTokenByLabel();
    void generatedKeysSign_data();
    void generatedKeysSign();
    void signErrors();
    void privateKeysStayOnTheCard();
    void publicKeyAndCertificates();
    void wrongPinThenRight_data();
    void wrongPinThenRight();
    void pinLengthCostsNoTry_data();
    void pinLengthCostsNoTry();
    void triesCountDownToLocked();
    void rightPinResetsTries();
    void pinpad_data();
    void pinpad();
    void cardRemoval_data();
    void cardRemoval();
    void noReader();
    void watcherWithoutSlotEvents();
    void returnValues_data();
    void returnValues();
    void moduleFinder();
    void moduleFinderDefaults();

private:
    std::shared_ptr<Module> loadWrap();

    TokenFixture m_token;
    // Loaded first and kept for the whole run, so that this process's SoftHSM2 initialisation
    // is ours: p11wrap, loaded and finalised per test, then never ends SoftHSM2 under our feet.
    std::shared_ptr<Module> m_softHsm;
    EvpKey m_ecPublic;
    EvpKey m_rsaPublic;
    QByteArray m_certificate;
};

std::shared_ptr<Module> TestPkcs11::loadWrap()
{
    auto module = Module::load(TokenFixture::wrapModule());
    if (!module) {
        qWarning() << module.error().message;
        return {};
    }
    return *module;
}

void TestPkcs11::initTestCase()
{
    qRegisterMetaType<TokenWatcher::State>();
    const QString created = m_token.create();
    QVERIFY2(created.isEmpty(), qPrintable(created));
    auto module = Module::load(TokenFixture::softHsmModule());
    QVERIFY2(module, module ? "" : qPrintable(module.error().message));
    m_softHsm = *module;
    QVERIFY(m_softHsm->ownsInitialization());

    // The card's authentication key (EC P-384, as applet 1.8) with its certificate, and an RSA
    // key as on older cards, both generated on the token.
    const QString ec = TokenFixture::addKeyWithCertificate(
        m_softHsm, KeyType::EcP384, QStringLiteral("Authentication"), QByteArray("\x01", 1),
        &m_certificate, &m_ecPublic);
    QVERIFY2(ec.isEmpty(), qPrintable(ec));
    auto session = Session::open(m_softHsm, TokenFixture::tokenLabel(), Session::Mode::ReadWrite);
    QVERIFY(session);
    QVERIFY((*session)->login(TokenFixture::pin()));
    auto rsa = (*session)->generateKeyPair(KeyType::Rsa2048, QStringLiteral("Signature"),
                                           QByteArray("\x02", 1));
    QVERIFY2(rsa, rsa ? "" : qPrintable(rsa.error().message));
    m_rsaPublic = std::move(*rsa);
}

void TestPkcs11::init()
{
    // Every test starts with the card in the reader and no wrong PIN counted.
    QVERIFY(m_token.writeState({}));
}

void TestPkcs11::cleanupTestCase()
{
    m_softHsm.reset();
}

void TestPkcs11::moduleInfo()
{
    const ModuleInfo info = m_softHsm->info();
    QVERIFY(!info.description.isEmpty());
    QVERIFY2(info.cryptokiVersion.startsWith(QStringLiteral("2.")),
             qPrintable(info.cryptokiVersion));
    QCOMPARE(m_softHsm->path(), TokenFixture::softHsmModule());

    auto wrap = loadWrap();
    QVERIFY(wrap);
    QCOMPARE(wrap->info().description, QStringLiteral("Guichet p11wrap over SoftHSM2"));
}

void TestPkcs11::sameModuleIsShared()
{
    auto again = Module::load(TokenFixture::softHsmModule());
    QVERIFY(again);
    QCOMPARE(again->get(), m_softHsm.get());

    // A module let go of is finalised, and loads afresh.
    {
        auto wrap = loadWrap();
        QVERIFY(wrap);
        QVERIFY(wrap->ownsInitialization());
        QVERIFY(wrap->findToken(TokenFixture::tokenLabel()));
    }
    auto wrap = loadWrap();
    QVERIFY(wrap);
    QVERIFY(!wrap->isFinalized());
    QVERIFY(wrap->findToken(TokenFixture::tokenLabel()));
}

void TestPkcs11::moduleLoadErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("missing file") << QStringLiteral("missing.so");
    QTest::addRow("not a library") << QStringLiteral("text.so");
    QTest::addRow("library without C_GetFunctionList")
        << QStringLiteral("/lib/x86_64-linux-gnu/libz.so.1");
}

void TestPkcs11::moduleLoadErrors()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("text.so")), "not an ELF file\n"));
    const QString path = QFileInfo(file).isAbsolute() ? file : dir.filePath(file);
    if (file.startsWith(QLatin1Char('/')) && !QFileInfo::exists(path))
        QSKIP("no libz here");

    const auto module = Module::load(path);

    QVERIFY(!module);
    QCOMPARE(module.error().code, QLatin1String(errc::ModuleLoad));
    QVERIFY2(module.error().message.contains(path), qPrintable(module.error().message));
}

void TestPkcs11::findsTokenByLabel()
{
    const auto token = m_softHsm->findToken(TokenFixture::tokenLabel());
    QVERIFY2(token, token ? "" : qPrintable(token.error().message));
    QCOMPARE(token->label, QStringLiteral("BELPIC")); // trimmed of PKCS#11 padding
    QVERIFY(token->initialized);
    QVERIFY(!token->serialNumber.isEmpty());
    QCOMPARE(token->pinState, PinState::Ok);
    QVERIFY(!token->protectedAuthenticationPath);
    QCOMPARE(token->minPinLength, 4);
    QVERIFY(token->maxPinLength >= 12);

    const auto slotInfos = m_softHsm->slotList();
    QVERIFY(slotInfos);
    const bool listed = std::any_of(slotInfos->cbegin(), slotInfos->cend(), [&](const SlotInfo &s) {
        return s.id == token->slotId && s.tokenPresent;
    });
    QVERIFY(listed);

    const auto missing = m_softHsm->findToken(QStringLiteral("NOT-THERE"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QLatin1String(errc::TokenNotFound));
}

void TestPkcs11::generatedKeysSign_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<SignatureAlgorithm>("algorithm");
    QTest::addColumn<QString>("hiddenMechanisms"); // through p11wrap when not empty
    QTest::addColumn<int>("length");

    const QString ec = QStringLiteral("Authentication");
    const QString rsa = QStringLiteral("Signature");
    QTest::addRow("EC P-384, ES384 (r||s)") << ec << SignatureAlgorithm::ES384 << QString() << 96;
    QTest::addRow("EC P-384, ES256") << ec << SignatureAlgorithm::ES256 << QString() << 96;
    QTest::addRow("EC P-384, ES512") << ec << SignatureAlgorithm::ES512 << QString() << 96;
    QTest::addRow("RSA-2048, RS256") << rsa << SignatureAlgorithm::RS256 << QString() << 256;
    QTest::addRow("RSA-2048, RS384") << rsa << SignatureAlgorithm::RS384 << QString() << 256;
    QTest::addRow("RSA-2048, PS256") << rsa << SignatureAlgorithm::PS256 << QString() << 256;
    QTest::addRow("RSA-2048, PS512") << rsa << SignatureAlgorithm::PS512 << QString() << 256;
    QTest::addRow("RSA-2048, RS256 on a token without CKM_SHA256_RSA_PKCS (DigestInfo)")
        << rsa << SignatureAlgorithm::RS256 << QStringLiteral("0x40") << 256;
    QTest::addRow("RSA-2048, PS256 on a token without CKM_SHA256_RSA_PKCS_PSS")
        << rsa << SignatureAlgorithm::PS256 << QStringLiteral("0x43") << 256;
}

void TestPkcs11::generatedKeysSign()
{
    QFETCH(QString, key);
    QFETCH(SignatureAlgorithm, algorithm);
    QFETCH(QString, hiddenMechanisms);
    QFETCH(int, length);

    std::shared_ptr<Module> module = m_softHsm;
    if (!hiddenMechanisms.isEmpty()) {
        QVERIFY(m_token.writeState({{QStringLiteral("hide_mechanisms"), hiddenMechanisms}}));
        module = loadWrap();
        QVERIFY(module);
    }
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);
    QVERIFY((*session)->login(TokenFixture::pin()));
    const QByteArray data = QByteArrayLiteral("origin hash || challenge hash");

    const auto signature = (*session)->sign(key, algorithm, data);

    QVERIFY2(signature, signature ? "" : qPrintable(signature.error().message));
    QCOMPARE(signature->size(), length);
    EVP_PKEY *publicKey =
        key == QLatin1String("Authentication") ? m_ecPublic.get() : m_rsaPublic.get();
    QVERIFY(verify(publicKey, algorithm, data, *signature));
    QVERIFY(!verify(publicKey, algorithm, data + "!", *signature));
}

void TestPkcs11::signErrors()
{
    auto session = Session::open(m_softHsm, TokenFixture::tokenLabel());
    QVERIFY(session);
    const QByteArray data("x");

    // Private keys are invisible before login.
    auto before =
        (*session)->sign(QStringLiteral("Authentication"), SignatureAlgorithm::ES384, data);
    QVERIFY(!before);
    QCOMPARE(before.error().code, QLatin1String(errc::NotLoggedIn));

    QVERIFY((*session)->login(TokenFixture::pin()));
    QVERIFY((*session)->isLoggedIn());
    auto wrongFamily =
        (*session)->sign(QStringLiteral("Authentication"), SignatureAlgorithm::RS256, data);
    QVERIFY(!wrongFamily);
    QCOMPARE(wrongFamily.error().code, QLatin1String(errc::AlgorithmUnsupported));
    auto unknown = (*session)->sign(QStringLiteral("Nope"), SignatureAlgorithm::ES384, data);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QLatin1String(errc::KeyNotFound));

    QCOMPARE(algorithmFromName(QStringLiteral("PS256")), SignatureAlgorithm::PS256);
    QCOMPARE(algorithmName(SignatureAlgorithm::ES384), QStringLiteral("ES384"));
    QVERIFY(!algorithmFromName(QStringLiteral("HS256")));
}

void TestPkcs11::privateKeysStayOnTheCard()
{
    // Read straight from the module, past our wrapper: what generateKeyPair() asked for.
    auto *f = static_cast<CK_FUNCTION_LIST *>(m_softHsm->functionList());
    const auto token = m_softHsm->findToken(TokenFixture::tokenLabel());
    QVERIFY(token);
    CK_SESSION_HANDLE session = 0;
    QCOMPARE(f->C_OpenSession(token->slotId, CKF_SERIAL_SESSION, nullptr, nullptr, &session),
             CKR_OK);
    auto close = qScopeGuard([&] { f->C_CloseSession(session); });
    QByteArray pin = TokenFixture::pin();
    QCOMPARE(f->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR *>(pin.data()),
                        CK_ULONG(pin.size())),
             CKR_OK);
    CK_OBJECT_CLASS privateKey = CKO_PRIVATE_KEY;
    CK_ATTRIBUTE search{CKA_CLASS, &privateKey, sizeof privateKey};
    QCOMPARE(f->C_FindObjectsInit(session, &search, 1), CKR_OK);
    CK_OBJECT_HANDLE keys[8];
    CK_ULONG count = 0;
    QCOMPARE(f->C_FindObjects(session, keys, 8, &count), CKR_OK);
    f->C_FindObjectsFinal(session);
    QCOMPARE(count, CK_ULONG(2)); // Authentication (EC) and Signature (RSA)

    for (CK_ULONG i = 0; i < count; ++i) {
        CK_BBOOL sensitive = CK_FALSE, extractable = CK_TRUE, neverExtractable = CK_FALSE,
                 canSign = CK_FALSE, onToken = CK_FALSE;
        CK_ATTRIBUTE attributes[] = {
            {CKA_SENSITIVE, &sensitive, sizeof sensitive},
            {CKA_EXTRACTABLE, &extractable, sizeof extractable},
            {CKA_NEVER_EXTRACTABLE, &neverExtractable, sizeof neverExtractable},
            {CKA_SIGN, &canSign, sizeof canSign},
            {CKA_TOKEN, &onToken, sizeof onToken}};
        QCOMPARE(f->C_GetAttributeValue(session, keys[i], attributes, 5), CKR_OK);
        QCOMPARE(sensitive, CK_BBOOL(CK_TRUE));
        QCOMPARE(extractable, CK_BBOOL(CK_FALSE));
        QCOMPARE(neverExtractable, CK_BBOOL(CK_TRUE));
        QCOMPARE(canSign, CK_BBOOL(CK_TRUE));
        QCOMPARE(onToken, CK_BBOOL(CK_TRUE));
        CK_ATTRIBUTE value{CKA_PRIVATE_EXPONENT, nullptr, 0};
        CK_ATTRIBUTE ecValue{CKA_VALUE, nullptr, 0};
        const CK_RV rsaRv = f->C_GetAttributeValue(session, keys[i], &value, 1);
        const CK_RV ecRv = f->C_GetAttributeValue(session, keys[i], &ecValue, 1);
        QVERIFY(rsaRv == CKR_ATTRIBUTE_SENSITIVE || ecRv == CKR_ATTRIBUTE_SENSITIVE);
    }
}

void TestPkcs11::publicKeyAndCertificates()
{
    auto session = Session::open(m_softHsm, TokenFixture::tokenLabel());
    QVERIFY(session);

    // Public objects: no login needed.
    const auto certificates = (*session)->certificates();
    QVERIFY(certificates);
    QCOMPARE(certificates->size(), 1);
    QCOMPARE(certificates->first().label, QStringLiteral("Authentication"));
    QCOMPARE(certificates->first().id, QByteArray("\x01", 1));
    QCOMPARE(certificates->first().der, m_certificate);

    const auto publicKey = (*session)->publicKey(QStringLiteral("Authentication"));
    QVERIFY(publicKey);
    QCOMPARE(EVP_PKEY_eq(publicKey->get(), m_ecPublic.get()), 1);
    QCOMPARE(EVP_PKEY_get_bits(m_rsaPublic.get()), 2048);
    auto fromCertificate = readX509(m_certificate);
    QVERIFY(fromCertificate);
    EvpKey certificateKey = certificatePublicKey(fromCertificate->get());
    QCOMPARE(EVP_PKEY_eq(certificateKey.get(), m_ecPublic.get()), 1);
}

void TestPkcs11::wrongPinThenRight_data()
{
    QTest::addColumn<bool>("wrapped");
    QTest::addRow("SoftHSM2") << false;
    QTest::addRow("p11wrap") << true;
}

void TestPkcs11::wrongPinThenRight()
{
    QFETCH(bool, wrapped);
    auto module = wrapped ? loadWrap() : m_softHsm;
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);

    const auto wrong = (*session)->login(QByteArrayLiteral("9999"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QLatin1String(errc::PinIncorrect));
    QVERIFY(!(*session)->isLoggedIn());

    const auto right = (*session)->login(TokenFixture::pin());
    QVERIFY2(right, right ? "" : qPrintable(right.error().message));
    QVERIFY((*session)->isLoggedIn());
    QVERIFY((*session)->logout());
    QVERIFY(!(*session)->isLoggedIn());
}

void TestPkcs11::pinLengthCostsNoTry_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("three digits") << QByteArrayLiteral("123");
    QTest::addRow("thirteen digits") << QByteArrayLiteral("1234567890123");
}

void TestPkcs11::pinLengthCostsNoTry()
{
    QFETCH(QByteArray, pin);
    // BELPIC's 4 to 12 digits.
    QVERIFY(m_token.writeState({{QStringLiteral("min_pin"), QStringLiteral("4")},
                                {QStringLiteral("max_pin"), QStringLiteral("12")}}));
    auto module = loadWrap();
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);

    const auto result = (*session)->login(pin);

    QVERIFY(!result);
    QCOMPARE(result.error().code, QLatin1String(errc::PinLength));
    QVERIFY2(result.error().message.contains(QLatin1String("4 to 12")),
             qPrintable(result.error().message));
    QCOMPARE(m_token.readState().value(QStringLiteral("tries"), QStringLiteral("0")),
             QStringLiteral("0"));
}

void TestPkcs11::triesCountDownToLocked()
{
    auto module = loadWrap();
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);
    const QByteArray wrongPin("0000");

    auto first = (*session)->login(wrongPin);
    QVERIFY(!first);
    QCOMPARE(first.error().code, QLatin1String(errc::PinIncorrect));
    QCOMPARE(first.error().params.value(2), QStringLiteral("count-low"));
    QCOMPARE((*session)->tokenInfo()->pinState, PinState::CountLow);

    auto second = (*session)->login(wrongPin);
    QVERIFY(!second);
    QCOMPARE(second.error().code, QLatin1String(errc::PinIncorrect));
    QCOMPARE(second.error().params.value(2), QStringLiteral("final-try"));
    QCOMPARE((*session)->tokenInfo()->pinState, PinState::FinalTry);

    auto third = (*session)->login(wrongPin);
    QVERIFY(!third);
    QCOMPARE(third.error().code, QLatin1String(errc::PinLocked));
    QCOMPARE((*session)->tokenInfo()->pinState, PinState::Locked);

    // Blocked for good: the right PIN is refused too, also in a fresh load of the module.
    auto right = (*session)->login(TokenFixture::pin());
    QVERIFY(!right);
    QCOMPARE(right.error().code, QLatin1String(errc::PinLocked));
    QVERIFY(!(*session)->isLoggedIn());
    session->reset();
    module.reset();
    auto reloaded = loadWrap();
    QVERIFY(reloaded);
    QCOMPARE(reloaded->findToken(TokenFixture::tokenLabel())->pinState, PinState::Locked);
}

void TestPkcs11::rightPinResetsTries()
{
    QVERIFY(m_token.writeState({{QStringLiteral("tries"), QStringLiteral("2")}}));
    auto module = loadWrap();
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);
    QCOMPARE((*session)->tokenInfo()->pinState, PinState::FinalTry);

    QVERIFY((*session)->login(TokenFixture::pin()));

    QCOMPARE((*session)->tokenInfo()->pinState, PinState::Ok);
    QCOMPARE(m_token.readState().value(QStringLiteral("tries")), QStringLiteral("0"));
}

void TestPkcs11::pinpad_data()
{
    QTest::addColumn<StateMap>("state");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("error"); // empty: logged in

    const QString pinpad = QStringLiteral("protected");
    const QString typed = QStringLiteral("pinpad_pin");
    QTest::addRow("right PIN typed on the reader")
        << StateMap{{pinpad, QStringLiteral("1")}, {typed, QStringLiteral("1234")}} << 30000
        << QString();
    QTest::addRow("wrong PIN typed on the reader")
        << StateMap{{pinpad, QStringLiteral("1")}, {typed, QStringLiteral("0000")}} << 30000
        << QString::fromLatin1(errc::PinIncorrect);
    QTest::addRow("cancel pressed on the reader")
        << StateMap{{pinpad, QStringLiteral("1")},
                    {QStringLiteral("pinpad_cancel"), QStringLiteral("1")}}
        << 30000 << QString::fromLatin1(errc::PinpadCancelled);
    QTest::addRow("reader timed out")
        << StateMap{{pinpad, QStringLiteral("1")},
                    {QStringLiteral("pinpad_cancel"), QStringLiteral("1")},
                    {QStringLiteral("pinpad_delay_ms"), QStringLiteral("300")}}
        << 200 << QString::fromLatin1(errc::PinpadTimeout);
}

void TestPkcs11::pinpad()
{
    QFETCH(StateMap, state);
    QFETCH(int, timeoutMs);
    QFETCH(QString, error);
    QVERIFY(m_token.writeState(state));
    auto module = loadWrap();
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);
    QVERIFY((*session)->tokenInfo()->protectedAuthenticationPath);
    (*session)->setPinpadTimeout(std::chrono::milliseconds(timeoutMs));

    const auto result = (*session)->login(QByteArray()); // no PIN: the reader asks for it

    if (error.isEmpty()) {
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY((*session)->isLoggedIn());
    } else {
        QVERIFY(!result);
        QCOMPARE(result.error().code, error);
        QVERIFY(!(*session)->isLoggedIn());
    }
}

void TestPkcs11::cardRemoval_data()
{
    QTest::addColumn<bool>("events");
    QTest::addColumn<bool>("blocking");
    QTest::addRow("polling the slots") << true << false;
    QTest::addRow("blocking in C_WaitForSlotEvent") << true << true;
    QTest::addRow("blocking asked, module without slot events") << false << true;
}

void TestPkcs11::cardRemoval()
{
    QFETCH(bool, events);
    QFETCH(bool, blocking);
    const QString eventsValue = events ? QStringLiteral("1") : QStringLiteral("0");
    QVERIFY(m_token.writeState({{QStringLiteral("events"), eventsValue}}));
    auto module = loadWrap();
    QVERIFY(module);
    auto session = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(session);
    QVERIFY((*session)->login(TokenFixture::pin()));
    const QString key = QStringLiteral("Authentication");
    QVERIFY((*session)->sign(key, SignatureAlgorithm::ES384, "before"));

    TokenWatcher watcher(module);
    watcher.setTokenLabel(TokenFixture::tokenLabel());
    watcher.setPollInterval(std::chrono::milliseconds(50));
    watcher.setBlockingWait(blocking);
    QSignalSpy changes(&watcher, &TokenWatcher::stateChanged);
    watcher.start();
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::CardPresent);
    QCOMPARE(watcher.tokenLabel(), QStringLiteral("BELPIC"));

    // The card leaves the reader.
    QVERIFY(m_token.writeState({{QStringLiteral("events"), eventsValue},
                                {QStringLiteral("present"), QStringLiteral("0")}}));
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::NoCard);
    const auto removed = (*session)->sign(key, SignatureAlgorithm::ES384, "after removal");
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, QLatin1String(errc::CardRemoved));
    const auto reopen = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(!reopen);
    QCOMPARE(reopen.error().code, QLatin1String(errc::TokenNotFound));

    // It comes back: the old session stays dead, a new one works after a new login.
    QVERIFY(m_token.writeState({{QStringLiteral("events"), eventsValue}}));
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::CardPresent);
    const auto stale = (*session)->sign(key, SignatureAlgorithm::ES384, "stale");
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, QLatin1String(errc::CardRemoved));
    auto fresh = Session::open(module, TokenFixture::tokenLabel());
    QVERIFY(fresh);
    QVERIFY((*fresh)->login(TokenFixture::pin()));
    QVERIFY((*fresh)->sign(key, SignatureAlgorithm::ES384, "again"));

    watcher.stop(); // must not hang, whichever way the worker waits
    QVERIFY(!watcher.isRunning());
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).at(0).value<TokenWatcher::State>(), TokenWatcher::State::CardPresent);
    QCOMPARE(changes.at(1).at(0).value<TokenWatcher::State>(), TokenWatcher::State::NoCard);
    QCOMPARE(changes.at(2).at(0).value<TokenWatcher::State>(), TokenWatcher::State::CardPresent);
    // Only a blocking wait on a module with events needed C_Finalize to wake it.
    QCOMPARE(module->isFinalized(), events && blocking);
}

void TestPkcs11::noReader()
{
    auto module = loadWrap();
    QVERIFY(module);
    TokenWatcher watcher(module);
    watcher.setPollInterval(std::chrono::milliseconds(50));
    watcher.start();
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::CardPresent);

    QVERIFY(m_token.writeState({{QStringLiteral("readers"), QStringLiteral("0")}}));
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::NoReader);
    QVERIFY(module->slotList()->isEmpty());

    QVERIFY(m_token.writeState({}));
    QTRY_COMPARE(watcher.state(), TokenWatcher::State::CardPresent);
}

void TestPkcs11::watcherWithoutSlotEvents()
{
    // SoftHSM2 answers CKF_DONT_BLOCK with "no event" but refuses to block: the watcher then
    // polls, even when asked to block, and stopping it leaves the module alone.
    const auto nothing = m_softHsm->waitForSlotEvent(false);
    QVERIFY(nothing);
    QVERIFY(!nothing->has_value());
    const auto noEvents = m_softHsm->waitForSlotEvent(true);
    QVERIFY(!noEvents);
    QCOMPARE(noEvents.error().code, QLatin1String(errc::EventsNotSupported));

    TokenWatcher belpic(m_softHsm);
    belpic.setTokenLabel(TokenFixture::tokenLabel());
    belpic.setBlockingWait(true);
    TokenWatcher other(m_softHsm);
    other.setTokenLabel(QStringLiteral("OTHER"));
    belpic.start();
    other.start();
    QTRY_COMPARE(belpic.state(), TokenWatcher::State::CardPresent);
    QTRY_COMPARE(other.state(), TokenWatcher::State::NoCard);
    belpic.stop();
    other.stop();
    QVERIFY(!m_softHsm->isFinalized());
}

void TestPkcs11::returnValues_data()
{
    QTest::addColumn<quint32>("rv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    auto row = [](const char *name, CK_RV rv, const char *code) {
        QTest::newRow(name) << quint32(rv) << QString::fromLatin1(name)
                            << QString::fromLatin1(code);
    };
    row("CKR_PIN_INCORRECT", CKR_PIN_INCORRECT, errc::PinIncorrect);
    row("CKR_PIN_LOCKED", CKR_PIN_LOCKED, errc::PinLocked);
    row("CKR_PIN_LEN_RANGE", CKR_PIN_LEN_RANGE, errc::PinLength);
    row("CKR_TOKEN_NOT_PRESENT", CKR_TOKEN_NOT_PRESENT, errc::CardRemoved);
    row("CKR_DEVICE_REMOVED", CKR_DEVICE_REMOVED, errc::CardRemoved);
    row("CKR_SESSION_HANDLE_INVALID", CKR_SESSION_HANDLE_INVALID, errc::CardRemoved);
    row("CKR_FUNCTION_CANCELED", CKR_FUNCTION_CANCELED, errc::PinpadCancelled);
    row("CKR_USER_NOT_LOGGED_IN", CKR_USER_NOT_LOGGED_IN, errc::NotLoggedIn);
    row("CKR_GENERAL_ERROR", CKR_GENERAL_ERROR, errc::Pkcs11Error);
    row("CKR_DEVICE_MEMORY", CKR_DEVICE_MEMORY, errc::Pkcs11Error);
    QTest::newRow("vendor defined")
        << quint32(CKR_VENDOR_DEFINED | 0x12) << QStringLiteral("CKR_VENDOR_DEFINED+0x12")
        << QString::fromLatin1(errc::Pkcs11Error);
}

void TestPkcs11::returnValues()
{
    QFETCH(quint32, rv);
    QFETCH(QString, name);
    QFETCH(QString, code);

    QCOMPARE(returnValueName(rv), name);
    const Error error = errorFromReturnValue(rv, "C_Sign");
    QCOMPARE(error.code, code);
    QCOMPARE(error.params, QStringList({QStringLiteral("C_Sign"), name}));
    QVERIFY(!error.message.isEmpty());
}

void TestPkcs11::moduleFinder()
{
    // Arrange: p11-kit registrations (relative, missing library, trust policy) and library
    // patterns with a wildcard and a symlink to the same file.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(QStringLiteral("lib/pkcs11")));
    QVERIFY(dir.mkpath(QStringLiteral("modules")));
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("lib/pkcs11/opensc-pkcs11.so"))));
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("lib/pkcs11/p11-kit-trust.so"))));
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0.0.0"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0.0.0")),
                        dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0"))));
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("modules/opensc.module")),
                          "# OpenSC\nmodule: opensc-pkcs11.so\n"));
    QVERIFY(writeTestFile(dir.filePath(QStringLiteral("modules/p11-kit-trust.module")),
                          "module: p11-kit-trust.so\npriority: 1\ntrust-policy: yes\n"));
    QVERIFY(
        writeTestFile(dir.filePath(QStringLiteral("modules/gone.module")),
                      "module: " + dir.filePath(QStringLiteral("lib/gone.so")).toUtf8() + "\n"));

    ModuleFinder finder;
    finder.setLibraryPatterns({dir.filePath(QStringLiteral("lib/libbeidpkcs11.so*")),
                               dir.filePath(QStringLiteral("lib/pkcs11/opensc-pkcs11.so"))});
    finder.setP11KitModuleDirectories({dir.filePath(QStringLiteral("modules"))});
    finder.setP11KitLibraryDirectory(dir.filePath(QStringLiteral("lib/pkcs11")));

    // Act
    const QList<ModuleFinder::Module> modules = finder.find();

    // Assert: registrations first, then the libraries not registered, each file once.
    QCOMPARE(modules.size(), 4);
    QCOMPARE(modules.at(0).path, dir.filePath(QStringLiteral("lib/gone.so")));
    QVERIFY(!modules.at(0).exists);
    QCOMPARE(modules.at(1).path, dir.filePath(QStringLiteral("lib/pkcs11/opensc-pkcs11.so")));
    QCOMPARE(modules.at(1).p11KitName, QStringLiteral("opensc"));
    QVERIFY(!modules.at(1).trustPolicy);
    QCOMPARE(modules.at(2).path, dir.filePath(QStringLiteral("lib/pkcs11/p11-kit-trust.so")));
    QVERIFY(modules.at(2).trustPolicy);
    QVERIFY(modules.at(3).path.startsWith(dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0"))));
    QVERIFY(modules.at(3).p11KitName.isEmpty());
}

void TestPkcs11::moduleFinderDefaults()
{
    const ModuleFinder finder;
    QVERIFY(
        finder.p11KitModuleDirectories().contains(QStringLiteral("/usr/share/p11-kit/modules")));
    const QStringList patterns = finder.libraryPatterns();
    QVERIFY(patterns.contains(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")));
    QVERIFY(patterns.contains(QStringLiteral("/usr/lib/x86_64-linux-gnu/libbeidpkcs11.so*")));
    QVERIFY(patterns.contains(QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")));

    // On this machine: SoftHSM2 once (registered with p11-kit and at /usr/lib/softhsm).
    const QList<ModuleFinder::Module> found = finder.find();
    const auto softHsm = std::count_if(found.cbegin(), found.cend(), [](const auto &m) {
        return m.path.endsWith(QLatin1String("libsofthsm2.so"));
    });
    QCOMPARE(softHsm, 1);
}

QTEST_GUILESS_MAIN(TestPkcs11)
#include "tst_pkcs11.moc"

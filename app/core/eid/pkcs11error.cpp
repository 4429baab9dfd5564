#include "pkcs11error.h"

#include <QCoreApplication>

#include <p11-kit/pkcs11.h>

#include <iterator>

namespace guichet::eid {

namespace {
struct ReturnValueName
{
    CK_RV value;
    const char *name;
};

#define GUICHET_CKR(name)                                                                          \
    {                                                                                              \
        name, #name                                                                                \
    }
// Every return value of PKCS#11 2.40 as p11-kit defines it.
constexpr ReturnValueName s_names[] = {
    GUICHET_CKR(CKR_OK),
    GUICHET_CKR(CKR_CANCEL),
    GUICHET_CKR(CKR_HOST_MEMORY),
    GUICHET_CKR(CKR_SLOT_ID_INVALID),
    GUICHET_CKR(CKR_GENERAL_ERROR),
    GUICHET_CKR(CKR_FUNCTION_FAILED),
    GUICHET_CKR(CKR_ARGUMENTS_BAD),
    GUICHET_CKR(CKR_NO_EVENT),
    GUICHET_CKR(CKR_NEED_TO_CREATE_THREADS),
    GUICHET_CKR(CKR_CANT_LOCK),
    GUICHET_CKR(CKR_ATTRIBUTE_READ_ONLY),
    GUICHET_CKR(CKR_ATTRIBUTE_SENSITIVE),
    GUICHET_CKR(CKR_ATTRIBUTE_TYPE_INVALID),
    GUICHET_CKR(CKR_ATTRIBUTE_VALUE_INVALID),
    GUICHET_CKR(CKR_ACTION_PROHIBITED),
    GUICHET_CKR(CKR_DATA_INVALID),
    GUICHET_CKR(CKR_DATA_LEN_RANGE),
    GUICHET_CKR(CKR_DEVICE_ERROR),
    GUICHET_CKR(CKR_DEVICE_MEMORY),
    GUICHET_CKR(CKR_DEVICE_REMOVED),
    GUICHET_CKR(CKR_ENCRYPTED_DATA_INVALID),
    GUICHET_CKR(CKR_ENCRYPTED_DATA_LEN_RANGE),
    GUICHET_CKR(CKR_FUNCTION_CANCELED),
    GUICHET_CKR(CKR_FUNCTION_NOT_PARALLEL),
    GUICHET_CKR(CKR_FUNCTION_NOT_SUPPORTED),
    GUICHET_CKR(CKR_KEY_HANDLE_INVALID),
    GUICHET_CKR(CKR_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_KEY_NOT_NEEDED),
    GUICHET_CKR(CKR_KEY_CHANGED),
    GUICHET_CKR(CKR_KEY_NEEDED),
    GUICHET_CKR(CKR_KEY_INDIGESTIBLE),
    GUICHET_CKR(CKR_KEY_FUNCTION_NOT_PERMITTED),
    GUICHET_CKR(CKR_KEY_NOT_WRAPPABLE),
    GUICHET_CKR(CKR_KEY_UNEXTRACTABLE),
    GUICHET_CKR(CKR_MECHANISM_INVALID),
    GUICHET_CKR(CKR_MECHANISM_PARAM_INVALID),
    GUICHET_CKR(CKR_OBJECT_HANDLE_INVALID),
    GUICHET_CKR(CKR_OPERATION_ACTIVE),
    GUICHET_CKR(CKR_OPERATION_NOT_INITIALIZED),
    GUICHET_CKR(CKR_PIN_INCORRECT),
    GUICHET_CKR(CKR_PIN_INVALID),
    GUICHET_CKR(CKR_PIN_LEN_RANGE),
    GUICHET_CKR(CKR_PIN_EXPIRED),
    GUICHET_CKR(CKR_PIN_LOCKED),
    GUICHET_CKR(CKR_SESSION_CLOSED),
    GUICHET_CKR(CKR_SESSION_COUNT),
    GUICHET_CKR(CKR_SESSION_HANDLE_INVALID),
    GUICHET_CKR(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
    GUICHET_CKR(CKR_SESSION_READ_ONLY),
    GUICHET_CKR(CKR_SESSION_EXISTS),
    GUICHET_CKR(CKR_SESSION_READ_ONLY_EXISTS),
    GUICHET_CKR(CKR_SESSION_READ_WRITE_SO_EXISTS),
    GUICHET_CKR(CKR_SIGNATURE_INVALID),
    GUICHET_CKR(CKR_SIGNATURE_LEN_RANGE),
    GUICHET_CKR(CKR_TEMPLATE_INCOMPLETE),
    GUICHET_CKR(CKR_TEMPLATE_INCONSISTENT),
    GUICHET_CKR(CKR_TOKEN_NOT_PRESENT),
    GUICHET_CKR(CKR_TOKEN_NOT_RECOGNIZED),
    GUICHET_CKR(CKR_TOKEN_WRITE_PROTECTED),
    GUICHET_CKR(CKR_UNWRAPPING_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_USER_ALREADY_LOGGED_IN),
    GUICHET_CKR(CKR_USER_NOT_LOGGED_IN),
    GUICHET_CKR(CKR_USER_PIN_NOT_INITIALIZED),
    GUICHET_CKR(CKR_USER_TYPE_INVALID),
    GUICHET_CKR(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
    GUICHET_CKR(CKR_USER_TOO_MANY_TYPES),
    GUICHET_CKR(CKR_WRAPPED_KEY_INVALID),
    GUICHET_CKR(CKR_WRAPPED_KEY_LEN_RANGE),
    GUICHET_CKR(CKR_WRAPPING_KEY_HANDLE_INVALID),
    GUICHET_CKR(CKR_WRAPPING_KEY_SIZE_RANGE),
    GUICHET_CKR(CKR_WRAPPING_KEY_TYPE_INCONSISTENT),
    GUICHET_CKR(CKR_RANDOM_SEED_NOT_SUPPORTED),
    GUICHET_CKR(CKR_RANDOM_NO_RNG),
    GUICHET_CKR(CKR_DOMAIN_PARAMS_INVALID),
    GUICHET_CKR(CKR_CURVE_NOT_SUPPORTED),
    GUICHET_CKR(CKR_BUFFER_TOO_SMALL),
    GUICHET_CKR(CKR_SAVED_STATE_INVALID),
    GUICHET_CKR(CKR_INFORMATION_SENSITIVE),
    GUICHET_CKR(CKR_STATE_UNSAVEABLE),
    GUICHET_CKR(CKR_CRYPTOKI_NOT_INITIALIZED),
    GUICHET_CKR(CKR_CRYPTOKI_ALREADY_INITIALIZED),
    GUICHET_CKR(CKR_MUTEX_BAD),
    GUICHET_CKR(CKR_MUTEX_NOT_LOCKED),
    GUICHET_CKR(CKR_NEW_PIN_MODE),
    GUICHET_CKR(CKR_NEXT_OTP),
    GUICHET_CKR(CKR_EXCEEDED_MAX_ITERATIONS),
    GUICHET_CKR(CKR_FIPS_SELF_TEST_FAILED),
    GUICHET_CKR(CKR_LIBRARY_LOAD_FAILED),
    GUICHET_CKR(CKR_PIN_TOO_WEAK),
    GUICHET_CKR(CKR_PUBLIC_KEY_INVALID),
    GUICHET_CKR(CKR_FUNCTION_REJECTED),
};
#undef GUICHET_CKR
} // namespace

QString returnValueName(unsigned long rv)
{
    for (const ReturnValueName &entry : s_names) {
        if (entry.value == rv)
            return QString::fromLatin1(entry.name);
    }
    if (rv & CKR_VENDOR_DEFINED)
        return QStringLiteral("CKR_VENDOR_DEFINED+0x%1").arg(rv & ~CKR_VENDOR_DEFINED, 0, 16);
    return QStringLiteral("0x%1").arg(rv, 8, 16, QLatin1Char('0'));
}

Error makeError(const char *code, const QString &message, const QStringList &params)
{
    return Error{QString::fromLatin1(code), message, params};
}

Error errorFromReturnValue(unsigned long rv, const char *function)
{
    const QString name = returnValueName(rv);
    const QStringList params{QString::fromLatin1(function), name};
    switch (rv) {
    case CKR_PIN_INCORRECT:
    case CKR_PIN_INVALID:
        return makeError(errc::PinIncorrect,
                         QCoreApplication::translate("guichet::eid", "The PIN is not correct."),
                         params);
    case CKR_PIN_LOCKED:
        return makeError(errc::PinLocked,
                         QCoreApplication::translate(
                             "guichet::eid",
                             "The card's PIN is blocked after too many wrong tries. Unblock it "
                             "with your PUK code at the municipality."),
                         params);
    case CKR_PIN_LEN_RANGE:
        return makeError(errc::PinLength,
                         QCoreApplication::translate("guichet::eid",
                                                     "The PIN does not have the required length."),
                         params);
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
        return makeError(
            errc::CardRemoved,
            QCoreApplication::translate(
                "guichet::eid", "The card was removed from the reader. Insert it and try again."),
            params);
    case CKR_FUNCTION_CANCELED:
        return makeError(errc::PinpadCancelled,
                         QCoreApplication::translate("guichet::eid",
                                                     "The PIN entry was cancelled on the reader."),
                         params);
    case CKR_USER_NOT_LOGGED_IN:
        return makeError(errc::NotLoggedIn,
                         QCoreApplication::translate("guichet::eid",
                                                     "The card needs your PIN for this operation."),
                         params);
    case CKR_CRYPTOKI_NOT_INITIALIZED:
        return makeError(
            errc::ModuleFinalized,
            QCoreApplication::translate("guichet::eid", "The card reader software was shut down."),
            params);
    default:
        return makeError(
            errc::Pkcs11Error,
            QCoreApplication::translate("guichet::eid",
                                        "The card reader software reported an error (%1 in %2).")
                .arg(name, QString::fromLatin1(function)),
            params);
    }
}

} // namespace guichet::eid

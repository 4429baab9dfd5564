#pragma once

#include "core/expected.h"

#include <variant>

// Errors of the PKCS#11 token layer. Error::code is one of the errc strings below: stable, read
// by tests and mapped to exit codes by the CLI; Error::message is translated for the user and
// never holds a PIN or a national number.
namespace guichet::eid {

namespace errc {
inline constexpr char PinIncorrect[] = "pin-incorrect";
inline constexpr char PinLocked[] = "pin-locked";
inline constexpr char PinLength[] = "pin-length";
inline constexpr char CardRemoved[] = "card-removed";
inline constexpr char PinpadCancelled[] = "pinpad-cancelled";
inline constexpr char PinpadTimeout[] = "pinpad-timeout";
inline constexpr char NotLoggedIn[] = "not-logged-in";
// Any other CK_RV; Error::params holds {function, CKR name}.
inline constexpr char Pkcs11Error[] = "pkcs11-error";
// The module file could not be loaded or is not a PKCS#11 module; params {path, reason}.
inline constexpr char ModuleLoad[] = "module-load";
inline constexpr char TokenNotFound[] = "token-not-found";
inline constexpr char KeyNotFound[] = "key-not-found";
// The key cannot make this kind of signature (EC key for RS256, mechanism missing...).
inline constexpr char AlgorithmUnsupported[] = "algorithm-unsupported";
// The token returned something OpenSSL cannot read (a public key, a certificate).
inline constexpr char BadObject[] = "bad-object";
// Module::waitForSlotEvent: the module has no slot events (SoftHSM2), or it was finalized.
inline constexpr char EventsNotSupported[] = "events-not-supported";
inline constexpr char ModuleFinalized[] = "module-finalized";
} // namespace errc

// Expected<T> for the calls that only succeed or fail.
using Outcome = Expected<std::monostate>;
inline Outcome success()
{
    return std::monostate{};
}

// "CKR_PIN_INCORRECT" for 0xA0; vendor values as "CKR_VENDOR_DEFINED+0x…", unknown as hex.
QString returnValueName(unsigned long rv);

// Maps a failed CK_RV from `function` (e.g. "C_Login") to an Error with a translated message.
// CKR_FUNCTION_CANCELED maps to pinpad-cancelled; the session tells a timeout apart.
Error errorFromReturnValue(unsigned long rv, const char *function);

// An Error of this layer with a translated message.
Error makeError(const char *code, const QString &message, const QStringList &params = {});

} // namespace guichet::eid

#pragma once

// Token access goes through raw PKCS#11 (<p11-kit/pkcs11.h>) behind our own thin RAII wrapper
// (Module, Session) rather than libp11: the eID flow needs the token's PIN flags
// (CKF_USER_PIN_COUNT_LOW / FINAL_TRY / LOCKED), CKF_PROTECTED_AUTHENTICATION_PATH (pinpad
// readers log in with a NULL PIN), C_WaitForSlotEvent and CKM_ECDSA's raw r‖s signature, and
// libp11 hides all four. The PKCS#11 header stays out of these public headers.

#include "pkcs11error.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace guichet::eid {

using SlotId = unsigned long;

// What the token says about its user PIN, most severe first in the flags' order.
enum class PinState
{
    Ok,
    CountLow,       // at least one wrong try since the last right one
    FinalTry,       // one more wrong PIN blocks the card
    Locked,         // blocked: only the PUK helps
    NotInitialized, // the token or its user PIN was never set up
};

// "ok", "count-low", "final-try", "locked", "not-initialized" (used in JSON).
QString pinStateName(PinState state);

struct ModuleInfo
{
    QString description;
    QString manufacturer;
    QString cryptokiVersion; // "2.40"
    QString libraryVersion;
};

struct SlotInfo
{
    SlotId id = 0;
    QString description;
    QString manufacturer;
    bool tokenPresent = false;
    bool removableDevice = false;
    bool hardwareSlot = false;
};

struct TokenInfo
{
    SlotId slotId = 0;
    QString label; // trimmed of the padding spaces
    QString serialNumber;
    QString manufacturer;
    QString model;
    PinState pinState = PinState::Ok;
    bool initialized = false;
    bool loginRequired = false;
    bool protectedAuthenticationPath = false; // PIN typed on the reader's pinpad
    int minPinLength = 0;
    int maxPinLength = 0;
};

// One loaded PKCS#11 module (a .so), initialised for multi-threaded use (CKF_OS_LOCKING_OK) and
// finalised when the last user lets go. A module is a process-wide singleton inside its library,
// so load() hands out the same Module for the same file while one is alive.
// Thread-safe: the module does its own locking; each Session stays on one thread.
class Module
{
public:
    // Loads and initialises the module at `path`. Error: module-load (params {path, reason}).
    static Expected<std::shared_ptr<Module>> load(const QString &path);

    ~Module();
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;

    QString path() const { return m_path; }
    ModuleInfo info() const;

    // Every slot (reader), with or without a token; never cache slot ids across card changes:
    // find tokens by label.
    Expected<QList<SlotInfo>> slotList() const;
    Expected<TokenInfo> tokenInfo(SlotId slot) const;
    // The tokens present now, in slot order.
    Expected<QList<TokenInfo>> tokens() const;
    // The first present token labelled `label`. Errors: token-not-found, pkcs11-error.
    Expected<TokenInfo> findToken(const QString &label) const;

    // C_WaitForSlotEvent. block=false returns nullopt when nothing happened. Errors:
    // events-not-supported (SoftHSM2), module-finalized (finalize() woke a blocking wait).
    Expected<std::optional<SlotId>> waitForSlotEvent(bool block) const;

    // Whether this process's C_Initialize was ours (not CKR_CRYPTOKI_ALREADY_INITIALIZED): only
    // then may finalize() end the module.
    bool ownsInitialization() const { return m_ownsInitialization; }
    // Ends the module early (C_Finalize), which wakes a thread blocked in waitForSlotEvent.
    // Every session of this module dies with it; a later load() starts afresh. Returns false
    // when the module cannot be finalised by us (see ownsInitialization()).
    bool finalize();
    bool isFinalized() const { return m_finalized.load(); }

    // For Session: the module's CK_FUNCTION_LIST (kept opaque so that <p11-kit/pkcs11.h> stays
    // out of this header).
    void *functionList() const { return m_functions; }

private:
    Module() = default;

    QString m_path;
    QString m_registryKey; // canonical path
    void *m_library = nullptr;
    void *m_functions = nullptr;
    bool m_ownsInitialization = false;
    std::atomic<bool> m_finalized{false};
};

} // namespace guichet::eid

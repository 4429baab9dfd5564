#include "pkcs11module.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <p11-kit/pkcs11.h>

#include <condition_variable>
#include <map>
#include <mutex>

#include <dlfcn.h>

namespace guichet::eid {

namespace {
CK_FUNCTION_LIST *functionsOf(const Module &module)
{
    return static_cast<CK_FUNCTION_LIST *>(module.functionList());
}

// PKCS#11 strings are fixed-size, space-padded and not terminated.
QString paddedString(const unsigned char *text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(size)).trimmed();
}

template<size_t N>
QString paddedString(const unsigned char (&text)[N])
{
    return paddedString(text, N);
}

QString versionString(const CK_VERSION &version)
{
    return QStringLiteral("%1.%2").arg(version.major).arg(version.minor, 2, 10, QLatin1Char('0'));
}

int pinLength(unsigned long value)
{
    if (value == CK_UNAVAILABLE_INFORMATION || value > 1024)
        return 0;
    return int(value);
}

// Modules alive in this process, by canonical path. A module whose last user is letting go
// stays listed (expired) until its C_Finalize is done, so that a new load() of the same file
// waits instead of racing the finalisation.
struct Registry
{
    std::mutex mutex;
    std::condition_variable released;
    std::map<QString, std::weak_ptr<Module>> modules;
};

Registry &registry()
{
    static Registry *instance = new Registry; // outlives static destructors of module users
    return *instance;
}

Error loadError(const QString &path, const QString &reason)
{
    return makeError(errc::ModuleLoad,
                     QCoreApplication::translate(
                         "guichet::eid", "The card reader software \"%1\" cannot be loaded: %2")
                         .arg(path, reason),
                     {path, reason});
}
} // namespace

QString pinStateName(PinState state)
{
    switch (state) {
    case PinState::Ok:
        return QStringLiteral("ok");
    case PinState::CountLow:
        return QStringLiteral("count-low");
    case PinState::FinalTry:
        return QStringLiteral("final-try");
    case PinState::Locked:
        return QStringLiteral("locked");
    case PinState::NotInitialized:
        return QStringLiteral("not-initialized");
    }
    return {};
}

Expected<std::shared_ptr<Module>> Module::load(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return loadError(path,
                         QCoreApplication::translate("guichet::eid", "the file does not exist"));
    const QString key = file.canonicalFilePath();

    Registry &reg = registry();
    std::unique_lock lock(reg.mutex);
    for (;;) {
        const auto it = reg.modules.find(key);
        if (it == reg.modules.end())
            break;
        if (std::shared_ptr<Module> alive = it->second.lock())
            return alive;
        reg.released.wait(lock); // its deleter is finalising it
    }

    // RTLD_NODELETE: some modules register atexit handlers or thread-local destructors that
    // must not outlive their code.
    void *library =
        dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!library)
        return loadError(path, QString::fromLocal8Bit(dlerror()));
    auto getFunctionList =
        reinterpret_cast<CK_C_GetFunctionList>(dlsym(library, "C_GetFunctionList"));
    if (!getFunctionList) {
        dlclose(library);
        return loadError(
            path, QCoreApplication::translate("guichet::eid",
                                              "it is not a PKCS#11 module (no C_GetFunctionList)"));
    }
    CK_FUNCTION_LIST_PTR functions = nullptr;
    CK_RV rv = getFunctionList(&functions);
    if (rv != CKR_OK || !functions) {
        dlclose(library);
        return loadError(path, returnValueName(rv));
    }

    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    rv = functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        dlclose(library);
        return loadError(path, QStringLiteral("C_Initialize: %1").arg(returnValueName(rv)));
    }

    std::shared_ptr<Module> module(new Module, [](Module *m) {
        Registry &r = registry();
        std::lock_guard guard(r.mutex);
        const QString key = m->m_registryKey;
        delete m;
        const auto it = r.modules.find(key);
        if (it != r.modules.end() && it->second.expired())
            r.modules.erase(it);
        r.released.notify_all();
    });
    module->m_path = path;
    module->m_registryKey = key;
    module->m_library = library;
    module->m_functions = functions;
    module->m_ownsInitialization = rv == CKR_OK;
    reg.modules[key] = module;
    qCDebug(lcEid) << "loaded PKCS#11 module" << path
                   << (module->m_ownsInitialization ? "" : "(already initialised in this process)");
    return module;
}

Module::~Module()
{
    if (m_ownsInitialization && !m_finalized.exchange(true))
        functionsOf(*this)->C_Finalize(nullptr);
    if (m_library)
        dlclose(m_library);
}

bool Module::finalize()
{
    if (!m_ownsInitialization)
        return false;
    {
        // A later load() of the same file must get a fresh, initialised module.
        Registry &reg = registry();
        std::lock_guard guard(reg.mutex);
        const auto it = reg.modules.find(m_registryKey);
        if (it != reg.modules.end() && it->second.lock().get() == this)
            reg.modules.erase(it);
    }
    if (!m_finalized.exchange(true))
        functionsOf(*this)->C_Finalize(nullptr);
    return true;
}

ModuleInfo Module::info() const
{
    CK_INFO raw{};
    ModuleInfo info;
    if (functionsOf(*this)->C_GetInfo(&raw) != CKR_OK)
        return info;
    info.description = paddedString(raw.libraryDescription);
    info.manufacturer = paddedString(raw.manufacturerID);
    info.cryptokiVersion = versionString(raw.cryptokiVersion);
    info.libraryVersion = versionString(raw.libraryVersion);
    return info;
}

Expected<QList<SlotInfo>> Module::slotList() const
{
    // The list may grow between the two calls when a reader is plugged in.
    std::vector<CK_SLOT_ID> ids;
    CK_RV rv = CKR_BUFFER_TOO_SMALL;
    while (rv == CKR_BUFFER_TOO_SMALL) {
        CK_ULONG count = 0;
        rv = functionsOf(*this)->C_GetSlotList(CK_FALSE, nullptr, &count);
        if (rv != CKR_OK)
            return errorFromReturnValue(rv, "C_GetSlotList");
        ids.resize(count);
        if (count == 0)
            break;
        rv = functionsOf(*this)->C_GetSlotList(CK_FALSE, ids.data(), &count);
        ids.resize(count);
    }
    if (rv != CKR_OK)
        return errorFromReturnValue(rv, "C_GetSlotList");

    QList<SlotInfo> slotInfos;
    for (CK_SLOT_ID id : ids) {
        CK_SLOT_INFO raw{};
        rv = functionsOf(*this)->C_GetSlotInfo(id, &raw);
        if (rv == CKR_SLOT_ID_INVALID || rv == CKR_DEVICE_REMOVED)
            continue; // the reader went away meanwhile
        if (rv != CKR_OK)
            return errorFromReturnValue(rv, "C_GetSlotInfo");
        SlotInfo info;
        info.id = id;
        info.description = paddedString(raw.slotDescription);
        info.manufacturer = paddedString(raw.manufacturerID);
        info.tokenPresent = raw.flags & CKF_TOKEN_PRESENT;
        info.removableDevice = raw.flags & CKF_REMOVABLE_DEVICE;
        info.hardwareSlot = raw.flags & CKF_HW_SLOT;
        slotInfos.append(info);
    }
    return slotInfos;
}

Expected<TokenInfo> Module::tokenInfo(SlotId slot) const
{
    CK_TOKEN_INFO raw{};
    const CK_RV rv = functionsOf(*this)->C_GetTokenInfo(slot, &raw);
    if (rv != CKR_OK)
        return errorFromReturnValue(rv, "C_GetTokenInfo");
    TokenInfo info;
    info.slotId = slot;
    info.label = paddedString(raw.label);
    info.serialNumber = paddedString(raw.serialNumber);
    info.manufacturer = paddedString(raw.manufacturerID);
    info.model = paddedString(raw.model);
    info.initialized = raw.flags & CKF_TOKEN_INITIALIZED;
    info.loginRequired = raw.flags & CKF_LOGIN_REQUIRED;
    info.protectedAuthenticationPath = raw.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    info.minPinLength = pinLength(raw.ulMinPinLen);
    info.maxPinLength = pinLength(raw.ulMaxPinLen);
    if (!info.initialized || !(raw.flags & CKF_USER_PIN_INITIALIZED))
        info.pinState = PinState::NotInitialized;
    else if (raw.flags & CKF_USER_PIN_LOCKED)
        info.pinState = PinState::Locked;
    else if (raw.flags & CKF_USER_PIN_FINAL_TRY)
        info.pinState = PinState::FinalTry;
    else if (raw.flags & CKF_USER_PIN_COUNT_LOW)
        info.pinState = PinState::CountLow;
    return info;
}

Expected<QList<TokenInfo>> Module::tokens() const
{
    const Expected<QList<SlotInfo>> all = slotList();
    if (!all)
        return all.error();
    QList<TokenInfo> present;
    for (const SlotInfo &slot : *all) {
        if (!slot.tokenPresent)
            continue;
        Expected<TokenInfo> token = tokenInfo(slot.id);
        if (token)
            present.append(std::move(token).value());
        else if (token.error().code != QLatin1String(errc::CardRemoved))
            return token.error();
    }
    return present;
}

Expected<TokenInfo> Module::findToken(const QString &label) const
{
    Expected<QList<TokenInfo>> present = tokens();
    if (!present)
        return present.error();
    for (const TokenInfo &token : *present) {
        if (token.label == label)
            return token;
    }
    return makeError(
        errc::TokenNotFound,
        QCoreApplication::translate("guichet::eid",
                                    "No card labelled \"%1\" is in a reader. Insert your eID card.")
            .arg(label),
        {label});
}

Expected<std::optional<SlotId>> Module::waitForSlotEvent(bool block) const
{
    if (m_finalized)
        return errorFromReturnValue(CKR_CRYPTOKI_NOT_INITIALIZED, "C_WaitForSlotEvent");
    CK_SLOT_ID slot = 0;
    const CK_RV rv =
        functionsOf(*this)->C_WaitForSlotEvent(block ? 0 : CKF_DONT_BLOCK, &slot, nullptr);
    switch (rv) {
    case CKR_OK:
        return std::optional<SlotId>(slot);
    case CKR_NO_EVENT:
        return std::optional<SlotId>();
    case CKR_FUNCTION_NOT_SUPPORTED:
        return makeError(
            errc::EventsNotSupported,
            QCoreApplication::translate("guichet::eid",
                                        "The card reader software does not report card events."),
            {QStringLiteral("C_WaitForSlotEvent"), returnValueName(rv)});
    default:
        return errorFromReturnValue(rv, "C_WaitForSlotEvent");
    }
}

} // namespace guichet::eid

// p11wrap: a PKCS#11 test double for the card behaviour SoftHSM2 cannot simulate (PLATFORM.md §5:
// SoftHSM2 2.6 counts no PIN tries, never locks, has no protected authentication path and no
// card-removal events). It wraps a real token: every call goes to SoftHSM2
// (/usr/lib/softhsm/libsofthsm2.so, or the module in GUICHET_P11WRAP_TARGET), and only the
// behaviour below is added on top, driven by a key=value state file named by
// GUICHET_P11WRAP_STATE and re-read on every call (so separate processes share it):
//
//   tries=N            wrong user PINs since the last right one (written back by C_Login).
//                      1 -> CKF_USER_PIN_COUNT_LOW, 2 -> CKF_USER_PIN_FINAL_TRY, 3 -> the third
//                      wrong PIN and every later login get CKR_PIN_LOCKED (CKF_USER_PIN_LOCKED).
//   protected=1        CKF_PROTECTED_AUTHENTICATION_PATH; C_Login(NULL) "types" pinpad_pin on
//                      the reader after pinpad_delay_ms, or returns CKR_FUNCTION_CANCELED after
//                      that delay when pinpad_cancel=1.
//   present=0          the card is out: no token in any slot, C_OpenSession/C_GetTokenInfo get
//                      CKR_TOKEN_NOT_PRESENT, sessions opened before get CKR_DEVICE_REMOVED (and
//                      CKR_SESSION_HANDLE_INVALID once the card is back).
//   readers=0          no slot at all (the reader is unplugged).
//   events=0           C_WaitForSlotEvent returns CKR_FUNCTION_NOT_SUPPORTED; otherwise it
//                      reports each change of `present` (blocking: polls the file, and
//                      C_Finalize wakes it).
//   hide_mechanisms=0x40,0x43   mechanisms the token pretends not to have.
//   min_pin=4 max_pin=12        override the PIN lengths the token reports.
//
// Plain C++ (no Qt): it is loaded into the tests' processes and into guichet-cli.
#include <p11-kit/pkcs11.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <dlfcn.h>
#include <unistd.h>

namespace {

struct State
{
    std::map<std::string, std::string> values;

    std::string text(const std::string &key, const std::string &fallback = {}) const
    {
        const auto it = values.find(key);
        return it == values.end() ? fallback : it->second;
    }
    long number(const std::string &key, long fallback) const
    {
        const auto it = values.find(key);
        if (it == values.end() || it->second.empty())
            return fallback;
        return std::strtol(it->second.c_str(), nullptr, 0);
    }
    bool flag(const std::string &key, bool fallback) const { return number(key, fallback) != 0; }

    int tries() const { return int(number("tries", 0)); }
    bool present() const { return flag("present", true); }
    bool readers() const { return flag("readers", true); }
    bool events() const { return flag("events", true); }
    bool protectedPath() const { return flag("protected", false); }
    bool mechanismHidden(CK_MECHANISM_TYPE mechanism) const
    {
        std::stringstream list(text("hide_mechanisms"));
        std::string item;
        while (std::getline(list, item, ',')) {
            if (!item.empty() &&
                CK_MECHANISM_TYPE(std::strtoul(item.c_str(), nullptr, 0)) == mechanism)
                return true;
        }
        return false;
    }
};

constexpr int LockAfter = 3;

std::string statePath()
{
    const char *path = std::getenv("GUICHET_P11WRAP_STATE");
    return path ? std::string(path) : std::string();
}

State readState()
{
    State state;
    const std::string path = statePath();
    if (path.empty())
        return state;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        auto trim = [](std::string s) {
            const auto b = s.find_first_not_of(" \t\r");
            const auto e = s.find_last_not_of(" \t\r");
            return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
        };
        state.values[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    }
    return state;
}

// Atomic for readers in other processes: write a sibling file, then rename it over.
void writeState(const State &state)
{
    const std::string path = statePath();
    if (path.empty())
        return;
    const std::string temporary = path + ".p11wrap." + std::to_string(getpid());
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const auto &[key, value] : state.values)
            out << key << '=' << value << '\n';
    }
    std::rename(temporary.c_str(), path.c_str());
}

struct Wrapper
{
    std::mutex mutex;
    std::condition_variable wake;
    CK_FUNCTION_LIST *target = nullptr;
    CK_FUNCTION_LIST list{};
    bool initialized = false;
    bool ownsTarget = false;
    bool finalizing = false;
    int waiters = 0;
    bool lastPresent = true;     // for removal: kills the sessions open at that moment
    bool reportedPresent = true; // for C_WaitForSlotEvent
    std::set<CK_SESSION_HANDLE> open;
    std::set<CK_SESSION_HANDLE> dead;
};

Wrapper &wrapper()
{
    static Wrapper *instance = new Wrapper; // never destroyed: modules outlive static destructors
    return *instance;
}

// Reads the state and applies a card removal seen since the last call. Call with the lock held.
State observe(Wrapper &w)
{
    State state = readState();
    if (!state.present() && w.lastPresent) {
        for (CK_SESSION_HANDLE handle : w.open) {
            w.target->C_CloseSession(handle);
            w.dead.insert(handle);
        }
        w.open.clear();
    }
    w.lastPresent = state.present();
    return state;
}

CK_RV checkSession(CK_SESSION_HANDLE session)
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    const State state = observe(w);
    if (w.dead.count(session))
        return state.present() ? CKR_SESSION_HANDLE_INVALID : CKR_DEVICE_REMOVED;
    if (!state.present())
        return CKR_DEVICE_REMOVED;
    return CKR_OK;
}

CK_RV wrapInitialize(void *args)
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    if (w.initialized)
        return CKR_CRYPTOKI_ALREADY_INITIALIZED;
    const CK_RV rv = w.target->C_Initialize(args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return rv;
    // Another user of the same SoftHSM2 in this process keeps it alive; only our own
    // initialisation is ours to finalise.
    w.ownsTarget = rv == CKR_OK;
    w.initialized = true;
    w.finalizing = false;
    const State state = readState();
    w.lastPresent = w.reportedPresent = state.present();
    return CKR_OK;
}

CK_RV wrapFinalize(void *reserved)
{
    Wrapper &w = wrapper();
    std::unique_lock lock(w.mutex);
    if (!w.initialized)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    w.finalizing = true;
    w.wake.notify_all();
    w.wake.wait(lock, [&w] { return w.waiters == 0; });
    for (CK_SESSION_HANDLE handle : w.open)
        w.target->C_CloseSession(handle);
    w.open.clear();
    w.dead.clear();
    w.initialized = false;
    return w.ownsTarget ? w.target->C_Finalize(reserved) : CKR_OK;
}

CK_RV wrapGetInfo(CK_INFO *info)
{
    const CK_RV rv = wrapper().target->C_GetInfo(info);
    if (rv == CKR_OK && info) {
        static const char description[] = "Guichet p11wrap over SoftHSM2";
        std::memset(info->libraryDescription, ' ', sizeof info->libraryDescription);
        std::memcpy(info->libraryDescription, description, sizeof description - 1);
    }
    return rv;
}

CK_RV wrapGetSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID *slots, CK_ULONG *count)
{
    Wrapper &w = wrapper();
    State state;
    {
        std::lock_guard lock(w.mutex);
        state = observe(w);
    }
    if (!count)
        return CKR_ARGUMENTS_BAD;
    if (!state.readers() || (tokenPresent && !state.present())) {
        *count = 0;
        return CKR_OK;
    }
    return w.target->C_GetSlotList(tokenPresent, slots, count);
}

CK_RV wrapGetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO *info)
{
    Wrapper &w = wrapper();
    State state;
    {
        std::lock_guard lock(w.mutex);
        state = observe(w);
    }
    if (!state.readers())
        return CKR_SLOT_ID_INVALID;
    const CK_RV rv = w.target->C_GetSlotInfo(slot, info);
    if (rv == CKR_OK && info) {
        info->flags |= CKF_REMOVABLE_DEVICE;
        if (!state.present())
            info->flags &= ~CKF_TOKEN_PRESENT;
    }
    return rv;
}

CK_RV wrapGetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO *info)
{
    Wrapper &w = wrapper();
    State state;
    {
        std::lock_guard lock(w.mutex);
        state = observe(w);
    }
    if (!state.readers())
        return CKR_SLOT_ID_INVALID;
    if (!state.present())
        return CKR_TOKEN_NOT_PRESENT;
    const CK_RV rv = w.target->C_GetTokenInfo(slot, info);
    if (rv != CKR_OK || !info)
        return rv;
    info->flags &= ~(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED);
    const int tries = state.tries();
    if (tries >= LockAfter)
        info->flags |= CKF_USER_PIN_LOCKED;
    else if (tries == LockAfter - 1)
        info->flags |= CKF_USER_PIN_FINAL_TRY;
    else if (tries > 0)
        info->flags |= CKF_USER_PIN_COUNT_LOW;
    if (state.protectedPath())
        info->flags |= CKF_PROTECTED_AUTHENTICATION_PATH;
    info->ulMinPinLen = CK_ULONG(state.number("min_pin", long(info->ulMinPinLen)));
    info->ulMaxPinLen = CK_ULONG(state.number("max_pin", long(info->ulMaxPinLen)));
    return CKR_OK;
}

CK_RV wrapWaitForSlotEvent(CK_FLAGS flags, CK_SLOT_ID *slot, void *reserved)
{
    (void)reserved;
    Wrapper &w = wrapper();
    std::unique_lock lock(w.mutex);
    if (!w.initialized || w.finalizing)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    ++w.waiters;
    CK_RV rv = CKR_NO_EVENT;
    for (;;) {
        const State state = observe(w);
        if (!state.events()) {
            rv = CKR_FUNCTION_NOT_SUPPORTED;
            break;
        }
        if (state.present() != w.reportedPresent) {
            w.reportedPresent = state.present();
            CK_ULONG count = 0;
            std::vector<CK_SLOT_ID> slots;
            if (w.target->C_GetSlotList(CK_FALSE, nullptr, &count) == CKR_OK && count > 0) {
                slots.resize(count);
                w.target->C_GetSlotList(CK_FALSE, slots.data(), &count);
            }
            if (slot)
                *slot = slots.empty() ? 0 : slots.front();
            rv = CKR_OK;
            break;
        }
        if (flags & CKF_DONT_BLOCK) {
            rv = CKR_NO_EVENT;
            break;
        }
        w.wake.wait_for(lock, std::chrono::milliseconds(20));
        if (w.finalizing) {
            rv = CKR_CRYPTOKI_NOT_INITIALIZED;
            break;
        }
    }
    --w.waiters;
    w.wake.notify_all();
    return rv;
}

CK_RV wrapGetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE *mechanisms, CK_ULONG *count)
{
    Wrapper &w = wrapper();
    if (!count)
        return CKR_ARGUMENTS_BAD;
    const State state = readState();
    CK_ULONG all = 0;
    CK_RV rv = w.target->C_GetMechanismList(slot, nullptr, &all);
    if (rv != CKR_OK)
        return rv;
    std::vector<CK_MECHANISM_TYPE> list(all);
    rv = w.target->C_GetMechanismList(slot, list.data(), &all);
    if (rv != CKR_OK)
        return rv;
    list.resize(all);
    std::vector<CK_MECHANISM_TYPE> shown;
    for (CK_MECHANISM_TYPE mechanism : list) {
        if (!state.mechanismHidden(mechanism))
            shown.push_back(mechanism);
    }
    if (!mechanisms) {
        *count = CK_ULONG(shown.size());
        return CKR_OK;
    }
    if (*count < shown.size()) {
        *count = CK_ULONG(shown.size());
        return CKR_BUFFER_TOO_SMALL;
    }
    std::copy(shown.begin(), shown.end(), mechanisms);
    *count = CK_ULONG(shown.size());
    return CKR_OK;
}

CK_RV wrapOpenSession(CK_SLOT_ID slot, CK_FLAGS flags, void *application, CK_NOTIFY notify,
                      CK_SESSION_HANDLE *session)
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    const State state = observe(w);
    if (!state.readers())
        return CKR_SLOT_ID_INVALID;
    if (!state.present())
        return CKR_TOKEN_NOT_PRESENT;
    const CK_RV rv = w.target->C_OpenSession(slot, flags, application, notify, session);
    if (rv == CKR_OK && session) {
        w.dead.erase(*session); // the module reuses handle numbers
        w.open.insert(*session);
    }
    return rv;
}

CK_RV wrapCloseSession(CK_SESSION_HANDLE session)
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    if (w.dead.erase(session))
        return CKR_SESSION_HANDLE_INVALID;
    w.open.erase(session);
    return w.target->C_CloseSession(session);
}

CK_RV wrapCloseAllSessions(CK_SLOT_ID slot)
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    w.open.clear();
    w.dead.clear();
    return w.target->C_CloseAllSessions(slot);
}

// Sleeps in short steps so that C_Finalize is not held up by a simulated pinpad.
void pinpadWait(long milliseconds)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (std::chrono::steady_clock::now() < end) {
        {
            Wrapper &w = wrapper();
            std::lock_guard lock(w.mutex);
            if (w.finalizing)
                return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

CK_RV wrapLogin(CK_SESSION_HANDLE session, CK_USER_TYPE userType, CK_UTF8CHAR *pin, CK_ULONG length)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    Wrapper &w = wrapper();
    if (userType != CKU_USER)
        return w.target->C_Login(session, userType, pin, length);

    State state = readState();
    if (state.tries() >= LockAfter)
        return CKR_PIN_LOCKED;
    std::string typed;
    if (!pin && state.protectedPath()) {
        pinpadWait(state.number("pinpad_delay_ms", 0));
        state = readState();
        if (state.flag("pinpad_cancel", false))
            return CKR_FUNCTION_CANCELED;
        typed = state.text("pinpad_pin");
        pin = reinterpret_cast<CK_UTF8CHAR *>(typed.data());
        length = CK_ULONG(typed.size());
    }
    const CK_RV rv = w.target->C_Login(session, userType, pin, length);

    std::lock_guard lock(w.mutex);
    state = readState();
    if (rv == CKR_PIN_INCORRECT) {
        const int tries = state.tries() + 1;
        state.values["tries"] = std::to_string(tries);
        writeState(state);
        return tries >= LockAfter ? CKR_PIN_LOCKED : CKR_PIN_INCORRECT;
    }
    if (rv == CKR_OK && state.tries() != 0) {
        state.values["tries"] = std::to_string(0); // not "0": GCC 12 -O3 warns falsely (-Wrestrict)
        writeState(state);
    }
    return rv;
}

CK_RV wrapLogout(CK_SESSION_HANDLE session)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_Logout(session);
}

CK_RV wrapGetSessionInfo(CK_SESSION_HANDLE session, CK_SESSION_INFO *info)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_GetSessionInfo(session, info);
}

CK_RV wrapFindObjectsInit(CK_SESSION_HANDLE session, CK_ATTRIBUTE *templ, CK_ULONG count)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_FindObjectsInit(session, templ, count);
}

CK_RV wrapFindObjects(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE *objects, CK_ULONG max,
                      CK_ULONG *count)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_FindObjects(session, objects, max, count);
}

CK_RV wrapFindObjectsFinal(CK_SESSION_HANDLE session)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_FindObjectsFinal(session);
}

CK_RV wrapGetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE *templ,
                            CK_ULONG count)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_GetAttributeValue(session, object, templ, count);
}

CK_RV wrapSignInit(CK_SESSION_HANDLE session, CK_MECHANISM *mechanism, CK_OBJECT_HANDLE key)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    if (mechanism && readState().mechanismHidden(mechanism->mechanism))
        return CKR_MECHANISM_INVALID;
    return wrapper().target->C_SignInit(session, mechanism, key);
}

CK_RV wrapSign(CK_SESSION_HANDLE session, CK_BYTE *data, CK_ULONG length, CK_BYTE *signature,
               CK_ULONG *signatureLength)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_Sign(session, data, length, signature, signatureLength);
}

CK_RV wrapGenerateKeyPair(CK_SESSION_HANDLE session, CK_MECHANISM *mechanism,
                          CK_ATTRIBUTE *publicTemplate, CK_ULONG publicCount,
                          CK_ATTRIBUTE *privateTemplate, CK_ULONG privateCount,
                          CK_OBJECT_HANDLE *publicKey, CK_OBJECT_HANDLE *privateKey)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_GenerateKeyPair(session, mechanism, publicTemplate, publicCount,
                                               privateTemplate, privateCount, publicKey,
                                               privateKey);
}

CK_RV wrapCreateObject(CK_SESSION_HANDLE session, CK_ATTRIBUTE *templ, CK_ULONG count,
                       CK_OBJECT_HANDLE *object)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_CreateObject(session, templ, count, object);
}

CK_RV wrapDestroyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object)
{
    if (const CK_RV rv = checkSession(session); rv != CKR_OK)
        return rv;
    return wrapper().target->C_DestroyObject(session, object);
}

CK_RV loadTarget()
{
    Wrapper &w = wrapper();
    std::lock_guard lock(w.mutex);
    if (w.target)
        return CKR_OK;
    const char *path = std::getenv("GUICHET_P11WRAP_TARGET");
    if (!path || !*path)
        path = "/usr/lib/softhsm/libsofthsm2.so";
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!library)
        return CKR_GENERAL_ERROR;
    auto getFunctionList =
        reinterpret_cast<CK_C_GetFunctionList>(dlsym(library, "C_GetFunctionList"));
    CK_FUNCTION_LIST *target = nullptr;
    if (!getFunctionList || getFunctionList(&target) != CKR_OK || !target)
        return CKR_GENERAL_ERROR;

    w.target = target;
    w.list = *target;
    w.list.C_Initialize = wrapInitialize;
    w.list.C_Finalize = wrapFinalize;
    w.list.C_GetInfo = wrapGetInfo;
    w.list.C_GetSlotList = wrapGetSlotList;
    w.list.C_GetSlotInfo = wrapGetSlotInfo;
    w.list.C_GetTokenInfo = wrapGetTokenInfo;
    w.list.C_WaitForSlotEvent = wrapWaitForSlotEvent;
    w.list.C_GetMechanismList = wrapGetMechanismList;
    w.list.C_OpenSession = wrapOpenSession;
    w.list.C_CloseSession = wrapCloseSession;
    w.list.C_CloseAllSessions = wrapCloseAllSessions;
    w.list.C_GetSessionInfo = wrapGetSessionInfo;
    w.list.C_Login = wrapLogin;
    w.list.C_Logout = wrapLogout;
    w.list.C_FindObjectsInit = wrapFindObjectsInit;
    w.list.C_FindObjects = wrapFindObjects;
    w.list.C_FindObjectsFinal = wrapFindObjectsFinal;
    w.list.C_GetAttributeValue = wrapGetAttributeValue;
    w.list.C_SignInit = wrapSignInit;
    w.list.C_Sign = wrapSign;
    w.list.C_GenerateKeyPair = wrapGenerateKeyPair;
    w.list.C_CreateObject = wrapCreateObject;
    w.list.C_DestroyObject = wrapDestroyObject;
    w.list.C_GetFunctionList = C_GetFunctionList;
    return CKR_OK;
}

} // namespace

extern "C" __attribute__((visibility("default"))) CK_RV C_GetFunctionList(CK_FUNCTION_LIST **list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    if (const CK_RV rv = loadTarget(); rv != CKR_OK)
        return rv;
    *list = &wrapper().list;
    return CKR_OK;
}

#include "eidcontroller.h"

#include "core/datadir.h"
#include "core/drafts/secretkey.h"
#include "core/eid/modulefinder.h"
#include "core/eid/pkcs11session.h"
#include "core/eid/signin.h"
#include "core/eid/tokenwatcher.h"
#include "core/i18n.h"
#include "core/logging.h"
#include "core/sync/outbox.h"
#include "ui/appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

#include <openssl/crypto.h>

namespace guichet::ui {

namespace {

// The PIN on its way to the worker. Whatever happens to the job that carries it (run, dropped
// at shutdown), the bytes are overwritten before the memory is released.
struct Secret
{
    explicit Secret(QByteArray pin) : bytes(std::move(pin)) {}
    ~Secret()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    QByteArray bytes;
};

eid::PinState pinStateFromName(const QString &name)
{
    for (eid::PinState state : {eid::PinState::CountLow, eid::PinState::FinalTry,
                                eid::PinState::Locked, eid::PinState::NotInitialized}) {
        if (eid::pinStateName(state) == name)
            return state;
    }
    return eid::PinState::Ok;
}

// Who the portal says signed in, in words: its display name, else the card's.
QString holderNameOf(const QJsonObject &identity, const eid::CertificateInfo &certificate)
{
    const QString name = identity.value(QLatin1String("name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    const QString parts = QStringLiteral("%1 %2")
                              .arg(identity.value(QLatin1String("givenName")).toString(),
                                   identity.value(QLatin1String("surname")).toString())
                              .trimmed();
    return parts.isEmpty() ? certificate.holderName() : parts;
}

} // namespace

// Lives on the controller's worker thread and owns everything that talks to the card or the
// portal. Jobs run one at a time: PortalClient::requestSync spins a local event loop, and a job
// posted meanwhile (a sign-out when the card goes) must wait until the running one is done
// rather than pull its session away.
class EidWorker : public QObject
{
public:
    EidWorker(EidController::Config config, EidController *controller, int generation)
        : m_config(std::move(config)), m_controller(controller), m_generation(generation)
    {}

    // From any thread.
    void post(std::function<void(EidWorker &)> job)
    {
        QMetaObject::invokeMethod(
            this,
            [this, job = std::move(job)] {
                if (m_shutDown)
                    return;
                m_queue.push_back(job);
                drain();
            },
            Qt::QueuedConnection);
    }

    // A sign-in the UI gave up on: a late success is signed out at once.
    std::atomic<int> m_cancelledAttempt{-1};

    void start()
    {
        if (m_config.modulePath.isEmpty()) {
            report([](EidController &c) {
                c.onModule(EidController::tr("No eID software (PKCS#11 module) was found."));
            });
            return;
        }
        auto module = eid::Module::load(m_config.modulePath);
        if (!module) {
            const QString message = module.error().message;
            report([message](EidController &c) { c.onModule(message); });
            return;
        }
        m_module = *module;
        report([](EidController &c) { c.onModule(QString()); });
        m_watcher = new eid::TokenWatcher(m_module, this);
        m_watcher->setTokenLabel(m_config.tokenLabel);
        m_watcher->setPollInterval(m_config.pollInterval);
        QObject::connect(m_watcher, &eid::TokenWatcher::stateChanged, this,
                         [this](eid::TokenWatcher::State state, const QString &) {
                             EidController::State cardState = EidController::State::NoReader;
                             if (state == eid::TokenWatcher::State::NoCard)
                                 cardState = EidController::State::NoCard;
                             else if (state == eid::TokenWatcher::State::CardPresent)
                                 cardState = EidController::State::CardPresent;
                             report([cardState](EidController &c) { c.onCardState(cardState); });
                         });
        m_watcher->start();
    }

    void readToken(int attempt)
    {
        if (!m_module) {
            failure(attempt, Error{QStringLiteral("no-module"),
                                   EidController::tr("No eID software (PKCS#11 module) was found."),
                                   {}});
            return;
        }
        const Expected<eid::TokenInfo> token = m_module->findToken(m_config.tokenLabel);
        if (!token) {
            failure(attempt, token.error());
            return;
        }
        PinRequest request;
        request.pinState = token->pinState;
        request.pinpad = token->protectedAuthenticationPath;
        if (token->minPinLength > 0)
            request.minLength = token->minPinLength;
        if (token->maxPinLength > 0)
            request.maxLength = qMax(request.minLength, token->maxPinLength);
        report([attempt, request](EidController &c) { c.onToken(attempt, request); });
    }

    void signIn(int attempt, const std::shared_ptr<Secret> &pin)
    {
        if (!m_module) {
            pin->bytes.clear();
            failure(attempt, Error{QStringLiteral("no-module"),
                                   EidController::tr("No eID software (PKCS#11 module) was found."),
                                   {}});
            return;
        }
        signOut();
        auto session = eid::Session::open(m_module, m_config.tokenLabel);
        if (!session) {
            failure(attempt, session.error());
            return;
        }
        m_session = std::move(*session);
        m_session->setPinpadTimeout(m_config.pinpadTimeout);
        // Session::login wipes the buffer it is given; moving keeps it the only copy.
        const eid::Outcome login = m_session->login(std::move(pin->bytes));
        if (!login) {
            eid::PinState state = eid::PinState::Ok;
            if (login.error().code == QLatin1String(eid::errc::PinIncorrect))
                state = pinStateFromName(login.error().params.value(2));
            else if (login.error().code == QLatin1String(eid::errc::PinLocked))
                state = eid::PinState::Locked;
            m_session.reset();
            failure(attempt, login.error(), state);
            return;
        }
        if (m_cancelledAttempt.load() == attempt) {
            signOut();
            return; // the controller has moved on
        }

        if (!m_client)
            m_client = std::make_unique<api::PortalClient>(m_config.portal);
        auto result = eid::signIn(*m_client, *m_session, m_config.cardCaPems);
        if (!result) {
            signOut();
            failure(attempt, result.error());
            return;
        }
        if (m_cancelledAttempt.load() == attempt) {
            signOut();
            return;
        }
        const QJsonObject identity = result->identity;
        m_declarant = identity.value(QLatin1String("nationalNumber")).toString();
        const QString holder = holderNameOf(identity, result->certificate);
        const QDateTime expiresAt = result->expiresAt;
        // The client keeps the token; this copy goes.
        result->accessToken.fill('\0');
        result->accessToken.clear();
        report([=](EidController &c) { c.onSignedIn(attempt, identity, holder, expiresAt); });
    }

    // Renews the portal session with the card. A portal that does not answer ends nothing:
    // the card stays logged in and the controller tries again later.
    bool reauthenticate()
    {
        if (!m_session || !m_client || !m_session->isLoggedIn()) {
            const Error error{QString::fromLatin1(eid::errc::NotLoggedIn),
                              EidController::tr("The card is no longer signed in."),
                              {}};
            report([error](EidController &c) { c.onRenewFailed(error, false); });
            return false;
        }
        auto result = eid::signIn(*m_client, *m_session, m_config.cardCaPems);
        if (!result) {
            const Error error = result.error();
            const bool transient = isTransportError(error.code);
            if (!transient)
                signOut();
            report([error, transient](EidController &c) { c.onRenewFailed(error, transient); });
            return false;
        }
        result->accessToken.fill('\0');
        const QDateTime expiresAt = result->expiresAt;
        report([expiresAt](EidController &c) { c.onRenewed(expiresAt); });
        return true;
    }

    static bool isTransportError(const QString &code)
    {
        return code == QLatin1String("unreachable") || code == QLatin1String("timeout") ||
               code == QLatin1String("network");
    }

    void startOutbox(const QString &dataDir, const QString &owner, const drafts::DataKey &key,
                     const sync::OutboxWorker::Settings &settings)
    {
        stopOutbox();
        if (!m_client || !m_client->hasAccessToken()) {
            const Error error = api::PortalAccess::notSignedIn();
            report([error](EidController &c) { emit c.outboxFailed(error); });
            return;
        }
        auto outbox = sync::Outbox::open(dataDir, owner, key);
        if (!outbox) {
            const Error error = outbox.error();
            report([error](EidController &c) { emit c.outboxFailed(error); });
            return;
        }
        m_outbox = std::move(*outbox);
        m_outboxWorker =
            std::make_unique<sync::OutboxWorker>(*m_outbox, *m_client, m_declarant, settings);
        sync::OutboxWorker *worker = m_outboxWorker.get();
        QObject::connect(
            worker, &sync::OutboxWorker::itemChanged, worker,
            [this](const QString &id, sync::OutboxState state) {
                report([id, state](EidController &c) { emit c.outboxItemChanged(id, state); });
            });
        QObject::connect(
            worker, &sync::OutboxWorker::resultArrived, worker,
            [this](const QString &id, sync::OutboxState state) {
                report([id, state](EidController &c) { emit c.outboxResultArrived(id, state); });
            });
        QObject::connect(worker, &sync::OutboxWorker::onlineChanged, worker, [this](bool online) {
            report([online](EidController &c) { c.onOnline(online); });
        });
        QObject::connect(worker, &sync::OutboxWorker::storageFailed, worker,
                         [this](const Error &error) {
                             report([error](EidController &c) { emit c.outboxFailed(error); });
                         });
        // The access token expired (or the portal forgot it): the card, still logged in, signs
        // in again without the PIN, and the worker goes on.
        QObject::connect(worker, &sync::OutboxWorker::signInNeeded, worker, [this] {
            if (reauthenticate() && m_outboxWorker)
                m_outboxWorker->resume();
        });
        worker->start();
    }

    void stopOutbox()
    {
        m_outboxWorker.reset(); // answers still in flight are dropped; their items stay claimed
        m_outbox.reset();       // and are sent again, with their key, by the next worker
    }

    void wakeOutbox()
    {
        if (m_outboxWorker)
            m_outboxWorker->wake();
    }

    // Forgets the access token and logs the card out.
    void signOut()
    {
        stopOutbox();
        drafts::wipe(m_declarant);
        m_declarant.clear();
        if (m_client)
            m_client->clearAccessToken();
        if (m_session) {
            (void)m_session->logout();
            m_session.reset();
        }
    }

    // One request with the signed-in client; the answer goes to `context` on its thread.
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &headers, QPointer<QObject> context,
                 api::PortalAccess::Callback done)
    {
        // The guard is only looked at on the controller's (UI) thread.
        EidController *controller = m_controller;
        auto deliver = [controller, context,
                        done = std::move(done)](const Expected<api::Reply> &reply) {
            QMetaObject::invokeMethod(
                controller,
                [context, done, reply] {
                    if (context)
                        done(reply);
                },
                Qt::QueuedConnection);
        };
        if (!m_client || !m_client->hasAccessToken()) {
            deliver(api::PortalAccess::notSignedIn());
            return;
        }
        m_client->request(method, path, body, headers, std::move(deliver));
    }

    // The card is gone: its session handle is dead, but the portal session may live on.
    void dropSession() { m_session.reset(); }

    void shutdown()
    {
        signOut();
        m_queue.clear();
        m_shutDown = true;
        delete m_watcher; // joins the watcher's thread
        m_watcher = nullptr;
        m_client.reset();
        m_module.reset(); // the last user: C_Finalize runs here, on this thread
        // So that the controller can delete this object once the thread has ended.
        moveToThread(QCoreApplication::instance()->thread());
        QThread::currentThread()->quit();
    }

private:
    void drain()
    {
        if (m_busy)
            return; // a job is waiting in a local event loop; it picks this one up when done
        m_busy = true;
        while (!m_queue.empty() && !m_shutDown) {
            auto job = std::move(m_queue.front());
            m_queue.pop_front();
            job(*this);
        }
        m_busy = false;
    }

    void report(std::function<void(EidController &)> call)
    {
        EidController *controller = m_controller;
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            controller,
            [controller, generation, call = std::move(call)] {
                if (controller->m_generation == generation)
                    call(*controller);
            },
            Qt::QueuedConnection);
    }

    void failure(int attempt, const Error &error, eid::PinState state = eid::PinState::Ok)
    {
        qCInfo(lcEid) << "sign-in failed:" << error.code;
        report([attempt, error, state](EidController &c) { c.onFailure(attempt, error, state); });
    }

    EidController::Config m_config;
    EidController *m_controller;
    const int m_generation;
    std::deque<std::function<void(EidWorker &)>> m_queue;
    bool m_busy = false;
    bool m_shutDown = false;

    std::shared_ptr<eid::Module> m_module;
    eid::TokenWatcher *m_watcher = nullptr;
    std::unique_ptr<eid::Session> m_session;
    std::unique_ptr<api::PortalClient> m_client;
    QString m_declarant; // the signed-in national number (the outbox binds items to it)
    // Declared after the client: destroyed before it.
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::OutboxWorker> m_outboxWorker;
};

bool EidController::Config::needsRestart(const Config &other) const
{
    const auto &a = portal;
    const auto &b = other.portal;
    return modulePath != other.modulePath || tokenLabel != other.tokenLabel ||
           cardCaPems != other.cardCaPems || pollInterval != other.pollInterval ||
           pinpadTimeout != other.pinpadTimeout || a.server != b.server ||
           a.caCertificates != b.caCertificates || a.proxyMode != b.proxyMode ||
           a.manualProxy != b.manualProxy || a.timeoutMs != b.timeoutMs || a.language != b.language;
}

QString EidController::defaultModule()
{
    DataDir dir(AppSettings::dataDirectory());
    if (dir.loadTrust() && !dir.eidModule().isEmpty())
        return dir.eidModule();
    for (const eid::ModuleFinder::Module &module : eid::ModuleFinder().find()) {
        if (module.exists && !module.trustPolicy)
            return module.path;
    }
    return {};
}

EidController::Config EidController::configFromSettings()
{
    Config config;
    DataDir dir(AppSettings::dataDirectory());
    if (auto loaded = dir.loadTrust(); !loaded)
        qCWarning(lcEid) << "trust settings:" << loaded.error().message;
    config.modulePath = AppSettings::pkcs11Module();
    if (config.modulePath.isEmpty())
        config.modulePath = defaultModule();
    if (!dir.eidTokenLabel().isEmpty())
        config.tokenLabel = dir.eidTokenLabel();
    config.cardCaPems = dir.eidCaCertificatesPem();
    config.portal.server = AppSettings::effectiveServerUrl();
    config.portal.caCertificates = dir.portalCaCertificates();
    config.portal.language = i18n::currentLanguage();
    switch (AppSettings::proxyMode()) {
    case AppSettings::ProxyMode::System:
        config.portal.proxyMode = api::ClientConfig::Proxy::System;
        break;
    case AppSettings::ProxyMode::None:
        config.portal.proxyMode = api::ClientConfig::Proxy::None;
        break;
    case AppSettings::ProxyMode::Manual: {
        config.portal.proxyMode = api::ClientConfig::Proxy::Manual;
        const auto address = AppSettings::checkProxyAddress(AppSettings::proxyAddress());
        if (address)
            config.portal.manualProxy =
                QNetworkProxy(QNetworkProxy::HttpProxy, address->first, address->second);
        else
            config.portal.proxyMode = api::ClientConfig::Proxy::None;
        break;
    }
    }
    config.signOutOnCardRemoval = AppSettings::signOutOnCardRemoval();
    return config;
}

EidController::EidController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PinRequest>();
    qRegisterMetaType<SignInFailure>();
    m_renewTimer = new QTimer(this);
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, &EidController::reauthenticate);
}

EidController::~EidController()
{
    stop();
}

void EidController::start(const Config &config)
{
    stop();
    m_config = config;
    ++m_generation;
    m_cardState = State::Starting;
    m_moduleError.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("eID"));
    m_worker = new EidWorker(m_config, this, m_generation);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    post([](EidWorker &worker) { worker.start(); });
    updateState();
}

void EidController::stop()
{
    if (!m_thread)
        return;
    if (m_signedIn)
        finishSignOut(SignOutReason::Stopped);
    if (m_signingIn || m_reading)
        cancelSignIn();
    post([](EidWorker &worker) { worker.shutdown(); });
    ++m_generation;
    // Waits for the job in progress, if any: a sign-in ends within the portal's timeout, a
    // pinpad within the reader's.
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_cardState = State::Stopped;
    updateState();
}

void EidController::request(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QMap<QByteArray, QByteArray> &headers, QObject *context,
                            Callback done)
{
    if (!m_signedIn || !m_worker) {
        refuseNotSignedIn(context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    post([=](EidWorker &worker) { worker.request(method, path, body, headers, guard, done); });
}

EidController::State EidController::state() const
{
    if (m_signedIn)
        return State::SignedIn;
    if (m_signingIn)
        return State::SigningIn;
    return m_cardState;
}

QString EidController::statusText() const
{
    switch (state()) {
    case State::Stopped:
        return tr("Not checked yet");
    case State::Starting:
        return tr("Looking for card readers…");
    case State::NoModule:
        return tr("eID software missing");
    case State::NoReader:
        return tr("No card reader");
    case State::NoCard:
        return tr("No card in the reader");
    case State::CardPresent:
        return tr("Card ready, not signed in");
    case State::SigningIn:
        return tr("Signing in…");
    case State::SignedIn:
        return m_holderName.isEmpty() ? tr("Signed in") : tr("Signed in as %1").arg(m_holderName);
    }
    return {};
}

QString EidController::statusDetail() const
{
    switch (state()) {
    case State::Stopped:
    case State::Starting:
        return tr("Guichet is looking for your card reader.");
    case State::NoModule:
        return tr("Guichet found no eID software on this computer. Install the Belgian eID "
                  "software, or choose its PKCS#11 module in Tools > Settings.") +
               (m_moduleError.isEmpty() ? QString() : QLatin1Char(' ') + m_moduleError);
    case State::NoReader:
        return tr("Connect your card reader to this computer.");
    case State::NoCard:
        return tr("Insert your eID card in the reader.");
    case State::CardPresent:
        return tr("Your card is ready. Sign in with your PIN code.");
    case State::SigningIn:
        return tr("Checking your PIN and signing in to the portal…");
    case State::SignedIn:
        return tr("You are signed in to the portal. Sign out, or take your card out of the "
                  "reader, when you leave the computer.");
    }
    return {};
}

QString EidController::pinStateMessage(eid::PinState state)
{
    switch (state) {
    case eid::PinState::Ok:
        return {};
    case eid::PinState::CountLow:
        // A Belgian eID card blocks after three wrong PINs; "count low" is the first of them.
        return tr("A wrong PIN was entered. %n tries left.", nullptr, 2);
    case eid::PinState::FinalTry:
        return tr("Last try: one more wrong PIN blocks your card.");
    case eid::PinState::Locked:
        return tr("Your card is blocked after 3 wrong PINs. Unblock it with your PUK code at "
                  "your municipality.");
    case eid::PinState::NotInitialized:
        return tr("This card has no PIN yet. Activate it at your municipality.");
    }
    return {};
}

void EidController::requestSignIn()
{
    if (m_signingIn || m_reading)
        return;
    if (m_signedIn)
        finishSignOut(SignOutReason::User); // signing in again: another card, or unlocking
    if (m_config.portal.server.isEmpty()) {
        fail(QStringLiteral("no-portal"),
             tr("No portal address is set. Enter it in Tools > Settings, then sign in again."));
        return;
    }
    switch (m_cardState) {
    case State::CardPresent:
        break;
    case State::NoModule:
        fail(QStringLiteral("no-module"), statusDetail());
        return;
    case State::NoReader:
        fail(QStringLiteral("no-reader"), tr("No card reader was found. Connect your card "
                                             "reader, insert your eID card, then sign in."));
        return;
    case State::NoCard:
        fail(QStringLiteral("no-card"), tr("No eID card is in the reader. Insert your card, "
                                           "then sign in."));
        return;
    default:
        fail(QStringLiteral("not-ready"),
             tr("Guichet is still looking for your card reader. Try again in a moment."));
        return;
    }
    m_reading = true;
    const int attempt = ++m_attempt;
    post([attempt](EidWorker &worker) { worker.readToken(attempt); });
}

void EidController::submitPin(QByteArray pin)
{
    auto secret = std::make_shared<Secret>(std::move(pin));
    if (m_signingIn || m_signedIn)
        return; // a second Enter while the first PIN is checked; `secret` wipes this one
    if (!m_worker || !isCardPresent()) {
        fail(QStringLiteral("no-card"),
             tr("No eID card is in the reader. Insert your card, then sign in."));
        return; // `secret` wipes the PIN
    }
    m_reading = false;
    m_signingIn = true;
    const int attempt = ++m_attempt;
    updateState();
    post([attempt, secret](EidWorker &worker) { worker.signIn(attempt, secret); });
}

void EidController::cancelSignIn()
{
    if (m_signingIn && m_worker)
        m_worker->m_cancelledAttempt.store(m_attempt);
    ++m_attempt;
    m_reading = false;
    if (m_signingIn) {
        m_signingIn = false;
        updateState();
    }
}

void EidController::signOut()
{
    if (m_signingIn || m_reading)
        cancelSignIn();
    if (m_signedIn)
        finishSignOut(SignOutReason::User);
}

void EidController::reauthenticate()
{
    if (!m_signedIn)
        return;
    post([](EidWorker &worker) { worker.reauthenticate(); });
}

void EidController::onModule(const QString &error)
{
    m_moduleError = error;
    if (!error.isEmpty()) {
        qCWarning(lcEid) << "eID module unavailable:" << error;
        m_cardState = State::NoModule;
        emit cardStateChanged(m_cardState);
        updateState();
    }
}

void EidController::onCardState(State cardState)
{
    const bool wasPresent = m_cardState == State::CardPresent;
    const bool present = cardState == State::CardPresent;
    m_cardState = cardState;
    if (wasPresent && !present) {
        qCInfo(lcEid) << "card removed";
        post([](EidWorker &worker) { worker.dropSession(); });
        if (m_signingIn || m_reading) {
            cancelSignIn();
            fail(QString::fromLatin1(eid::errc::CardRemoved),
                 tr("The card was taken out of the reader before the sign-in finished. Put it "
                    "back and sign in again."));
        }
        if (m_signedIn) {
            const bool signOut = m_config.signOutOnCardRemoval;
            if (signOut)
                finishSignOut(SignOutReason::CardRemoved);
            emit cardRemoved(signOut);
        }
    } else if (!wasPresent && present) {
        emit cardInserted();
    }
    emit cardStateChanged(cardState);
    updateState();
}

void EidController::onToken(int attempt, const PinRequest &request)
{
    if (attempt != m_attempt || !m_reading)
        return;
    m_reading = false;
    if (request.pinpad && request.pinState != eid::PinState::Locked) {
        m_signingIn = true;
        updateState();
        emit pinpadStarted(int(m_config.pinpadTimeout.count() / 1000));
        auto secret = std::make_shared<Secret>(QByteArray());
        post([attempt, secret](EidWorker &worker) { worker.signIn(attempt, secret); });
        return;
    }
    emit pinRequested(request);
}

void EidController::onSignedIn(int attempt, const QJsonObject &identity, const QString &holderName,
                               const QDateTime &expiresAt)
{
    if (attempt != m_attempt || !m_signingIn) {
        // Abandoned meanwhile (cancelled, card removed): nobody asked for this session.
        post([](EidWorker &worker) { worker.signOut(); });
        return;
    }
    m_signingIn = false;
    m_signedIn = true;
    m_identity = identity;
    m_holderName = holderName;
    m_expiresAt = expiresAt;
    const qint64 untilRenewal =
        QDateTime::currentDateTimeUtc().msecsTo(expiresAt) - qint64(60) * 1000;
    m_renewTimer->start(int(qBound(qint64(5000), untilRenewal, qint64(24) * 3600 * 1000)));
    qCInfo(lcEid) << "signed in";
    emit signedIn();
    updateState();
}

void EidController::onFailure(int attempt, const Error &error, eid::PinState pinState)
{
    if (attempt != m_attempt)
        return;
    m_reading = false;
    m_signingIn = false;
    fail(error.code, messageFor(error, pinState), pinState);
    updateState();
}

void EidController::onRenewed(const QDateTime &expiresAt)
{
    if (!m_signedIn)
        return;
    m_expiresAt = expiresAt;
    const qint64 untilRenewal =
        QDateTime::currentDateTimeUtc().msecsTo(expiresAt) - qint64(60) * 1000;
    m_renewTimer->start(int(qBound(qint64(5000), untilRenewal, qint64(24) * 3600 * 1000)));
    onOnline(true);
    qCInfo(lcEid) << "portal session renewed";
    emit renewed();
}

void EidController::onRenewFailed(const Error &error, bool transient)
{
    if (!m_signedIn)
        return;
    qCInfo(lcEid) << "portal session not renewed:" << error.code;
    if (transient) {
        // The portal is away, not the person: keep the session (drafts, the outbox) and try
        // again; the outbox worker also asks for a renewal when the portal says 401.
        onOnline(false);
        m_renewTimer->start(30000);
        return;
    }
    finishSignOut(SignOutReason::Expired);
}

void EidController::onOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void EidController::startOutbox(const QString &dataDir, const QString &owner,
                                const drafts::DataKey &key,
                                const sync::OutboxWorker::Settings &settings)
{
    if (!m_signedIn) {
        emit outboxFailed(notSignedIn());
        return;
    }
    m_outboxRunning = true;
    post([=](EidWorker &worker) { worker.startOutbox(dataDir, owner, key, settings); });
}

void EidController::stopOutbox()
{
    m_outboxRunning = false;
    post([](EidWorker &worker) { worker.stopOutbox(); });
}

void EidController::wakeOutbox()
{
    post([](EidWorker &worker) { worker.wakeOutbox(); });
}

void EidController::post(std::function<void(EidWorker &)> job)
{
    if (m_worker)
        m_worker->post(std::move(job));
}

void EidController::finishSignOut(SignOutReason reason)
{
    post([](EidWorker &worker) { worker.signOut(); });
    m_outboxRunning = false;
    m_signedIn = false;
    m_identity = QJsonObject();
    m_holderName.clear();
    m_expiresAt = QDateTime();
    m_renewTimer->stop();
    qCInfo(lcEid) << "signed out:" << reason;
    emit signedOut(reason);
    updateState();
}

void EidController::updateState()
{
    const State now = state();
    if (now == m_lastState)
        return;
    m_lastState = now;
    emit stateChanged(now);
}

void EidController::fail(const QString &code, const QString &message, eid::PinState pinState)
{
    emit signInFailed(SignInFailure{code, message, pinState});
}

QString EidController::messageFor(const Error &error, eid::PinState pinState) const
{
    const QString &code = error.code;
    const QString host = m_config.portal.server.host();
    if (code == QLatin1String(eid::errc::PinIncorrect)) {
        switch (pinState) {
        case eid::PinState::CountLow:
            return pinStateMessage(pinState);
        case eid::PinState::FinalTry:
            return tr("Wrong PIN.") + QLatin1Char(' ') + pinStateMessage(pinState);
        case eid::PinState::Locked:
            return pinStateMessage(pinState);
        default:
            return tr("Wrong PIN. Try again.");
        }
    }
    if (code == QLatin1String(eid::errc::PinLocked))
        return pinStateMessage(eid::PinState::Locked);
    if (code == QLatin1String(eid::errc::PinLength))
        return error.message;
    if (code == QLatin1String(eid::errc::CardRemoved))
        return tr("The card was taken out of the reader before the sign-in finished. Put it "
                  "back and sign in again.");
    if (code == QLatin1String(eid::errc::TokenNotFound))
        return tr("No eID card is in the reader. Insert your card, then sign in.");
    if (code == QLatin1String(eid::errc::PinpadCancelled))
        return tr("The PIN entry was cancelled on the card reader.");
    if (code == QLatin1String(eid::errc::PinpadTimeout))
        return tr("No PIN was typed on the card reader in time. Sign in again when you are "
                  "ready.");
    if (code == QLatin1String("unreachable") || code == QLatin1String("network"))
        return tr("The portal (%1) cannot be reached. Check your internet connection and the "
                  "proxy in Tools > Settings, then try again.")
            .arg(host);
    if (code == QLatin1String("timeout"))
        return tr("The portal (%1) did not answer in time. Try again in a moment.").arg(host);
    if (code == QLatin1String("tls"))
        return tr("Guichet could not verify the identity of the portal (%1), so it did not "
                  "connect. Ask your helpdesk to check the portal address.")
            .arg(host);
    if (code == QLatin1String("auth-refused")) {
        const QString reason =
            error.params.value(1).isEmpty() ? error.params.value(0) : error.params.value(1);
        return tr("The portal refused the sign-in: %1").arg(reason);
    }
    if (code == QLatin1String(eid::errc::ModuleLoad) ||
        code == QLatin1String(eid::errc::Pkcs11Error))
        return tr("The card could not be read: %1").arg(error.message);
    // certificate-expired, certificate-not-yet-valid, ...: core says precisely what is wrong.
    return error.message;
}

} // namespace guichet::ui

#pragma once

#include "core/api/portalaccess.h"
#include "core/api/portalclient.h"
#include "core/drafts/keyprovider.h"
#include "core/eid/pkcs11module.h"
#include "core/sync/outboxitem.h"
#include "core/sync/outboxworker.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QThread;
class QTimer;

namespace guichet::ui {

class EidWorker;

// What the sign-in needs to know before it asks for the PIN.
struct PinRequest
{
    eid::PinState pinState = eid::PinState::Ok;
    int minLength = 4;
    int maxLength = 12;
    bool pinpad = false; // protected authentication path: the PIN is typed on the reader
};

// A failed sign-in: the stable code (core's error codes: "pin-incorrect", "card-removed",
// "unreachable", "auth-refused", "certificate-expired", ... and "no-portal", "no-card"), a
// translated message for the user, and the PIN state after the try.
struct SignInFailure
{
    QString code;
    QString message;
    eid::PinState pinState = eid::PinState::Ok;
};

// The eID card and the portal sign-in for the GUI. Every PKCS#11 and sign-in call runs on a
// worker thread that owns the module, the token watcher, the session and the portal client (so
// the access token stays there, in memory only); this object lives on the UI thread, keeps the
// state the widgets show and turns the worker's errors into messages.
//
// The PIN crosses to the worker once, in submitPin(), and is wiped there by Session::login.
//
// Other features reach the portal as the signed-in person through PortalAccess::request(): the
// request runs on the worker thread with the signed-in client, the answer comes back here.
class EidController : public QObject, public api::PortalAccess
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,     // start() not called
        Starting,    // loading the module, first look at the readers
        NoModule,    // no usable PKCS#11 module (see moduleError())
        NoReader,    // no card reader
        NoCard,      // a reader, no eID card in it
        CardPresent, // a card, nobody signed in
        SigningIn,   // PIN typed (or asked on the pinpad), talking to the card and the portal
        SignedIn,
    };
    Q_ENUM(State)

    enum class SignOutReason
    {
        User,
        CardRemoved,
        Expired, // the portal session ended and could not be renewed without the PIN
        Stopped, // the controller was restarted or stopped
    };
    Q_ENUM(SignOutReason)

    struct Config
    {
        QString modulePath; // empty: NoModule
        QString tokenLabel = QStringLiteral("BELPIC");
        api::ClientConfig portal; // an empty server: sign-in refused with "no-portal"
        QList<QByteArray> cardCaPems;
        std::chrono::milliseconds pollInterval{500};
        std::chrono::milliseconds pinpadTimeout{30000};
        bool signOutOnCardRemoval = true;

        // Whether a change from `other` needs the worker restarted (everything but the
        // removal behaviour).
        bool needsRestart(const Config &other) const;
    };

    // The configuration from AppSettings and the data folder's trust.json.
    static Config configFromSettings();
    // The PKCS#11 module to use when the settings name none: the data folder's, else the first
    // one installed (the Belgian eID middleware, OpenSC, SoftHSM2).
    static QString defaultModule();

    explicit EidController(QObject *parent = nullptr);
    ~EidController() override; // signs out and waits for the worker

    // (Re)starts the worker with this configuration; signs out first.
    void start(const Config &config);
    void stop();
    const Config &config() const { return m_config; }
    void setSignOutOnCardRemoval(bool signOut) { m_config.signOutOnCardRemoval = signOut; }

    State state() const;
    // The reader and card alone (Starting, NoModule, NoReader, NoCard or CardPresent), whether
    // or not someone is signed in.
    State cardState() const { return m_cardState; }
    bool isCardPresent() const { return m_cardState == State::CardPresent; }
    // A few words for the status bar ("No card in the reader", "Signed in as …").
    QString statusText() const;
    // A sentence saying what to do next (tooltips, accessible descriptions, the sign-in page).
    QString statusDetail() const;
    QString moduleError() const { return m_moduleError; }

    // GET /me, empty when nobody is signed in.
    QJsonObject identity() const override { return m_identity; }
    bool isSignedIn() const override { return m_signedIn; }
    // `context` must live on this controller's thread (the UI thread).
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &headers, QObject *context,
                 Callback done) override;
    QString holderName() const { return m_holderName; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // The outbox of `owner` in dataDir, sent as the signed-in person by a sync::OutboxWorker on
    // the eID thread (beside the client that holds the access token). Stops on sign-out; a 401
    // renews the portal session with the card and goes on. The key is copied to that thread.
    void startOutbox(const QString &dataDir, const QString &owner, const drafts::DataKey &key,
                     const sync::OutboxWorker::Settings &settings = {});
    void stopOutbox();
    // Looks at the outbox now (after a submission was queued).
    void wakeOutbox();
    bool isOutboxRunning() const { return m_outboxRunning; }
    // Whether the portal answered lately (the outbox worker's view; true until it says not).
    bool isOnline() const { return m_online; }

    // The sentence for a PIN state: tries left, last try, blocked; empty for Ok.
    static QString pinStateMessage(eid::PinState state);

public slots:
    // Reads the card's PIN state, then emits pinRequested(), or pinpadStarted() and signs in
    // on the reader; or signInFailed() when no sign-in is possible now.
    void requestSignIn();
    // Signs in with this PIN (digits). The buffer is moved to the worker and wiped after use;
    // pass it with std::move and keep no copy.
    void submitPin(QByteArray pin);
    // Abandons the sign-in in progress (a pinpad cannot be interrupted: a late success is
    // signed out at once).
    void cancelSignIn();
    void signOut();
    // Renews the portal session with the card, which stays logged in while signed in (no PIN).
    // Called before the access token expires.
    void reauthenticate();

signals:
    void stateChanged(guichet::ui::EidController::State state);
    void cardStateChanged(guichet::ui::EidController::State cardState);
    void pinRequested(const guichet::ui::PinRequest &request);
    void pinpadStarted(int timeoutSeconds);
    void signInFailed(const guichet::ui::SignInFailure &failure);
    void signedIn();
    // The portal session was renewed with the card (expiresAt() moved on).
    void renewed();
    void signedOut(guichet::ui::EidController::SignOutReason reason);
    // The card left the reader while someone was signed in; `signedOut` says whether the
    // setting made that a sign-out. The screen is to be locked either way.
    void cardRemoved(bool signedOut);
    void cardInserted();

    // The outbox worker's reports (see sync::OutboxWorker).
    void outboxItemChanged(const QString &id, guichet::sync::OutboxState state);
    void outboxResultArrived(const QString &id, guichet::sync::OutboxState state);
    void outboxFailed(const guichet::Error &error);
    void onlineChanged(bool online);

private:
    friend class EidWorker;

    // Called on this thread with what the worker found.
    void onModule(const QString &error);
    void onCardState(State cardState);
    void onToken(int attempt, const PinRequest &request);
    void onSignedIn(int attempt, const QJsonObject &identity, const QString &holderName,
                    const QDateTime &expiresAt);
    void onFailure(int attempt, const Error &error, eid::PinState pinState);
    void onRenewed(const QDateTime &expiresAt);
    void onRenewFailed(const Error &error, bool transient);
    void onOnline(bool online);

    void post(std::function<void(EidWorker &)> job);
    void finishSignOut(SignOutReason reason);
    void updateState();
    void fail(const QString &code, const QString &message,
              eid::PinState pinState = eid::PinState::Ok);
    QString messageFor(const Error &error, eid::PinState pinState) const;

    Config m_config;
    QThread *m_thread = nullptr;
    EidWorker *m_worker = nullptr;
    int m_generation = 0; // reports of an earlier worker are dropped
    int m_attempt = 0;    // results of an abandoned sign-in are signed out, not shown

    State m_cardState = State::Stopped;
    State m_lastState = State::Stopped;
    bool m_signingIn = false;
    bool m_signedIn = false;
    bool m_reading = false; // requestSignIn() is reading the token
    QString m_moduleError;
    QJsonObject m_identity;
    QString m_holderName;
    QDateTime m_expiresAt;
    QTimer *m_renewTimer = nullptr;
    bool m_outboxRunning = false;
    bool m_online = true;
};

} // namespace guichet::ui

Q_DECLARE_METATYPE(guichet::ui::PinRequest)
Q_DECLARE_METATYPE(guichet::ui::SignInFailure)

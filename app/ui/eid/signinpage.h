#pragma once

#include "eidcontroller.h"
#include "pindialog.h"
#include "pinpadprompt.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace guichet::ui {

// The sign-in area of the welcome page: the card's state in words ("Insert your eID card…"),
// Sign in and Sign out, the last problem in words. It runs the sign-in for the whole window:
// the PIN dialog (or the pinpad prompt) opens over the window, and a wrong PIN is answered in
// that dialog.
class SignInPage : public QFrame
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    void setController(EidController *controller);
    EidController *controller() const { return m_controller; }

    QLabel *statusLabel() const { return m_status; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    // The dialog or prompt open now, else null.
    PinDialog *pinDialog() const { return m_dialog; }
    PinpadPrompt *pinpadPrompt() const { return m_pinpad; }

public slots:
    // Asks the controller to sign in; the PIN dialog follows when the card is there.
    void startSignIn();

signals:
    // A sign-in problem, in words, for the other places that show the card's state (the lock
    // screen).
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPinRequested(const PinRequest &request);
    void onPinpadStarted(int timeoutSeconds);
    void onFailure(const SignInFailure &failure);
    void onSignedIn();
    void onSignedOut(EidController::SignOutReason reason);
    void showProblem(const QString &message);
    void closeDialogs();
    void retranslateUi();
    void updateWidgets();

    QPointer<EidController> m_controller;
    QPointer<PinDialog> m_dialog;
    QPointer<PinpadPrompt> m_pinpad;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    // Remembered untranslated so that a language change can say it again.
    EidController::SignOutReason m_signOutReason = EidController::SignOutReason::User;
    bool m_showSignOutReason = false;
};

} // namespace guichet::ui

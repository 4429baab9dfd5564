#include "signinpage.h"

#include "pindialog.h"
#include "pinpadprompt.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui {

SignInPage::SignInPage(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    const int unit = fontMetrics().height();
    layout->setContentsMargins(unit, unit * 3 / 4, unit, unit * 3 / 4);
    layout->setSpacing(unit / 3);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eidStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("eidDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eidError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAutoDefault(true); // Enter on the focused button signs in
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::startSignIn);
    buttons->addWidget(m_signIn);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setAutoDefault(true);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->signOut();
    });
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_signIn, m_signOut);

    retranslateUi();
}

SignInPage::~SignInPage()
{
    closeDialogs();
}

void SignInPage::setController(EidController *controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller) {
        connect(controller, &EidController::stateChanged, this, &SignInPage::updateWidgets);
        connect(controller, &EidController::pinRequested, this, &SignInPage::onPinRequested);
        connect(controller, &EidController::pinpadStarted, this, &SignInPage::onPinpadStarted);
        connect(controller, &EidController::signInFailed, this, &SignInPage::onFailure);
        connect(controller, &EidController::signedIn, this, &SignInPage::onSignedIn);
        connect(controller, &EidController::signedOut, this, &SignInPage::onSignedOut);
    }
    updateWidgets();
}

void SignInPage::startSignIn()
{
    if (!m_controller)
        return;
    m_error->clear();
    m_error->setVisible(false);
    m_showSignOutReason = false;
    m_controller->requestSignIn();
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SignInPage::onPinRequested(const PinRequest &request)
{
    if (!m_dialog) {
        m_dialog = new PinDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &PinDialog::pinEntered, this, [this] {
            if (!m_dialog || !m_controller)
                return;
            // takePin() is the PIN's only way out of the dialog, straight into the
            // controller, which moves it to the card.
            m_dialog->setBusy(true);
            m_controller->submitPin(m_dialog->takePin());
        });
        connect(m_dialog, &PinDialog::rejected, this, [this] {
            if (m_controller)
                m_controller->cancelSignIn();
            m_signIn->setFocus(Qt::OtherFocusReason);
        });
    }
    m_dialog->setRequest(request);
    m_dialog->setBusy(false);
    m_dialog->open();
}

void SignInPage::onPinpadStarted(int timeoutSeconds)
{
    if (!m_pinpad) {
        m_pinpad = new PinpadPrompt(window());
        m_pinpad->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_pinpad, &PinpadPrompt::cancelled, this, [this] {
            if (m_controller)
                m_controller->cancelSignIn();
            showProblem(tr("You cancelled the sign-in. The card reader may still show the PIN "
                           "prompt until it gives up."));
        });
    }
    m_pinpad->start(timeoutSeconds);
}

void SignInPage::onFailure(const SignInFailure &failure)
{
    if (m_dialog && m_dialog->isVisible()) {
        const QString &code = failure.code;
        if (code == QLatin1String("pin-incorrect")) {
            // The state line says the tries left; the error line says what just happened
            // when the state line does not already.
            m_dialog->setBusy(false);
            m_dialog->setPinState(failure.pinState);
            if (failure.pinState == eid::PinState::CountLow ||
                failure.pinState == eid::PinState::Locked)
                m_dialog->showError(QString());
            else if (failure.pinState == eid::PinState::FinalTry)
                m_dialog->showError(tr("Wrong PIN."));
            else
                m_dialog->showError(failure.message);
            return;
        }
        if (code == QLatin1String("pin-locked")) {
            m_dialog->setBusy(false);
            m_dialog->setPinState(eid::PinState::Locked);
            return;
        }
        if (code == QLatin1String("pin-length")) {
            m_dialog->setBusy(false);
            m_dialog->showError(failure.message);
            return;
        }
    }
    closeDialogs();
    showProblem(failure.message);
}

void SignInPage::onSignedIn()
{
    closeDialogs();
    m_error->clear();
    m_error->setVisible(false);
    m_showSignOutReason = false;
    updateWidgets();
}

void SignInPage::onSignedOut(EidController::SignOutReason reason)
{
    m_signOutReason = reason;
    m_showSignOutReason = reason == EidController::SignOutReason::CardRemoved ||
                          reason == EidController::SignOutReason::Expired;
    retranslateUi();
}

void SignInPage::showProblem(const QString &message)
{
    m_showSignOutReason = false;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_error->setAccessibleDescription(message);
    emit problem(message);
    updateWidgets();
    if (m_signIn->isEnabled() && isVisible())
        m_signIn->setFocus(Qt::OtherFocusReason);
}

void SignInPage::closeDialogs()
{
    if (m_dialog) {
        m_dialog->finish();
        m_dialog = nullptr;
    }
    if (m_pinpad) {
        m_pinpad->finish();
        m_pinpad = nullptr;
    }
}

void SignInPage::retranslateUi()
{
    m_heading->setText(tr("Your eID card"));
    m_status->setAccessibleName(tr("eID card state"));
    m_signIn->setText(tr("&Sign in with eID…"));
    m_signIn->setAccessibleDescription(tr("Asks for your PIN code and signs you in to the "
                                          "portal with your eID card."));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setAccessibleDescription(
        tr("Ends your portal session; the card stays in the reader."));
    m_error->setAccessibleName(tr("Sign-in problem"));
    if (m_showSignOutReason) {
        const QString message =
            m_signOutReason == EidController::SignOutReason::CardRemoved
                ? tr("Your card was taken out of the reader, so you were signed out.")
                : tr("Your session with the portal ended. Sign in again to continue.");
        m_error->setText(message);
        m_error->setAccessibleDescription(message);
        m_error->setVisible(true);
    }
    updateWidgets();
}

void SignInPage::updateWidgets()
{
    if (!m_controller) {
        m_status->setText(tr("eID sign-in is not available in this window."));
        m_detail->clear();
        m_detail->setVisible(false);
        m_signIn->setEnabled(false);
        m_signOut->setVisible(false);
        return;
    }
    const EidController::State state = m_controller->state();
    if (m_dialog && !m_dialog->isBusy() && !m_controller->isCardPresent()) {
        // The card went while the PIN was being typed.
        closeDialogs();
        showProblem(tr("The card was taken out of the reader. Put it back and sign in again."));
        return;
    }
    m_status->setText(m_controller->statusText());
    m_status->setAccessibleDescription(m_controller->statusDetail());
    m_detail->setText(m_controller->statusDetail());
    m_detail->setVisible(true);
    const bool signedIn = state == EidController::State::SignedIn;
    m_signIn->setVisible(!signedIn);
    m_signIn->setEnabled(state == EidController::State::CardPresent);
    m_signOut->setVisible(signedIn);
}

} // namespace guichet::ui

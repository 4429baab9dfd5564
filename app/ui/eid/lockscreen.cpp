#include "lockscreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace guichet::ui {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    const int unit = fontMetrics().height();
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(unit / 2);

    m_icon = new QLabel(this);
    const QIcon lock = QIcon::fromTheme(QStringLiteral("system-lock-screen"),
                                        QIcon::fromTheme(QStringLiteral("changes-prevent")));
    const QIcon icon = lock.isNull()
                           ? style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                           : lock;
    m_icon->setPixmap(icon.pixmap(unit * 4, unit * 4));
    m_icon->setAlignment(Qt::AlignHCenter);
    column->addWidget(m_icon);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("lockHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_heading->setWordWrap(true);
    column->addWidget(m_heading);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);
    column->addWidget(m_message);

    m_card = new QLabel(this);
    m_card->setObjectName(QStringLiteral("lockCard"));
    m_card->setWordWrap(true);
    m_card->setAlignment(Qt::AlignHCenter);
    QFont cardFont = m_card->font();
    cardFont.setBold(true);
    m_card->setFont(cardFont);
    column->addWidget(m_card);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("lockProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignHCenter);
    m_problem->setVisible(false);
    column->addWidget(m_problem);

    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setAutoDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_unlock);
    buttonRow->addStretch(1);
    column->addSpacing(unit / 2);
    column->addLayout(buttonRow);

    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    row->addWidget(columnWidget, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    retranslateUi();
}

void LockScreen::setController(EidController *controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller) {
        connect(controller, &EidController::stateChanged, this, &LockScreen::updateCard);
        connect(controller, &EidController::cardStateChanged, this, &LockScreen::updateCard);
        connect(controller, &EidController::signInFailed, this,
                [this](const SignInFailure &failure) { showProblem(failure.message); });
    }
    updateCard();
}

void LockScreen::setReason(Reason reason)
{
    m_reason = reason;
    m_problem->clear();
    m_problem->setVisible(false);
    retranslateUi();
}

void LockScreen::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_heading->setText(tr("Guichet is locked"));
    switch (m_reason) {
    case Reason::CardRemovedSignedOut:
        m_message->setText(tr("Your eID card was taken out of the reader, so Guichet signed "
                              "you out and locked this window. Your drafts are kept."));
        break;
    case Reason::CardRemoved:
        m_message->setText(tr("Your eID card was taken out of the reader, so Guichet locked "
                              "this window. You are still signed in to the portal."));
        break;
    case Reason::Inactive:
        m_message->setText(tr("Nobody used Guichet for a while, so it locked this window. "
                              "Your drafts are kept; sign in again with your PIN to go on."));
        break;
    }
    m_unlock->setText(tr("&Sign in to unlock…"));
    m_unlock->setAccessibleDescription(
        tr("Asks for the PIN code of the card in the reader and unlocks the window."));
    m_card->setAccessibleName(tr("eID card state"));
    m_problem->setAccessibleName(tr("Sign-in problem"));
    updateCard();
}

void LockScreen::updateCard()
{
    if (!m_controller) {
        m_card->setText(tr("Insert your eID card in the reader."));
        m_unlock->setEnabled(false);
        return;
    }
    const bool signingIn = m_controller->state() == EidController::State::SigningIn;
    if (signingIn) {
        m_card->setText(m_controller->statusText());
    } else {
        switch (m_controller->cardState()) {
        case EidController::State::CardPresent:
            m_card->setText(
                tr("Your card is in the reader: sign in with your PIN code to unlock."));
            break;
        case EidController::State::NoCard:
            m_card->setText(tr("Insert your eID card in the reader."));
            break;
        case EidController::State::NoReader:
            m_card->setText(tr("Connect your card reader, then insert your eID card."));
            break;
        default:
            m_card->setText(m_controller->statusDetail());
            break;
        }
    }
    const bool wasEnabled = m_unlock->isEnabled();
    m_unlock->setEnabled(m_controller->isCardPresent() && !signingIn);
    // The card is back: Enter signs in, without hunting for the button first.
    if (m_unlock->isEnabled() && !wasEnabled && isVisible())
        m_unlock->setFocus(Qt::OtherFocusReason);
}

} // namespace guichet::ui

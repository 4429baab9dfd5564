#include "pinpadprompt.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet::ui {

PinpadPrompt::PinpadPrompt(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pinpadPrompt"));
    // The main window stays usable: nothing there can disturb the reader.
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(fontMetrics().height() / 2);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinpadMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("pinpadCountdown"));
    m_countdown->setWordWrap(true);
    layout->addWidget(m_countdown);

    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &PinpadPrompt::reject);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PinpadPrompt::tick);

    retranslateUi();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 68), sizeHint().height());
}

void PinpadPrompt::start(int timeoutSeconds)
{
    m_timeout = qMax(1, timeoutSeconds);
    m_secondsLeft = m_timeout;
    m_progress->setRange(0, m_timeout);
    m_progress->setValue(m_timeout);
    retranslateUi();
    m_timer->start();
    show();
    raise();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void PinpadPrompt::finish()
{
    m_timer->stop();
    QDialog::accept();
}

void PinpadPrompt::reject()
{
    m_timer->stop();
    emit cancelled();
    QDialog::reject();
}

void PinpadPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PinpadPrompt::tick()
{
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    m_progress->setValue(m_secondsLeft);
    if (m_secondsLeft == 0)
        m_timer->stop();
    retranslateUi();
}

void PinpadPrompt::retranslateUi()
{
    setWindowTitle(tr("eID sign-in"));
    m_title->setText(tr("Type your PIN on the card reader"));
    m_message->setText(tr("Your card reader has its own keypad: type your PIN code there and "
                          "confirm on the reader. Guichet never sees your PIN."));
    const QString left = m_secondsLeft > 0 ? tr("Seconds left: %1").arg(m_secondsLeft)
                                           : tr("Time is up; waiting for the reader to answer…");
    m_countdown->setText(left);
    m_progress->setAccessibleName(tr("Time left to type the PIN"));
    m_progress->setAccessibleDescription(left);
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the PIN on the card reader."));
}

} // namespace guichet::ui

#include "pindialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace guichet::ui {

namespace {
// The Belgian eID PIN has 4 to 12 digits (DOMAIN.md §7), whatever a test token reports.
constexpr int s_minPin = 4;
constexpr int s_maxPin = 12;
} // namespace

PinDialog::PinDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pinDialog"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    const int unit = fontMetrics().height();
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]{0,%1}$").arg(s_maxPin)), m_pin));
    m_pin->setMaxLength(s_maxPin);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData |
                               Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_pin->setContextMenuPolicy(Qt::NoContextMenu); // nothing to copy, paste or undo
    m_pin->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_pinLabel, m_pin);
    layout->addLayout(form);
    connect(m_pin, &QLineEdit::textChanged, this, [this] {
        if (!m_busy)
            m_error->clear(); // the message was about the previous try
        updateWidgets();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error); // what just happened, above what it means

    // The PIN state: a warning icon beside words that say it all (never colour alone).
    auto *stateRow = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    m_stateIcon->setAlignment(Qt::AlignTop);
    stateRow->addWidget(m_stateIcon);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("pinState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateRow->addWidget(m_state, 1);
    layout->addLayout(stateRow);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("pinProgress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);

    m_privacy = new QLabel(this);
    m_privacy->setWordWrap(true);
    m_privacy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_privacy);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_pin, m_signIn);
    setTabOrder(m_signIn, m_cancel);

    retranslateUi();
    updateWidgets();
    m_pin->setFocus(Qt::OtherFocusReason);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 68), sizeHint().height());
}

PinDialog::~PinDialog()
{
    wipeField();
}

void PinDialog::setRequest(const PinRequest &request)
{
    m_minLength = qBound(s_minPin, request.minLength, s_maxPin);
    m_maxLength = qBound(m_minLength, request.maxLength, s_maxPin);
    m_pin->setMaxLength(m_maxLength);
    m_error->clear();
    setPinState(request.pinState);
    retranslateUi();
}

void PinDialog::setPinState(eid::PinState state)
{
    m_pinState = state;
    if (isLocked())
        wipeField();
    retranslateUi();
    updateWidgets();
}

void PinDialog::showError(const QString &message)
{
    m_error->setText(message);
    updateWidgets();
}

void PinDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->clear();
    updateWidgets();
    if (!busy && m_pin->isVisible()) {
        m_pin->setFocus(Qt::OtherFocusReason);
        m_pin->selectAll();
    }
}

QByteArray PinDialog::takePin()
{
    // `typed` shares the field's buffer; once the field holds other text it is the last
    // reference, and is overwritten in place before it goes.
    QString typed = m_pin->text();
    QByteArray pin = typed.toLatin1();
    if (!typed.isEmpty()) {
        m_pin->setText(QString(typed.size(), QLatin1Char('0')));
        m_pin->clear();
        OPENSSL_cleanse(typed.data(), size_t(typed.size()) * sizeof(QChar));
    }
    return pin;
}

void PinDialog::finish()
{
    wipeField();
    m_busy = false;
    QDialog::accept();
}

void PinDialog::accept()
{
    if (!m_signIn->isEnabled() || !m_signIn->isVisible())
        return;
    emit pinEntered();
}

void PinDialog::reject()
{
    if (m_busy)
        return; // the card is checking the PIN; the answer closes or updates the dialog
    wipeField();
    QDialog::reject();
}

void PinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PinDialog::retranslateUi()
{
    setWindowTitle(tr("eID sign-in"));
    m_title->setText(isLocked() ? tr("Your eID card is blocked") : tr("Type your PIN code"));
    m_intro->setText(tr("Type the PIN code of your eID card: %1 to %2 digits.")
                         .arg(m_minLength)
                         .arg(m_maxLength));
    m_pinLabel->setText(tr("&PIN code:"));
    m_pin->setAccessibleName(tr("PIN code"));
    const QString stateMessage = EidController::pinStateMessage(m_pinState);
    QString description =
        tr("%1 to %2 digits; the digits are hidden.").arg(m_minLength).arg(m_maxLength);
    if (!stateMessage.isEmpty())
        description += QLatin1Char(' ') + stateMessage;
    m_pin->setAccessibleDescription(description);
    m_state->setText(stateMessage);
    m_state->setAccessibleName(tr("PIN state"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_progress->setText(tr("Checking your PIN with the card…"));
    m_privacy->setText(tr("Your PIN goes to your card only: Guichet does not keep it."));
    m_signIn->setText(tr("&Sign in"));
    m_signIn->setAccessibleDescription(tr("Checks the PIN with your card and signs you in."));
    m_cancel->setText(isLocked() ? tr("&Close") : tr("&Cancel"));
}

void PinDialog::updateWidgets()
{
    const bool locked = isLocked();
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_stateIcon->setPixmap(
        style()
            ->standardIcon(locked ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
                           nullptr, this)
            .pixmap(iconSize));
    const int length = int(m_pin->text().size());
    m_intro->setVisible(!locked);
    m_pinLabel->setVisible(!locked);
    m_pin->setVisible(!locked);
    m_pin->setEnabled(!m_busy);
    m_privacy->setVisible(!locked);
    const bool hasState = !m_state->text().isEmpty();
    m_state->setVisible(hasState);
    m_stateIcon->setVisible(hasState);
    m_progress->setVisible(m_busy);
    m_error->setVisible(!m_error->text().isEmpty() && !m_busy);
    m_signIn->setVisible(!locked);
    m_signIn->setEnabled(!locked && !m_busy && length >= m_minLength && length <= m_maxLength);
    m_cancel->setEnabled(!m_busy);
    m_cancel->setDefault(locked);
}

void PinDialog::wipeField()
{
    QByteArray pin = takePin();
    if (!pin.isEmpty())
        OPENSSL_cleanse(pin.data(), size_t(pin.size()));
}

} // namespace guichet::ui

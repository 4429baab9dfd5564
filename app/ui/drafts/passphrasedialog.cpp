#include "passphrasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString &title, const QString &explanation,
                                   QWidget *parent)
    : QDialog(parent), m_mode(mode), m_title(title)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(explanation, this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto *form = new QFormLayout;
    m_passphraseLabel = new QLabel(this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    if (mode == Mode::Choose) {
        m_confirmationLabel = new QLabel(this);
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("passphraseConfirmation"));
        m_confirmation->setEchoMode(QLineEdit::Password);
        m_confirmationLabel->setBuddy(m_confirmation);
        form->addRow(m_confirmationLabel, m_confirmation);
    }
    m_show = new QCheckBox(this);
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    form->addRow(QString(), m_show);
    layout->addLayout(form);

    // Why OK is not possible yet, in words (and read out: it is the OK button's description).
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_confirmation)
        connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(echo);
        if (m_confirmation)
            m_confirmation->setEchoMode(echo);
    });

    QWidget *last = m_passphrase;
    if (m_confirmation) {
        setTabOrder(m_passphrase, m_confirmation);
        last = m_confirmation;
    }
    setTabOrder(last, m_show);
    setTabOrder(m_show, m_buttons);
    m_passphrase->setFocus(Qt::OtherFocusReason);
    retranslateUi();
}

PassphraseDialog::~PassphraseDialog()
{
    (void)take();
}

void PassphraseDialog::setMinimumLength(int length)
{
    m_minimumLength = qMax(1, length);
    updateState();
}

QString PassphraseDialog::take()
{
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    if (m_confirmation)
        m_confirmation->clear();
    return passphrase;
}

std::optional<QString> PassphraseDialog::ask(QWidget *parent, Mode mode, const QString &title,
                                             const QString &explanation, int minimumLength)
{
    PassphraseDialog dialog(mode, title, explanation, parent);
    dialog.setMinimumLength(minimumLength);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.take();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslateUi()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    if (m_confirmation) {
        m_confirmationLabel->setText(tr("&Again:"));
        m_confirmation->setAccessibleName(tr("Passphrase again"));
        m_confirmation->setAccessibleDescription(
            tr("Type the same passphrase a second time, so that a typing mistake cannot lock "
               "you out."));
    }
    m_show->setText(tr("S&how what I type"));
    updateState();
}

void PassphraseDialog::updateState()
{
    const QString passphrase = m_passphrase->text();
    QString problem;
    if (m_mode == Mode::Enter) {
        if (passphrase.isEmpty())
            problem = tr("Type the passphrase.");
    } else if (passphrase.size() < m_minimumLength) {
        problem = tr("At least %n characters.", nullptr, m_minimumLength);
    } else if (m_confirmation->text() != passphrase) {
        problem = m_confirmation->text().isEmpty() ? tr("Type it a second time below.")
                                                   : tr("The two passphrases differ.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
    m_ok->setAccessibleDescription(problem);
}

} // namespace guichet::ui

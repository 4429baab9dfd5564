#include "settingsdialog.h"

#include "appsettings.h"
#include "core/i18n.h"
#include "workspacepage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {
const QList<Workspace> s_workspaces{Workspace::Home, Workspace::SelfEmployed, Workspace::Employer,
                                    Workspace::Helpdesk};
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, so that anyone finds theirs whatever the current one.
    for (const QString &code : i18n::languageCodes())
        m_language->addItem(i18n::nativeName(code), code);
    const QString language =
        AppSettings::language().isEmpty() ? i18n::currentLanguage() : AppSettings::language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_server->setClearButtonEnabled(true);
    m_server->setText(AppSettings::serverUrl().toString());
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    auto *serverColumn = new QVBoxLayout;
    serverColumn->addWidget(m_server);
    m_serverHint = new QLabel(this);
    m_serverHint->setWordWrap(true);
    serverColumn->addWidget(m_serverHint);
    m_serverError = new QLabel(this);
    m_serverError->setObjectName(QStringLiteral("serverUrlError"));
    m_serverError->setWordWrap(true);
    m_serverError->setVisible(false);
    serverColumn->addWidget(m_serverError);
    form->addRow(m_serverLabel, serverColumn);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        if (m_serverError->isVisible())
            checkServerUrl();
    });

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("startWorkspace"));
    for (Workspace workspace : s_workspaces)
        m_start->addItem(QString(), workspaceKey(workspace));
    m_start->setCurrentIndex(
        qMax(0, m_start->findData(workspaceKey(AppSettings::startWorkspace()))));
    m_startLabel = new QLabel(this);
    m_startLabel->setBuddy(m_start);
    form->addRow(m_startLabel, m_start);

    // Shown for the helpdesk's sake; changed only with --data-dir.
    m_data = new QLineEdit(this);
    m_data->setObjectName(QStringLiteral("dataDirectory"));
    m_data->setReadOnly(true);
    m_data->setText(QDir::toNativeSeparators(AppSettings::dataDirectory()));
    m_dataLabel = new QLabel(this);
    m_dataLabel->setBuddy(m_data);
    form->addRow(m_dataLabel, m_data);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_language, m_server);
    setTabOrder(m_server, m_start);
    setTabOrder(m_start, m_data);
    setTabOrder(m_data, m_buttons);

    retranslateUi();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QUrl SettingsDialog::serverUrl() const
{
    const auto checked = AppSettings::checkServerUrl(m_server->text());
    return checked ? *checked : QUrl();
}

Workspace SettingsDialog::startWorkspace() const
{
    return workspaceFromKey(m_start->currentData().toString());
}

void SettingsDialog::accept()
{
    if (!checkServerUrl()) {
        m_server->setFocus(Qt::OtherFocusReason);
        m_server->selectAll();
        return;
    }
    AppSettings::setLanguage(language());
    AppSettings::setServerUrl(serverUrl());
    AppSettings::setStartWorkspace(startWorkspace());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("These settings are kept for your user account on this computer."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Guichet's windows and messages."));
    m_serverLabel->setText(tr("&Portal address:"));
    m_server->setAccessibleName(tr("Portal address"));
    m_server->setAccessibleDescription(
        tr("The web address of the portal server. It must start with https://."));
    m_server->setPlaceholderText(tr("https://portal.example.be"));
    m_serverHint->setText(tr("Leave empty until your organisation gives you the address."));
    m_startLabel->setText(tr("&Start in:"));
    m_start->setAccessibleName(tr("Start in workspace"));
    m_start->setAccessibleDescription(tr("The page Guichet shows when it starts."));
    for (int i = 0; i < m_start->count(); ++i)
        m_start->setItemText(i, WorkspacePage::title(s_workspaces.at(i)));
    m_dataLabel->setText(tr("&Data folder:"));
    m_data->setAccessibleName(tr("Data folder"));
    m_data->setAccessibleDescription(
        tr("Where Guichet keeps your drafts. Start Guichet with --data-dir to use another one."));
    if (m_serverError->isVisible())
        checkServerUrl();
}

bool SettingsDialog::checkServerUrl()
{
    const auto checked = AppSettings::checkServerUrl(m_server->text());
    if (checked) {
        m_serverError->clear();
        m_serverError->setVisible(false);
        m_server->setAccessibleDescription(
            tr("The web address of the portal server. It must start with https://."));
        return true;
    }
    // Said in words, with a marker that does not rely on colour.
    m_serverError->setText(tr("Not accepted: %1").arg(checked.error().message));
    m_serverError->setVisible(true);
    m_server->setAccessibleDescription(checked.error().message);
    return false;
}

} // namespace guichet::ui

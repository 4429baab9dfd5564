#include "settingsdialog.h"

#include "appsettings.h"
#include "core/i18n.h"
#include "eid/eidcontroller.h"
#include "workspacepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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

    // The proxy: the system's (environment, desktop), none, or one typed here.
    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(QStringLiteral("proxyMode"));
    m_proxy->addItem(QString(), int(AppSettings::ProxyMode::System));
    m_proxy->addItem(QString(), int(AppSettings::ProxyMode::None));
    m_proxy->addItem(QString(), int(AppSettings::ProxyMode::Manual));
    m_proxy->setCurrentIndex(qMax(0, m_proxy->findData(int(AppSettings::proxyMode()))));
    m_proxyLabel = new QLabel(this);
    m_proxyLabel->setBuddy(m_proxy);
    form->addRow(m_proxyLabel, m_proxy);
    m_proxyAddress = new QLineEdit(this);
    m_proxyAddress->setObjectName(QStringLiteral("proxyAddress"));
    m_proxyAddress->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_proxyAddress->setText(AppSettings::proxyAddress());
    m_proxyAddressLabel = new QLabel(this);
    m_proxyAddressLabel->setBuddy(m_proxyAddress);
    auto *proxyColumn = new QVBoxLayout;
    proxyColumn->addWidget(m_proxyAddress);
    m_proxyError = new QLabel(this);
    m_proxyError->setObjectName(QStringLiteral("proxyAddressError"));
    m_proxyError->setWordWrap(true);
    m_proxyError->setVisible(false);
    proxyColumn->addWidget(m_proxyError);
    form->addRow(m_proxyAddressLabel, proxyColumn);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] { updateProxyField(); });
    connect(m_proxyAddress, &QLineEdit::textEdited, this, [this] {
        if (m_proxyError->isVisible())
            checkProxy();
    });

    m_module = new QLineEdit(this);
    m_module->setObjectName(QStringLiteral("pkcs11Module"));
    m_module->setClearButtonEnabled(true);
    m_module->setText(AppSettings::pkcs11Module());
    m_moduleLabel = new QLabel(this);
    m_moduleLabel->setBuddy(m_module);
    auto *moduleColumn = new QVBoxLayout;
    moduleColumn->addWidget(m_module);
    m_moduleHint = new QLabel(this);
    m_moduleHint->setWordWrap(true);
    moduleColumn->addWidget(m_moduleHint);
    form->addRow(m_moduleLabel, moduleColumn);

    m_signOutOnRemoval = new QCheckBox(this);
    m_signOutOnRemoval->setObjectName(QStringLiteral("signOutOnCardRemoval"));
    m_signOutOnRemoval->setChecked(AppSettings::signOutOnCardRemoval());
    m_removalLabel = new QLabel(this);
    m_removalLabel->setBuddy(m_signOutOnRemoval);
    form->addRow(m_removalLabel, m_signOutOnRemoval);
    m_inactivity = new QSpinBox(this);
    m_inactivity->setObjectName(QStringLiteral("inactivityLockMinutes"));
    m_inactivity->setRange(0, 24 * 60);
    m_inactivity->setValue(AppSettings::inactivityLockMinutes());
    m_inactivityLabel = new QLabel(this);
    m_inactivityLabel->setBuddy(m_inactivity);
    form->addRow(m_inactivityLabel, m_inactivity);

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
    setTabOrder(m_start, m_proxy);
    setTabOrder(m_proxy, m_proxyAddress);
    setTabOrder(m_proxyAddress, m_module);
    setTabOrder(m_module, m_signOutOnRemoval);
    setTabOrder(m_signOutOnRemoval, m_inactivity);
    setTabOrder(m_inactivity, m_data);
    setTabOrder(m_data, m_buttons);

    updateProxyField();
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

AppSettings::ProxyMode SettingsDialog::proxyMode() const
{
    return AppSettings::ProxyMode(m_proxy->currentData().toInt());
}

QString SettingsDialog::proxyAddress() const
{
    return m_proxyAddress->text().trimmed();
}

QString SettingsDialog::pkcs11Module() const
{
    return m_module->text().trimmed();
}

bool SettingsDialog::signOutOnCardRemoval() const
{
    return m_signOutOnRemoval->isChecked();
}

void SettingsDialog::accept()
{
    if (!checkServerUrl()) {
        m_server->setFocus(Qt::OtherFocusReason);
        m_server->selectAll();
        return;
    }
    if (!checkProxy()) {
        m_proxyAddress->setFocus(Qt::OtherFocusReason);
        m_proxyAddress->selectAll();
        return;
    }
    AppSettings::setLanguage(language());
    AppSettings::setServerUrl(serverUrl());
    AppSettings::setProxyMode(proxyMode());
    AppSettings::setProxyAddress(proxyAddress());
    AppSettings::setPkcs11Module(pkcs11Module());
    AppSettings::setSignOutOnCardRemoval(signOutOnCardRemoval());
    AppSettings::setInactivityLockMinutes(m_inactivity->value());
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
    m_proxyLabel->setText(tr("Pro&xy:"));
    m_proxy->setItemText(0, tr("Use the system's proxy settings"));
    m_proxy->setItemText(1, tr("No proxy"));
    m_proxy->setItemText(2, tr("This proxy:"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxy->setAccessibleDescription(
        tr("How Guichet reaches the portal: through the system's proxy, directly, or through "
           "the proxy typed below."));
    m_proxyAddressLabel->setText(tr("Proxy &address:"));
    m_proxyAddress->setAccessibleName(tr("Proxy address"));
    m_proxyAddress->setAccessibleDescription(
        tr("The proxy's name and port, for example proxy.example.be:8080."));
    m_proxyAddress->setPlaceholderText(tr("proxy.example.be:8080"));
    m_moduleLabel->setText(tr("eID &module:"));
    m_module->setAccessibleName(tr("eID module"));
    m_module->setAccessibleDescription(
        tr("The PKCS#11 library of your card software. Leave empty to find it automatically."));
    const QString found = EidController::defaultModule();
    m_module->setPlaceholderText(found.isEmpty() ? tr("Automatic (none found)")
                                                 : tr("Automatic: %1").arg(found));
    m_moduleHint->setText(tr("Leave empty unless your helpdesk gives you a path. Changes take "
                             "effect at once and sign you out."));
    m_removalLabel->setText(tr("Card &removal:"));
    m_inactivityLabel->setText(tr("&Lock after (minutes idle):"));
    m_inactivity->setSpecialValueText(tr("Never"));
    m_inactivity->setAccessibleName(tr("Minutes without activity before the window locks"));
    m_inactivity->setAccessibleDescription(
        tr("On a shared desk the window locks itself when nobody uses it; 0 means never."));
    m_signOutOnRemoval->setText(tr("Sign out when the card is taken out of the reader"));
    m_signOutOnRemoval->setAccessibleName(tr("Sign out when the card is taken out"));
    m_signOutOnRemoval->setAccessibleDescription(
        tr("Taking the card out always locks the window; with this on, it also ends your "
           "portal session."));
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
    if (m_proxyError->isVisible())
        checkProxy();
}

void SettingsDialog::updateProxyField()
{
    const bool manual = proxyMode() == AppSettings::ProxyMode::Manual;
    m_proxyAddress->setEnabled(manual);
    if (!manual) {
        m_proxyError->clear();
        m_proxyError->setVisible(false);
    }
}

bool SettingsDialog::checkProxy()
{
    if (proxyMode() != AppSettings::ProxyMode::Manual)
        return true;
    const auto checked = AppSettings::checkProxyAddress(m_proxyAddress->text());
    if (checked) {
        m_proxyError->clear();
        m_proxyError->setVisible(false);
        return true;
    }
    m_proxyError->setText(tr("Not accepted: %1").arg(checked.error().message));
    m_proxyError->setVisible(true);
    return false;
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

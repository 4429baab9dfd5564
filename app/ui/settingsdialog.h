#pragma once

#include "appsettings.h"
#include "workspace.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet::ui {

// Tools > Settings: language, portal address, proxy, start workspace, the eID module and what
// taking the card out does. Reads AppSettings when built and writes them on OK; OK is refused,
// with the reason shown under the field, while the portal or proxy address is not acceptable.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString language() const;
    QUrl serverUrl() const;
    Workspace startWorkspace() const;
    AppSettings::ProxyMode proxyMode() const;
    QString proxyAddress() const;
    QString pkcs11Module() const;
    bool signOutOnCardRemoval() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool checkServerUrl();
    bool checkProxy();
    void updateProxyField();

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_serverHint = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_startLabel = nullptr;
    QComboBox *m_start = nullptr;
    QLabel *m_proxyLabel = nullptr;
    QComboBox *m_proxy = nullptr;
    QLabel *m_proxyAddressLabel = nullptr;
    QLineEdit *m_proxyAddress = nullptr;
    QLabel *m_proxyError = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QLineEdit *m_module = nullptr;
    QLabel *m_moduleHint = nullptr;
    QLabel *m_removalLabel = nullptr;
    QCheckBox *m_signOutOnRemoval = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QLabel *m_inactivityLabel = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLineEdit *m_data = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace guichet::ui

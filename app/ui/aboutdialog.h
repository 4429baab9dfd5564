#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace guichet::ui {

// Help > About Guichet: what Guichet is and the versions it runs with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_versions = nullptr;
    QLabel *m_guichetLabel = nullptr;
    QLabel *m_guichet = nullptr;
    QLabel *m_qtLabel = nullptr;
    QLabel *m_qt = nullptr;
    QLabel *m_openSslLabel = nullptr;
    QLabel *m_openSsl = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QLabel *m_keychain = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace guichet::ui

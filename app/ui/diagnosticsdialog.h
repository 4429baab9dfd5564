#pragma once

#include "diagnosticsreport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace guichet::ui {

class KeychainProbe;

// Tools > Diagnostics: the DiagnosticsReport of this installation, with a button that copies it
// as plain text for a helpdesk ticket. The keychain check runs in the background and fills its
// line in when it answers.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(QWidget *parent = nullptr);

    const DiagnosticsReport &report() const { return m_report; }
    // True once the keychain check has answered (or given up).
    bool isComplete() const;

public slots:
    void copyToClipboard();

signals:
    // The report changed, e.g. the keychain check answered.
    void reportUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void collect();
    void showReport();

    DiagnosticsReport m_report;
    KeychainProbe *m_probe = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace guichet::ui

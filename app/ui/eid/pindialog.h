#pragma once

#include "eidcontroller.h"

#include <QByteArray>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet::ui {

// Asks for the eID PIN: masked, digits only, Sign in enabled for 4 to 12 digits (the card's
// lengths), with the card's PIN state in words (tries left, last try, blocked). A blocked card
// gets the message and no PIN field.
//
// The dialog stays open while the PIN is checked (setBusy), so that a wrong PIN is answered in
// place; the caller closes it with finish() once signed in. The PIN leaves only through
// takePin(), which overwrites and clears the field; it is never carried by a signal.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinDialog(QWidget *parent = nullptr);
    ~PinDialog() override;

    void setRequest(const PinRequest &request);
    eid::PinState pinState() const { return m_pinState; }
    void setPinState(eid::PinState state);
    // A message about the last try (a refused PIN length, ...), under the field.
    void showError(const QString &message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    bool isLocked() const { return m_pinState == eid::PinState::Locked; }
    int minimumLength() const { return m_minLength; }
    int maximumLength() const { return m_maxLength; }

    // The PIN typed, as Latin-1 digits; the field is overwritten and emptied.
    QByteArray takePin();
    // Closes the dialog after a successful sign-in.
    void finish();

    QLineEdit *pinEdit() const { return m_pin; }
    QLabel *pinLabel() const { return m_pinLabel; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    // Sign in was pressed with an acceptable PIN: call takePin().
    void pinEntered();

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateWidgets();
    void wipeField();

    eid::PinState m_pinState = eid::PinState::Ok;
    int m_minLength = 4;
    int m_maxLength = 12;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_privacy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace guichet::ui

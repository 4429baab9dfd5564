#pragma once

#include "eidcontroller.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace guichet::ui {

// What the main window shows instead of its pages once the eID card has left the reader:
// nothing of the previous work is visible until someone signs in again with a card and its PIN.
// It follows the card's state in words and offers the sign-in when a card is there.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Reason
    {
        CardRemovedSignedOut, // the setting signed the user out
        CardRemoved,          // still signed in to the portal, the screen locked
        Inactive,             // nobody used the window for the configured delay (helpdesk desk)
    };
    Q_ENUM(Reason)

    explicit LockScreen(QWidget *parent = nullptr);

    void setController(EidController *controller);
    Reason reason() const { return m_reason; }
    void setReason(Reason reason);

    QLabel *headingLabel() const { return m_heading; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *cardLabel() const { return m_card; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *unlockButton() const { return m_unlock; }

public slots:
    void showProblem(const QString &message);

signals:
    // Sign in (with the PIN) to unlock.
    void unlockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCard();

    QPointer<EidController> m_controller;
    Reason m_reason = Reason::CardRemovedSignedOut;
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_card = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace guichet::ui

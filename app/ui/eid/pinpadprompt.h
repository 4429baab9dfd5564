#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace guichet::ui {

// "Type your PIN on the reader": shown, not modal, while a pinpad reader (protected
// authentication path) waits for the PIN, with the seconds left and a Cancel button. The PIN
// never passes through Guichet on such readers.
class PinpadPrompt : public QDialog
{
    Q_OBJECT

public:
    explicit PinpadPrompt(QWidget *parent = nullptr);

    // Shows the prompt and counts down from `timeoutSeconds`.
    void start(int timeoutSeconds);
    int secondsLeft() const { return m_secondsLeft; }
    // Closes the prompt: the reader answered.
    void finish();

    QLabel *messageLabel() const { return m_message; }
    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    // The user gave up waiting (Cancel or Esc).
    void cancelled();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void tick();

    int m_timeout = 30;
    int m_secondsLeft = 30;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace guichet::ui

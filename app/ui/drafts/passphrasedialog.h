#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet::ui {

// Asks for a passphrase. Choosing one (Mode::Choose) takes it twice and says, as it is typed,
// why OK is not yet possible (too short, the two differ): a typo there would lock the person out
// of what it protects. Typing one (Mode::Enter) takes it once. The fields are masked unless
// "Show" is ticked; the passphrase leaves only through take(), which clears the fields.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Choose,
        Enter,
    };

    PassphraseDialog(Mode mode, const QString &title, const QString &explanation,
                     QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    Mode mode() const { return m_mode; }
    // The shortest passphrase Choose accepts (8 by default; Enter accepts anything not empty).
    void setMinimumLength(int length);
    int minimumLength() const { return m_minimumLength; }

    // The passphrase typed, and the fields emptied.
    QString take();

    // The passphrase in a modal dialog: nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, Mode mode, const QString &title,
                                      const QString &explanation, int minimumLength = 8);

    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *confirmationEdit() const { return m_confirmation; } // null in Enter mode
    QCheckBox *showBox() const { return m_show; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Mode m_mode;
    int m_minimumLength = 8;
    QString m_title;
    QLabel *m_explanation = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QCheckBox *m_show = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace guichet::ui

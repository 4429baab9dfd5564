#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QDialogButtonBox;
class QLabel;

namespace guichet::sync {
class Outbox;
}

namespace guichet::ui::batch {

class BatchProgressWidget;

// A window that follows one batch (BatchProgressWidget) with a Close button. Closing it does not
// stop the batch: the worker goes on in the background, and the dialog can be opened again.
//
//   auto *dialog = new BatchDialog(space->outbox(), batchId, wake, mainWindow);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->closeWith(space);      // the outbox goes with its space
//   dialog->show();
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    BatchDialog(sync::Outbox &outbox, const QString &batchId, std::function<void()> wake,
                QWidget *parent = nullptr);

    BatchProgressWidget *progressWidget() const { return m_widget; }

    // Closes the dialog, without touching the outbox again, when `owner` (what holds the Outbox
    // given, e.g. the user space that a sign-out replaces) is destroyed.
    void closeWith(QObject *owner);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    BatchProgressWidget *m_widget;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace guichet::ui::batch

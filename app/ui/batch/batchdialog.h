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
//   auto *dialog = new BatchDialog(outbox, batchId, wake, mainWindow);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->show();
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    BatchDialog(sync::Outbox &outbox, const QString &batchId, std::function<void()> wake,
                QWidget *parent = nullptr);

    BatchProgressWidget *progressWidget() const { return m_widget; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    BatchProgressWidget *m_widget;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace guichet::ui::batch

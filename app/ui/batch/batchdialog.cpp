#include "batchdialog.h"

#include "ui/batch/batchprogresswidget.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui::batch {

BatchDialog::BatchDialog(sync::Outbox &outbox, const QString &batchId, std::function<void()> wake,
                         QWidget *parent)
    : QDialog(parent), m_widget(new BatchProgressWidget(outbox, batchId, std::move(wake), this)),
      m_note(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("batchDialog"));
    m_note->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter closes the window (the batch goes on); Cancel the rest takes a deliberate click.
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setDefault(true);
    connect(m_widget, &BatchProgressWidget::progressChanged, this, [this] { retranslate(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(720, 560);
    retranslate();
}

void BatchDialog::closeWith(QObject *owner)
{
    if (!owner)
        return;
    // Direct: the owner's members (the outbox) are gone when this runs, and no poll may come
    // between.
    connect(owner, &QObject::destroyed, this, [this] {
        m_widget->detach();
        close();
    });
}

void BatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BatchDialog::retranslate()
{
    const QString label = m_widget->progress().label;
    setWindowTitle(label.isEmpty() ? tr("Batch submission")
                                   : tr("Batch submission: %1").arg(label));
    setAccessibleName(windowTitle());
    m_note->setText(tr("You can close this window: the batch goes on in the background."));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
}

} // namespace guichet::ui::batch

#include "batchprogresswidget.h"

#include "core/sync/outbox.h"
#include "ui/batch/batchitemmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace guichet::ui::batch {

namespace {

// How far back item changes are read again on each poll: a writer takes its timestamp before
// it commits, so a change can land with a time a little older than one already read.
constexpr qint64 kChangeMarginMs = 5000;

bool sameCounts(const sync::BatchProgress &a, const sync::BatchProgress &b)
{
    return a.queued == b.queued && a.inProgress == b.inProgress && a.accepted == b.accepted &&
           a.acceptedWithWarnings == b.acceptedWithWarnings && a.refused == b.refused &&
           a.waiting == b.waiting && a.failed == b.failed && a.paused == b.paused &&
           a.lastChanged == b.lastChanged && a.label == b.label;
}

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BatchProgressWidget::BatchProgressWidget(sync::Outbox &outbox, const QString &batchId,
                                         std::function<void()> wake, QWidget *parent)
    : QWidget(parent), m_outbox(outbox), m_batchId(batchId), m_wake(std::move(wake)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &BatchProgressWidget::refresh);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("batchTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("batchProgressBar"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);

    m_done = valueLabel(this, "doneValue");
    m_failed = valueLabel(this, "failedValue");
    m_remaining = valueLabel(this, "remainingValue");
    m_rate = valueLabel(this, "rateValue");
    m_timeLeft = valueLabel(this, "timeLeftValue");
    m_details = valueLabel(this, "batchDetails");
    m_details->setWordWrap(true);
    m_doneLabel = valueLabel(this, "doneLabel");
    m_failedLabel = valueLabel(this, "failedLabel");
    m_remainingLabel = valueLabel(this, "remainingLabel");
    m_rateLabel = valueLabel(this, "rateLabel");
    m_timeLeftLabel = valueLabel(this, "timeLeftLabel");

    auto *numbers = new QFormLayout;
    numbers->addRow(m_doneLabel, m_done);
    numbers->addRow(m_failedLabel, m_failed);
    numbers->addRow(m_remainingLabel, m_remaining);
    numbers->addRow(m_rateLabel, m_rate);
    numbers->addRow(m_timeLeftLabel, m_timeLeft);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_cancel->setEnabled(false);
    m_resume->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &BatchProgressWidget::cancel);
    connect(m_resume, &QPushButton::clicked, this, &BatchProgressWidget::resume);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);

    m_model = new BatchItemModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(BatchItemModel::FinishedUnsuccessfullyRole);
    m_filter->setFilterKeyColumn(0);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("batchItems"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BatchItemModel::NumberColumn,
                                                     QHeaderView::ResizeToContents);

    m_listLabel = new QLabel(this);
    m_listLabel->setObjectName(QStringLiteral("itemListLabel"));
    m_listLabel->setBuddy(m_view);
    m_onlyFailed = new QCheckBox(this);
    m_onlyFailed->setObjectName(QStringLiteral("onlyFailed"));
    connect(m_onlyFailed, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(m_listLabel);
    listHeader->addStretch(1);
    listHeader->addWidget(m_onlyFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addLayout(numbers);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addLayout(listHeader);
    layout->addWidget(m_view, 1);

    setTabOrder(m_cancel, m_resume);
    setTabOrder(m_resume, m_onlyFailed);
    setTabOrder(m_onlyFailed, m_view);

    retranslate();
    refresh();
}

BatchProgressWidget::~BatchProgressWidget() = default;

void BatchProgressWidget::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void BatchProgressWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_detached)
        return;
    refresh();
    if (!m_progress.isComplete() || !m_loaded)
        m_timer->start();
}

void BatchProgressWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void BatchProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchProgressWidget::showError(const QString &message)
{
    m_error = message;
    m_status->setText(message);
    m_bar->setAccessibleDescription(message);
}

void BatchProgressWidget::detach()
{
    m_detached = true;
    m_timer->stop();
    m_cancel->setEnabled(false);
    m_resume->setEnabled(false);
}

void BatchProgressWidget::refresh()
{
    if (m_detached)
        return;
    auto progress = m_outbox.batchProgress(m_batchId);
    if (!progress) {
        showError(progress.error().message);
        return;
    }
    // The rows: all of them the first time or when their number changed, else only those
    // changed lately (a few, decrypted, instead of the whole batch on every poll).
    Expected<std::vector<sync::OutboxItem>> items =
        (!m_loaded || progress->total() != m_rowsSeen || !m_changeMark.isValid())
            ? m_outbox.batchItems(m_batchId)
            : m_outbox.batchItems(m_batchId, m_changeMark.addMSecs(-kChangeMarginMs));
    if (!items) {
        showError(items.error().message);
        return;
    }
    if (!m_loaded || progress->total() != m_rowsSeen || !m_changeMark.isValid()) {
        m_model->reset(*items);
        // Once per reset, not on every change (Qt measures at most resizeContentsPrecision rows).
        m_view->resizeColumnsToContents();
    } else {
        m_model->merge(*items);
    }
    widenColumns(*items);
    m_rowsSeen = progress->total();
    if (progress->lastChanged.isValid() &&
        (!m_changeMark.isValid() || progress->lastChanged > m_changeMark))
        m_changeMark = progress->lastChanged;

    const bool changed = !m_loaded || !sameCounts(*progress, m_progress);
    m_progress = std::move(*progress);
    m_loaded = true;
    m_error.clear();
    updateTexts(); // the rate and the time left move with the clock
    if (changed)
        emit progressChanged(m_progress);
    if (m_progress.isComplete()) {
        m_timer->stop();
        if (!m_completedAnnounced) {
            m_completedAnnounced = true;
            emit completed(m_progress);
        }
    } else {
        m_completedAnnounced = false;
        if (isVisible() && !m_timer->isActive())
            m_timer->start();
    }
}

void BatchProgressWidget::widenColumns(const std::vector<sync::OutboxItem> &changed)
{
    // States and tickets arrive after the list was first sized: widen their columns as they do,
    // never narrow them (the user may have set the widths).
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    QHeaderView *header = m_view->horizontalHeader();
    int state = header->sectionSize(BatchItemModel::StateColumn);
    int ticket = header->sectionSize(BatchItemModel::TicketColumn);
    for (const sync::OutboxItem &item : changed) {
        state = std::max(state, metrics.horizontalAdvance(BatchItemModel::stateText(item.state)) +
                                    icon + padding);
        ticket = std::max(ticket, metrics.horizontalAdvance(item.result.ticket) + padding);
    }
    header->resizeSection(BatchItemModel::StateColumn, state);
    header->resizeSection(BatchItemModel::TicketColumn, ticket);
}

void BatchProgressWidget::cancel()
{
    if (m_detached)
        return;
    if (auto paused = m_outbox.pauseBatch(m_batchId); !paused) {
        showError(paused.error().message);
        return;
    }
    refresh();
}

void BatchProgressWidget::resume()
{
    if (m_detached)
        return;
    if (auto resumed = m_outbox.resumeBatch(m_batchId); !resumed) {
        showError(resumed.error().message);
        return;
    }
    if (m_wake)
        m_wake();
    refresh();
}

QString BatchProgressWidget::durationText(std::chrono::seconds duration)
{
    const qint64 seconds = std::max<qint64>(0, duration.count());
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("about %n minute(s)", nullptr, int(minutes));
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void BatchProgressWidget::retranslate()
{
    m_doneLabel->setText(tr("Done:"));
    m_failedLabel->setText(tr("Failed:"));
    m_remainingLabel->setText(tr("Remaining:"));
    m_rateLabel->setText(tr("Rate:"));
    m_timeLeftLabel->setText(tr("Time left:"));
    m_done->setAccessibleName(tr("Done"));
    m_failed->setAccessibleName(tr("Failed"));
    m_remaining->setAccessibleName(tr("Remaining"));
    m_rate->setAccessibleName(tr("Rate"));
    m_timeLeft->setAccessibleName(tr("Time left"));
    m_details->setAccessibleName(tr("Results by kind"));
    m_status->setAccessibleName(tr("Batch status"));
    m_title->setAccessibleName(tr("Batch"));
    m_bar->setAccessibleName(tr("Batch progress"));

    m_cancel->setText(tr("Ca&ncel the rest"));
    m_cancel->setAccessibleName(tr("Cancel the rest"));
    const QString cancelHelp = tr("Stops sending the items not sent yet. Items already sent "
                                  "still get their result. You can resume later.");
    m_cancel->setToolTip(cancelHelp);
    m_cancel->setAccessibleDescription(cancelHelp);
    m_resume->setText(tr("&Resume"));
    m_resume->setAccessibleName(tr("Resume"));
    const QString resumeHelp = tr("Sends the items not sent yet. Nothing is sent twice.");
    m_resume->setToolTip(resumeHelp);
    m_resume->setAccessibleDescription(resumeHelp);

    m_listLabel->setText(tr("Result per &item:"));
    m_onlyFailed->setText(tr("Show only &failed items"));
    m_onlyFailed->setAccessibleName(tr("Show only failed items"));
    m_view->setAccessibleName(tr("Result per item"));
    m_view->setAccessibleDescription(
        tr("One row per item of the batch: its number, name, state, ticket and the portal's "
           "first message."));
    m_model->retranslate();
    updateTexts();
}

void BatchProgressWidget::updateTexts()
{
    const sync::BatchProgress &p = m_progress;
    const QLocale locale;
    m_title->setText(p.label.isEmpty() ? tr("Batch submission") : p.label);
    if (!m_loaded) {
        for (QLabel *value : {m_done, m_failed, m_remaining, m_rate, m_timeLeft})
            value->setText(tr("Not known yet"));
        if (m_error.isEmpty())
            m_status->setText(tr("Reading the batch…"));
        return;
    }
    const int total = p.total();
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(p.finished());
    m_bar->setFormat(tr("%1 of %2").arg(locale.toString(p.finished()), locale.toString(total)));

    m_done->setText(locale.toString(p.succeeded() + p.waiting));
    m_failed->setText(locale.toString(p.unsuccessful()));
    m_remaining->setText(locale.toString(p.remaining()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto rate = p.ratePerMinute(now))
        m_rate->setText(tr("%1 per minute").arg(locale.toString(*rate, 'f', *rate < 10 ? 1 : 0)));
    else
        m_rate->setText(tr("Not known yet"));
    if (p.isComplete())
        m_timeLeft->setText(tr("None: finished"));
    else if (p.paused)
        m_timeLeft->setText(tr("Paused"));
    else if (const auto left = p.timeLeft(now))
        m_timeLeft->setText(durationText(*left));
    else
        m_timeLeft->setText(tr("Not known yet"));

    QStringList kinds;
    if (p.accepted > 0)
        kinds << tr("%n accepted", nullptr, p.accepted);
    if (p.acceptedWithWarnings > 0)
        kinds << tr("%n accepted with warnings", nullptr, p.acceptedWithWarnings);
    if (p.waiting > 0)
        kinds << tr("%n waiting for more information", nullptr, p.waiting);
    if (p.refused > 0)
        kinds << tr("%n refused by the portal", nullptr, p.refused);
    if (p.failed > 0)
        kinds << tr("%n not taken by the portal", nullptr, p.failed);
    if (p.inProgress > 0)
        kinds << tr("%n sent, result awaited", nullptr, p.inProgress);
    if (p.queued > 0)
        kinds << tr("%n not sent yet", nullptr, p.queued);
    m_details->setText(kinds.join(QStringLiteral(" · ")));

    QString status;
    if (!m_error.isEmpty()) {
        status = m_error;
    } else if (p.isComplete()) {
        status = p.unsuccessful() > 0 ? tr("Finished. %n item(s) failed: see the list below.",
                                           nullptr, p.unsuccessful())
                                      : tr("Finished. Every item has its result.");
    } else if (p.paused) {
        status =
            tr("Cancelled. %n item(s) not sent will wait until you resume.", nullptr, p.queued);
        if (p.inProgress > 0)
            status += QLatin1Char(' ') +
                      tr("%n item(s) already sent still get their result.", nullptr, p.inProgress);
    } else {
        status = tr("Sending. %1 of %2 items have their result.")
                     .arg(locale.toString(p.finished()), locale.toString(total));
    }
    m_status->setText(status);
    m_bar->setAccessibleDescription(status);

    m_cancel->setEnabled(!m_detached && !p.paused && p.queued > 0);
    m_resume->setEnabled(!m_detached && p.paused);
}

} // namespace guichet::ui::batch

#pragma once

#include "core/sync/batchprogress.h"
#include "core/sync/outboxitem.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace guichet::sync {
class Outbox;
}

namespace guichet::ui::batch {

class BatchItemModel;

// Follows one batch of the outbox: a progress bar, done / failed / remaining, the rate and the
// time left, Cancel (pauses the items not sent yet; those already sent still get their result)
// and Resume, and the result of each item. It polls the outbox (reads only: the worker, usually
// on another thread with its own connection, does the sending), so it shows the truth of the
// file whoever moves the items on.
//
//   auto *w = new BatchProgressWidget(outbox, batchId, [worker] {
//       QMetaObject::invokeMethod(worker, &sync::OutboxWorker::wake, Qt::QueuedConnection);
//   }, parent);
//
// `wake` is called after Resume, so the worker looks for due items at once. `outbox` must be
// an Outbox of this (the GUI) thread and outlive the widget.
class BatchProgressWidget : public QWidget
{
    Q_OBJECT

public:
    BatchProgressWidget(sync::Outbox &outbox, const QString &batchId, std::function<void()> wake,
                        QWidget *parent = nullptr);
    ~BatchProgressWidget() override;

    QString batchId() const { return m_batchId; }
    // The last progress read (empty before the first).
    const sync::BatchProgress &progress() const { return m_progress; }
    // The last read failed: why (translated), else empty.
    QString errorText() const { return m_error; }

    // How often the outbox is read while the widget is shown (default 500 ms).
    void setPollInterval(std::chrono::milliseconds interval);

    // Reads the outbox now.
    void refresh();
    // The outbox is going away (the user space closed): stop reading it, for good.
    void detach();
    bool isDetached() const { return m_detached; }
    // Cancel: pauses the batch (what was sent goes on). Resume: lets it go on, wakes the worker.
    void cancel();
    void resume();

    QProgressBar *progressBar() const { return m_bar; }
    QTableView *itemView() const { return m_view; }
    BatchItemModel *itemModel() const { return m_model; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }

    // "about 3 minutes", "less than a minute", "about 2 h 5 min": for the time left.
    static QString durationText(std::chrono::seconds duration);

signals:
    // After each read that found something new.
    void progressChanged(const guichet::sync::BatchProgress &progress);
    // Once, when every item has its result.
    void completed(const guichet::sync::BatchProgress &progress);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateTexts();
    void showError(const QString &message);
    void widenColumns(const std::vector<sync::OutboxItem> &changed);

    sync::Outbox &m_outbox;
    QString m_batchId;
    std::function<void()> m_wake;
    sync::BatchProgress m_progress;
    bool m_loaded = false;
    bool m_detached = false;
    bool m_completedAnnounced = false;
    QDateTime m_changeMark; // the latest item change read so far
    int m_rowsSeen = -1;
    QString m_error;

    QTimer *m_timer;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_doneLabel;
    QLabel *m_done;
    QLabel *m_failedLabel;
    QLabel *m_failed;
    QLabel *m_remainingLabel;
    QLabel *m_remaining;
    QLabel *m_rateLabel;
    QLabel *m_rate;
    QLabel *m_timeLeftLabel;
    QLabel *m_timeLeft;
    QLabel *m_details;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QLabel *m_listLabel;
    QCheckBox *m_onlyFailed;
    QTableView *m_view;
    BatchItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace guichet::ui::batch

#pragma once

#include "core/sync/outboxitem.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace guichet::ui {

class SubmissionListModel;
class UserSpace;

// What was submitted and where it stands: queued, sending, received, being processed, accepted,
// accepted with warnings, refused, waiting for more, or refused as a request. The selected
// submission's ticket and anomalies show below the list; "Open the draft" shows the anomalies on
// the draft's fields. A result that arrives is announced at the top of the page (and by the main
// window in its status bar).
class SubmissionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SubmissionsPage(QWidget *parent = nullptr);
    ~SubmissionsPage() override;

    void setSpace(UserSpace *space);
    void refresh();

    // A result arrived for the item: the page says so at the top.
    void announce(const QString &itemId);
    // The words for a state, as the list shows them.
    static QString stateText(sync::OutboxState state);

    QStringList itemIds() const;
    // The state shown for an item (nullopt when it is not listed).
    std::optional<sync::OutboxState> shownState(const QString &itemId) const;
    void selectItem(const QString &itemId);

    QTableView *table() const { return m_table; }
    QLabel *notification() const { return m_notification; }
    QLabel *details() const { return m_details; }
    QListWidget *anomalyList() const { return m_anomalies; }
    QPushButton *openDraftButton() const { return m_openDraft; }
    QPushButton *receiptButton() const { return m_receipt; }

signals:
    // Open the draft of a submission and show the submission's anomalies on its fields.
    void openDraftRequested(const QString &draftId, const QString &itemId);
    // Show the portal's receipt of a declaration (its id on the portal).
    void receiptRequested(const QString &declarationId);
    // Send what waits now (the outbox worker's wake()).
    void retryRequested();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void updateNotification();
    QString currentItemId() const;

    QPointer<UserSpace> m_space;
    SubmissionListModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_notification = nullptr;
    QLabel *m_offline = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_anomalies = nullptr;
    QPushButton *m_openDraft = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_receipt = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_announced;
};

} // namespace guichet::ui

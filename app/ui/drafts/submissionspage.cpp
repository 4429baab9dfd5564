#include "submissionspage.h"

#include "core/forms/catalogue.h"
#include "core/i18n.h"
#include "core/paths.h"
#include "ui/drafts/userspace.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>
#include <vector>

namespace guichet::ui {

class SubmissionListModel : public QAbstractTableModel
{
public:
    enum Column
    {
        Form,
        State,
        Ticket,
        Updated,
        Problems,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<sync::OutboxItem> items)
    {
        beginResetModel();
        // Newest first: what was just submitted is on top.
        m_items.assign(items.rbegin(), items.rend());
        endResetModel();
    }
    void setCatalogue(std::optional<forms::Catalogue> catalogue)
    {
        m_catalogue = std::move(catalogue);
    }
    const sync::OutboxItem *find(const QString &id) const
    {
        for (const sync::OutboxItem &item : m_items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }
    const sync::OutboxItem &at(int row) const { return m_items.at(std::size_t(row)); }
    int rowOf(const QString &id) const
    {
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].id == id)
                return int(i);
        }
        return -1;
    }
    QString formTitle(const QString &formId) const
    {
        const forms::CatalogueEntry *entry = m_catalogue ? m_catalogue->find(formId) : nullptr;
        return entry ? entry->title() : formId;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const sync::OutboxItem &item = at(index.row());
        if (role == Qt::UserRole)
            return item.id;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Form:
            return formTitle(item.formId);
        case State:
            if (item.damaged)
                return SubmissionsPage::tr("Damaged: cannot be read");
            return SubmissionsPage::stateText(item.state);
        case Ticket:
            return item.result.ticket;
        case Updated:
            return QLocale().toString(item.updated.toLocalTime(), QLocale::ShortFormat);
        case Problems: {
            const int count = int(item.result.anomalies.size());
            return count == 0 ? QString() : SubmissionsPage::tr("%n problem(s)", nullptr, count);
        }
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Form:
            return SubmissionsPage::tr("Form");
        case State:
            return SubmissionsPage::tr("Status");
        case Ticket:
            return SubmissionsPage::tr("Ticket");
        case Updated:
            return SubmissionsPage::tr("Last change");
        case Problems:
            return SubmissionsPage::tr("Problems");
        }
        return {};
    }
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_items.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }

private:
    std::vector<sync::OutboxItem> m_items;
    std::optional<forms::Catalogue> m_catalogue;
};

QString SubmissionsPage::stateText(sync::OutboxState state)
{
    switch (state) {
    case sync::OutboxState::Queued:
        return tr("Queued: waiting to be sent");
    case sync::OutboxState::Sending:
        return tr("Sending");
    case sync::OutboxState::Received:
        return tr("Received by the portal");
    case sync::OutboxState::Processing:
        return tr("Being processed");
    case sync::OutboxState::Accepted:
        return tr("Accepted");
    case sync::OutboxState::AcceptedWithWarnings:
        return tr("Accepted with warnings");
    case sync::OutboxState::Refused:
        return tr("Refused");
    case sync::OutboxState::Waiting:
        return tr("Waiting for more information");
    case sync::OutboxState::Failed:
        return tr("Not taken by the portal");
    }
    return {};
}

SubmissionsPage::SubmissionsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("submissionsPage"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_notification = new QLabel(this);
    m_notification->setObjectName(QStringLiteral("resultNotification"));
    m_notification->setWordWrap(true);
    m_notification->setFrameShape(QFrame::StyledPanel);
    m_notification->setFocusPolicy(Qt::TabFocus);
    m_notification->hide();
    layout->addWidget(m_notification);

    m_model = new SubmissionListModel(this);
    if (auto catalogue = forms::Catalogue::load(paths::formsDirectory()))
        m_model->setCatalogue(std::move(*catalogue));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("submissionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed widths sized in characters: a batch lists thousands of rows, too many to measure.
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(SubmissionListModel::State, character * 30);
    m_table->setColumnWidth(SubmissionListModel::Ticket, character * 20);
    m_table->setColumnWidth(SubmissionListModel::Updated, character * 20);
    m_table->setColumnWidth(SubmissionListModel::Problems, character * 14);
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionListModel::Form,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 2);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("submissionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_details);
    m_anomalies = new QListWidget(this);
    m_anomalies->setObjectName(QStringLiteral("submissionAnomalies"));
    layout->addWidget(m_anomalies, 1);

    auto *buttons = new QHBoxLayout;
    m_openDraft = new QPushButton(this);
    m_openDraft->setObjectName(QStringLiteral("openSubmittedDraft"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeSubmission"));
    m_receipt = new QPushButton(this);
    m_receipt->setObjectName(QStringLiteral("showReceipt"));
    buttons->addWidget(m_openDraft);
    buttons->addWidget(m_receipt);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubmissionsPage::showSelected);
    connect(m_table, &QTableView::activated, this, [this] { m_openDraft->click(); });
    connect(m_openDraft, &QPushButton::clicked, this, [this] {
        const sync::OutboxItem *item = m_model->find(currentItemId());
        if (item && !item->draftId.isEmpty())
            emit openDraftRequested(item->draftId, item->id);
    });
    connect(m_retry, &QPushButton::clicked, this, &SubmissionsPage::retryRequested);
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        const sync::OutboxItem *item = m_model->find(currentItemId());
        if (item && !item->result.declarationId.isEmpty())
            emit receiptRequested(item->result.declarationId);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_space)
            return;
        if (auto removed = m_space->outbox().remove(currentItemId()); !removed)
            emit message(removed.error().message);
        m_space->notifyOutboxChanged();
    });
    retranslateUi();
    showSelected();
}

SubmissionsPage::~SubmissionsPage() = default;

void SubmissionsPage::setSpace(UserSpace *space)
{
    if (m_space)
        m_space->disconnect(this);
    m_space = space;
    m_notification->hide();
    m_announced.clear();
    if (space)
        connect(space, &UserSpace::outboxChanged, this, &SubmissionsPage::refresh);
    refresh();
}

void SubmissionsPage::refresh()
{
    const QString selected = currentItemId();
    std::vector<sync::OutboxItem> items;
    if (m_space) {
        auto listed = m_space->outbox().items();
        if (listed)
            items = std::move(*listed);
        else
            emit message(listed.error().message);
    }
    m_model->setItems(std::move(items));
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selected.isEmpty())
        selectItem(selected);
    updateNotification();
    showSelected();
}

QStringList SubmissionsPage::itemIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->at(row).id);
    return ids;
}

std::optional<sync::OutboxState> SubmissionsPage::shownState(const QString &itemId) const
{
    if (const sync::OutboxItem *item = m_model->find(itemId))
        return item->state;
    return std::nullopt;
}

void SubmissionsPage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        m_table->selectRow(row);
}

QString SubmissionsPage::currentItemId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void SubmissionsPage::announce(const QString &itemId)
{
    m_announced = itemId;
    updateNotification();
    if (m_notification->isVisible())
        QApplication::alert(window());
}

void SubmissionsPage::updateNotification()
{
    const sync::OutboxItem *item = m_model->find(m_announced);
    if (!item)
        return;
    QString text = tr("%1: %2.").arg(m_model->formTitle(item->formId), stateText(item->state));
    if (!item->result.ticket.isEmpty())
        text += QLatin1Char(' ') + tr("Ticket %1.").arg(item->result.ticket);
    m_notification->setText(text);
    m_notification->setAccessibleName(tr("Latest result"));
    m_notification->setAccessibleDescription(text);
    m_notification->show();
}

void SubmissionsPage::showSelected()
{
    const sync::OutboxItem *item = m_model->find(currentItemId());
    m_anomalies->clear();
    m_openDraft->setEnabled(item && !item->draftId.isEmpty());
    m_remove->setEnabled(item && item->isFinal());
    m_receipt->setEnabled(item && item->isFinal() && !item->result.declarationId.isEmpty());
    if (!item) {
        m_details->setText(m_model->rowCount() ? tr("Choose a submission to see its details.")
                                               : QString());
        m_anomalies->hide();
        return;
    }
    QStringList lines;
    lines << tr("Status: %1").arg(stateText(item->state));
    if (!item->result.ticket.isEmpty())
        lines << tr("Ticket: %1").arg(item->result.ticket);
    if (!item->result.declarationId.isEmpty())
        lines << tr("Declaration: %1").arg(item->result.declarationId);
    lines << tr("Queued: %1")
                 .arg(QLocale().toString(item->created.toLocalTime(), QLocale::ShortFormat));
    if (item->completed.isValid())
        lines << tr("Result: %1")
                     .arg(QLocale().toString(item->completed.toLocalTime(), QLocale::ShortFormat));
    if (!item->isFinal() && item->attempts > 0 && !item->lastError.isEmpty())
        lines << tr("Attempts: %1 — it will be tried again by itself.").arg(item->attempts);
    if (item->state == sync::OutboxState::Failed) {
        const QString detail = item->result.problem.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            lines << tr("The portal said: %1").arg(detail);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    const QString language = i18n::currentLanguage();
    for (const sync::Anomaly &anomaly : item->result.anomalyList()) {
        auto *row = new QListWidgetItem((anomaly.blocking ? tr("Blocking: %1") : tr("Warning: %1"))
                                            .arg(anomaly.message(language)),
                                        m_anomalies);
        row->setToolTip(anomaly.fieldPointer());
    }
    m_anomalies->setVisible(m_anomalies->count() > 0);
}

void SubmissionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubmissionsPage::retranslateUi()
{
    m_heading->setText(tr("Submissions"));
    m_table->setAccessibleName(tr("Submissions"));
    m_table->setAccessibleDescription(tr("Enter opens the submitted draft with the portal's "
                                         "remarks on its fields."));
    m_empty->setText(tr("Nothing submitted yet. Submit a draft: it waits here until the portal "
                        "has answered."));
    m_details->setAccessibleName(tr("Submission details"));
    m_anomalies->setAccessibleName(tr("Problems found by the portal"));
    m_openDraft->setText(tr("&Open the draft"));
    m_receipt->setText(tr("Re&ceipt…"));
    m_receipt->setToolTip(tr("The portal's signed receipt: view, save as PDF, print."));
    m_retry->setText(tr("&Retry now"));
    m_retry->setToolTip(tr("Send what waits in the outbox now instead of at the next attempt."));
    m_remove->setText(tr("Re&move from the list"));
    m_model->retranslate();
    updateNotification();
    showSelected();
}

} // namespace guichet::ui

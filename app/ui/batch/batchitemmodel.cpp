#include "batchitemmodel.h"

#include "core/i18n.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace guichet::ui::batch {

using sync::OutboxState;

BatchItemModel::BatchItemModel(QObject *parent) : QAbstractTableModel(parent) {}

void BatchItemModel::reset(std::vector<sync::OutboxItem> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.batchIndex < b.batchIndex; });
    beginResetModel();
    m_items = std::move(items);
    reindex();
    endResetModel();
}

void BatchItemModel::merge(const std::vector<sync::OutboxItem> &changed)
{
    std::vector<sync::OutboxItem> added;
    for (const sync::OutboxItem &item : changed) {
        const int row = m_rowById.value(item.id, -1);
        if (row < 0) {
            added.push_back(item);
            continue;
        }
        m_items[std::size_t(row)] = item;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.empty())
        return;
    // New rows are rare (the batch is queued in one transaction): take the simple way.
    std::vector<sync::OutboxItem> all = m_items;
    all.insert(all.end(), added.begin(), added.end());
    reset(std::move(all));
}

void BatchItemModel::retranslate()
{
    if (!m_items.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BatchItemModel::reindex()
{
    m_rowById.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_rowById.insert(m_items[i].id, int(i));
}

const sync::OutboxItem *BatchItemModel::item(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_items[std::size_t(row)];
}

int BatchItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BatchItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchItemModel::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Not sent yet");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Received:
        return tr("Received by the portal");
    case OutboxState::Processing:
        return tr("Being processed");
    case OutboxState::Accepted:
        return tr("Accepted");
    case OutboxState::AcceptedWithWarnings:
        return tr("Accepted with warnings");
    case OutboxState::Refused:
        return tr("Refused");
    case OutboxState::Waiting:
        return tr("Waiting for more information");
    case OutboxState::Failed:
        return tr("Failed");
    }
    return {};
}

QString BatchItemModel::messageText(const sync::OutboxItem &item)
{
    if (item.damaged)
        return tr("This item's stored result is damaged and cannot be read.");
    const QList<sync::Anomaly> anomalies = item.result.anomalyList();
    if (!anomalies.isEmpty()) {
        // Blocking ones first: they are why a declaration was refused.
        const auto blocking = std::find_if(anomalies.cbegin(), anomalies.cend(),
                                           [](const sync::Anomaly &a) { return a.blocking; });
        const sync::Anomaly &first = blocking != anomalies.cend() ? *blocking : anomalies.first();
        const QString text = first.message(i18n::currentLanguage());
        if (!text.isEmpty())
            return text;
        return first.code;
    }
    const QJsonObject &problem = item.result.problem;
    if (!problem.isEmpty()) {
        for (const char *key : {"detail", "title"}) {
            const QString text = problem.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                return text;
        }
    }
    return item.lastError;
}

QVariant BatchItemModel::data(const QModelIndex &index, int role) const
{
    const sync::OutboxItem *it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NumberColumn:
            return QString::number(it->batchIndex + 1);
        case NameColumn:
            return it->label.isEmpty() ? tr("Item %1").arg(it->batchIndex + 1) : it->label;
        case StateColumn:
            return stateText(it->state);
        case TicketColumn:
            return it->result.ticket;
        case MessageColumn:
            return messageText(*it);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == NameColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return {};
        // Never colour alone: the icon goes with the state's words.
        switch (it->state) {
        case OutboxState::Accepted:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case OutboxState::AcceptedWithWarnings:
        case OutboxState::Waiting:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case OutboxState::Refused:
        case OutboxState::Failed:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return int(it->state);
    case ItemIdRole:
        return it->id;
    case FinishedUnsuccessfullyRole:
        return it->state == OutboxState::Refused || it->state == OutboxState::Failed;
    default:
        return {};
    }
}

QVariant BatchItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Item");
    case StateColumn:
        return tr("State");
    case TicketColumn:
        return tr("Ticket");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace guichet::ui::batch

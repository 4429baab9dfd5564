#pragma once

#include "core/sync/outboxitem.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace guichet::ui::batch {

// The items of one batch, one row each in batch order, for the result list of the batch dialog:
// number, name, state, ticket and the first message the portal gave (anomaly or refusal), in
// the UI language. merge() takes the items the outbox says changed since the last read.
class BatchItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        StateColumn,
        TicketColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // the OutboxState as an int
        ItemIdRole,                   // the outbox item id
        FinishedUnsuccessfullyRole,   // bool: refused or failed (the "only failed" filter)
    };

    explicit BatchItemModel(QObject *parent = nullptr);

    // Replaces every row.
    void reset(std::vector<sync::OutboxItem> items);
    // Updates the rows of these items and adds the ones not seen yet (kept in batch order).
    void merge(const std::vector<sync::OutboxItem> &changed);
    // After a language change: every text is read again.
    void retranslate();

    const sync::OutboxItem *item(int row) const;
    int rowOf(const QString &itemId) const { return m_rowById.value(itemId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The state in the user's words.
    static QString stateText(sync::OutboxState state);
    // The first thing the portal said about the item (its first anomaly, or why the request was
    // refused), else why the last attempt did not move it on; in the UI language when the
    // portal gave that language.
    static QString messageText(const sync::OutboxItem &item);

private:
    void reindex();
    std::vector<sync::OutboxItem> m_items;
    QHash<QString, int> m_rowById;
};

} // namespace guichet::ui::batch

#pragma once

#include "core/staff/staffrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace guichet::forms {
class FormDefinition;
}

namespace guichet::ui::employer {

// The staff register as a table: one row per entry, the texts each cell shows computed once
// when the entry arrives (thousands of rows scroll and sort without touching JSON).
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NissColumn,
        WorkerTypeColumn,
        ContractColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // ISO dates, folded names
        SearchNameRole,              // folded "first last" for the search
        NissRole,                    // bare digits
        ActiveRole,                  // bool
        IdRole,
    };

    explicit StaffTableModel(QObject *parent = nullptr);

    // The form whose texts name the contract types (may be null: codes are shown).
    void setForm(std::shared_ptr<const forms::FormDefinition> form);

    void setRecords(QList<staff::StaffRecord> records);
    // Adds a new entry or replaces the one with the same id.
    void upsert(const staff::StaffRecord &record);
    void clear();

    const staff::StaffRecord &record(int row) const { return m_rows.at(row).record; }
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    const QList<staff::StaffRecord> records() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language change: the headers and the translated cells.
    void retranslate();

private:
    struct Row
    {
        staff::StaffRecord record;
        QString cells[ColumnCount];
        QString sortKeys[ColumnCount];
        QString searchName;
    };
    Row makeRow(const staff::StaffRecord &record) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    std::shared_ptr<const forms::FormDefinition> m_form;
};

} // namespace guichet::ui::employer

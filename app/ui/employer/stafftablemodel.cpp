#include "ui/employer/stafftablemodel.h"

#include "core/forms/formdefinition.h"
#include "core/schema/formats.h"
#include "core/staff/formcache.h"

#include <QLocale>

namespace guichet::ui::employer {

StaffTableModel::StaffTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffTableModel::setForm(std::shared_ptr<const forms::FormDefinition> form)
{
    m_form = std::move(form);
    retranslate();
}

StaffTableModel::Row StaffTableModel::makeRow(const staff::StaffRecord &record) const
{
    Row row;
    row.record = record;
    const QString niss = record.niss();
    const QString last = record.lastName();
    const QString first = record.firstName();
    row.cells[NameColumn] = (last.isEmpty() && first.isEmpty()) ? QString() : record.displayName();
    row.sortKeys[NameColumn] = staff::foldForSearch(last + QLatin1Char(' ') + first);
    row.cells[NissColumn] =
        QString::fromStdString(schema::formatNissForDisplay(niss.toStdString()));
    row.sortKeys[NissColumn] = niss;
    row.cells[WorkerTypeColumn] = record.workerType();
    row.sortKeys[WorkerTypeColumn] = record.workerType();
    const QString contract = record.contractType();
    row.cells[ContractColumn] =
        m_form ? staff::FormCache::valueText(*m_form, QStringLiteral("/contract/type"), contract)
               : contract;
    row.sortKeys[ContractColumn] = row.cells[ContractColumn];
    const QDate start = record.startDate();
    const QDate end = record.endDate();
    row.cells[StartColumn] =
        start.isValid() ? QLocale().toString(start, QLocale::ShortFormat) : QString();
    row.sortKeys[StartColumn] = start.toString(Qt::ISODate);
    row.cells[EndColumn] =
        end.isValid() ? QLocale().toString(end, QLocale::ShortFormat) : QString();
    // Open-ended contracts sort after every end date.
    row.sortKeys[EndColumn] = end.isValid() ? end.toString(Qt::ISODate) : QStringLiteral("9999");
    row.cells[StatusColumn] = record.active ? tr("Active") : tr("Ended");
    row.sortKeys[StatusColumn] = record.active ? QStringLiteral("0") : QStringLiteral("1");
    row.searchName = staff::foldForSearch(first + QLatin1Char(' ') + last);
    return row;
}

void StaffTableModel::setRecords(QList<staff::StaffRecord> records)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_rows.reserve(records.size());
    for (const staff::StaffRecord &record : std::as_const(records)) {
        m_rowOfId.insert(record.id, int(m_rows.size()));
        m_rows.append(makeRow(record));
    }
    endResetModel();
}

void StaffTableModel::upsert(const staff::StaffRecord &record)
{
    const int row = rowOfId(record.id);
    if (row >= 0) {
        m_rows[row] = makeRow(record);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rowOfId.insert(record.id, at);
    m_rows.append(makeRow(record));
    endInsertRows();
}

void StaffTableModel::clear()
{
    setRecords({});
}

const QList<staff::StaffRecord> StaffTableModel::records() const
{
    QList<staff::StaffRecord> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.record);
    return out;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells[index.column()];
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.cells[NameColumn].isEmpty())
            return tr("No name in the register: the national number identifies this worker.");
        return {};
    case SortRole:
        return row.sortKeys[index.column()];
    case SearchNameRole:
        return row.searchName;
    case NissRole:
        return row.record.niss();
    case ActiveRole:
        return row.record.active;
    case IdRole:
        return row.record.id;
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NissColumn:
        return tr("National number");
    case WorkerTypeColumn:
        return tr("Worker type");
    case ContractColumn:
        return tr("Contract");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void StaffTableModel::retranslate()
{
    for (Row &row : m_rows)
        row = makeRow(row.record);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace guichet::ui::employer

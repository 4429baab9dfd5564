#include "ui/employer/stafffiltermodel.h"

#include "core/schema/formats.h"
#include "core/staff/staffrecord.h"
#include "ui/employer/stafftablemodel.h"

namespace guichet::ui::employer {

StaffFilterModel::StaffFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StaffTableModel::SortRole);
    setSortLocaleAware(false);
}

void StaffFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString trimmed = text.trimmed();
    const QString compact =
        QString::fromStdString(schema::compactIdentifier(trimmed.toStdString()));
    bool digitsOnly = !compact.isEmpty();
    for (const QChar c : compact)
        digitsOnly = digitsOnly && c.isDigit();
    m_digits = digitsOnly ? compact : QString();
    m_words = digitsOnly
                  ? QStringList()
                  : staff::foldForSearch(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void StaffFilterModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool StaffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status != Status::All) {
        const bool active = index.data(StaffTableModel::ActiveRole).toBool();
        if (active != (m_status == Status::Active))
            return false;
    }
    if (!m_digits.isEmpty())
        return index.data(StaffTableModel::NissRole).toString().contains(m_digits);
    if (m_words.isEmpty())
        return true;
    const QString name = index.data(StaffTableModel::SearchNameRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word))
            return false;
    }
    return true;
}

bool StaffFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data(StaffTableModel::SortRole).toString();
    const QString b = right.data(StaffTableModel::SortRole).toString();
    if (a != b)
        return a < b;
    // Equal keys keep the register's order (by id) so that sorting is stable.
    return left.row() < right.row();
}

} // namespace guichet::ui::employer

#include "ui/employer/importpreviewmodel.h"

#include "core/schema/formats.h"
#include "core/staff/jsonpointer.h"

namespace guichet::ui::employer {

ImportPreviewModel::ImportPreviewModel(std::shared_ptr<const forms::FormDefinition> form,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_form(std::move(form))
{}

void ImportPreviewModel::setPlan(const staff::ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_rowOfLine.clear();
    m_outcomes.clear();
    if (m_plan) {
        for (int i = 0; i < m_plan->rows().size(); ++i)
            m_rowOfLine.insert(m_plan->rows().at(i).line, i);
    }
    endResetModel();
}

void ImportPreviewModel::setOutcome(int line, Outcome outcome, const QString &message)
{
    m_outcomes.insert(line, {outcome, message});
    const int row = m_rowOfLine.value(line, -1);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImportPreviewModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= m_plan->rows().size())
        return {};
    const staff::ImportRow &row = m_plan->rows().at(index.row());
    if (role == HasProblemsRole)
        return row.isValid() ? QStringLiteral("0") : QStringLiteral("1");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto outcome = m_outcomes.value(row.line, {Outcome::Pending, QString()});
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case StatusColumn:
        if (!row.isValid())
            return tr("Problem");
        switch (outcome.first) {
        case Outcome::Pending:
            return tr("Ready");
        case Outcome::Written:
            return tr("Added");
        case Outcome::Refused:
            return tr("Refused by the portal");
        case Outcome::NotSent:
            return tr("Not sent");
        case Outcome::Twice:
            return tr("Added twice");
        }
        return {};
    case NameColumn: {
        const QString last =
            staff::valueAt(row.document, QStringLiteral("/identity/lastName")).toString();
        const QString first =
            staff::valueAt(row.document, QStringLiteral("/identity/firstName")).toString();
        return first.isEmpty() ? last : last + QStringLiteral(", ") + first;
    }
    case NissColumn:
        return QString::fromStdString(schema::formatNissForDisplay(
            staff::valueAt(row.document, QStringLiteral("/identity/niss"))
                .toString()
                .toStdString()));
    case ProblemsColumn: {
        QStringList texts;
        for (const staff::ImportIssue &issue : row.issues)
            texts << issue.text(*m_form);
        if ((outcome.first == Outcome::Refused || outcome.first == Outcome::Twice) &&
            !outcome.second.isEmpty())
            texts << outcome.second;
        // Two rules of the schema may refuse one field for the same reason.
        texts.removeDuplicates();
        return texts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" • "));
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case NissColumn:
        return tr("National number");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

} // namespace guichet::ui::employer

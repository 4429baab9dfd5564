#pragma once

#include "core/staff/importplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <memory>

namespace guichet::ui::employer {

// The rows of a staff CSV file before (and while) they are imported: line, status, worker and
// the problems found, said in the current language each time they are shown.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        StatusColumn,
        NameColumn,
        NissColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role
    {
        HasProblemsRole = Qt::UserRole + 1, // "1" or "0", for a fixed-string filter
    };
    enum class Outcome
    {
        Pending,
        Written,
        Refused,
        NotSent,
        Twice, // written, and the register holds it twice (a re-sent request)
    };

    ImportPreviewModel(std::shared_ptr<const forms::FormDefinition> form,
                       QObject *parent = nullptr);

    void setPlan(const staff::ImportPlan *plan);
    void setOutcome(int line, Outcome outcome, const QString &message = {});
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const forms::FormDefinition> m_form;
    const staff::ImportPlan *m_plan = nullptr;
    QHash<int, int> m_rowOfLine;
    QHash<int, QPair<Outcome, QString>> m_outcomes; // by line
};

} // namespace guichet::ui::employer

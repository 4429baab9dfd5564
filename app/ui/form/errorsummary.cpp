#include "errorsummary.h"

#include "core/json/pointer.h"
#include "ui/form/formview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet::ui::form {

class ErrorSummary::Model : public QAbstractListModel
{
public:
    explicit Model(const FormContext *context, QObject *parent)
        : QAbstractListModel(parent), m_context(context)
    {}

    void reset()
    {
        beginResetModel();
        m_rows = m_context->model->errorCount();
        endResetModel();
    }

    // Follows one edit's errorRowsChanged: the rows that kept their place are not read again.
    void replaceRows(int first, int removed, int inserted)
    {
        if (first < 0 || removed < 0 || inserted < 0 || first + removed > m_rows ||
            m_rows - removed + inserted != m_context->model->errorCount()) {
            reset(); // missed a change: start again from the model
            return;
        }
        if (removed > inserted) {
            beginRemoveRows({}, first + inserted, first + removed - 1);
            m_rows -= removed - inserted;
            endRemoveRows();
        } else if (inserted > removed) {
            beginInsertRows({}, first + removed, first + inserted - 1);
            m_rows += inserted - removed;
            endInsertRows();
        }
        const int kept = std::min(removed, inserted);
        if (kept > 0)
            emit dataChanged(index(first), index(first + kept - 1));
    }

    bool inSync() const { return m_rows == m_context->model->errorCount(); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_context->model->errorCount())
            return {};
        const schema::ValidationError &e = m_context->model->errorAt(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1: %2").arg(m_context->view->fieldLabel(e.fieldLocation),
                                                m_context->message(e));
        case Qt::DecorationRole:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Qt::UserRole:
            return QString::fromStdString(e.fieldLocation);
        default:
            return {};
        }
    }

private:
    const FormContext *m_context;
    int m_rows = 0;
};

ErrorSummary::ErrorSummary(const FormContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_model = new Model(context, this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(140);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    auto activate = [this](const QModelIndex &index) {
        emit errorActivated(index.data(Qt::UserRole).toString());
    };
    connect(m_list, &QListView::activated, this, activate);
    // Rows follow each edit as it happens (so that painting never reads rows the list does not
    // know about); the heading follows in sync(), at most once per event-loop turn.
    const model::FormModel *formModel = m_context->model;
    connect(formModel, &model::FormModel::errorRowsChanged, m_model, &Model::replaceRows);
    connect(formModel, &model::FormModel::documentReset, m_model, &Model::reset);
    connect(formModel, &model::FormModel::validationFinished, m_model, &Model::reset);
    refresh();
}

int ErrorSummary::count() const
{
    return m_model->rowCount();
}

void ErrorSummary::refresh()
{
    m_model->reset();
    updateHeading();
}

void ErrorSummary::sync()
{
    if (!m_model->inSync())
        m_model->reset();
    updateHeading();
}

void ErrorSummary::updateHeading()
{
    const int n = m_model->rowCount();
    m_heading->setText(n == 0 ? tr("No errors") : tr("%n error(s) to correct", nullptr, n));
    m_list->setAccessibleName(m_heading->text());
    m_list->setAccessibleDescription(tr("Press Enter on an error to go to its field."));
}

} // namespace guichet::ui::form

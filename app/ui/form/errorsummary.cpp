#include "errorsummary.h"

#include "core/json/pointer.h"
#include "ui/form/formview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QVBoxLayout>

namespace guichet::ui::form {

class ErrorSummary::Model : public QAbstractListModel
{
public:
    explicit Model(const FormContext *context, QObject *parent)
        : QAbstractListModel(parent), m_context(context)
    {}

    void refresh()
    {
        beginResetModel();
        m_rows = int(m_context->model->errors().size());
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto &errors = m_context->model->errors();
        if (!index.isValid() || std::size_t(index.row()) >= errors.size())
            return {};
        const schema::ValidationError &e = errors[std::size_t(index.row())];
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
    refresh();
}

int ErrorSummary::count() const
{
    return m_model->rowCount();
}

void ErrorSummary::refresh()
{
    m_model->refresh();
    const int n = m_model->rowCount();
    m_heading->setText(n == 0 ? tr("No errors") : tr("%n error(s) to correct", nullptr, n));
    m_list->setAccessibleName(m_heading->text());
    m_list->setAccessibleDescription(tr("Press Enter on an error to go to its field."));
}

} // namespace guichet::ui::form

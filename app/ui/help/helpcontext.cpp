#include "ui/help/helpcontext.h"

#include "ui/form/arraytablemodel.h"
#include "ui/form/formpanel.h"
#include "ui/form/formview.h"
#include "ui/form/tableeditor.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QTableView>
#include <QWidget>

namespace guichet::ui::help {

namespace {

bool within(const QWidget *container, const QWidget *widget)
{
    return container && (container == widget || container->isAncestorOf(widget));
}

// The field of panel that widget belongs to: its input first, then its row (label, the other
// radio buttons, a date's calendar button, the error line).
QString fieldOfPanel(const form::FormPanel &panel, const QWidget *widget)
{
    const auto &bindings = panel.bindings();
    for (const form::FieldBinding &b : bindings) {
        if (within(b.editor, widget))
            return QString::fromStdString(panel.base() + b.rel);
    }
    for (const form::FieldBinding &b : bindings) {
        if (within(b.row, widget))
            return QString::fromStdString(panel.base() + b.rel);
    }
    return {};
}

// A cell of the table (its column's member of that row), or the table itself.
QString fieldOfTable(const form::TableEditor &table, const QWidget *widget)
{
    QTableView *view = table.view();
    if (!within(view, widget))
        return {};
    QModelIndex index = view->currentIndex();
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    if (index.isValid() && index.column() >= 1 && table.tableModel())
        return QString::fromStdString(table.tableModel()->cellPointer(index.row(), index.column()));
    return QString::fromStdString(table.arrayPointer());
}

} // namespace

HelpContext helpContextFor(const QWidget *widget)
{
    HelpContext context;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (context.pointer.isEmpty()) {
            if (const auto *table = qobject_cast<const form::TableEditor *>(w))
                context.pointer = fieldOfTable(*table, widget);
            else if (const auto *panel = qobject_cast<const form::FormPanel *>(w))
                context.pointer = fieldOfPanel(*panel, widget);
        }
        if (context.formId.isEmpty()) {
            if (const auto *view = qobject_cast<const form::FormView *>(w))
                context.formId = view->definition().id();
        }
        if (context.topic.isEmpty()) {
            const QVariant topic = w->property(kHelpTopicProperty);
            if (topic.isValid())
                context.topic = topic.toString();
        }
        if (w->isWindow() && !context.isEmpty())
            break; // a dialog's own context wins over the window behind it
    }
    if (context.formId.isEmpty())
        context.pointer.clear(); // a panel outside any form view: nothing to point into
    return context;
}

HelpContext currentHelpContext()
{
    return helpContextFor(QApplication::focusWidget());
}

} // namespace guichet::ui::help

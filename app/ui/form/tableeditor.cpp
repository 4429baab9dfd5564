#include "tableeditor.h"

#include "core/json/pointer.h"
#include "ui/form/arraytablemodel.h"
#include "ui/form/formpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace guichet::ui::form {

using forms::FieldKind;

namespace {

std::string relFromScope(const std::vector<std::string> &tokens)
{
    std::string rel;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i] == "properties" && i + 1 < tokens.size())
            json::appendPointerToken(rel, tokens[++i]);
    return rel;
}

} // namespace

TableEditor::TableEditor(const FormContext *context, const forms::FieldNode &arrayNode,
                         const forms::UiElement *control, const QString &title, QWidget *parent)
    : QWidget(parent), m_context(context), m_node(arrayNode)
{
    const forms::FieldNode &item = *arrayNode.items;
    std::vector<TableColumn> columns;
    if (item.kind != FieldKind::Object) {
        columns.push_back({&item, {}, context->title(arrayNode), false});
    } else {
        const json::Value *chosen = control ? control->option("columns") : nullptr;
        if (chosen && chosen->isArray()) {
            for (const json::Value &scope : chosen->arrayItems()) {
                auto tokens = scope.isString() ? forms::parseScope(scope.string()) : std::nullopt;
                const forms::FieldNode *node =
                    tokens ? forms::FormSchema::resolveScope(item, *tokens) : nullptr;
                if (node && node->isScalar())
                    columns.push_back({node, relFromScope(*tokens), context->title(*node), false});
            }
        }
        if (columns.empty())
            for (const auto &p : item.properties)
                if (p->isScalar())
                    columns.push_back(
                        {p.get(), childPointer({}, p->name), context->title(*p), false});
    }
    // A column whose detail control says "cents" shows cents too.
    if (control)
        if (const json::Value *detail = control->option("detail")) {
            auto parsed = forms::parseUiElement(*detail, "/options/detail");
            if (parsed)
                m_detailLayout = std::make_unique<forms::UiElement>(std::move(*parsed));
        }

    m_model = new ArrayTableModel(context, std::move(columns), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArrayTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(4);
    auto button = [&](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(key.isEmpty() ? tip
                                    : QStringLiteral("%1 (%2)").arg(
                                          tip, key.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, this, slot);
        if (!key.isEmpty()) {
            auto *action = new QAction(tip, this);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
        }
        toolbar->addWidget(b);
        return b;
    };
    button(tr("+ Add"), tr("Add a row"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
           [this] { addRow(); });
    button(tr("Duplicate"), tr("Duplicate the selected rows"), QKeySequence(Qt::CTRL | Qt::Key_D),
           [this] { duplicateRows(); });
    button(tr("Remove"), tr("Remove the selected rows"), QKeySequence(),
           [this] { removeSelectedRows(); });
    button(tr("↑"), tr("Move the row up"), QKeySequence(Qt::ALT | Qt::Key_Up),
           [this] { moveCurrent(-1); });
    button(tr("↓"), tr("Move the row down"), QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { moveCurrent(+1); });
    button(tr("Paste rows"), tr("Paste rows copied from a spreadsheet"), QKeySequence(),
           [this] { pasteRows(QApplication::clipboard()->text()); });
    toolbar->addStretch(1);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setAccessibleName(tr("Filter the rows of %1").arg(title));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *filterAction = new QAction(this);
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    filterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(filterAction, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); });
    addAction(filterAction);
    toolbar->addWidget(m_filter);
    m_count = new QLabel(this);
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    // Columns as wide as their headings (measuring 10,000 rows would cost more than it helps).
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString heading = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(c, qBound(90, metrics.horizontalAdvance(heading) + 36, 280));
    }
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(
        tr("Table. Insert or Ctrl+Shift+N adds a row, Delete removes the selected rows, Enter "
           "edits the row below the table."));
    m_view->installEventFilter(this);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TableEditor::onCurrentChanged);
    auto updateCount = [this] {
        m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
        // As tall as its rows, between 4 and 12 of them: a short list stays compact, a long one
        // scrolls inside the table.
        const int rows = qBound(4, m_model->rowCount() + 1, 12);
        m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                               rows * m_view->verticalHeader()->defaultSectionSize() +
                               2 * m_view->frameWidth() + 2);
        if (m_detailRow >= m_model->rowCount())
            onCurrentChanged();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();

    if (item.kind == FieldKind::Object) {
        m_detailBox = new QGroupBox(this);
        auto *detailLayout = new QVBoxLayout(m_detailBox);
        m_detail = new FormPanel(context, item, m_detailLayout.get(), m_detailBox);
        detailLayout->addWidget(m_detail);
        m_detail->setBound(false);
        m_detailBox->setVisible(false);
        layout->addWidget(m_detailBox);
    }
}

TableEditor::~TableEditor() = default;

void TableEditor::setArrayPointer(const std::string &pointer)
{
    if (pointer == m_model->arrayPointer() && m_model->rowCount() > 0) {
        if (m_detail && m_detailRow >= 0)
            m_detail->reload();
        return;
    }
    m_model->setArrayPointer(pointer);
    m_detailRow = -1;
    if (m_detailBox) {
        m_detailBox->setVisible(false);
        m_detail->setBound(false);
    }
}

const std::string &TableEditor::arrayPointer() const
{
    return m_model->arrayPointer();
}

int TableEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QList<int> TableEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TableEditor::onCurrentChanged()
{
    const int row = currentRow();
    m_detailRow = row;
    if (!m_detail)
        return;
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailBox->setVisible(false);
        m_detail->setBound(false);
        m_detailRow = -1;
        return;
    }
    m_detail->setBase(itemPointer(m_model->arrayPointer(), row));
    updateDetailTitle();
    m_detailBox->setVisible(true);
}

void TableEditor::updateDetailTitle()
{
    if (m_detailBox)
        m_detailBox->setTitle(tr("Row %1").arg(m_detailRow + 1));
}

bool TableEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QModelIndex source = m_model->index(row, 1 < m_model->columnCount() ? 1 : 0);
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) {
        m_filter->clear(); // the row was filtered out
        proxied = m_proxy->mapFromSource(source);
    }
    m_view->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    m_view->scrollTo(proxied);
    if (m_detailRow != row)
        onCurrentChanged();
    return true;
}

void TableEditor::addRow()
{
    model::FormModel *model = m_context->model;
    const int row = m_model->rowCount();
    model->insertItems(m_model->arrayPointer(), row, {initialValue(*m_node.items)});
    selectRow(row);
    if (m_detail) {
        if (QWidget *first = m_detail->firstInput())
            first->setFocus();
    }
}

void TableEditor::duplicateRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const json::Value *array = m_context->model->value(m_model->arrayPointer());
    if (!array)
        return;
    std::vector<json::Value> copies;
    for (int r : rows)
        copies.push_back(array->arrayItems()[std::size_t(r)]);
    const int at = rows.last() + 1;
    m_context->model->insertItems(m_model->arrayPointer(), at, std::move(copies));
    selectRow(at);
}

void TableEditor::removeSelectedRows()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    if (rows.isEmpty())
        return;
    const int next = rows.first();
    m_context->model->removeItems(m_model->arrayPointer(),
                                  std::vector<int>(rows.begin(), rows.end()));
    if (m_model->rowCount() > 0)
        selectRow(qMin(next, m_model->rowCount() - 1));
}

void TableEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int to = row + delta;
    if (m_context->model->moveItem(m_model->arrayPointer(), row, to))
        selectRow(to);
}

void TableEditor::pasteRows(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;
    model::FormModel *model = m_context->model;
    const std::string array = m_model->arrayPointer();
    int row = currentRow() >= 0 ? currentRow() : m_model->rowCount();
    const QModelIndex current = m_view->currentIndex();
    int firstColumn = current.isValid() ? qMax(1, current.column()) : 1;
    const int firstRow = row;
    model->beginMacro();
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (row >= m_model->rowCount())
            model->insertItems(array, m_model->rowCount(), {initialValue(*m_node.items)});
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (int i = 0; i < cells.size(); ++i) {
            const int column = firstColumn + i;
            if (column >= m_model->columnCount())
                break;
            const std::string pointer = m_model->cellPointer(row, column);
            auto value = m_model->parseCell(column, cells[i].trimmed());
            if (value)
                model->setValue(pointer, std::move(*value));
            else if (model->value(pointer))
                model->removeValue(pointer);
            model->closeMergeWindow();
        }
        ++row;
    }
    model->endMacro();
    selectRow(firstRow);
}

bool TableEditor::focusPointer(const std::string &pointer)
{
    const std::string &array = m_model->arrayPointer();
    if (pointer.size() <= array.size() + 1) {
        m_view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    const std::string rest = pointer.substr(array.size() + 1);
    const auto slash = rest.find('/');
    auto index = json::arrayIndex(rest.substr(0, slash));
    if (!index || !selectRow(int(*index))) {
        m_view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (m_detail && slash != std::string::npos && m_detail->focusPointer(pointer))
        return true;
    if (m_detail && slash == std::string::npos) {
        if (QWidget *first = m_detail->firstInput()) {
            first->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void TableEditor::writeInto(json::Value &document) const
{
    // Every cell of the table through its model; what the columns do not show stays as it is.
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 1; c < columns; ++c) {
            const std::string pointer = m_model->cellPointer(r, c);
            if (const json::Value *v = m_model->cellValue(r, c))
                json::setPointer(document, pointer, *v);
            else if (json::resolvePointer(document, pointer))
                json::removePointer(document, pointer);
        }
    }
    if (m_detail && m_detailRow >= 0 && m_detailRow < rows)
        m_detail->writeInto(document);
}

void TableEditor::collectFields(std::vector<FieldInfo> &out, const std::string &pattern) const
{
    if (m_detail) {
        m_detail->collectFields(out, pattern);
        return;
    }
    FieldInfo info;
    info.pointer = QString::fromStdString(pattern);
    info.widget = m_view;
    info.label = m_model->columns().front().title;
    out.push_back(info);
}

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited, keys go to its editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Insert:
            addRow();
            return true;
        case Qt::Key_Delete:
            removeSelectedRows();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_detail) {
                if (currentRow() < 0 && m_model->rowCount() > 0)
                    selectRow(0);
                if (QWidget *first = m_detail->firstInput()) {
                    first->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
            break;
        default:
            if (key->matches(QKeySequence::Paste)) {
                pasteRows(QApplication::clipboard()->text());
                return true;
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet::ui::form

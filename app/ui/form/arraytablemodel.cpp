#include "arraytablemodel.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "ui/form/dateedit.h"
#include "ui/form/numberedit.h"

#include <QApplication>
#include <QStyle>

namespace guichet::ui::form {

using forms::FieldKind;

ArrayTableModel::ArrayTableModel(const FormContext *context, std::vector<TableColumn> columns,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_columns(std::move(columns))
{
    model::FormModel *m = m_context->model;
    connect(m, &model::FormModel::itemsInserted, this, &ArrayTableModel::onItemsInserted);
    connect(m, &model::FormModel::itemsRemoved, this, &ArrayTableModel::onItemsRemoved);
    connect(m, &model::FormModel::itemMoved, this, &ArrayTableModel::onItemMoved);
    connect(m, &model::FormModel::valueChanged, this, &ArrayTableModel::onValueChanged);
    connect(m, &model::FormModel::documentReset, this, &ArrayTableModel::reset);
    connect(m, &model::FormModel::errorsChanged, this, &ArrayTableModel::onErrorsChanged);
    connect(m, &model::FormModel::validationFinished, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, 0));
    });
}

void ArrayTableModel::setArrayPointer(const std::string &pointer)
{
    m_pointer = pointer;
    m_qpointer = QString::fromStdString(pointer);
    reset();
}

void ArrayTableModel::reset()
{
    beginResetModel();
    const json::Value *a = array();
    m_rows = a ? int(a->size()) : 0;
    endResetModel();
}

const json::Value *ArrayTableModel::array() const
{
    const json::Value *a = m_context->model->value(m_pointer);
    return a && a->isArray() ? a : nullptr;
}

int ArrayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ArrayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

const json::Value *ArrayTableModel::cellValue(int row, int column) const
{
    const json::Value *a = array();
    if (!a || row < 0 || std::size_t(row) >= a->size() || column < 1 ||
        std::size_t(column) > m_columns.size())
        return nullptr;
    const json::Value &item = a->arrayItems()[std::size_t(row)];
    return json::resolvePointer(item, m_columns[std::size_t(column - 1)].rel);
}

std::string ArrayTableModel::cellPointer(int row, int column) const
{
    std::string p = itemPointer(m_pointer, row);
    if (column >= 1)
        p += m_columns[std::size_t(column - 1)].rel;
    return p;
}

QString ArrayTableModel::displayText(const TableColumn &column, const json::Value &value) const
{
    const forms::FieldNode &node = *column.node;
    switch (node.kind) {
    case FieldKind::Number:
    case FieldKind::Integer:
        if (value.isNumber())
            return NumberEdit::display(value.number(), column.cents, m_context->locale());
        break;
    case FieldKind::Date:
        if (value.isString())
            return DateEdit::display(QString::fromStdString(value.string()), m_context->locale());
        break;
    case FieldKind::Choice:
        for (const forms::Choice &c : node.choices)
            if (c.value == value)
                return m_context->choiceLabel(c);
        break;
    case FieldKind::Boolean:
        if (value.isBool())
            return value.toBool() ? tr("Yes") : tr("No");
        break;
    default:
        break;
    }
    if (value.isString())
        return QString::fromStdString(value.string());
    return QString::fromStdString(json::serialize(value));
}

QVariant ArrayTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int row = index.row();
    if (index.column() == 0) {
        const int errors = m_context->model->errorCountUnder(itemPointer(m_pointer, row));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return errors == 0 ? (role == Qt::DisplayRole ? QString() : tr("No error"))
                               : tr("%n error(s)", nullptr, errors);
        case Qt::DecorationRole:
            return errors == 0 ? QVariant()
                               : QVariant(QApplication::style()->standardIcon(
                                     QStyle::SP_MessageBoxWarning));
        case SortRole:
        case ErrorCountRole:
            return errors;
        case Qt::ToolTipRole:
            return errors == 0 ? QVariant() : tr("This row has %n error(s)", nullptr, errors);
        default:
            return {};
        }
    }
    const TableColumn &column = m_columns[std::size_t(index.column() - 1)];
    const json::Value *v = cellValue(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        if (column.node->kind == FieldKind::Boolean && v && v->isBool() && role != Qt::EditRole)
            return displayText(column, *v);
        return v ? displayText(column, *v) : QString();
    case Qt::CheckStateRole:
        if (column.node->kind == FieldKind::Boolean)
            return v && v->toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case JsonTextRole:
        return v ? QString::fromStdString(json::serialize(*v)) : QString();
    case SortRole:
        if (v && v->isNumber())
            return v->toDouble();
        return v ? displayText(column, *v) : QString();
    case Qt::TextAlignmentRole:
        if (column.node->kind == FieldKind::Number || column.node->kind == FieldKind::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const auto errors = m_context->model->errorsAt(cellPointer(row, index.column()));
        QStringList lines;
        for (const auto &e : errors)
            lines << m_context->message(e);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

std::optional<json::Value> ArrayTableModel::parseCell(int column, const QString &text) const
{
    const TableColumn &c = m_columns[std::size_t(column - 1)];
    const forms::FieldNode &node = *c.node;
    if (text.isEmpty())
        return c.rel.empty() ? std::optional<json::Value>(json::Value(std::string()))
                             : std::nullopt;
    switch (node.kind) {
    case FieldKind::Number:
    case FieldKind::Integer: {
        auto number = NumberEdit::parse(text, c.cents, m_context->locale());
        if (number)
            return json::Value(json::Number::fromText(*number));
        break;
    }
    case FieldKind::Date: {
        const QString iso = DateEdit::parse(text, m_context->locale());
        if (!iso.isEmpty())
            return json::Value(iso.toStdString());
        break;
    }
    case FieldKind::Choice:
        for (const forms::Choice &choice : node.choices) {
            const QString raw = choice.value.isString()
                                    ? QString::fromStdString(choice.value.string())
                                    : QString::fromStdString(json::serialize(choice.value));
            if (text == raw ||
                text.compare(m_context->choiceLabel(choice), Qt::CaseInsensitive) == 0)
                return choice.value;
        }
        break;
    case FieldKind::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == tr("Yes").toLower())
            return json::Value(true);
        if (t == QLatin1String("false") || t == QLatin1String("0") || t == tr("No").toLower())
            return json::Value(false);
        break;
    }
    default:
        break;
    }
    // Kept as typed: the validator says what is wrong with it, nothing is silently changed.
    return json::Value(text.toStdString());
}

bool ArrayTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() == 0)
        return false;
    const std::string pointer = cellPointer(index.row(), index.column());
    const TableColumn &c = m_columns[std::size_t(index.column() - 1)];
    if (role == Qt::CheckStateRole && c.node->kind == forms::FieldKind::Boolean)
        return m_context->model->setValue(pointer, json::Value(value.toInt() == int(Qt::Checked)));
    if (role != Qt::EditRole)
        return false;
    auto parsed = parseCell(index.column(), value.toString());
    m_context->model->closeMergeWindow();
    m_context->model->setTouched(pointer);
    if (!parsed)
        return m_context->model->removeValue(pointer) || !cellValue(index.row(), index.column());
    return m_context->model->setValue(pointer, std::move(*parsed));
}

QVariant ArrayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return tr("Status");
    if (std::size_t(section) > m_columns.size())
        return {};
    return m_columns[std::size_t(section - 1)].title;
}

Qt::ItemFlags ArrayTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 0)
        return f;
    const forms::FieldNode &node = *m_columns[std::size_t(index.column() - 1)].node;
    if (node.readOnly)
        return f;
    if (node.kind == FieldKind::Boolean)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

int ArrayTableModel::rowOf(const QString &pointer) const
{
    if (!pointer.startsWith(m_qpointer) || pointer.size() <= m_qpointer.size() ||
        pointer[m_qpointer.size()] != QLatin1Char('/'))
        return -1;
    const int start = m_qpointer.size() + 1;
    int end = pointer.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = pointer.size();
    bool ok = false;
    const int row = pointer.mid(start, end - start).toInt(&ok);
    return ok ? row : -1;
}

void ArrayTableModel::onItemsInserted(const QString &arrayPointer, int index, int count)
{
    if (arrayPointer != m_qpointer)
        return;
    beginInsertRows({}, index, index + count - 1);
    m_rows += count;
    endInsertRows();
}

void ArrayTableModel::onItemsRemoved(const QString &arrayPointer, const QList<int> &indexes)
{
    if (arrayPointer != m_qpointer)
        return;
    // Contiguous runs, from the last, so that earlier indexes stay right.
    int i = int(indexes.size()) - 1;
    while (i >= 0) {
        int j = i;
        while (j > 0 && indexes[j - 1] == indexes[j] - 1)
            --j;
        beginRemoveRows({}, indexes[j], indexes[i]);
        m_rows -= i - j + 1;
        endRemoveRows();
        i = j - 1;
    }
}

void ArrayTableModel::onItemMoved(const QString &arrayPointer, int from, int to)
{
    if (arrayPointer != m_qpointer)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    endMoveRows();
}

void ArrayTableModel::onValueChanged(const QString &pointer)
{
    const int row = rowOf(pointer);
    if (row >= 0) {
        if (row < m_rows)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    // The array itself or one of its ancestors was replaced.
    if (m_qpointer.startsWith(pointer) &&
        (pointer.size() == m_qpointer.size() || m_qpointer[pointer.size()] == QLatin1Char('/') ||
         pointer.isEmpty()))
        reset();
}

void ArrayTableModel::onErrorsChanged(const QStringList &fields)
{
    for (const QString &f : fields) {
        const int row = rowOf(f);
        if (row >= 0 && row < m_rows)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

} // namespace guichet::ui::form

#pragma once

#include "core/forms/formschema.h"
#include "core/json/value.h"
#include "ui/form/formcontext.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace guichet::ui::form {

struct TableColumn
{
    const forms::FieldNode *node = nullptr;
    std::string rel; // pointer relative to the row ("" for an array of scalars)
    QString title;
    bool cents = false;
};

// The rows of an array in the FormModel, read straight from the document: no copy, no widget per
// row, so ten thousand rows cost what the visible ones cost. Column 0 says whether the row has
// errors (an icon and a text, never colour alone); the others are the chosen scalar members.
class ArrayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        JsonTextRole = Qt::UserRole + 1, // the cell's value as compact JSON ("" when absent)
        SortRole,                        // numbers as doubles, the rest as display text
        ErrorCountRole,                  // errors in the row (column 0)
    };

    ArrayTableModel(const FormContext *context, std::vector<TableColumn> columns,
                    QObject *parent = nullptr);

    void setArrayPointer(const std::string &pointer);
    const std::string &arrayPointer() const { return m_pointer; }
    const std::vector<TableColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The stored value of a cell (column >= 1), nullptr when absent.
    const json::Value *cellValue(int row, int column) const;
    std::string cellPointer(int row, int column) const;
    // Typed text -> the value to store for that column (nullopt: remove the member).
    std::optional<json::Value> parseCell(int column, const QString &text) const;
    // How a value shows in a cell.
    QString displayText(const TableColumn &column, const json::Value &value) const;

private:
    const json::Value *array() const;
    void onItemsInserted(const QString &arrayPointer, int index, int count);
    void onItemsRemoved(const QString &arrayPointer, const QList<int> &indexes);
    void onItemMoved(const QString &arrayPointer, int from, int to);
    void onValueChanged(const QString &pointer);
    void onErrorsChanged(const QStringList &fields);
    void reset();
    // The row a pointer below the array is in, or -1.
    int rowOf(const QString &pointer) const;

    const FormContext *m_context;
    std::vector<TableColumn> m_columns;
    std::string m_pointer;
    QString m_qpointer;
    int m_rows = 0;
};

} // namespace guichet::ui::form

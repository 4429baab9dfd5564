#pragma once

#include "core/forms/formschema.h"
#include "core/forms/uischema.h"
#include "core/json/value.h"
#include "ui/form/formcontext.h"

#include <QWidget>

#include <string>
#include <vector>

class QTableView;
class QSortFilterProxyModel;
class QLineEdit;
class QLabel;
class QToolButton;
class QGroupBox;

namespace guichet::ui::form {

class ArrayTableModel;
class FormPanel;
struct FieldInfo;

// An array in the form: a virtualised table (one row per item, no widget per row) with a row
// editor below it for the selected row, and the actions a spreadsheet user expects: add,
// duplicate, remove (several rows at once), move, paste rows copied from a spreadsheet, sort and
// filter. Sorting and filtering go through a proxy: the document's order never changes.
//
// Keyboard: Insert or Ctrl+Shift+N adds a row, Ctrl+D duplicates, Delete removes the selected
// rows, Alt+Up/Alt+Down move, Ctrl+V pastes, Enter goes to the row editor, Ctrl+F filters.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(const FormContext *context, const forms::FieldNode &arrayNode,
                const forms::UiElement *control, const QString &title, QWidget *parent = nullptr);
    ~TableEditor() override;

    void setArrayPointer(const std::string &pointer);
    const std::string &arrayPointer() const;

    QTableView *view() const { return m_view; }
    ArrayTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    FormPanel *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Selects the row (document index) and shows it in the row editor; false when out of range.
    bool selectRow(int row);
    int currentRow() const; // document index, -1 when none
    QList<int> selectedRows() const;

    void addRow();
    void duplicateRows();
    void removeSelectedRows();
    void moveCurrent(int delta);
    // Tab-separated rows (a spreadsheet's copy), pasted from the current row and column on,
    // rows added as needed.
    void pasteRows(const QString &text);

    bool focusPointer(const std::string &pointer);
    void writeInto(json::Value &document) const;
    void collectFields(std::vector<FieldInfo> &out, const std::string &pattern) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void updateDetailTitle();

    const FormContext *m_context;
    const forms::FieldNode &m_node;
    ArrayTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QGroupBox *m_detailBox = nullptr;
    FormPanel *m_detail = nullptr;
    std::unique_ptr<forms::UiElement> m_detailLayout;
    int m_detailRow = -1;
};

} // namespace guichet::ui::form

#pragma once

#include "core/forms/formdefinition.h"
#include "core/model/formmodel.h"
#include "ui/form/formcontext.h"
#include "ui/form/formpanel.h"

#include <QWidget>

#include <memory>

class QScrollArea;
class QPushButton;
class QLabel;

namespace guichet::ui::form {

class ErrorSummary;
class TableEditor;

// A form drawn from its definition and bound to a FormModel by JSON Pointer. Built once per form;
// afterwards edits only touch the widgets bound at or under the edited pointer, tables read the
// document directly, and errors come from the model's incremental validation.
class FormView : public QWidget
{
    Q_OBJECT

public:
    FormView(std::shared_ptr<const forms::FormDefinition> definition, model::FormModel *model,
             QWidget *parent = nullptr);
    ~FormView() override;

    model::FormModel *model() const { return m_context.model; }
    const forms::FormDefinition &definition() const { return *m_context.definition; }
    FormPanel *rootPanel() const { return m_panel; }
    ErrorSummary *errorSummary() const { return m_summary; }
    QPushButton *checkButton() const { return m_check; }

    // The submit attempt: every error is shown, the summary opens, the first error's field gets
    // the focus. Returns whether the document is valid (waits for a background validation).
    bool validateAll();
    // Shows and focuses the input for a pointer (a table row: selects it and opens its editor).
    bool focusPointer(const QString &pointer);
    // The document read back from the widgets (see FormPanel::writeInto); what the form does not
    // show comes from the model's document.
    json::Value readDocument() const;
    // Every input, hidden ones included (rows of tables as "*").
    std::vector<FieldInfo> fields() const;
    // "Workers › row 4 › NISS" for a pointer, for messages and the summary.
    QString fieldLabel(const std::string &pointer) const;
    // The first table editor whose array is at pointer, or nullptr.
    TableEditor *tableAt(const std::string &pointer) const;

signals:
    void validated(bool valid);

private:
    void updateSummary();

    FormContext m_context;
    QScrollArea *m_scroll = nullptr;
    FormPanel *m_panel = nullptr;
    ErrorSummary *m_summary = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_title = nullptr;
    bool m_summaryPending = false;
};

} // namespace guichet::ui::form

#pragma once

#include "core/forms/formschema.h"
#include "core/forms/uischema.h"
#include "core/json/value.h"
#include "core/schema/schema.h"
#include "ui/form/formcontext.h"

#include <QWidget>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QComboBox;
class QCheckBox;
class QButtonGroup;
class QVBoxLayout;

namespace guichet::ui::form {

class NumberEdit;
class DateEdit;
class TableEditor;

// One input of the form and the place in the document it edits.
struct FieldBinding
{
    enum class Widget
    {
        Line,
        Plain, // long text
        Number,
        Date,
        Combo,
        Radio,
        Check,
        Constant,    // a const: shown, not editable
        Json,        // the embedded JSON editor
        Table,       // array of objects or scalars
        Alternative, // the oneOf/anyOf selector of an object
    };
    Widget widget = Widget::Line;
    const forms::FieldNode *node = nullptr;
    const forms::UiElement *control = nullptr;
    std::string rel; // from the panel's base
    // (object pointer relative to the base, member node) from the panel's object down to node:
    // what decides whether the field exists and is required.
    std::vector<std::pair<std::string, const forms::FieldNode *>> chain;
    std::vector<int> rules; // indexes into the panel's rules (its own and its containers')

    QWidget *row = nullptr; // label, input, help and error together
    QLabel *label = nullptr;
    QLabel *help = nullptr;
    QLabel *error = nullptr;
    QWidget *editor = nullptr; // what takes the focus
    QLineEdit *line = nullptr;
    QPlainTextEdit *plain = nullptr;
    NumberEdit *number = nullptr;
    DateEdit *date = nullptr;
    QComboBox *combo = nullptr;
    QButtonGroup *radios = nullptr;
    QCheckBox *check = nullptr;
    TableEditor *table = nullptr;

    bool cents = false;
    bool dropWhenHidden = false;
    bool readOnly = false;
    QString title;
    QString helpText;
    QString localError; // e.g. the JSON editor's syntax error

    // What the widget was last given, so that an untouched widget gives back exactly the value
    // it was loaded with ("1.0" stays "1.0", a value of an unexpected type survives).
    std::optional<json::Value> shownValue;
    QString shownText;
    int shownIndex = -1;

    bool visible = true;
    bool enabled = true;
    bool required = false;
    bool hasConditions = false;
};

// A compiled UI rule (docs/ui-schema.md "rule") and the widget it shows, hides, enables or
// disables.
struct PanelRule
{
    const forms::UiRule *rule = nullptr;
    QWidget *widget = nullptr;
    std::string scopeRel; // the data the condition tests, from the panel's base
    std::shared_ptr<const schema::CompiledSchema> condition;
    bool satisfied = false;
    bool container = false; // a layout or group, not a single field's row
};

struct FieldInfo
{
    QString pointer;
    QWidget *widget = nullptr;
    QString label;
    bool required = false;
    bool visible = true;
};

// The inputs for one object of the document (the form's root, or a table row in the row
// editor), laid out by the UI schema or by default. Bound by pointer relative to base(): a row
// editor is the same panel moved to another row.
class FormPanel : public QWidget
{
    Q_OBJECT

public:
    // layout: the UI schema element (nullptr: default layout of node). scopeRoot: what the
    // layout's scopes start from (the schema root, or the item schema for a row editor).
    FormPanel(const FormContext *context, const forms::FieldNode &node,
              const forms::UiElement *layout, QWidget *parent = nullptr);
    ~FormPanel() override;

    void setBase(const std::string &base);
    // A row editor with no row yet: nothing to read, nothing to ask the model.
    void setBound(bool bound) { m_bound = bound; }
    const std::string &base() const { return m_base; }

    // Model -> widgets for every binding.
    void reload();
    // Visibility, enabled state, required markers and errors from the model.
    void refreshState();
    // Widgets -> doc: each binding writes its current value at its place.
    void writeInto(json::Value &document) const;
    // Shows and focuses the input for an absolute pointer (or the closest one above it).
    bool focusPointer(const std::string &pointer);
    // Expands collapsed sections and selects tabs so that w can be seen.
    static void revealWidget(QWidget *w);
    // Inputs with their pointer, row indexes written as "*" below tables (base = pattern).
    void collectFields(std::vector<FieldInfo> &out, const std::string &patternBase) const;
    QWidget *firstInput() const;
    const std::deque<FieldBinding> &bindings() const { return m_bindings; }
    std::vector<TableEditor *> tables() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Chain = std::vector<std::pair<std::string, const forms::FieldNode *>>;

    void buildElement(const forms::UiElement &element, QVBoxLayout *into, QWidget *parent,
                      std::vector<int> rules);
    void buildObject(const forms::FieldNode &node, const std::string &rel, const Chain &chain,
                     QVBoxLayout *into, QWidget *parent, const std::vector<int> &rules,
                     bool nested);
    void buildControl(const forms::FieldNode &node, const forms::UiElement *control,
                      const std::string &rel, const Chain &chain, QVBoxLayout *into,
                      QWidget *parent, const std::vector<int> &rules);
    int addRule(const forms::UiRule &rule, QWidget *widget, bool container);
    QWidget *addSection(const QString &title, bool collapsed, QVBoxLayout *into, QWidget *parent,
                        QVBoxLayout *&content);
    bool sectionVisible(const Chain &chain) const;
    // The relative pointer and chain of a node below the panel's node; nullopt through arrays.
    bool locate(const forms::FieldNode &target, std::string &rel, Chain &chain) const;

    void load(FieldBinding &b);
    void commit(FieldBinding &b);
    std::optional<json::Value> currentValue(const FieldBinding &b) const;
    void switchAlternative(FieldBinding &b, int alternative);
    void updateBindingState(FieldBinding &b);
    bool branchSetApplies(const std::string &objectPointer, const forms::ConditionSet &conditions,
                          const forms::FieldNode *object) const;
    int selectedAlternative(const std::string &objectPointer, const forms::FieldNode &node) const;
    void onValueChanged(const QString &pointer);
    std::string absolute(const std::string &rel) const { return m_base + rel; }

    const FormContext *m_context;
    const forms::FieldNode &m_node;
    std::string m_base;
    std::deque<FieldBinding> m_bindings;
    std::vector<PanelRule> m_rules;
    std::vector<std::pair<QWidget *, Chain>> m_sections; // nested objects' sections
    std::vector<std::unique_ptr<forms::UiElement>> m_ownedElements;
    FieldBinding *m_committing = nullptr;
    bool m_loading = false;
    bool m_bound = true;
};

// The value a new object or row starts with: defaults and consts, required sub-objects.
json::Value initialValue(const forms::FieldNode &node);

} // namespace guichet::ui::form

#pragma once

#include "core/expected.h"
#include "core/json/value.h"
#include "core/schema/validationerror.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

// Moving a draft made with one version of a form to another version (issue #8): revalidate it
// against the new schema, keep every value that still fits where it is, and set aside (never
// delete) the values the new version no longer has or no longer accepts. Knows nothing about
// widgets: labels come from the form's schema, UI schema and texts, or from the caller.
namespace guichet::forms {

class FormDefinition;

// A value the migration took out of the document.
struct SetAsideValue
{
    enum class Reason
    {
        Removed,       // the new version has no such field here
        NoLongerValid, // the field is still there but refuses this value (type, enum, format...)
    };

    std::string pointer; // where it was in the old document; restore() puts it back there
    json::Value value;
    Reason reason = Reason::Removed;
    // The new schema's refusal. keyword is empty for a member the old form declared and the new
    // one does not, in an object that still accepts undeclared members.
    schema::ValidationError error;
    QString label;       // the field's label in the old form, in the language of the migration
    int formVersion = 0; // the version the value was made with

    // "This field is no longer in the form." / "...no longer accepted: <why>", in the current
    // language (computed on each call, so it follows a language switch).
    QString reasonText() const;
};

// A field the new version requires and the migrated document lacks, that the old version did
// not ask for there (or whose value was set aside).
struct MissingField
{
    std::string pointer;
    QString label;              // in the new form
    bool valueSetAside = false; // the old value at this place is among the set-aside values
};

// A field kept by the migration whose label differs between the two versions.
struct RelabelledField
{
    std::string pointer; // the first place in the document where the field occurs
    QString oldLabel;
    QString newLabel;
};

struct MigrationPlan
{
    QString formId;
    int fromVersion = 0;
    int toVersion = 0;
    json::Value document;                // every value that still fits, at the same pointer
    std::vector<SetAsideValue> setAside; // in the order they were taken out
    std::vector<MissingField> missingRequired;
    std::vector<RelabelledField> relabelled;
    // The migrated document's errors against the new schema (values the old version already
    // refused stay in the document and are counted here, as are the missing fields).
    std::vector<schema::ValidationError> errors;
    int rounds = 0; // validations of the new schema it took to become stable

    bool isValid() const { return errors.empty(); }
    int errorCount() const { return int(errors.size()); }
    // Nothing to tell the user: no value set aside, no new required field, no relabelled field.
    bool isSilent() const
    {
        return setAside.empty() && missingRequired.empty() && relabelled.empty();
    }
};

// The label of the field at pointer in form, in the current language.
using FieldLabelFunction =
    std::function<QString(const FormDefinition &form, const std::string &pointer)>;

struct FormMigrationOptions
{
    // Defaults to FormMigration::fieldLabel().
    FieldLabelFunction label;
    // Deeper documents are refused ("forms.migration.tooDeep"), as the JSON parser does.
    int maxDepth = 512;
};

class FormMigration
{
public:
    using LabelFunction = FieldLabelFunction;
    using Options = FormMigrationOptions;

    // Migrates oldDocument, made with oldForm, to newForm; the new form's compiled schema decides
    // what fits. A value is set aside when the new version refuses it and the old one did not
    // (a value the old version already refused is work in progress: it stays, as it would have
    // stayed in the old form), and when the old form declared a member the new one does not.
    // Array items are never taken out (the items after them would move): an item the new version
    // refuses stays, and its error is in MigrationPlan::errors. Values inside items (members of
    // an object item) are set aside like any other. Errors under oneOf/anyOf alternatives never
    // set a value aside (which alternative was meant is not known). Revalidates until nothing
    // more is set aside; values refused under a conditional branch (then/else, dependentSchemas)
    // or by unevaluatedProperties wait until no unconditional refusal is left, because taking a
    // value out can change which branch applies.
    // Errors: "forms.migration.notAnObject", "forms.migration.tooDeep",
    // "forms.migration.otherForm" (two different form ids).
    static Expected<MigrationPlan> plan(const json::Value &oldDocument,
                                        const FormDefinition &oldForm,
                                        const FormDefinition &newForm, const Options &options = {});

    // The label a form gives the field at pointer, in the current language: its section labels
    // joined with " › ", "row N" for array items. The field's own text is the ui.json control's
    // label, else the text "<key>.title", else the schema's title, else the member name made
    // readable. Unknown members are named by their member name.
    static QString fieldLabel(const FormDefinition &form, const std::string &pointer);

    // document with the set-aside values put back (the last taken out first). A value whose place
    // is taken (the user filled it since) or unreachable (its parent is no longer an object) is
    // not put back but appended to notRestored when given.
    static json::Value restore(json::Value document, const std::vector<SetAsideValue> &values,
                               std::vector<SetAsideValue> *notRestored = nullptr);

    // The set-aside values as JSON, to store with the draft:
    //   {"format": 1, "values": [{"pointer": "/fax", "value": ..., "reason": "removed" |
    //    "noLongerValid", "formVersion": 1, "label": "Fax number", "keyword": "enum",
    //    "keywordLocation": "/properties/...", "instanceLocation": "...", "args": [...]}]}
    // Lists from successive migrations concatenate (each value says its version).
    static json::Value setAsideToJson(const std::vector<SetAsideValue> &values);
    // Reads what setAsideToJson wrote. Error "forms.migration.badSetAside" says what is wrong.
    static Expected<std::vector<SetAsideValue>> setAsideFromJson(const json::Value &json);
};

} // namespace guichet::forms

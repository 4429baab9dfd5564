#pragma once

#include "core/json/value.h"
#include "core/schema/incrementalvalidator.h"
#include "core/schema/schema.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

template<typename T>
class QFutureWatcher;

// The document being edited, with what the form needs to know about each place in it: errors,
// touched, visible and enabled. Every edit goes through here by JSON Pointer, is undoable, and is
// revalidated incrementally (only what the edit can affect). Knows nothing about widgets.
//
// Undo lives here (a small command stack of our own) rather than in a QUndoStack: core has no
// QtGui, and the CLI and tests edit without widgets.
//
// Values the form does not show (unknown members, fields hidden by a condition) are simply left
// in the document: nothing here removes a value unless asked to.
namespace guichet::model {

class FormModel : public QObject
{
    Q_OBJECT

public:
    explicit FormModel(std::shared_ptr<const schema::CompiledSchema> schema,
                       QObject *parent = nullptr);
    ~FormModel() override;

    enum class Validation
    {
        Auto,  // in the background when the document is big
        Sync,  // now, before setDocument returns
        Async, // always in the background
    };

    // Replaces the document; forgets undo history, touched and visibility state.
    void setDocument(json::Value document, Validation validation = Validation::Auto);
    const json::Value &document() const { return m_document; }
    // nullptr when absent.
    const json::Value *value(std::string_view pointer) const;

    // Edits. Each returns false (and changes nothing) when the pointer cannot be reached.
    // setValue creates missing parent objects; consecutive setValue calls on one pointer merge
    // into one undo step (typing).
    bool setValue(const std::string &pointer, json::Value value);
    bool removeValue(const std::string &pointer);
    bool insertItems(const std::string &arrayPointer, int index, std::vector<json::Value> items);
    bool removeItems(const std::string &arrayPointer, std::vector<int> indexes);
    bool moveItem(const std::string &arrayPointer, int from, int to);
    // Edits between begin and end undo as one step.
    void beginMacro();
    void endMacro();
    // Stops merging typing into the previous step (e.g. when the field loses focus).
    void closeMergeWindow() { m_mergeOpen = false; }

    bool canUndo() const { return m_undoIndex > 0; }
    bool canRedo() const { return m_undoIndex < m_undo.size(); }
    void undo();
    void redo();

    // Validation. While a background validation runs, errors() is empty and isValidating().
    bool isValidating() const { return m_validator == nullptr; }
    // Blocks until the background validation is done (tests, CLI).
    void waitForValidation();
    // Every current error, in evaluation order.
    // Assembles every error on first use after an edit: lists that show a few of many rows use
    // errorCount()/errorAt() and follow errorRowsChanged instead.
    const std::vector<schema::ValidationError> &errors() const;
    int errorCount() const;
    // 0 <= index < errorCount(); the same error as errors()[index].
    const schema::ValidationError &errorAt(int index) const;
    // The errors shown at a field (ValidationError::fieldLocation == pointer).
    std::vector<schema::ValidationError> errorsAt(const std::string &pointer) const;
    // Errors at pointer or below it.
    int errorCountUnder(const std::string &pointer) const;
    // Whether the engine says this branch applies at instanceLocation (see AppliedBranch);
    // nullopt when the branch was not evaluated there (its parent branch does not apply, the
    // value is absent, or validation is still running).
    std::optional<bool> branchApplies(const std::string &instanceLocation,
                                      const std::string &keywordLocation, int alternative) const;
    // A full validation of the current document, now, on the calling thread.
    schema::ValidationResult validateNow() const;
    const schema::CompiledSchema &schema() const { return *m_schema; }

    // Per-pointer state the view keeps here so that it survives rebuilding widgets.
    void setTouched(const std::string &pointer);
    bool isTouched(const std::string &pointer) const;
    // After a submit attempt every error is shown, touched or not.
    void setShowAllErrors(bool show);
    bool showAllErrors() const { return m_showAll; }
    bool isErrorShown(const std::string &pointer) const { return m_showAll || isTouched(pointer); }
    void setVisible(const std::string &pointer, bool visible);
    bool isVisible(const std::string &pointer) const { return !m_hidden.count(pointer); }
    void setEnabled(const std::string &pointer, bool enabled);
    bool isEnabled(const std::string &pointer) const { return !m_disabled.count(pointer); }

signals:
    void documentReset();
    // The value at pointer (and everything below it) changed or disappeared.
    void valueChanged(const QString &pointer);
    void itemsInserted(const QString &arrayPointer, int index, int count);
    void itemsRemoved(const QString &arrayPointer, const QList<int> &indexes);
    void itemMoved(const QString &arrayPointer, int from, int to);
    // Errors appeared or went away at these field locations. Branches may have changed too.
    void errorsChanged(const QStringList &fieldLocations);
    // After an edit, just before errorsChanged: errors() rows [first, first + removed) were
    // replaced by [first, first + inserted); the rest only moved by inserted - removed.
    // Not emitted by setDocument or when a background validation finishes (documentReset,
    // validationFinished: everything changed).
    void errorRowsChanged(int first, int removed, int inserted);
    // A full validation finished (after setDocument): every error and branch is known.
    void validationFinished();
    void touchedChanged(const QString &pointer);
    void showAllErrorsChanged(bool show);
    void visibilityChanged(const QString &pointer, bool visible);
    void undoStateChanged();

private:
    struct Command
    {
        enum class Kind
        {
            Set,    // pointer: before -> after (nullopt = absent)
            Insert, // pointer = array; items inserted at their (ascending) indexes
            Remove, // pointer = array; items removed from their (ascending) indexes
            Move,   // pointer = array; from -> to
            Macro,  // children in order
        };
        Kind kind = Kind::Set;
        std::string pointer;
        std::optional<json::Value> before;
        std::optional<json::Value> after;
        std::vector<std::pair<int, json::Value>> items;
        int from = 0;
        int to = 0;
        std::vector<Command> children;
    };
    struct AsyncValidation;

    void push(Command command);
    void apply(const Command &command, bool forward);
    void revalidate(const std::string &changedPointer);
    void rebuildErrorIndex();
    void indexError(const schema::ValidationError &error, int delta);
    void finishAsync();
    void waitUntilCopied();

    std::shared_ptr<const schema::CompiledSchema> m_schema;
    json::Value m_document;
    std::unique_ptr<schema::IncrementalValidator> m_validator;
    std::vector<std::string> m_pendingEdits; // made while validating in the background
    std::shared_ptr<AsyncValidation> m_async;
    QFutureWatcher<void> *m_watcher = nullptr;

    std::unordered_map<std::string, std::vector<schema::ValidationError>> m_errorsByField;
    std::unordered_map<std::string, int> m_errorCountUnder;
    struct BranchState
    {
        std::string keywordLocation;
        int alternative = 0;
        bool applies = false;
    };
    // Branches by instance location, filled on demand, forgotten after every edit.
    mutable std::unordered_map<std::string, std::vector<BranchState>> m_branchIndex;
    mutable bool m_branchIndexValid = false;

    std::vector<Command> m_undo;
    std::vector<Command> m_macro; // steps of the macro being recorded
    std::size_t m_undoIndex = 0;
    int m_macroDepth = 0;
    bool m_mergeOpen = false;

    std::unordered_set<std::string> m_touched;
    std::unordered_set<std::string> m_hidden;
    std::unordered_set<std::string> m_disabled;
    bool m_showAll = false;
};

} // namespace guichet::model

#include "formmodel.h"

#include "core/json/pointer.h"
#include "core/logging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace guichet::model {

// The background validation after setDocument: the worker copies the document first (edits wait
// for that copy, which is quick), then validates the copy while the user may already type.
struct FormModel::AsyncValidation
{
    std::mutex mutex;
    std::condition_variable copiedCondition;
    bool copied = false;
    std::unique_ptr<schema::IncrementalValidator> validator;
};

namespace {

const std::vector<schema::ValidationError> &noErrors()
{
    static const std::vector<schema::ValidationError> none;
    return none;
}

std::string parentPointer(const std::string &pointer)
{
    const auto slash = pointer.rfind('/');
    return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

// Roughly how much there is to validate: decides whether validation runs in the background.
std::size_t roughSize(const json::Value &v, int depth = 0)
{
    if (depth > 3)
        return 1;
    std::size_t n = 1;
    if (v.isArray()) {
        n += v.size() * 50;
        if (!v.arrayItems().empty())
            n += roughSize(v.arrayItems().front(), depth + 1);
    } else if (v.isObject()) {
        for (const auto &[k, m] : v.objectMembers())
            n += roughSize(m, depth + 1);
    }
    return n;
}

} // namespace

FormModel::FormModel(std::shared_ptr<const schema::CompiledSchema> schema, QObject *parent)
    : QObject(parent), m_schema(std::move(schema)),
      m_validator(std::make_unique<schema::IncrementalValidator>(m_schema, true))
{
    m_validator->reset(m_document);
    rebuildErrorIndex();
}

FormModel::~FormModel()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void FormModel::setDocument(json::Value document, Validation validation)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_document = std::move(document);
    m_undo.clear();
    m_macro.clear();
    m_undoIndex = 0;
    m_macroDepth = 0;
    m_mergeOpen = false;
    m_touched.clear();
    m_hidden.clear();
    m_disabled.clear();
    m_showAll = false;
    m_pendingEdits.clear();
    m_branchIndexValid = false;

    const bool background = validation == Validation::Async ||
                            (validation == Validation::Auto && roughSize(m_document) > 20000);
    if (!background) {
        if (!m_validator)
            m_validator = std::make_unique<schema::IncrementalValidator>(m_schema, true);
        m_validator->reset(m_document);
        rebuildErrorIndex();
        emit documentReset();
        emit validationFinished();
        emit undoStateChanged();
        return;
    }
    m_validator.reset();
    m_errorsByField.clear();
    m_errorCountUnder.clear();
    auto state = std::make_shared<AsyncValidation>();
    m_async = state;
    const json::Value *source = &m_document;
    auto schemaPtr = m_schema;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &FormModel::finishAsync);
    m_watcher->setFuture(QtConcurrent::run([state, source, schemaPtr] {
        json::Value copy;
        {
            std::lock_guard lock(state->mutex);
            copy = *source; // the UI thread does not write the document until copied is set
            state->copied = true;
        }
        state->copiedCondition.notify_all();
        auto validator = std::make_unique<schema::IncrementalValidator>(schemaPtr, true);
        validator->reset(copy);
        state->validator = std::move(validator);
    }));
    emit documentReset();
    emit undoStateChanged();
}

void FormModel::waitUntilCopied()
{
    if (!m_async)
        return;
    std::unique_lock lock(m_async->mutex);
    m_async->copiedCondition.wait(lock, [this] { return m_async->copied; });
}

void FormModel::finishAsync()
{
    if (!m_watcher || !m_async)
        return;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_validator = std::move(m_async->validator);
    m_async.reset();
    for (const std::string &pointer : m_pendingEdits)
        m_validator->update(m_document, pointer);
    m_pendingEdits.clear();
    rebuildErrorIndex();
    QStringList all;
    for (const auto &[field, list] : m_errorsByField)
        all << QString::fromStdString(field);
    emit validationFinished();
    emit errorsChanged(all);
}

void FormModel::waitForValidation()
{
    if (!m_watcher)
        return;
    m_watcher->waitForFinished();
    finishAsync();
}

const json::Value *FormModel::value(std::string_view pointer) const
{
    return json::resolvePointer(m_document, pointer);
}

// --- edits -------------------------------------------------------------------------------

bool FormModel::setValue(const std::string &pointer, json::Value value)
{
    waitUntilCopied();
    std::optional<json::Value> before;
    if (const json::Value *old = json::resolvePointer(m_document, pointer)) {
        // Numerically equal but differently written ("1.0" vs "1") is still an edit.
        if (old->type() == value.type() && *old == value &&
            (!old->isNumber() || old->number().text() == value.number().text()))
            return true;
        before = *old;
    }
    Command c;
    c.kind = Command::Kind::Set;
    c.pointer = pointer;
    c.before = std::move(before);
    c.after = std::move(value);
    if (!json::setPointer(m_document, pointer, *c.after))
        return false;
    emit valueChanged(QString::fromStdString(pointer));
    revalidate(pointer);
    push(std::move(c));
    return true;
}

bool FormModel::removeValue(const std::string &pointer)
{
    waitUntilCopied();
    const json::Value *old = json::resolvePointer(m_document, pointer);
    if (!old || pointer.empty())
        return false;
    const std::string parent = parentPointer(pointer);
    const json::Value *container = json::resolvePointer(m_document, parent);
    if (container && container->isArray()) {
        auto index = json::arrayIndex(pointer.substr(parent.size() + 1));
        return index && removeItems(parent, {int(*index)});
    }
    Command c;
    c.kind = Command::Kind::Set;
    c.pointer = pointer;
    c.before = *old;
    json::removePointer(m_document, pointer);
    emit valueChanged(QString::fromStdString(pointer));
    revalidate(pointer);
    push(std::move(c));
    return true;
}

bool FormModel::insertItems(const std::string &arrayPointer, int index,
                            std::vector<json::Value> items)
{
    waitUntilCopied();
    json::Value *array = json::resolvePointer(m_document, arrayPointer);
    if (!array) {
        if (!json::setPointer(m_document, arrayPointer, json::Value::array()))
            return false;
        array = json::resolvePointer(m_document, arrayPointer);
    }
    if (!array->isArray() || index < 0 || std::size_t(index) > array->size())
        return false;
    Command c;
    c.kind = Command::Kind::Insert;
    c.pointer = arrayPointer;
    for (std::size_t i = 0; i < items.size(); ++i)
        c.items.emplace_back(index + int(i), std::move(items[i]));
    apply(c, true);
    push(std::move(c));
    return true;
}

bool FormModel::removeItems(const std::string &arrayPointer, std::vector<int> indexes)
{
    waitUntilCopied();
    const json::Value *array = json::resolvePointer(m_document, arrayPointer);
    if (!array || !array->isArray())
        return false;
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    if (indexes.empty() || indexes.front() < 0 || std::size_t(indexes.back()) >= array->size())
        return false;
    Command c;
    c.kind = Command::Kind::Remove;
    c.pointer = arrayPointer;
    for (int i : indexes)
        c.items.emplace_back(i, array->arrayItems()[std::size_t(i)]);
    apply(c, true);
    push(std::move(c));
    return true;
}

bool FormModel::moveItem(const std::string &arrayPointer, int from, int to)
{
    waitUntilCopied();
    const json::Value *array = json::resolvePointer(m_document, arrayPointer);
    if (!array || !array->isArray() || from < 0 || to < 0 || std::size_t(from) >= array->size() ||
        std::size_t(to) >= array->size() || from == to)
        return false;
    Command c;
    c.kind = Command::Kind::Move;
    c.pointer = arrayPointer;
    c.from = from;
    c.to = to;
    apply(c, true);
    push(std::move(c));
    return true;
}

void FormModel::apply(const Command &c, bool forward)
{
    switch (c.kind) {
    case Command::Kind::Set: {
        const std::optional<json::Value> &target = forward ? c.after : c.before;
        if (target)
            json::setPointer(m_document, c.pointer, *target);
        else
            json::removePointer(m_document, c.pointer);
        emit valueChanged(QString::fromStdString(c.pointer));
        revalidate(c.pointer);
        break;
    }
    case Command::Kind::Insert:
    case Command::Kind::Remove: {
        json::Value *array = json::resolvePointer(m_document, c.pointer);
        if (!array)
            return;
        json::Array &items = array->arrayRef();
        const QString arrayPointer = QString::fromStdString(c.pointer);
        const bool inserting = (c.kind == Command::Kind::Insert) == forward;
        if (inserting) {
            for (const auto &[index, v] : c.items)
                items.insert(items.begin() + index, v);
            // Consecutive runs are announced as one insertion each.
            std::size_t i = 0;
            while (i < c.items.size()) {
                std::size_t j = i + 1;
                while (j < c.items.size() && c.items[j].first == c.items[j - 1].first + 1)
                    ++j;
                emit itemsInserted(arrayPointer, c.items[i].first, int(j - i));
                i = j;
            }
        } else {
            QList<int> removed;
            for (auto it = c.items.rbegin(); it != c.items.rend(); ++it) {
                items.erase(items.begin() + it->first);
                removed.prepend(it->first);
            }
            emit itemsRemoved(arrayPointer, removed);
        }
        revalidate(c.pointer);
        break;
    }
    case Command::Kind::Move: {
        json::Value *array = json::resolvePointer(m_document, c.pointer);
        if (!array)
            return;
        json::Array &items = array->arrayRef();
        const int from = forward ? c.from : c.to;
        const int to = forward ? c.to : c.from;
        json::Value moving = std::move(items[std::size_t(from)]);
        items.erase(items.begin() + from);
        items.insert(items.begin() + to, std::move(moving));
        emit itemMoved(QString::fromStdString(c.pointer), from, to);
        revalidate(c.pointer);
        break;
    }
    case Command::Kind::Macro:
        if (forward)
            for (const Command &child : c.children)
                apply(child, true);
        else
            for (auto it = c.children.rbegin(); it != c.children.rend(); ++it)
                apply(*it, false);
        break;
    }
}

void FormModel::push(Command command)
{
    if (m_macroDepth > 0) {
        m_macro.push_back(std::move(command));
        return;
    }
    m_undo.resize(m_undoIndex);
    if (m_mergeOpen && command.kind == Command::Kind::Set && !m_undo.empty() &&
        m_undo.back().kind == Command::Kind::Set && m_undo.back().pointer == command.pointer) {
        m_undo.back().after = std::move(command.after);
    } else {
        m_undo.push_back(std::move(command));
        ++m_undoIndex;
    }
    m_mergeOpen = m_undo.back().kind == Command::Kind::Set;
    emit undoStateChanged();
}

void FormModel::beginMacro()
{
    ++m_macroDepth;
}

void FormModel::endMacro()
{
    if (m_macroDepth == 0 || --m_macroDepth > 0)
        return;
    if (m_macro.empty())
        return;
    Command macro;
    macro.kind = Command::Kind::Macro;
    macro.children = std::move(m_macro);
    m_macro.clear();
    m_mergeOpen = false;
    push(std::move(macro));
    m_mergeOpen = false;
}

void FormModel::undo()
{
    if (!canUndo())
        return;
    waitUntilCopied();
    m_mergeOpen = false;
    apply(m_undo[--m_undoIndex], false);
    emit undoStateChanged();
}

void FormModel::redo()
{
    if (!canRedo())
        return;
    waitUntilCopied();
    m_mergeOpen = false;
    apply(m_undo[m_undoIndex++], true);
    emit undoStateChanged();
}

// --- validation ----------------------------------------------------------------------------

void FormModel::revalidate(const std::string &changedPointer)
{
    // Branches at a location depend only on the value there: an edit can change those of its
    // ancestors and of what lies below it, nothing else.
    auto related = [&changedPointer](const std::string &location) {
        const std::string &shorter =
            location.size() < changedPointer.size() ? location : changedPointer;
        const std::string &longer =
            location.size() < changedPointer.size() ? changedPointer : location;
        return longer.compare(0, shorter.size(), shorter) == 0 &&
               (longer.size() == shorter.size() || longer[shorter.size()] == '/');
    };
    for (auto it = m_branchIndex.begin(); it != m_branchIndex.end();)
        it = related(it->first) ? m_branchIndex.erase(it) : std::next(it);
    if (!m_validator) {
        m_pendingEdits.push_back(changedPointer);
        return;
    }
    const schema::IncrementalValidator::Change change =
        m_validator->update(m_document, changedPointer);
    QStringList fields;
    for (const schema::ValidationError &e : change.removed) {
        indexError(e, -1);
        fields << QString::fromStdString(e.fieldLocation);
    }
    for (const schema::ValidationError &e : change.added) {
        indexError(e, +1);
        fields << QString::fromStdString(e.fieldLocation);
    }
    fields.removeDuplicates();
    if (change.removedRows > 0 || change.insertedRows > 0)
        emit errorRowsChanged(int(change.first), int(change.removedRows), int(change.insertedRows));
    emit errorsChanged(fields);
}

void FormModel::indexError(const schema::ValidationError &error, int delta)
{
    const std::string &field = error.fieldLocation;
    if (delta > 0) {
        m_errorsByField[field].push_back(error);
    } else {
        auto it = m_errorsByField.find(field);
        if (it != m_errorsByField.end()) {
            auto &list = it->second;
            auto found = std::find(list.begin(), list.end(), error);
            if (found != list.end())
                list.erase(found);
            if (list.empty())
                m_errorsByField.erase(it);
        }
    }
    // Every ancestor counts the error: tables mark rows, sections their content.
    std::size_t pos = field.size();
    while (true) {
        const std::string prefix = field.substr(0, pos);
        int &count = m_errorCountUnder[prefix];
        count += delta;
        if (count <= 0)
            m_errorCountUnder.erase(prefix);
        if (pos == 0)
            break;
        pos = field.rfind('/', pos - 1);
        if (pos == std::string::npos)
            break;
    }
}

void FormModel::rebuildErrorIndex()
{
    m_errorsByField.clear();
    m_errorCountUnder.clear();
    m_branchIndexValid = false;
    if (!m_validator)
        return;
    for (const schema::ValidationError &e : m_validator->errors())
        indexError(e, +1);
}

const std::vector<schema::ValidationError> &FormModel::errors() const
{
    return m_validator ? m_validator->errors() : noErrors();
}

int FormModel::errorCount() const
{
    return m_validator ? int(m_validator->errorCount()) : 0;
}

const schema::ValidationError &FormModel::errorAt(int index) const
{
    return m_validator->errorAt(std::size_t(index));
}

std::vector<schema::ValidationError> FormModel::errorsAt(const std::string &pointer) const
{
    auto it = m_errorsByField.find(pointer);
    return it == m_errorsByField.end() ? std::vector<schema::ValidationError>{} : it->second;
}

int FormModel::errorCountUnder(const std::string &pointer) const
{
    auto it = m_errorCountUnder.find(pointer);
    return it == m_errorCountUnder.end() ? 0 : it->second;
}

std::optional<bool> FormModel::branchApplies(const std::string &instanceLocation,
                                             const std::string &keywordLocation,
                                             int alternative) const
{
    if (!m_validator)
        return std::nullopt;
    if (!m_branchIndexValid) {
        m_branchIndex.clear();
        m_branchIndexValid = true;
    }
    // One pass over the branches per location asked for (a form asks about the handful of
    // objects it shows), rather than indexing every branch of a big document after each edit.
    auto it = m_branchIndex.find(instanceLocation);
    if (it == m_branchIndex.end()) {
        std::vector<BranchState> states;
        for (const schema::AppliedBranch &b : m_validator->branches())
            if (b.instanceLocation.size() == instanceLocation.size() &&
                b.instanceLocation == instanceLocation)
                states.push_back({b.keywordLocation, b.alternative, b.applies});
        it = m_branchIndex.emplace(instanceLocation, std::move(states)).first;
    }
    for (const BranchState &s : it->second)
        if (s.alternative == alternative && s.keywordLocation == keywordLocation)
            return s.applies;
    return std::nullopt;
}

schema::ValidationResult FormModel::validateNow() const
{
    schema::ValidateOptions options;
    options.collectBranches = true;
    return m_schema->validate(m_document, options);
}

// --- per-pointer state -----------------------------------------------------------------------

void FormModel::setTouched(const std::string &pointer)
{
    if (m_touched.insert(pointer).second)
        emit touchedChanged(QString::fromStdString(pointer));
}

bool FormModel::isTouched(const std::string &pointer) const
{
    return m_touched.count(pointer) > 0;
}

void FormModel::setShowAllErrors(bool show)
{
    if (m_showAll == show)
        return;
    m_showAll = show;
    emit showAllErrorsChanged(show);
}

void FormModel::setVisible(const std::string &pointer, bool visible)
{
    const bool changed = visible ? m_hidden.erase(pointer) > 0 : m_hidden.insert(pointer).second;
    if (changed)
        emit visibilityChanged(QString::fromStdString(pointer), visible);
}

void FormModel::setEnabled(const std::string &pointer, bool enabled)
{
    if (enabled)
        m_disabled.erase(pointer);
    else
        m_disabled.insert(pointer);
}

} // namespace guichet::model

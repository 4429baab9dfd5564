#include "incrementalvalidator.h"

#include "core/json/pointer.h"
#include "core/schema/evaluator.h"

#include <algorithm>
#include <tuple>

namespace guichet::schema {

namespace {

bool lessError(const ValidationError &a, const ValidationError &b)
{
    return std::tie(a.instanceLocation, a.keywordLocation, a.keyword, a.args, a.fieldLocation,
                    a.absoluteKeywordLocation) < std::tie(b.instanceLocation, b.keywordLocation,
                                                          b.keyword, b.args, b.fieldLocation,
                                                          b.absoluteKeywordLocation);
}

} // namespace

IncrementalValidator::IncrementalValidator(std::shared_ptr<const CompiledSchema> schema,
                                           bool collectBranches)
    : m_schema(std::move(schema)), m_collectBranches(collectBranches),
      m_memo(std::make_unique<MemoNode>()), m_output(std::make_unique<ChunkedOutput>())
{}

const std::vector<ValidationError> &IncrementalValidator::errors() const
{
    if (m_errorsStale) {
        m_errors.clear();
        for (const ErrorChunk &chunk : m_output->errors)
            m_errors.insert(m_errors.end(), chunk->begin(), chunk->end());
        m_errorsStale = false;
    }
    return m_errors;
}

const std::vector<AppliedBranch> &IncrementalValidator::branches() const
{
    if (m_branchesStale) {
        m_branches.clear();
        for (const BranchChunk &chunk : m_output->branches)
            m_branches.insert(m_branches.end(), chunk->begin(), chunk->end());
        m_branchesStale = false;
    }
    return m_branches;
}

IncrementalValidator::~IncrementalValidator() = default;

void IncrementalValidator::indexChunks() const
{
    if (!m_chunkStartsStale)
        return;
    m_chunkStarts.clear();
    m_chunkStarts.reserve(m_output->errors.size() + 1);
    std::size_t n = 0;
    for (const ErrorChunk &chunk : m_output->errors) {
        m_chunkStarts.push_back(n);
        n += chunk->size();
    }
    m_chunkStarts.push_back(n);
    m_chunkStartsStale = false;
}

std::size_t IncrementalValidator::errorCount() const
{
    indexChunks();
    return m_chunkStarts.back();
}

const ValidationError &IncrementalValidator::errorAt(std::size_t index) const
{
    indexChunks();
    // The last piece starting at or before index (empty pieces share their start with the next).
    auto it = std::upper_bound(m_chunkStarts.begin(), m_chunkStarts.end() - 1, index);
    const std::size_t chunk = std::size_t(it - m_chunkStarts.begin()) - 1;
    return (*m_output->errors[chunk])[index - m_chunkStarts[chunk]];
}

void IncrementalValidator::run(const json::Value &document, const std::vector<std::string> &tokens)
{
    EditPath edit;
    edit.tokens = tokens;
    for (const std::string &t : tokens)
        edit.indexes.push_back(json::arrayIndex(t));
    auto output = std::make_unique<ChunkedOutput>();
    std::vector<ValidationError> pendingErrors;
    std::vector<AppliedBranch> pendingBranches;
    Evaluator evaluator(m_schema->data());
    evaluator.setMemo(m_memo.get(), &edit, output.get());
    m_valid =
        evaluator.run(document, &pendingErrors, m_collectBranches ? &pendingBranches : nullptr);
    m_output = std::move(output);
    m_errorsStale = true;
    m_branchesStale = true;
    m_chunkStartsStale = true;
}

void IncrementalValidator::reset(const json::Value &document)
{
    m_memo->clear();
    run(document, {});
}

IncrementalValidator::Change IncrementalValidator::update(const json::Value &document,
                                                          std::string_view changedPointer)
{
    const std::unique_ptr<ChunkedOutput> previous = std::move(m_output);
    auto parsed = json::parsePointer(changedPointer);
    if (!parsed || m_memo->kind != document.type()) {
        m_memo->clear();
        run(document, {});
    } else {
        std::vector<std::string> tokens = std::move(*parsed);
        // Walk the memo along the edit; stop where the structure no longer matches (an array
        // whose length changed, a value whose type changed): everything below is evaluated anew.
        std::vector<MemoNode *> path{m_memo.get()};
        const json::Value *value = &document;
        std::size_t keep = tokens.size();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            MemoNode *node = path.back();
            if (node->kind != value->type()) {
                keep = i;
                break;
            }
            MemoNode *next = nullptr;
            const json::Value *nextValue = nullptr;
            if (value->isArray()) {
                auto index = json::arrayIndex(tokens[i]);
                if (node->size != value->size() || !index || *index >= value->size()) {
                    keep = i;
                    break;
                }
                nextValue = &value->arrayItems()[*index];
                if (*index < node->items.size())
                    next = node->items[*index].get();
            } else if (value->isObject()) {
                nextValue = value->find(tokens[i]);
                auto it = node->members.find(tokens[i]);
                if (it != node->members.end())
                    next = it->second.get();
            } else {
                keep = i;
                break;
            }
            if (!next || !nextValue) {
                // Nothing remembered below, or the member is gone: forget it and stop here.
                if (next)
                    next->clear();
                keep = i + 1;
                break;
            }
            path.push_back(next);
            value = nextValue;
        }
        tokens.resize(keep);
        for (std::size_t i = 0; i < path.size() && i < keep; ++i)
            path[i]->entries.clear();
        if (path.size() > keep)
            path[keep]->clear();
        run(document, tokens);
    }

    // Errors come out in evaluation order, in pieces shared with the memo: the pieces the edit
    // did not touch are the same objects before and after. Skip the common leading and trailing
    // pieces, then compare what is left as multisets.
    Change change;
    const std::vector<ErrorChunk> &before = previous->errors;
    const std::vector<ErrorChunk> &after = m_output->errors;
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    auto rows = [](const std::vector<ErrorChunk> &chunks, std::size_t from, std::size_t to) {
        std::size_t n = 0;
        for (std::size_t i = from; i < to; ++i)
            n += chunks[i]->size();
        return n;
    };
    change.first = rows(before, 0, prefix);
    change.removedRows = rows(before, prefix, before.size() - suffix);
    change.insertedRows = rows(after, prefix, after.size() - suffix);
    auto flatten = [](const std::vector<ErrorChunk> &chunks, std::size_t from, std::size_t to) {
        std::vector<ValidationError> out;
        for (std::size_t i = from; i < to; ++i)
            out.insert(out.end(), chunks[i]->begin(), chunks[i]->end());
        std::sort(out.begin(), out.end(), lessError);
        return out;
    };
    const std::vector<ValidationError> oldMiddle = flatten(before, prefix, before.size() - suffix);
    const std::vector<ValidationError> newMiddle = flatten(after, prefix, after.size() - suffix);
    std::set_difference(newMiddle.begin(), newMiddle.end(), oldMiddle.begin(), oldMiddle.end(),
                        std::back_inserter(change.added), lessError);
    std::set_difference(oldMiddle.begin(), oldMiddle.end(), newMiddle.begin(), newMiddle.end(),
                        std::back_inserter(change.removed), lessError);
    return change;
}

} // namespace guichet::schema

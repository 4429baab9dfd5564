#pragma once

#include "core/json/value.h"
#include "core/schema/schema.h"

#include <memory>
#include <string_view>
#include <vector>

namespace guichet::schema {

struct MemoNode;
struct ChunkedOutput;

// Keeps the validation of one document current while it is edited: after an edit at a JSON
// Pointer only what that edit can affect is evaluated again; everything else comes from a memo
// of earlier evaluations. The result always equals a full validation of the document.
//
// Not thread-safe: one instance per edited document, used from one thread at a time.
class IncrementalValidator
{
public:
    struct Change
    {
        std::vector<ValidationError> added;   // errors that appeared with the edit
        std::vector<ValidationError> removed; // errors the edit fixed
        // Where errors() changed, by index: the rows [first, first + removedRows) before the
        // edit are now [first, first + insertedRows). Everything outside is the same error at
        // the same place shifted by the difference, so a list of errors can follow the edit
        // without reading the others.
        std::size_t first = 0;
        std::size_t removedRows = 0;
        std::size_t insertedRows = 0;
    };

    // collectBranches: also keep branches() current (costs a little more per update).
    explicit IncrementalValidator(std::shared_ptr<const CompiledSchema> schema,
                                  bool collectBranches = false);
    ~IncrementalValidator();
    IncrementalValidator(const IncrementalValidator &) = delete;
    IncrementalValidator &operator=(const IncrementalValidator &) = delete;

    // Full validation of document; forgets everything known before.
    void reset(const json::Value &document);

    // document is the edited document; changedPointer the deepest location whose subtree
    // changed (a replaced value, an added or removed member, an item set). Inserting or removing
    // array items shifts the items after them: pass the array's pointer then (a change of an
    // array's length below changedPointer is detected and handled the same way). A malformed
    // pointer revalidates everything.
    Change update(const json::Value &document, std::string_view changedPointer);

    // The current errors and branches, in evaluation order. Assembled on first use after an
    // update (the update itself never copies the errors it did not change).
    const std::vector<ValidationError> &errors() const;
    const std::vector<AppliedBranch> &branches() const;
    // The same errors by index, without assembling errors(): for lists that show a few rows of
    // many (costs one pass over the output's pieces, not over the errors, after an update).
    std::size_t errorCount() const;
    const ValidationError &errorAt(std::size_t index) const;
    bool isValid() const { return m_valid; }
    const CompiledSchema &schema() const { return *m_schema; }

private:
    void run(const json::Value &document, const std::vector<std::string> &tokens);

    std::shared_ptr<const CompiledSchema> m_schema;
    bool m_collectBranches;
    std::unique_ptr<MemoNode> m_memo;
    std::unique_ptr<ChunkedOutput> m_output;
    mutable std::vector<ValidationError> m_errors;
    mutable std::vector<AppliedBranch> m_branches;
    // Index in errors() of the first error of each of m_output's pieces, and the total at the end.
    mutable std::vector<std::size_t> m_chunkStarts;
    mutable bool m_chunkStartsStale = true;
    void indexChunks() const;
    mutable bool m_errorsStale = false;
    mutable bool m_branchesStale = false;
    bool m_valid = true;
};

} // namespace guichet::schema

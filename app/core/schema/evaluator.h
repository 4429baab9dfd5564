#pragma once

// Internal to the schema engine: walks a document against compiled nodes. Used by
// CompiledSchema (full validation) and IncrementalValidator (with a memo).

#include "core/schema/compiledschemadata.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace guichet::schema {

// Results of evaluations at one instance location, keyed by the evaluation path that led there
// (a hash of the keyword path, which also determines the dynamic scope). A tree mirroring the
// document; only container values (objects, arrays) get entries.
using ErrorChunk = std::shared_ptr<const std::vector<ValidationError>>;
using BranchChunk = std::shared_ptr<const std::vector<AppliedBranch>>;

// An incremental run's output: pieces shared with the memo, so that reusing an evaluation
// costs a pointer copy however many errors it had, and the errors of two runs can be compared
// piece by piece.
struct ChunkedOutput
{
    std::vector<ErrorChunk> errors;
    std::vector<BranchChunk> branches;
};

struct MemoNode
{
    struct Entry
    {
        std::uint64_t key = 0;
        bool valid = true;
        std::vector<ErrorChunk> errors;
        std::vector<BranchChunk> branches;
    };

    std::vector<std::unique_ptr<MemoNode>> items;
    std::unordered_map<std::string, std::unique_ptr<MemoNode>> members;
    std::vector<Entry> entries;
    json::Type kind = json::Type::Null;
    std::size_t size = 0;

    MemoNode *item(std::size_t index);
    MemoNode *member(const std::string &key);
    void clear();
};

// What an incremental run knows about the edit: the pointer's tokens.
struct EditPath
{
    std::vector<std::string> tokens;
    std::vector<std::optional<std::size_t>> indexes;
};

// Locations (object members or array items) an in-place evaluation has evaluated: what
// unevaluatedProperties / unevaluatedItems need.
struct Evaluated
{
    bool all = false;
    std::vector<std::uint64_t> bits;

    void mark(std::size_t i)
    {
        if (all)
            return;
        const std::size_t word = i >> 6;
        if (bits.size() <= word)
            bits.resize(word + 1, 0);
        bits[word] |= std::uint64_t(1) << (i & 63);
    }
    void markAll() { all = true; }
    bool has(std::size_t i) const
    {
        if (all)
            return true;
        const std::size_t word = i >> 6;
        return word < bits.size() && (bits[word] >> (i & 63)) & 1;
    }
    void merge(const Evaluated &other)
    {
        if (all)
            return;
        if (other.all) {
            all = true;
            return;
        }
        if (bits.size() < other.bits.size())
            bits.resize(other.bits.size(), 0);
        for (std::size_t i = 0; i < other.bits.size(); ++i)
            bits[i] |= other.bits[i];
    }
};

class Evaluator
{
public:
    explicit Evaluator(const CompiledSchemaData &data) : m_data(data) {}

    // errors/branches may be null: then evaluation stops at the first failure.
    bool run(const json::Value &instance, std::vector<ValidationError> *errors,
             std::vector<AppliedBranch> *branches);

    // With a memo: evaluations off the edit path are taken from it, the others recorded. The
    // output then goes to chunks (run()'s errors/branches vectors only hold the pieces not yet
    // sealed into a chunk, and are empty when run() returns).
    void setMemo(MemoNode *root, const EditPath *edit, ChunkedOutput *chunks)
    {
        m_memoRoot = root;
        m_edit = edit;
        m_chunks = chunks;
    }

private:
    struct PathSegment
    {
        const std::string *key; // nullptr: index
        std::size_t index;
    };

    bool eval(const Node *node, const json::Value &instance, Evaluated *out);
    bool evalKeyword(const Node *node, const Keyword &k, const json::Value &instance,
                     Evaluated *ev);
    bool evalInPlace(const Node *node, const std::string &segment, const json::Value &instance,
                     Evaluated *ev);
    bool evalChild(const Node *node, const std::string &segment, const json::Value &child,
                   const std::string *key, std::size_t index);
    bool evalChildMemo(const Node *node, const json::Value &child, const std::string *key,
                       std::size_t index);
    bool evalQuiet(const Node *node, const std::string &segment, const json::Value &instance,
                   Evaluated *ev);

    [[gnu::noinline, gnu::cold]] bool failed(const Node *node, const Keyword &k,
                                             const json::Value &instance);
    bool evalObjectNames(const Keyword &k, const json::Value &instance);
    bool evalApplicator(const Node *node, const Keyword &k, const json::Value &instance,
                        Evaluated *ev);
    bool evalIf(const Keyword &k, const json::Value &instance, Evaluated *ev);
    bool evalItems(const Keyword &k, const json::Value &instance, Evaluated *ev);
    bool evalContains(const Keyword &k, const json::Value &instance, Evaluated *ev);
    bool evalUnique(const Keyword &k, const json::Value &instance);
    bool evalMembers(const Keyword &k, const json::Value &instance, Evaluated *ev);
    bool evalUnevaluated(const Keyword &k, const json::Value &instance, Evaluated *ev);

    void pushKeyword(const std::string &segment)
    {
        m_keywordPath.push_back(&segment);
        if (m_memoRoot)
            m_hashes.push_back(mixHash(m_hashes.back(),
                                       std::uint64_t(reinterpret_cast<std::uintptr_t>(&segment))));
    }
    void popKeyword()
    {
        m_keywordPath.pop_back();
        if (m_memoRoot)
            m_hashes.pop_back();
    }
    static std::uint64_t mixHash(std::uint64_t h, std::uint64_t v)
    {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h *= 0xff51afd7ed558ccdull;
        return h ^ (h >> 33);
    }

    std::string instanceLocation() const;
    std::string keywordLocation(const std::string &last) const;
    // Appends an error (no-op when quiet). field: the child the form should point at.
    void report(const std::string &segment, const std::string &absolute, const std::string &keyword,
                std::vector<std::string> args, const std::string *fieldKey = nullptr,
                std::size_t fieldIndex = std::size_t(-1));
    void emitBranch(const std::string &segment, const char *keyword, int alternative,
                    const std::string &property, bool applies);
    bool quiet() const { return m_errors == nullptr; }

    const CompiledSchemaData &m_data;
    std::vector<ValidationError> *m_errors = nullptr;
    std::vector<AppliedBranch> *m_branches = nullptr;
    std::vector<PathSegment> m_instancePath;
    std::vector<const std::string *> m_keywordPath;
    std::vector<const Node *> m_scope;
    int m_depth = 0;

    MemoNode *m_memoRoot = nullptr;
    const EditPath *m_edit = nullptr;
    ChunkedOutput *m_chunks = nullptr;
    void seal();
    MemoNode *m_memo = nullptr; // memo node of the current instance location
    std::vector<std::uint64_t> m_hashes;
    bool m_onPath = false;       // current location is a prefix of the edit path
    std::size_t m_pathDepth = 0; // its depth
};

} // namespace guichet::schema

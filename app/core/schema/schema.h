#pragma once

#include "core/expected.h"
#include "core/json/value.h"
#include "core/schema/validationerror.h"

#include <QString>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Guichet's JSON Schema engine (drafts 4, 6, 7 and 2020-12): compile a schema once into an
// immutable CompiledSchema, then validate documents against it, fully or incrementally.
//
//   SchemaRegistry registry;                        // optional: remote documents, offline only
//   registry.addDirectory("http://localhost:1234/", "/path/to/remotes");
//   CompileOptions options; options.registry = &registry;
//   auto compiled = schema::compile(schemaValue, options);   // Expected<shared_ptr<const ...>>
//   ValidationResult r = (*compiled)->validate(document);      // every error, as data
//
// Thread safety: a CompiledSchema is immutable and may validate from many threads at once.
// A SchemaRegistry may be read by concurrent compiles; add to it before sharing it.
// Editing a document: IncrementalValidator (incrementalvalidator.h) keeps errors and branches
// current after each edit. The JSON model is in core/json (value.h, parser.h, writer.h,
// pointer.h, qtjson.h).
//
// Limits on hostile input: documents deeper than ParseOptions::maxDepth (512) do not parse;
// validation deeper than CompileOptions::maxEvaluationDepth fails with an "evaluationDepth"
// error (args [limit]); $ref chains that loop without consuming instance are refused at compile
// time ("schema.refCycle"); regular expressions run with PCRE2 match/depth/heap limits and a
// match that hits a limit counts as no match (so "pattern" fails, patternProperties does not
// apply).
namespace guichet::schema {

enum class Draft
{
    Draft4,
    Draft6,
    Draft7,
    Draft2020_12
};

// "4", "6", "7", "2020-12" (also "draft-07", "draft2020-12"...) -> Draft; false if unknown.
bool draftFromString(std::string_view text, Draft &draft);
// The metaschema URI of a draft, e.g. "https://json-schema.org/draft/2020-12/schema".
std::string draftMetaschemaUri(Draft draft);

// The documents "$ref" and "$schema" may reach besides the schema itself. Never the network:
// documents added here, folders mapped to a base URI, and the draft metaschemas built in.
class SchemaRegistry
{
public:
    SchemaRegistry();
    ~SchemaRegistry();
    SchemaRegistry(const SchemaRegistry &) = delete;
    SchemaRegistry &operator=(const SchemaRegistry &) = delete;

    // uri without fragment, e.g. "https://forms.example/common.json".
    void addDocument(const std::string &uri, json::Value document);
    // Every *.json file below dir is reachable as baseUri + its relative path
    // ("http://localhost:1234/" + "nested/foo.json"). Files are read when first asked for.
    void addDirectory(const std::string &baseUri, const QString &dir);

    // The document at uri (no fragment), loading it from a mapped folder if needed; nullptr
    // when unknown or unreadable. The built-in metaschemas are found here too.
    std::shared_ptr<const json::Value> document(const std::string &uri) const;

private:
    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::string, std::shared_ptr<const json::Value>> m_documents;
    std::vector<std::pair<std::string, QString>> m_directories;
};

struct CompileOptions
{
    // Used when the root schema has no (recognised) "$schema".
    Draft defaultDraft = Draft::Draft2020_12;
    // "format" fails on invalid values (checkFormat() says Invalid); otherwise an annotation.
    bool formatAssertion = false;
    // Where remote references are looked up; the built-in metaschemas are always available.
    const SchemaRegistry *registry = nullptr;
    // The root schema's URI when it has no "$id" (relative references resolve against it).
    std::string baseUri;
    // Nested schema applications during one validation (guards $ref recursion and deep
    // documents); exceeding it fails the document with an "evaluationDepth" error.
    int maxEvaluationDepth = 2048;
    // Deepest JSON nesting accepted in a schema document.
    int maxSchemaDepth = 512;
};

// Which conditional part of a schema applies at an instance location, for the form renderer:
// conditional fields follow these.
//   keyword "if"               alternative 0 = the "then" branch, 1 = the "else" branch; one
//                              entry per branch, applies = that branch is the one taken (the
//                              entry is emitted even when the branch keyword is absent).
//   keyword "oneOf" / "anyOf"  alternative = index of the subschema; one entry per subschema,
//                              applies = the instance is valid against it.
//   keyword "dependentSchemas" (and "dependencies" with a schema value, drafts 4-7)
//                              alternative = index in the keyword's member order, property =
//                              the member name, applies = the instance has that property.
// keywordLocation is the keyword's location ("/properties/kind/if", "/oneOf"), through $ref as
// taken, like ValidationError::keywordLocation.
struct AppliedBranch
{
    std::string instanceLocation;
    std::string keywordLocation;
    std::string keyword;
    int alternative = 0;
    std::string property;
    bool applies = false;

    bool operator==(const AppliedBranch &) const = default;
};

struct ValidationResult
{
    bool valid = true;
    std::vector<ValidationError> errors; // every failed assertion (see validationerror.h)
    std::vector<AppliedBranch> branches; // filled when ValidateOptions::collectBranches
};

struct ValidateOptions
{
    bool collectBranches = false;
};

class CompiledSchemaData;

// A schema compiled for validation: references resolved, regexes built, keywords typed.
// Immutable; validation never re-reads the schema JSON.
class CompiledSchema
{
public:
    explicit CompiledSchema(std::unique_ptr<CompiledSchemaData> data);
    ~CompiledSchema();

    // Collects every error. Errors from failed anyOf/oneOf alternatives are reported together
    // with the anyOf/oneOf error itself; errors under "not", "if" and "contains" are not.
    ValidationResult validate(const json::Value &instance,
                              const ValidateOptions &options = {}) const;
    // Stops at the first failure.
    bool isValid(const json::Value &instance) const;
    // Which if/oneOf/anyOf/dependentSchemas branches apply (see AppliedBranch).
    std::vector<AppliedBranch> appliedBranches(const json::Value &instance) const;

    Draft draft() const;
    const CompiledSchemaData &data() const { return *m_data; }

private:
    std::unique_ptr<CompiledSchemaData> m_data;
};

// Compiles schema. Errors: "schema.invalidKeyword" (message names the keyword by JSON pointer,
// e.g. "/properties/age/minimum: must be a number"), "schema.unresolvedRef",
// "schema.refCycle" (a $ref chain that loops without consuming instance), "schema.invalidRegex",
// "schema.tooDeep".
Expected<std::shared_ptr<const CompiledSchema>> compile(const json::Value &schema,
                                                        const CompileOptions &options = {});

} // namespace guichet::schema

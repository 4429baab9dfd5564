#pragma once

#include "core/expected.h"
#include "core/json/value.h"
#include "core/schema/schema.h"

#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Checks an OpenAPI 3.1 document (api/openapi.yaml, converted to JSON) with Guichet's own JSON
// model and schema engine: references, schemas, examples and operations. Every check answers
// one line per problem, "<JSON pointer into the document>: <what is wrong>", so that a failure
// says where to look; an empty list means the check passed.
namespace guichet::testing {

struct OpenApiOperation
{
    std::string method;      // upper case: "GET"
    std::string path;        // the template as written: "/declarations/{id}"
    std::string operationId; // empty when missing
    std::string pointer;     // "/paths/~1declarations~1{id}/get"
};

// An example value of an operation's request or response body, and the schema it must fit.
struct OpenApiExample
{
    std::string operationId;
    bool request = false;
    std::string status;        // the response's status code; empty for a request
    std::string mediaType;     // "application/json"
    std::string pointer;       // where the example is written (after following $ref)
    std::string schemaPointer; // the media type's schema
    const json::Value *value = nullptr;
};

// The key an operation is matched by in coverage records: "GET /declarations/{}". The method
// is upper-cased; the path loses its query, a leading "/api/v1" (the server's base) and a
// trailing "/", and every template parameter's name, so that "{id}" and "{declarationId}" match.
std::string operationKey(std::string_view method, std::string_view path);

class OpenApiChecker
{
public:
    // The base URI the document is known under when schemas are compiled: its "$ref"s
    // ("#/components/schemas/X") resolve against it.
    static constexpr const char *kBaseUri = "https://guichet.invalid/api/openapi.json";

    explicit OpenApiChecker(json::Value document);

    const json::Value &document() const { return m_document; }

    // Every operation under /paths, in document order.
    std::vector<OpenApiOperation> operations() const;
    // The request and response examples of every operation (through $ref), in document order.
    std::vector<OpenApiExample> operationExamples() const;
    // The pointer of every schema: each of /components/schemas and every inline schema of a
    // parameter, header or media type.
    std::vector<std::string> schemaLocations() const;

    // "openapi" is 3.1.x and the default dialect is JSON Schema 2020-12.
    QStringList versionProblems() const;
    // Every "$ref" is an internal JSON pointer that exists; no example value holds a "$ref"
    // (OpenAPI never resolves one there, so it would be sent as is).
    QStringList referenceProblems() const;
    // Every schema location compiles.
    QStringList schemaProblems();
    // Every example fits its schema: parameter, header and media type examples (named examples
    // through $ref too), a schema's own "examples" and "default" at every depth; a problem
    // example's status is its response's and its type ends with its reason.
    QStringList exampleProblems();
    // Every request body and every response body has at least one example.
    QStringList missingExamples() const;
    // operationId present and unique, tags declared, path parameters declared both ways,
    // security schemes that exist, 4xx/5xx answered as application/problem+json only.
    QStringList operationProblems() const;

    // The schema at pointer compiled (cached), formats asserted. Error as the engine reports it.
    Expected<std::shared_ptr<const schema::CompiledSchema>> compiled(const std::string &pointer);
    // The problems of value against the schema at pointer, each prefixed with where.
    QStringList validate(const json::Value &value, const std::string &schemaPointer,
                         const std::string &where);

    // The problems of a real answer against the contract, for tests that talk to the sandbox:
    // the operation must exist (path as a template or a concrete path, with or without
    // "/api/v1"), list the status (or "4XX"/"default"), list the media type (parameters such
    // as charset ignored) when there is a body, and the body must fit the schema, formats
    // asserted. body is nullptr for an answer without one (304).
    QStringList responseProblems(std::string_view method, std::string_view path, int status,
                                 std::string_view mediaType, const json::Value *body);
    // The operation a request goes to, nullptr when none.
    const OpenApiOperation *operationFor(std::string_view method, std::string_view path);

    // The value a local "$ref" designates ("#/components/..."), nullptr when it does not
    // resolve. Follows chains of Reference Objects when follow is set.
    const json::Value *resolveRef(const json::Value &value, bool follow = true) const;

private:
    const json::Value *at(const std::string &pointer) const;
    std::string refTarget(const json::Value &value) const;

    json::Value m_document;
    std::vector<OpenApiOperation> m_operations; // operationFor()'s, filled on first use
    schema::SchemaRegistry m_registry;
    std::map<std::string, Expected<std::shared_ptr<const schema::CompiledSchema>>> m_compiled;
};

} // namespace guichet::testing

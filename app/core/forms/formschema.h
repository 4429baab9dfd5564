#pragma once

#include "core/expected.h"
#include "core/json/value.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace guichet::schema {
class SchemaRegistry;
}

// The shape of a form as the renderer needs it, read once from the JSON Schema: which fields
// exist (including those declared only under if/then/else, dependentSchemas or oneOf branches),
// of which kind, with which texts, constraints and conditions. The schema engine validates; this
// tree only says what to draw.
namespace guichet::forms {

enum class FieldKind
{
    Object,  // a section of fields
    Table,   // an array of objects: a table with a row editor
    List,    // an array of scalars: a one-column table
    Text,    // string
    Number,  // number
    Integer, // integer
    Boolean, // boolean
    Choice,  // enum, or oneOf/anyOf of consts
    Date,    // string with format "date"
    Json,    // anything else: an embedded JSON editor for the subtree
};

// A branch of the schema that must apply (AppliedBranch::applies) at the instance location of
// the object that declares it, for a conditional field to exist or be required.
struct Condition
{
    std::string keywordLocation; // "/properties/a/if", "/oneOf", "/dependentSchemas"
    int alternative = 0;         // see schema::AppliedBranch

    bool operator==(const Condition &) const = default;
};
// Every condition of the list applies (branches nested in branches).
using ConditionSet = std::vector<Condition>;

struct Choice
{
    json::Value value;
    QString title;   // from a oneOf alternative's title; empty for a plain enum
    QString i18nKey; // "<key>.enum.<value>" or "<key>.oneOf.<const>"
};

// One alternative of an object's oneOf/anyOf: the selector offers them.
struct Alternative
{
    QString title;
    QString i18nKey;                                         // "<key>.oneOf.<index>"
    std::vector<std::pair<std::string, json::Value>> consts; // discriminator values it sets
    std::vector<std::string> properties;                     // the members it declares
};

struct FieldNode
{
    FieldKind kind = FieldKind::Json;
    std::string name;                    // the property name; "" for the root and array items
    std::vector<std::string> schemaPath; // tokens a UI scope uses: properties/x/items/...
    std::string keywordLocation;         // through $ref as the engine reports it
    QString i18nKey;                     // docs/ui-schema.md: the instance path pattern
    QString title;
    QString description;
    QString example; // first "examples" value, as text
    bool readOnly = false;
    bool hasConst = false;
    json::Value constValue;
    bool hasDefault = false;
    json::Value defaultValue;
    std::string format;
    long long maxLength = -1;
    QString fallbackReason; // why kind is Json (for logs)

    std::vector<Choice> choices;

    // Object
    std::vector<std::unique_ptr<FieldNode>> properties; // schema order, conditional ones too
    std::vector<std::string> required;                  // unconditionally required members
    std::vector<std::pair<ConditionSet, std::string>> requiredWhen;
    std::vector<std::pair<std::string, std::vector<std::string>>> dependentRequired;
    std::vector<Alternative> alternatives; // object oneOf/anyOf
    std::string alternativesKeywordLocation;
    bool alternativesOneOf = true;

    // As a member: always present, or present while one of these sets applies.
    bool alwaysPresent = true;
    std::vector<ConditionSet> presentWhen;

    // Table / List
    std::unique_ptr<FieldNode> items;

    FieldNode *parent = nullptr;

    const FieldNode *property(std::string_view name) const;
    bool isScalar() const;
    bool isRequiredMember(std::string_view member) const; // unconditionally
};

struct FormSchemaOptions
{
    const schema::SchemaRegistry *registry = nullptr;
    std::string baseUri;
    // How many times one $ref target may nest inside itself before the subtree becomes a JSON
    // editor.
    int maxRecursion = 2;
};

class FormSchema
{
public:
    // Never fails on a schema the engine compiled: what cannot be drawn becomes Json.
    static std::shared_ptr<const FormSchema> build(const json::Value &schema,
                                                   const FormSchemaOptions &options = {});

    const FieldNode &root() const { return *m_root; }
    // The node a UI scope's tokens reach from start ("properties"/x, "items"; other tokens,
    // like "then" or "allOf/0", are stepped over). nullptr when nothing matches.
    static const FieldNode *resolveScope(const FieldNode &start,
                                         const std::vector<std::string> &tokens);

private:
    std::unique_ptr<FieldNode> m_root;
};

} // namespace guichet::forms

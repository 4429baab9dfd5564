#pragma once

// Internal to the schema engine: the typed form a schema is compiled into. Only compiler.cpp,
// evaluator.cpp and incrementalvalidator.cpp include this.

#include "core/json/value.h"
#include "core/schema/regex.h"
#include "core/schema/schema.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace guichet::schema {

struct Node;

enum class Op : std::uint8_t
{
    // any instance type
    Ref,
    DynamicRef,
    Type,
    Enum,
    Const,
    AllOf,
    AnyOf,
    OneOf,
    Not,
    IfThenElse,
    // numbers
    MultipleOf,
    Maximum,
    ExclusiveMaximum,
    Minimum,
    ExclusiveMinimum,
    // strings
    MaxLength,
    MinLength,
    Pattern,
    Format,
    // arrays
    Items, // prefixItems / items / additionalItems together
    Contains,
    MaxItems,
    MinItems,
    UniqueItems,
    UnevaluatedItems,
    // objects
    Required,
    Members, // properties / patternProperties / additionalProperties together
    PropertyNames,
    DependentRequired,
    DependentSchemas,
    MaxProperties,
    MinProperties,
    UnevaluatedProperties,
};

// Instance type bits for "type".
enum TypeBit : std::uint8_t
{
    TNull = 1,
    TBool = 2,
    TObject = 4,
    TArray = 8,
    TString = 16,
    TNumber = 32,
    TInteger = 64,
};

struct PatternChild
{
    std::shared_ptr<const Regex> regex;
    Node *node = nullptr;
    std::string segment; // "/patternProperties/<escaped pattern>"
};

struct NamedChild
{
    std::string name;
    Node *node = nullptr;              // DependentSchemas, Members
    std::vector<std::string> required; // DependentRequired
    std::string segment;               // "/properties/<escaped name>"
};

// Open-addressing map from property name to index in Keyword::named.
struct NameIndex
{
    std::vector<std::uint32_t> table; // index + 1, 0 = empty
    void build(const std::vector<NamedChild> &named);
    int find(const std::vector<NamedChild> &named, std::string_view name) const;
};

std::size_t hashName(std::string_view name);

// One compiled keyword (or a group of keywords evaluated in one pass).
struct Keyword
{
    // Hot: what validation reads on the way when nothing fails, packed at the front so that
    // checking a keyword touches one or two cache lines (the rest is for errors).
    Op op;
    bool draft4Exclusive = false; // draft 4 boolean exclusiveMinimum/Maximum alongside
    std::uint8_t typeMask = 0;
    bool hasRequired = false;    // Members with "required" folded in
    bool integerDivisor = false; // multipleOf: the divisor is written as an integer
    double number = 0;
    const json::Value *value = nullptr; // const, enum (array)
    Node *node = nullptr;               // Ref target (static), Not, If, Contains, PropertyNames...
    std::shared_ptr<const Regex> regex;
    std::uint64_t requiredMask = 0; // bit i = named[i] is required
    Node *additional = nullptr;
    std::string text;              // pattern text, format name, $ref text
    std::vector<NamedChild> named; // Members / DependentSchemas / DependentRequired
    NameIndex index;
    std::vector<PatternChild> patterns;
    std::vector<std::string> names; // Required (Members: required names not in properties)
    Node *thenNode = nullptr;       // IfThenElse
    Node *elseNode = nullptr;       // IfThenElse
    std::vector<Node *> nodes;      // AllOf/AnyOf/OneOf, prefixItems / items array form
    // Items: prefix (prefixItems or draft 4-7 array form), then rest for the remaining items.
    Node *rest = nullptr; // items (2020-12) or additionalItems / items schema form
    long long minContains = 1;
    long long maxContains = -1;

    // Cold: locations and texts for errors and annotations.
    std::string keyword;    // the keyword reported in errors: "minLength", "properties"...
    std::string segment;    // "/minLength": appended to the keyword path when descending
    std::string absolute;   // absoluteKeywordLocation of this keyword
    std::string numberText; // the limit as written
    std::string typeNames;  // "string,null" for errors
    std::string valueText;  // compact JSON of value for error args
    std::string thenSegment, elseSegment, thenAbsolute, elseAbsolute;
    std::vector<std::string> segments; // per element of nodes: "/allOf/0"
    std::string restSegment;           // "/items" or "/additionalItems"
    std::string restKeyword;
    std::string restAbsolute;
    std::string prefixKeyword; // "prefixItems" or "items"
    std::string minContainsAbsolute, maxContainsAbsolute, minContainsSegment, maxContainsSegment;
    std::string additionalSegment, additionalAbsolute;
    std::vector<std::string> requiredOrder; // all required names, for error order
    std::string requiredSegment, requiredAbsolute;
    std::string dependencyKeyword; // "dependentRequired" / "dependencies"
    // DynamicRef: the anchor name when the static target is a dynamic anchor ("" otherwise).
    std::string dynamicName;
};

// A compiled schema object (or boolean schema).
struct Node
{
    // Hot first (see Keyword).
    bool isBoolean = false;
    bool booleanValue = true;
    // Only type/enum/const and number/string keywords apply to scalars: a scalar can be tested
    // without recording where the evaluation is.
    bool scalarFastPath = false;
    bool hasUnevaluated = false; // unevaluatedItems/Properties present: collect annotations
    bool formatAssertion = false;
    Draft draft = Draft::Draft2020_12;
    Node *resource = nullptr;     // the schema resource this node belongs to (itself for a root)
    std::vector<Keyword> generic; // applies to any instance type
    std::vector<Keyword> numberOps, stringOps, arrayOps, objectOps;

    std::uint32_t id = 0;
    bool compiled = false;
    const json::Value *source = nullptr;
    std::string absolute; // absolute location of the node: "uri#/pointer"
    std::string pointer;  // pointer from its document root, for compile errors
    // For resource roots: the $dynamicAnchor names defined in this resource.
    std::unordered_map<std::string, Node *> dynamicAnchors;
};

class CompiledSchemaData
{
public:
    Node *root = nullptr;
    Draft draft = Draft::Draft2020_12;
    int maxEvaluationDepth = 2048;
    bool hasDynamicRefs = false;
    std::deque<Node> nodes;
    std::vector<std::shared_ptr<const json::Value>> documents; // keep sources alive
};

} // namespace guichet::schema

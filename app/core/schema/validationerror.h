#pragma once

#include <string>
#include <vector>

namespace guichet::schema {

// One failed assertion, as data. Messages are produced from keyword + args at the edge, in the
// user's language (see messages.h); nothing here is translated.
//
// args, per keyword (all strings; numbers in their JSON text, values as compact JSON):
//   type                     [expected types joined by ",", actual type]
//   enum                     [allowed values as a compact JSON array, at most ~200 chars]
//   const                    [expected value as compact JSON]
//   required                 [missing property name]            (fieldLocation = the missing child)
//   dependentRequired        [missing property, property that requires it] (fieldLocation: child)
//   dependencies             same as dependentRequired for the array form (draft 4-7)
//   minLength maxLength      [limit, actual length]
//   minItems maxItems        [limit, actual count]
//   minProperties maxProperties [limit, actual count]
//   minContains maxContains  [limit, actual count]
//   contains                 []
//   minimum maximum exclusiveMinimum exclusiveMaximum   [limit]   (draft 4 boolean exclusive*
//                            are reported as exclusiveMinimum / exclusiveMaximum)
//   multipleOf               [divisor]
//   pattern                  [pattern]
//   format                   [format name]
//   uniqueItems              [first index, duplicate index]
//   additionalProperties unevaluatedProperties   [property name] (fieldLocation = that property)
//   propertyNames            [property name]
//   additionalItems unevaluatedItems items prefixItems
//                            [index] (an item refused by a false schema)
//   not anyOf                []
//   oneOf                    [number of alternatives that matched]
//   false                    []   (the boolean schema false)
struct ValidationError
{
    std::string instanceLocation;        // JSON Pointer into the instance, "" = root
    std::string keywordLocation;         // JSON Pointer through the schema, via $ref as taken
    std::string absoluteKeywordLocation; // base URI + "#" + pointer of the keyword in its resource
    std::string keyword;                 // e.g. "minLength"
    std::vector<std::string> args;       // see the table above
    std::string fieldLocation;           // where a form shows it; = instanceLocation unless noted

    bool operator==(const ValidationError &) const = default;
};

} // namespace guichet::schema

#pragma once

// A schema for tst_incremental (kept out of the test file, which moc reads).
namespace guichet::testing {

// Exercises the keywords whose result depends on more than one location: conditionals on an
// ancestor, uniqueItems, contains with bounds, unevaluatedProperties through applicators,
// dependentSchemas, oneOf/anyOf and a dynamic reference.
inline const char *kSiblingSchema = R"json({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://forms.example/sibling",
  "$dynamicAnchor": "node",
  "type": "object",
  "properties": {
    "employer": {"type": "object"},
    "quarter": {"type": "string"},
    "workers": {
      "type": "array",
      "uniqueItems": true,
      "contains": {"properties": {"gender": {"const": "X"}}, "required": ["gender"]},
      "minContains": 0,
      "maxContains": 3,
      "items": {"$ref": "#/$defs/worker"}
    }
  },
  "if": {"properties": {"workers": {"minItems": 30}}},
  "then": {"properties": {"employer": {"required": ["nssoNumber"]}}},
  "else": {"properties": {"quarter": {"pattern": "Q4$"}}},
  "$defs": {
    "worker": {
      "allOf": [{"$ref": "#/$defs/identity"}],
      "anyOf": [{"required": ["address"]}, {"properties": {"nationality": {"const": "FR"}}}],
      "properties": {"occupations": {"items": {"$ref": "#/$defs/occupation"}}},
      "dependentSchemas": {"address": {"properties": {"address": {"required": ["number"]}}}},
      "unevaluatedProperties": {"$dynamicRef": "#node"}
    },
    "identity": {
      "properties": {
        "niss": {"type": "string", "minLength": 11},
        "lastName": {"type": "string"},
        "firstName": true,
        "birthDate": true,
        "gender": {"enum": ["M", "F", "X"]}
      },
      "oneOf": [
        {"properties": {"gender": {"const": "M"}}},
        {"properties": {"gender": {"enum": ["F", "X"]}}}
      ]
    },
    "occupation": {
      "type": "object",
      "properties": {
        "remunerations": {
          "type": "array",
          "uniqueItems": true,
          "items": {"properties": {"amount": {"minimum": 0}}}
        }
      },
      "unevaluatedProperties": false,
      "patternProperties": {"^(jointCommittee|workerCode|startDate|endDate|workingTime|contractType)$": true}
    }
  }
})json";

} // namespace guichet::testing

#pragma once

#include <QByteArray>

// The schemas tst_formview draws (kept apart: moc trips over these raw strings).
namespace {

const QByteArray kPersonSchema = R"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["name"],
  "properties": {
    "name": {"type": "string", "title": "Name", "description": "As on the identity card",
             "minLength": 2, "examples": ["Anna Peeters"]},
    "amount": {"type": "number", "title": "Amount"},
    "cents": {"type": "integer", "title": "Cents"},
    "born": {"type": "string", "format": "date", "title": "Born"},
    "country": {"enum": ["BE", "NL", "FR"], "title": "Country"},
    "email": {"type": "string", "title": "Email"},
    "phone": {"type": "string", "title": "Phone"},
    "payment": {"type": "object", "title": "Payment", "oneOf": [
      {"title": "Card", "properties": {"kind": {"const": "card"}, "number": {"type": "string"}},
       "required": ["kind", "number"]},
      {"title": "Transfer", "properties": {"kind": {"const": "transfer"},
       "iban": {"type": "string"}}, "required": ["kind", "iban"]}]},
    "extra": {"title": "Extra"}
  },
  "dependentRequired": {"email": ["phone"]},
  "if": {"properties": {"country": {"const": "BE"}}, "required": ["country"]},
  "then": {"properties": {"region": {"enum": ["BRU", "VLG", "WAL"], "title": "Region"}},
           "required": ["region"]},
  "else": {"properties": {"department": {"type": "integer", "title": "Department"}}}
})";

const QByteArray kPersonUi = R"({"type": "VerticalLayout", "elements": [
  {"type": "Control", "scope": "#/properties/name"},
  {"type": "Control", "scope": "#/properties/amount"},
  {"type": "Control", "scope": "#/properties/cents", "options": {"format": "cents"}},
  {"type": "Control", "scope": "#/properties/born"},
  {"type": "Control", "scope": "#/properties/country"},
  {"type": "Control", "scope": "#/properties/region"},
  {"type": "Control", "scope": "#/properties/department"},
  {"type": "Control", "scope": "#/properties/email"},
  {"type": "Control", "scope": "#/properties/phone"},
  {"type": "Control", "scope": "#/properties/payment"},
  {"type": "Control", "scope": "#/properties/extra"}]})";

const QByteArray kOrdersSchema = R"({
  "type": "object",
  "properties": {
    "customer": {"type": "string", "title": "Customer"},
    "orders": {"type": "array", "title": "Orders", "items": {"type": "object", "required": ["id"],
      "properties": {"id": {"type": "integer", "title": "Id"},
                     "label": {"type": "string", "title": "Label", "default": "new"},
                     "paid": {"type": "boolean", "title": "Paid"}}}}
  },
  "required": ["customer"]
})";

} // namespace

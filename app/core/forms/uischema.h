#pragma once

#include "core/expected.h"
#include "core/json/value.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

// The UI schema of a form (forms/<id>/<version>/ui.json, docs/ui-schema.md): how the data is laid
// out, which widgets, which rules. Parsed once; the renderer reads it, nothing edits it.
namespace guichet::forms {

struct UiRule
{
    enum class Effect
    {
        Show,
        Hide,
        Enable,
        Disable
    };
    Effect effect = Effect::Show;
    std::vector<std::string> conditionScope; // schema path tokens, "#" stripped
    json::Value conditionSchema;             // JSON Schema the data at the scope must satisfy
};

struct UiElement
{
    enum class Type
    {
        VerticalLayout,
        HorizontalLayout,
        Group,
        Categorization,
        Category,
        Control,
        Label
    };
    Type type = Type::VerticalLayout;
    QString label;                  // Group, Category, Control (may be empty)
    QString text;                   // Label
    QString i18nKey;                // "i18n" member
    std::vector<std::string> scope; // Control: schema path tokens ("#" stripped)
    json::Value options;            // object or null
    std::optional<UiRule> rule;
    bool collapsed = false; // Group
    bool wizard = false;    // Categorization with options.variant "wizard"
    std::vector<UiElement> elements;

    // options.<name> as a string / bool; empty / fallback when absent or another type.
    QString optionString(std::string_view name) const;
    bool optionBool(std::string_view name, bool fallback = false) const;
    const json::Value *option(std::string_view name) const;
};

struct UiSchema
{
    UiElement root;
    json::Value messages; // the "messages" member (object) or null
};

// Reads a "#/properties/a/items" scope into tokens {"properties","a","items"}; nullopt when it is
// not a "#"-pointer.
std::optional<std::vector<std::string>> parseScope(const std::string &scope);

// Parses ui.json. Errors (code "ui.invalid") name the offending element by JSON pointer.
Expected<UiSchema> parseUiSchema(const json::Value &document);
// Parses one element (a table's options.detail); where is its pointer, for messages.
Expected<UiElement> parseUiElement(const json::Value &element, const std::string &where);

} // namespace guichet::forms

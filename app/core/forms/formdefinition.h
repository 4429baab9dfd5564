#pragma once

#include "core/expected.h"
#include "core/forms/formschema.h"
#include "core/forms/formtexts.h"
#include "core/forms/uischema.h"
#include "core/json/value.h"
#include "core/schema/messages.h"
#include "core/schema/schema.h"

#include <QString>

#include <memory>
#include <optional>

// One form as the application uses it: the JSON Schema (compiled), its UI schema, its texts in
// four languages and its version. Immutable once loaded; shared between the model and the view.
namespace guichet::forms {

class FormDefinition
{
public:
    struct LoadOptions
    {
        schema::CompileOptions compile;
        // Remote documents ($ref to other files) besides the folder of the schema itself.
        std::vector<std::pair<std::string, QString>> remotes;
    };

    // forms/<id>/<version>/: schema.json, optional ui.json and i18n/. id and version come from
    // the folder names. Formats are always asserted (options.compile.formatAssertion is set).
    // Errors: "io.unreadable", "json.syntax", "schema.*", "ui.invalid",
    // "forms.badTexts", "messages.badOverrides".
    static Expected<std::shared_ptr<const FormDefinition>> load(const QString &dir,
                                                                const LoadOptions &options = {});
    // A schema file and an optional ui.json (empty path: none) and i18n folder. Formats are
    // asserted only if options.compile.formatAssertion says so.
    static Expected<std::shared_ptr<const FormDefinition>>
    fromFiles(const QString &schemaPath, const QString &uiPath, const QString &i18nDir,
              const LoadOptions &options = {});
    // From values already in memory (tests). ui may be null (default layout).
    static Expected<std::shared_ptr<const FormDefinition>>
    fromValues(json::Value schema, json::Value ui, FormTexts texts = {},
               const LoadOptions &options = {});

    QString id() const { return m_id; }
    int version() const { return m_version; }
    const json::Value &schemaDocument() const { return m_schema; }
    const std::shared_ptr<const schema::CompiledSchema> &compiled() const { return m_compiled; }
    const FormSchema &formSchema() const { return *m_formSchema; }
    const std::optional<UiSchema> &uiSchema() const { return m_ui; }
    const FormTexts &texts() const { return m_texts; }
    const schema::MessageOverrides &messageOverrides() const { return m_messages; }

    // The text for key in the current UI language (docs/ui-schema.md's fallbacks).
    QString text(const QString &key, const QString &fallback = {}) const;
    // The form's title: form.title, else the schema's title, else the id.
    QString title() const;

private:
    QString m_id;
    int m_version = 0;
    json::Value m_schema;
    std::shared_ptr<schema::SchemaRegistry> m_registry;
    std::shared_ptr<const schema::CompiledSchema> m_compiled;
    std::shared_ptr<const FormSchema> m_formSchema;
    std::optional<UiSchema> m_ui;
    FormTexts m_texts;
    schema::MessageOverrides m_messages;
};

} // namespace guichet::forms

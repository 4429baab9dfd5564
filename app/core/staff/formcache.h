#pragma once

#include "core/expected.h"
#include "core/forms/formdefinition.h"

#include <QJsonObject>
#include <QString>

#include <memory>

// The bundled forms the employer workspace builds documents for (staff-record/1, dimona/1,
// dmfa/1), loaded once from paths::formsDirectory() and shared: a FormDefinition is immutable
// and its compiled schema validates from any thread.
namespace guichet::staff {

class FormCache
{
public:
    // "staff-record/1" etc. Thread-safe. Errors as FormDefinition::load.
    static Expected<std::shared_ptr<const forms::FormDefinition>> form(const QString &idVersion);
    static Expected<std::shared_ptr<const forms::FormDefinition>> staffRecord()
    {
        return form(QStringLiteral("staff-record/1"));
    }
    static Expected<std::shared_ptr<const forms::FormDefinition>> dimona()
    {
        return form(QStringLiteral("dimona/1"));
    }
    static Expected<std::shared_ptr<const forms::FormDefinition>> dmfa()
    {
        return form(QStringLiteral("dmfa/1"));
    }

    // The label of the field at pointer ("/contract/startDate") in the current UI language, from
    // the form's texts, else the schema's title, else the last token.
    static QString fieldTitle(const forms::FormDefinition &form, const QString &pointer);
    // How a value of that field reads: the form's label of an enum value ("Full time"), else
    // the value as text.
    static QString valueText(const forms::FormDefinition &form, const QString &pointer,
                             const QJsonValue &value);
    // Validates a document (formats asserted, as the portal does).
    static schema::ValidationResult validate(const forms::FormDefinition &form,
                                             const QJsonObject &document);
};

} // namespace guichet::staff

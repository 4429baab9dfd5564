#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/expected.h"
#include "core/forms/formdefinition.h"
#include "core/json/value.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <utility>

// The whole check of a declaration, as the sandbox runs it when processing: the form's schema
// with formats asserted (the client's engine, so both sides agree), then — on schema-valid data
// only, so that rules never guess at malformed input — the form's business rules
// (forms/<id>/<version>/RULES.md, one file per form in this folder).
//
// Each schema error becomes a blocking anomaly "SCHEMA-<keyword>" at its instanceLocation, with
// the engine's message (or the form's own override from ui.json) in the four languages.
namespace guichet::sandbox::rules {

struct CheckResult
{
    QList<Anomaly> anomalies;
    QString result; // "A" accepted, "W" with warnings, "B" refused, "S" awaiting identification
};

class DeclarationChecker
{
public:
    // formsDirectory holds catalogue.json and <id>/<version>/.
    explicit DeclarationChecker(QString formsDirectory);

    // Whether catalogue.json lists that version of that form (and its folder exists).
    bool hasForm(const QString &formId, int version) const;

    // The form, compiled on first use and kept. Errors as FormDefinition::load.
    Expected<std::shared_ptr<const forms::FormDefinition>> form(const QString &formId, int version);

    CheckResult check(const QString &formId, int version, const json::Value &data,
                      const RuleContext &context);

    static QList<Anomaly> schemaAnomalies(const forms::FormDefinition &form,
                                          const json::Value &data);
    // The business rules of a form version; empty when it has none.
    static QList<Anomaly> businessRules(const QString &formId, int version, const json::Value &data,
                                        const RuleContext &context);
    // B if any anomaly blocks, else S when the worker still has to be identified, else W if any
    // warning, else A.
    static QString resultLetter(const QList<Anomaly> &anomalies, bool awaitingIdentification);

private:
    QString m_directory;
    std::map<std::pair<QString, int>, std::shared_ptr<const forms::FormDefinition>> m_forms;
};

} // namespace guichet::sandbox::rules

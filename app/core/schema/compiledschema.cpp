#include "compiledschemadata.h"
#include "evaluator.h"

namespace guichet::schema {

CompiledSchema::CompiledSchema(std::unique_ptr<CompiledSchemaData> data) : m_data(std::move(data))
{}

CompiledSchema::~CompiledSchema() = default;

ValidationResult CompiledSchema::validate(const json::Value &instance,
                                          const ValidateOptions &options) const
{
    ValidationResult result;
    Evaluator evaluator(*m_data);
    result.valid = evaluator.run(instance, &result.errors,
                                 options.collectBranches ? &result.branches : nullptr);
    return result;
}

bool CompiledSchema::isValid(const json::Value &instance) const
{
    Evaluator evaluator(*m_data);
    return evaluator.run(instance, nullptr, nullptr);
}

std::vector<AppliedBranch> CompiledSchema::appliedBranches(const json::Value &instance) const
{
    ValidateOptions options;
    options.collectBranches = true;
    return validate(instance, options).branches;
}

Draft CompiledSchema::draft() const
{
    return m_data->draft;
}

} // namespace guichet::schema

#include "batchsubmission.h"

#include "core/forms/catalogue.h"
#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/paths.h"
#include "core/schema/messages.h"
#include "core/sync/outbox.h"

#include <QCoreApplication>
#include <QDir>

namespace guichet::ui::batch {

namespace {

Expected<std::shared_ptr<const forms::FormDefinition>> latestDefinition(const QString &formId)
{
    const int version = BatchSubmission::latestVersion(formId);
    if (version == 0)
        return Error{QStringLiteral("forms.unknown"),
                     QCoreApplication::translate("guichet::ui::batch::BatchSubmission",
                                                 "The form \"%1\" is not in the catalogue.")
                         .arg(formId),
                     {formId}};
    return forms::FormDefinition::load(
        QDir(paths::formsDirectory())
            .filePath(formId + QLatin1Char('/') + QString::number(version)));
}

} // namespace

int BatchSubmission::latestVersion(const QString &formId)
{
    auto catalogue = forms::Catalogue::load(paths::formsDirectory());
    if (!catalogue)
        return 0;
    const forms::CatalogueEntry *entry = catalogue->find(formId);
    return entry ? entry->latestVersion() : 0;
}

Expected<std::vector<BatchSubmission::Problem>>
BatchSubmission::check(const QString &formId, const QList<QByteArray> &documents)
{
    auto definition = latestDefinition(formId);
    if (!definition)
        return definition.error();
    std::vector<Problem> problems;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QByteArray &bytes = documents.at(i);
        auto document = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!document) {
            problems.push_back({int(i),
                                {QCoreApplication::translate("guichet::ui::batch::BatchSubmission",
                                                             "This is not a JSON document: %1")
                                     .arg(document.error().message)}});
            continue;
        }
        const schema::ValidationResult result = (*definition)->compiled()->validate(*document);
        if (result.valid)
            continue;
        Problem problem{int(i), {}};
        for (const schema::ValidationError &e : result.errors)
            problem.messages << schema::message(e, &(*definition)->messageOverrides());
        problems.push_back(std::move(problem));
    }
    return problems;
}

Expected<QString> BatchSubmission::queue(sync::Outbox &outbox, const Request &request)
{
    auto definition = latestDefinition(request.formId);
    if (!definition)
        return definition.error();
    auto problems = check(request.formId, request.documents);
    if (!problems)
        return problems.error();
    if (!problems->empty()) {
        QStringList numbers;
        for (const Problem &p : *problems)
            numbers << QString::number(p.index + 1);
        return Error{QStringLiteral("batch-invalid"),
                     QCoreApplication::translate(
                         "guichet::ui::batch::BatchSubmission",
                         "%n declaration(s) of the batch have errors (number %1): nothing was "
                         "queued. Correct them, then submit the batch again.",
                         nullptr, int(numbers.size()))
                         .arg(numbers.join(QStringLiteral(", "))),
                     numbers};
    }
    QList<sync::Outbox::Submission> submissions;
    submissions.reserve(request.documents.size());
    for (const QByteArray &document : request.documents)
        submissions.append({(*definition)->id(), (*definition)->version(), document,
                            request.onBehalfOf, QString()});
    return outbox.enqueueBatch(submissions, request.label, request.itemLabels);
}

} // namespace guichet::ui::batch

#include "declarationchecker.h"

#include "citizenaddresschange.h"
#include "citizenbankaccountchange.h"
#include "dimona.h"
#include "dmfa.h"
#include "flexiwage.h"
#include "selfemployedcontribution.h"
#include "staffrecord.h"

#include "core/schema/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace guichet::sandbox::rules {

DeclarationChecker::DeclarationChecker(QString formsDirectory)
    : m_directory(std::move(formsDirectory))
{}

bool DeclarationChecker::hasForm(const QString &formId, int version) const
{
    // The id names a folder: nothing but the catalogue's own spelling gets near the disk.
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (version < 1 || !idPattern.match(formId).hasMatch())
        return false;
    QFile file(QDir(m_directory).filePath(QStringLiteral("catalogue.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray forms =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("forms")).toArray();
    for (const QJsonValue &entry : forms) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("id")).toString() != formId)
            continue;
        for (const QJsonValue &listed : object.value(QStringLiteral("versions")).toArray()) {
            if (listed.toInt() == version)
                return QFileInfo(
                           QDir(m_directory)
                               .filePath(
                                   QStringLiteral("%1/%2/schema.json").arg(formId).arg(version)))
                    .isFile();
        }
    }
    return false;
}

Expected<std::shared_ptr<const forms::FormDefinition>>
DeclarationChecker::form(const QString &formId, int version)
{
    const auto key = std::make_pair(formId, version);
    if (const auto it = m_forms.find(key); it != m_forms.end())
        return it->second;
    auto loaded = forms::FormDefinition::load(
        QDir(m_directory).filePath(QStringLiteral("%1/%2").arg(formId).arg(version)));
    if (!loaded)
        return loaded.error();
    m_forms.emplace(key, *loaded);
    return *loaded;
}

QList<Anomaly> DeclarationChecker::schemaAnomalies(const forms::FormDefinition &form,
                                                   const json::Value &data)
{
    QList<Anomaly> anomalies;
    const schema::ValidationResult result = form.compiled()->validate(data);
    for (const schema::ValidationError &error : result.errors) {
        auto say = [&](const char *language) {
            return schema::message(error, &form.messageOverrides(), QString::fromLatin1(language));
        };
        Anomaly anomaly{QStringLiteral("SCHEMA-") + QString::fromStdString(error.keyword),
                        Severity::Blocking, QString::fromStdString(error.instanceLocation),
                        LocalizedText{say("fr"), say("nl"), say("de"), say("en")}, QString()};
        if (error.fieldLocation != error.instanceLocation)
            anomaly.field = QString::fromStdString(error.fieldLocation);
        anomalies.append(anomaly);
    }
    return anomalies;
}

QList<Anomaly> DeclarationChecker::businessRules(const QString &formId, int version,
                                                 const json::Value &data,
                                                 const RuleContext &context)
{
    // Rules belong to a form version (its RULES.md): a later version gets its own entry here.
    if (version != 1)
        return {};
    if (formId == QLatin1String("dimona"))
        return checkDimona(data, context);
    if (formId == QLatin1String("dmfa"))
        return checkDmfa(data, context);
    if (formId == QLatin1String("flexi-wage"))
        return checkFlexiWage(data, context);
    if (formId == QLatin1String("selfemployed-contribution-adjustment"))
        return checkSelfEmployedContribution(data, context);
    if (formId == QLatin1String("staff-record"))
        return checkStaffRecord(data, context);
    if (formId == QLatin1String("citizen-address-change"))
        return checkCitizenAddressChange(data, context);
    if (formId == QLatin1String("citizen-bank-account-change"))
        return checkCitizenBankAccountChange(data, context);
    return {};
}

QString DeclarationChecker::resultLetter(const QList<Anomaly> &anomalies,
                                         bool awaitingIdentification)
{
    if (hasBlocking(anomalies))
        return QStringLiteral("B");
    if (awaitingIdentification)
        return QStringLiteral("S");
    return anomalies.isEmpty() ? QStringLiteral("A") : QStringLiteral("W");
}

CheckResult DeclarationChecker::check(const QString &formId, int version, const json::Value &data,
                                      const RuleContext &context)
{
    CheckResult outcome;
    auto definition = form(formId, version);
    if (!definition) {
        // The form was accepted at submission; losing it since is the sandbox's fault, said so.
        outcome.anomalies.append(
            {QStringLiteral("FORM-UNAVAILABLE"), Severity::Blocking, QString(),
             LocalizedText{
                 QStringLiteral("Le formulaire %1 (version %2) n'a pas pu être chargé.")
                     .arg(formId)
                     .arg(version),
                 QStringLiteral("Het formulier %1 (versie %2) kon niet worden geladen.")
                     .arg(formId)
                     .arg(version),
                 QStringLiteral("Das Formular %1 (Version %2) konnte nicht geladen werden.")
                     .arg(formId)
                     .arg(version),
                 QStringLiteral("The form %1 (version %2) could not be loaded.")
                     .arg(formId)
                     .arg(version)},
             QString()});
        outcome.result = QStringLiteral("B");
        return outcome;
    }
    outcome.anomalies = schemaAnomalies(**definition, data);
    bool awaiting = false;
    if (outcome.anomalies.isEmpty()) {
        outcome.anomalies = businessRules(formId, version, data, context);
        awaiting = formId == QLatin1String("dimona") && dimonaAwaitsIdentification(data);
    }
    outcome.result = resultLetter(outcome.anomalies, awaiting);
    return outcome;
}

} // namespace guichet::sandbox::rules

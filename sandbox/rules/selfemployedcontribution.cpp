#include "selfemployedcontribution.h"

#include "rulehelpers.h"

namespace guichet::sandbox::rules {

using namespace detail;

QList<Anomaly> checkSelfEmployedContribution(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    checkOwnNationalNumber(text(data.find("niss")), QStringLiteral("/niss"), context, anomalies);

    const QString enterprise = text(data.find("enterpriseNumber"));
    const QString enterprisePointer = QStringLiteral("/enterpriseNumber");
    if (!enterprise.isEmpty() && !context.isKnownEnterprise(enterprise)) {
        anomalies.append(blocking(
            QStringLiteral("00014-235"), enterprisePointer,
            LocalizedText{
                QStringLiteral("Le numéro d'entreprise %1 ne figure pas dans la Banque-Carrefour "
                               "des Entreprises."),
                QStringLiteral("Het ondernemingsnummer %1 staat niet in de Kruispuntbank van "
                               "Ondernemingen."),
                QStringLiteral("Die Unternehmensnummer %1 ist nicht in der Zentralen Datenbank der "
                               "Unternehmen eingetragen."),
                QStringLiteral("The enterprise number %1 is not in the Crossroads Bank for "
                               "Enterprises.")}
                .arg(enterprise)));
    } else if (!enterprise.isEmpty() &&
               !context.filing().mandatedEnterprises.contains(enterprise)) {
        anomalies.append(warning(
            QStringLiteral("SELF-ENTERPRISE-NOT-LINKED"), enterprisePointer,
            LocalizedText{
                QStringLiteral("L'entreprise %1 n'est pas liée à vous dans nos données : la caisse "
                               "d'assurances sociales vérifiera votre activité."),
                QStringLiteral("De onderneming %1 is in onze gegevens niet aan u gekoppeld: het "
                               "sociaal verzekeringsfonds zal uw activiteit nagaan."),
                QStringLiteral("Das Unternehmen %1 ist in unseren Daten nicht mit Ihnen verknüpft: "
                               "Die Sozialversicherungskasse wird Ihre Tätigkeit prüfen."),
                QStringLiteral("The enterprise %1 is not linked to you in our records: the social "
                               "insurance fund will check your activity.")}
                .arg(enterprise)));
    }

    const auto year = number(data.find("year"));
    const int current = context.filing().submissionDate().year();
    if (year && (int(*year) < current || int(*year) > current + 1)) {
        anomalies.append(blocking(
            QStringLiteral("SELF-YEAR-OUTSIDE-WINDOW"), QStringLiteral("/year"),
            LocalizedText{
                QStringLiteral("Seules les cotisations provisoires de %1 et %2 peuvent être "
                               "adaptées ; les années antérieures sont régularisées sur la base "
                               "des revenus définitifs."),
                QStringLiteral("Alleen de voorlopige bijdragen van %1 en %2 kunnen worden "
                               "aangepast; vroegere jaren worden geregulariseerd op basis van de "
                               "definitieve inkomsten."),
                QStringLiteral(
                    "Nur die vorläufigen Beiträge für %1 und %2 können angepasst werden; "
                    "frühere Jahre werden auf Grundlage der endgültigen Einkünfte "
                    "regularisiert."),
                QStringLiteral("Only the provisional contributions of %1 and %2 can be adjusted; "
                               "earlier years are regularised from the final income.")}
                .arg(qint64(current))
                .arg(qint64(current + 1))));
    }
    return anomalies;
}

} // namespace guichet::sandbox::rules

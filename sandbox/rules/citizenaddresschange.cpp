#include "citizenaddresschange.h"

#include "rulehelpers.h"

namespace guichet::sandbox::rules {

using namespace detail;

QList<Anomaly> checkCitizenAddressChange(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    const Filing &filing = context.filing();
    const QString niss = text(data.find("niss"));
    if (text(data.find("filedBy")) == QLatin1String("helpdesk")) {
        if (!filing.hasRole(QStringLiteral("helpdesk"))) {
            anomalies.append(
                blocking(QStringLiteral("HELPDESK-ROLE-REQUIRED"), QStringLiteral("/filedBy"),
                         LocalizedText{
                             QStringLiteral("Seul un agent du helpdesk peut introduire ce "
                                            "formulaire pour un citoyen."),
                             QStringLiteral("Alleen een helpdeskmedewerker kan dit formulier voor "
                                            "een burger indienen."),
                             QStringLiteral("Nur ein Helpdesk-Mitarbeiter kann dieses Formular für "
                                            "einen Bürger einreichen."),
                             QStringLiteral("Only a helpdesk agent can file this form for a "
                                            "citizen.")}));
        }
        const QString agent = text(at(data, {"onBehalfOf", "agentId"}));
        if (!agent.isEmpty() && agent != filing.declarantNationalNumber) {
            anomalies.append(blocking(
                QStringLiteral("HELPDESK-AGENT-MISMATCH"), QStringLiteral("/onBehalfOf/agentId"),
                LocalizedText{QStringLiteral("L'identifiant de l'agent doit être le vôtre (%1)."),
                              QStringLiteral("De identificatie van de medewerker moet de uwe zijn "
                                             "(%1)."),
                              QStringLiteral("Die Kennung des Mitarbeiters muss Ihre eigene sein "
                                             "(%1)."),
                              QStringLiteral("The agent identifier must be your own (%1).")}
                    .arg(filing.declarantNationalNumber)));
        }
        if (filing.onBehalfOfCitizen() && niss != filing.onBehalfOf) {
            anomalies.append(blocking(
                QStringLiteral("HELPDESK-CITIZEN-MISMATCH"), QStringLiteral("/niss"),
                LocalizedText{
                    QStringLiteral("Le numéro de registre national n'est pas celui du citoyen pour "
                                   "lequel vous introduisez la demande (%1)."),
                    QStringLiteral(
                        "Het rijksregisternummer is niet dat van de burger voor wie u de "
                        "aanvraag indient (%1)."),
                    QStringLiteral(
                        "Die Nationalregisternummer ist nicht die des Bürgers, für den Sie "
                        "den Antrag einreichen (%1)."),
                    QStringLiteral("The national number is not that of the citizen you are filing "
                                   "for (%1).")}
                    .arg(filing.onBehalfOf)));
        }
    } else {
        checkOwnNationalNumber(niss, QStringLiteral("/niss"), context, anomalies);
    }

    const auto move = date(data.find("moveDate"));
    const QDate today = filing.submissionDate();
    if (move && *move > today) {
        anomalies.append(blocking(
            QStringLiteral("ADDRESS-MOVE-IN-FUTURE"), QStringLiteral("/moveDate"),
            LocalizedText{QStringLiteral("La date du déménagement (%1) est dans le futur : "
                                         "déclarez-le une fois installé à la nouvelle adresse."),
                          QStringLiteral("De verhuisdatum (%1) ligt in de toekomst: geef de "
                                         "verhuizing aan zodra u op het nieuwe adres woont."),
                          QStringLiteral("Das Umzugsdatum (%1) liegt in der Zukunft: Melden Sie "
                                         "den Umzug, sobald Sie an der neuen Adresse wohnen."),
                          QStringLiteral("The move date (%1) is in the future: report the move "
                                         "once you live at the new address.")}
                .arg(*move)));
    } else if (move && move->daysTo(today) > kMoveWindowDays) {
        anomalies.append(
            warning(QStringLiteral("ADDRESS-MOVE-TOO-OLD"), QStringLiteral("/moveDate"),
                    LocalizedText{
                        QStringLiteral("Le déménagement date de plus d'un an (%1) : la commune "
                                       "décidera si elle peut encore l'inscrire à cette date."),
                        QStringLiteral("De verhuizing dateert van meer dan een jaar geleden (%1): "
                                       "de gemeente beslist of ze die nog op die datum kan "
                                       "inschrijven."),
                        QStringLiteral("Der Umzug liegt mehr als ein Jahr zurück (%1): Die "
                                       "Gemeinde entscheidet, ob sie ihn noch zu diesem Datum "
                                       "eintragen kann."),
                        QStringLiteral("The move is more than a year old (%1): the municipality "
                                       "will decide whether it can still register it at that "
                                       "date.")}
                        .arg(*move)));
    }
    return anomalies;
}

} // namespace guichet::sandbox::rules

#include "flexiwage.h"

#include "contributions.h"
#include "rulehelpers.h"

#include <cmath>

namespace guichet::sandbox::rules {

using namespace detail;

namespace {

// Flexi At Work is fed from 1 January 2025 (DOMAIN.md §4).
constexpr int kFirstYear = 2025;
// Filed within 5 days of the payslip (DOMAIN.md §4).
constexpr int kDeadlineDays = 5;

void checkReference(const json::Value &data, const RuleContext &context, QList<Anomaly> &anomalies)
{
    const QString reference = text(data.find("originalReference"));
    if (reference.isEmpty())
        return;
    const QString pointer = QStringLiteral("/originalReference");
    const auto original = context.flexiDeclaration(reference);
    const json::Value *debtor = data.find("debtor");
    const QString debtorId = debtor ? text(debtor->find("enterpriseNumber")) +
                                          text(debtor->find("nssoRegistrationNumber"))
                                    : QString();
    const QString beneficiary = text(at(data, {"beneficiary", "inss"}));
    const QString relation = text(data.find("relationId"));
    if (!original) {
        anomalies.append(blocking(
            QStringLiteral("FLEXI-REFERENCE-UNKNOWN"), pointer,
            LocalizedText{
                QStringLiteral("Aucune déclaration Flexi At Work ne porte la référence %1."),
                QStringLiteral("Er is geen Flexi At Work-aangifte met de referentie %1."),
                QStringLiteral("Es gibt keine Flexi-At-Work-Meldung mit dem Aktenzeichen %1."),
                QStringLiteral("No Flexi At Work declaration has the reference %1.")}
                .arg(reference)));
        return;
    }
    if (original->debtor != debtorId || original->beneficiary != beneficiary ||
        original->relationId.compare(relation, Qt::CaseInsensitive) != 0) {
        anomalies.append(blocking(
            QStringLiteral("FLEXI-REFERENCE-MISMATCH"), pointer,
            LocalizedText{
                QStringLiteral(
                    "La déclaration %1 concerne un autre employeur, un autre travailleur "
                    "ou une autre relation de travail."),
                QStringLiteral("De aangifte %1 betreft een andere werkgever, een andere werknemer "
                               "of een andere arbeidsrelatie."),
                QStringLiteral("Die Meldung %1 betrifft einen anderen Arbeitgeber, einen anderen "
                               "Arbeitnehmer oder ein anderes Arbeitsverhältnis."),
                QStringLiteral("The declaration %1 is about another employer, worker or work "
                               "relation.")}
                .arg(reference)));
        return;
    }
    if (original->cancelled) {
        anomalies.append(blocking(
            QStringLiteral("FLEXI-REFERENCE-CANCELLED"), pointer,
            LocalizedText{QStringLiteral("La déclaration %1 a déjà été annulée : elle ne peut plus "
                                         "être modifiée ni annulée."),
                          QStringLiteral("De aangifte %1 werd al geannuleerd: ze kan niet meer "
                                         "worden gewijzigd of geannuleerd."),
                          QStringLiteral("Die Meldung %1 wurde bereits annulliert: Sie kann weder "
                                         "geändert noch annulliert werden."),
                          QStringLiteral("The declaration %1 has already been cancelled: it can no "
                                         "longer be modified or cancelled.")}
                .arg(reference)));
    }
}

} // namespace

QList<Anomaly> checkFlexiWage(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    const QString employer =
        checkEmployer(data.find("debtor"), QStringLiteral("/debtor"), context, anomalies);
    const QString nature = text(data.find("declarationNature"));
    const QString worker = text(at(data, {"beneficiary", "inss"}));
    const auto start = date(at(data, {"period", "startDate"}));
    const auto end = date(at(data, {"period", "endDate"}));
    const QDate today = context.filing().submissionDate();

    if (start && end && *end < *start) {
        anomalies.append(blocking(
            QStringLiteral("FLEXI-END-BEFORE-START"), QStringLiteral("/period/endDate"),
            LocalizedText{QStringLiteral("La date de fin (%1) précède la date de début (%2)."),
                          QStringLiteral("De einddatum (%1) ligt vóór de begindatum (%2)."),
                          QStringLiteral("Das Enddatum (%1) liegt vor dem Anfangsdatum (%2)."),
                          QStringLiteral("The end date (%1) is before the start date (%2).")}
                .arg(*end)
                .arg(*start)));
    }
    if (start && start->year() < kFirstYear) {
        anomalies.append(blocking(
            QStringLiteral("FLEXI-PERIOD-BEFORE-2025"), QStringLiteral("/period/startDate"),
            LocalizedText{
                QStringLiteral("Flexi At Work ne couvre que les rémunérations à partir du "
                               "01/01/2025 : déclarez les périodes antérieures dans la DmfA."),
                QStringLiteral("Flexi At Work dekt alleen lonen vanaf 01/01/2025: geef "
                               "vroegere periodes aan in de DmfA."),
                QStringLiteral("Flexi At Work erfasst nur Entlohnungen ab dem 01.01.2025: "
                               "Frühere Zeiträume sind in der DmfA zu melden."),
                QStringLiteral("Flexi At Work only covers pay from 01/01/2025: declare "
                               "earlier periods in the DmfA.")}));
    }
    if (nature == QLatin1String("original") && end && today > end->addDays(kDeadlineDays)) {
        anomalies.append(warning(
            QStringLiteral("FLEXI-LATE"), QStringLiteral("/period/endDate"),
            LocalizedText{
                QStringLiteral("Déclaration tardive : la déclaration est due dans les 5 "
                               "jours qui suivent la fiche de paie (au plus tard le %1 "
                               "pour une période finissant le %2)."),
                QStringLiteral("Laattijdige aangifte: de aangifte moet binnen 5 dagen na "
                               "de loonfiche gebeuren (uiterlijk op %1 voor een periode die "
                               "eindigt op %2)."),
                QStringLiteral("Verspätete Meldung: Die Meldung ist innerhalb von 5 Tagen "
                               "nach der Lohnabrechnung fällig (spätestens am %1 für einen "
                               "Zeitraum, der am %2 endet)."),
                QStringLiteral("Late declaration: it is due within 5 days of the payslip "
                               "(by %1 for a period ending on %2).")}
                .arg(end->addDays(kDeadlineDays))
                .arg(*end)));
    }
    if (nature != QLatin1String("original"))
        checkReference(data, context, anomalies);
    if (nature == QLatin1String("cancellation"))
        return anomalies;

    if (!employer.isEmpty() && start && end &&
        !context.hasFlexiPeriod(employer, worker, *start, *end)) {
        anomalies.append(warning(
            QStringLiteral("FLEXI-NO-DIMONA"), QStringLiteral("/beneficiary/inss"),
            LocalizedText{
                QStringLiteral(
                    "Aucune Dimona FLX de cet employeur ne couvre la période du %1 au %2 "
                    "pour ce travailleur."),
                QStringLiteral(
                    "Geen enkele Dimona FLX van deze werkgever dekt de periode van %1 tot "
                    "%2 voor deze werknemer."),
                QStringLiteral("Keine Dimona FLX dieses Arbeitgebers deckt den Zeitraum vom %1 bis "
                               "%2 für diesen Arbeitnehmer ab."),
                QStringLiteral("No Dimona FLX of this employer covers the period from %1 to %2 for "
                               "this worker.")}
                .arg(*start)
                .arg(*end)));
    }
    if (start && context.flexiEligible(worker, *start) == false) {
        anomalies.append(warning(
            QStringLiteral("90017-510"), QStringLiteral("/beneficiary/inss"),
            LocalizedText{
                QStringLiteral("Les conditions d'accès au flexi-job ne sont pas remplies pour ce "
                               "travailleur (occupation à 4/5 au trimestre T-3 ou pension)."),
                QStringLiteral(
                    "De toegangsvoorwaarden voor een flexi-job zijn niet vervuld voor "
                    "deze werknemer (tewerkstelling van 4/5 in kwartaal T-3 of pensioen)."),
                QStringLiteral("Die Zugangsbedingungen für einen Flexi-Job sind für diesen "
                               "Arbeitnehmer nicht erfüllt (4/5-Beschäftigung im Quartal T-3 oder "
                               "Ruhestand)."),
                QStringLiteral("The flexi-job access conditions are not met for this worker (4/5 "
                               "employment in quarter T-3, or retirement).")}));
    }

    // The ceiling counts the gross flexi income of the year: wages and premiums alike.
    qint64 amount = 0;
    if (const json::Value *elements = data.find("financialElements");
        elements && elements->isArray())
        for (const json::Value &element : elements->arrayItems())
            amount += std::llround(number(element.find("amount")).value_or(0));
    if (!start || amount <= 0)
        return anomalies;
    const auto ceiling = contributions::flexiCeilingCents(start->year());
    const auto person = context.person(worker);
    if (!ceiling || (person && person->pensioner))
        return anomalies;
    const qint64 earned = context.flexiEarnedCents(worker, start->year());
    if (earned + amount > *ceiling) {
        anomalies.append(warning(
            QStringLiteral("FLEXI-CEILING"), QStringLiteral("/financialElements"),
            LocalizedText{
                QStringLiteral(
                    "Avec cette fiche de paie, les revenus flexi de l'année atteignent %1 "
                    "et dépassent le plafond exonéré de %2 pour %3 : l'excédent est "
                    "imposable."),
                QStringLiteral("Met deze loonfiche bereiken de flexi-inkomsten van het jaar %1 en "
                               "overschrijden ze het vrijgestelde plafond van %2 voor %3: het "
                               "overschot is belastbaar."),
                QStringLiteral("Mit dieser Lohnabrechnung erreichen die Flexi-Einkünfte des Jahres "
                               "%1 und überschreiten die steuerfreie Obergrenze von %2 für %3: Der "
                               "Mehrbetrag ist steuerpflichtig."),
                QStringLiteral("With this payslip, the year's flexi income reaches %1 and exceeds "
                               "the tax-free ceiling of %2 for %3: the excess is taxable.")}
                .arg(money(earned + amount))
                .arg(money(*ceiling))
                .arg(qint64(start->year()))));
    }
    return anomalies;
}

} // namespace guichet::sandbox::rules

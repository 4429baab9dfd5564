#include "dimona.h"

#include "contributions.h"
#include "rulehelpers.h"
#include "seed.h"

namespace guichet::sandbox::rules {

using namespace detail;

namespace {

// "0800" -> "08:00" for messages.
QString clock(const QString &hhmm)
{
    return hhmm.size() == 4 ? hhmm.left(2) + QLatin1Char(':') + hhmm.right(2) : hhmm;
}

// Planned hours are given for these types only (zone 01135).
bool takesPlannedHours(const QString &workerType)
{
    return workerType == QLatin1String("STU") || workerType == QLatin1String("O17") ||
           workerType == QLatin1String("S17");
}

void checkDates(const json::Value &block, const QString &base, QList<Anomaly> &anomalies)
{
    const auto start = date(block.find("startDate"));
    const auto end = date(block.find("endDate"));
    if (!start || !end)
        return;
    if (*end < *start) {
        anomalies.append(blocking(
            QStringLiteral("DIMONA-END-BEFORE-START"), base + QStringLiteral("/endDate"),
            LocalizedText{QStringLiteral("La date de fin (%1) précède la date de début (%2)."),
                          QStringLiteral("De einddatum (%1) ligt vóór de begindatum (%2)."),
                          QStringLiteral("Das Enddatum (%1) liegt vor dem Anfangsdatum (%2)."),
                          QStringLiteral("The end date (%1) is before the start date (%2).")}
                .arg(*end)
                .arg(*start)));
        return;
    }
    const QString startHour = text(block.find("startHour"));
    const QString endHour = text(block.find("endHour"));
    const auto from = minutes(startHour);
    const auto to = minutes(endHour);
    if (*end == *start && from && to && *to <= *from) {
        anomalies.append(blocking(
            QStringLiteral("DIMONA-END-HOUR-BEFORE-START"), base + QStringLiteral("/endHour"),
            LocalizedText{
                QStringLiteral("Sur une période d'un jour, l'heure de fin (%1) doit suivre l'heure "
                               "de début (%2)."),
                QStringLiteral("Bij een periode van één dag moet het einduur (%1) na het beginuur "
                               "(%2) liggen."),
                QStringLiteral("Bei einem eintägigen Zeitraum muss die Endzeit (%1) nach der "
                               "Anfangszeit (%2) liegen."),
                QStringLiteral("For a one-day period, the end hour (%1) must come after the start "
                               "hour (%2).")}
                .arg(clock(endHour))
                .arg(clock(startHour))));
    }
}

Anomaly startHourRequired(const QString &pointer, const QString &workerType)
{
    return blocking(
        QStringLiteral("DIMONA-START-HOUR-REQUIRED"), pointer,
        LocalizedText{
            QStringLiteral(
                "L'heure de début est obligatoire pour une période de type %1 (un flexi-job "
                "d'un seul jour ou un extra)."),
            QStringLiteral(
                "Het beginuur is verplicht voor een periode van het type %1 (een flexi-job "
                "van één dag of een extra)."),
            QStringLiteral("Die Anfangszeit ist für einen Zeitraum der Art %1 erforderlich (ein "
                           "eintägiger Flexi-Job oder eine Aushilfe)."),
            QStringLiteral("The start hour is required for a period of type %1 (a one-day "
                           "flexi-job or an extra).")}
            .arg(workerType));
}

// 90017-369: the hours counted this year plus the planned ones against the type's quota.
void checkQuota(const QString &workerType, const QString &worker, const QDate &start, int planned,
                const QString &exceptPeriodId, const QString &pointer, const RuleContext &context,
                QList<Anomaly> &anomalies)
{
    const QString counter = quotaCounter(workerType);
    if (counter.isEmpty() || worker.isEmpty() || planned <= 0 || !start.isValid())
        return;
    std::optional<HourQuota> quota;
    if (counter == QLatin1String("STU")) {
        if (const auto hours = contributions::studentQuotaHours(start.year()))
            quota = HourQuota{*hours, true};
    } else {
        quota = context.article17Quota(start.year());
    }
    if (!quota)
        return;
    const int used = context.hoursUsed(worker, start.year(), workerType, exceptPeriodId);
    if (used + planned <= quota->hours)
        return;
    // The glossary makes 90017-369 blocking for article 17 work only; a quota figure the domain
    // brief does not confirm never blocks.
    const bool blocks = counter == QLatin1String("ART17") && quota->verified;
    const LocalizedText message =
        LocalizedText{
            QStringLiteral(
                "Contingent dépassé : %1 heures déjà comptées en %2 et %3 heures prévues "
                "dépassent les %4 heures autorisées."),
            QStringLiteral("Contingent overschreden: %1 uren al geteld in %2 en %3 geplande uren "
                           "overschrijden de toegelaten %4 uren."),
            QStringLiteral(
                "Kontingent überschritten: %1 im Jahr %2 bereits gezählte Stunden und %3 "
                "geplante Stunden überschreiten die zulässigen %4 Stunden."),
            QStringLiteral("Quota exceeded: %1 hours already counted in %2 and %3 planned hours "
                           "exceed the %4 hours allowed.")}
            .arg(used)
            .arg(start.year())
            .arg(planned)
            .arg(quota->hours);
    anomalies.append(blocks ? blocking(QStringLiteral("90017-369"), pointer, message)
                            : warning(QStringLiteral("90017-369"), pointer, message));
}

// Finds the period an OUT, UPDATE or CANCEL refers to; adds 00913-35x when it cannot be used.
std::optional<DimonaPeriodFacts> findPeriod(const QString &periodId, const QString &employer,
                                            const QString &pointer, bool closedIsError,
                                            const RuleContext &context, QList<Anomaly> &anomalies)
{
    if (!isValidDimonaPeriodId(periodId)) {
        anomalies.append(blocking(
            QStringLiteral("00913-354"), pointer,
            LocalizedText{
                QStringLiteral(
                    "Le numéro de période Dimona %1 est incorrect (chiffres de contrôle)."),
                QStringLiteral("Het Dimona-periodenummer %1 is ongeldig (controlecijfers)."),
                QStringLiteral("Die Dimona-Zeitraumnummer %1 ist ungültig (Prüfziffern)."),
                QStringLiteral("The Dimona period number %1 is invalid (check digits).")}
                .arg(periodId)));
        return std::nullopt;
    }
    const auto period = context.dimonaPeriod(periodId);
    // Another employer's period, or any period when the employer is not one the declarant acts
    // for, is reported as unknown: its existence is not the caller's business.
    if (!period || employer.isEmpty() || period->enterpriseNumber != employer) {
        anomalies.append(blocking(
            QStringLiteral("00913-354"), pointer,
            LocalizedText{
                QStringLiteral("La période Dimona %1 est inconnue pour cet employeur."),
                QStringLiteral("De Dimona-periode %1 is onbekend voor deze werkgever."),
                QStringLiteral("Der Dimona-Zeitraum %1 ist für diesen Arbeitgeber unbekannt."),
                QStringLiteral("The Dimona period %1 is unknown for this employer.")}
                .arg(periodId)));
        return std::nullopt;
    }
    if (period->state == DimonaPeriodFacts::State::Cancelled) {
        anomalies.append(
            blocking(QStringLiteral("00913-355"), pointer,
                     LocalizedText{QStringLiteral("La période Dimona %1 a été annulée."),
                                   QStringLiteral("De Dimona-periode %1 werd geannuleerd."),
                                   QStringLiteral("Der Dimona-Zeitraum %1 wurde annulliert."),
                                   QStringLiteral("The Dimona period %1 has been cancelled.")}
                         .arg(periodId)));
        return std::nullopt;
    }
    if (closedIsError && period->state == DimonaPeriodFacts::State::Closed) {
        anomalies.append(blocking(
            QStringLiteral("00913-356"), pointer,
            LocalizedText{
                QStringLiteral("La période Dimona %1 est déjà clôturée par une Dimona OUT."),
                QStringLiteral("De Dimona-periode %1 is al afgesloten met een Dimona OUT."),
                QStringLiteral("Der Dimona-Zeitraum %1 wurde bereits mit einer Dimona OUT "
                               "abgeschlossen."),
                QStringLiteral("The Dimona period %1 has already been closed by a Dimona OUT.")}
                .arg(periodId)));
        return std::nullopt;
    }
    return period;
}

void checkIn(const json::Value &data, const QString &employer, const RuleContext &context,
             QList<Anomaly> &anomalies)
{
    const json::Value *in = data.find("dimonaIn");
    if (!in)
        return;
    const QString base = QStringLiteral("/dimonaIn");
    const QString workerType = text(at(*in, {"features", "workerType"}));
    const QString worker = text(at(data, {"worker", "ssin"}));
    const auto start = date(in->find("startDate"));
    const auto end = date(in->find("endDate"));

    if (!employer.isEmpty()) {
        const auto allowed = context.allowedWorkerTypes(employer);
        if (allowed && !allowed->contains(workerType)) {
            anomalies.append(blocking(
                QStringLiteral("00655-350"), base + QStringLiteral("/features/workerType"),
                LocalizedText{
                    QStringLiteral(
                        "Le type de travailleur %1 n'est pas autorisé pour cet employeur."),
                    QStringLiteral("Het type werknemer %1 is niet toegestaan voor deze werkgever."),
                    QStringLiteral(
                        "Die Arbeitnehmerart %1 ist für diesen Arbeitgeber nicht zulässig."),
                    QStringLiteral("The worker type %1 is not allowed for this employer.")}
                    .arg(workerType)));
        }
    }

    checkDates(*in, base, anomalies);

    if (workerType == QLatin1String("FLX") && start && end && *start == *end &&
        text(in->find("startHour")).isEmpty())
        anomalies.append(startHourRequired(base + QStringLiteral("/startHour"), workerType));

    if (start && *start < context.filing().submissionDate()) {
        anomalies.append(
            warning(QStringLiteral("DIMONA-LATE-IN"), base + QStringLiteral("/startDate"),
                    LocalizedText{
                        QStringLiteral("Déclaration tardive : la Dimona IN doit être faite au plus "
                                       "tard au début du travail (%1)."),
                        QStringLiteral("Laattijdige aangifte: de Dimona IN moet uiterlijk bij de "
                                       "aanvang van het werk (%1) gebeuren."),
                        QStringLiteral("Verspätete Meldung: Die Dimona IN muss spätestens bei "
                                       "Arbeitsbeginn (%1) erfolgen."),
                        QStringLiteral("Late declaration: a Dimona IN is due at the latest when "
                                       "work starts (%1).")}
                        .arg(*start)));
    }

    if (start) {
        const int planned = int(number(in->find("plannedHoursNumber")).value_or(0));
        checkQuota(workerType, worker, *start, planned, {},
                   base + QStringLiteral("/plannedHoursNumber"), context, anomalies);
    }

    if (workerType == QLatin1String("FLX") && !worker.isEmpty() && start &&
        context.flexiEligible(worker, *start) == false) {
        anomalies.append(warning(
            QStringLiteral("90017-510"), QStringLiteral("/worker/ssin"),
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
}

void checkOut(const json::Value &data, const QString &employer, const RuleContext &context,
              QList<Anomaly> &anomalies)
{
    const json::Value *out = data.find("dimonaOut");
    if (!out)
        return;
    const QString base = QStringLiteral("/dimonaOut");
    const auto period = findPeriod(text(out->find("periodId")), employer,
                                   base + QStringLiteral("/periodId"), true, context, anomalies);
    const auto end = date(out->find("endDate"));
    if (!end)
        return;
    if (period && *end < period->startDate) {
        anomalies.append(blocking(
            QStringLiteral("DIMONA-OUT-BEFORE-IN"), base + QStringLiteral("/endDate"),
            LocalizedText{
                QStringLiteral(
                    "La date de sortie (%1) précède la date d'entrée de la période (%2)."),
                QStringLiteral("De datum van uitdiensttreding (%1) ligt vóór de begindatum van de "
                               "periode (%2)."),
                QStringLiteral("Das Austrittsdatum (%1) liegt vor dem Anfangsdatum des Zeitraums "
                               "(%2)."),
                QStringLiteral("The end date (%1) is before the start date of the period (%2).")}
                .arg(*end)
                .arg(period->startDate)));
        return;
    }
    const QDate due = nextWorkingDay(*end);
    if (context.filing().submissionDate() > due) {
        anomalies.append(warning(
            QStringLiteral("DIMONA-LATE-OUT"), base + QStringLiteral("/endDate"),
            LocalizedText{
                QStringLiteral("Déclaration tardive : la Dimona OUT devait être faite au plus tard "
                               "le %1, premier jour ouvrable après la fin de l'occupation."),
                QStringLiteral(
                    "Laattijdige aangifte: de Dimona OUT moest uiterlijk op %1 gebeuren, "
                    "de eerste werkdag na het einde van de tewerkstelling."),
                QStringLiteral(
                    "Verspätete Meldung: Die Dimona OUT war spätestens am %1 fällig, dem "
                    "ersten Werktag nach dem Ende der Beschäftigung."),
                QStringLiteral("Late declaration: the Dimona OUT was due by %1, the first working "
                               "day after the employment ended.")}
                .arg(due)));
    }
}

void checkUpdate(const json::Value &data, const QString &employer, const RuleContext &context,
                 QList<Anomaly> &anomalies)
{
    const json::Value *update = data.find("dimonaUpdate");
    if (!update)
        return;
    const QString base = QStringLiteral("/dimonaUpdate");
    const QString periodId = text(update->find("periodId"));
    const auto period = findPeriod(periodId, employer, base + QStringLiteral("/periodId"), false,
                                   context, anomalies);
    checkDates(*update, base, anomalies);
    if (!period)
        return;
    const QString type = period->workerType;
    const auto start = date(update->find("startDate"));
    const auto end = date(update->find("endDate"));
    const auto planned = number(update->find("plannedHoursNumber"));
    if (planned && !takesPlannedHours(type)) {
        anomalies.append(blocking(
            QStringLiteral("DIMONA-PLANNED-HOURS-FORBIDDEN"),
            base + QStringLiteral("/plannedHoursNumber"),
            LocalizedText{
                QStringLiteral(
                    "Le nombre d'heures prévues n'est admis que pour les étudiants et les "
                    "travailleurs article 17 (STU, O17, S17), pas pour une période de "
                    "type %1."),
                QStringLiteral(
                    "Het aantal geplande uren is alleen toegelaten voor studenten en "
                    "artikel 17-werknemers (STU, O17, S17), niet voor een periode van het "
                    "type %1."),
                QStringLiteral("Die Zahl der geplanten Stunden ist nur für Studenten und "
                               "Arbeitnehmer nach Artikel 17 (STU, O17, S17) zulässig, nicht für "
                               "einen Zeitraum der Art %1."),
                QStringLiteral("Planned hours are only allowed for students and article 17 workers "
                               "(STU, O17, S17), not for a period of type %1.")}
                .arg(type)));
    }
    if (type == QLatin1String("STU") && !end) {
        anomalies.append(blocking(
            QStringLiteral("DIMONA-END-DATE-REQUIRED"), base + QStringLiteral("/endDate"),
            LocalizedText{
                QStringLiteral("La date de fin est obligatoire pour une période d'étudiant."),
                QStringLiteral("De einddatum is verplicht voor een studentenperiode."),
                QStringLiteral("Das Enddatum ist für einen Studentenzeitraum erforderlich."),
                QStringLiteral("The end date is required for a student period.")}));
    }
    const bool oneDayFlexi = type == QLatin1String("FLX") && start && end && *start == *end;
    if ((type == QLatin1String("EXT") || oneDayFlexi) && text(update->find("startHour")).isEmpty())
        anomalies.append(startHourRequired(base + QStringLiteral("/startHour"), type));
    if (planned && takesPlannedHours(type) && start) {
        checkQuota(type, period->workerNationalNumber, *start, int(*planned), periodId,
                   base + QStringLiteral("/plannedHoursNumber"), context, anomalies);
    }
}

void checkCancel(const json::Value &data, const QString &employer, const RuleContext &context,
                 QList<Anomaly> &anomalies)
{
    const json::Value *cancel = data.find("dimonaCancel");
    if (!cancel)
        return;
    const QString pointer = QStringLiteral("/dimonaCancel/periodId");
    const auto period =
        findPeriod(text(cancel->find("periodId")), employer, pointer, false, context, anomalies);
    if (period && context.filing().submissionDate() > period->startDate) {
        anomalies.append(warning(
            QStringLiteral("DIMONA-LATE-CANCEL"), pointer,
            LocalizedText{
                QStringLiteral(
                    "Annulation tardive : une période doit être annulée au plus tard à la "
                    "fin de son premier jour (%1)."),
                QStringLiteral(
                    "Laattijdige annulering: een periode moet uiterlijk op het einde van "
                    "haar eerste dag (%1) worden geannuleerd."),
                QStringLiteral("Verspätete Annullierung: Ein Zeitraum muss spätestens am Ende "
                               "seines ersten Tages (%1) annulliert werden."),
                QStringLiteral("Late cancellation: a period must be cancelled by the end of its "
                               "first day (%1).")}
                .arg(period->startDate)));
    }
}

} // namespace

QList<Anomaly> checkDimona(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    const QString employer =
        checkEmployer(data.find("employer"), QStringLiteral("/employer"), context, anomalies);
    const QString type = text(data.find("declarationType"));
    if (type == QLatin1String("IN"))
        checkIn(data, employer, context, anomalies);
    else if (type == QLatin1String("OUT"))
        checkOut(data, employer, context, anomalies);
    else if (type == QLatin1String("UPDATE"))
        checkUpdate(data, employer, context, anomalies);
    else if (type == QLatin1String("CANCEL"))
        checkCancel(data, employer, context, anomalies);
    return anomalies;
}

bool dimonaAwaitsIdentification(const json::Value &data)
{
    if (text(data.find("declarationType")) != QLatin1String("IN"))
        return false;
    const json::Value *worker = data.find("worker");
    return worker && worker->isObject() && text(worker->find("ssin")).isEmpty();
}

} // namespace guichet::sandbox::rules

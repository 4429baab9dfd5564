#include "dmfa.h"

#include "contributions.h"
#include "rulehelpers.h"

#include <QHash>

#include <cmath>

namespace guichet::sandbox::rules {

using namespace detail;

namespace {

struct Quarter
{
    QDate first;
    QDate last;
};

std::optional<Quarter> parseQuarter(const QString &yyyyq)
{
    if (yyyyq.size() != 5)
        return std::nullopt;
    const int year = yyyyq.left(4).toInt();
    const int quarter = yyyyq.right(1).toInt();
    if (year < 1 || quarter < 1 || quarter > 4)
        return std::nullopt;
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return Quarter{first, first.addMonths(3).addDays(-1)};
}

LocalizedText quarterName(const QDate &first)
{
    const int q = (first.month() - 1) / 3 + 1;
    const QString year = QString::number(first.year());
    return {QStringLiteral("T%1 %2").arg(q).arg(year), QStringLiteral("K%1 %2").arg(q).arg(year),
            QStringLiteral("Q%1 %2").arg(q).arg(year), QStringLiteral("Q%1 %2").arg(q).arg(year)};
}

void checkInQuarter(const std::optional<QDate> &day, const Quarter &quarter, const QString &pointer,
                    QList<Anomaly> &anomalies)
{
    if (!day || (*day >= quarter.first && *day <= quarter.last))
        return;
    anomalies.append(blocking(
        QStringLiteral("DMFA-DATE-OUTSIDE-QUARTER"), pointer,
        LocalizedText{QStringLiteral("La date %1 n'est pas dans le trimestre déclaré (%2)."),
                      QStringLiteral("De datum %1 valt niet in het aangegeven kwartaal (%2)."),
                      QStringLiteral("Das Datum %1 liegt nicht im erklärten Quartal (%2)."),
                      QStringLiteral("The date %1 is not in the declared quarter (%2).")}
            .arg(*day)
            .arg(quarterName(quarter.first))));
}

void checkOrder(const std::optional<QDate> &start, const std::optional<QDate> &end,
                const QString &pointer, QList<Anomaly> &anomalies)
{
    if (!start || !end || *end >= *start)
        return;
    anomalies.append(
        blocking(QStringLiteral("DMFA-END-BEFORE-START"), pointer,
                 LocalizedText{QStringLiteral("La date de fin (%1) précède la date de début (%2)."),
                               QStringLiteral("De einddatum (%1) ligt vóór de begindatum (%2)."),
                               QStringLiteral("Das Enddatum (%1) liegt vor dem Anfangsdatum (%2)."),
                               QStringLiteral("The end date (%1) is before the start date (%2).")}
                     .arg(*end)
                     .arg(*start)));
}

void checkHours(const json::Value &occupation, const QString &base, QList<Anomaly> &anomalies)
{
    const auto s = number(occupation.find("meanWorkingHours"));
    const auto q = number(occupation.find("refMeanWorkingHours"));
    const json::Value *partTime = occupation.find("partTime");
    if (!s || !q || !partTime || !partTime->isBool())
        return;
    const QString pointer = base + QStringLiteral("/meanWorkingHours");
    // Hundredths of an hour: compare what the schema allows (multipleOf 0.01) exactly.
    const qint64 sCents = std::llround(*s * 100);
    const qint64 qCents = std::llround(*q * 100);
    if (partTime->toBool() && sCents >= qCents) {
        anomalies.append(blocking(
            QStringLiteral("DMFA-PART-TIME-HOURS"), pointer,
            LocalizedText{
                QStringLiteral("Temps partiel : les heures hebdomadaires du travailleur (S = %1) "
                               "doivent être inférieures à celles de la personne de référence "
                               "(Q = %2)."),
                QStringLiteral("Deeltijds: de wekelijkse uren van de werknemer (S = %1) moeten "
                               "lager zijn dan die van de maatpersoon (Q = %2)."),
                QStringLiteral("Teilzeit: Die Wochenstunden des Arbeitnehmers (S = %1) müssen "
                               "unter denen der Referenzperson (Q = %2) liegen."),
                QStringLiteral("Part-time: the worker's weekly hours (S = %1) must be lower than "
                               "the reference person's (Q = %2).")}
                .arg(decimal(*s))
                .arg(decimal(*q))));
    } else if (!partTime->toBool() && sCents != qCents) {
        anomalies.append(blocking(
            QStringLiteral("DMFA-FULL-TIME-HOURS"), pointer,
            LocalizedText{
                QStringLiteral(
                    "Temps plein : les heures hebdomadaires du travailleur (S = %1) "
                    "doivent être égales à celles de la personne de référence (Q = %2)."),
                QStringLiteral(
                    "Voltijds: de wekelijkse uren van de werknemer (S = %1) moeten gelijk "
                    "zijn aan die van de maatpersoon (Q = %2)."),
                QStringLiteral(
                    "Vollzeit: Die Wochenstunden des Arbeitnehmers (S = %1) müssen denen "
                    "der Referenzperson (Q = %2) entsprechen."),
                QStringLiteral("Full-time: the worker's weekly hours (S = %1) must equal the "
                               "reference person's (Q = %2).")}
                .arg(decimal(*s))
                .arg(decimal(*q))));
    }
}

// Flexi wages (remuneration code 22) of flexi worker records (worker code 050 or 450).
qint64 flexiWagesCents(const json::Value &person)
{
    qint64 total = 0;
    const json::Value *records = person.find("workerRecords");
    if (!records || !records->isArray())
        return 0;
    for (const json::Value &record : records->arrayItems()) {
        const QString code = text(record.find("workerCode"));
        if (code != QLatin1String("050") && code != QLatin1String("450"))
            continue;
        const json::Value *occupations = record.find("occupations");
        if (!occupations || !occupations->isArray())
            continue;
        for (const json::Value &occupation : occupations->arrayItems()) {
            const json::Value *remunerations = occupation.find("remunerations");
            if (!remunerations || !remunerations->isArray())
                continue;
            for (const json::Value &remuneration : remunerations->arrayItems()) {
                if (number(remuneration.find("code")).value_or(0) == 22)
                    total += std::llround(number(remuneration.find("amount")).value_or(0));
            }
        }
    }
    return total;
}

} // namespace

QList<Anomaly> checkDmfa(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    checkEmployer(data.find("employer"), QStringLiteral("/employer"), context, anomalies);

    const auto quarter = parseQuarter(text(data.find("quarter")));
    const QDate today = context.filing().submissionDate();
    if (quarter && quarter->last >= today) {
        anomalies.append(blocking(
            QStringLiteral("DMFA-QUARTER-NOT-ENDED"), QStringLiteral("/quarter"),
            LocalizedText{
                QStringLiteral("Le trimestre %1 n'est pas encore terminé : il ne peut être déclaré "
                               "qu'à partir du %2."),
                QStringLiteral("Het kwartaal %1 is nog niet afgelopen: het kan pas vanaf %2 worden "
                               "aangegeven."),
                QStringLiteral(
                    "Das Quartal %1 ist noch nicht abgeschlossen: Es kann erst ab dem %2 "
                    "erklärt werden."),
                QStringLiteral("The quarter %1 has not ended yet: it can be declared from %2 on.")}
                .arg(quarterName(quarter->first))
                .arg(quarter->last.addDays(1))));
    } else if (quarter) {
        // The deadline is commonly the end of the month after the quarter (DOMAIN.md §3,
        // [UNVERIFIED]): a reminder, never a refusal.
        const QDate due = quarter->last.addDays(1).addMonths(1).addDays(-1);
        if (today > due) {
            anomalies.append(warning(
                QStringLiteral("DMFA-LATE"), QStringLiteral("/quarter"),
                LocalizedText{
                    QStringLiteral("Déclaration tardive : la DmfA du trimestre %1 était attendue "
                                   "pour le %2."),
                    QStringLiteral("Laattijdige aangifte: de DmfA van het kwartaal %1 werd "
                                   "verwacht tegen %2."),
                    QStringLiteral("Verspätete Erklärung: Die DmfA für das Quartal %1 war bis zum "
                                   "%2 fällig."),
                    QStringLiteral("Late declaration: the DmfA for %1 was expected by %2.")}
                    .arg(quarterName(quarter->first))
                    .arg(due)));
        }
    }

    const json::Value *persons = data.find("naturalPersons");
    if (!persons || !persons->isArray())
        return anomalies;
    QHash<QString, int> seen;
    const int year = quarter ? quarter->first.year() : 0;
    for (std::size_t i = 0; i < persons->size(); ++i) {
        const json::Value &person = (*persons)[i];
        const QString personBase = QStringLiteral("/naturalPersons/%1").arg(i);
        const QString inss = text(person.find("inss"));
        if (seen.contains(inss)) {
            anomalies.append(blocking(
                QStringLiteral("DMFA-DUPLICATE-PERSON"), personBase + QStringLiteral("/inss"),
                LocalizedText{
                    QStringLiteral("Le travailleur %1 figure déjà à la ligne %2 : une personne "
                                   "physique ne figure qu'une fois par déclaration."),
                    QStringLiteral("De werknemer %1 staat al op regel %2: een natuurlijke persoon "
                                   "komt maar één keer voor per aangifte."),
                    QStringLiteral("Der Arbeitnehmer %1 steht bereits in Zeile %2: Eine natürliche "
                                   "Person erscheint nur einmal pro Erklärung."),
                    QStringLiteral("The worker %1 is already on line %2: a natural person appears "
                                   "only once per declaration.")}
                    .arg(inss)
                    .arg(seen.value(inss) + 1)));
        } else {
            seen.insert(inss, int(i));
        }

        const json::Value *records = person.find("workerRecords");
        for (std::size_t j = 0; records && records->isArray() && j < records->size(); ++j) {
            const json::Value &record = (*records)[j];
            const QString recordBase = personBase + QStringLiteral("/workerRecords/%1").arg(j);
            const auto start = date(record.find("startDate"));
            const auto end = date(record.find("endDate"));
            checkOrder(start, end, recordBase + QStringLiteral("/endDate"), anomalies);
            if (quarter) {
                checkInQuarter(start, *quarter, recordBase + QStringLiteral("/startDate"),
                               anomalies);
                checkInQuarter(end, *quarter, recordBase + QStringLiteral("/endDate"), anomalies);
            }
            const json::Value *occupations = record.find("occupations");
            for (std::size_t k = 0;
                 occupations && occupations->isArray() && k < occupations->size(); ++k) {
                const json::Value &occupation = (*occupations)[k];
                const QString base = recordBase + QStringLiteral("/occupations/%1").arg(k);
                const auto from = date(occupation.find("startDate"));
                const auto to = date(occupation.find("endDate"));
                checkOrder(from, to, base + QStringLiteral("/endDate"), anomalies);
                if (quarter) {
                    checkInQuarter(from, *quarter, base + QStringLiteral("/startDate"), anomalies);
                    checkInQuarter(to, *quarter, base + QStringLiteral("/endDate"), anomalies);
                }
                checkHours(occupation, base, anomalies);
            }
        }

        const qint64 flexi = flexiWagesCents(person);
        if (flexi <= 0 || !quarter)
            continue;
        const auto ceiling = contributions::flexiCeilingCents(year);
        const auto facts = context.person(inss);
        if (!ceiling || (facts && facts->pensioner))
            continue;
        const qint64 earned = context.flexiEarnedCents(inss, year);
        if (earned + flexi > *ceiling) {
            anomalies.append(warning(
                QStringLiteral("DMFA-FLEXI-CEILING"), personBase + QStringLiteral("/inss"),
                LocalizedText{
                    QStringLiteral(
                        "Avec ce trimestre, les flexisalaires de %1 atteignent au total %2 "
                        "et dépassent le plafond exonéré de %3 pour %4."),
                    QStringLiteral("Met dit kwartaal bereiken de flexilonen van %1 in totaal %2 en "
                                   "overschrijden ze het vrijgestelde plafond van %3 voor %4."),
                    QStringLiteral(
                        "Mit diesem Quartal erreichen die Flexi-Löhne von %1 insgesamt %2 "
                        "und überschreiten die steuerfreie Obergrenze von %3 für %4."),
                    QStringLiteral(
                        "With this quarter, the flexi wages of %1 reach a total of %2 and "
                        "exceed the tax-free ceiling of %3 for %4.")}
                    .arg(inss)
                    .arg(money(earned + flexi))
                    .arg(money(*ceiling))
                    .arg(qint64(year))));
        }
    }
    return anomalies;
}

} // namespace guichet::sandbox::rules

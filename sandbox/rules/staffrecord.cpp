#include "staffrecord.h"

#include "rulehelpers.h"

#include "core/schema/formats.h"

#include <cmath>

namespace guichet::sandbox::rules {

using namespace detail;

namespace {

Anomaly identityMismatch(const QString &field, const LocalizedText &what, const QString &registered)
{
    return warning(
        QStringLiteral("STAFF-IDENTITY-MISMATCH"), QStringLiteral("/identity/") + field,
        LocalizedText{QStringLiteral("%1 ne correspond pas au registre national (%2) : les données "
                                     "du registre seront utilisées."),
                      QStringLiteral("%1 komt niet overeen met het rijksregister (%2): de gegevens "
                                     "van het register worden gebruikt."),
                      QStringLiteral("%1 stimmt nicht mit dem Nationalregister überein (%2): Die "
                                     "Daten des Registers werden verwendet."),
                      QStringLiteral("%1 does not match the national register (%2): the register's "
                                     "data will be used.")}
            .arg(what)
            .arg(registered));
}

void checkIdentity(const json::Value &identity, const RuleContext &context,
                   QList<Anomaly> &anomalies)
{
    const QString niss = text(identity.find("niss"));
    if (niss.isEmpty())
        return;
    const std::string compact = niss.toStdString();
    if (const auto birth = schema::nissBirthDate(compact)) {
        const auto typed = date(identity.find("birthDate"));
        if (typed && *typed != *birth) {
            anomalies.append(identityMismatch(
                QStringLiteral("birthDate"),
                {QStringLiteral("La date de naissance"), QStringLiteral("De geboortedatum"),
                 QStringLiteral("Das Geburtsdatum"), QStringLiteral("The birth date")},
                birth->toString(QStringLiteral("dd/MM/yyyy"))));
        }
    }
    if (const auto info = schema::nissInfo(compact); info && info->sex != schema::Sex::Unknown) {
        const QString registered =
            info->sex == schema::Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
        const QString typed = text(identity.find("sex"));
        if (!typed.isEmpty() && typed != registered) {
            anomalies.append(
                identityMismatch(QStringLiteral("sex"),
                                 {QStringLiteral("Le sexe"), QStringLiteral("Het geslacht"),
                                  QStringLiteral("Das Geschlecht"), QStringLiteral("The sex")},
                                 registered));
        }
    }
    const auto person = context.person(niss);
    if (!person)
        return;
    const QString lastName = text(identity.find("lastName"));
    if (!lastName.isEmpty() && nameKey(lastName) != nameKey(person->surname)) {
        anomalies.append(
            identityMismatch(QStringLiteral("lastName"),
                             {QStringLiteral("Le nom"), QStringLiteral("De naam"),
                              QStringLiteral("Der Name"), QStringLiteral("The last name")},
                             person->surname));
    }
    const QString firstName = text(identity.find("firstName"));
    if (!firstName.isEmpty() && nameKey(firstName) != nameKey(person->givenName)) {
        anomalies.append(
            identityMismatch(QStringLiteral("firstName"),
                             {QStringLiteral("Le prénom"), QStringLiteral("De voornaam"),
                              QStringLiteral("Der Vorname"), QStringLiteral("The first name")},
                             person->givenName));
    }
}

} // namespace

QList<Anomaly> checkStaffRecord(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    const Filing &filing = context.filing();
    if (!filing.onBehalfOfEnterprise()) {
        anomalies.append(blocking(
            QStringLiteral("STAFF-EMPLOYER-MISSING"), QString(),
            LocalizedText{QStringLiteral("Indiquez l'entreprise pour laquelle vous inscrivez ce "
                                         "membre du personnel."),
                          QStringLiteral("Vermeld de onderneming waarvoor u dit personeelslid "
                                         "inschrijft."),
                          QStringLiteral("Geben Sie das Unternehmen an, für das Sie dieses "
                                         "Personalmitglied eintragen."),
                          QStringLiteral("Say which enterprise you are registering this staff "
                                         "member for.")}));
    } else if (!filing.mandatedEnterprises.contains(filing.onBehalfOf)) {
        anomalies.append(
            blocking(QStringLiteral("EMPLOYER-NO-MANDATE"), QString(),
                     LocalizedText{QStringLiteral("Vous n'avez pas de mandat pour l'employeur %1."),
                                   QStringLiteral("U hebt geen mandaat voor de werkgever %1."),
                                   QStringLiteral("Sie haben kein Mandat für den Arbeitgeber %1."),
                                   QStringLiteral("You hold no mandate for the employer %1.")}
                         .arg(filing.onBehalfOf)));
    }

    if (const json::Value *contract = data.find("contract")) {
        const auto start = date(contract->find("startDate"));
        const auto end = date(contract->find("endDate"));
        if (start && end && *end < *start) {
            anomalies.append(blocking(
                QStringLiteral("STAFF-END-BEFORE-START"), QStringLiteral("/contract/endDate"),
                LocalizedText{QStringLiteral("La date de fin (%1) précède la date de début (%2)."),
                              QStringLiteral("De einddatum (%1) ligt vóór de begindatum (%2)."),
                              QStringLiteral("Das Enddatum (%1) liegt vor dem Anfangsdatum (%2)."),
                              QStringLiteral("The end date (%1) is before the start date (%2).")}
                    .arg(*end)
                    .arg(*start)));
        }
        const QString workingTime = text(contract->find("workingTime"));
        const auto hours = number(contract->find("weeklyHours"));
        const auto reference = number(contract->find("referenceWeeklyHours"));
        if (hours && reference) {
            const qint64 h = std::llround(*hours * 100);
            const qint64 r = std::llround(*reference * 100);
            const QString pointer = QStringLiteral("/contract/weeklyHours");
            if (workingTime == QLatin1String("partTime") && h >= r) {
                anomalies.append(blocking(
                    QStringLiteral("STAFF-PART-TIME-HOURS"), pointer,
                    LocalizedText{
                        QStringLiteral("Temps partiel : les heures hebdomadaires (%1) doivent être "
                                       "inférieures à celles d'un travailleur à temps plein (%2)."),
                        QStringLiteral(
                            "Deeltijds: de wekelijkse uren (%1) moeten lager zijn dan die "
                            "van een voltijdse werknemer (%2)."),
                        QStringLiteral("Teilzeit: Die Wochenstunden (%1) müssen unter denen eines "
                                       "Vollzeitbeschäftigten (%2) liegen."),
                        QStringLiteral("Part-time: the weekly hours (%1) must be lower than a "
                                       "full-time worker's (%2).")}
                        .arg(decimal(*hours))
                        .arg(decimal(*reference))));
            } else if (workingTime == QLatin1String("fullTime") && h != r) {
                anomalies.append(blocking(
                    QStringLiteral("STAFF-FULL-TIME-HOURS"), pointer,
                    LocalizedText{
                        QStringLiteral("Temps plein : les heures hebdomadaires (%1) doivent être "
                                       "égales à celles de la personne de référence (%2)."),
                        QStringLiteral(
                            "Voltijds: de wekelijkse uren (%1) moeten gelijk zijn aan die "
                            "van de maatpersoon (%2)."),
                        QStringLiteral("Vollzeit: Die Wochenstunden (%1) müssen denen der "
                                       "Referenzperson (%2) entsprechen."),
                        QStringLiteral("Full-time: the weekly hours (%1) must equal the reference "
                                       "person's (%2).")}
                        .arg(decimal(*hours))
                        .arg(decimal(*reference))));
            }
        }
    }

    if (const json::Value *identity = data.find("identity"))
        checkIdentity(*identity, context, anomalies);
    return anomalies;
}

} // namespace guichet::sandbox::rules

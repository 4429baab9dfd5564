#include "citizenbankaccountchange.h"

#include "rulehelpers.h"

namespace guichet::sandbox::rules {

using namespace detail;

QList<Anomaly> checkCitizenBankAccountChange(const json::Value &data, const RuleContext &context)
{
    QList<Anomaly> anomalies;
    const Filing &filing = context.filing();
    const QString niss = text(data.find("niss"));
    if (filing.onBehalfOfCitizen() && filing.onBehalfOf != filing.declarantNationalNumber) {
        anomalies.append(blocking(
            QStringLiteral("BANK-HELPDESK-REFUSED"), QString(),
            LocalizedText{QStringLiteral("Un changement de compte bancaire ne peut être introduit "
                                         "que par le citoyen lui-même."),
                          QStringLiteral("Een wijziging van bankrekening kan alleen door de burger "
                                         "zelf worden ingediend."),
                          QStringLiteral("Eine Änderung des Bankkontos kann nur der Bürger selbst "
                                         "einreichen."),
                          QStringLiteral("A change of bank account can only be filed by the "
                                         "citizen themself.")}));
    } else {
        checkOwnNationalNumber(niss, QStringLiteral("/niss"), context, anomalies);
    }

    const QString iban = text(data.find("iban"));
    const QString bic = text(data.find("bic"));
    if (bic.size() >= 6 && iban.size() >= 2 && bic.mid(4, 2) != iban.left(2)) {
        anomalies.append(blocking(
            QStringLiteral("BANK-BIC-COUNTRY"), QStringLiteral("/bic"),
            LocalizedText{
                QStringLiteral("Le BIC %1 est celui d'une banque d'un autre pays (%2) que "
                               "le compte IBAN (%3)."),
                QStringLiteral("De BIC %1 hoort bij een bank in een ander land (%2) dan "
                               "de IBAN-rekening (%3)."),
                QStringLiteral("Der BIC %1 gehört zu einer Bank in einem anderen Land (%2) "
                               "als das IBAN-Konto (%3)."),
                QStringLiteral("The BIC %1 belongs to a bank in another country (%2) "
                               "than the IBAN account (%3).")}
                .arg(bic)
                .arg(bic.mid(4, 2))
                .arg(iban.left(2))));
    }

    const auto effective = detail::date(data.find("effectiveDate"));
    if (effective && *effective < filing.submissionDate()) {
        anomalies.append(
            blocking(QStringLiteral("BANK-EFFECTIVE-DATE-PAST"), QStringLiteral("/effectiveDate"),
                     LocalizedText{
                         QStringLiteral("La date de prise d'effet (%1) est déjà passée : "
                                        "choisissez aujourd'hui ou une date future."),
                         QStringLiteral("De ingangsdatum (%1) is al voorbij: kies vandaag of een "
                                        "latere datum."),
                         QStringLiteral("Das Datum des Inkrafttretens (%1) liegt bereits in der "
                                        "Vergangenheit: Wählen Sie heute oder ein späteres Datum."),
                         QStringLiteral("The effective date (%1) has already passed: choose "
                                        "today or a later date.")}
                         .arg(*effective)));
    }

    const QString holder = text(data.find("accountHolder"));
    if (const auto person = context.person(niss);
        person && !holder.isEmpty() && !nameKey(holder).contains(nameKey(person->surname))) {
        anomalies.append(warning(
            QStringLiteral("BANK-HOLDER-NAME"), QStringLiteral("/accountHolder"),
            LocalizedText{QStringLiteral("Le titulaire du compte (%1) ne semble pas être %2 : le "
                                         "changement sera vérifié avant le premier paiement."),
                          QStringLiteral("De rekeninghouder (%1) lijkt niet %2 te zijn: de "
                                         "wijziging wordt vóór de eerste betaling gecontroleerd."),
                          QStringLiteral("Der Kontoinhaber (%1) scheint nicht %2 zu sein: Die "
                                         "Änderung wird vor der ersten Zahlung überprüft."),
                          QStringLiteral("The account holder (%1) does not seem to be %2: the "
                                         "change will be checked before the first payment.")}
                .arg(holder, person->givenName + QLatin1Char(' ') + person->surname)));
    }
    return anomalies;
}

} // namespace guichet::sandbox::rules

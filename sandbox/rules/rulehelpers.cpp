#include "rulehelpers.h"

namespace guichet::sandbox::rules::detail {

const json::Value *at(const json::Value &data, std::initializer_list<const char *> path)
{
    const json::Value *value = &data;
    for (const char *key : path) {
        value = value->find(key);
        if (!value)
            return nullptr;
    }
    return value;
}

QString text(const json::Value *value)
{
    if (!value || !value->isString())
        return {};
    return QString::fromStdString(value->string());
}

std::optional<QDate> date(const json::Value *value)
{
    const QDate day = QDate::fromString(text(value), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

std::optional<double> number(const json::Value *value)
{
    if (!value || !value->isNumber())
        return std::nullopt;
    return value->toDouble();
}

std::optional<int> minutes(const QString &hhmm)
{
    if (hhmm.size() != 4)
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int h = hhmm.left(2).toInt(&hoursOk);
    const int m = hhmm.right(2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || h > 23 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

Anomaly blocking(const QString &code, const QString &pointer, const LocalizedText &message)
{
    return {code, Severity::Blocking, pointer, message, QString()};
}

Anomaly warning(const QString &code, const QString &pointer, const LocalizedText &message)
{
    return {code, Severity::Warning, pointer, message, QString()};
}

QDate nextWorkingDay(const QDate &day)
{
    QDate next = day.addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    return next;
}

QString nameKey(const QString &name)
{
    QString key;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed)
        if (c.isLetter())
            key.append(c.toLower());
    return key;
}

namespace {

// Definitive ONSS numbers (DOMAIN.md §1, zone 00011).
constexpr qint64 kNssoMinimum = 100006;
constexpr qint64 kNssoMaximum = 199999934;

void checkNssoNumber(const QString &nsso, const QString &pointer, QList<Anomaly> &anomalies)
{
    bool ok = false;
    const qint64 value = nsso.toLongLong(&ok);
    if (!ok)
        return; // the schema's pattern already refused it
    if (value < kNssoMinimum || value > kNssoMaximum) {
        anomalies.append(blocking(
            QStringLiteral("NSSO-RANGE"), pointer,
            LocalizedText{
                QStringLiteral("Le numéro ONSS %1 n'est pas un numéro d'employeur définitif "
                               "(entre 100006 et 199999934)."),
                QStringLiteral("Het RSZ-nummer %1 is geen definitief werkgeversnummer "
                               "(tussen 100006 en 199999934)."),
                QStringLiteral("Die LSS-Nummer %1 ist keine endgültige Arbeitgebernummer "
                               "(zwischen 100006 und 199999934)."),
                QStringLiteral("The ONSS number %1 is not a definitive employer number "
                               "(between 100006 and 199999934).")}
                .arg(nsso)));
        return;
    }
    // The check rule is inferred, not documented (DOMAIN.md §1 [UNVERIFIED]): a warning only.
    if (value % 97 != 96) {
        anomalies.append(warning(
            QStringLiteral("NSSO-CHECK"), pointer,
            LocalizedText{
                QStringLiteral("Les chiffres de contrôle du numéro ONSS %1 semblent incorrects : "
                               "vérifiez le numéro."),
                QStringLiteral("De controlecijfers van het RSZ-nummer %1 lijken niet te kloppen: "
                               "controleer het nummer."),
                QStringLiteral("Die Prüfziffern der LSS-Nummer %1 scheinen nicht zu stimmen: "
                               "Bitte überprüfen Sie die Nummer."),
                QStringLiteral("The check digits of the ONSS number %1 look wrong: please check "
                               "the number.")}
                .arg(nsso)));
    }
}

} // namespace

QString checkEmployer(const json::Value *employer, const QString &base, const RuleContext &context,
                      QList<Anomaly> &anomalies)
{
    if (!employer)
        return {};
    const QString enterprise = text(employer->find("enterpriseNumber"));
    const QString nsso = text(employer->find("nssoRegistrationNumber"));
    const QString enterprisePointer = base + QStringLiteral("/enterpriseNumber");
    const QString nssoPointer = base + QStringLiteral("/nssoRegistrationNumber");
    if (!nsso.isEmpty())
        checkNssoNumber(nsso, nssoPointer, anomalies);

    QString resolved;
    QString pointer;
    QString shown;
    if (!enterprise.isEmpty()) {
        if (!context.isKnownEnterprise(enterprise)) {
            anomalies.append(blocking(
                QStringLiteral("00014-235"), enterprisePointer,
                LocalizedText{
                    QStringLiteral(
                        "Le numéro d'entreprise %1 ne figure pas dans la Banque-Carrefour "
                        "des Entreprises."),
                    QStringLiteral("Het ondernemingsnummer %1 staat niet in de Kruispuntbank van "
                                   "Ondernemingen."),
                    QStringLiteral("Die Unternehmensnummer %1 ist nicht in der Zentralen Datenbank "
                                   "der Unternehmen eingetragen."),
                    QStringLiteral("The enterprise number %1 is not in the Crossroads Bank for "
                                   "Enterprises.")}
                    .arg(enterprise)));
            return {};
        }
        resolved = enterprise;
        pointer = enterprisePointer;
        shown = enterprise;
    } else if (!nsso.isEmpty()) {
        resolved = context.enterpriseForNssoNumber(nsso).value_or(QString());
        pointer = nssoPointer;
        shown = nsso;
    } else {
        return {};
    }

    const Filing &filing = context.filing();
    if (filing.onBehalfOfEnterprise()) {
        if (resolved != filing.onBehalfOf) {
            anomalies.append(blocking(
                QStringLiteral("EMPLOYER-MISMATCH"), pointer,
                LocalizedText{
                    QStringLiteral("L'employeur %1 n'est pas l'entreprise %2 pour laquelle vous "
                                   "introduisez cette déclaration."),
                    QStringLiteral("De werkgever %1 is niet de onderneming %2 waarvoor u deze "
                                   "aangifte indient."),
                    QStringLiteral("Der Arbeitgeber %1 ist nicht das Unternehmen %2, für das Sie "
                                   "diese Erklärung einreichen."),
                    QStringLiteral("The employer %1 is not the enterprise %2 you are filing this "
                                   "declaration for.")}
                    .arg(shown)
                    .arg(filing.onBehalfOf)));
            return {};
        }
    } else if (resolved.isEmpty() || !filing.mandatedEnterprises.contains(resolved)) {
        anomalies.append(
            blocking(QStringLiteral("EMPLOYER-NO-MANDATE"), pointer,
                     LocalizedText{QStringLiteral("Vous n'avez pas de mandat pour l'employeur %1."),
                                   QStringLiteral("U hebt geen mandaat voor de werkgever %1."),
                                   QStringLiteral("Sie haben kein Mandat für den Arbeitgeber %1."),
                                   QStringLiteral("You hold no mandate for the employer %1.")}
                         .arg(shown)));
        return {};
    }
    return resolved;
}

void checkOwnNationalNumber(const QString &nationalNumber, const QString &pointer,
                            const RuleContext &context, QList<Anomaly> &anomalies)
{
    if (nationalNumber.isEmpty() || nationalNumber == context.filing().declarantNationalNumber)
        return;
    anomalies.append(blocking(
        QStringLiteral("NISS-NOT-OWN"), pointer,
        LocalizedText{QStringLiteral("Ce formulaire ne peut être introduit que pour vous-même : le "
                                     "numéro de registre national doit être le vôtre."),
                      QStringLiteral("Dit formulier kan alleen voor uzelf worden ingediend: het "
                                     "rijksregisternummer moet het uwe zijn."),
                      QStringLiteral("Dieses Formular können Sie nur für sich selbst einreichen: "
                                     "Die Nationalregisternummer muss Ihre eigene sein."),
                      QStringLiteral("You can only file this form for yourself: the national "
                                     "number must be your own.")}));
}

} // namespace guichet::sandbox::rules::detail

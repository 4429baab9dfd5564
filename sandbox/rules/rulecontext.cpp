#include "rulecontext.h"

#include <QTimeZone>

namespace guichet::sandbox::rules {

QDate Filing::submissionDate() const
{
    static const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    if (brussels.isValid())
        return submittedAt.toTimeZone(brussels).date();
    return submittedAt.toUTC().date();
}

QString quotaCounter(const QString &workerType)
{
    if (workerType == QLatin1String("STU"))
        return QStringLiteral("STU");
    if (workerType == QLatin1String("O17") || workerType == QLatin1String("S17") ||
        workerType == QLatin1String("T17"))
        return QStringLiteral("ART17");
    return {};
}

bool RuleFacts::isKnownEnterprise(const QString &enterpriseNumber) const
{
    return enterprises.contains(enterpriseNumber);
}

std::optional<QString> RuleFacts::enterpriseForNssoNumber(const QString &nssoNumber) const
{
    const auto it = nssoNumbers.constFind(nssoNumber);
    if (it == nssoNumbers.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QStringList> RuleFacts::allowedWorkerTypes(const QString &enterpriseNumber) const
{
    const auto it = workerTypes.constFind(enterpriseNumber);
    if (it == workerTypes.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<DimonaPeriodFacts> RuleFacts::dimonaPeriod(const QString &periodId) const
{
    for (const DimonaPeriodFacts &period : periods)
        if (period.periodId == periodId)
            return period;
    return std::nullopt;
}

std::optional<bool> RuleFacts::flexiEligible(const QString &nationalNumber, const QDate &) const
{
    const auto it = flexiEligibility.constFind(nationalNumber);
    if (it == flexiEligibility.constEnd())
        return std::nullopt;
    return *it;
}

bool RuleFacts::hasFlexiPeriod(const QString &enterpriseNumber, const QString &nationalNumber,
                               const QDate &from, const QDate &to) const
{
    for (const DimonaPeriodFacts &period : periods) {
        if (period.workerType != QLatin1String("FLX") ||
            period.state == DimonaPeriodFacts::State::Cancelled ||
            period.enterpriseNumber != enterpriseNumber ||
            period.workerNationalNumber != nationalNumber)
            continue;
        if (period.startDate <= from && (period.endDate.isNull() || period.endDate >= to))
            return true;
    }
    return false;
}

int RuleFacts::hoursUsed(const QString &nationalNumber, int year, const QString &workerType,
                         const QString &exceptPeriodId) const
{
    const QString counter = quotaCounter(workerType);
    if (counter.isEmpty())
        return 0;
    int total = hours.value(QStringLiteral("%1/%2/%3").arg(nationalNumber).arg(year).arg(counter));
    for (const DimonaPeriodFacts &period : periods) {
        if (period.workerNationalNumber == nationalNumber && period.periodId != exceptPeriodId &&
            period.state != DimonaPeriodFacts::State::Cancelled &&
            quotaCounter(period.workerType) == counter && period.startDate.year() == year)
            total += period.plannedHours;
    }
    return total;
}

std::optional<HourQuota> RuleFacts::article17Quota(int) const
{
    return article17;
}

qint64 RuleFacts::flexiEarnedCents(const QString &nationalNumber, int year) const
{
    return flexiEarnings.value(QStringLiteral("%1/%2").arg(nationalNumber).arg(year));
}

std::optional<PersonFacts> RuleFacts::person(const QString &nationalNumber) const
{
    for (const PersonFacts &p : people)
        if (p.nationalNumber == nationalNumber)
            return p;
    return std::nullopt;
}

std::optional<FlexiDeclarationFacts> RuleFacts::flexiDeclaration(const QString &reference) const
{
    for (const FlexiDeclarationFacts &declaration : flexiDeclarations)
        if (declaration.reference == reference)
            return declaration;
    return std::nullopt;
}

} // namespace guichet::sandbox::rules

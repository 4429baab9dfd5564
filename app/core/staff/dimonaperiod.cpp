#include "core/staff/dimonaperiod.h"

namespace guichet::staff {

std::optional<DimonaPeriod> DimonaPeriod::fromJson(const QJsonObject &json)
{
    DimonaPeriod period;
    period.periodId = json.value(QLatin1String("periodId")).toString();
    period.ssin = json.value(QLatin1String("ssin")).toString();
    if (period.periodId.isEmpty() || period.ssin.isEmpty())
        return std::nullopt;
    period.workerType = json.value(QLatin1String("workerType")).toString();
    period.startDate =
        QDate::fromString(json.value(QLatin1String("startDate")).toString(), Qt::ISODate);
    period.endDate =
        QDate::fromString(json.value(QLatin1String("endDate")).toString(), Qt::ISODate);
    period.status = json.value(QLatin1String("status")).toString();
    return period;
}

std::optional<DimonaPeriod> DimonaPeriod::latestOpen(const QList<DimonaPeriod> &periods,
                                                     const QString &ssin)
{
    std::optional<DimonaPeriod> latest;
    if (ssin.isEmpty())
        return latest;
    for (const DimonaPeriod &period : periods) {
        if (period.ssin != ssin || !period.isOpen())
            continue;
        if (!latest || period.startDate > latest->startDate ||
            (period.startDate == latest->startDate && period.periodId > latest->periodId))
            latest = period;
    }
    return latest;
}

} // namespace guichet::staff

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A Dimona period of an enterprise as the portal lists it (api/openapi.yaml DimonaPeriod, GET
// /enterprises/{n}/dimona-periods): the number a Dimona OUT, UPDATE or CANCEL must quote, which
// the register itself does not hold.
namespace guichet::staff {

struct DimonaPeriod
{
    QString periodId; // 12 digits
    QString ssin;     // the worker's national number
    QString workerType;
    QDate startDate;
    QDate endDate;  // invalid when open-ended
    QString status; // "open", "closed" or "cancelled"

    bool isOpen() const { return status == QLatin1String("open"); }

    // nullopt when json lacks the period number or the national number.
    static std::optional<DimonaPeriod> fromJson(const QJsonObject &json);
    // The worker's open period that started last (then the highest number): the one an OUT,
    // UPDATE or CANCEL from the register means. nullopt when the worker has none.
    static std::optional<DimonaPeriod> latestOpen(const QList<DimonaPeriod> &periods,
                                                  const QString &ssin);
};

} // namespace guichet::staff

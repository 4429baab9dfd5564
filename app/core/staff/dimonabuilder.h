#pragma once

#include "core/staff/staffrecord.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

// Dimona declarations (forms/dimona/1) prefilled from a worker's register entry: the employer
// by enterprise number, the worker by national number (or, without one, the identification data
// and address), the period from the contract. What the register does not know (the period
// number of an OUT, UPDATE or CANCEL; the start hour of an EXT) comes from Options, else is left
// out for the person to fill in the form.
namespace guichet::staff {

enum class DimonaType
{
    In,
    Out,
    Update,
    Cancel,
};

class DimonaBuilder
{
public:
    struct Options
    {
        QDate startDate;      // IN, UPDATE; invalid: the contract's start
        QDate endDate;        // IN, OUT, UPDATE; invalid: the contract's end (OUT: else left out)
        QString startHour;    // HHMM; empty: none
        QString endHour;      // HHMM; empty: none
        int plannedHours = 0; // IN, UPDATE for STU/O17/S17; 0: from the contract's hours
        QString periodId;     // OUT, UPDATE, CANCEL
    };

    static QJsonObject build(DimonaType type, const QJsonObject &staffData,
                             const QString &enterpriseNumber, const Options &options);
    static QJsonObject build(DimonaType type, const QJsonObject &staffData,
                             const QString &enterpriseNumber)
    {
        return build(type, staffData, enterpriseNumber, Options{});
    }

    // "IN", "OUT", "UPDATE", "CANCEL" (the form's declarationType).
    static QString typeCode(DimonaType type);
    // The Dimona joint commission for a register's joint committee: 124, 140, 144, 145, 149,
    // 302, 320, 322 by their first three digits (140.03 -> 140), XXX for any other.
    static QString jointCommission(const QString &jointCommittee);
    // Whether the worker type needs planned hours (STU, O17, S17).
    static bool needsPlannedHours(const QString &workerType);
    // Hours planned for a period: the weekly hours spread over its days, rounded up, 1 to 999.
    static int plannedHours(double weeklyHours, const QDate &start, const QDate &end);
};

} // namespace guichet::staff

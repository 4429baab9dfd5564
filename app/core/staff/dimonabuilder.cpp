#include "core/staff/dimonabuilder.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace guichet::staff {

namespace {

QJsonObject workerOf(const QJsonObject &data)
{
    const QJsonObject identity = data.value(QLatin1String("identity")).toObject();
    QJsonObject worker;
    const QString niss = identity.value(QLatin1String("niss")).toString();
    if (!niss.isEmpty()) {
        // The national number identifies the worker; Dimona takes the rest from the register.
        worker.insert(QStringLiteral("ssin"), niss);
        return worker;
    }
    for (const char *name : {"lastName", "firstName", "birthDate", "sex", "nationality"}) {
        const QJsonValue value = identity.value(QLatin1String(name));
        if (value.isString() && !value.toString().isEmpty())
            worker.insert(QLatin1String(name), value);
    }
    const QJsonObject address = data.value(QLatin1String("address")).toObject();
    if (!address.isEmpty()) {
        QJsonObject out;
        const QList<QPair<const char *, const char *>> members = {
            {"street", "street"},         {"number", "houseNumber"},        {"box", "box"},
            {"postalCode", "postalCode"}, {"municipality", "municipality"}, {"country", "country"}};
        for (const auto &[from, to] : members) {
            const QJsonValue value = address.value(QLatin1String(from));
            if (value.isString() && !value.toString().isEmpty())
                out.insert(QLatin1String(to), value);
        }
        worker.insert(QStringLiteral("address"), out);
    }
    return worker;
}

QString isoOr(const QDate &date, const QString &fallback)
{
    return date.isValid() ? date.toString(Qt::ISODate) : fallback;
}

} // namespace

QString DimonaBuilder::typeCode(DimonaType type)
{
    switch (type) {
    case DimonaType::In:
        return QStringLiteral("IN");
    case DimonaType::Out:
        return QStringLiteral("OUT");
    case DimonaType::Update:
        return QStringLiteral("UPDATE");
    case DimonaType::Cancel:
        return QStringLiteral("CANCEL");
    }
    return {};
}

QString DimonaBuilder::jointCommission(const QString &jointCommittee)
{
    static const QStringList listed = {
        QStringLiteral("124"), QStringLiteral("140"), QStringLiteral("144"), QStringLiteral("145"),
        QStringLiteral("149"), QStringLiteral("302"), QStringLiteral("320"), QStringLiteral("322")};
    const QString head = jointCommittee.left(3);
    return listed.contains(head) ? head : QStringLiteral("XXX");
}

bool DimonaBuilder::needsPlannedHours(const QString &workerType)
{
    return workerType == QLatin1String("STU") || workerType == QLatin1String("O17") ||
           workerType == QLatin1String("S17");
}

int DimonaBuilder::plannedHours(double weeklyHours, const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start || weeklyHours <= 0)
        return 0;
    const double days = double(start.daysTo(end) + 1);
    const int hours = int(std::ceil(weeklyHours * days / 7.0 - 1e-9));
    return std::clamp(hours, 1, 999);
}

QJsonObject DimonaBuilder::build(DimonaType type, const QJsonObject &staffData,
                                 const QString &enterpriseNumber, const Options &options)
{
    const QJsonObject contract = staffData.value(QLatin1String("contract")).toObject();
    const QString workerType = staffData.value(QLatin1String("workerType")).toString();
    const QString contractStart = contract.value(QLatin1String("startDate")).toString();
    const QString contractEnd = contract.value(QLatin1String("endDate")).toString();

    QJsonObject document{{QStringLiteral("declarationType"), typeCode(type)},
                         {QStringLiteral("employer"),
                          QJsonObject{{QStringLiteral("enterpriseNumber"), enterpriseNumber}}}};
    auto putHour = [](QJsonObject &block, const char *name, const QString &hour) {
        if (!hour.isEmpty())
            block.insert(QLatin1String(name), hour);
    };
    auto putPlanned = [&](QJsonObject &block, const QString &start, const QString &end) {
        if (!needsPlannedHours(workerType))
            return;
        int hours = options.plannedHours;
        if (hours <= 0)
            hours = plannedHours(contract.value(QLatin1String("weeklyHours")).toDouble(),
                                 QDate::fromString(start, Qt::ISODate),
                                 QDate::fromString(end, Qt::ISODate));
        if (hours > 0)
            block.insert(QStringLiteral("plannedHoursNumber"), hours);
    };
    auto putPeriod = [&](QJsonObject &block) {
        if (!options.periodId.trimmed().isEmpty())
            block.insert(QStringLiteral("periodId"), options.periodId.trimmed());
    };

    switch (type) {
    case DimonaType::In: {
        document.insert(QStringLiteral("worker"), workerOf(staffData));
        QJsonObject block;
        const QString start = isoOr(options.startDate, contractStart);
        const QString end = isoOr(options.endDate, contractEnd);
        if (!start.isEmpty())
            block.insert(QStringLiteral("startDate"), start);
        putHour(block, "startHour", options.startHour);
        if (!end.isEmpty())
            block.insert(QStringLiteral("endDate"), end);
        putHour(block, "endHour", options.endHour);
        putPlanned(block, start, end);
        QJsonObject features;
        if (!workerType.isEmpty())
            features.insert(QStringLiteral("workerType"), workerType);
        // RULES.md: the client sends XXX when no listed joint commission applies.
        features.insert(
            QStringLiteral("jointCommissionNumber"),
            jointCommission(staffData.value(QLatin1String("jointCommittee")).toString()));
        block.insert(QStringLiteral("features"), features);
        document.insert(QStringLiteral("dimonaIn"), block);
        break;
    }
    case DimonaType::Out: {
        QJsonObject block;
        putPeriod(block);
        const QString end = isoOr(options.endDate, contractEnd);
        if (!end.isEmpty())
            block.insert(QStringLiteral("endDate"), end);
        putHour(block, "endHour", options.endHour);
        document.insert(QStringLiteral("dimonaOut"), block);
        break;
    }
    case DimonaType::Update: {
        QJsonObject block;
        putPeriod(block);
        const QString start = isoOr(options.startDate, contractStart);
        const QString end = isoOr(options.endDate, contractEnd);
        if (!start.isEmpty())
            block.insert(QStringLiteral("startDate"), start);
        putHour(block, "startHour", options.startHour);
        if (!end.isEmpty())
            block.insert(QStringLiteral("endDate"), end);
        putHour(block, "endHour", options.endHour);
        putPlanned(block, start, end);
        document.insert(QStringLiteral("dimonaUpdate"), block);
        break;
    }
    case DimonaType::Cancel: {
        QJsonObject block;
        putPeriod(block);
        document.insert(QStringLiteral("dimonaCancel"), block);
        break;
    }
    }
    return document;
}

} // namespace guichet::staff

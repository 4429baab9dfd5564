#include "core/staff/dmfabuilder.h"

#include "core/schema/formats.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace guichet::staff {

namespace {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

// DmfA writes a joint committee as NNN or NNN.NN; the register may hold a sub-committee
// (330.01.10): its first level is what DmfA takes.
QString dmfaJointCommittee(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('.'));
    return parts.size() > 2 ? parts.at(0) + QLatin1Char('.') + parts.at(1) : value;
}

QJsonObject personOf(const QJsonObject &data)
{
    const QJsonObject identity = data.value(QLatin1String("identity")).toObject();
    const QString niss = text(identity, "niss");
    QJsonObject person;
    if (!niss.isEmpty())
        person.insert(QStringLiteral("inss"), niss);
    for (const char *name : {"lastName", "firstName", "birthDate", "sex", "nationality"}) {
        const QString value = text(identity, name);
        if (!value.isEmpty())
            person.insert(QLatin1String(name), value);
    }
    // The national number says the birth date and, unless a BIS number issued without it, the
    // sex.
    if (!niss.isEmpty()) {
        const std::string number = niss.toStdString();
        if (!person.contains(QLatin1String("birthDate"))) {
            if (const auto birth = schema::nissBirthDate(number))
                person.insert(QStringLiteral("birthDate"), birth->toString(Qt::ISODate));
        }
        if (!person.contains(QLatin1String("sex"))) {
            if (const auto info = schema::nissInfo(number);
                info && info->sex != schema::Sex::Unknown)
                person.insert(QStringLiteral("sex"), info->sex == schema::Sex::Male
                                                         ? QStringLiteral("M")
                                                         : QStringLiteral("F"));
        }
    }
    const QJsonObject address = data.value(QLatin1String("address")).toObject();
    QJsonObject out;
    const QList<QPair<const char *, const char *>> members = {
        {"street", "street"},         {"number", "houseNumber"},        {"box", "box"},
        {"postalCode", "postalCode"}, {"municipality", "municipality"}, {"country", "country"}};
    for (const auto &[from, to] : members) {
        const QString value = text(address, from);
        if (!value.isEmpty())
            out.insert(QLatin1String(to), value);
    }
    person.insert(QStringLiteral("address"), out);
    person.insert(QStringLiteral("workerRecords"), QJsonArray());
    return person;
}

QJsonObject occupationOf(const QJsonObject &data, const QDate &from, const QDate &to, bool ended)
{
    const QJsonObject contract = data.value(QLatin1String("contract")).toObject();
    const double hours = contract.value(QLatin1String("weeklyHours")).toDouble();
    const bool partTime = text(contract, "workingTime") == QLatin1String("partTime");
    double reference = contract.value(QLatin1String("referenceWeeklyHours")).toDouble();
    if (reference <= 0)
        reference = hours;
    double daysPerWeek = 5;
    if (partTime && reference > 0)
        daysPerWeek = std::clamp(round2(5.0 * hours / reference), 0.01, 7.0);

    QJsonObject occupation;
    occupation.insert(QStringLiteral("startDate"), from.toString(Qt::ISODate));
    if (ended)
        occupation.insert(QStringLiteral("endDate"), to.toString(Qt::ISODate));
    occupation.insert(QStringLiteral("jointCommissionNumber"),
                      dmfaJointCommittee(text(data, "jointCommittee")));
    occupation.insert(QStringLiteral("daysPerWeek"), daysPerWeek);
    if (hours > 0)
        occupation.insert(QStringLiteral("meanWorkingHours"), hours);
    if (reference > 0)
        occupation.insert(QStringLiteral("refMeanWorkingHours"), reference);
    occupation.insert(QStringLiteral("partTime"), partTime);

    QJsonArray services;
    const double days = round2(DmfaBuilder::weekdays(from, to) * daysPerWeek / 5.0);
    if (days > 0) {
        QJsonObject service{{QStringLiteral("code"), 1}, {QStringLiteral("days"), days}};
        if (hours > 0)
            service.insert(QStringLiteral("hours"), round2(days * hours / daysPerWeek));
        services.append(service);
    }
    occupation.insert(QStringLiteral("services"), services);
    QJsonArray remunerations;
    if (text(data, "workerType") == QLatin1String("FLX"))
        remunerations.append(
            QJsonObject{{QStringLiteral("code"), 22}, {QStringLiteral("amount"), 0}});
    occupation.insert(QStringLiteral("remunerations"), remunerations);
    return occupation;
}

} // namespace

QDate DmfaBuilder::quarterStart(int year, int quarter)
{
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate DmfaBuilder::quarterEnd(int year, int quarter)
{
    return quarterStart(year, quarter).addMonths(3).addDays(-1);
}

void DmfaBuilder::lastFinishedQuarter(const QDate &today, int *year, int *quarter)
{
    int q = (today.month() - 1) / 3; // the current quarter is q + 1
    int y = today.year();
    if (q == 0) {
        q = 4;
        --y;
    }
    *year = y;
    *quarter = q;
}

int DmfaBuilder::weekdays(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    const qint64 total = from.daysTo(to) + 1;
    qint64 full = total / 7;
    int count = int(full * 5);
    for (QDate d = from.addDays(full * 7); d <= to; d = d.addDays(1))
        count += d.dayOfWeek() <= 5 ? 1 : 0;
    return count;
}

bool DmfaBuilder::overlaps(const QJsonObject &staffData, int year, int quarter)
{
    const QJsonObject contract = staffData.value(QLatin1String("contract")).toObject();
    const QDate start = QDate::fromString(text(contract, "startDate"), Qt::ISODate);
    const QDate end = QDate::fromString(text(contract, "endDate"), Qt::ISODate);
    if (!start.isValid() || start > quarterEnd(year, quarter))
        return false;
    return !end.isValid() || end >= quarterStart(year, quarter);
}

QString DmfaBuilder::workerCode(const QJsonObject &staffData)
{
    const QString type = text(staffData, "workerType");
    if (type == QLatin1String("FLX"))
        return QStringLiteral("450");
    if (type == QLatin1String("STU"))
        return QStringLiteral("840");
    return QStringLiteral("495");
}

QJsonObject DmfaBuilder::build(int year, int quarter, const QList<QJsonObject> &staffData,
                               const QString &enterpriseNumber, const Options &options,
                               int *included)
{
    const QDate qStart = quarterStart(year, quarter);
    const QDate qEnd = quarterEnd(year, quarter);
    // Persons in first-seen order; the same national number twice is one person.
    QList<QJsonObject> persons;
    QMap<QString, int> personOfNiss;
    int used = 0;
    for (const QJsonObject &data : staffData) {
        if (text(data, "workerType") == QLatin1String("DWD") || !overlaps(data, year, quarter))
            continue;
        ++used;
        const QJsonObject contract = data.value(QLatin1String("contract")).toObject();
        const QDate start = QDate::fromString(text(contract, "startDate"), Qt::ISODate);
        const QDate end = QDate::fromString(text(contract, "endDate"), Qt::ISODate);
        const QDate from = std::max(start, qStart);
        const bool ended = end.isValid() && end <= qEnd;
        const QDate to = ended ? end : qEnd;

        const QString niss = text(data.value(QLatin1String("identity")).toObject(), "niss");
        int index = -1;
        if (!niss.isEmpty())
            index = personOfNiss.value(niss, -1);
        if (index < 0) {
            index = int(persons.size());
            persons.append(personOf(data));
            if (!niss.isEmpty())
                personOfNiss.insert(niss, index);
        }
        QJsonObject &person = persons[index];
        QJsonArray records = person.value(QLatin1String("workerRecords")).toArray();
        const QString code = workerCode(data);
        qsizetype recordIndex = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (text(records.at(i).toObject(), "workerCode") == code)
                recordIndex = i;
        }
        const QJsonObject occupation = occupationOf(data, from, to, ended);
        if (recordIndex < 0) {
            records.append(
                QJsonObject{{QStringLiteral("employerCategory"), options.employerCategory},
                            {QStringLiteral("workerCode"), code},
                            {QStringLiteral("startDate"), from.toString(Qt::ISODate)},
                            {QStringLiteral("endDate"), to.toString(Qt::ISODate)},
                            {QStringLiteral("occupations"), QJsonArray{occupation}}});
        } else {
            QJsonObject record = records.at(recordIndex).toObject();
            QJsonArray occupations = record.value(QLatin1String("occupations")).toArray();
            occupations.append(occupation);
            record.insert(QStringLiteral("occupations"), occupations);
            const QDate recordStart = QDate::fromString(text(record, "startDate"), Qt::ISODate);
            const QDate recordEnd = QDate::fromString(text(record, "endDate"), Qt::ISODate);
            record.insert(QStringLiteral("startDate"),
                          std::min(recordStart, from).toString(Qt::ISODate));
            record.insert(QStringLiteral("endDate"), std::max(recordEnd, to).toString(Qt::ISODate));
            records.replace(recordIndex, record);
        }
        person.insert(QStringLiteral("workerRecords"), records);
    }

    QJsonObject employer;
    if (!options.nssoRegistrationNumber.trimmed().isEmpty())
        employer.insert(QStringLiteral("nssoRegistrationNumber"),
                        options.nssoRegistrationNumber.trimmed());
    if (!enterpriseNumber.isEmpty())
        employer.insert(QStringLiteral("enterpriseNumber"), enterpriseNumber);
    QJsonArray naturalPersons;
    for (const QJsonObject &person : std::as_const(persons))
        naturalPersons.append(person);
    if (included)
        *included = used;
    return QJsonObject{{QStringLiteral("quarter"), QStringLiteral("%1%2").arg(year).arg(quarter)},
                       {QStringLiteral("employer"), employer},
                       {QStringLiteral("netOwedAmount"), 0},
                       {QStringLiteral("naturalPersons"), naturalPersons}};
}

} // namespace guichet::staff

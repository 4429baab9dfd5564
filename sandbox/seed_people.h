#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The people module's share of the demo world: staff registers of the demo enterprises, flexi
// earnings and student hours per month, self-employed incomes, and the citizens those rows are
// about that the core world does not list. Built deterministically from World (same content on
// every call): workers of the core world's Dimona periods for the demo enterprises are in their
// registers, the rest are made up here. Every identifier passes the Belgian checksums
// (tst_sandbox_people checks it with core/schema/formats.h).
namespace guichet::sandbox {

struct World;

struct StaffSeed
{
    QString enterpriseNumber;
    QJsonObject data; // a staff-record/1 document (validates against its schema)
};

// One month's figure of a citizen: flexi earnings in cents, or student hours.
struct MonthlyFigure
{
    QString nationalNumber;
    int year = 0;
    int month = 0; // 1..12
    qint64 value = 0;
};

struct SelfEmployedSeed
{
    QString nationalNumber;
    QDate activityStart;
    QList<QPair<int, qint64>> incomes;   // (income year, net taxable income in cents)
    std::optional<qint64> estimateCents; // the person's own estimate (starters)
};

// A citizen the people module knows of who is not a Person of the core world.
struct CitizenProfile
{
    QString nationalNumber;
    QString givenName;
    QString surname;
    QString address; // one line, like Person::address
    QStringList roles;
};

struct PeopleSeed
{
    QList<StaffSeed> staff;
    QList<MonthlyFigure> flexiEarnings;
    QList<MonthlyFigure> studentHours;
    QList<SelfEmployedSeed> selfEmployed;
    QList<CitizenProfile> citizens;

    // Built from World::demo() the first time (same content on every call).
    static const PeopleSeed &demo();
    static PeopleSeed build(const World &world);
};

// The demo enterprises the registers are made for.
inline constexpr const char *kBrasserieNumber = "0403019261";
inline constexpr const char *kBrasserieName = "Brasserie Janssens SRL";
inline constexpr const char *kBoulangerieName = "Boulangerie Dupont SA";

// 11-digit national number for a birth date and a counter (odd men, even women), with the check
// digits of the pre-2000 or the 2000+ rule as the year says. bisMonthShift 0, 20 or 40.
QString makeNationalNumber(const QDate &birthDate, int counter, int bisMonthShift = 0);
// Belgian IBAN for a 3-digit bank code and a 7-digit account number.
QString makeBelgianIban(int bankCode, int account);

} // namespace guichet::sandbox

#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What the people module's files (staff.cpp, citizens.cpp, helpdesk.cpp) share.
namespace guichet::sandbox::people {

// A citizen as the helpdesk sees them.
struct CitizenInfo
{
    QString nationalNumber;
    QString givenName;
    QString surname;
    QString address; // one line
    QStringList roles;
};

// Looks in the core world's people, then the people module's citizen profiles, then the most
// recent staff record holding that number (a worker registered after the seed). Defined in
// helpdesk.cpp.
std::optional<CitizenInfo> findCitizen(QSqlDatabase &db, const QString &nationalNumber);

// Euro cents as a JSON number of euros (1234567 -> 12345.67).
inline QJsonValue money(qint64 cents)
{
    return QJsonValue(double(cents) / 100.0);
}

// "true"/"1" -> true, "false"/"0" -> false, anything else nullopt.
inline std::optional<bool> parseBool(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// 11 digits (the national number path parameter's pattern; check digits are not asked for).
inline bool isNationalNumberShaped(const QString &text)
{
    if (text.size() != 11)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Staff records (staff.cpp): the JSON document of the staff-record form for each record of a
// national number, newest first.
QJsonArray staffRecordsOf(QSqlDatabase &db, const QString &nationalNumber);

} // namespace guichet::sandbox::people

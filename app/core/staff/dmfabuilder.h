#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// A DmfA draft (forms/dmfa/1) for one quarter from the staff register: every worker whose
// contract overlaps the quarter (except DWD, "Dimona without DmfA"), one natural person per
// national number, one worker record per worker code, one occupation per contract with its
// working time, and the normal working days of the quarter as service code 1. Wages are not in
// the register: remunerations stay to be filled in (a flexi worker gets a code 22 line of 0 so
// the flexi rule's structure is there), and so does the net amount owed (0).
namespace guichet::staff {

class DmfaBuilder
{
public:
    struct Options
    {
        QString nssoRegistrationNumber; // empty: left for the person to fill in
        QString employerCategory = QStringLiteral("010");
    };

    // year and quarter (1-4). included, if given, receives the number of register entries used.
    static QJsonObject build(int year, int quarter, const QList<QJsonObject> &staffData,
                             const QString &enterpriseNumber, const Options &options,
                             int *included = nullptr);

    static QDate quarterStart(int year, int quarter);
    static QDate quarterEnd(int year, int quarter);
    // The last quarter that has ended on `today`.
    static void lastFinishedQuarter(const QDate &today, int *year, int *quarter);
    // Whether a contract overlaps the quarter.
    static bool overlaps(const QJsonObject &staffData, int year, int quarter);
    // The DmfA worker code for a register entry: 450 for a flexi-job, 840 for a student, 495
    // (white-collar worker) otherwise [UNVERIFIED defaults; the register does not say manual
    // or white-collar].
    static QString workerCode(const QJsonObject &staffData);
    // Monday to Friday between two dates, both included.
    static int weekdays(const QDate &from, const QDate &to);
};

} // namespace guichet::staff

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The demo world: who exists, which enterprises, who may act for which enterprise, and the
// Dimona periods already on file. Built deterministically in memory (World::demo()); the core
// module copies it into its tables on the first start of a data folder, and other modules seed
// their own tables from it (staff registers, earnings...).
//
// Every identifier passes the Belgian checksums (tests/sandbox/tst_sandbox_core checks it with
// core/schema/formats.h).
namespace guichet::sandbox {

struct Person
{
    QString nationalNumber; // 11 digits, compact
    QString givenName;
    QString surname;
    QString address;   // one line: "Rue de la Loi 16, 1000 Bruxelles"
    QStringList roles; // "citizen" always; "self-employed", "employer", "helpdesk"
};

struct Enterprise
{
    QString number; // 10 digits, compact
    QString name;
    QString kind; // "employer" | "social-secretariat" | "service-provider"
    QString address;
    int jointCommittee = 0; // main joint committee (paritair comité), e.g. 302 hotels/catering
};

struct Mandate
{
    QString nationalNumber;      // who acts
    QString enterpriseNumber;    // for whom
    QString capacity;            // "employer" | "social-secretariat" | "service-provider"
    QString viaEnterpriseNumber; // the intermediary (secretariat) or empty for a direct mandate
};

// A Dimona period on file. periodId is 12 digits: 10 digits of sequence then a 2-digit check,
// check = 97 - (first 10 digits mod 97) (isValidDimonaPeriodId).
struct DimonaPeriod
{
    QString periodId;
    QString enterpriseNumber;
    QString nationalNumber; // the worker
    QString workerType;     // "OTH" ordinary, "STU" student, "FLX" flexi-job, "EXT" extra
    int jointCommittee = 0;
    QDate startDate;
    QDate endDate;  // null: open-ended
    QString status; // "open" | "closed" | "cancelled"
};

struct World
{
    QList<Person> people;
    QList<Enterprise> enterprises;
    QList<Mandate> mandates;
    QList<DimonaPeriod> dimonaPeriods;

    // The demo world every fresh data folder starts with (same content on every call).
    static const World &demo();

    const Person *person(const QString &nationalNumber) const;
    const Enterprise *enterprise(const QString &number) const;
};

// The demo identity: holds every role (see sandbox/seed.cpp).
inline constexpr const char *kDemoNationalNumber = "86031412323";

// 12 digits whose last two are 97 - (first ten mod 97).
bool isValidDimonaPeriodId(const QString &periodId);
// The 12-digit period id for a 10-digit sequence.
QString makeDimonaPeriodId(quint64 sequence);

} // namespace guichet::sandbox

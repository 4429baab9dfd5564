#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the portal knows when it checks a declaration: who files it and for whom, and the facts
// of the world the rules look up (Dimona periods, employers, workers' counters). The rules are
// pure functions of (data, RuleContext); the sandbox answers from its SQLite tables
// (declarations.cpp), the tests from RuleFacts.
namespace guichet::sandbox::rules {

// Who files, for whom and when. Plain data, copied into the context by the caller.
struct Filing
{
    QString declarantNationalNumber;
    QStringList declarantRoles;      // "citizen", "self-employed", "employer", "helpdesk"
    QStringList mandatedEnterprises; // enterprise numbers the declarant may act for
    QString onBehalfOf;              // empty, an enterprise number (10) or a national number (11)
    QDateTime submittedAt;           // UTC

    bool hasRole(const QString &role) const { return declarantRoles.contains(role); }
    bool onBehalfOfEnterprise() const { return onBehalfOf.size() == 10; }
    bool onBehalfOfCitizen() const { return onBehalfOf.size() == 11; }
    // The calendar day of the submission in Belgium: deadlines count in local days.
    QDate submissionDate() const;
};

struct DimonaPeriodFacts
{
    enum class State
    {
        Open,
        Closed,
        Cancelled
    };

    QString periodId;
    QString enterpriseNumber;
    QString workerNationalNumber;
    QString workerType; // zone 00655 code
    QDate startDate;
    QDate endDate;     // null: open-ended
    QString startHour; // HHMM or empty
    int plannedHours = 0;
    State state = State::Open;
};

// An hour quota for a worker type and year. `verified` is false for a figure the domain brief
// does not confirm: exceeding it is then only a warning, whatever the worker type.
struct HourQuota
{
    int hours = 0;
    bool verified = true;
};

// An earlier flexi-wage declaration, found by the reference the portal gave it (its ticket).
struct FlexiDeclarationFacts
{
    QString reference;
    QString debtor; // enterprise number or ONSS number, as declared
    QString beneficiary;
    QString relationId;
    bool cancelled = false;
};

struct PersonFacts
{
    QString nationalNumber;
    QString givenName;
    QString surname;
    bool pensioner = false;
};

class RuleContext
{
public:
    virtual ~RuleContext() = default;

    virtual const Filing &filing() const = 0;

    // --- Employers ---
    // The enterprise is in the repertory (KBO/BCE) as the portal knows it.
    virtual bool isKnownEnterprise(const QString &enterpriseNumber) const = 0;
    // The enterprise an ONSS registration number (9 digits) belongs to, if known.
    virtual std::optional<QString> enterpriseForNssoNumber(const QString &nssoNumber) const = 0;
    // The worker types (zone 00655) the employer may declare; nullopt: no restriction on file.
    virtual std::optional<QStringList>
    allowedWorkerTypes(const QString &enterpriseNumber) const = 0;

    // --- Dimona ---
    virtual std::optional<DimonaPeriodFacts> dimonaPeriod(const QString &periodId) const = 0;
    // Whether the worker meets the flexi-job access conditions on that day (4/5 employment in
    // T-3 elsewhere, or pensioner); nullopt when the portal has nothing on file.
    virtual std::optional<bool> flexiEligible(const QString &nationalNumber,
                                              const QDate &day) const = 0;
    // A Dimona FLX period of that worker with that employer covers [from, to].
    virtual bool hasFlexiPeriod(const QString &enterpriseNumber, const QString &nationalNumber,
                                const QDate &from, const QDate &to) const = 0;

    // --- Counters ---
    // Hours counted this calendar year against the worker type's quota ("STU" for the student
    // quota, "O17"/"S17"/"T17" for article 17), excluding the period `exceptPeriodId` (an UPDATE
    // replaces that period's planned hours).
    virtual int hoursUsed(const QString &nationalNumber, int year, const QString &workerType,
                          const QString &exceptPeriodId = {}) const = 0;
    // The article 17 hour quota of a year, if the portal has one.
    virtual std::optional<HourQuota> article17Quota(int year) const = 0;
    // Flexi wages earned this calendar year (euro cents), this declaration excluded.
    virtual qint64 flexiEarnedCents(const QString &nationalNumber, int year) const = 0;

    // --- People and earlier declarations ---
    virtual std::optional<PersonFacts> person(const QString &nationalNumber) const = 0;
    virtual std::optional<FlexiDeclarationFacts>
    flexiDeclaration(const QString &reference) const = 0;
};

// A RuleContext over plain values: what tst_rules and the documentation examples use.
class RuleFacts : public RuleContext
{
public:
    Filing filingData;
    QStringList enterprises;                 // known enterprise numbers
    QHash<QString, QString> nssoNumbers;     // ONSS number -> enterprise number
    QHash<QString, QStringList> workerTypes; // enterprise -> allowed worker types
    QList<DimonaPeriodFacts> periods;
    QHash<QString, bool> flexiEligibility; // national number -> eligible
    QHash<QString, int> hours;             // "<niss>/<year>/<STU|ART17>" -> hours
    std::optional<HourQuota> article17;    // every year
    QHash<QString, qint64> flexiEarnings;  // "<niss>/<year>" -> cents
    QList<PersonFacts> people;
    QList<FlexiDeclarationFacts> flexiDeclarations;

    const Filing &filing() const override { return filingData; }
    bool isKnownEnterprise(const QString &enterpriseNumber) const override;
    std::optional<QString> enterpriseForNssoNumber(const QString &nssoNumber) const override;
    std::optional<QStringList> allowedWorkerTypes(const QString &enterpriseNumber) const override;
    std::optional<DimonaPeriodFacts> dimonaPeriod(const QString &periodId) const override;
    std::optional<bool> flexiEligible(const QString &nationalNumber,
                                      const QDate &day) const override;
    bool hasFlexiPeriod(const QString &enterpriseNumber, const QString &nationalNumber,
                        const QDate &from, const QDate &to) const override;
    int hoursUsed(const QString &nationalNumber, int year, const QString &workerType,
                  const QString &exceptPeriodId = {}) const override;
    std::optional<HourQuota> article17Quota(int year) const override;
    qint64 flexiEarnedCents(const QString &nationalNumber, int year) const override;
    std::optional<PersonFacts> person(const QString &nationalNumber) const override;
    std::optional<FlexiDeclarationFacts> flexiDeclaration(const QString &reference) const override;
};

// The counter a worker type's hours go to: "STU", "ART17" (O17, S17, T17) or empty (none).
QString quotaCounter(const QString &workerType);

} // namespace guichet::sandbox::rules

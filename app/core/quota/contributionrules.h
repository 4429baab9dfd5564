#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>
#include <vector>

// The self-employed social contribution rules of a year (docs/DOMAIN.md §6) and the computation
// on them, shared by the client (the estimate of the self-employed workspace, offline too) and
// the sandbox (GET /citizens/{nn}/contributions). Pure functions over euro cents: sums stay exact
// and rounding happens once, half away from zero, at the end. A year without a verified figure
// has none (std::nullopt), so nobody guesses.
namespace guichet::quota {

// One slice of annual income and the rate on it, in basis points (2050 = 20.50 %).
struct Bracket
{
    qint64 fromCents = 0;
    std::optional<qint64> toCents; // none: no upper bound
    int rateBasisPoints = 0;
};

// The rules of one year (main occupation).
struct ContributionRules
{
    int year = 0;
    std::vector<Bracket> brackets;
    qint64 minimumQuarterlyCents = 0;
    // A starter (first four quarters of activity) whose basis is below the threshold pays the
    // reduced quarterly amount instead of the minimum.
    qint64 starterThresholdCents = 0;
    qint64 starterQuarterlyCents = 0;
};

// Only 2025 is verified (DOMAIN §6); other years have no rules.
std::optional<ContributionRules> contributionRules(int year);

// The most recent year not after `year` that has rules, nullopt when none does.
std::optional<int> latestContributionYear(int year);

// The annual contribution on an income (brackets only: no minimum), rounded to the cent.
qint64 annualContribution(const ContributionRules &rules, qint64 incomeCents);

struct ProvisionalContribution
{
    qint64 quarterlyCents = 0;
    qint64 annualCents = 0;        // four quarters
    bool minimumApplied = false;   // the brackets gave less than the minimum
    bool starterReduction = false; // the starter's reduced amount replaced the minimum
};

// The quarterly provisional contribution on a basis (the income of year N-3, or the person's
// own estimate): a quarter of the bracket amount, at least the minimum, or the starter's reduced
// amount when starter and the basis is below the starter threshold.
ProvisionalContribution provisionalContribution(const ContributionRules &rules, qint64 basisCents,
                                                bool starter);

// The income year provisional contributions of `year` are based on (N-3).
inline int basisYear(int year)
{
    return year - 3;
}

// How one quarter of the year stands for the person: nothing is due before the activity starts,
// and the first four quarters of activity are a starter's.
struct QuarterStanding
{
    int quarter = 0; // 1-4
    bool active = true;
    bool starter = false;
};

// The four quarters of `year` for an activity that started on (startYear, startMonth).
QList<QuarterStanding> quarterStandings(int year, int startYear, int startMonth);

// A year's provisional contributions on one basis, quarter by quarter.
struct YearEstimate
{
    QList<qint64> quarterCents;    // four amounts, 0 for an inactive quarter
    qint64 annualCents = 0;        // their sum
    qint64 bracketAnnualCents = 0; // what the brackets alone give on the basis for a full year
    // Those of the last active quarter (what a quarter costs now), nullopt when none is active.
    std::optional<ProvisionalContribution> latest;
};

// `quarters` as quarterStandings() gives them, or from the portal; an empty list counts four
// active quarters of someone who is not a starter.
YearEstimate estimateYear(const ContributionRules &rules, qint64 basisCents,
                          const QList<QuarterStanding> &quarters);

} // namespace guichet::quota

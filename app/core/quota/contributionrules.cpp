#include "core/quota/contributionrules.h"

#include <algorithm>

namespace guichet::quota {

namespace {

// value / divisor rounded half away from zero (value >= 0 here, divisor > 0).
qint64 roundedDivision(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    const qint64 remainder = value % divisor;
    return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

// Sum over the brackets of income slice x rate, in 1/10000 of a cent (exact).
qint64 bracketSum(const ContributionRules &rules, qint64 incomeCents)
{
    const qint64 income = std::max<qint64>(incomeCents, 0);
    qint64 sum = 0;
    for (const Bracket &bracket : rules.brackets) {
        if (income <= bracket.fromCents)
            break;
        const qint64 top = bracket.toCents ? std::min(income, *bracket.toCents) : income;
        sum += (top - bracket.fromCents) * bracket.rateBasisPoints;
    }
    return sum;
}

// The oldest year any rules could be asked for: the search for the latest one stops there.
constexpr int kFirstRulesYear = 2025;

} // namespace

std::optional<ContributionRules> contributionRules(int year)
{
    if (year != 2025)
        return std::nullopt;
    ContributionRules r;
    r.year = 2025;
    r.brackets = {
        {0, 7'344'752, 2050},
        {7'344'752, 10'823'840, 1416},
        {10'823'840, std::nullopt, 0},
    };
    r.minimumQuarterlyCents = 87'171;
    r.starterThresholdCents = 878'348;
    r.starterQuarterlyCents = 46'388;
    return r;
}

std::optional<int> latestContributionYear(int year)
{
    for (int y = year; y >= kFirstRulesYear; --y) {
        if (contributionRules(y))
            return y;
    }
    return std::nullopt;
}

qint64 annualContribution(const ContributionRules &rules, qint64 incomeCents)
{
    return roundedDivision(bracketSum(rules, incomeCents), 10'000);
}

ProvisionalContribution provisionalContribution(const ContributionRules &rules, qint64 basisCents,
                                                bool starter)
{
    ProvisionalContribution p;
    p.quarterlyCents = roundedDivision(bracketSum(rules, basisCents), 40'000);
    if (starter && basisCents < rules.starterThresholdCents) {
        p.quarterlyCents = rules.starterQuarterlyCents;
        p.starterReduction = true;
    } else if (p.quarterlyCents < rules.minimumQuarterlyCents) {
        p.quarterlyCents = rules.minimumQuarterlyCents;
        p.minimumApplied = true;
    }
    p.annualCents = 4 * p.quarterlyCents;
    return p;
}

QList<QuarterStanding> quarterStandings(int year, int startYear, int startMonth)
{
    const int startQuarter = startYear * 4 + (std::clamp(startMonth, 1, 12) - 1) / 3;
    QList<QuarterStanding> quarters;
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const int index = year * 4 + quarter - 1;
        const bool active = index >= startQuarter;
        quarters.append({quarter, active, active && index - startQuarter < 4});
    }
    return quarters;
}

YearEstimate estimateYear(const ContributionRules &rules, qint64 basisCents,
                          const QList<QuarterStanding> &quarters)
{
    const QList<QuarterStanding> standings = quarters.isEmpty()
                                                 ? QList<QuarterStanding>{{1, true, false},
                                                                          {2, true, false},
                                                                          {3, true, false},
                                                                          {4, true, false}}
                                                 : quarters;
    YearEstimate estimate;
    estimate.quarterCents = {0, 0, 0, 0};
    estimate.bracketAnnualCents = annualContribution(rules, basisCents);
    for (const QuarterStanding &q : standings) {
        if (!q.active || q.quarter < 1 || q.quarter > 4)
            continue;
        const ProvisionalContribution p = provisionalContribution(rules, basisCents, q.starter);
        estimate.quarterCents[q.quarter - 1] = p.quarterlyCents;
        estimate.latest = p;
    }
    for (qint64 cents : std::as_const(estimate.quarterCents))
        estimate.annualCents += cents;
    return estimate;
}

} // namespace guichet::quota

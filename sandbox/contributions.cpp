#include "contributions.h"

#include <algorithm>

namespace guichet::sandbox::contributions {

namespace {

// value / divisor rounded half away from zero (value >= 0 here, divisor > 0).
qint64 roundedDivision(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    const qint64 remainder = value % divisor;
    return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

// Sum over the brackets of income slice x rate, in 1/10000 of a cent (exact).
qint64 bracketSum(const Rules &rules, qint64 incomeCents)
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

} // namespace

std::optional<Rules> rules(int year)
{
    if (year != 2025)
        return std::nullopt;
    Rules r;
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

qint64 annualContribution(const Rules &rules, qint64 incomeCents)
{
    return roundedDivision(bracketSum(rules, incomeCents), 10'000);
}

Provisional provisional(const Rules &rules, qint64 basisCents, bool starter)
{
    Provisional p;
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

std::optional<qint64> flexiCeilingCents(int year)
{
    switch (year) {
    case 2024:
        return 1'200'000;
    case 2025:
        return 1'800'000;
    default:
        return std::nullopt;
    }
}

std::optional<int> studentQuotaHours(int year)
{
    if (year >= 2025)
        return 650;
    if (year >= 2023)
        return 600;
    return std::nullopt;
}

} // namespace guichet::sandbox::contributions

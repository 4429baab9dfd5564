#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

// The yearly figures behind the citizen data (../shared/docs/DOMAIN.md §4-§6) and the
// self-employed contribution computation. Pure functions over euro cents: sums stay exact and
// rounding happens once, half away from zero, at the end. A year without a verified figure has
// none (std::nullopt), so the API says null rather than guessing.
namespace guichet::sandbox::contributions {

// One slice of annual income and the rate on it, in basis points (2050 = 20.50 %).
struct Bracket
{
    qint64 fromCents = 0;
    std::optional<qint64> toCents; // none: no upper bound
    int rateBasisPoints = 0;
};

// The self-employed social contribution rules of one year (main occupation).
struct Rules
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
std::optional<Rules> rules(int year);

// The annual contribution on an income (brackets only: no minimum), rounded to the cent.
qint64 annualContribution(const Rules &rules, qint64 incomeCents);

struct Provisional
{
    qint64 quarterlyCents = 0;
    qint64 annualCents = 0;        // four quarters
    bool minimumApplied = false;   // the brackets gave less than the minimum
    bool starterReduction = false; // the starter's reduced amount replaced the minimum
};

// The quarterly provisional contribution on a basis (the income of year N-3, or the person's
// own estimate): a quarter of the bracket amount, at least the minimum, or the starter's reduced
// amount when starter and the basis is below the starter threshold.
Provisional provisional(const Rules &rules, qint64 basisCents, bool starter);

// The income year provisional contributions of year are based on (N-3).
inline int basisYear(int year)
{
    return year - 3;
}

// Flexi-job tax-free ceiling for non-pensioners: 2024 12,000, 2025 18,000; later years are
// indexed figures not yet verified, earlier years had no such ceiling.
std::optional<qint64> flexiCeilingCents(int year);

// Student@Work hours per calendar year: 600 for 2023-2024, 650 from 2025. Earlier years are not
// given (the 475-hour era's first year is not in the domain brief).
std::optional<int> studentQuotaHours(int year);

} // namespace guichet::sandbox::contributions

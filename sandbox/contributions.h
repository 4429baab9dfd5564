#pragma once

#include "core/quota/contributionrules.h"
#include "core/quota/quotayear.h"

#include <QtGlobal>

#include <optional>

// The yearly figures behind the citizen data (../shared/docs/DOMAIN.md §4-§6) and the
// self-employed contribution computation, under the names the sandbox's modules use. The
// computation itself lives in guichet_core (core/quota), shared with the client's self-employed
// workspace, so the portal and Guichet's estimate can never disagree.
namespace guichet::sandbox::contributions {

using Bracket = quota::Bracket;
using Rules = quota::ContributionRules;
using Provisional = quota::ProvisionalContribution;

// Only 2025 is verified (DOMAIN §6); other years have no rules.
inline std::optional<Rules> rules(int year)
{
    return quota::contributionRules(year);
}

// The annual contribution on an income (brackets only: no minimum), rounded to the cent.
inline qint64 annualContribution(const Rules &rules, qint64 incomeCents)
{
    return quota::annualContribution(rules, incomeCents);
}

// The quarterly provisional contribution on a basis: a quarter of the bracket amount, at least
// the minimum, or the starter's reduced amount (core/quota/contributionrules.h).
inline Provisional provisional(const Rules &rules, qint64 basisCents, bool starter)
{
    return quota::provisionalContribution(rules, basisCents, starter);
}

// The income year provisional contributions of year are based on (N-3).
inline int basisYear(int year)
{
    return quota::basisYear(year);
}

// Flexi-job tax-free ceiling for non-pensioners (null for years without a verified figure).
inline std::optional<qint64> flexiCeilingCents(int year)
{
    return quota::QuotaYear::flexiCeilingCents(year);
}

// Student@Work hours per calendar year (null before 2023).
inline std::optional<int> studentQuotaHours(int year)
{
    return quota::QuotaYear::studentQuotaHours(year);
}

} // namespace guichet::sandbox::contributions

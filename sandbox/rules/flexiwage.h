#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/flexi-wage/1 (its RULES.md; DOMAIN.md §4):
//   debtor   NSSO-RANGE (B), NSSO-CHECK (W), 00014-235 (B), EMPLOYER-MISMATCH /
//            EMPLOYER-NO-MANDATE (B) at /debtor/<field>
//   FLEXI-END-BEFORE-START (B) /period/endDate
//   FLEXI-PERIOD-BEFORE-2025 (B) /period/startDate: Flexi At Work covers pay from 1/1/2025
//   FLEXI-LATE (W) /period/endDate: more than 5 days after the period's end (the payslip date
//            is not in the form, so the period's end stands for it)
//   FLEXI-REFERENCE-UNKNOWN / -CANCELLED / -MISMATCH (B) /originalReference: a modification or
//            cancellation names an earlier declaration of the same debtor, worker and relation
//   FLEXI-NO-DIMONA (W) /beneficiary/inss: no Dimona FLX period covers the pay period
//   90017-510 (W) /beneficiary/inss: flexi access conditions not met
//   FLEXI-CEILING (W, never blocking) /financialElements: the year's flexi income over the
//            tax-free ceiling of a non-pensioner (no check for a year without a verified figure)
namespace guichet::sandbox::rules {

QList<Anomaly> checkFlexiWage(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

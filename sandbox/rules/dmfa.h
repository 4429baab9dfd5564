#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/dmfa/1 (its RULES.md). DOMAIN.md documents no DmfA anomaly codes, so
// the codes are the sandbox's own:
//   employer   NSSO-RANGE (B), NSSO-CHECK (W), 00014-235 (B), EMPLOYER-MISMATCH /
//              EMPLOYER-NO-MANDATE (B) at /employer/<field>
//   DMFA-QUARTER-NOT-ENDED (B) /quarter: only finished quarters are declared
//   DMFA-LATE (W, unverified deadline: end of the month after the quarter) /quarter
//   DMFA-DUPLICATE-PERSON (B) /naturalPersons/<i>/inss
//   DMFA-END-BEFORE-START (B) .../workerRecords/<j>/endDate, .../occupations/<k>/endDate
//   DMFA-DATE-OUTSIDE-QUARTER (B) the worker record's and occupations' dates
//   DMFA-PART-TIME-HOURS (B) .../occupations/<k>/meanWorkingHours: part-time S < Q
//   DMFA-FULL-TIME-HOURS (B) .../occupations/<k>/meanWorkingHours: full-time S = Q
//   DMFA-FLEXI-CEILING (W) /naturalPersons/<i>/inss: flexi wages (code 22) over the year's
//              tax-free ceiling for a non-pensioner
namespace guichet::sandbox::rules {

QList<Anomaly> checkDmfa(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

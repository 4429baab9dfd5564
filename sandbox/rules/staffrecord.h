#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/staff-record/1 (its RULES.md). The employer is the enterprise the
// declaration is filed for (onBehalfOf):
//   STAFF-EMPLOYER-MISSING (B) "": filed for no enterprise
//   EMPLOYER-NO-MANDATE (B) "": filed for an enterprise the declarant does not act for
//   STAFF-END-BEFORE-START (B) /contract/endDate
//   STAFF-PART-TIME-HOURS (B) /contract/weeklyHours: part-time hours below the reference
//   STAFF-FULL-TIME-HOURS (B) /contract/weeklyHours: full-time hours equal to the reference
//   STAFF-IDENTITY-MISMATCH (W) /identity/<lastName|firstName|birthDate|sex>: the national
//            register's data (birth date and sex come from the number itself) win over the
//            typed ones
namespace guichet::sandbox::rules {

QList<Anomaly> checkStaffRecord(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

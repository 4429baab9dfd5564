#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/dimona/1 (its RULES.md; DOMAIN.md §2 for the anomaly codes). The data
// has passed the schema. Rules and their anomalies:
//   employer      NSSO-RANGE (B), NSSO-CHECK (W, unverified), 00014-235 (B), EMPLOYER-MISMATCH /
//                 EMPLOYER-NO-MANDATE (B), at /employer/<field>
//   IN            00655-350 worker type not allowed for the employer (B)
//   /dimonaIn/features/workerType
//                 DIMONA-END-BEFORE-START (B) /dimonaIn/endDate
//                 DIMONA-END-HOUR-BEFORE-START (B) /dimonaIn/endHour (one-day period)
//                 DIMONA-START-HOUR-REQUIRED (B, zone 00777) /dimonaIn/startHour (one-day FLX)
//                 DIMONA-LATE-IN (W) /dimonaIn/startDate (filed after work started)
//                 90017-369 hour quota exceeded /dimonaIn/plannedHoursNumber: W for students,
//                 B for O17/S17/T17 when the article 17 quota is a verified figure
//                 90017-510 flexi access conditions not met (W) /worker/ssin
//   OUT           00913-354 period unknown (or another employer's, or wrong check digits),
//                 00913-355 cancelled, 00913-356 already closed (B) /dimonaOut/periodId
//                 DIMONA-OUT-BEFORE-IN (B) /dimonaOut/endDate
//                 DIMONA-LATE-OUT (W) /dimonaOut/endDate (after the first working day after it)
//   UPDATE        00913-354 / 00913-355 (B) /dimonaUpdate/periodId
//                 DIMONA-END-BEFORE-START, DIMONA-END-HOUR-BEFORE-START (B)
//                 DIMONA-PLANNED-HOURS-FORBIDDEN (B, zone 01135) for a period not STU/O17/S17
//                 DIMONA-END-DATE-REQUIRED (B) for a student period
//                 DIMONA-START-HOUR-REQUIRED (B, zone 00777) for EXT and one-day FLX periods
//                 90017-369 as for IN, the period's own hours replaced by the new figure
//   CANCEL        00913-354 / 00913-355 (B) /dimonaCancel/periodId
//                 DIMONA-LATE-CANCEL (W) /dimonaCancel/periodId (after the period's first day)
// A worker identified without a national number is not an anomaly: the result is S
// (dimonaAwaitsIdentification).
namespace guichet::sandbox::rules {

QList<Anomaly> checkDimona(const json::Value &data, const RuleContext &context);

// An IN whose worker has no national number: Sigedis must identify the person first (result S).
bool dimonaAwaitsIdentification(const json::Value &data);

} // namespace guichet::sandbox::rules

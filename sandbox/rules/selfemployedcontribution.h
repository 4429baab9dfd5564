#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/selfemployed-contribution-adjustment/1 (its RULES.md; DOMAIN.md §6):
//   NISS-NOT-OWN (B) /niss: only for oneself (a fund or helpdesk agent is not this form's case)
//   00014-235 (B) /enterpriseNumber: not in the repertory
//   SELF-ENTERPRISE-NOT-LINKED (W) /enterpriseNumber: not an enterprise the person acts for
//   SELF-YEAR-OUTSIDE-WINDOW (B) /year: only the current and the next year can be adjusted
//            (earlier years are being regularised)
// Increases are always accepted; the decrease's justification is the schema's (and the fund's).
namespace guichet::sandbox::rules {

QList<Anomaly> checkSelfEmployedContribution(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/citizen-address-change/1 (its RULES.md; DOMAIN.md §8):
//   NISS-NOT-OWN (B) /niss: a citizen files for themself
//   HELPDESK-ROLE-REQUIRED (B) /filedBy: filedBy "helpdesk" needs the helpdesk role
//   HELPDESK-AGENT-MISMATCH (B) /onBehalfOf/agentId: the agent is the signed-in user
//   HELPDESK-CITIZEN-MISMATCH (B) /niss: the citizen is the one the declaration is filed for
//   ADDRESS-MOVE-IN-FUTURE (B) /moveDate
//   ADDRESS-MOVE-TOO-OLD (W) /moveDate: more than kMoveWindowDays ago (the sandbox's setting; no
//            legal delay is documented, so the municipality decides)
namespace guichet::sandbox::rules {

inline constexpr int kMoveWindowDays = 365;

QList<Anomaly> checkCitizenAddressChange(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

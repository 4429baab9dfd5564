#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QList>

// Business rules of forms/citizen-bank-account-change/1 (its RULES.md):
//   BANK-HELPDESK-REFUSED (B) "": version 1 has no on-behalf block, so nobody files it for
//            someone else (a helpdesk session included)
//   NISS-NOT-OWN (B) /niss
//   BANK-BIC-COUNTRY (B) /bic: letters 5-6 of the BIC are the IBAN's country
//   BANK-EFFECTIVE-DATE-PAST (B) /effectiveDate
//   BANK-HOLDER-NAME (W) /accountHolder: the holder's name does not contain the citizen's
//            registered surname
namespace guichet::sandbox::rules {

QList<Anomaly> checkCitizenBankAccountChange(const json::Value &data, const RuleContext &context);

} // namespace guichet::sandbox::rules

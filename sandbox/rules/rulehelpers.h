#pragma once

#include "anomaly.h"
#include "rulecontext.h"

#include "core/json/value.h"

#include <QDate>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

// What the per-form rules share: reading the (schema-valid) data, making anomalies, and the
// employer checks common to every employer form. Internal to sandbox/rules.
namespace guichet::sandbox::rules::detail {

// The value at a path of member names; nullptr when absent.
const json::Value *at(const json::Value &data, std::initializer_list<const char *> path);
// A string member as QString; empty when absent or not a string.
QString text(const json::Value *value);
// An ISO date member; nullopt when absent or not a date.
std::optional<QDate> date(const json::Value *value);
// A number member; nullopt when absent or not a number.
std::optional<double> number(const json::Value *value);
// "HHMM" -> minutes since midnight; nullopt when absent or malformed.
std::optional<int> minutes(const QString &hhmm);

Anomaly blocking(const QString &code, const QString &pointer, const LocalizedText &message);
Anomaly warning(const QString &code, const QString &pointer, const LocalizedText &message);

// The first day after `day` that is neither a Saturday nor a Sunday (public holidays are not
// known to the sandbox).
QDate nextWorkingDay(const QDate &day);

// Letters only, lower case, accents removed: "Van den Berghe-Müller" -> "vandenberghemuller".
QString nameKey(const QString &name);

// The employer a declaration names, as an object {enterpriseNumber | nssoRegistrationNumber}
// found at `base` ("/employer", "/debtor"): checks the ONSS number's range (blocking) and check
// rule (warning, unverified), that the enterprise is in the repertory (00014-235), and that the
// declarant acts for it (the enterprise given as onBehalfOf, else one of their mandates).
// Returns the enterprise number the employer resolves to, empty when it is unknown or the
// declarant may not act for it.
QString checkEmployer(const json::Value *employer, const QString &base, const RuleContext &context,
                      QList<Anomaly> &anomalies);

// The national number must be the declarant's own (citizen and self-employed forms).
void checkOwnNationalNumber(const QString &nationalNumber, const QString &pointer,
                            const RuleContext &context, QList<Anomaly> &anomalies);

} // namespace guichet::sandbox::rules::detail

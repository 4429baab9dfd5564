#pragma once

#include "core/json/value.h"

#include <QByteArray>
#include <QString>

#include <string>

// The declarations module (docs/API.md "Declarations"): POST /declarations with idempotency,
// asynchronous processing that survives a restart (state in SQLite, timers re-armed on start),
// GET one / list, the signed receipt, and GET /admin/declarations. The checks themselves are in
// rules/ (DeclarationChecker). What is exposed here is what tests check directly.
namespace guichet::sandbox::declarations {

// A JSON value written so that two requests that are the same JSON values (API.md: "compared as
// JSON values") give the same text: object members sorted by key, numbers by their value
// (1, 1.0 and 1e0 alike), no whitespace.
std::string canonicalJson(const json::Value &value);

// Lower-case hex SHA-256 of bytes.
QString sha256Hex(const QByteArray &bytes);

// The reference a person quotes: "GCH-2026-000123".
QString ticket(int year, qint64 sequence);

// The 12-digit Dimona period id of an IN accepted in `year` as the sandbox's `sequence`-th
// declaration: 10 digits year * 10^6 + sequence, then the check digits of makeDimonaPeriodId.
QString newPeriodId(int year, qint64 sequence);

} // namespace guichet::sandbox::declarations

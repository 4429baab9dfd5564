#pragma once

#include "core/json/value.h"

#include <QJsonValue>

// Conversions to and from Qt's JSON types for the UI layer. QJsonValue holds numbers as doubles
// and sorts object keys: converting to it loses number text and member order.
namespace guichet::json {

QJsonValue toQJsonValue(const Value &value);
// Integral doubles within 2^53 are written without a fraction ("3", not "3.0").
Value fromQJsonValue(const QJsonValue &value);

} // namespace guichet::json

#pragma once

#include <QLoggingCategory>
#include <QString>

// Logging categories, one per module, and the redaction every log line goes through.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSchema)
Q_DECLARE_LOGGING_CATEGORY(lcForms)
Q_DECLARE_LOGGING_CATEGORY(lcDrafts)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcEid)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace guichet::logging {

// Masks what must never reach a log: national numbers (11 digits, bare or printed as
// 85.07.30-033.28) keep only their first two digits, bearer tokens and PIN values disappear.
QString redact(const QString &text);

// Installs a Qt message handler that passes every message through redact() before the default
// handler writes it. Call once, early in main().
void installRedactingMessageHandler();

} // namespace guichet::logging

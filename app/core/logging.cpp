#include "logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApp, "guichet.app")
Q_LOGGING_CATEGORY(lcSchema, "guichet.schema")
Q_LOGGING_CATEGORY(lcForms, "guichet.forms")
Q_LOGGING_CATEGORY(lcDrafts, "guichet.drafts")
Q_LOGGING_CATEGORY(lcSync, "guichet.sync")
Q_LOGGING_CATEGORY(lcApi, "guichet.api")
Q_LOGGING_CATEGORY(lcEid, "guichet.eid")
Q_LOGGING_CATEGORY(lcUi, "guichet.ui")

namespace guichet::logging {

namespace {
QtMessageHandler s_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previousHandler)
        s_previousHandler(type, context, redact(message));
}
} // namespace

QString redact(const QString &text)
{
    // Allocated once and never destroyed: Qt logs while the process exits (plugins unloading),
    // after function-local statics are gone, and those lines must be redacted too.
    // 11 digits not part of a longer number, optionally printed with dots and a dash.
    static const QRegularExpression &niss = *new QRegularExpression(
        QStringLiteral(R"((?<![\d.])(\d{2})\.?(\d{2})\.?(\d{2})[-.]?(\d{3})\.?(\d{2})(?![\d]))"));
    static const QRegularExpression &bearer =
        *new QRegularExpression(QStringLiteral(R"((Bearer\s+)[A-Za-z0-9._~+/=-]+)"),
                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression &pin = *new QRegularExpression(
        QStringLiteral(R"(((?:pin|passphrase|password)(?:-value)?\s*[=:]\s*)\S+)"),
        QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    out.replace(niss, QStringLiteral("\\1*********"));
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(pin, QStringLiteral("\\1[redacted]"));
    return out;
}

void installRedactingMessageHandler()
{
    s_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace guichet::logging

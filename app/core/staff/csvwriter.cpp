#include "core/staff/csvwriter.h"

namespace guichet::staff {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString CsvWriter::field(const QString &value, const Options &options)
{
    QString out = value;
    if (options.guardFormulas && !out.isEmpty() && isFormulaStart(out.at(0)))
        out.prepend(QLatin1Char('\''));
    const bool needsQuotes = out.contains(options.separator) || out.contains(QLatin1Char('"')) ||
                             out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r')) ||
                             (!out.isEmpty() && (out.front().isSpace() || out.back().isSpace()));
    if (!needsQuotes)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::unguard(const QString &value)
{
    if (value.size() >= 2 && value.at(0) == QLatin1Char('\'') && isFormulaStart(value.at(1)))
        return value.mid(1);
    return value;
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows,
                            const Options &options)
{
    const QString lineEnd = options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString text;
    auto append = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += options.separator;
            text += field(fields.at(i), options);
        }
        text += lineEnd;
    };
    append(header);
    for (const QStringList &row : rows)
        append(row);
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

} // namespace guichet::staff

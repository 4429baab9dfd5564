#include "core/staff/csvparser.h"

#include <QCoreApplication>

namespace guichet::staff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::staff", text);
}

struct Record
{
    int line = 0;
    QStringList fields;
    QString problem;
};

// Reads one record from text at pos (moved past it and its line end); line counts physical lines.
Record readRecord(const QString &text, qsizetype &pos, int &line, QChar separator)
{
    Record record;
    record.line = line;
    QString field;
    bool quoted = false;     // the field began with a quote
    bool inQuotes = false;   // inside the quotes now
    bool afterQuote = false; // the closing quote was read
    auto push = [&] {
        record.fields.append(quoted ? field : field.trimmed());
        field.clear();
        quoted = inQuotes = afterQuote = false;
    };
    const qsizetype size = text.size();
    while (pos < size) {
        const QChar c = text.at(pos);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (pos + 1 < size && text.at(pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    pos += 2;
                    continue;
                }
                inQuotes = false;
                afterQuote = true;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                // A line break inside a field is kept as one "\n", whatever the file used.
                ++line;
                if (c == QLatin1Char('\r') && pos + 1 < size &&
                    text.at(pos + 1) == QLatin1Char('\n'))
                    ++pos;
                field += QLatin1Char('\n');
                ++pos;
                continue;
            }
            field += c;
            ++pos;
            continue;
        }
        if (c == separator) {
            push();
            ++pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            ++line;
            if (c == QLatin1Char('\r') && pos + 1 < size && text.at(pos + 1) == QLatin1Char('\n'))
                ++pos;
            ++pos;
            push();
            return record;
        }
        if (c == QLatin1Char('"') && !quoted && field.trimmed().isEmpty()) {
            quoted = inQuotes = true;
            field.clear();
            ++pos;
            continue;
        }
        if (afterQuote) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                ++pos;
                continue;
            }
            if (record.problem.isEmpty())
                record.problem = QStringLiteral("csv.textAfterQuote");
        }
        field += c;
        ++pos;
    }
    if (inQuotes && record.problem.isEmpty())
        record.problem = QStringLiteral("csv.unterminatedQuote");
    push();
    return record;
}

bool isEmptyRecord(const Record &record)
{
    for (const QString &f : record.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return record.problem.isEmpty();
}

// The raw text of the first non-empty line (up to its unquoted line end), for detection.
QStringView firstRecordText(const QString &text, qsizetype from)
{
    qsizetype start = from;
    while (start < text.size() &&
           (text.at(start) == QLatin1Char('\r') || text.at(start) == QLatin1Char('\n')))
        ++start;
    bool inQuotes = false;
    qsizetype end = start;
    for (; end < text.size(); ++end) {
        const QChar c = text.at(end);
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\r') || c == QLatin1Char('\n')))
            break;
    }
    return QStringView(text).mid(start, end - start);
}

} // namespace

qsizetype CsvParser::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

QChar CsvParser::detectSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (commas > semicolons && commas >= tabs)
        return QLatin1Char(',');
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(';');
}

Expected<CsvTable> CsvParser::parse(const QByteArray &bytes, const Options &options)
{
    CsvTable table;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        table.byteOrderMark = true;
        data.remove(0, 3);
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const int line = int(data.left(bad).count('\n')) + 1;
        return Error{QStringLiteral("csv.encoding"),
                     tr("The file is not in UTF-8 (line %1). Save it from your spreadsheet as "
                        "\"CSV UTF-8\" and try again.")
                         .arg(line),
                     {QString::number(line), QString::number(bad + (table.byteOrderMark ? 3 : 0))}};
    }
    const QString text = QString::fromUtf8(data);

    qsizetype pos = 0;
    int line = 1;
    QChar separator = options.separator;
    // Excel's "sep=;" first line names the separator.
    {
        const QStringView first = firstRecordText(text, 0);
        QString hint = first.trimmed().toString();
        if (hint.size() >= 2 && hint.startsWith(QLatin1Char('"')) &&
            hint.endsWith(QLatin1Char('"')))
            hint = hint.mid(1, hint.size() - 2);
        if (hint.size() == 5 && hint.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) &&
            text.startsWith(first)) {
            if (separator.isNull())
                separator = hint.at(4);
            Record skipped = readRecord(text, pos, line, QLatin1Char('\0'));
            Q_UNUSED(skipped);
        }
    }
    if (separator.isNull())
        separator = detectSeparator(firstRecordText(text, pos));
    table.separator = separator;

    bool haveHeader = false;
    while (pos < text.size()) {
        Record record = readRecord(text, pos, line, separator);
        if (isEmptyRecord(record))
            continue;
        if (!haveHeader) {
            table.header = record.fields;
            table.headerLine = record.line;
            table.headerProblem = record.problem;
            haveHeader = true;
            continue;
        }
        table.rows.append(CsvRow{record.line, std::move(record.fields), record.problem});
    }
    if (!haveHeader) {
        return Error{QStringLiteral("csv.empty"),
                     tr("The file is empty: it needs a header line naming the columns."),
                     {}};
    }
    return table;
}

} // namespace guichet::staff

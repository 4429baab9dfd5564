#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Reading the CSV files people save from spreadsheets (docs/staff-csv.md): UTF-8 with or without
// a byte order mark, `;` (what Belgian spreadsheets write) or `,` or a tab between fields, found
// from the header line or an Excel "sep=;" first line, fields in double quotes with "" for a
// quote and line breaks inside, CRLF, LF or CR line ends. Empty lines (also ";;;" lines that a
// spreadsheet leaves below a table) are skipped.
namespace guichet::staff {

// One record of the file.
struct CsvRow
{
    int line = 0; // physical line (1-based) where the record starts, as an editor shows it
    QStringList fields;
    // Empty, or what was wrong with the record's quoting; the fields are still read as well as
    // possible: "csv.unterminatedQuote" (a quoted field runs to the end of the file),
    // "csv.textAfterQuote" (characters between a closing quote and the next separator).
    QString problem;
};

struct CsvTable
{
    QChar separator;
    bool byteOrderMark = false;
    QStringList header; // the first non-empty record
    int headerLine = 0;
    QList<CsvRow> rows; // the records after the header, empty ones left out
    // The header record's own quoting problem, if any.
    QString headerProblem;
};

class CsvParser
{
public:
    struct Options
    {
        // Null: "sep=X" on the first line, else detected from the header line.
        QChar separator;
    };

    // Errors: "csv.encoding" (the file is not UTF-8; params = {line, byte offset}),
    // "csv.empty" (no header line). Messages in the current UI language.
    static Expected<CsvTable> parse(const QByteArray &bytes, const Options &options = {});

    // The most frequent of ';', ',' and tab outside quotes in text (one record); ';' on a tie
    // or when there is none.
    static QChar detectSeparator(QStringView text);

    // Byte offset of the first byte that is not well-formed UTF-8, -1 when all are.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};

} // namespace guichet::staff

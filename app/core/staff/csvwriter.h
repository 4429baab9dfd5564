#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Writing CSV that spreadsheets open as they are (docs/staff-csv.md): UTF-8 with a byte order
// mark (without it Excel reads the file as ANSI), `;` between fields, CRLF line ends, and
// double quotes only around fields that need them.
namespace guichet::staff {

class CsvWriter
{
public:
    struct Options
    {
        QChar separator = QLatin1Char(';');
        bool byteOrderMark = true;
        bool crlf = true;
        // A text field starting with = + - @ (or a tab or CR) gets a leading apostrophe, so a
        // spreadsheet shows it as text instead of running it as a formula ("CSV injection").
        // The staff CSV reader drops that apostrophe again.
        bool guardFormulas = true;
    };

    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            const Options &options);
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows)
    {
        return write(header, rows, Options{});
    }
    // One field as it is written: guarded, then quoted when it holds the separator, a quote, a
    // line break or surrounding spaces.
    static QString field(const QString &value, const Options &options);
    // Whether a value read from a cell was guarded by field() (and what it was).
    static QString unguard(const QString &value);
};

} // namespace guichet::staff

#pragma once

#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The staff register's CSV columns (docs/staff-csv.md) and how a row becomes a staff-record/1
// document and back. Reading is forgiving about how spreadsheets write things (decimal comma,
// 31/12/2026, "85.07.30-033.28", a national number that lost its leading 0) but never guesses
// a meaning: a cell it cannot convert is kept as text, so the form's schema refuses it with a
// message that says why.
namespace guichet::staff {

struct StaffColumn
{
    enum class Kind
    {
        Text,           // trimmed text
        Code,           // upper-case code (sex, nationality, worker type)
        Country,        // upper-case country code; empty means BE
        Choice,         // one of `choices`, matched without regard to case
        NationalNumber, // separators dropped; a leading 0 restored when a spreadsheet dropped it
        Iban,           // separators dropped, upper case
        Date,           // YYYY-MM-DD, or DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY
        Decimal,        // 37,5 or 37.5
        JointCommittee, // 140.03 (140,03 accepted)
    };

    QString name;    // as the header writes it ("startDate")
    QString pointer; // in the staff-record document ("/contract/startDate")
    Kind kind = Kind::Text;
    QStringList choices;
};

class StaffCsv
{
public:
    // In the documented order (the order an export writes).
    static const std::vector<StaffColumn> &columns();
    static QStringList headerNames();
    // The column of a header name (case, spaces, '_' and '-' ignored), -1 when unknown.
    static int columnIndex(const QString &name);
    // The column whose pointer is pointer or holds it, -1 when none.
    static int columnForPointer(const QString &pointer);

    // Which column each field of the header is (-1: unknown), and what is wrong with it.
    struct HeaderMap
    {
        QList<int> columnOf;
        QStringList unknown;    // header names that are no column
        QStringList duplicated; // columns named twice
        QStringList missing;    // always-required columns absent from the header
        bool isUsable() const { return unknown.isEmpty() && duplicated.isEmpty(); }
    };
    static HeaderMap mapHeader(const QStringList &header);

    // A row's cells as a staff-record document. Empty cells leave the member out.
    static QJsonObject documentFromRow(const HeaderMap &map, const QStringList &fields);
    // One cell's value for a column (undefined for an empty cell).
    static QJsonValue cellValue(const StaffColumn &column, const QString &cell);
    // A document's cells in columns() order; numbers with decimalSeparator.
    static QStringList rowFromDocument(const QJsonObject &data,
                                       QChar decimalSeparator = QLatin1Char(','));
};

} // namespace guichet::staff

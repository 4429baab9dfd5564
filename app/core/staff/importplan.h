#pragma once

#include "core/expected.h"
#include "core/forms/formdefinition.h"
#include "core/schema/validationerror.h"

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

// What a staff CSV file would add to the register, row by row, before anything is written: each
// row as a staff-record/1 document checked by the form's own schema (formats asserted, as the
// portal checks them), plus the checks the schema cannot make (quoting, duplicates, end before
// start). Issues are data; their text is made when shown, in the language of that moment.
namespace guichet::staff {

struct ImportIssue
{
    enum class Kind
    {
        Schema,              // error: the form's schema refuses a value
        Quoting,             // code: csv.unterminatedQuote / csv.textAfterQuote
        ExtraFields,         // count: more fields than the header has columns
        EndBeforeStart,      // the contract ends before it starts
        DuplicateInFile,     // otherLine: the same worker and start date earlier in the file
        DuplicateInRegister, // the same worker and start date is already in the register
    };
    Kind kind = Kind::Schema;
    schema::ValidationError error;
    QString code;
    int otherLine = 0;
    int count = 0;

    // "niss: This is not a valid national register number." in the current UI language.
    QString text(const forms::FormDefinition &form) const;
    // The CSV column the issue is about, empty when it is about the whole row.
    QString column() const;
};

struct ImportRow
{
    int line = 0; // where the row starts in the file
    QJsonObject document;
    QList<ImportIssue> issues;
    bool isValid() const { return issues.isEmpty(); }
};

class ImportPlan
{
public:
    // Reads and checks a whole file. Pure: runs on any thread (form is immutable). progress, if
    // given, is called now and then with (rows checked, rows). existingKeys are the register's
    // StaffRecord::duplicateKey()s. Errors: CsvParser's, "csv.header" (unknown, repeated or
    // missing columns; the message names them).
    static Expected<ImportPlan> analyse(const QByteArray &bytes, const forms::FormDefinition &form,
                                        const QSet<QString> &existingKeys,
                                        const std::function<void(int, int)> &progress = {});

    QChar separator() const { return m_separator; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }
    const QList<ImportRow> &rows() const { return m_rows; }
    int validCount() const;
    int invalidCount() const { return int(m_rows.size()) - validCount(); }

private:
    QChar m_separator;
    bool m_byteOrderMark = false;
    QList<ImportRow> m_rows;
};

} // namespace guichet::staff

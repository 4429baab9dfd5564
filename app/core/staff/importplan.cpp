#include "core/staff/importplan.h"

#include "core/json/qtjson.h"
#include "core/schema/messages.h"
#include "core/staff/csvparser.h"
#include "core/staff/staffcsv.h"
#include "core/staff/staffrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace guichet::staff {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("guichet::staff", text, nullptr, n);
}

QString columnList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ImportIssue::column() const
{
    switch (kind) {
    case Kind::Schema: {
        const int index = StaffCsv::columnForPointer(QString::fromStdString(error.fieldLocation));
        return index < 0 ? QString() : StaffCsv::columns()[std::size_t(index)].name;
    }
    case Kind::EndBeforeStart:
        return QStringLiteral("endDate");
    case Kind::DuplicateInFile:
    case Kind::DuplicateInRegister:
        return QStringLiteral("niss");
    case Kind::Quoting:
    case Kind::ExtraFields:
        break;
    }
    return {};
}

QString ImportIssue::text(const forms::FormDefinition &form) const
{
    QString sentence;
    switch (kind) {
    case Kind::Schema: {
        const auto &overrides = form.messageOverrides();
        sentence = schema::message(error, overrides.isEmpty() ? nullptr : &overrides);
        break;
    }
    case Kind::Quoting:
        sentence = code == QLatin1String("csv.unterminatedQuote")
                       ? tr("A quoted field is not closed: the rest of the file was read into "
                            "it. Check the double quotes on this line.")
                       : tr("There is text after a closing double quote. Put the whole field in "
                            "quotes and double the quotes inside it.");
        break;
    case Kind::ExtraFields:
        sentence = tr("The line has %n field(s), more than the header's columns.", count);
        break;
    case Kind::EndBeforeStart:
        sentence = tr("The contract ends before it starts.");
        break;
    case Kind::DuplicateInFile:
        sentence =
            tr("The same worker with the same start date is already on line %1.").arg(otherLine);
        break;
    case Kind::DuplicateInRegister:
        sentence = tr("This worker with this start date is already in the register.");
        break;
    }
    const QString where = column();
    return where.isEmpty() ? sentence : where + QStringLiteral(": ") + sentence;
}

int ImportPlan::validCount() const
{
    int n = 0;
    for (const ImportRow &row : m_rows)
        n += row.isValid() ? 1 : 0;
    return n;
}

Expected<ImportPlan> ImportPlan::analyse(const QByteArray &bytes, const forms::FormDefinition &form,
                                         const QSet<QString> &existingKeys,
                                         const std::function<void(int, int)> &progress)
{
    auto table = CsvParser::parse(bytes);
    if (!table)
        return table.error();
    const StaffCsv::HeaderMap map = StaffCsv::mapHeader(table->header);
    if (!map.isUsable() || !map.missing.isEmpty()) {
        QStringList problems;
        if (!map.unknown.isEmpty())
            problems << tr("unknown column(s) %1").arg(columnList(map.unknown));
        if (!map.duplicated.isEmpty())
            problems << tr("column(s) named twice: %1").arg(columnList(map.duplicated));
        if (!map.missing.isEmpty())
            problems << tr("missing column(s) %1").arg(columnList(map.missing));
        return Error{
            QStringLiteral("csv.header"),
            tr("The header line (line %1) does not fit the staff register: %2. The "
               "columns are: %3.")
                .arg(table->headerLine)
                .arg(problems.join(QStringLiteral("; ")), columnList(StaffCsv::headerNames())),
            map.unknown + map.duplicated + map.missing};
    }

    ImportPlan plan;
    plan.m_separator = table->separator;
    plan.m_byteOrderMark = table->byteOrderMark;
    plan.m_rows.reserve(table->rows.size());
    QHash<QString, int> firstLineOfKey;
    const int total = int(table->rows.size());
    int checked = 0;
    for (const CsvRow &csvRow : std::as_const(table->rows)) {
        ImportRow row;
        row.line = csvRow.line;
        row.document = StaffCsv::documentFromRow(map, csvRow.fields);
        if (!csvRow.problem.isEmpty()) {
            ImportIssue issue;
            issue.kind = ImportIssue::Kind::Quoting;
            issue.code = csvRow.problem;
            row.issues.append(issue);
        }
        int extra = 0;
        for (qsizetype i = map.columnOf.size(); i < csvRow.fields.size(); ++i)
            extra += csvRow.fields.at(i).trimmed().isEmpty() ? 0 : 1;
        if (extra > 0) {
            ImportIssue issue;
            issue.kind = ImportIssue::Kind::ExtraFields;
            issue.count = int(csvRow.fields.size());
            row.issues.append(issue);
        }
        const schema::ValidationResult result =
            form.compiled()->validate(json::fromQJsonValue(row.document));
        for (const schema::ValidationError &error : result.errors) {
            ImportIssue issue;
            issue.error = error;
            row.issues.append(issue);
        }
        const QJsonObject contract = row.document.value(QLatin1String("contract")).toObject();
        const QDate start =
            QDate::fromString(contract.value(QLatin1String("startDate")).toString(), Qt::ISODate);
        const QDate end =
            QDate::fromString(contract.value(QLatin1String("endDate")).toString(), Qt::ISODate);
        if (start.isValid() && end.isValid() && end < start) {
            ImportIssue issue;
            issue.kind = ImportIssue::Kind::EndBeforeStart;
            row.issues.append(issue);
        }
        if (result.valid) {
            const QString key = StaffRecord::duplicateKey(row.document);
            if (existingKeys.contains(key)) {
                ImportIssue issue;
                issue.kind = ImportIssue::Kind::DuplicateInRegister;
                row.issues.append(issue);
            } else if (const auto it = firstLineOfKey.constFind(key);
                       it != firstLineOfKey.constEnd()) {
                ImportIssue issue;
                issue.kind = ImportIssue::Kind::DuplicateInFile;
                issue.otherLine = it.value();
                row.issues.append(issue);
            } else {
                firstLineOfKey.insert(key, row.line);
            }
        }
        plan.m_rows.append(std::move(row));
        ++checked;
        if (progress && (checked % 100 == 0 || checked == total))
            progress(checked, total);
    }
    return plan;
}

} // namespace guichet::staff

#include "core/staff/staffcsv.h"

#include "core/schema/formats.h"
#include "core/staff/csvwriter.h"
#include "core/staff/jsonpointer.h"

#include <QDate>
#include <QRegularExpression>

namespace guichet::staff {

namespace {

using Kind = StaffColumn::Kind;

QString normalisedName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out += c.toLower();
    }
    return out;
}

QJsonValue dateValue(const QString &cell)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    if (iso.match(cell).hasMatch())
        return cell;
    const auto m = dayFirst.match(cell);
    if (m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return cell; // the schema's "date" format says what is wrong
}

QJsonValue decimalValue(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+([.,]\\d+)?$"));
    if (!number.match(cell).hasMatch())
        return cell; // the schema's "type" says it is not a number
    QString text = cell;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? QJsonValue(value) : QJsonValue(cell);
}

QString nationalNumber(const QString &cell)
{
    QString compact = QString::fromStdString(schema::compactIdentifier(cell.toStdString()));
    // Spreadsheets read an 11-digit number as a number and drop the leading 0 of people born
    // in 2000-2009; with the 0 back the check digits tell whether that is what happened.
    static const QRegularExpression tenDigits(QStringLiteral("^\\d{10}$"));
    if (tenDigits.match(compact).hasMatch() &&
        schema::isValidNiss((QLatin1Char('0') + compact).toStdString()))
        compact.prepend(QLatin1Char('0'));
    return compact;
}

QString numberText(double value, QChar decimalSeparator)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    text.replace(QLatin1Char('.'), decimalSeparator);
    return text;
}

} // namespace

const std::vector<StaffColumn> &StaffCsv::columns()
{
    static const std::vector<StaffColumn> list = {
        {QStringLiteral("niss"), QStringLiteral("/identity/niss"), Kind::NationalNumber, {}},
        {QStringLiteral("lastName"), QStringLiteral("/identity/lastName"), Kind::Text, {}},
        {QStringLiteral("firstName"), QStringLiteral("/identity/firstName"), Kind::Text, {}},
        {QStringLiteral("birthDate"), QStringLiteral("/identity/birthDate"), Kind::Date, {}},
        {QStringLiteral("sex"), QStringLiteral("/identity/sex"), Kind::Code, {}},
        {QStringLiteral("nationality"), QStringLiteral("/identity/nationality"), Kind::Code, {}},
        {QStringLiteral("street"), QStringLiteral("/address/street"), Kind::Text, {}},
        {QStringLiteral("number"), QStringLiteral("/address/number"), Kind::Text, {}},
        {QStringLiteral("box"), QStringLiteral("/address/box"), Kind::Text, {}},
        {QStringLiteral("postalCode"), QStringLiteral("/address/postalCode"), Kind::Text, {}},
        {QStringLiteral("municipality"), QStringLiteral("/address/municipality"), Kind::Text, {}},
        {QStringLiteral("country"), QStringLiteral("/address/country"), Kind::Country, {}},
        {QStringLiteral("contractType"),
         QStringLiteral("/contract/type"),
         Kind::Choice,
         {QStringLiteral("indefinite"), QStringLiteral("fixedTerm"), QStringLiteral("specificWork"),
          QStringLiteral("replacement"), QStringLiteral("student"), QStringLiteral("flexi")}},
        {QStringLiteral("startDate"), QStringLiteral("/contract/startDate"), Kind::Date, {}},
        {QStringLiteral("endDate"), QStringLiteral("/contract/endDate"), Kind::Date, {}},
        {QStringLiteral("workingTime"),
         QStringLiteral("/contract/workingTime"),
         Kind::Choice,
         {QStringLiteral("fullTime"), QStringLiteral("partTime")}},
        {QStringLiteral("weeklyHours"), QStringLiteral("/contract/weeklyHours"), Kind::Decimal, {}},
        {QStringLiteral("referenceWeeklyHours"),
         QStringLiteral("/contract/referenceWeeklyHours"),
         Kind::Decimal,
         {}},
        {QStringLiteral("jointCommittee"),
         QStringLiteral("/jointCommittee"),
         Kind::JointCommittee,
         {}},
        {QStringLiteral("workerType"), QStringLiteral("/workerType"), Kind::Code, {}},
        {QStringLiteral("bankAccount"), QStringLiteral("/bankAccount"), Kind::Iban, {}},
        {QStringLiteral("email"), QStringLiteral("/email"), Kind::Text, {}},
    };
    return list;
}

QStringList StaffCsv::headerNames()
{
    QStringList names;
    for (const StaffColumn &c : columns())
        names.append(c.name);
    return names;
}

int StaffCsv::columnIndex(const QString &name)
{
    const QString wanted = normalisedName(name);
    const auto &list = columns();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (normalisedName(list[i].name) == wanted)
            return int(i);
    }
    return -1;
}

int StaffCsv::columnForPointer(const QString &pointer)
{
    const auto &list = columns();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (pointer == list[i].pointer || pointer.startsWith(list[i].pointer + QLatin1Char('/')))
            return int(i);
    }
    return -1;
}

StaffCsv::HeaderMap StaffCsv::mapHeader(const QStringList &header)
{
    HeaderMap map;
    QList<int> seen;
    for (const QString &name : header) {
        const int index = columnIndex(name);
        map.columnOf.append(index);
        if (index < 0) {
            // A column without a name (a trailing separator) carries nothing: not an error.
            if (!name.trimmed().isEmpty())
                map.unknown.append(name);
        } else if (seen.contains(index)) {
            map.duplicated.append(columns()[std::size_t(index)].name);
        } else {
            seen.append(index);
        }
    }
    // The columns every row needs whatever its content.
    for (const char *required :
         {"street", "number", "postalCode", "municipality", "contractType", "startDate",
          "workingTime", "weeklyHours", "jointCommittee", "workerType"}) {
        if (!seen.contains(columnIndex(QLatin1String(required))))
            map.missing.append(QLatin1String(required));
    }
    return map;
}

QJsonValue StaffCsv::cellValue(const StaffColumn &column, const QString &rawCell)
{
    const QString cell = CsvWriter::unguard(rawCell).trimmed();
    if (cell.isEmpty())
        return column.kind == Kind::Country ? QJsonValue(QStringLiteral("BE"))
                                            : QJsonValue(QJsonValue::Undefined);
    switch (column.kind) {
    case Kind::Text:
        return cell;
    case Kind::Code:
    case Kind::Country:
        return cell.toUpper();
    case Kind::Choice:
        for (const QString &choice : column.choices) {
            if (choice.compare(cell, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return cell;
    case Kind::NationalNumber:
        return nationalNumber(cell);
    case Kind::Iban:
        return QString::fromStdString(schema::compactIdentifier(cell.toStdString()));
    case Kind::Date:
        return dateValue(cell);
    case Kind::Decimal:
        return decimalValue(cell);
    case Kind::JointCommittee: {
        QString text = cell;
        return text.replace(QLatin1Char(','), QLatin1Char('.')).toUpper();
    }
    }
    return cell;
}

QJsonObject StaffCsv::documentFromRow(const HeaderMap &map, const QStringList &fields)
{
    QJsonObject document;
    const auto &list = columns();
    for (qsizetype i = 0; i < map.columnOf.size(); ++i) {
        const int index = map.columnOf.at(i);
        if (index < 0)
            continue;
        const StaffColumn &column = list[std::size_t(index)];
        const QJsonValue value = cellValue(column, i < fields.size() ? fields.at(i) : QString());
        if (!value.isUndefined())
            setValueAt(document, column.pointer, value);
    }
    // Without a country column every address is Belgian, as an empty country cell says.
    if (!valueAt(document, QStringLiteral("/address/country")).isString())
        setValueAt(document, QStringLiteral("/address/country"), QStringLiteral("BE"));
    return document;
}

QStringList StaffCsv::rowFromDocument(const QJsonObject &data, QChar decimalSeparator)
{
    QStringList row;
    for (const StaffColumn &column : columns()) {
        const QJsonValue value = valueAt(data, column.pointer);
        if (value.isDouble())
            row.append(numberText(value.toDouble(), decimalSeparator));
        else if (value.isString())
            row.append(value.toString());
        else if (value.isBool())
            row.append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            row.append(QString());
    }
    return row;
}

} // namespace guichet::staff

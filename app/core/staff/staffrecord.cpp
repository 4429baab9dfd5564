#include "core/staff/staffrecord.h"

#include "core/staff/jsonpointer.h"

namespace guichet::staff {

namespace {

QString member(const QJsonObject &data, const char *object, const char *name)
{
    return data.value(QLatin1String(object)).toObject().value(QLatin1String(name)).toString();
}

} // namespace

std::optional<StaffRecord> StaffRecord::fromJson(const QJsonObject &json)
{
    StaffRecord r;
    r.id = json.value(QLatin1String("id")).toString();
    r.data = json.value(QLatin1String("data")).toObject();
    r.etag = json.value(QLatin1String("etag")).toString().toLatin1();
    if (r.id.isEmpty() || r.etag.isEmpty() || !json.value(QLatin1String("data")).isObject())
        return std::nullopt;
    r.enterpriseNumber = json.value(QLatin1String("enterpriseNumber")).toString();
    r.version = json.value(QLatin1String("version")).toInt();
    r.active = json.value(QLatin1String("active")).toBool(true);
    r.createdAt = json.value(QLatin1String("createdAt")).toString();
    r.updatedAt = json.value(QLatin1String("updatedAt")).toString();
    return r;
}

QString StaffRecord::niss() const
{
    return member(data, "identity", "niss");
}

QString StaffRecord::lastName() const
{
    return member(data, "identity", "lastName");
}

QString StaffRecord::firstName() const
{
    return member(data, "identity", "firstName");
}

QString StaffRecord::displayName() const
{
    const QString last = lastName();
    const QString first = firstName();
    if (!last.isEmpty() && !first.isEmpty())
        return last + QStringLiteral(", ") + first;
    if (!last.isEmpty() || !first.isEmpty())
        return last + first;
    return niss();
}

QString StaffRecord::workerType() const
{
    return data.value(QLatin1String("workerType")).toString();
}

QString StaffRecord::contractType() const
{
    return member(data, "contract", "type");
}

QString StaffRecord::workingTime() const
{
    return member(data, "contract", "workingTime");
}

QDate StaffRecord::startDate() const
{
    return QDate::fromString(member(data, "contract", "startDate"), Qt::ISODate);
}

QDate StaffRecord::endDate() const
{
    return QDate::fromString(member(data, "contract", "endDate"), Qt::ISODate);
}

QString StaffRecord::duplicateKey() const
{
    return duplicateKey(data);
}

QString StaffRecord::duplicateKey(const QJsonObject &data)
{
    const QString start = member(data, "contract", "startDate");
    const QString niss = member(data, "identity", "niss");
    if (!niss.isEmpty())
        return niss + QLatin1Char('|') + start;
    return foldForSearch(member(data, "identity", "lastName")) + QLatin1Char('|') +
           foldForSearch(member(data, "identity", "firstName")) + QLatin1Char('|') +
           member(data, "identity", "birthDate") + QLatin1Char('|') + start;
}

QJsonValue StaffRecord::value(const QString &pointer) const
{
    return valueAt(data, pointer);
}

QString foldForSearch(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

} // namespace guichet::staff

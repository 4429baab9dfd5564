#include "core/quota/contributionstatement.h"

#include "core/quota/quotayear.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace guichet::quota {

namespace {

Error badReply(const QString &detail)
{
    return Error{QStringLiteral("contributions.badReply"),
                 QCoreApplication::translate("guichet::quota",
                                             "The portal's answer about your social contributions "
                                             "could not be read. Try again later."),
                 {detail}};
}

// Absent, null or a boolean.
bool optionalBool(const QJsonObject &object, const QString &key, bool *ok)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        *ok = false;
    return v.toBool();
}

// Null, or an amount.
bool optionalCents(const QJsonObject &object, const QString &key, std::optional<qint64> *out)
{
    const QJsonValue v = object.value(key);
    if (v.isNull() || v.isUndefined()) {
        out->reset();
        return true;
    }
    *out = centsFromJson(v);
    return out->has_value();
}

} // namespace

QList<QuarterStanding> ContributionStatement::standings() const
{
    QList<QuarterStanding> list;
    for (const Quarter &q : m_quarters)
        list.append(q.standing);
    return list;
}

Expected<ContributionStatement> ContributionStatement::fromJson(const QJsonObject &json)
{
    ContributionStatement s;
    const QJsonValue year = json.value(QStringLiteral("year"));
    if (!year.isDouble() || year.toInt() < 1900 || year.toInt() > 2200)
        return badReply(QStringLiteral("year"));
    s.m_year = year.toInt();
    s.m_nationalNumber = json.value(QStringLiteral("nationalNumber")).toString();
    const QJsonValue selfEmployed = json.value(QStringLiteral("selfEmployed"));
    if (!selfEmployed.isBool())
        return badReply(QStringLiteral("selfEmployed"));
    s.m_selfEmployed = selfEmployed.toBool();
    const QJsonValue start = json.value(QStringLiteral("activityStart"));
    if (start.isString()) {
        s.m_activityStart = QDate::fromString(start.toString(), Qt::ISODate);
        if (!s.m_activityStart.isValid())
            return badReply(QStringLiteral("activityStart"));
    } else if (!start.isNull() && !start.isUndefined()) {
        return badReply(QStringLiteral("activityStart"));
    }
    const QJsonValue brackets = json.value(QStringLiteral("brackets"));
    if (!brackets.isArray() && !brackets.isNull())
        return badReply(QStringLiteral("brackets"));
    s.m_hasRates = brackets.isArray();

    const QJsonValue provisional = json.value(QStringLiteral("provisional"));
    if (provisional.isObject()) {
        const QJsonObject p = provisional.toObject();
        s.m_hasProvisional = true;
        const auto basis = centsFromJson(p.value(QStringLiteral("basis")));
        const QJsonValue basisYear = p.value(QStringLiteral("basisYear"));
        if (!basis || !basisYear.isDouble())
            return badReply(QStringLiteral("provisional.basis"));
        s.m_basisCents = *basis;
        s.m_basisYear = basisYear.toInt();
        const QString kind = p.value(QStringLiteral("basisKind")).toString();
        if (kind == QLatin1String("income"))
            s.m_basisKind = BasisKind::Income;
        else if (kind == QLatin1String("estimate"))
            s.m_basisKind = BasisKind::Estimate;
        else if (kind == QLatin1String("simulation"))
            s.m_basisKind = BasisKind::Simulation;
        else if (kind == QLatin1String("none"))
            s.m_basisKind = BasisKind::None;
        else
            return badReply(QStringLiteral("provisional.basisKind"));
        if (!optionalCents(p, QStringLiteral("quarterly"), &s.m_quarterlyCents) ||
            !optionalCents(p, QStringLiteral("annual"), &s.m_annualCents))
            return badReply(QStringLiteral("provisional amounts"));
        bool ok = true;
        s.m_minimumApplied = optionalBool(p, QStringLiteral("minimumApplied"), &ok);
        s.m_starterReduction = optionalBool(p, QStringLiteral("starterReduction"), &ok);
        if (!ok)
            return badReply(QStringLiteral("provisional flags"));
    } else if (!provisional.isNull()) {
        return badReply(QStringLiteral("provisional"));
    }

    const QJsonValue quarters = json.value(QStringLiteral("quarters"));
    if (!quarters.isArray())
        return badReply(QStringLiteral("quarters"));
    for (const QJsonValue &value : quarters.toArray()) {
        const QJsonObject q = value.toObject();
        const int number = q.value(QStringLiteral("quarter")).toInt();
        if (!value.isObject() || number < 1 || number > 4 ||
            !q.value(QStringLiteral("active")).isBool() ||
            !q.value(QStringLiteral("starter")).isBool())
            return badReply(QStringLiteral("quarters[]"));
        Quarter quarter;
        quarter.standing = {number, q.value(QStringLiteral("active")).toBool(),
                            q.value(QStringLiteral("starter")).toBool()};
        if (!optionalCents(q, QStringLiteral("amount"), &quarter.amountCents))
            return badReply(QStringLiteral("quarters[].amount"));
        s.m_quarters.append(quarter);
    }
    if (s.m_quarters.size() > 4)
        return badReply(QStringLiteral("quarters"));
    return s;
}

} // namespace guichet::quota

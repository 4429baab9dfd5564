#include "core/quota/quotayear.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace guichet::quota {

namespace {

// Far above any real figure, far below where a double stops holding whole cents exactly.
constexpr double kMaxEuros = 1e12;

Error badReply(const QString &detail)
{
    return Error{QStringLiteral("quota.badReply"),
                 QCoreApplication::translate("guichet::quota",
                                             "The portal's answer about your quotas could not be "
                                             "read. Try again later."),
                 {detail}};
}

std::optional<qint64> wholeFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > kMaxEuros || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

// `key` of one month's entries ("amount" in cents, "hours" whole), and the limit, from one part.
Expected<QuotaSeries> seriesFromJson(const QJsonValue &partValue, const QString &part,
                                     const QString &key, const QString &limitKey, bool money)
{
    if (!partValue.isObject())
        return badReply(part + QStringLiteral(" is not an object"));
    const QJsonObject object = partValue.toObject();
    const QJsonValue months = object.value(QStringLiteral("months"));
    if (!months.isArray() || months.toArray().size() != 12)
        return badReply(part + QStringLiteral(".months is not 12 months"));
    QList<qint64> monthly;
    for (int m = 0; m < 12; ++m) {
        const QJsonValue entry = months.toArray().at(m);
        if (!entry.isObject() || entry.toObject().value(QStringLiteral("month")).toInt() != m + 1)
            return badReply(part + QStringLiteral(".months is not in order"));
        const QJsonValue v = entry.toObject().value(key);
        const auto figure = money ? centsFromJson(v) : wholeFromJson(v);
        if (!figure)
            return badReply(part + QStringLiteral(".months[%1].%2").arg(m).arg(key));
        monthly.append(*figure);
    }
    std::optional<qint64> limit;
    const QJsonValue limitValue = object.value(limitKey);
    if (!limitValue.isNull()) {
        limit = money ? centsFromJson(limitValue) : wholeFromJson(limitValue);
        if (!limit)
            return badReply(part + QLatin1Char('.') + limitKey);
    }
    return QuotaSeries(monthly, limit);
}

} // namespace

QuotaSeries::QuotaSeries(QList<qint64> monthly, std::optional<qint64> limit)
    : m_monthly(std::move(monthly)), m_limit(limit)
{
    m_monthly.resize(12, 0);
}

QList<qint64> QuotaSeries::cumulative() const
{
    QList<qint64> sums;
    qint64 sum = 0;
    for (qint64 value : m_monthly) {
        sum += value;
        sums.append(sum);
    }
    return sums;
}

qint64 QuotaSeries::total() const
{
    qint64 sum = 0;
    for (qint64 value : m_monthly)
        sum += value;
    return sum;
}

std::optional<qint64> QuotaSeries::left() const
{
    if (!m_limit)
        return std::nullopt;
    return std::max<qint64>(*m_limit - total(), 0);
}

std::optional<qint64> QuotaSeries::excess() const
{
    if (!m_limit)
        return std::nullopt;
    return std::max<qint64>(total() - *m_limit, 0);
}

Expected<QuotaYear> QuotaYear::fromJson(const QJsonObject &json)
{
    QuotaYear q;
    const QJsonValue year = json.value(QStringLiteral("year"));
    if (!year.isDouble() || year.toInt() < 1900 || year.toInt() > 2200)
        return badReply(QStringLiteral("year"));
    q.m_year = year.toInt();
    q.m_nationalNumber = json.value(QStringLiteral("nationalNumber")).toString();
    auto flexi = seriesFromJson(json.value(QStringLiteral("flexi")), QStringLiteral("flexi"),
                                QStringLiteral("amount"), QStringLiteral("ceiling"), true);
    if (!flexi)
        return flexi.error();
    auto student = seriesFromJson(json.value(QStringLiteral("student")), QStringLiteral("student"),
                                  QStringLiteral("hours"), QStringLiteral("quota"), false);
    if (!student)
        return student.error();
    q.m_flexi = *flexi;
    q.m_student = *student;
    return q;
}

std::optional<qint64> QuotaYear::flexiCeilingCents(int year)
{
    switch (year) {
    case 2024:
        return 1'200'000;
    case 2025:
        return 1'800'000;
    default:
        return std::nullopt;
    }
}

std::optional<int> QuotaYear::studentQuotaHours(int year)
{
    if (year >= 2025)
        return 650;
    if (year >= 2023)
        return 600;
    return std::nullopt;
}

std::optional<qint64> centsFromJson(const QJsonValue &value, bool allowNegative)
{
    if (!value.isDouble())
        return std::nullopt;
    const double euros = value.toDouble();
    if (!std::isfinite(euros) || std::fabs(euros) > kMaxEuros || (!allowNegative && euros < 0))
        return std::nullopt;
    const double cents = std::round(euros * 100.0);
    // A third decimal is at least a tenth of a cent off; the double's own error, even at the
    // top of the range, stays far below a hundredth.
    if (std::fabs(cents - euros * 100.0) > 0.01)
        return std::nullopt;
    return qint64(cents);
}

} // namespace guichet::quota

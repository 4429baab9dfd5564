#pragma once

#include "core/expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A citizen's flexi-job earnings and Student@Work hours of one year against that year's
// ceiling and quota (GET /citizens/{nn}/quotas), as the self-employed workspace charts them,
// plus the yearly figures themselves (docs/DOMAIN.md §4-§5), which the sandbox serves.
namespace guichet::quota {

// Twelve monthly figures against a yearly limit: euro cents for flexi earnings, hours for
// student work.
class QuotaSeries
{
public:
    QuotaSeries() = default;
    QuotaSeries(QList<qint64> monthly, std::optional<qint64> limit);

    // January to December.
    const QList<qint64> &monthly() const { return m_monthly; }
    // The running total at the end of each month.
    QList<qint64> cumulative() const;
    qint64 total() const;
    // nullopt for a year without a verified limit; then left and excess are nullopt too.
    std::optional<qint64> limit() const { return m_limit; }
    std::optional<qint64> left() const;
    std::optional<qint64> excess() const;
    bool isEmpty() const { return total() == 0; }

private:
    QList<qint64> m_monthly = QList<qint64>(12, 0);
    std::optional<qint64> m_limit;
};

class QuotaYear
{
public:
    int year() const { return m_year; }
    QString nationalNumber() const { return m_nationalNumber; }
    const QuotaSeries &flexi() const { return m_flexi; }     // euro cents
    const QuotaSeries &student() const { return m_student; } // hours

    // The portal's answer. Error "quota.badReply" when it does not have the documented shape
    // (12 months in order, amounts >= 0 with at most two decimals, limits numbers or null).
    static Expected<QuotaYear> fromJson(const QJsonObject &json);

    // Flexi-job tax-free ceiling for non-pensioners: 2024 12,000, 2025 18,000; later years are
    // indexed figures not yet verified, earlier years had no such ceiling.
    static std::optional<qint64> flexiCeilingCents(int year);
    // Student@Work hours per calendar year: 600 for 2023-2024, 650 from 2025. Earlier years are
    // not given (the 475-hour era's first year is not in the domain brief).
    static std::optional<int> studentQuotaHours(int year);

private:
    int m_year = 0;
    QString m_nationalNumber;
    QuotaSeries m_flexi;
    QuotaSeries m_student;
};

// A JSON number of euros with at most two decimals as cents; nullopt for anything else
// (a string, a negative amount when !allowNegative, more than two decimals, out of range).
std::optional<qint64> centsFromJson(const QJsonValue &value, bool allowNegative = false);

} // namespace guichet::quota

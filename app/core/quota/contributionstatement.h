#pragma once

#include "core/expected.h"
#include "core/quota/contributionrules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A self-employed person's provisional contributions of one year as the portal states them
// (GET /citizens/{nn}/contributions): the basis they rest on, the quarterly and yearly amounts,
// and how each quarter stands (active, starter), which an estimate on another income reuses.
namespace guichet::quota {

class ContributionStatement
{
public:
    enum class BasisKind
    {
        None,       // nothing to base it on
        Income,     // the indexed income of basisYear (N-3)
        Estimate,   // the person's own estimate
        Simulation, // an income the caller asked about
    };

    struct Quarter
    {
        QuarterStanding standing;
        std::optional<qint64> amountCents; // nullopt in a year without verified rates
    };

    int year() const { return m_year; }
    QString nationalNumber() const { return m_nationalNumber; }
    bool isSelfEmployed() const { return m_selfEmployed; }
    QDate activityStart() const { return m_activityStart; }
    // The portal has verified rates for the year (brackets are given).
    bool hasRates() const { return m_hasRates; }
    // No provisional contributions: not self-employed.
    bool hasProvisional() const { return m_hasProvisional; }
    qint64 basisCents() const { return m_basisCents; }
    int basisYear() const { return m_basisYear; }
    BasisKind basisKind() const { return m_basisKind; }
    std::optional<qint64> quarterlyCents() const { return m_quarterlyCents; }
    std::optional<qint64> annualCents() const { return m_annualCents; }
    bool minimumApplied() const { return m_minimumApplied; }
    bool starterReduction() const { return m_starterReduction; }
    const QList<Quarter> &quarters() const { return m_quarters; }
    QList<QuarterStanding> standings() const;

    // Error "contributions.badReply" when the answer does not have the documented shape.
    static Expected<ContributionStatement> fromJson(const QJsonObject &json);

private:
    int m_year = 0;
    QString m_nationalNumber;
    bool m_selfEmployed = false;
    QDate m_activityStart;
    bool m_hasRates = false;
    bool m_hasProvisional = false;
    qint64 m_basisCents = 0;
    int m_basisYear = 0;
    BasisKind m_basisKind = BasisKind::None;
    std::optional<qint64> m_quarterlyCents;
    std::optional<qint64> m_annualCents;
    bool m_minimumApplied = false;
    bool m_starterReduction = false;
    QList<Quarter> m_quarters;
};

} // namespace guichet::quota

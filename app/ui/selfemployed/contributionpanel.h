#pragma once

#include "core/quota/contributionrules.h"
#include "core/quota/contributionstatement.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace guichet::ui {

// The provisional contributions of the year with verified rates, beside what the same rules
// give for an income the person types (core/quota: the computation the portal uses too, so it
// works offline), and the way to ask the fund for an adjustment from there.
class ContributionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionPanel(QWidget *parent = nullptr);

    // The year the rules and the estimate are for (quota::latestContributionYear of today).
    void setYear(int year);
    int year() const { return m_year; }
    // The portal's statement for that year; nullopt when there is none (not fetched yet).
    void setStatement(const std::optional<quota::ContributionStatement> &statement);
    const std::optional<quota::ContributionStatement> &statement() const { return m_statement; }

    // Back to nothing known, the income untouched.
    void clear();

    qint64 incomeCents() const;
    void setIncomeCents(qint64 cents);
    // What the year's rules give on the typed income; nullopt when the year has no rules.
    std::optional<quota::YearEstimate> estimate() const;

    // A document for selfemployed-contribution-adjustment/1 with what is known: the national
    // number, the year, the estimated income, the direction (when the provisional amount is
    // known) and the quarter (today's, when the year is this year).
    QJsonObject adjustmentDocument(const QString &nationalNumber, const QDate &today) const;

    QDoubleSpinBox *incomeEdit() const { return m_income; }
    QPushButton *adjustButton() const { return m_adjust; }
    QLabel *provisionalLabel() const { return m_provisional; }
    QLabel *comparisonLabel() const { return m_comparison; }
    // The cells of the comparison: row 0 basis, 1 per quarter, 2 for the year; column 0 the
    // provisional amounts, 1 the estimate.
    QLabel *cell(int row, int column) const;

    static QString formatCents(qint64 cents);

signals:
    void adjustmentRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();

    int m_year = 0;
    std::optional<quota::ContributionRules> m_rules;
    std::optional<quota::ContributionStatement> m_statement;
    bool m_incomeTouched = false;
    bool m_settingIncome = false;

    QLabel *m_provisional = nullptr;
    QLabel *m_incomeLabel = nullptr;
    QDoubleSpinBox *m_income = nullptr;
    QLabel *m_columnHeads[2] = {};
    QLabel *m_rowHeads[3] = {};
    QLabel *m_cells[3][2] = {};
    QLabel *m_comparison = nullptr;
    QLabel *m_rates = nullptr;
    QPushButton *m_adjust = nullptr;
};

} // namespace guichet::ui

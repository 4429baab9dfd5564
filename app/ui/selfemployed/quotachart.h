#pragma once

#include "core/quota/quotayear.h"

#include <QWidget>

namespace guichet::ui {

// A year of a quota painted by hand: one bar per month, the running total as a line with a dot
// at each month's end, the yearly limit as a dashed, labelled line, and the figure that matters
// most, what is left, in large type above. Never colour alone (bars, solid line and dashed line
// differ in shape too) and only palette colours. The same figures are in the accessible
// description, and the left and right arrow keys walk through the months.
class QuotaChart : public QWidget
{
    Q_OBJECT

public:
    enum class Unit
    {
        Cents, // euro amounts, kept in cents
        Hours,
    };

    explicit QuotaChart(Unit unit, QWidget *parent = nullptr);

    Unit unit() const { return m_unit; }
    void setSeries(const quota::QuotaSeries &series, int year);
    void clear();
    bool hasSeries() const { return m_year != 0; }
    int year() const { return m_year; }

    // The figures the chart shows (the months January to December).
    QList<qint64> monthlyValues() const { return m_series.monthly(); }
    QList<qint64> cumulativeValues() const { return m_series.cumulative(); }
    std::optional<qint64> limit() const { return m_series.limit(); }
    std::optional<qint64> left() const { return m_series.left(); }
    qint64 total() const { return m_series.total(); }

    // The month the arrow keys selected (1-12), 0 for none.
    int selectedMonth() const { return m_selectedMonth; }
    void setSelectedMonth(int month);

    // The value in this chart's unit, in the current language ("€1,234.50", "12 hours").
    QString formatValue(qint64 value) const;
    // One sentence: used, limit and what is left (or the excess, or that no limit is known).
    QString summary() const;
    // The headline painted above the chart: what is left.
    QString headline() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateAccessibleText();
    QString monthText(int month) const;

    Unit m_unit;
    quota::QuotaSeries m_series;
    int m_year = 0;
    int m_selectedMonth = 0;
};

} // namespace guichet::ui

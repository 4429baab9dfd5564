#pragma once

#include "core/quota/quotayear.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace guichet::ui {

class QuotaChart;

// Flexi-job earnings against the tax-free ceiling and student hours against the quota, one year
// at a time: a chart of each, a sentence of each, and the month-by-month figures as a table.
class QuotaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaPanel(QWidget *parent = nullptr);

    // The years to offer (keeps the year shown when it is still there, else shows the latest).
    void setYears(const QMap<int, quota::QuotaYear> &years);
    const QMap<int, quota::QuotaYear> &years() const { return m_years; }
    void selectYear(int year);
    int selectedYear() const;

    QComboBox *yearCombo() const { return m_yearCombo; }
    QuotaChart *flexiChart() const { return m_flexiChart; }
    QuotaChart *studentChart() const { return m_studentChart; }
    QLabel *flexiSummary() const { return m_flexiSummary; }
    QLabel *studentSummary() const { return m_studentSummary; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showYear();

    QMap<int, quota::QuotaYear> m_years;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_flexiHeading = nullptr;
    QuotaChart *m_flexiChart = nullptr;
    QLabel *m_flexiSummary = nullptr;
    QLabel *m_studentHeading = nullptr;
    QuotaChart *m_studentChart = nullptr;
    QLabel *m_studentSummary = nullptr;
    QLabel *m_tableHeading = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace guichet::ui

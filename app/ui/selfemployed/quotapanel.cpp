#include "quotapanel.h"

#include "quotachart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The table's rows: the twelve months, the year's total, then the ceiling and the quota.
constexpr int kTotalRow = 12;
constexpr int kLimitRow = 13;

} // namespace

QuotaPanel::QuotaPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *yearRow = new QHBoxLayout;
    m_yearLabel = new QLabel(this);
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("quotaYear"));
    m_yearLabel->setBuddy(m_yearCombo);
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_yearCombo);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    m_flexiHeading = heading(this);
    layout->addWidget(m_flexiHeading);
    m_flexiChart = new QuotaChart(QuotaChart::Unit::Cents, this);
    m_flexiChart->setObjectName(QStringLiteral("flexiChart"));
    layout->addWidget(m_flexiChart);
    m_flexiSummary = paragraph(this);
    m_flexiSummary->setObjectName(QStringLiteral("flexiSummary"));
    layout->addWidget(m_flexiSummary);

    m_studentHeading = heading(this);
    layout->addWidget(m_studentHeading);
    m_studentChart = new QuotaChart(QuotaChart::Unit::Hours, this);
    m_studentChart->setObjectName(QStringLiteral("studentChart"));
    layout->addWidget(m_studentChart);
    m_studentSummary = paragraph(this);
    m_studentSummary->setObjectName(QStringLiteral("studentSummary"));
    layout->addWidget(m_studentSummary);

    m_tableHeading = heading(this);
    layout->addWidget(m_tableHeading);
    m_table = new QTableWidget(kLimitRow + 1, 5, this);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r <= kLimitRow; ++r) {
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem;
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    layout->addWidget(m_table);

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] { showYear(); });

    setTabOrder(m_yearCombo, m_flexiChart);
    setTabOrder(m_flexiChart, m_studentChart);
    setTabOrder(m_studentChart, m_table);

    retranslateUi();
}

void QuotaPanel::setYears(const QMap<int, quota::QuotaYear> &years)
{
    const int shown = selectedYear();
    m_years = years;
    {
        const QSignalBlocker blocker(m_yearCombo);
        m_yearCombo->clear();
        for (auto it = m_years.cbegin(); it != m_years.cend(); ++it)
            m_yearCombo->addItem(QString::number(it.key()), it.key());
        const int index = m_yearCombo->findData(shown);
        m_yearCombo->setCurrentIndex(index >= 0 ? index : m_yearCombo->count() - 1);
    }
    showYear();
}

void QuotaPanel::selectYear(int year)
{
    const int index = m_yearCombo->findData(year);
    if (index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

int QuotaPanel::selectedYear() const
{
    return m_yearCombo->currentData().toInt();
}

void QuotaPanel::showYear()
{
    const int year = selectedYear();
    const auto it = m_years.constFind(year);
    if (it == m_years.cend()) {
        m_flexiChart->clear();
        m_studentChart->clear();
    } else {
        m_flexiChart->setSeries(it->flexi(), year);
        m_studentChart->setSeries(it->student(), year);
    }
    m_flexiSummary->setText(m_flexiChart->summary());
    m_studentSummary->setText(m_studentChart->summary());

    const QLocale locale;
    const bool any = it != m_years.cend();
    const QList<qint64> flexi = m_flexiChart->monthlyValues();
    const QList<qint64> flexiSum = m_flexiChart->cumulativeValues();
    const QList<qint64> hours = m_studentChart->monthlyValues();
    const QList<qint64> hoursSum = m_studentChart->cumulativeValues();
    for (int m = 0; m < 12; ++m) {
        m_table->item(m, 0)->setText(locale.standaloneMonthName(m + 1, QLocale::LongFormat));
        m_table->item(m, 1)->setText(any ? m_flexiChart->formatValue(flexi.value(m)) : QString());
        m_table->item(m, 2)->setText(any ? m_flexiChart->formatValue(flexiSum.value(m))
                                         : QString());
        m_table->item(m, 3)->setText(any ? locale.toString(hours.value(m)) : QString());
        m_table->item(m, 4)->setText(any ? locale.toString(hoursSum.value(m)) : QString());
    }
    m_table->item(kTotalRow, 0)->setText(tr("Year"));
    m_table->item(kTotalRow, 1)
        ->setText(any ? m_flexiChart->formatValue(m_flexiChart->total()) : QString());
    m_table->item(kTotalRow, 3)
        ->setText(any ? locale.toString(m_studentChart->total()) : QString());
    m_table->item(kLimitRow, 0)->setText(tr("Ceiling and quota"));
    m_table->item(kLimitRow, 1)
        ->setText(any && m_flexiChart->limit() ? m_flexiChart->formatValue(*m_flexiChart->limit())
                  : any                        ? tr("not known")
                                               : QString());
    m_table->item(kLimitRow, 3)
        ->setText(any && m_studentChart->limit() ? locale.toString(*m_studentChart->limit())
                  : any                          ? tr("not known")
                                                 : QString());
    for (int c = 0; c < 5; ++c) {
        QFont font = m_table->item(kTotalRow, c)->font();
        font.setBold(true);
        m_table->item(kTotalRow, c)->setFont(font);
    }
    m_table->setAccessibleName(any ? tr("Month by month in %1").arg(year) : tr("Month by month"));
    m_table->setAccessibleDescription(m_flexiChart->summary() + QLatin1Char(' ') +
                                      m_studentChart->summary());
}

void QuotaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuotaPanel::retranslateUi()
{
    m_yearLabel->setText(tr("&Year:"));
    m_yearCombo->setAccessibleName(tr("Year of the quotas"));
    m_flexiHeading->setText(tr("Flexi-job earnings"));
    m_studentHeading->setText(tr("Student hours (Student@Work)"));
    m_tableHeading->setText(tr("Month by month"));
    // Two short lines each, so that the five columns fit the page's reading width.
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Flexi-job\nearnings"),
                                        tr("Flexi-job\nrunning total"), tr("Student\nhours"),
                                        tr("Student hours\nrunning total")});
    showYear();
    // Every row visible: the page scrolls, not the table.
    m_table->setMinimumHeight(m_table->verticalHeader()->length() +
                              m_table->horizontalHeader()->sizeHint().height() +
                              2 * m_table->frameWidth() + 2);
}

} // namespace guichet::ui

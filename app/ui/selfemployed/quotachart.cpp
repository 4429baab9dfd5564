#include "quotachart.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace guichet::ui {

namespace {

// Screen readers announce the chart as a chart, not as a bare pane.
QAccessibleInterface *chartAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("guichet::ui::QuotaChart") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Chart);
    return nullptr;
}

// A step of 1, 2, 2.5 or 5 times a power of ten giving about `ticks` intervals up to `top`.
qint64 niceStep(qint64 top, int ticks)
{
    const double raw = std::max(1.0, double(top) / ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

} // namespace

QuotaChart::QuotaChart(Unit unit, QWidget *parent) : QWidget(parent), m_unit(unit)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(chartAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleText();
}

void QuotaChart::setSeries(const quota::QuotaSeries &series, int year)
{
    m_series = series;
    m_year = year;
    m_selectedMonth = std::clamp(m_selectedMonth, 0, 12);
    updateAccessibleText();
    update();
}

void QuotaChart::clear()
{
    m_series = {};
    m_year = 0;
    m_selectedMonth = 0;
    updateAccessibleText();
    update();
}

void QuotaChart::setSelectedMonth(int month)
{
    month = std::clamp(month, 0, 12);
    if (month == m_selectedMonth)
        return;
    m_selectedMonth = month;
    updateAccessibleText();
    update();
}

QString QuotaChart::formatValue(qint64 value) const
{
    const QLocale locale;
    if (m_unit == Unit::Cents)
        return locale.toCurrencyString(double(value) / 100.0, QStringLiteral("€"), 2);
    return tr("%n hour(s)", nullptr, int(std::clamp<qint64>(value, 0, 1'000'000)));
}

QString QuotaChart::headline() const
{
    if (!hasSeries())
        return tr("No figures yet");
    const bool money = m_unit == Unit::Cents;
    if (!m_series.limit())
        return money ? tr("No verified ceiling for %1 yet").arg(m_year)
                     : tr("No quota known for %1").arg(m_year);
    if (m_series.excess().value_or(0) > 0)
        return money ? tr("%1 over the ceiling").arg(formatValue(*m_series.excess()))
                     : tr("%1 over the quota").arg(formatValue(*m_series.excess()));
    return tr("%1 left").arg(formatValue(*m_series.left()));
}

QString QuotaChart::summary() const
{
    if (!hasSeries())
        return tr("No figures are available yet.");
    const QString year = QString::number(m_year);
    const QString total = formatValue(m_series.total());
    if (m_unit == Unit::Cents) {
        if (!m_series.limit())
            return tr("In %1 you earned %2 from flexi-jobs. No verified tax-free ceiling is known "
                      "for %1 yet.")
                .arg(year, total);
        if (m_series.excess().value_or(0) > 0)
            return tr("In %1 you earned %2 from flexi-jobs, %3 more than the tax-free ceiling of "
                      "%4.")
                .arg(year, total, formatValue(*m_series.excess()), formatValue(*m_series.limit()));
        return tr("In %1 you earned %2 from flexi-jobs, of a tax-free ceiling of %3: %4 left.")
            .arg(year, total, formatValue(*m_series.limit()), formatValue(*m_series.left()));
    }
    if (!m_series.limit())
        return tr("In %1 you worked %2 as a student. No quota is known for %1.").arg(year, total);
    if (m_series.excess().value_or(0) > 0)
        return tr("In %1 you worked %2 as a student, %3 more than the quota of %4.")
            .arg(year, total, formatValue(*m_series.excess()), formatValue(*m_series.limit()));
    return tr("In %1 you worked %2 as a student, of a quota of %3: %4 left.")
        .arg(year, total, formatValue(*m_series.limit()), formatValue(*m_series.left()));
}

QString QuotaChart::monthText(int month) const
{
    const QList<qint64> monthly = m_series.monthly();
    const QList<qint64> cumulative = m_series.cumulative();
    return tr("%1: %2 (running total %3)")
        .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat),
             formatValue(monthly.value(month - 1)), formatValue(cumulative.value(month - 1)));
}

void QuotaChart::updateAccessibleText()
{
    const bool money = m_unit == Unit::Cents;
    setAccessibleName(hasSeries()
                          ? (money ? tr("Flexi-job earnings in %1, month by month").arg(m_year)
                                   : tr("Student hours in %1, month by month").arg(m_year))
                          : (money ? tr("Flexi-job earnings") : tr("Student hours")));
    QStringList parts{summary()};
    if (hasSeries()) {
        if (m_selectedMonth > 0)
            parts.append(tr("Selected: %1.").arg(monthText(m_selectedMonth)));
        QStringList months;
        for (int month = 1; month <= 12; ++month)
            months.append(monthText(month));
        parts.append(months.join(QStringLiteral("; ")) + QLatin1Char('.'));
        parts.append(tr("Use the left and right arrow keys to go through the months."));
    }
    const QString description = parts.join(QLatin1Char(' '));
    setAccessibleDescription(description);
    setToolTip(m_selectedMonth > 0 ? monthText(m_selectedMonth) : summary());
}

QSize QuotaChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 30, line * 17};
}

QSize QuotaChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 18, line * 13};
}

void QuotaChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRect area = rect().adjusted(line / 2, line / 4, -line / 2, -line / 4);
    const bool money = m_unit == Unit::Cents;
    const QLocale locale;

    // The headline: what is left, large.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    p.setFont(big);
    p.setPen(pal.color(QPalette::Text));
    const int bigHeight = QFontMetrics(big).height();
    p.drawText(QRect(area.left(), area.top(), area.width(), bigHeight),
               Qt::AlignLeft | Qt::AlignVCenter, headline());
    p.setFont(font());

    // Under it, the selected month, or the limit.
    QString detail;
    if (hasSeries() && m_selectedMonth > 0)
        detail = monthText(m_selectedMonth);
    else if (m_series.limit())
        detail = money ? tr("Tax-free ceiling: %1").arg(formatValue(*m_series.limit()))
                       : tr("Quota: %1").arg(formatValue(*m_series.limit()));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(area.left(), area.top() + bigHeight, area.width(), line),
               Qt::AlignLeft | Qt::AlignVCenter, detail);

    const qint64 top = std::max<qint64>(
        {m_series.limit().value_or(0), m_series.total(), money ? qint64(100) : qint64(1)});
    const qint64 step = niceStep(top, 4);
    const qint64 axisTop = ((top + top / 12) / step + 1) * step;
    auto axisLabel = [&](qint64 v) {
        return money ? locale.toCurrencyString(double(v) / 100.0, QStringLiteral("€"), 0)
                     : locale.toString(v);
    };
    int labelWidth = 0;
    for (qint64 v = 0; v <= axisTop; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisLabel(v)));

    const int legendHeight = line + line / 2;
    QRect plot(area.left() + labelWidth + line / 2, area.top() + bigHeight + line + line / 2, 0, 0);
    plot.setRight(area.right() - line / 2);
    plot.setBottom(area.bottom() - legendHeight - line - line / 4);
    if (plot.width() < 24 || plot.height() < 24)
        return;
    auto yOf = [&](qint64 v) {
        return plot.bottom() - double(v) / double(axisTop) * plot.height();
    };

    // Grid and axis labels.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (qint64 v = 0; v <= axisTop; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(area.left(), y - line / 2.0, labelWidth, line),
                   Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }

    // Bars per month, and month names.
    const double slot = plot.width() / 12.0;
    QColor barFill = pal.color(QPalette::Highlight);
    barFill.setAlpha(120);
    const QList<qint64> monthly = m_series.monthly();
    const QList<qint64> cumulative = m_series.cumulative();
    for (int m = 0; m < 12; ++m) {
        const double x = plot.left() + m * slot;
        if (m + 1 == m_selectedMonth) {
            QColor band = pal.color(QPalette::Highlight);
            band.setAlpha(40);
            p.fillRect(QRectF(x, plot.top(), slot, plot.height()), band);
        }
        const double h = plot.bottom() - yOf(monthly.value(m));
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.setBrush(barFill);
        if (h > 0)
            p.drawRect(QRectF(x + slot * 0.2, plot.bottom() - h, slot * 0.6, h));
        p.setPen(pal.color(QPalette::Text));
        QFont monthFont = font();
        monthFont.setBold(m + 1 == m_selectedMonth);
        p.setFont(monthFont);
        p.drawText(QRectF(x, plot.bottom() + 2, slot, line), Qt::AlignCenter,
                   locale.standaloneMonthName(m + 1, QLocale::NarrowFormat));
        p.setFont(font());
    }

    // Running total: a solid line with a dot at each month's end.
    if (hasSeries()) {
        QPainterPath path;
        for (int m = 0; m < 12; ++m) {
            const QPointF point(plot.left() + (m + 0.5) * slot, yOf(cumulative.value(m)));
            if (m == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Text), 2));
        p.drawPath(path);
        p.setBrush(pal.color(QPalette::Text));
        for (int m = 0; m < 12; ++m)
            p.drawEllipse(QPointF(plot.left() + (m + 0.5) * slot, yOf(cumulative.value(m))), 3, 3);
    }

    // The limit: dashed and labelled.
    if (m_series.limit()) {
        const double y = yOf(*m_series.limit());
        QPen dashed(pal.color(QPalette::Text), 2, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        const QString label = money ? tr("Ceiling %1").arg(axisLabel(*m_series.limit()))
                                    : tr("Quota %1").arg(formatValue(*m_series.limit()));
        p.drawText(QRectF(plot.left(), y - line - 1, plot.width() - 2, line),
                   Qt::AlignRight | Qt::AlignBottom, label);
    }

    // Legend.
    const int ly = area.bottom() - legendHeight / 2;
    int lx = plot.left();
    p.setPen(QPen(pal.color(QPalette::Highlight), 1));
    p.setBrush(barFill);
    p.drawRect(QRectF(lx, ly - line / 3.0, line * 0.6, line * 0.66));
    lx += line;
    p.setPen(pal.color(QPalette::Text));
    const QString perMonth = tr("Per month");
    p.drawText(QPoint(lx, ly + fm.ascent() / 2 - 1), perMonth);
    lx += fm.horizontalAdvance(perMonth) + line;
    p.setPen(QPen(pal.color(QPalette::Text), 2));
    p.drawLine(QPointF(lx, ly), QPointF(lx + line * 1.4, ly));
    p.setBrush(pal.color(QPalette::Text));
    p.drawEllipse(QPointF(lx + line * 0.7, ly), 3, 3);
    lx += line * 2;
    p.setPen(pal.color(QPalette::Text));
    const QString running = tr("Running total");
    p.drawText(QPoint(lx, ly + fm.ascent() / 2 - 1), running);
    lx += fm.horizontalAdvance(running) + line;
    if (m_series.limit()) {
        p.setPen(QPen(pal.color(QPalette::Text), 2, Qt::DashLine));
        p.drawLine(QPointF(lx, ly), QPointF(lx + line * 1.4, ly));
        lx += line * 2;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPoint(lx, ly + fm.ascent() / 2 - 1), money ? tr("Ceiling") : tr("Quota"));
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void QuotaChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setSelectedMonth(m_selectedMonth <= 1 ? 1 : m_selectedMonth - 1);
        break;
    case Qt::Key_Right:
        setSelectedMonth(m_selectedMonth >= 12 ? 12 : m_selectedMonth + 1);
        break;
    case Qt::Key_Home:
        setSelectedMonth(1);
        break;
    case Qt::Key_End:
        setSelectedMonth(12);
        break;
    case Qt::Key_Escape:
        if (m_selectedMonth == 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        setSelectedMonth(0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void QuotaChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

void QuotaChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void QuotaChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace guichet::ui

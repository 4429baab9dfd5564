#include "contributionpanel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace guichet::ui {

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString percent(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

ContributionPanel::ContributionPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_provisional = selectableLabel(this);
    m_provisional->setObjectName(QStringLiteral("provisionalText"));
    layout->addWidget(m_provisional);

    auto *incomeRow = new QHBoxLayout;
    m_incomeLabel = new QLabel(this);
    m_income = new QDoubleSpinBox(this);
    m_income->setObjectName(QStringLiteral("estimatedIncome"));
    m_income->setDecimals(2);
    m_income->setRange(0, 999'999'999.99);
    m_income->setSingleStep(1000);
    m_income->setGroupSeparatorShown(true);
    m_income->setSuffix(QStringLiteral(" €"));
    m_income->setAccelerated(true);
    m_incomeLabel->setBuddy(m_income);
    incomeRow->addWidget(m_incomeLabel);
    incomeRow->addWidget(m_income);
    incomeRow->addStretch(1);
    layout->addLayout(incomeRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);
    for (int c = 0; c < 2; ++c) {
        m_columnHeads[c] = new QLabel(this);
        QFont bold = m_columnHeads[c]->font();
        bold.setBold(true);
        m_columnHeads[c]->setFont(bold);
        m_columnHeads[c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_columnHeads[c], 0, c + 1);
    }
    for (int r = 0; r < 3; ++r) {
        m_rowHeads[r] = new QLabel(this);
        grid->addWidget(m_rowHeads[r], r + 1, 0);
        for (int c = 0; c < 2; ++c) {
            m_cells[r][c] = new QLabel(this);
            m_cells[r][c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_cells[r][c]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_cells[r][c]->setObjectName(QStringLiteral("cell-%1-%2").arg(r).arg(c));
            grid->addWidget(m_cells[r][c], r + 1, c + 1);
        }
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    m_comparison = selectableLabel(this);
    m_comparison->setObjectName(QStringLiteral("estimateComparison"));
    QFont bold = m_comparison->font();
    bold.setBold(true);
    m_comparison->setFont(bold);
    layout->addWidget(m_comparison);

    m_rates = selectableLabel(this);
    m_rates->setObjectName(QStringLiteral("contributionRates"));
    layout->addWidget(m_rates);

    auto *actions = new QHBoxLayout;
    m_adjust = new QPushButton(this);
    m_adjust->setObjectName(QStringLiteral("requestAdjustment"));
    actions->addWidget(m_adjust);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_income, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_settingIncome)
            m_incomeTouched = true;
        updateTexts();
    });
    connect(m_adjust, &QPushButton::clicked, this, &ContributionPanel::adjustmentRequested);

    retranslateUi();
}

void ContributionPanel::setYear(int year)
{
    m_year = year;
    m_rules = quota::contributionRules(year);
    m_income->setEnabled(m_rules.has_value());
    m_adjust->setEnabled(m_rules.has_value());
    retranslateUi();
}

void ContributionPanel::setStatement(const std::optional<quota::ContributionStatement> &statement)
{
    m_statement = statement;
    // Start from the basis the portal used, so the two columns agree until the person types.
    if (m_statement && m_statement->hasProvisional() && !m_incomeTouched)
        setIncomeCents(m_statement->basisCents());
    updateTexts();
}

void ContributionPanel::clear()
{
    m_statement.reset();
    m_incomeTouched = false;
    setIncomeCents(0);
}

qint64 ContributionPanel::incomeCents() const
{
    return qRound64(m_income->value() * 100.0);
}

void ContributionPanel::setIncomeCents(qint64 cents)
{
    m_settingIncome = true;
    m_income->setValue(double(cents) / 100.0);
    m_settingIncome = false;
    updateTexts();
}

std::optional<quota::YearEstimate> ContributionPanel::estimate() const
{
    if (!m_rules)
        return std::nullopt;
    return quota::estimateYear(*m_rules, incomeCents(),
                               m_statement ? m_statement->standings()
                                           : QList<quota::QuarterStanding>{});
}

QJsonObject ContributionPanel::adjustmentDocument(const QString &nationalNumber,
                                                  const QDate &today) const
{
    QJsonObject document;
    if (!nationalNumber.isEmpty())
        document.insert(QStringLiteral("niss"), nationalNumber);
    if (m_year > 0)
        document.insert(QStringLiteral("year"), m_year);
    if (today.year() == m_year)
        document.insert(QStringLiteral("quarter"), (today.month() - 1) / 3 + 1);
    document.insert(QStringLiteral("estimatedIncome"), double(incomeCents()) / 100.0);
    const auto est = estimate();
    if (est && m_statement && m_statement->annualCents()) {
        if (est->annualCents < *m_statement->annualCents())
            document.insert(QStringLiteral("direction"), QStringLiteral("decrease"));
        else if (est->annualCents > *m_statement->annualCents())
            document.insert(QStringLiteral("direction"), QStringLiteral("increase"));
    }
    return document;
}

QLabel *ContributionPanel::cell(int row, int column) const
{
    if (row < 0 || row > 2 || column < 0 || column > 1)
        return nullptr;
    return m_cells[row][column];
}

QString ContributionPanel::formatCents(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

void ContributionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The spin box keeps the locale it was made with: give it the new language's, so the
        // amount is typed and shown with that language's separators.
        const qint64 cents = incomeCents();
        m_income->setLocale(QLocale());
        m_settingIncome = true;
        m_income->setValue(double(cents) / 100.0);
        m_settingIncome = false;
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ContributionPanel::retranslateUi()
{
    const QString year = m_year > 0 ? QString::number(m_year) : QString();
    m_incomeLabel->setText(tr("Your &estimated income for %1:").arg(year));
    m_income->setAccessibleName(tr("Estimated net taxable professional income for %1").arg(year));
    m_columnHeads[0]->setText(tr("Provisional now"));
    m_columnHeads[1]->setText(tr("With your estimate"));
    m_rowHeads[0]->setText(tr("Income it rests on"));
    m_rowHeads[1]->setText(tr("Per quarter"));
    m_rowHeads[2]->setText(tr("For the year"));
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 2; ++c)
            m_cells[r][c]->setAccessibleName(
                tr("%1, %2").arg(m_columnHeads[c]->text(), m_rowHeads[r]->text()));
    }
    m_adjust->setText(tr("Request an &adjustment…"));
    m_adjust->setAccessibleDescription(
        tr("Opens the adjustment request with your estimated income filled in."));
    updateTexts();
}

void ContributionPanel::updateTexts()
{
    const QString year = QString::number(m_year);
    const QString none = tr("—");

    // What the portal says.
    QString provisional;
    if (!m_rules) {
        provisional = tr("No verified contribution rates are known for %1.").arg(year);
    } else if (!m_statement) {
        provisional = tr("Your provisional contribution for %1 is not known yet: sign in to fetch "
                         "it from the portal.")
                          .arg(year);
    } else if (!m_statement->hasProvisional()) {
        provisional = tr("You are not registered as self-employed. You can still see below what "
                         "an income would cost in %1.")
                          .arg(year);
    } else if (!m_statement->quarterlyCents() || !m_statement->annualCents()) {
        provisional = tr("The portal has no verified rates for %1.").arg(year);
    } else {
        const QString quarterly = formatCents(*m_statement->quarterlyCents());
        const QString annual = formatCents(*m_statement->annualCents());
        const QString basis = formatCents(m_statement->basisCents());
        switch (m_statement->basisKind()) {
        case quota::ContributionStatement::BasisKind::Income:
            provisional =
                tr("Your provisional contribution for %1 is %2 a quarter (%3 for the "
                   "year), based on your %4 income of %5.")
                    .arg(year, quarterly, annual, QString::number(m_statement->basisYear()), basis);
            break;
        case quota::ContributionStatement::BasisKind::Estimate:
        case quota::ContributionStatement::BasisKind::Simulation:
            provisional = tr("Your provisional contribution for %1 is %2 a quarter (%3 for the "
                             "year), based on your own estimate of %4.")
                              .arg(year, quarterly, annual, basis);
            break;
        case quota::ContributionStatement::BasisKind::None:
            provisional = tr("Your provisional contribution for %1 is %2 a quarter (%3 for the "
                             "year): no income is on file.")
                              .arg(year, quarterly, annual);
            break;
        }
        if (m_statement->starterReduction())
            provisional += QLatin1Char(' ') + tr("This is the reduced amount for starters.");
        else if (m_statement->minimumApplied())
            provisional += QLatin1Char(' ') + tr("This is the minimum for a main occupation.");
    }
    m_provisional->setText(provisional);

    const bool known = m_statement && m_statement->hasProvisional();
    m_cells[0][0]->setText(known ? formatCents(m_statement->basisCents()) : none);
    m_cells[1][0]->setText(known && m_statement->quarterlyCents()
                               ? formatCents(*m_statement->quarterlyCents())
                               : none);
    m_cells[2][0]->setText(
        known && m_statement->annualCents() ? formatCents(*m_statement->annualCents()) : none);

    // What the rules give on the typed income.
    const auto est = estimate();
    m_cells[0][1]->setText(formatCents(incomeCents()));
    m_cells[1][1]->setText(est && est->latest ? formatCents(est->latest->quarterlyCents) : none);
    m_cells[2][1]->setText(est ? formatCents(est->annualCents) : none);

    QString comparison;
    if (est) {
        if (known && m_statement->annualCents()) {
            const qint64 difference = est->annualCents - *m_statement->annualCents();
            if (difference < 0)
                comparison = tr("With your estimate you would pay %1 less for %2.")
                                 .arg(formatCents(-difference), year);
            else if (difference > 0)
                comparison = tr("With your estimate you would pay %1 more for %2.")
                                 .arg(formatCents(difference), year);
            else
                comparison = tr("With your estimate you would pay the same as now.");
        } else {
            comparison = tr("With this income you would pay %1 for %2.")
                             .arg(formatCents(est->annualCents), year);
        }
        if (est->latest && est->latest->starterReduction)
            comparison += QLatin1Char(' ') + tr("The reduced amount for starters applies.");
        else if (est->latest && est->latest->minimumApplied)
            comparison += QLatin1Char(' ') + tr("The minimum for a main occupation applies.");
    }
    m_comparison->setText(comparison);
    m_comparison->setVisible(!comparison.isEmpty());

    QString rates;
    if (m_rules) {
        QStringList parts;
        for (const quota::Bracket &b : m_rules->brackets) {
            if (b.rateBasisPoints == 0)
                parts.append(tr("nothing above %1").arg(formatCents(b.fromCents)));
            else if (b.fromCents == 0 && b.toCents)
                parts.append(
                    tr("%1 up to %2").arg(percent(b.rateBasisPoints), formatCents(*b.toCents)));
            else if (b.toCents)
                parts.append(tr("%1 from %2 up to %3")
                                 .arg(percent(b.rateBasisPoints), formatCents(b.fromCents),
                                      formatCents(*b.toCents)));
            else
                parts.append(
                    tr("%1 above %2").arg(percent(b.rateBasisPoints), formatCents(b.fromCents)));
        }
        rates = tr("The %1 rates on the yearly income: %2. At least %3 a quarter for a main "
                   "occupation; %4 a quarter for a starter whose income stays under %5.")
                    .arg(year, parts.join(QStringLiteral("; ")),
                         formatCents(m_rules->minimumQuarterlyCents),
                         formatCents(m_rules->starterQuarterlyCents),
                         formatCents(m_rules->starterThresholdCents));
    }
    m_rates->setText(rates);
    m_income->setAccessibleDescription(
        tr("Type the income you expect for the whole year: the amounts beside change at once.") +
        (comparison.isEmpty() ? QString() : QLatin1Char(' ') + comparison));
}

} // namespace guichet::ui

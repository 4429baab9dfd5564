#include "ui/employer/dmfadialog.h"

#include "core/staff/dmfabuilder.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guichet::ui::employer {

DmfaDialog::DmfaDialog(QList<staff::StaffRecord> records, const QString &enterpriseNumber,
                       QWidget *parent)
    : QDialog(parent), m_records(std::move(records)), m_enterprise(enterpriseNumber)
{
    setObjectName(QStringLiteral("dmfaDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setRange(2003, 2099);
    m_quarterLabel = new QLabel(this);
    m_quarter = new QComboBox(this);
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(QString(), q);
    m_nssoLabel = new QLabel(this);
    m_nsso = new QLineEdit(this);
    m_nsso->setMaxLength(9);
    m_nsso->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[01][0-9]{0,8}$")), this));
    m_categoryLabel = new QLabel(this);
    m_category = new QLineEdit(QStringLiteral("010"), this);
    m_category->setMaxLength(3);
    m_category->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,3}$")), this));
    m_yearLabel->setBuddy(m_year);
    m_quarterLabel->setBuddy(m_quarter);
    m_nssoLabel->setBuddy(m_nsso);
    m_categoryLabel->setBuddy(m_category);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_quarterLabel, m_quarter);
    form->addRow(m_nssoLabel, m_nsso);
    form->addRow(m_categoryLabel, m_category);
    layout->addLayout(form);
    m_count = new QLabel(this);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_accept = new QPushButton(this);
    m_accept->setDefault(true);
    m_cancel = new QPushButton(this);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    int year = 0;
    int quarter = 0;
    staff::DmfaBuilder::lastFinishedQuarter(QDate::currentDate(), &year, &quarter);
    setQuarter(year, quarter);
    connect(m_year, &QSpinBox::valueChanged, this, &DmfaDialog::updateCount);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &DmfaDialog::updateCount);
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

int DmfaDialog::year() const
{
    return m_year->value();
}

int DmfaDialog::quarter() const
{
    return m_quarter->currentData().toInt();
}

void DmfaDialog::setQuarter(int year, int quarter)
{
    m_year->setValue(year);
    m_quarter->setCurrentIndex(std::clamp(quarter, 1, 4) - 1);
    updateCount();
}

int DmfaDialog::includedCount() const
{
    int count = 0;
    for (const staff::StaffRecord &r : m_records) {
        if (r.workerType() != QLatin1String("DWD") &&
            staff::DmfaBuilder::overlaps(r.data, year(), quarter()))
            ++count;
    }
    return count;
}

QJsonObject DmfaDialog::document() const
{
    QList<QJsonObject> data;
    data.reserve(m_records.size());
    for (const staff::StaffRecord &r : m_records)
        data.append(r.data);
    staff::DmfaBuilder::Options options;
    options.nssoRegistrationNumber = m_nsso->text();
    if (!m_category->text().isEmpty())
        options.employerCategory = m_category->text();
    return staff::DmfaBuilder::build(year(), quarter(), data, m_enterprise, options);
}

void DmfaDialog::updateCount()
{
    if (!m_count)
        return;
    const int n = includedCount();
    m_count->setText(tr("%n worker(s) of the register are employed in this quarter.", nullptr, n));
    m_accept->setEnabled(n > 0);
}

void DmfaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DmfaDialog::retranslateUi()
{
    setWindowTitle(tr("DmfA from the register"));
    m_intro->setText(tr("Prepares the quarterly DmfA from the staff register: every worker "
                        "employed in the quarter with the working time of the contract and the "
                        "normal working days. The draft opens in the DmfA form, where you add "
                        "the wages and the amount owed before sending it."));
    m_yearLabel->setText(tr("&Year:"));
    m_quarterLabel->setText(tr("&Quarter:"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->setItemText(q - 1, tr("Quarter %1").arg(q));
    m_nssoLabel->setText(tr("&ONSS number (9 digits):"));
    m_nsso->setPlaceholderText(tr("e.g. 012345674"));
    m_categoryLabel->setText(tr("Employer &category:"));
    m_accept->setText(tr("&Open the DmfA draft"));
    m_cancel->setText(tr("Cancel"));
    updateCount();
}

} // namespace guichet::ui::employer

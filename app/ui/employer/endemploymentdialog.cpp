#include "ui/employer/endemploymentdialog.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui::employer {

EndEmploymentDialog::EndEmploymentDialog(const QStringList &names, QWidget *parent)
    : QDialog(parent), m_names(names)
{
    setObjectName(QStringLiteral("endEmploymentDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_accept = new QPushButton(this);
    m_accept->setDefault(true);
    m_cancel = new QPushButton(this);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

QDate EndEmploymentDialog::endDate() const
{
    return m_date->date();
}

void EndEmploymentDialog::setEndDate(const QDate &date)
{
    m_date->setDate(date);
}

void EndEmploymentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EndEmploymentDialog::retranslateUi()
{
    setWindowTitle(tr("End of employment"));
    const int n = int(m_names.size());
    QString who = m_names.mid(0, 5).join(QStringLiteral(", "));
    if (n > 5)
        who += QStringLiteral(", …");
    m_intro->setText(tr("Ends the employment of %n worker(s): %1. They stay in the register, "
                        "active until that day. Declare it to the ONSS with a Dimona OUT.",
                        nullptr, n)
                         .arg(who));
    m_dateLabel->setText(tr("&Last day of employment:"));
    m_accept->setText(tr("&End employment"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace guichet::ui::employer

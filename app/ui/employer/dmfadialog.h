#pragma once

#include "core/staff/staffrecord.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace guichet::ui::employer {

// The quarter (and the employer's ONSS number, which the register does not hold) of a DmfA draft
// built from the register; it opens in the DmfA form to be completed (wages) and sent.
class DmfaDialog : public QDialog
{
    Q_OBJECT

public:
    DmfaDialog(QList<staff::StaffRecord> records, const QString &enterpriseNumber,
               QWidget *parent = nullptr);

    int year() const;
    int quarter() const;
    void setQuarter(int year, int quarter);
    QLineEdit *nssoNumberEdit() const { return m_nsso; }
    QPushButton *acceptButton() const { return m_accept; }
    // The draft for the chosen quarter.
    QJsonObject document() const;
    // Register entries employed in that quarter (DWD left out).
    int includedCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    QList<staff::StaffRecord> m_records;
    QString m_enterprise;
    QLabel *m_intro = nullptr;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_quarterLabel = nullptr;
    QComboBox *m_quarter = nullptr;
    QLabel *m_nssoLabel = nullptr;
    QLineEdit *m_nsso = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLineEdit *m_category = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace guichet::ui::employer

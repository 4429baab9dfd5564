#pragma once

#include "core/staff/dimonabuilder.h"
#include "core/staff/staffrecord.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet::forms {
class FormDefinition;
}

namespace guichet::ui::employer {

// Dimona IN, OUT, UPDATE or CANCEL for the workers selected in the register: the documents are
// prefilled from each entry and checked against the Dimona form as the person adjusts the
// common dates, hours and each period number. One worker: the declaration opens in the form
// (incomplete is fine, the form guides). Several: every declaration must be complete before
// they go to the batch.
class DimonaDialog : public QDialog
{
    Q_OBJECT

public:
    DimonaDialog(staff::DimonaType type, QList<staff::StaffRecord> workers,
                 const QString &enterpriseNumber,
                 std::shared_ptr<const forms::FormDefinition> dimonaForm,
                 QWidget *parent = nullptr);

    staff::DimonaType type() const { return m_type; }
    const QList<staff::StaffRecord> &workers() const { return m_workers; }
    // The declarations as prefilled now (JSON text), in the workers' order.
    QList<QByteArray> documents() const;
    int invalidCount() const { return m_invalid; }

    void setPeriodId(int row, const QString &periodId);
    // Period numbers one per line (a column copied from a spreadsheet), from the current row
    // down; what Paste does in the table.
    void pastePeriodIds(const QString &text);
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    QCheckBox *sameStartBox() const { return m_sameStart; }
    QDateEdit *startDateEdit() const { return m_startDate; }
    QCheckBox *sameEndBox() const { return m_sameEnd; }
    QDateEdit *endDateEdit() const { return m_endDate; }
    QLineEdit *startHourEdit() const { return m_startHour; }

    // A title for the declaration of one worker ("Dimona IN – Peeters, Jan").
    static QString declarationTitle(staff::DimonaType type, const staff::StaffRecord &worker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    staff::DimonaBuilder::Options optionsFor(int row) const;
    bool needsPeriod() const;

    staff::DimonaType m_type;
    QList<staff::StaffRecord> m_workers;
    QString m_enterprise;
    std::shared_ptr<const forms::FormDefinition> m_form;
    QList<QJsonObject> m_documents;
    QStringList m_problems;
    int m_invalid = 0;
    bool m_building = false;

    QLabel *m_intro = nullptr;
    QCheckBox *m_sameStart = nullptr;
    QDateEdit *m_startDate = nullptr;
    QLabel *m_startHourLabel = nullptr;
    QLineEdit *m_startHour = nullptr;
    QCheckBox *m_sameEnd = nullptr;
    QDateEdit *m_endDate = nullptr;
    QLabel *m_endHourLabel = nullptr;
    QLineEdit *m_endHour = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace guichet::ui::employer

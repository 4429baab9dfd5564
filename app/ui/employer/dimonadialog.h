#pragma once

#include "core/expected.h"
#include "core/staff/dimonabuilder.h"
#include "core/staff/dimonaperiod.h"
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
namespace guichet::staff {
class StaffRegister;
}

namespace guichet::ui::employer {

// Dimona IN, OUT, UPDATE or CANCEL for the workers selected in the register: the documents are
// prefilled from each entry and checked against the Dimona form as the person adjusts the
// common dates, hours and each period number. For an OUT, UPDATE or CANCEL the period numbers
// on file are looked up (lookUpPeriods) and each worker's latest open period prefilled, still
// editable; a row says so when none is known, and the person types it. One worker: the
// declaration opens in the form (incomplete is fine, the form guides). Several: every
// declaration must be complete before they go to the batch.
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

    enum class PeriodLookup
    {
        NotAsked,
        Pending,
        Done,
        Failed,
    };
    // Asks the portal for the enterprise's open periods (OUT, UPDATE, CANCEL; nothing for IN)
    // and prefills them when they come.
    void lookUpPeriods(staff::StaffRegister &staffRegister);
    // The periods on file (or why they could not be read): each worker whose period number is
    // still empty gets its latest open one.
    void setKnownPeriods(const Expected<QList<staff::DimonaPeriod>> &periods);
    PeriodLookup periodLookup() const { return m_lookup; }
    // The period prefilled for that row's worker, if one is on file.
    std::optional<staff::DimonaPeriod> knownPeriod(int row) const;

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
    // What the period cell of a row says about the number on file (tooltip, and the Check
    // column when there is none).
    QString periodNote(int row) const;

    staff::DimonaType m_type;
    QList<staff::StaffRecord> m_workers;
    QString m_enterprise;
    std::shared_ptr<const forms::FormDefinition> m_form;
    QList<QJsonObject> m_documents;
    QStringList m_problems;
    QList<std::optional<staff::DimonaPeriod>> m_known; // per row, once looked up
    PeriodLookup m_lookup = PeriodLookup::NotAsked;
    Error m_lookupError;
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

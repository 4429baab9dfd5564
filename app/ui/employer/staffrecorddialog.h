#pragma once

#include "core/staff/staffrecord.h"
#include "core/staff/staffregister.h"
#include "ui/employer/conflictdialog.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace guichet::forms {
class FormDefinition;
}
namespace guichet::model {
class FormModel;
}
namespace guichet::ui::form {
class FormView;
}

namespace guichet::ui::employer {

// A worker's register entry in the staff-record form (the same FormView as every form), saved
// to the portal: a new entry (POST) or a change quoting the ETag it was read with (PUT
// If-Match). When someone else saved the entry meanwhile, the ConflictDialog shows both versions
// and the person decides field by field; a cancelled conflict writes nothing.
class StaffRecordDialog : public QDialog
{
    Q_OBJECT

public:
    // base: the entry as read (nullopt: a new entry).
    StaffRecordDialog(staff::StaffRegister &staffRegister,
                      std::shared_ptr<const forms::FormDefinition> form,
                      const std::optional<staff::StaffRecord> &base, QWidget *parent = nullptr);
    ~StaffRecordDialog() override;

    form::FormView *formView() const { return m_view; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    // The conflict being resolved, while it is shown.
    ConflictDialog *conflictDialog() const { return m_conflict; }
    bool isSaving() const { return m_saving; }
    const std::optional<staff::StaffRecord> &base() const { return m_base; }

    // Validates, then writes (what Save does).
    void save();

signals:
    void saved(const guichet::staff::StaffRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void send(const QJsonObject &document);
    void handle(const staff::WriteOutcome &outcome, const QJsonObject &mine);
    void resolveConflict(const QJsonObject &mine, const staff::StaffRecord &current);
    void setSaving(bool saving);

    staff::StaffRegister &m_register;
    std::shared_ptr<const forms::FormDefinition> m_form;
    std::optional<staff::StaffRecord> m_base;
    std::unique_ptr<model::FormModel> m_model;
    form::FormView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<ConflictDialog> m_conflict;
    bool m_saving = false;
    // A new entry's Idempotency-Key, kept while the entry sent stays the same: saving again
    // after an answer was lost then cannot add the worker twice.
    QByteArray m_createKey;
    QByteArray m_createBody;
};

} // namespace guichet::ui::employer

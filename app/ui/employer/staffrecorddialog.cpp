#include "ui/employer/staffrecorddialog.h"

#include "core/forms/formdefinition.h"
#include "core/json/qtjson.h"
#include "core/model/formmodel.h"
#include "ui/employer/conflictdialog.h"
#include "ui/form/formview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace guichet::ui::employer {

StaffRecordDialog::StaffRecordDialog(staff::StaffRegister &staffRegister,
                                     std::shared_ptr<const forms::FormDefinition> form,
                                     const std::optional<staff::StaffRecord> &base, QWidget *parent)
    : QDialog(parent), m_register(staffRegister), m_form(std::move(form)), m_base(base),
      m_model(std::make_unique<model::FormModel>(m_form->compiled()))
{
    setObjectName(QStringLiteral("staffRecordDialog"));
    json::Value document = base ? json::fromQJsonValue(base->data) : json::Value::object();
    m_model->setDocument(std::move(document), model::FormModel::Validation::Sync);

    auto *layout = new QVBoxLayout(this);
    m_view = new form::FormView(m_form, m_model.get(), this);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("staffRecordStatus"));
    m_status->hide();
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &StaffRecordDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 680);
    retranslateUi();
}

StaffRecordDialog::~StaffRecordDialog()
{
    // The view holds a pointer to the model: it goes first.
    delete m_view;
}

void StaffRecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StaffRecordDialog::retranslateUi()
{
    if (!m_base) {
        setWindowTitle(tr("New worker"));
    } else {
        setWindowTitle(tr("Worker: %1").arg(m_base->displayName()));
    }
    m_save->setText(tr("&Save"));
    m_save->setAccessibleDescription(tr("Checks the entry and saves it in the register."));
    m_cancel->setText(tr("Cancel"));
}

void StaffRecordDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_view->setEnabled(!saving);
    if (saving) {
        m_status->setText(tr("Saving…"));
        m_status->show();
    }
}

void StaffRecordDialog::save()
{
    if (m_saving)
        return;
    if (!m_view->validateAll()) {
        m_status->setText(tr("The entry is not complete: the form shows what to correct."));
        m_status->show();
        return;
    }
    send(json::toQJsonValue(m_view->readDocument()).toObject());
}

void StaffRecordDialog::send(const QJsonObject &document)
{
    setSaving(true);
    const QByteArray body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    auto done = [this, document](const staff::WriteOutcome &outcome) { handle(outcome, document); };
    if (m_base) {
        m_register.update(*m_base, body, this, done);
        return;
    }
    if (m_createKey.isEmpty() || body != m_createBody) {
        m_createKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_createBody = body;
    }
    m_register.create(body, this, done, m_createKey);
}

void StaffRecordDialog::handle(const staff::WriteOutcome &outcome, const QJsonObject &mine)
{
    setSaving(false);
    switch (outcome.kind) {
    case staff::WriteOutcome::Kind::Saved:
        m_base = outcome.record;
        m_status->hide();
        emit saved(outcome.record);
        accept();
        return;
    case staff::WriteOutcome::Kind::Conflict:
        resolveConflict(mine, outcome.record);
        return;
    case staff::WriteOutcome::Kind::Invalid: {
        QStringList lines{outcome.error.message};
        for (const staff::PortalAnomaly &a : outcome.anomalies)
            lines << QStringLiteral("• ") + m_view->fieldLabel(a.pointer.toStdString()) +
                         QStringLiteral(": ") + a.message();
        m_status->setText(lines.join(QLatin1Char('\n')));
        m_status->show();
        if (!outcome.anomalies.isEmpty())
            m_view->focusPointer(outcome.anomalies.first().pointer);
        return;
    }
    case staff::WriteOutcome::Kind::Failed:
        m_status->setText(tr("Not saved: %1").arg(outcome.error.message));
        m_status->show();
        return;
    }
}

void StaffRecordDialog::resolveConflict(const QJsonObject &mine, const staff::StaffRecord &current)
{
    const QJsonObject base = m_base ? m_base->data : QJsonObject();
    if (mine == current.data) {
        // Someone saved exactly what I meant to save: nothing to choose, nothing to write.
        m_base = current;
        m_status->hide();
        emit saved(current);
        accept();
        return;
    }
    auto *dialog = new ConflictDialog(m_form, base, mine, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflict = dialog;
    m_status->setText(tr("Not saved yet: someone else changed this entry meanwhile. Compare the "
                         "two versions."));
    m_status->show();
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const QJsonObject merged = dialog->mergedDocument();
        m_base = current;
        m_model->setDocument(json::fromQJsonValue(merged), model::FormModel::Validation::Sync);
        if (merged == current.data) {
            // Theirs kept everywhere: the register already holds it.
            m_status->hide();
            emit saved(current);
            accept();
            return;
        }
        send(merged);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // The old base stays: saving again compares the versions again, never overwrites.
        m_status->setText(tr("Not saved: someone else changed this entry meanwhile. Save again "
                             "to compare the versions, or Cancel to leave their version."));
        m_status->show();
    });
    dialog->open();
}

} // namespace guichet::ui::employer

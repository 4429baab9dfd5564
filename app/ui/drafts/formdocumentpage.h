#pragma once

#include "core/drafts/draft.h"
#include "core/expected.h"
#include "core/forms/formdefinition.h"
#include "core/forms/formmigration.h"
#include "core/model/formmodel.h"
#include "core/sync/outboxitem.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace guichet::ui {

class UserSpace;
namespace form {
class FormView;
}

// One draft open for editing: its title, the form (FormView over a FormModel), the save state
// ("Saving…", "Saved at 14:02", "Not saved: …") and Submit. Every edit is saved by the space's
// AutoSaver within a second of the last keystroke; closing, signing out or submitting saves at
// once. Submit validates the whole form, then queues the declaration in the outbox with its
// Idempotency-Key. The portal's anomalies come back onto the fields they name.
class FormDocumentPage : public QWidget
{
    Q_OBJECT

public:
    explicit FormDocumentPage(QWidget *parent = nullptr);
    ~FormDocumentPage() override;

    // The space documents are read from and saved to; closes the open document first.
    void setSpace(UserSpace *space);
    UserSpace *space() const { return m_space; }

    // Opens a draft of the space. When the catalogue has a newer version of its form, offers to
    // move the draft to it (see FormMigration): values that no longer fit are kept aside.
    drafts::Status openDraft(const QString &draftId);
    // A new draft of the form's newest version holding document (empty: a blank form), made for
    // onBehalfOf (empty: the space's default). Opens it and returns its id.
    Expected<QString> newDraft(const QString &formId, const QByteArray &document = {},
                               const QString &onBehalfOf = {}, const QString &title = {});
    // Saves and closes.
    void closeDocument();
    bool hasDocument() const { return m_model != nullptr; }
    QString draftId() const { return m_draftId; }
    QString formId() const;

    // Full validation, then the outbox. Returns the outbox item id. Errors: "form-invalid" (the
    // form shows its errors), the outbox's.
    Expected<QString> submit();
    // The portal's anomalies of a result, on the fields they name and in a list above the form.
    void showAnomalies(const QList<sync::Anomaly> &anomalies);

    form::FormView *view() const { return m_view; }
    model::FormModel *model() const { return m_model.get(); }
    QLabel *saveStateLabel() const { return m_saveState; }
    QLineEdit *titleEdit() const { return m_title; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *closeButton() const { return m_close; }
    QListWidget *anomalyList() const { return m_anomalies; }
    // "N values from an earlier version are kept aside" with a button that lists them; hidden
    // when the open draft keeps nothing aside.
    QLabel *setAsideNote() const { return m_asideNote; }
    QPushButton *setAsideButton() const { return m_asideButton; }
    // The open draft's kept-aside values (setAsideToJson()["values"] entries).
    QJsonArray setAside() const { return m_setAside; }
    // Lists the kept-aside values (what the button shows), in the current language.
    QString setAsideText() const;

    // Asked when a draft opens on an older version of its form: shows what moving it to the
    // newest version changes and returns whether to do it. The default is a dialog; tests
    // answer themselves.
    using MigrationPrompt = std::function<bool(const forms::MigrationPlan &plan)>;
    void setMigrationPrompt(MigrationPrompt prompt) { m_migrationPrompt = std::move(prompt); }

    // Loads a bundled form (cached: each version is compiled once per process).
    static Expected<std::shared_ptr<const forms::FormDefinition>> loadForm(const QString &formId,
                                                                           int version);

signals:
    // A draft is shown (opened, or made by newDraft()).
    void opened(const QString &draftId);
    void closeRequested();
    // The declaration was queued; the main window wakes the outbox and may show submissions.
    void submitted(const QString &itemId);
    // Something for the status bar (the submit refused, a save failed).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    drafts::Status show(const QString &draftId,
                        std::shared_ptr<const forms::FormDefinition> definition,
                        json::Value document, const QString &title);
    void scheduleSave();
    void updateSaveState();
    void retranslateUi();
    void clearAnomalyMarks();
    bool askMigration(const forms::MigrationPlan &plan);
    void showSetAside();

    QPointer<UserSpace> m_space;
    QString m_draftId;
    QString m_onBehalfOf;
    std::shared_ptr<const forms::FormDefinition> m_definition;
    std::unique_ptr<model::FormModel> m_model;
    form::FormView *m_view = nullptr;
    QList<QPointer<QWidget>> m_marked;
    QList<sync::Anomaly> m_shownAnomalies;
    QJsonArray m_setAside; // of the open draft, kept with it (never deleted here)
    MigrationPrompt m_migrationPrompt;

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_formLabel = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_anomalyHeading = nullptr;
    QListWidget *m_anomalies = nullptr;
    QLabel *m_asideNote = nullptr;
    QPushButton *m_asideButton = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace guichet::ui

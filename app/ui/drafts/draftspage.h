#pragma once

#include "core/drafts/draft.h"
#include "core/expected.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace guichet::ui {

class DraftListModel;
class UserSpace;

// The drafts of the current space: a table (title, form, version, validity, where it stands
// with the portal, last change) with a search field; open, new, duplicate, delete (undoable:
// the draft goes to the bin and comes back with Undo), export to and import from an encrypted
// file. Follows the space's changes (autosaves, submissions) by itself.
class DraftsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsPage(QWidget *parent = nullptr);
    ~DraftsPage() override;

    void setSpace(UserSpace *space);
    // Re-reads the drafts (keeps the selection).
    void refresh();

    // Ids of the rows shown (after the search), in display order.
    QStringList visibleDraftIds() const;
    QStringList selectedDraftIds() const;
    void selectDraft(const QString &id);

    Expected<QString> duplicateDraft(const QString &id);
    drafts::Status deleteDrafts(const QStringList &ids);
    // Brings back what the last deletion sent to the bin.
    drafts::Status undoDelete();
    bool canUndo() const { return !m_deleted.isEmpty(); }
    drafts::Status exportDraft(const QString &id, const QString &file, const QString &passphrase);
    Expected<QString> importDraft(const QString &file, const QString &passphrase);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *undoBar() const { return m_undoLabel; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested(const QString &draftId);
    void newRequested(const QString &formId);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void askNew();
    void askExport();
    void askImport();

    QPointer<UserSpace> m_space;
    DraftListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QStringList m_deleted; // the last deletion, for Undo
};

} // namespace guichet::ui

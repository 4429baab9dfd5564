#include "draftspage.h"

#include "core/forms/catalogue.h"
#include "core/paths.h"
#include "ui/drafts/passphrasedialog.h"
#include "ui/drafts/userspace.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <vector>

namespace guichet::ui {

// The drafts as rows. Titles are decrypted by DraftStore::list(); documents are not read.
class DraftListModel : public QAbstractTableModel
{
public:
    enum Column
    {
        Title,
        Form,
        Version,
        Validity,
        State,
        Updated,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDrafts(std::vector<drafts::DraftInfo> drafts)
    {
        beginResetModel();
        m_drafts = std::move(drafts);
        endResetModel();
    }
    void setCatalogue(std::optional<forms::Catalogue> catalogue)
    {
        m_catalogue = std::move(catalogue);
    }
    const drafts::DraftInfo &at(int row) const { return m_drafts.at(std::size_t(row)); }
    int rowOf(const QString &id) const
    {
        for (std::size_t i = 0; i < m_drafts.size(); ++i) {
            if (m_drafts[i].id == id)
                return int(i);
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_drafts.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const drafts::DraftInfo &d = at(index.row());
        if (role == Qt::UserRole)
            return d.id;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
            return {};
        const forms::CatalogueEntry *entry = m_catalogue ? m_catalogue->find(d.formId) : nullptr;
        switch (index.column()) {
        case Title:
            if (d.damaged)
                return DraftsPage::tr("(damaged: cannot be read)");
            return d.title.isEmpty() ? DraftsPage::tr("(untitled)") : d.title;
        case Form:
            return entry ? entry->title() : d.formId;
        case Version:
            if (entry && entry->latestVersion() > d.formVersion)
                return DraftsPage::tr("%1 (version %2 available)")
                    .arg(d.formVersion)
                    .arg(entry->latestVersion());
            return QString::number(d.formVersion);
        case Validity:
            switch (d.validity.state) {
            case drafts::DraftValidity::Valid:
                return DraftsPage::tr("Complete");
            case drafts::DraftValidity::Invalid:
                return DraftsPage::tr("%n error(s)", nullptr, d.validity.errorCount);
            case drafts::DraftValidity::Unknown:
                return DraftsPage::tr("Not checked yet");
            }
            return {};
        case State:
            switch (d.syncState) {
            case drafts::SyncState::Local:
                return DraftsPage::tr("Draft");
            case drafts::SyncState::Queued:
                return DraftsPage::tr("In the outbox");
            case drafts::SyncState::Sent:
                return DraftsPage::tr("Sent, result pending");
            case drafts::SyncState::Accepted:
                return DraftsPage::tr("Accepted");
            case drafts::SyncState::Rejected:
                return DraftsPage::tr("Refused");
            }
            return {};
        case Updated:
            return QLocale().toString(d.updated.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Title:
            return DraftsPage::tr("Title");
        case Form:
            return DraftsPage::tr("Form");
        case Version:
            return DraftsPage::tr("Form version");
        case Validity:
            return DraftsPage::tr("Validity");
        case State:
            return DraftsPage::tr("Status");
        case Updated:
            return DraftsPage::tr("Last change");
        }
        return {};
    }

    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_drafts.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }

private:
    std::vector<drafts::DraftInfo> m_drafts;
    std::optional<forms::Catalogue> m_catalogue;
};

DraftsPage::DraftsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("draftsPage"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("draftSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_model = new DraftListModel(this);
    if (auto catalogue = forms::Catalogue::load(paths::formsDirectory()))
        m_model->setCatalogue(std::move(*catalogue));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::Form, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(Qt::UserRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DraftsPage::updateActions);

    auto *undoRow = new QHBoxLayout;
    m_undoLabel = new QLabel(this);
    m_undoLabel->setObjectName(QStringLiteral("undoBar"));
    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    undoRow->addWidget(m_undoLabel, 1);
    undoRow->addWidget(m_undo);
    layout->addLayout(undoRow);
    m_undoLabel->hide();
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (auto undone = undoDelete(); !undone)
            emit message(undone.error().message);
    });

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newDraft"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openDraft"));
    m_duplicate = new QPushButton(this);
    m_duplicate->setObjectName(QStringLiteral("duplicateDraft"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteDraft"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportDraft"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importDraft"));
    for (QPushButton *b : {m_new, m_open, m_duplicate, m_delete, m_export, m_import})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &DraftsPage::askNew);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedDraftIds();
        if (!ids.isEmpty())
            emit openRequested(ids.first());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedDraftIds()) {
            if (auto copy = duplicateDraft(id); !copy)
                emit message(copy.error().message);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (auto removed = deleteDrafts(selectedDraftIds()); !removed)
            emit message(removed.error().message);
    });
    connect(m_export, &QPushButton::clicked, this, &DraftsPage::askExport);
    connect(m_import, &QPushButton::clicked, this, &DraftsPage::askImport);

    // Keyboard: Ctrl+F searches, Delete deletes, Ctrl+Z brings the deletion back, Ctrl+N starts
    // a new draft, Ctrl+D duplicates; Enter opens (the table's activation).
    auto addShortcut = [this](QKeySequence key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addShortcut(QKeySequence(Qt::Key_Delete), [this] {
        if (m_table->hasFocus())
            m_delete->click();
    });
    addShortcut(QKeySequence::Undo, [this] {
        if (canUndo())
            m_undo->click();
    });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { askNew(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_duplicate->click(); });

    setTabOrder(m_search, m_table);
    retranslateUi();
    updateActions();
}

DraftsPage::~DraftsPage() = default;

void DraftsPage::setSpace(UserSpace *space)
{
    if (m_space)
        m_space->disconnect(this);
    m_space = space;
    m_deleted.clear();
    if (space)
        connect(space, &UserSpace::draftsChanged, this, &DraftsPage::refresh);
    refresh();
}

void DraftsPage::refresh()
{
    const QStringList selected = selectedDraftIds();
    std::vector<drafts::DraftInfo> rows;
    if (m_space) {
        auto listed = m_space->drafts().list();
        if (listed)
            rows = std::move(*listed);
        else
            emit message(listed.error().message);
    }
    m_model->setDrafts(std::move(rows));
    for (const QString &id : selected)
        selectDraft(id);
    updateActions();
}

QStringList DraftsPage::visibleDraftIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(Qt::UserRole).toString());
    return ids;
}

QStringList DraftsPage::selectedDraftIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toString());
    return ids;
}

void DraftsPage::selectDraft(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

Expected<QString> DraftsPage::duplicateDraft(const QString &id)
{
    if (!m_space)
        return Error{QStringLiteral("no-space"), tr("The drafts are not open."), {}};
    const int row = m_model->rowOf(id);
    const QString title = row >= 0 ? tr("Copy of %1").arg(m_model->at(row).title) : QString();
    auto copy = m_space->drafts().duplicate(id, title);
    if (!copy)
        return copy.error();
    m_space->notifyDraftsChanged();
    m_table->clearSelection();
    selectDraft(*copy);
    return copy;
}

drafts::Status DraftsPage::deleteDrafts(const QStringList &ids)
{
    if (!m_space || ids.isEmpty())
        return drafts::success();
    QStringList removed;
    for (const QString &id : ids) {
        if (auto done = m_space->drafts().remove(id); !done) {
            m_deleted = removed;
            m_space->notifyDraftsChanged();
            return done.error();
        }
        removed.append(id);
    }
    m_deleted = removed;
    m_undoLabel->setText(tr("%n draft(s) deleted.", nullptr, int(removed.size())));
    m_undoLabel->show();
    m_undo->show();
    m_space->notifyDraftsChanged();
    emit message(m_undoLabel->text() + QLatin1Char(' ') + tr("Ctrl+Z brings them back."));
    return drafts::success();
}

drafts::Status DraftsPage::undoDelete()
{
    if (!m_space)
        return drafts::success();
    const QStringList ids = std::exchange(m_deleted, {});
    for (const QString &id : ids) {
        if (auto done = m_space->drafts().restore(id); !done)
            return done.error();
    }
    m_undoLabel->hide();
    m_undo->hide();
    m_space->notifyDraftsChanged();
    m_table->clearSelection();
    for (const QString &id : ids)
        selectDraft(id);
    return drafts::success();
}

drafts::Status DraftsPage::exportDraft(const QString &id, const QString &file,
                                       const QString &passphrase)
{
    if (!m_space)
        return Error{QStringLiteral("no-space"), tr("The drafts are not open."), {}};
    return m_space->drafts().exportDraft(id, file, passphrase);
}

Expected<QString> DraftsPage::importDraft(const QString &file, const QString &passphrase)
{
    if (!m_space)
        return Error{QStringLiteral("no-space"), tr("The drafts are not open."), {}};
    auto id = m_space->drafts().importDraft(file, passphrase);
    if (!id)
        return id;
    m_space->notifyDraftsChanged();
    m_table->clearSelection();
    selectDraft(*id);
    return id;
}

void DraftsPage::askNew()
{
    auto catalogue = forms::Catalogue::load(paths::formsDirectory());
    if (!catalogue) {
        emit message(catalogue.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New draft"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("&Form:"), &dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("formChooser"));
    list->setAccessibleName(tr("Forms"));
    label->setBuddy(list);
    for (const forms::CatalogueEntry &entry : catalogue->entries()) {
        auto *item = new QListWidgetItem(entry.title(), list);
        item->setData(Qt::UserRole, entry.id);
    }
    list->setCurrentRow(0);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    emit newRequested(list->currentItem()->data(Qt::UserRole).toString());
}

void DraftsPage::askExport()
{
    const QStringList ids = selectedDraftIds();
    if (ids.size() != 1) {
        emit message(tr("Choose one draft to export."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the draft"), QString(),
                                                      tr("Guichet drafts (*.guichet-draft)"));
    if (file.isEmpty())
        return;
    const auto passphrase = PassphraseDialog::ask(
        this, PassphraseDialog::Mode::Choose, tr("Protect the exported draft"),
        tr("The file is encrypted. Choose a passphrase to open it elsewhere (at least 8 "
           "characters):"));
    if (!passphrase)
        return;
    if (auto done = exportDraft(ids.first(), file, *passphrase); !done)
        QMessageBox::warning(this, tr("Export the draft"), done.error().message);
    else
        emit message(tr("The draft was exported to %1.").arg(QDir::toNativeSeparators(file)));
}

void DraftsPage::askImport()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import a draft"), QString(),
                                     tr("Guichet drafts (*.guichet-draft);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto passphrase =
        PassphraseDialog::ask(this, PassphraseDialog::Mode::Enter, tr("Import a draft"),
                              tr("The passphrase the file was exported with:"));
    if (!passphrase)
        return;
    if (auto id = importDraft(file, *passphrase); !id)
        QMessageBox::warning(this, tr("Import a draft"), id.error().message);
    else
        emit message(tr("The draft was imported."));
}

void DraftsPage::updateActions()
{
    const int selected = int(selectedDraftIds().size());
    m_open->setEnabled(selected == 1);
    m_duplicate->setEnabled(selected >= 1);
    m_delete->setEnabled(selected >= 1);
    m_export->setEnabled(selected == 1);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_new->setEnabled(m_space != nullptr);
    m_import->setEnabled(m_space != nullptr);
}

void DraftsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DraftsPage::retranslateUi()
{
    m_heading->setText(tr("Drafts"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Title or form"));
    m_search->setAccessibleName(tr("Search the drafts"));
    m_table->setAccessibleName(tr("Drafts"));
    m_table->setAccessibleDescription(
        tr("Enter opens the selected draft; Delete deletes it (Ctrl+Z brings it back)."));
    m_empty->setText(tr("No drafts yet. Start one with New draft (Ctrl+N); it is saved as you "
                        "type."));
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Bring the deleted drafts back (Ctrl+Z)."));
    m_new->setText(tr("&New draft…"));
    m_open->setText(tr("&Open"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the draft to an encrypted file, protected by a passphrase."));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add a draft from a file exported by Guichet."));
    m_model->retranslate();
}

} // namespace guichet::ui

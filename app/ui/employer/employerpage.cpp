#include "ui/employer/employerpage.h"

#include "core/forms/formdefinition.h"
#include "core/logging.h"
#include "core/schema/formats.h"
#include "core/staff/csvwriter.h"
#include "core/staff/formcache.h"
#include "core/staff/staffcsv.h"
#include "core/staff/staffregister.h"
#include "ui/employer/csvimportdialog.h"
#include "ui/employer/dimonadialog.h"
#include "ui/employer/dmfadialog.h"
#include "ui/employer/endemploymentdialog.h"
#include "ui/employer/stafffiltermodel.h"
#include "ui/employer/staffrecorddialog.h"
#include "ui/employer/stafftablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet::ui::employer {

namespace {

QString displayEnterprise(const QString &number)
{
    return QString::fromStdString(schema::formatEnterpriseNumberForDisplay(number.toStdString()));
}

constexpr staff::DimonaType kDimonaTypes[4] = {staff::DimonaType::In, staff::DimonaType::Out,
                                               staff::DimonaType::Update,
                                               staff::DimonaType::Cancel};

} // namespace

EmployerPage::EmployerPage(api::PortalAccess &portal, QWidget *parent)
    : QWidget(parent), m_portal(portal), m_model(new StaffTableModel(this)),
      m_filter(new StaffFilterModel(this))
{
    setObjectName(QStringLiteral("employerPage"));
    if (auto form = staff::FormCache::staffRecord())
        m_staffForm = *form;
    else
        m_formError = form.error().message;
    if (auto form = staff::FormCache::dimona())
        m_dimonaForm = *form;
    else if (m_formError.isEmpty())
        m_formError = form.error().message;
    m_model->setForm(m_staffForm);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    m_actingFor = new QLabel(this);
    m_actingFor->setObjectName(QStringLiteral("actingFor"));
    m_actingFor->setWordWrap(true);
    m_actingFor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_actingFor->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_actingFor->setFont(bold);
    layout->addWidget(m_actingFor);

    auto *grid = new QGridLayout;
    m_enterpriseLabel = new QLabel(this);
    m_enterpriseBox = new QComboBox(this);
    m_enterpriseBox->setObjectName(QStringLiteral("enterpriseBox"));
    m_enterpriseBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_enterpriseLabel->setBuddy(m_enterpriseBox);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_searchLabel->setBuddy(m_search);
    m_statusBoxLabel = new QLabel(this);
    m_statusBox = new QComboBox(this);
    m_statusBox->setObjectName(QStringLiteral("staffStatusFilter"));
    m_statusBox->addItem(QString(), int(StaffFilterModel::Status::All));
    m_statusBox->addItem(QString(), int(StaffFilterModel::Status::Active));
    m_statusBox->addItem(QString(), int(StaffFilterModel::Status::Ended));
    m_statusBoxLabel->setBuddy(m_statusBox);
    grid->addWidget(m_enterpriseLabel, 0, 0);
    grid->addWidget(m_enterpriseBox, 0, 1, 1, 3, Qt::AlignLeft);
    grid->addWidget(m_searchLabel, 1, 0);
    grid->addWidget(m_search, 1, 1);
    grid->addWidget(m_statusBoxLabel, 1, 2);
    grid->addWidget(m_statusBox, 1, 3);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(this);
    m_endAction = new QAction(this);
    m_endAction->setShortcut(QKeySequence::Delete);
    m_importAction = new QAction(this);
    m_exportAction = new QAction(this);
    m_dmfaAction = new QAction(this);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence::Find);
    for (int i = 0; i < 4; ++i)
        m_dimonaActions[i] = new QAction(this);
    // Page-wide shortcuts only while the focus is on this page; Delete only in the table, so
    // that it still deletes text in the search field.
    for (QAction *action : {m_newAction, m_importAction, m_exportAction, m_dmfaAction,
                            m_refreshAction, m_searchAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *actions = new QHBoxLayout;
    auto addButton = [&](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        actions->addWidget(button);
        m_buttons.append(button);
        return button;
    };
    addButton(m_newAction);
    addButton(m_editAction);
    addButton(m_endAction);
    m_dimonaButton = new QToolButton(this);
    m_dimonaButton->setObjectName(QStringLiteral("dimonaButton"));
    m_dimonaButton->setPopupMode(QToolButton::InstantPopup);
    m_dimonaButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dimonaButton->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_dimonaButton);
    for (QAction *action : m_dimonaActions)
        menu->addAction(action);
    m_dimonaButton->setMenu(menu);
    actions->addWidget(m_dimonaButton);
    addButton(m_dmfaAction);
    actions->addStretch(1);
    addButton(m_importAction);
    addButton(m_exportAction);
    addButton(m_refreshAction);
    layout->addLayout(actions);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows, however many there are.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumns();
    m_endAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_endAction);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    setTabOrder(m_enterpriseBox, m_search);
    setTabOrder(m_search, m_statusBox);
    setTabOrder(m_statusBox, m_table);

    connect(m_enterpriseBox, &QComboBox::activated, this,
            [this](int index) { chooseEnterprise(m_enterpriseBox->itemData(index).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        showCount();
    });
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStatus(StaffFilterModel::Status(m_statusBox->itemData(index).toInt()));
        showCount();
    });
    connect(m_table, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmployerPage::updateActions);
    connect(m_newAction, &QAction::triggered, this, &EmployerPage::createRecord);
    connect(m_editAction, &QAction::triggered, this, &EmployerPage::editSelected);
    connect(m_endAction, &QAction::triggered, this, &EmployerPage::endSelected);
    connect(m_dmfaAction, &QAction::triggered, this, &EmployerPage::prepareDmfa);
    connect(m_refreshAction, &QAction::triggered, this, &EmployerPage::refresh);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import workers"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString suggested =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/staff-%1.csv").arg(m_enterprise);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the register"),
                                                          suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    for (int i = 0; i < 4; ++i) {
        const staff::DimonaType type = kDimonaTypes[i];
        connect(m_dimonaActions[i], &QAction::triggered, this,
                [this, type] { declareDimona(type); });
    }

    retranslateUi();
    refresh();
}

EmployerPage::~EmployerPage() = default;

QAction *EmployerPage::dimonaAction(staff::DimonaType type) const
{
    for (int i = 0; i < 4; ++i) {
        if (kDimonaTypes[i] == type)
            return m_dimonaActions[i];
    }
    return nullptr;
}

QJsonObject EmployerPage::mandateOf(const QString &number) const
{
    for (const QJsonObject &m : m_mandates) {
        if (m.value(QLatin1String("enterpriseNumber")).toString() == number)
            return m;
    }
    return {};
}

QString EmployerPage::enterpriseName() const
{
    return mandateOf(m_enterprise).value(QLatin1String("name")).toString();
}

void EmployerPage::refresh()
{
    m_mandates.clear();
    if (m_portal.isSignedIn()) {
        const QJsonArray mandates = m_portal.identity().value(QLatin1String("mandates")).toArray();
        for (const QJsonValue &m : mandates) {
            const QJsonObject mandate = m.toObject();
            if (!mandate.value(QLatin1String("enterpriseNumber")).toString().isEmpty())
                m_mandates.append(mandate);
        }
    }
    m_enterpriseBox->clear();
    for (const QJsonObject &m : std::as_const(m_mandates)) {
        const QString number = m.value(QLatin1String("enterpriseNumber")).toString();
        m_enterpriseBox->addItem(
            QStringLiteral("%1 (%2)").arg(m.value(QLatin1String("name")).toString(),
                                          displayEnterprise(number)),
            number);
    }
    QString chosen = m_enterprise;
    if (chosen.isEmpty() || mandateOf(chosen).isEmpty())
        chosen = m_mandates.isEmpty()
                     ? QString()
                     : m_mandates.first().value(QLatin1String("enterpriseNumber")).toString();
    if (!chosen.isEmpty() && chosen == m_enterprise && m_register) {
        // The same enterprise: its register (and any dialog working on it) stays.
        m_enterpriseBox->setCurrentIndex(m_enterpriseBox->findData(chosen));
        updateActingFor();
        reload();
        return;
    }
    chooseEnterprise(chosen);
}

bool EmployerPage::setEnterprise(const QString &enterpriseNumber)
{
    if (mandateOf(enterpriseNumber).isEmpty())
        return false;
    if (enterpriseNumber != m_enterprise)
        chooseEnterprise(enterpriseNumber);
    return true;
}

void EmployerPage::chooseEnterprise(const QString &number)
{
    const int index = m_enterpriseBox->findData(number);
    if (index >= 0)
        m_enterpriseBox->setCurrentIndex(index);
    if (!number.isEmpty() && number == m_enterprise && m_register)
        return;
    m_enterprise = number;
    // The dialogs work on the register they were opened for: they go first, then the register
    // (answers still coming for the previous enterprise are dropped with it).
    delete m_dialog.data();
    delete m_register;
    m_register = nullptr;
    if (!m_enterprise.isEmpty())
        m_register = new staff::StaffRegister(m_portal, m_enterprise, this);
    m_model->clear();
    m_search->clear();
    updateActingFor();
    reload();
}

void EmployerPage::reload()
{
    m_loadError.clear();
    if (!m_register) {
        m_loading = false;
        m_model->clear();
        updateActions();
        showCount();
        return;
    }
    const int generation = ++m_generation;
    m_loading = true;
    updateActions();
    showCount();
    m_register->list(m_register,
                     [this, generation](const Expected<QList<staff::StaffRecord>> &records) {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         if (!records) {
                             m_loadError = records.error().message;
                         } else {
                             const QStringList selected = [this] {
                                 QStringList ids;
                                 for (const staff::StaffRecord &r : selectedRecords())
                                     ids << r.id;
                                 return ids;
                             }();
                             m_model->setRecords(*records);
                             selectRecords(selected);
                             if (!m_columnsFitted)
                                 fitColumns();
                         }
                         updateActions();
                         showCount();
                         emit registerLoaded(records ? int(records->size()) : -1);
                     });
}

void EmployerPage::updateActingFor()
{
    if (!m_portal.isSignedIn()) {
        m_actingFor->setText(tr("Sign in with your eID card to manage a staff register."));
        return;
    }
    if (m_enterprise.isEmpty()) {
        m_actingFor->setText(tr("You hold no mandate for an enterprise: there is no staff "
                                "register to manage."));
        return;
    }
    const QJsonObject mandate = mandateOf(m_enterprise);
    const QString name = mandate.value(QLatin1String("name")).toString();
    const QString capacity = mandate.value(QLatin1String("capacity")).toString();
    const QJsonObject via = mandate.value(QLatin1String("via")).toObject();
    const QString viaText =
        via.isEmpty()
            ? QString()
            : QStringLiteral("%1 (%2)").arg(
                  via.value(QLatin1String("name")).toString(),
                  displayEnterprise(via.value(QLatin1String("enterpriseNumber")).toString()));
    QString as;
    if (capacity == QLatin1String("social-secretariat"))
        as = viaText.isEmpty() ? tr("as its social secretariat")
                               : tr("as its social secretariat, %1").arg(viaText);
    else if (capacity == QLatin1String("service-provider"))
        as = viaText.isEmpty() ? tr("as its service provider")
                               : tr("as its service provider, %1").arg(viaText);
    else
        as = tr("as its employer");
    m_actingFor->setText(
        tr("Acting for %1 (enterprise %2), %3").arg(name, displayEnterprise(m_enterprise), as));
    m_actingFor->setAccessibleName(m_actingFor->text());
}

void EmployerPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void EmployerPage::showCount()
{
    if (!m_formError.isEmpty()) {
        showStatus(tr("The staff-record form cannot be used: %1").arg(m_formError));
        return;
    }
    if (m_loading) {
        showStatus(tr("Reading the staff register…"));
        return;
    }
    if (!m_loadError.isEmpty()) {
        showStatus(tr("The register could not be read: %1").arg(m_loadError));
        return;
    }
    if (!m_register) {
        showStatus(QString());
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (shown == total)
        showStatus(tr("%n worker(s) in the register.", nullptr, total));
    else
        showStatus(tr("%1 of %n worker(s) shown.", nullptr, total).arg(shown));
}

void EmployerPage::updateActions()
{
    const bool ready = m_register && !m_loading && m_staffForm && m_dimonaForm;
    const QList<staff::StaffRecord> selected =
        ready ? selectedRecords() : QList<staff::StaffRecord>();
    bool anyActive = false;
    for (const staff::StaffRecord &r : selected)
        anyActive = anyActive || r.active;
    m_newAction->setEnabled(ready);
    m_importAction->setEnabled(ready);
    m_exportAction->setEnabled(ready && m_model->rowCount() > 0);
    m_editAction->setEnabled(ready && selected.size() == 1);
    m_endAction->setEnabled(ready && anyActive);
    m_dimonaButton->setEnabled(ready && !selected.isEmpty());
    for (QAction *action : m_dimonaActions)
        action->setEnabled(ready && !selected.isEmpty());
    m_dmfaAction->setEnabled(ready && m_model->rowCount() > 0);
    m_refreshAction->setEnabled(m_portal.isSignedIn());
    m_enterpriseBox->setEnabled(m_mandates.size() > 1);
}

QList<staff::StaffRecord> EmployerPage::selectedRecords() const
{
    QList<staff::StaffRecord> out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            out.append(m_model->record(source.row()));
    }
    return out;
}

void EmployerPage::selectRecords(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                   QItemSelectionModel::NoUpdate);
    updateActions();
}

void EmployerPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void EmployerPage::createRecord()
{
    if (!m_register || !m_staffForm)
        return;
    auto *dialog = new StaffRecordDialog(*m_register, m_staffForm, std::nullopt, this);
    connect(dialog, &StaffRecordDialog::saved, this, [this](const staff::StaffRecord &record) {
        m_model->upsert(record);
        selectRecords({record.id});
        showStatus(tr("%1 was added to the register.").arg(record.displayName()));
    });
    openDialog(dialog);
}

void EmployerPage::editSelected()
{
    const QList<staff::StaffRecord> selected = selectedRecords();
    if (!m_register || !m_staffForm || selected.size() != 1)
        return;
    auto *dialog = new StaffRecordDialog(*m_register, m_staffForm, selected.first(), this);
    connect(dialog, &StaffRecordDialog::saved, this, [this](const staff::StaffRecord &record) {
        m_model->upsert(record);
        showStatus(tr("The entry of %1 was saved.").arg(record.displayName()));
    });
    openDialog(dialog);
}

void EmployerPage::endSelected()
{
    QList<staff::StaffRecord> selected;
    for (const staff::StaffRecord &r : selectedRecords()) {
        if (r.active)
            selected.append(r);
    }
    if (!m_register || selected.isEmpty())
        return;
    QStringList names;
    for (const staff::StaffRecord &r : std::as_const(selected))
        names << r.displayName();
    auto *dialog = new EndEmploymentDialog(names, this);
    if (selected.size() == 1 && selected.first().endDate().isValid())
        dialog->setEndDate(selected.first().endDate());
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected] {
        const QDate date = dialog->endDate();
        struct Tally
        {
            int pending = 0;
            int ended = 0;
            QStringList problems;
        };
        auto tally = std::make_shared<Tally>();
        tally->pending = int(selected.size());
        showStatus(tr("Ending %n employment(s)…", nullptr, tally->pending));
        for (const staff::StaffRecord &record : selected) {
            m_register->end(
                record, date, m_register, [this, tally, record](const staff::WriteOutcome &o) {
                    if (o.kind == staff::WriteOutcome::Kind::Saved) {
                        ++tally->ended;
                        m_model->upsert(o.record);
                    } else if (o.kind == staff::WriteOutcome::Kind::Conflict) {
                        // Someone changed the entry: show theirs, end nothing over it unseen.
                        m_model->upsert(o.record);
                        tally->problems << tr("%1: changed by someone else meanwhile; check the "
                                              "entry and end it again.")
                                               .arg(record.displayName());
                    } else {
                        tally->problems
                            << record.displayName() + QStringLiteral(": ") + o.error.message;
                    }
                    if (--tally->pending > 0)
                        return;
                    QString text = tr("%n employment(s) ended.", nullptr, tally->ended);
                    if (!tally->problems.isEmpty())
                        text += QLatin1Char(' ') + tally->problems.join(QLatin1Char(' '));
                    showStatus(text);
                    updateActions();
                });
        }
    });
    openDialog(dialog);
}

void EmployerPage::importCsv(const QString &path)
{
    if (!m_register || !m_staffForm)
        return;
    QSet<QString> keys;
    for (const staff::StaffRecord &r : m_model->records())
        keys.insert(r.duplicateKey());
    auto *dialog = new CsvImportDialog(*m_register, m_staffForm, keys, this);
    connect(dialog, &CsvImportDialog::recordCreated, m_model, &StaffTableModel::upsert);
    connect(dialog, &CsvImportDialog::importFinished, this, [this](int written) {
        showStatus(tr("%n worker(s) imported.", nullptr, written));
        // What the portal holds now, whoever else wrote meanwhile.
        reload();
    });
    openDialog(dialog);
    dialog->loadFile(path);
}

void EmployerPage::exportCsv(const QString &path)
{
    QList<QStringList> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        rows.append(staff::StaffCsv::rowFromDocument(m_model->record(source.row()).data));
    }
    const int count = int(rows.size());
    showStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            showStatus(tr("%n worker(s) exported to %1.", nullptr, count)
                           .arg(QDir::toNativeSeparators(path)));
            emit exported(path, count);
        } else {
            showStatus(tr("The export could not be written: %1").arg(error));
            emit exported(path, -1);
        }
    });
    watcher->setFuture(QtConcurrent::run([path, rows] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(staff::CsvWriter::write(staff::StaffCsv::headerNames(), rows));
        if (!file.commit())
            return file.errorString();
        return QString();
    }));
}

void EmployerPage::declareDimona(staff::DimonaType type)
{
    const QList<staff::StaffRecord> selected = selectedRecords();
    if (!m_register || !m_dimonaForm || selected.isEmpty())
        return;
    auto *dialog = new DimonaDialog(type, selected, m_enterprise, m_dimonaForm, this);
    // OUT, UPDATE, CANCEL: the period numbers come from the portal, prefilled when they arrive.
    dialog->lookUpPeriods(*m_register);
    connect(dialog, &QDialog::accepted, this, [this, dialog, type] {
        const QList<QByteArray> documents = dialog->documents();
        const QList<staff::StaffRecord> &workers = dialog->workers();
        const QString code = staff::DimonaBuilder::typeCode(type);
        if (documents.size() == 1) {
            emit openFormRequested(QStringLiteral("dimona"), documents.first(), m_enterprise,
                                   DimonaDialog::declarationTitle(type, workers.first()));
            return;
        }
        // Each row of the batch's result list names its worker.
        QStringList names;
        for (const staff::StaffRecord &worker : workers)
            names << worker.displayName();
        emit batchRequested(QStringLiteral("dimona"), documents, m_enterprise,
                            tr("Dimona %1 for %n worker(s) of %2", nullptr, int(documents.size()))
                                .arg(code, enterpriseName()),
                            names);
        showStatus(tr("%n Dimona declaration(s) handed to the batch submission.", nullptr,
                      int(documents.size())));
    });
    openDialog(dialog);
}

void EmployerPage::prepareDmfa()
{
    if (!m_register || m_model->rowCount() == 0)
        return;
    auto *dialog = new DmfaDialog(m_model->records(), m_enterprise, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QByteArray document =
            QJsonDocument(dialog->document()).toJson(QJsonDocument::Compact);
        emit openFormRequested(QStringLiteral("dmfa"), document, m_enterprise,
                               tr("DmfA %1, quarter %2 – %3")
                                   .arg(dialog->year())
                                   .arg(dialog->quarter())
                                   .arg(enterpriseName()));
    });
    openDialog(dialog);
}

void EmployerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmployerPage::fitColumns()
{
    // Wide enough for the header in the current language (with the sort arrow) and for what the
    // rows on screen hold; the person's own widths stay until the language changes.
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const int arrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize) +
                      2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    const bool rows = m_model->rowCount() > 0;
    for (int column = 0; column < StaffTableModel::ColumnCount - 1; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width = header.horizontalAdvance(title) + arrow;
        if (rows)
            width = qMax(width, static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(
                                    column)); // public there
        if (column == StaffTableModel::NameColumn)
            width = qBound(width, 200, 320);
        m_table->setColumnWidth(column, width);
    }
    m_columnsFitted = rows;
}

void EmployerPage::retranslateUi()
{
    m_enterpriseLabel->setText(tr("&Enterprise:"));
    m_enterpriseBox->setAccessibleName(tr("Enterprise acted for"));
    m_enterpriseBox->setToolTip(tr("The enterprises you hold a mandate for."));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(
        tr("Name or national number (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search the staff register"));
    m_search->setAccessibleDescription(
        tr("Every word in the name, or digits of the national number."));
    m_statusBoxLabel->setText(tr("S&how:"));
    m_statusBox->setItemText(0, tr("All workers"));
    m_statusBox->setItemText(1, tr("Active workers"));
    m_statusBox->setItemText(2, tr("Ended employments"));
    m_statusBox->setAccessibleName(tr("Which workers to show"));
    m_table->setAccessibleName(tr("Staff register"));
    m_table->setAccessibleDescription(
        tr("Enter opens the selected worker's entry; Delete ends the employment."));

    m_newAction->setText(tr("&New worker…"));
    m_newAction->setToolTip(tr("Adds a worker to the register (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Open entry…"));
    m_editAction->setToolTip(tr("Opens the selected worker's entry (Enter)"));
    m_endAction->setText(tr("E&nd employment…"));
    m_endAction->setToolTip(tr("Sets the last day of employment of the selected workers (Delete)"));
    m_importAction->setText(tr("&Import CSV…"));
    m_importAction->setToolTip(tr("Adds workers from a CSV file, checked row by row first"));
    m_exportAction->setText(tr("E&xport CSV…"));
    m_exportAction->setToolTip(tr("Writes the workers shown to a CSV file"));
    m_dmfaAction->setText(tr("Dmf&A…"));
    m_dmfaAction->setToolTip(tr("Prepares the quarterly DmfA from the register"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Reads the register from the portal again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchAction->setText(tr("Search"));
    m_dimonaButton->setText(tr("&Dimona"));
    m_dimonaButton->setAccessibleName(tr("Dimona for the selected workers"));
    m_dimonaButton->setToolTip(tr("Declares the start, end, change or cancellation of the "
                                  "selected workers' employment"));
    m_dimonaActions[0]->setText(tr("Start of employment (IN)…"));
    m_dimonaActions[1]->setText(tr("End of employment (OUT)…"));
    m_dimonaActions[2]->setText(tr("Change of the period (UPDATE)…"));
    m_dimonaActions[3]->setText(tr("Cancellation (CANCEL)…"));
    for (QToolButton *button : std::as_const(m_buttons)) {
        if (QAction *action = button->defaultAction())
            button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    }
    m_model->retranslate();
    updateActingFor();
    updateActions();
    showCount();
    if (m_table && m_model)
        fitColumns();
}

} // namespace guichet::ui::employer

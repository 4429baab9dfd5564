#include "ui/employer/csvimportdialog.h"

#include "ui/employer/importpreviewmodel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet::ui::employer {

namespace {

using PlanResult = std::shared_ptr<Expected<staff::ImportPlan>>;

} // namespace

CsvImportDialog::CsvImportDialog(staff::StaffRegister &staffRegister,
                                 std::shared_ptr<const forms::FormDefinition> form,
                                 QSet<QString> existingKeys, QWidget *parent)
    : QDialog(parent), m_register(staffRegister), m_form(std::move(form)),
      m_existingKeys(std::move(existingKeys)),
      m_importer(new staff::StaffImporter(staffRegister, this)),
      m_model(new ImportPreviewModel(m_form, this)), m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::HasProblemsRole);
    m_filter->setFilterKeyColumn(0);

    auto *layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    layout->addWidget(m_fileLabel);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_onlyProblems = new QCheckBox(this);
    layout->addWidget(m_onlyProblems);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_modeLabel = new QLabel(this);
    layout->addWidget(m_modeLabel);
    m_allOrNothing = new QRadioButton(this);
    m_skip = new QRadioButton(this);
    m_allOrNothing->setChecked(true);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skip);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_import = new QPushButton(this);
    m_import->setDefault(true);
    m_cancelImport = new QPushButton(this);
    m_cancelImport->hide();
    m_close = new QPushButton(this);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancelImport);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setFilterFixedString(only ? QStringLiteral("1") : QString());
    });
    connect(m_allOrNothing, &QRadioButton::toggled, this, &CsvImportDialog::updateState);
    connect(m_skip, &QRadioButton::toggled, this, &CsvImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_cancelImport, &QPushButton::clicked, m_importer, &staff::StaffImporter::cancel);
    connect(m_close, &QPushButton::clicked, this, &CsvImportDialog::reject);
    connect(m_importer, &staff::StaffImporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_importer, &staff::StaffImporter::recordCreated, this,
            [this](const staff::StaffRecord &record) { emit recordCreated(record); });
    connect(m_importer, &staff::StaffImporter::finished, this, &CsvImportDialog::onImportFinished);

    resize(960, 640);
    retranslateUi();
}

CsvImportDialog::~CsvImportDialog() = default;

void CsvImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_plan.reset();
    m_fileError.clear();
    m_finished = false;
    m_model->setPlan(nullptr);
    m_reading = true;
    m_progress->setRange(0, 0); // busy until the row count is known
    m_progress->show();
    updateState();

    auto *watcher = new QFutureWatcher<PlanResult>(this);
    connect(watcher, &QFutureWatcher<PlanResult>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(watcher, &QFutureWatcher<PlanResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<PlanResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<PlanResult> results = watcher->future().results();
        if (!results.isEmpty())
            onAnalysed(results.first());
    });
    // The worker gets copies of everything it reads: the dialog may close before it is done.
    watcher->setFuture(QtConcurrent::run(
        [](QPromise<PlanResult> &promise, QString file,
           std::shared_ptr<const forms::FormDefinition> form, QSet<QString> keys) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                promise.addResult(std::make_shared<Expected<staff::ImportPlan>>(
                    Error{QStringLiteral("io.unreadable"),
                          QCoreApplication::translate("guichet::ui::employer::CsvImportDialog",
                                                      "The file %1 cannot be read: %2")
                              .arg(file, in.errorString()),
                          {file}}));
                return;
            }
            const QByteArray bytes = in.readAll();
            auto plan = staff::ImportPlan::analyse(bytes, *form, keys, [&](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
            promise.addResult(std::make_shared<Expected<staff::ImportPlan>>(std::move(plan)));
        },
        path, m_form, m_existingKeys));
}

void CsvImportDialog::onAnalysed(std::shared_ptr<Expected<staff::ImportPlan>> result)
{
    m_reading = false;
    m_progress->hide();
    if (!*result) {
        m_fileError = result->error().message;
    } else {
        m_plan = std::move(result->value());
        m_model->setPlan(&*m_plan);
        m_view->resizeColumnToContents(ImportPreviewModel::LineColumn);
        m_view->resizeColumnToContents(ImportPreviewModel::StatusColumn);
        m_view->setColumnWidth(ImportPreviewModel::NameColumn, 200);
        m_view->setColumnWidth(ImportPreviewModel::NissColumn, 130);
        // Problems first catch the eye when there are any.
        if (m_plan->invalidCount() > 0 && m_plan->invalidCount() < m_plan->rows().size())
            m_onlyProblems->setChecked(true);
    }
    updateState();
    emit analysed();
}

CsvImportDialog::Mode CsvImportDialog::mode() const
{
    return m_skip->isChecked() ? Mode::SkipProblems : Mode::AllOrNothing;
}

void CsvImportDialog::setMode(Mode mode)
{
    (mode == Mode::SkipProblems ? m_skip : m_allOrNothing)->setChecked(true);
}

bool CsvImportDialog::startImport()
{
    if (!m_plan || isImporting() || m_finished)
        return false;
    const bool allOrNothing = mode() == Mode::AllOrNothing;
    if (allOrNothing && m_plan->invalidCount() > 0)
        return false;
    QList<staff::ImportItem> items;
    for (const staff::ImportRow &row : m_plan->rows()) {
        if (row.isValid())
            items.append({row.line, row.document, {}});
    }
    if (items.isEmpty())
        return false;
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_importer->start(items, allOrNothing);
    updateState();
    return true;
}

void CsvImportDialog::onImportFinished()
{
    m_finished = true;
    const staff::ImportReport &report = m_importer->report();
    for (int line : report.written)
        m_model->setOutcome(line, ImportPreviewModel::Outcome::Written);
    for (const auto &[line, message] : report.failed)
        m_model->setOutcome(line, ImportPreviewModel::Outcome::Refused, message);
    for (int line : report.notSent)
        m_model->setOutcome(line, ImportPreviewModel::Outcome::NotSent);
    for (const auto &[line, ids] : report.duplicated)
        m_model->setOutcome(
            line, ImportPreviewModel::Outcome::Twice,
            tr("The register now holds this worker %1 times (entries %2): the connection was lost "
               "and the request was sent again. End the extra entry, or ask the portal to remove "
               "it.")
                .arg(ids.size())
                .arg(ids.join(QStringLiteral(", "))));
    updateState();
    emit importFinished(int(report.written.size()));
}

void CsvImportDialog::reject()
{
    // Closing while writing would leave the person without the report: cancel first.
    if (isImporting()) {
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

void CsvImportDialog::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        m_importer->cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import workers from a CSV file"));
    m_onlyProblems->setText(tr("Show only the rows with &problems"));
    m_view->setAccessibleName(tr("Rows of the file"));
    m_modeLabel->setText(tr("When some rows have problems:"));
    m_allOrNothing->setText(tr("Import &nothing until every row is correct (all or nothing)"));
    m_skip->setText(tr("&Skip the rows with problems and import the others"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancelImport->setText(tr("Stop the import"));
    m_model->retranslate();
    updateState();
}

void CsvImportDialog::updateState()
{
    const QString name = QFileInfo(m_path).fileName();
    m_fileLabel->setText(m_path.isEmpty() ? QString() : tr("File: %1").arg(name));
    const bool importing = isImporting();
    m_allOrNothing->setEnabled(!importing && !m_finished);
    m_skip->setEnabled(!importing && !m_finished);
    m_cancelImport->setVisible(importing);
    m_close->setText(m_finished ? tr("&Close") : tr("Cancel"));
    m_import->setVisible(!m_finished);

    if (m_reading) {
        m_summary->setText(tr("Reading and checking the file…"));
        m_import->setEnabled(false);
        m_import->setText(tr("&Import"));
        return;
    }
    if (!m_fileError.isEmpty()) {
        m_summary->setText(m_fileError);
        m_import->setEnabled(false);
        m_import->setText(tr("&Import"));
        return;
    }
    if (!m_plan) {
        m_summary->clear();
        m_import->setEnabled(false);
        m_import->setText(tr("&Import"));
        return;
    }
    const int valid = m_plan->validCount();
    const int invalid = m_plan->invalidCount();
    if (m_finished) {
        const staff::ImportReport &report = m_importer->report();
        QStringList parts;
        parts << tr("%n worker(s) added to the register.", nullptr, int(report.written.size()));
        if (!report.failed.isEmpty())
            parts << tr("%n row(s) refused by the portal (see the Problems column).", nullptr,
                        int(report.failed.size()));
        if (!report.notSent.isEmpty())
            parts << (report.cancelled
                          ? tr("The import was stopped: %n row(s) not sent.", nullptr,
                               int(report.notSent.size()))
                          : tr("After the refusal nothing more was sent: %n row(s) not sent.",
                               nullptr, int(report.notSent.size())));
        if (!report.duplicated.isEmpty())
            parts << tr("%n worker(s) are now twice in the register after a lost connection "
                        "(see the Problems column).",
                        nullptr, int(report.duplicated.size()));
        else if (!report.verified && !report.written.isEmpty())
            parts << tr("The register could not be read again to check that nobody was added "
                        "twice.");
        if (invalid > 0)
            parts << tr("%n row(s) with problems skipped.", nullptr, invalid);
        m_summary->setText(parts.join(QLatin1Char(' ')));
        return;
    }
    QString text = tr("%n row(s) ready", nullptr, valid);
    if (invalid > 0)
        text += QStringLiteral(", ") + tr("%n row(s) with problems", nullptr, invalid);
    text += QLatin1Char('.');
    const bool allOrNothing = mode() == Mode::AllOrNothing;
    if (importing) {
        m_summary->setText(text + QLatin1Char(' ') + tr("Adding the workers to the register…"));
        m_import->setEnabled(false);
        return;
    }
    if (allOrNothing && invalid > 0) {
        text += QLatin1Char(' ') +
                tr("Nothing will be imported until they are corrected in the file, unless you "
                   "choose to skip them.");
    }
    m_summary->setText(text);
    const int toImport = allOrNothing && invalid > 0 ? 0 : valid;
    m_import->setEnabled(toImport > 0);
    m_import->setText(toImport > 0 ? tr("&Import %n worker(s)", nullptr, toImport) : tr("&Import"));
}

} // namespace guichet::ui::employer

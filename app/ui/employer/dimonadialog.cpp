#include "ui/employer/dimonadialog.h"

#include "core/forms/formdefinition.h"
#include "core/schema/formats.h"
#include "core/schema/messages.h"
#include "core/staff/formcache.h"
#include "core/staff/staffregister.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet::ui::employer {

namespace {

enum Column
{
    WorkerColumn,
    NissColumn,
    PeriodColumn,
    CheckColumn,
    ColumnCount
};

} // namespace

DimonaDialog::DimonaDialog(staff::DimonaType type, QList<staff::StaffRecord> workers,
                           const QString &enterpriseNumber,
                           std::shared_ptr<const forms::FormDefinition> dimonaForm, QWidget *parent)
    : QDialog(parent), m_type(type), m_workers(std::move(workers)), m_enterprise(enterpriseNumber),
      m_form(std::move(dimonaForm))
{
    setObjectName(QStringLiteral("dimonaDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *options = new QFormLayout;
    const bool hasStart = type == staff::DimonaType::In || type == staff::DimonaType::Update;
    const bool hasEnd = type != staff::DimonaType::Cancel;
    auto *hourValidator = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([01][0-9]|2[0-3])[0-5][0-9]$")), this);

    m_sameStart = new QCheckBox(this);
    m_startDate = new QDateEdit(QDate::currentDate(), this);
    m_startDate->setCalendarPopup(true);
    m_startDate->setEnabled(false);
    m_startHourLabel = new QLabel(this);
    m_startHour = new QLineEdit(this);
    m_startHour->setValidator(hourValidator);
    m_startHour->setMaxLength(4);
    m_startHourLabel->setBuddy(m_startHour);
    if (hasStart) {
        options->addRow(m_sameStart, m_startDate);
        options->addRow(m_startHourLabel, m_startHour);
    } else {
        m_sameStart->hide();
        m_startDate->hide();
        m_startHourLabel->hide();
        m_startHour->hide();
    }

    m_sameEnd = new QCheckBox(this);
    m_endDate = new QDateEdit(QDate::currentDate(), this);
    m_endDate->setCalendarPopup(true);
    m_endDate->setEnabled(false);
    m_endHourLabel = new QLabel(this);
    m_endHour = new QLineEdit(this);
    m_endHour->setValidator(hourValidator);
    m_endHour->setMaxLength(4);
    m_endHourLabel->setBuddy(m_endHour);
    if (hasEnd) {
        options->addRow(m_sameEnd, m_endDate);
        options->addRow(m_endHourLabel, m_endHour);
    } else {
        m_sameEnd->hide();
        m_endDate->hide();
        m_endHourLabel->hide();
        m_endHour->hide();
    }
    layout->addLayout(options);
    // An OUT needs an end date: when an entry has none, one date for everyone is the way.
    if (type == staff::DimonaType::Out) {
        for (const staff::StaffRecord &w : std::as_const(m_workers)) {
            if (!w.endDate().isValid()) {
                m_sameEnd->setChecked(true);
                m_endDate->setEnabled(true);
                break;
            }
        }
    }

    m_table = new QTableWidget(int(m_workers.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("dimonaWorkers"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(PeriodColumn, !needsPeriod());
    for (int row = 0; row < m_workers.size(); ++row) {
        const staff::StaffRecord &w = m_workers.at(row);
        auto *name = new QTableWidgetItem(w.displayName());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *niss = new QTableWidgetItem(
            QString::fromStdString(schema::formatNissForDisplay(w.niss().toStdString())));
        niss->setFlags(niss->flags() & ~Qt::ItemIsEditable);
        auto *check = new QTableWidgetItem;
        check->setFlags(check->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, WorkerColumn, name);
        m_table->setItem(row, NissColumn, niss);
        m_table->setItem(row, PeriodColumn, new QTableWidgetItem);
        m_table->setItem(row, CheckColumn, check);
    }
    m_table->resizeColumnToContents(WorkerColumn);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_accept = new QPushButton(this);
    m_accept->setDefault(true);
    m_cancel = new QPushButton(this);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_sameStart, &QCheckBox::toggled, m_startDate, &QWidget::setEnabled);
    connect(m_sameEnd, &QCheckBox::toggled, m_endDate, &QWidget::setEnabled);
    for (QCheckBox *box : {m_sameStart, m_sameEnd})
        connect(box, &QCheckBox::toggled, this, &DimonaDialog::rebuild);
    for (QDateEdit *edit : {m_startDate, m_endDate})
        connect(edit, &QDateEdit::dateChanged, this, &DimonaDialog::rebuild);
    for (QLineEdit *edit : {m_startHour, m_endHour})
        connect(edit, &QLineEdit::textChanged, this, &DimonaDialog::rebuild);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_building && item->column() == PeriodColumn)
            rebuild();
    });
    auto *paste = new QAction(this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(paste);
    connect(paste, &QAction::triggered, this,
            [this] { pastePeriodIds(QApplication::clipboard()->text()); });
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(860, 520);
    retranslateUi();
}

bool DimonaDialog::needsPeriod() const
{
    return m_type != staff::DimonaType::In;
}

void DimonaDialog::lookUpPeriods(staff::StaffRegister &staffRegister)
{
    if (!needsPeriod())
        return;
    m_lookup = PeriodLookup::Pending;
    rebuild();
    staffRegister.openDimonaPeriods(
        this,
        [this](const Expected<QList<staff::DimonaPeriod>> &periods) { setKnownPeriods(periods); });
}

void DimonaDialog::setKnownPeriods(const Expected<QList<staff::DimonaPeriod>> &periods)
{
    m_known.clear();
    if (!periods) {
        m_lookup = PeriodLookup::Failed;
        m_lookupError = periods.error();
        rebuild();
        return;
    }
    m_lookup = PeriodLookup::Done;
    m_building = true;
    for (int row = 0; row < m_workers.size(); ++row) {
        const auto period = staff::DimonaPeriod::latestOpen(*periods, m_workers.at(row).niss());
        m_known.append(period);
        // What the person typed meanwhile stays.
        QTableWidgetItem *item = m_table->item(row, PeriodColumn);
        if (period && item && item->text().trimmed().isEmpty())
            item->setText(period->periodId);
    }
    m_building = false;
    rebuild();
}

std::optional<staff::DimonaPeriod> DimonaDialog::knownPeriod(int row) const
{
    return row >= 0 && row < m_known.size() ? m_known.at(row) : std::nullopt;
}

QString DimonaDialog::periodNote(int row) const
{
    switch (m_lookup) {
    case PeriodLookup::NotAsked:
        return {};
    case PeriodLookup::Pending:
        return tr("Looking up the period number on file…");
    case PeriodLookup::Failed:
        return tr("The period numbers on file could not be read: type it.");
    case PeriodLookup::Done:
        break;
    }
    if (const auto known = knownPeriod(row))
        return tr("On file: the open period since %1 (worker type %2). You may change it.")
            .arg(QLocale().toString(known->startDate, QLocale::ShortFormat), known->workerType);
    return tr("No open Dimona period on file for this worker: type the period number of their "
              "Dimona IN.");
}

QString DimonaDialog::declarationTitle(staff::DimonaType type, const staff::StaffRecord &worker)
{
    return tr("Dimona %1 – %2").arg(staff::DimonaBuilder::typeCode(type), worker.displayName());
}

void DimonaDialog::setPeriodId(int row, const QString &periodId)
{
    if (QTableWidgetItem *item = m_table->item(row, PeriodColumn))
        item->setText(periodId);
}

void DimonaDialog::pastePeriodIds(const QString &text)
{
    if (!needsPeriod())
        return;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    int row = std::max(0, m_table->currentRow());
    m_building = true;
    for (const QString &line : lines) {
        if (row >= m_table->rowCount())
            break;
        const QString value = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        if (value.isEmpty() && &line == &lines.back())
            break; // the line end after the last value
        m_table->item(row++, PeriodColumn)->setText(value);
    }
    m_building = false;
    rebuild();
}

staff::DimonaBuilder::Options DimonaDialog::optionsFor(int row) const
{
    staff::DimonaBuilder::Options options;
    if (m_sameStart->isChecked())
        options.startDate = m_startDate->date();
    if (m_sameEnd->isChecked())
        options.endDate = m_endDate->date();
    options.startHour = m_startHour->text().trimmed();
    options.endHour = m_endHour->text().trimmed();
    if (const QTableWidgetItem *item = m_table->item(row, PeriodColumn))
        options.periodId =
            QString::fromStdString(schema::compactIdentifier(item->text().toStdString()));
    return options;
}

void DimonaDialog::rebuild()
{
    m_building = true;
    m_documents.clear();
    m_problems.clear();
    m_invalid = 0;
    int prefilled = 0;
    int missing = 0;
    const auto &overrides = m_form->messageOverrides();
    for (int row = 0; row < m_workers.size(); ++row) {
        const QJsonObject document = staff::DimonaBuilder::build(m_type, m_workers.at(row).data,
                                                                 m_enterprise, optionsFor(row));
        m_documents.append(document);
        const schema::ValidationResult result = staff::FormCache::validate(*m_form, document);
        QString problem;
        if (!result.valid) {
            ++m_invalid;
            const schema::ValidationError &first = result.errors.front();
            problem =
                staff::FormCache::fieldTitle(*m_form, QString::fromStdString(first.fieldLocation)) +
                QStringLiteral(": ") +
                schema::message(first, overrides.isEmpty() ? nullptr : &overrides);
            if (result.errors.size() > 1)
                problem +=
                    QLatin1Char(' ') + tr("(and %n more)", nullptr, int(result.errors.size()) - 1);
        }
        m_problems.append(problem);
        QString checkText = problem.isEmpty() ? tr("Ready") : problem;
        if (needsPeriod()) {
            const QString note = periodNote(row);
            QTableWidgetItem *period = m_table->item(row, PeriodColumn);
            period->setToolTip(note);
            period->setData(Qt::AccessibleDescriptionRole, note);
            // An empty number with nothing on file: the row says why, and what to do.
            if (!knownPeriod(row) && m_lookup == PeriodLookup::Done &&
                period->text().trimmed().isEmpty()) {
                checkText = note;
                ++missing;
            }
            if (const auto known = knownPeriod(row);
                known && optionsFor(row).periodId == known->periodId)
                ++prefilled;
        }
        QTableWidgetItem *check = m_table->item(row, CheckColumn);
        check->setText(checkText);
        check->setToolTip(problem);
    }
    const int count = int(m_workers.size());
    QString status;
    if (count == 1) {
        status = m_invalid == 0 ? tr("The declaration is complete.")
                                : tr("The declaration is not complete yet: the form will show "
                                     "what to fill in.");
        m_accept->setEnabled(true);
    } else if (m_invalid > 0) {
        status = tr("%n declaration(s) are not complete: see the Check column. Every "
                    "declaration of a batch must be complete.",
                    nullptr, m_invalid);
        m_accept->setEnabled(false);
    } else {
        status = tr("The %n declarations are complete.", nullptr, count);
        m_accept->setEnabled(true);
    }
    QStringList lookup;
    switch (m_lookup) {
    case PeriodLookup::NotAsked:
        break;
    case PeriodLookup::Pending:
        lookup << tr("Looking up the period numbers on file…");
        break;
    case PeriodLookup::Failed:
        lookup << tr("The period numbers on file could not be read (%1): type each one from the "
                     "receipt of the worker's Dimona IN.")
                      .arg(m_lookupError.message);
        break;
    case PeriodLookup::Done:
        if (prefilled > 0)
            lookup << tr("%n period number(s) prefilled from the open periods on file.", nullptr,
                         prefilled);
        if (missing > 0)
            lookup << tr("%n worker(s) have no open period on file: type their period number.",
                         nullptr, missing);
        break;
    }
    m_status->setText(
        lookup.isEmpty() ? status : status + QLatin1Char('\n') + lookup.join(QLatin1Char(' ')));
    m_building = false;
}

QList<QByteArray> DimonaDialog::documents() const
{
    QList<QByteArray> out;
    out.reserve(m_documents.size());
    for (const QJsonObject &document : m_documents)
        out.append(QJsonDocument(document).toJson(QJsonDocument::Compact));
    return out;
}

void DimonaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DimonaDialog::retranslateUi()
{
    const QString code = staff::DimonaBuilder::typeCode(m_type);
    const int count = int(m_workers.size());
    setWindowTitle(tr("Dimona %1").arg(code));
    switch (m_type) {
    case staff::DimonaType::In:
        m_intro->setText(tr("Declare the start of employment (Dimona IN) of %n worker(s). The "
                            "dates are each contract's unless you give one for everyone.",
                            nullptr, count));
        break;
    case staff::DimonaType::Out:
        m_intro->setText(tr("Declare the end of employment (Dimona OUT) of %n worker(s). Each "
                            "worker's open period on file is filled in; give the others from "
                            "the receipt of the worker's Dimona IN.",
                            nullptr, count));
        break;
    case staff::DimonaType::Update:
        m_intro->setText(tr("Change the Dimona period of %n worker(s) (Dimona UPDATE). Each "
                            "worker's open period on file is filled in; give the others from "
                            "the receipt of the worker's Dimona IN.",
                            nullptr, count));
        break;
    case staff::DimonaType::Cancel:
        m_intro->setText(tr("Cancel the Dimona period of %n worker(s) (Dimona CANCEL). Each "
                            "worker's open period on file is filled in; give the others from "
                            "the receipt of the worker's Dimona IN.",
                            nullptr, count));
        break;
    }
    m_sameStart->setText(tr("Same start &date for everyone:"));
    m_startDate->setAccessibleName(tr("Start date for everyone"));
    m_startHourLabel->setText(tr("Start &hour (HHMM, optional):"));
    m_startHour->setPlaceholderText(tr("e.g. 0800"));
    m_sameEnd->setText(tr("Same &end date for everyone:"));
    m_endDate->setAccessibleName(tr("End date for everyone"));
    m_endHourLabel->setText(tr("End h&our (HHMM, optional):"));
    m_endHour->setPlaceholderText(tr("e.g. 1730"));
    m_table->setHorizontalHeaderLabels(
        {tr("Worker"), tr("National number"), tr("Period number"), tr("Check")});
    m_table->setAccessibleName(tr("Workers to declare"));
    if (QTableWidgetItem *header = m_table->horizontalHeaderItem(PeriodColumn))
        header->setToolTip(tr("The 12-digit period number of each worker's Dimona IN: filled "
                              "in from the open periods on file, else type or paste it (one "
                              "per line)."));
    m_table->resizeColumnToContents(WorkerColumn);
    m_table->resizeColumnToContents(NissColumn);
    m_table->setColumnWidth(PeriodColumn, std::max(m_table->columnWidth(PeriodColumn), 140));
    m_accept->setText(count == 1 ? tr("&Open the declaration")
                                 : tr("&Prepare %n declarations", nullptr, count));
    m_cancel->setText(tr("Cancel"));
    rebuild();
}

} // namespace guichet::ui::employer

#include "ui/employer/conflictdialog.h"

#include "core/forms/formdefinition.h"
#include "core/staff/formcache.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet::ui::employer {

namespace {

enum Column
{
    FieldColumn,
    MineColumn,
    TheirsColumn,
    KeepColumn,
    ColumnCount
};

} // namespace

ConflictDialog::ConflictDialog(std::shared_ptr<const forms::FormDefinition> form,
                               const QJsonObject &base, const QJsonObject &mine,
                               const staff::StaffRecord &theirs, QWidget *parent)
    : QDialog(parent), m_form(std::move(form)), m_mine(mine), m_theirs(theirs),
      m_differences(staff::RecordDiff::differences(base, mine, theirs.data))
{
    setObjectName(QStringLiteral("staffConflictDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(int(m_differences.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_differences.size(); ++row) {
        for (int column = FieldColumn; column < KeepColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        auto *combo = new QComboBox(m_table);
        combo->addItem(QString(), int(Choice::Mine));
        combo->addItem(QString(), int(Choice::Theirs));
        combo->setCurrentIndex(m_differences.at(row).suggestTheirs() ? 1 : 0);
        m_table->setCellWidget(row, KeepColumn, combo);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_allMine = new QPushButton(this);
    m_allTheirs = new QPushButton(this);
    m_save = new QPushButton(this);
    m_cancel = new QPushButton(this);
    m_save->setDefault(true);
    buttons->addWidget(m_allMine);
    buttons->addWidget(m_allTheirs);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_allMine, &QPushButton::clicked, this, [this] { chooseAll(Choice::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { chooseAll(Choice::Theirs); });
    connect(m_save, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(820, 420);
    retranslateUi();
}

QComboBox *ConflictDialog::comboAt(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn));
}

int ConflictDialog::rowOf(const QString &pointer) const
{
    for (int i = 0; i < m_differences.size(); ++i) {
        if (m_differences.at(i).pointer == pointer)
            return i;
    }
    return -1;
}

ConflictDialog::Choice ConflictDialog::choice(const QString &pointer) const
{
    const int row = rowOf(pointer);
    if (row < 0)
        return Choice::Theirs;
    return Choice(comboAt(row)->currentData().toInt());
}

void ConflictDialog::setChoice(const QString &pointer, Choice choice)
{
    const int row = rowOf(pointer);
    if (row >= 0)
        comboAt(row)->setCurrentIndex(choice == Choice::Mine ? 0 : 1);
}

void ConflictDialog::chooseAll(Choice choice)
{
    for (int row = 0; row < m_differences.size(); ++row)
        comboAt(row)->setCurrentIndex(choice == Choice::Mine ? 0 : 1);
}

QJsonObject ConflictDialog::mergedDocument() const
{
    QSet<QString> takeTheirs;
    for (int row = 0; row < m_differences.size(); ++row) {
        if (Choice(comboAt(row)->currentData().toInt()) == Choice::Theirs)
            takeTheirs.insert(m_differences.at(row).pointer);
    }
    return staff::RecordDiff::merge(m_mine, m_theirs.data, m_differences, takeTheirs);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslateUi()
{
    setWindowTitle(tr("Someone else changed this worker"));
    const QDateTime at = QDateTime::fromString(m_theirs.updatedAt, Qt::ISODate);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : m_theirs.updatedAt;
    m_intro->setText(
        tr("Someone else saved this worker's entry while you were editing it (version %1, %2). "
           "Below is every field where your version and theirs differ. Choose which to keep for "
           "each field; nothing is saved until you click \"Save this version\".")
            .arg(m_theirs.version)
            .arg(when));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Their version"), tr("Keep")});
    m_table->setAccessibleName(tr("Differences between your version and theirs"));
    const QString empty = tr("(empty)");
    for (int row = 0; row < m_differences.size(); ++row) {
        const staff::FieldDifference &d = m_differences.at(row);
        QString field = m_form ? staff::FormCache::fieldTitle(*m_form, d.pointer) : d.pointer;
        if (d.isConflict())
            field += QStringLiteral(" — ") + tr("changed by both");
        else if (d.changedByThem())
            field += QStringLiteral(" — ") + tr("changed by them");
        else
            field += QStringLiteral(" — ") + tr("changed by you");
        auto valueText = [&](const QJsonValue &value) {
            const QString text =
                m_form ? staff::FormCache::valueText(*m_form, d.pointer, value) : value.toString();
            return text.isEmpty() ? empty : text;
        };
        m_table->item(row, FieldColumn)->setText(field);
        m_table->item(row, FieldColumn)->setToolTip(d.pointer);
        m_table->item(row, MineColumn)->setText(valueText(d.mine));
        m_table->item(row, TheirsColumn)->setText(valueText(d.theirs));
        QComboBox *combo = comboAt(row);
        combo->setItemText(0, tr("Yours"));
        combo->setItemText(1, tr("Theirs"));
        combo->setAccessibleName(tr("Keep for %1").arg(field));
    }
    m_allMine->setText(tr("Keep all &mine"));
    m_allTheirs->setText(tr("Keep all &theirs"));
    m_save->setText(tr("&Save this version"));
    m_cancel->setText(tr("Cancel"));
    m_save->setAccessibleDescription(
        tr("Saves the entry with the value chosen for each field, over their version."));
}

} // namespace guichet::ui::employer

#include "diagnosticsdialog.h"

#include "appsettings.h"
#include "keychainprobe.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet::ui {

DiagnosticsDialog::DiagnosticsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("report"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_intro->setBuddy(m_tree);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    layout->addWidget(m_feedback);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyToClipboard"));
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DiagnosticsDialog::reject);
    layout->addWidget(m_buttons);

    m_probe = new KeychainProbe(this);
    connect(m_probe, &KeychainProbe::finished, this, [this] {
        m_report.setKeychainState(m_probe->state(), m_probe->errorString());
        showReport();
        emit reportUpdated();
    });

    retranslateUi();
    m_probe->start();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 34);
}

bool DiagnosticsDialog::isComplete() const
{
    return m_probe->isFinished();
}

void DiagnosticsDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_report.toPlainText());
    m_feedback->setText(tr("The report is on the clipboard: paste it into your helpdesk ticket."));
}

void DiagnosticsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DiagnosticsDialog::retranslateUi()
{
    setWindowTitle(tr("Diagnostics"));
    m_intro->setText(tr("What Guichet knows about this computer. It holds no personal data: "
                        "copy it into a ticket when the helpdesk asks for it."));
    m_tree->setHeaderLabels({tr("Item"), tr("Value")});
    m_tree->setAccessibleName(tr("Diagnostics report"));
    m_copy->setText(tr("&Copy to clipboard"));
    m_copy->setAccessibleDescription(tr("Copies the whole report as plain text."));
    m_feedback->clear();
    // The labels and some values are words in the UI language: gather them again.
    collect();
}

void DiagnosticsDialog::collect()
{
    m_report = DiagnosticsReport::collect(AppSettings::dataDirectory());
    if (m_probe->isFinished())
        m_report.setKeychainState(m_probe->state(), m_probe->errorString());
    showReport();
}

void DiagnosticsDialog::showReport()
{
    m_tree->clear();
    QFont sectionFont = m_tree->font();
    sectionFont.setBold(true);
    for (const QString &section : m_report.sections()) {
        auto *heading = new QTreeWidgetItem(m_tree, {section});
        heading->setFont(0, sectionFont);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const DiagnosticsReport::Entry &entry : m_report.entries()) {
            if (entry.section != section)
                continue;
            // One row per line, so that lists (e.g. PKCS#11 modules) read as lists.
            const QStringList lines = entry.value.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                auto *item =
                    new QTreeWidgetItem(heading, {i == 0 ? entry.label : QString(), lines.at(i)});
                item->setToolTip(1, lines.at(i));
            }
        }
    }
    m_tree->expandAll();
}

} // namespace guichet::ui

#include "declarationspanel.h"

#include "core/i18n.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet::ui {

DeclarationsPanel::DeclarationsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_model = new DeclarationTableModel(this);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("declarationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DeclarationTableModel::FormColumn,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 7);
    layout->addWidget(m_view);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("declarationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *startRow = new QHBoxLayout;
    m_formLabel = new QLabel(this);
    m_formCombo = new QComboBox(this);
    m_formCombo->setObjectName(QStringLiteral("formChoice"));
    m_formCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formLabel->setBuddy(m_formCombo);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startForm"));
    startRow->addWidget(m_formLabel);
    startRow->addWidget(m_formCombo, 1);
    startRow->addWidget(m_start);
    layout->addLayout(startRow);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateDetails(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateDetails(); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        const int index = m_formCombo->currentIndex();
        if (index < 0 || index >= m_forms.size())
            return;
        emit formRequested(m_forms.at(index).id, m_forms.at(index).title(i18n::currentLanguage()));
    });

    setTabOrder(m_view, m_formCombo);
    setTabOrder(m_formCombo, m_start);
    retranslateUi();
}

void DeclarationsPanel::setForms(const QList<FormChoice> &forms)
{
    m_forms = forms;
    QHash<QString, QString> titles;
    for (const FormChoice &form : m_forms)
        titles.insert(form.id, form.title(i18n::currentLanguage()));
    m_model->setFormTitles(titles);
    fillFormCombo();
}

void DeclarationsPanel::setDeclarations(const QList<DeclarationRow> &rows)
{
    m_model->setDeclarations(rows);
    if (!rows.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    retranslateUi();
}

void DeclarationsPanel::fillFormCombo()
{
    const int index = m_formCombo->currentIndex();
    m_formCombo->clear();
    for (const FormChoice &form : std::as_const(m_forms))
        m_formCombo->addItem(form.title(i18n::currentLanguage()), form.id);
    if (index >= 0 && index < m_formCombo->count())
        m_formCombo->setCurrentIndex(index);
    m_start->setEnabled(!m_forms.isEmpty());
}

void DeclarationsPanel::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->declarations().size()) {
        m_details->clear();
        m_details->setVisible(false);
        return;
    }
    const DeclarationRow &row = m_model->declarations().at(current.row());
    QString text =
        tr("%1 — %2: %3.").arg(row.ticket, m_model->formTitle(row.formId), row.outcomeText());
    const QStringList anomalies = row.anomalyTexts(i18n::currentLanguage());
    if (!anomalies.isEmpty())
        text += QLatin1Char('\n') + anomalies.join(QLatin1Char('\n'));
    else if (row.status == QLatin1String("done"))
        text += QLatin1Char(' ') + tr("No anomaly.");
    m_details->setText(text);
    m_details->setVisible(true);
    m_view->setAccessibleDescription(text);
}

void DeclarationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeclarationsPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Your declarations"));
    m_empty->setText(tr("You have not sent any declaration for yourself yet."));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
    m_formLabel->setText(tr("&Start a form:"));
    m_formCombo->setAccessibleName(tr("Form to start"));
    m_start->setText(tr("S&tart"));
    m_start->setAccessibleName(tr("Start the chosen form"));
    QHash<QString, QString> titles;
    for (const FormChoice &form : std::as_const(m_forms))
        titles.insert(form.id, form.title(i18n::currentLanguage()));
    m_model->setFormTitles(titles);
    fillFormCombo();
    updateDetails();
}

} // namespace guichet::ui

#include "formview.h"

#include "core/json/pointer.h"
#include "ui/form/errorsummary.h"
#include "ui/form/tableeditor.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet::ui::form {

FormView::FormView(std::shared_ptr<const forms::FormDefinition> definition, model::FormModel *model,
                   QWidget *parent)
    : QWidget(parent)
{
    m_context.definition = std::move(definition);
    m_context.model = model;
    m_context.view = this;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_title = new QLabel(m_context.definition->title(), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(12, 8, 12, 0);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    const QString description = m_context.definition->text(QStringLiteral("form.description"), {});
    if (!description.isEmpty()) {
        auto *lead = new QLabel(description, this);
        lead->setWordWrap(true);
        lead->setContentsMargins(12, 0, 12, 4);
        layout->addWidget(lead);
    }

    m_summary = new ErrorSummary(&m_context, this);
    m_summary->setContentsMargins(12, 0, 12, 0);
    m_summary->setVisible(false);
    layout->addWidget(m_summary);
    connect(m_summary, &ErrorSummary::errorActivated, this,
            [this](const QString &pointer) { focusPointer(pointer); });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(m_scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(12, 8, 12, 12);
    const forms::UiElement *ui =
        m_context.definition->uiSchema() ? &m_context.definition->uiSchema()->root : nullptr;
    m_panel = new FormPanel(&m_context, m_context.definition->formSchema().root(), ui, page);
    pageLayout->addWidget(m_panel);
    m_scroll->setWidget(page);
    layout->addWidget(m_scroll, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 8);
    buttons->addStretch(1);
    m_check = new QPushButton(tr("&Check the form"), this);
    m_check->setToolTip(tr("Show every error (Ctrl+Return)"));
    buttons->addWidget(m_check);
    layout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, [this] { validateAll(); });

    auto *checkAction = new QAction(this);
    checkAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(checkAction, &QAction::triggered, this, [this] { validateAll(); });
    addAction(checkAction);
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, this, [this] { m_context.model->undo(); });
    addAction(undo);
    auto *redo = new QAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, this, [this] { m_context.model->redo(); });
    addAction(redo);

    // The summary's heading follows the errors, at most once per event-loop turn (its rows follow
    // each edit by themselves).
    auto schedule = [this] {
        if (!m_summary->isVisible() || m_summaryPending)
            return;
        m_summaryPending = true;
        QTimer::singleShot(0, this, [this] {
            m_summaryPending = false;
            m_summary->sync();
        });
    };
    connect(model, &model::FormModel::errorsChanged, this, schedule);
    connect(model, &model::FormModel::validationFinished, this, schedule);

    m_panel->reload();
}

FormView::~FormView() = default;

bool FormView::validateAll()
{
    m_context.model->waitForValidation();
    m_context.model->setShowAllErrors(true);
    m_summary->refresh();
    const bool valid = m_context.model->errorCount() == 0;
    m_summary->setVisible(!valid);
    if (!valid)
        m_summary->list()->setCurrentIndex(m_summary->list()->model()->index(0, 0));
    emit validated(valid);
    return valid;
}

bool FormView::focusPointer(const QString &pointer)
{
    const bool found = m_panel->focusPointer(pointer.toStdString());
    if (found)
        if (QWidget *w = QApplication::focusWidget())
            if (m_scroll->isAncestorOf(w))
                m_scroll->ensureWidgetVisible(w);
    return found;
}

json::Value FormView::readDocument() const
{
    json::Value document = m_context.model->document();
    m_panel->writeInto(document);
    return document;
}

std::vector<FieldInfo> FormView::fields() const
{
    std::vector<FieldInfo> out;
    m_panel->collectFields(out, {});
    return out;
}

QString FormView::fieldLabel(const std::string &pointer) const
{
    auto tokens = json::parsePointer(pointer);
    if (!tokens)
        return QString::fromStdString(pointer);
    QStringList parts;
    const forms::FieldNode *node = &m_context.definition->formSchema().root();
    for (const std::string &t : *tokens) {
        if (node &&
            (node->kind == forms::FieldKind::Table || node->kind == forms::FieldKind::List)) {
            auto index = json::arrayIndex(t);
            parts << tr("row %1").arg(index ? QString::number(*index + 1)
                                            : QString::fromStdString(t));
            node = node->items.get();
            continue;
        }
        const forms::FieldNode *child = node ? node->property(t) : nullptr;
        parts << (child ? m_context.title(*child) : QString::fromStdString(t));
        node = child;
    }
    return parts.isEmpty() ? m_context.definition->title() : parts.join(QStringLiteral(" › "));
}

TableEditor *FormView::tableAt(const std::string &pointer) const
{
    for (TableEditor *t : m_panel->tables())
        if (t->arrayPointer() == pointer)
            return t;
    return nullptr;
}

void FormView::updateSummary()
{
    m_summary->refresh();
}

} // namespace guichet::ui::form

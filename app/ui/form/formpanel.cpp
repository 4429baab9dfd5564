#include "formpanel.h"

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/logging.h"
#include "ui/form/dateedit.h"
#include "ui/form/numberedit.h"
#include "ui/form/tableeditor.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace guichet::ui::form {

using forms::FieldKind;
using forms::FieldNode;
using forms::UiElement;

namespace {

const char *kSectionContent = "guichetSectionContent";
const char *kSectionButton = "guichetSectionButton";

QString choiceData(int index)
{
    return QString::number(index);
}

bool sameJson(const json::Value &a, const json::Value &b)
{
    return a.type() == b.type() && a == b;
}

std::string relFromScope(const std::vector<std::string> &tokens)
{
    std::string rel;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i] == "properties" && i + 1 < tokens.size())
            json::appendPointerToken(rel, tokens[++i]);
    return rel;
}

} // namespace

json::Value initialValue(const FieldNode &node)
{
    if (node.hasDefault)
        return node.defaultValue;
    if (node.hasConst)
        return node.constValue;
    if (node.kind != FieldKind::Object)
        return json::Value();
    json::Object out;
    for (const auto &p : node.properties) {
        if (!p->alwaysPresent)
            continue;
        if (p->hasDefault || p->hasConst) {
            out.appendUnique(p->name, initialValue(*p));
        } else if (p->kind == FieldKind::Object && node.isRequiredMember(p->name)) {
            out.appendUnique(p->name, initialValue(*p));
        }
    }
    return json::Value(std::move(out));
}

FormPanel::FormPanel(const FormContext *context, const FieldNode &node, const UiElement *layout,
                     QWidget *parent)
    : QWidget(parent), m_context(context), m_node(node)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    if (layout) {
        buildElement(*layout, column, this, {});
    } else if (node.kind == FieldKind::Object) {
        buildObject(node, {}, {}, column, this, {}, false);
    } else {
        buildControl(node, nullptr, {}, {}, column, this, {});
    }
    column->addStretch(1);
    connect(m_context->model, &model::FormModel::valueChanged, this, &FormPanel::onValueChanged);
    connect(m_context->model, &model::FormModel::documentReset, this, &FormPanel::reload);
    connect(m_context->model, &model::FormModel::errorsChanged, this, &FormPanel::refreshState);
    connect(m_context->model, &model::FormModel::validationFinished, this,
            &FormPanel::refreshState);
    connect(m_context->model, &model::FormModel::touchedChanged, this, &FormPanel::refreshState);
    connect(m_context->model, &model::FormModel::showAllErrorsChanged, this,
            &FormPanel::refreshState);
}

FormPanel::~FormPanel() = default;

// --- building ------------------------------------------------------------------------------

QWidget *FormPanel::addSection(const QString &title, bool collapsed, QVBoxLayout *into,
                               QWidget *parent, QVBoxLayout *&content)
{
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    auto *header = new QToolButton(section);
    header->setText(title);
    header->setCheckable(true);
    header->setChecked(!collapsed);
    header->setAutoRaise(true);
    header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    header->setAccessibleName(title);
    header->setAccessibleDescription(tr("Section; press Space to show or hide its fields"));
    QFont f = header->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    header->setFont(f);
    auto *line = new QFrame(section);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *body = new QWidget(section);
    body->setProperty(kSectionContent, true);
    content = new QVBoxLayout(body);
    content->setContentsMargins(12, 0, 0, 0);
    content->setSpacing(10);
    body->setVisible(!collapsed);
    section->setProperty(kSectionButton, QVariant::fromValue<QObject *>(header));
    connect(header, &QToolButton::toggled, body, [header, body](bool open) {
        body->setVisible(open);
        header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(header);
    layout->addWidget(line);
    layout->addWidget(body);
    into->addWidget(section);
    return section;
}

int FormPanel::addRule(const forms::UiRule &rule, QWidget *widget, bool container)
{
    PanelRule r;
    r.rule = &rule;
    r.widget = widget;
    r.container = container;
    r.scopeRel = relFromScope(rule.conditionScope);
    schema::CompileOptions options;
    options.formatAssertion = true;
    auto compiled = schema::compile(rule.conditionSchema, options);
    if (compiled)
        r.condition = *compiled;
    else
        qCWarning(lcUi) << "UI rule condition cannot be compiled:" << compiled.error().message;
    m_rules.push_back(std::move(r));
    return int(m_rules.size()) - 1;
}

bool FormPanel::locate(const FieldNode &target, std::string &rel, Chain &chain) const
{
    std::vector<const FieldNode *> members;
    const FieldNode *n = &target;
    while (n && n != &m_node) {
        if (!n->parent || (n->parent->kind != FieldKind::Object))
            return false; // through an array: not addressable from this panel
        members.push_back(n);
        n = n->parent;
    }
    if (!n)
        return false;
    rel.clear();
    chain.clear();
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        chain.emplace_back(rel, *it);
        json::appendPointerToken(rel, (*it)->name);
    }
    return true;
}

void FormPanel::buildElement(const UiElement &element, QVBoxLayout *into, QWidget *parent,
                             std::vector<int> rules)
{
    auto label = [&](const UiElement &e) {
        return e.i18nKey.isEmpty() ? e.label
                                   : m_context->text(e.i18nKey + QStringLiteral(".label"), e.label);
    };
    switch (element.type) {
    case UiElement::Type::VerticalLayout:
    case UiElement::Type::Category: {
        auto *box = new QWidget(parent);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        if (element.rule)
            rules.push_back(addRule(*element.rule, box, true));
        for (const UiElement &child : element.elements)
            buildElement(child, layout, box, rules);
        into->addWidget(box);
        break;
    }
    case UiElement::Type::HorizontalLayout: {
        auto *box = new QWidget(parent);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(16);
        if (element.rule)
            rules.push_back(addRule(*element.rule, box, true));
        for (const UiElement &child : element.elements) {
            auto *cell = new QWidget(box);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            buildElement(child, cellLayout, cell, rules);
            cellLayout->addStretch(1);
            row->addWidget(cell, 1);
        }
        into->addWidget(box);
        break;
    }
    case UiElement::Type::Group: {
        QVBoxLayout *content = nullptr;
        QWidget *section = addSection(label(element), element.collapsed, into, parent, content);
        if (element.rule)
            rules.push_back(addRule(*element.rule, section, true));
        for (const UiElement &child : element.elements)
            buildElement(child, content, section, rules);
        break;
    }
    case UiElement::Type::Categorization: {
        if (element.rule)
            rules.push_back(-1); // placeholder replaced below
        QWidget *container = nullptr;
        if (!element.wizard) {
            auto *tabs = new QTabWidget(parent);
            tabs->setDocumentMode(true);
            for (const UiElement &category : element.elements) {
                auto *page = new QWidget(tabs);
                auto *layout = new QVBoxLayout(page);
                layout->setContentsMargins(8, 12, 8, 8);
                layout->setSpacing(10);
                std::vector<int> pageRules = rules;
                if (!pageRules.empty() && pageRules.back() == -1)
                    pageRules.pop_back();
                for (const UiElement &child : category.elements)
                    buildElement(child, layout, page, pageRules);
                layout->addStretch(1);
                tabs->addTab(page, label(category));
            }
            container = tabs;
        } else {
            auto *wizard = new QWidget(parent);
            auto *layout = new QVBoxLayout(wizard);
            layout->setContentsMargins(0, 0, 0, 0);
            auto *step = new QLabel(wizard);
            QFont f = step->font();
            f.setBold(true);
            step->setFont(f);
            auto *stack = new QStackedWidget(wizard);
            QStringList titles;
            for (const UiElement &category : element.elements) {
                auto *page = new QWidget(stack);
                auto *pageLayout = new QVBoxLayout(page);
                pageLayout->setContentsMargins(0, 0, 0, 0);
                std::vector<int> pageRules = rules;
                if (!pageRules.empty() && pageRules.back() == -1)
                    pageRules.pop_back();
                for (const UiElement &child : category.elements)
                    buildElement(child, pageLayout, page, pageRules);
                pageLayout->addStretch(1);
                stack->addWidget(page);
                titles << label(category);
            }
            auto *buttons = new QHBoxLayout;
            auto *back = new QPushButton(tr("&Back"), wizard);
            auto *next = new QPushButton(tr("&Next"), wizard);
            buttons->addStretch(1);
            buttons->addWidget(back);
            buttons->addWidget(next);
            auto update = [stack, step, back, next, titles] {
                const int i = stack->currentIndex();
                step->setText(
                    tr("Step %1 of %2: %3").arg(i + 1).arg(stack->count()).arg(titles.value(i)));
                back->setEnabled(i > 0);
                next->setEnabled(i + 1 < stack->count());
            };
            connect(back, &QPushButton::clicked, stack, [stack, update] {
                stack->setCurrentIndex(qMax(0, stack->currentIndex() - 1));
                update();
            });
            connect(next, &QPushButton::clicked, stack, [stack, update] {
                stack->setCurrentIndex(qMin(stack->count() - 1, stack->currentIndex() + 1));
                update();
            });
            connect(stack, &QStackedWidget::currentChanged, step, [update] { update(); });
            update();
            layout->addWidget(step);
            layout->addWidget(stack);
            layout->addLayout(buttons);
            container = wizard;
        }
        if (element.rule)
            addRule(*element.rule, container, true);
        into->addWidget(container);
        break;
    }
    case UiElement::Type::Label: {
        auto *text = new QLabel(parent);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(
            element.i18nKey.isEmpty()
                ? element.text
                : m_context->text(element.i18nKey + QStringLiteral(".text"), element.text));
        if (element.rule)
            addRule(*element.rule, text, true);
        into->addWidget(text);
        break;
    }
    case UiElement::Type::Control: {
        const FieldNode *node = forms::FormSchema::resolveScope(m_node, element.scope);
        std::string rel;
        Chain chain;
        if (!node || !locate(*node, rel, chain)) {
            qCWarning(lcUi) << "ui.json: no field for scope"
                            << QString::fromStdString(json::makePointer(element.scope));
            break;
        }
        if (node->kind == FieldKind::Object && element.optionString("widget").isEmpty()) {
            QVBoxLayout *content = nullptr;
            QWidget *section =
                addSection(m_context->title(*node, &element), false, into, parent, content);
            if (element.rule)
                rules.push_back(addRule(*element.rule, section, true));
            m_sections.emplace_back(section, chain);
            buildObject(*node, rel, chain, content, section, rules, false);
            break;
        }
        buildControl(*node, &element, rel, chain, into, parent, rules);
        break;
    }
    }
}

void FormPanel::buildObject(const FieldNode &node, const std::string &rel, const Chain &chain,
                            QVBoxLayout *into, QWidget *parent, const std::vector<int> &rules,
                            bool nested)
{
    QVBoxLayout *content = into;
    QWidget *host = parent;
    if (nested) {
        host = addSection(m_context->title(node), false, into, parent, content);
        m_sections.emplace_back(host, chain);
    }
    if (!node.alternatives.empty()) {
        FieldBinding &b = m_bindings.emplace_back();
        b.widget = FieldBinding::Widget::Alternative;
        b.node = &node;
        b.rel = rel;
        b.chain = chain;
        b.rules = rules;
        b.row = new QWidget(host);
        auto *layout = new QVBoxLayout(b.row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        b.title = m_context->text(node.i18nKey + QStringLiteral(".oneOf.title"), tr("Kind"));
        b.label = new QLabel(b.title, b.row);
        b.combo = new QComboBox(b.row);
        b.combo->addItem(tr("(choose)"), -1);
        for (std::size_t i = 0; i < node.alternatives.size(); ++i) {
            const forms::Alternative &a = node.alternatives[i];
            b.combo->addItem(m_context->text(a.i18nKey, a.title.isEmpty()
                                                            ? tr("Option %1").arg(i + 1)
                                                            : a.title),
                             int(i));
        }
        b.editor = b.combo;
        b.label->setBuddy(b.combo);
        b.combo->setAccessibleName(b.title);
        layout->addWidget(b.label);
        layout->addWidget(b.combo);
        content->addWidget(b.row);
        FieldBinding *bp = &b;
        connect(b.combo, &QComboBox::activated, this, [this, bp](int index) {
            const int alternative = bp->combo->itemData(index).toInt();
            if (alternative >= 0)
                switchAlternative(*bp, alternative);
        });
    }
    for (const auto &p : node.properties) {
        Chain childChain = chain;
        childChain.emplace_back(rel, p.get());
        const std::string childRel = childPointer(rel, p->name);
        if (p->kind == FieldKind::Object)
            buildObject(*p, childRel, childChain, content, host, rules, true);
        else
            buildControl(*p, nullptr, childRel, childChain, content, host, rules);
    }
}

void FormPanel::buildControl(const FieldNode &node, const UiElement *control,
                             const std::string &rel, const Chain &chain, QVBoxLayout *into,
                             QWidget *parent, const std::vector<int> &rules)
{
    FieldBinding &b = m_bindings.emplace_back();
    FieldBinding *bp = &b;
    b.node = &node;
    b.control = control;
    b.rel = rel;
    b.chain = chain;
    b.rules = rules;
    b.title = m_context->title(node, control);
    b.helpText = m_context->help(node, control);
    b.readOnly = node.readOnly || (control && control->optionBool("readonly"));
    b.dropWhenHidden = control && control->optionBool("dropWhenHidden");
    b.cents = control && control->optionString("format") == QLatin1String("cents");
    for (const auto &[objectRel, member] : chain)
        if (!member->alwaysPresent)
            b.hasConditions = true;
    const QString widget = control ? control->optionString("widget") : QString();

    b.row = new QWidget(parent);
    auto *layout = new QVBoxLayout(b.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    if (control && control->rule)
        b.rules.push_back(addRule(*control->rule, b.row, false));

    const QString placeholder = m_context->placeholder(node, control);
    if (widget == QLatin1String("json") || node.kind == FieldKind::Json) {
        b.widget = FieldBinding::Widget::Json;
    } else if (node.kind == FieldKind::Table || node.kind == FieldKind::List) {
        b.widget = FieldBinding::Widget::Table;
    } else if (node.kind == FieldKind::Boolean || widget == QLatin1String("checkbox")) {
        b.widget = FieldBinding::Widget::Check;
    } else if (node.kind == FieldKind::Choice) {
        if (node.hasConst && node.choices.size() == 1)
            b.widget = FieldBinding::Widget::Constant;
        else if (widget == QLatin1String("radio"))
            b.widget = FieldBinding::Widget::Radio;
        else
            b.widget = FieldBinding::Widget::Combo;
    } else if (node.kind == FieldKind::Date || widget == QLatin1String("date")) {
        b.widget = FieldBinding::Widget::Date;
    } else if (node.kind == FieldKind::Number || node.kind == FieldKind::Integer) {
        b.widget = FieldBinding::Widget::Number;
    } else if (widget == QLatin1String("textarea") || node.maxLength > 200) {
        b.widget = FieldBinding::Widget::Plain;
    } else {
        b.widget = FieldBinding::Widget::Line;
    }

    if (b.widget != FieldBinding::Widget::Check) {
        b.label = new QLabel(b.title, b.row);
        b.label->setWordWrap(true);
        QFont f = b.label->font();
        f.setWeight(QFont::DemiBold);
        b.label->setFont(f);
        layout->addWidget(b.label);
    }
    switch (b.widget) {
    case FieldBinding::Widget::Line:
        b.line = new QLineEdit(b.row);
        b.line->setPlaceholderText(placeholder);
        b.line->setReadOnly(b.readOnly);
        if (node.maxLength > 0)
            b.line->setMaxLength(int(qMin<long long>(node.maxLength * 4, 32767)));
        b.editor = b.line;
        // textChanged, not textEdited: the line edit's own undo (Ctrl+Z) must reach the model too.
        connect(b.line, &QLineEdit::textChanged, this, [this, bp] { commit(*bp); });
        break;
    case FieldBinding::Widget::Plain:
        b.plain = new QPlainTextEdit(b.row);
        b.plain->setPlaceholderText(placeholder);
        b.plain->setReadOnly(b.readOnly);
        b.plain->setTabChangesFocus(true);
        b.plain->setMaximumHeight(110);
        b.editor = b.plain;
        connect(b.plain, &QPlainTextEdit::textChanged, this, [this, bp] { commit(*bp); });
        break;
    case FieldBinding::Widget::Json: {
        b.plain = new QPlainTextEdit(b.row);
        b.plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        b.plain->setTabChangesFocus(true);
        b.plain->setReadOnly(b.readOnly);
        b.plain->setMinimumHeight(90);
        b.plain->setMaximumHeight(200);
        b.plain->setPlaceholderText(tr("JSON"));
        b.editor = b.plain;
        connect(b.plain, &QPlainTextEdit::textChanged, this, [this, bp] { commit(*bp); });
        break;
    }
    case FieldBinding::Widget::Number:
        b.number = new NumberEdit(node.kind == FieldKind::Integer && !b.cents, b.cents, b.row);
        b.number->setPlaceholderText(placeholder);
        b.number->setReadOnly(b.readOnly);
        b.number->setMaximumWidth(220);
        b.editor = b.number;
        connect(b.number, &QLineEdit::textChanged, this, [this, bp] { commit(*bp); });
        break;
    case FieldBinding::Widget::Date:
        b.date = new DateEdit(b.row);
        b.date->setMaximumWidth(220);
        b.date->lineEdit()->setReadOnly(b.readOnly);
        b.date->calendarButton()->setEnabled(!b.readOnly);
        b.editor = b.date->lineEdit();
        b.date->setAccessibleName(b.title);
        connect(b.date, &DateEdit::edited, this, [this, bp] { commit(*bp); });
        break;
    case FieldBinding::Widget::Constant:
        b.line = new QLineEdit(b.row);
        b.line->setReadOnly(true);
        b.editor = b.line;
        break;
    case FieldBinding::Widget::Combo: {
        b.combo = new QComboBox(b.row);
        b.combo->addItem(QString(), choiceData(-1));
        for (std::size_t i = 0; i < node.choices.size(); ++i)
            b.combo->addItem(m_context->choiceLabel(node.choices[i]), choiceData(int(i)));
        b.combo->setEnabled(!b.readOnly);
        b.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        b.editor = b.combo;
        connect(b.combo, &QComboBox::activated, this, [this, bp] {
            commit(*bp);
            m_context->model->setTouched(absolute(bp->rel));
        });
        break;
    }
    case FieldBinding::Widget::Radio: {
        auto *box = new QWidget(b.row);
        auto *radios = new QVBoxLayout(box);
        radios->setContentsMargins(0, 0, 0, 0);
        b.radios = new QButtonGroup(box);
        for (std::size_t i = 0; i < node.choices.size(); ++i) {
            auto *radio = new QRadioButton(m_context->choiceLabel(node.choices[i]), box);
            radio->setEnabled(!b.readOnly);
            b.radios->addButton(radio, int(i));
            radios->addWidget(radio);
            if (!b.editor)
                b.editor = radio;
        }
        if (!b.editor)
            b.editor = box;
        layout->addWidget(box);
        connect(b.radios, &QButtonGroup::idClicked, this, [this, bp] {
            commit(*bp);
            m_context->model->setTouched(absolute(bp->rel));
        });
        break;
    }
    case FieldBinding::Widget::Check:
        b.check = new QCheckBox(b.title, b.row);
        b.check->setEnabled(!b.readOnly);
        b.editor = b.check;
        connect(b.check, &QCheckBox::clicked, this, [this, bp] {
            commit(*bp);
            m_context->model->setTouched(absolute(bp->rel));
        });
        break;
    case FieldBinding::Widget::Table:
        b.table = new TableEditor(m_context, node, control, b.title, b.row);
        b.editor = b.table->view();
        break;
    case FieldBinding::Widget::Alternative:
        break;
    }
    if (b.widget != FieldBinding::Widget::Radio) {
        QWidget *w = b.widget == FieldBinding::Widget::Date    ? static_cast<QWidget *>(b.date)
                     : b.widget == FieldBinding::Widget::Table ? static_cast<QWidget *>(b.table)
                                                               : b.editor;
        layout->addWidget(w);
    }
    if (b.label)
        b.label->setBuddy(b.editor);
    b.editor->setAccessibleName(b.title);
    // Unconditionally required members are marked before any data is known.
    if (!chain.empty() && chain.back().second->parent &&
        chain.back().second->parent->isRequiredMember(node.name)) {
        b.required = true;
        if (b.label)
            b.label->setText(b.title + QStringLiteral(" *"));
        else if (b.check)
            b.check->setText(b.title + QStringLiteral(" *"));
    }
    b.editor->installEventFilter(this);

    b.help = new QLabel(b.helpText, b.row);
    b.help->setWordWrap(true);
    b.help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = b.help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    b.help->setFont(small);
    b.help->setForegroundRole(QPalette::PlaceholderText);
    b.help->setVisible(!b.helpText.isEmpty());
    layout->addWidget(b.help);

    b.error = new QLabel(b.row);
    b.error->setWordWrap(true);
    b.error->setTextFormat(Qt::PlainText);
    b.error->setVisible(false);
    b.error->setAccessibleName(tr("Error"));
    // Qt 6.4 has no semantic "error" role: derive a red that keeps its contrast on this
    // palette's window colour, light or dark (the text also starts with a warning sign).
    QPalette errorPalette = b.error->palette();
    const bool lightWindow = errorPalette.color(QPalette::Window).lightness() > 128;
    errorPalette.setColor(QPalette::WindowText,
                          lightWindow ? QColor::fromHsl(0, 170, 75) : QColor::fromHsl(0, 200, 190));
    b.error->setPalette(errorPalette);
    layout->addWidget(b.error);
    into->addWidget(b.row);
}

// --- values ----------------------------------------------------------------------------------

void FormPanel::setBase(const std::string &base)
{
    m_base = base;
    m_bound = true;
    for (FieldBinding &b : m_bindings)
        if (b.table)
            b.table->setArrayPointer(absolute(b.rel));
    reload();
}

void FormPanel::reload()
{
    if (!m_bound)
        return;
    for (FieldBinding &b : m_bindings)
        load(b);
    refreshState();
}

void FormPanel::load(FieldBinding &b)
{
    m_loading = true;
    const json::Value *v = m_context->model->value(absolute(b.rel));
    b.shownValue = v ? std::optional<json::Value>(*v) : std::nullopt;
    const QLocale locale = m_context->locale();
    auto asText = [](const json::Value &value) {
        return value.isString() ? QString::fromStdString(value.string())
                                : QString::fromStdString(json::serialize(value));
    };
    switch (b.widget) {
    case FieldBinding::Widget::Line:
        b.shownText = v ? asText(*v) : QString();
        if (b.line->text() != b.shownText)
            b.line->setText(b.shownText);
        break;
    case FieldBinding::Widget::Plain:
        b.shownText = v ? asText(*v) : QString();
        if (b.plain->toPlainText() != b.shownText)
            b.plain->setPlainText(b.shownText);
        break;
    case FieldBinding::Widget::Json:
        b.shownText =
            v ? QString::fromStdString(json::serialize(*v, json::Style::Pretty)) : QString();
        b.localError.clear();
        if (b.plain->toPlainText() != b.shownText)
            b.plain->setPlainText(b.shownText);
        break;
    case FieldBinding::Widget::Number:
        b.shownText = !v              ? QString()
                      : v->isNumber() ? NumberEdit::display(v->number(), b.cents, locale)
                                      : asText(*v);
        if (b.number->text() != b.shownText)
            b.number->setText(b.shownText);
        break;
    case FieldBinding::Widget::Date:
        b.shownText = !v              ? QString()
                      : v->isString() ? DateEdit::display(asText(*v), locale)
                                      : asText(*v);
        if (b.date->text() != b.shownText)
            b.date->setText(b.shownText);
        break;
    case FieldBinding::Widget::Constant: {
        QString text;
        for (const forms::Choice &c : b.node->choices)
            if (v ? sameJson(c.value, *v) : true)
                text = m_context->choiceLabel(c);
        if (v && text.isEmpty())
            text = asText(*v);
        b.shownText = text;
        b.line->setText(text);
        break;
    }
    case FieldBinding::Widget::Combo: {
        int index = 0;
        // A value outside the list (invalid data) gets its own entry rather than being lost.
        const int unknown = b.combo->findData(QStringLiteral("unknown"));
        if (unknown >= 0)
            b.combo->removeItem(unknown);
        if (v) {
            index = -1;
            for (std::size_t i = 0; i < b.node->choices.size(); ++i)
                if (sameJson(b.node->choices[i].value, *v))
                    index = int(i) + 1;
            if (index < 0) {
                b.combo->addItem(asText(*v), QStringLiteral("unknown"));
                index = b.combo->count() - 1;
            }
        }
        b.combo->setCurrentIndex(index);
        b.shownIndex = index;
        break;
    }
    case FieldBinding::Widget::Radio: {
        int id = -1;
        if (v)
            for (std::size_t i = 0; i < b.node->choices.size(); ++i)
                if (sameJson(b.node->choices[i].value, *v))
                    id = int(i);
        b.radios->setExclusive(false);
        for (QAbstractButton *button : b.radios->buttons())
            button->setChecked(b.radios->id(button) == id);
        b.radios->setExclusive(true);
        b.shownIndex = id;
        break;
    }
    case FieldBinding::Widget::Check:
        b.check->setChecked(v && v->toBool());
        b.shownIndex = b.check->isChecked() ? 1 : 0;
        break;
    case FieldBinding::Widget::Table:
        b.table->setArrayPointer(absolute(b.rel));
        break;
    case FieldBinding::Widget::Alternative:
        break;
    }
    m_loading = false;
}

std::optional<json::Value> FormPanel::currentValue(const FieldBinding &b) const
{
    const QLocale locale = m_context->locale();
    switch (b.widget) {
    case FieldBinding::Widget::Line:
    case FieldBinding::Widget::Plain: {
        const QString t = b.line ? b.line->text() : b.plain->toPlainText();
        if (t == b.shownText)
            return b.shownValue;
        if (t.isEmpty())
            return std::nullopt;
        return json::Value(t.toStdString());
    }
    case FieldBinding::Widget::Json: {
        const QString t = b.plain->toPlainText();
        if (t == b.shownText)
            return b.shownValue;
        if (t.trimmed().isEmpty())
            return std::nullopt;
        const QByteArray bytes = t.toUtf8();
        auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!parsed)
            return b.shownValue;
        return std::move(*parsed);
    }
    case FieldBinding::Widget::Number: {
        const QString t = b.number->text();
        if (t == b.shownText)
            return b.shownValue;
        if (t.trimmed().isEmpty())
            return std::nullopt;
        auto number = NumberEdit::parse(t, b.cents, locale);
        if (!number)
            return json::Value(t.toStdString()); // kept as typed; the type error says why
        return json::Value(json::Number::fromText(*number));
    }
    case FieldBinding::Widget::Date: {
        const QString t = b.date->text();
        if (t == b.shownText)
            return b.shownValue;
        if (t.trimmed().isEmpty())
            return std::nullopt;
        const QString iso = DateEdit::parse(t, locale);
        return json::Value((iso.isEmpty() ? t : iso).toStdString());
    }
    case FieldBinding::Widget::Constant:
        return b.shownValue;
    case FieldBinding::Widget::Combo: {
        const int index = b.combo->currentIndex();
        if (index == b.shownIndex)
            return b.shownValue;
        const int choice = b.combo->itemData(index).toString().toInt();
        if (index <= 0 || choice < 0 || std::size_t(choice) >= b.node->choices.size())
            return std::nullopt;
        return b.node->choices[std::size_t(choice)].value;
    }
    case FieldBinding::Widget::Radio: {
        const int id = b.radios->checkedId();
        if (id == b.shownIndex)
            return b.shownValue;
        if (id < 0)
            return std::nullopt;
        return b.node->choices[std::size_t(id)].value;
    }
    case FieldBinding::Widget::Check: {
        const int state = b.check->isChecked() ? 1 : 0;
        if (state == b.shownIndex)
            return b.shownValue;
        return json::Value(b.check->isChecked());
    }
    case FieldBinding::Widget::Table:
    case FieldBinding::Widget::Alternative:
        break;
    }
    return b.shownValue;
}

void FormPanel::commit(FieldBinding &b)
{
    if (m_loading)
        return;
    model::FormModel *model = m_context->model;
    const std::string pointer = absolute(b.rel);
    if (b.widget == FieldBinding::Widget::Json) {
        const QString t = b.plain->toPlainText();
        const QByteArray bytes = t.toUtf8();
        auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        b.localError = parsed || t.trimmed().isEmpty() ? QString() : parsed.error().message;
        if (!b.localError.isEmpty()) {
            updateBindingState(b);
            return;
        }
    }
    std::optional<json::Value> v = currentValue(b);
    m_committing = &b;
    if (v) {
        // Writing into an object that does not exist yet: create it with its defaults first.
        bool macro = false;
        if (!b.chain.empty()) {
            const auto &[objectRel, member] = b.chain.back();
            const std::string objectPointer = absolute(objectRel);
            if (!model->value(objectPointer) && member->parent &&
                member->parent->kind == FieldKind::Object) {
                model->beginMacro();
                macro = true;
                model->setValue(objectPointer, initialValue(*member->parent));
            }
        }
        model->setValue(pointer, *v);
        if (macro)
            model->endMacro();
    } else if (model->value(pointer)) {
        model->removeValue(pointer);
    }
    m_committing = nullptr;
    b.shownValue = std::move(v);
    switch (b.widget) {
    case FieldBinding::Widget::Line:
        b.shownText = b.line->text();
        break;
    case FieldBinding::Widget::Plain:
    case FieldBinding::Widget::Json:
        b.shownText = b.plain->toPlainText();
        break;
    case FieldBinding::Widget::Number:
        b.shownText = b.number->text();
        break;
    case FieldBinding::Widget::Date:
        b.shownText = b.date->text();
        break;
    case FieldBinding::Widget::Combo:
        b.shownIndex = b.combo->currentIndex();
        break;
    case FieldBinding::Widget::Radio:
        b.shownIndex = b.radios->checkedId();
        break;
    case FieldBinding::Widget::Check:
        b.shownIndex = b.check->isChecked() ? 1 : 0;
        break;
    default:
        break;
    }
}

void FormPanel::switchAlternative(FieldBinding &b, int alternative)
{
    const FieldNode &node = *b.node;
    const forms::Alternative &target = node.alternatives[std::size_t(alternative)];
    const std::string objectPointer = absolute(b.rel);
    model::FormModel *model = m_context->model;
    model->beginMacro();
    if (!model->value(objectPointer))
        model->setValue(objectPointer, initialValue(node));
    // Keep what the new alternative also has; drop members only the others declare.
    for (const forms::Alternative &other : node.alternatives) {
        if (&other == &target)
            continue;
        for (const std::string &member : other.properties) {
            const bool shared = std::find(target.properties.begin(), target.properties.end(),
                                          member) != target.properties.end() ||
                                node.isRequiredMember(member) ||
                                (node.property(member) && node.property(member)->alwaysPresent);
            const std::string p = childPointer(objectPointer, member);
            if (!shared && model->value(p))
                model->removeValue(p);
        }
    }
    for (const auto &[member, value] : target.consts)
        model->setValue(childPointer(objectPointer, member), value);
    model->endMacro();
}

void FormPanel::writeInto(json::Value &document) const
{
    for (const FieldBinding &b : m_bindings) {
        const std::string pointer = absolute(b.rel);
        if (b.widget == FieldBinding::Widget::Alternative)
            continue;
        if (b.widget == FieldBinding::Widget::Table) {
            b.table->writeInto(document);
            continue;
        }
        std::optional<json::Value> v = currentValue(b);
        if (v)
            json::setPointer(document, pointer, std::move(*v));
        else if (json::resolvePointer(document, pointer))
            json::removePointer(document, pointer);
    }
}

void FormPanel::onValueChanged(const QString &qpointer)
{
    const std::string pointer = qpointer.toStdString();
    for (FieldBinding &b : m_bindings) {
        if (&b == m_committing || b.widget == FieldBinding::Widget::Table ||
            b.widget == FieldBinding::Widget::Alternative)
            continue;
        const std::string mine = absolute(b.rel);
        const bool above =
            pointer.empty() || mine == pointer ||
            (mine.size() > pointer.size() && mine.compare(0, pointer.size(), pointer) == 0 &&
             mine[pointer.size()] == '/');
        const bool below = b.widget == FieldBinding::Widget::Json && pointer.size() > mine.size() &&
                           pointer.compare(0, mine.size(), mine) == 0 &&
                           pointer[mine.size()] == '/';
        if (above || below)
            load(b);
    }
}

// --- state ----------------------------------------------------------------------------------

int FormPanel::selectedAlternative(const std::string &objectPointer, const FieldNode &node) const
{
    // The alternative whose discriminating consts the data has: a half-filled alternative is
    // still the one the person chose, although the engine says it does not apply (yet).
    const json::Value *object = m_context->model->value(objectPointer);
    if (object && object->isObject()) {
        for (std::size_t i = 0; i < node.alternatives.size(); ++i) {
            const forms::Alternative &a = node.alternatives[i];
            if (a.consts.empty())
                continue;
            bool all = true;
            for (const auto &[member, value] : a.consts) {
                const json::Value *v = object->find(member);
                all = all && v && *v == value;
            }
            if (all)
                return int(i);
        }
    }
    for (std::size_t i = 0; i < node.alternatives.size(); ++i) {
        auto applies = m_context->model->branchApplies(objectPointer,
                                                       node.alternativesKeywordLocation, int(i));
        if (applies && *applies)
            return int(i);
    }
    return -1;
}

bool FormPanel::branchSetApplies(const std::string &objectPointer,
                                 const forms::ConditionSet &conditions,
                                 const FieldNode *object) const
{
    for (const forms::Condition &c : conditions) {
        if (object && !object->alternatives.empty() &&
            c.keywordLocation == object->alternativesKeywordLocation) {
            if (selectedAlternative(objectPointer, *object) != c.alternative)
                return false;
            continue;
        }
        auto applies =
            m_context->model->branchApplies(objectPointer, c.keywordLocation, c.alternative);
        if (!applies || !*applies)
            return false;
    }
    return true;
}

bool FormPanel::sectionVisible(const Chain &chain) const
{
    for (const auto &[objectRel, member] : chain) {
        if (member->alwaysPresent)
            continue;
        bool any = false;
        for (const forms::ConditionSet &set : member->presentWhen)
            any = any || branchSetApplies(absolute(objectRel), set, member->parent);
        if (!any)
            return false;
    }
    return true;
}

void FormPanel::refreshState()
{
    if (!m_bound)
        return;
    const model::FormModel *model = m_context->model;
    for (PanelRule &r : m_rules) {
        const json::Value *v = model->value(absolute(r.scopeRel));
        r.satisfied = v && r.condition && r.condition->isValid(*v);
        if (!r.container)
            continue;
        const bool show = r.rule->effect == forms::UiRule::Effect::Show   ? r.satisfied
                          : r.rule->effect == forms::UiRule::Effect::Hide ? !r.satisfied
                                                                          : true;
        const bool enable = r.rule->effect == forms::UiRule::Effect::Enable    ? r.satisfied
                            : r.rule->effect == forms::UiRule::Effect::Disable ? !r.satisfied
                                                                               : true;
        if (r.widget->isVisibleTo(r.widget->parentWidget()) != show)
            r.widget->setVisible(show);
        r.widget->setEnabled(enable);
    }
    for (auto &[section, chain] : m_sections) {
        const bool show = sectionVisible(chain);
        if (section->isVisibleTo(section->parentWidget()) != show)
            section->setVisible(show);
    }
    for (FieldBinding &b : m_bindings)
        updateBindingState(b);
}

void FormPanel::updateBindingState(FieldBinding &b)
{
    const model::FormModel *model = m_context->model;
    const std::string pointer = absolute(b.rel);
    bool visible = !b.hasConditions || sectionVisible(b.chain);
    bool enabled = true;
    for (int index : b.rules) {
        if (index < 0)
            continue;
        const PanelRule &r = m_rules[std::size_t(index)];
        switch (r.rule->effect) {
        case forms::UiRule::Effect::Show:
            visible = visible && r.satisfied;
            break;
        case forms::UiRule::Effect::Hide:
            visible = visible && !r.satisfied;
            break;
        case forms::UiRule::Effect::Enable:
            enabled = enabled && r.satisfied;
            break;
        case forms::UiRule::Effect::Disable:
            enabled = enabled && !r.satisfied;
            break;
        }
    }
    if (visible != b.visible) {
        b.visible = visible;
        b.row->setVisible(visible);
        m_context->model->setVisible(pointer, visible);
        if (!visible && b.dropWhenHidden && model->value(pointer)) {
            QTimer::singleShot(0, this, [this, pointer] {
                if (m_context->model->value(pointer) && !m_context->model->isVisible(pointer))
                    m_context->model->removeValue(pointer);
            });
        }
    }
    if (enabled != b.enabled) {
        b.enabled = enabled;
        b.row->setEnabled(enabled);
        m_context->model->setEnabled(pointer, enabled);
    }

    if (b.widget == FieldBinding::Widget::Alternative) {
        int current = 0;
        for (std::size_t i = 0; i < b.node->alternatives.size(); ++i) {
            auto applies =
                model->branchApplies(pointer, b.node->alternativesKeywordLocation, int(i));
            if (applies && *applies) {
                current = int(i) + 1;
                break;
            }
        }
        if (b.combo->currentIndex() != current)
            b.combo->setCurrentIndex(current);
        return;
    }

    // Required: always, under a branch that applies, or because another member is present.
    bool required = false;
    if (!b.chain.empty()) {
        const auto &[objectRel, member] = b.chain.back();
        const FieldNode *parent = member->parent;
        if (parent && parent->kind == FieldKind::Object) {
            required = parent->isRequiredMember(member->name);
            const std::string objectPointer = absolute(objectRel);
            for (const auto &[conditions, name] : parent->requiredWhen)
                if (!required && name == member->name)
                    required = branchSetApplies(objectPointer, conditions, parent);
            if (!required) {
                const json::Value *object = model->value(objectPointer);
                for (const auto &[trigger, names] : parent->dependentRequired)
                    if (object && object->find(trigger) &&
                        std::find(names.begin(), names.end(), member->name) != names.end())
                        required = true;
            }
        }
    }
    if (required != b.required) {
        b.required = required;
        const QString text = required ? b.title + QStringLiteral(" *") : b.title;
        if (b.label)
            b.label->setText(text);
        else if (b.check)
            b.check->setText(text);
    }

    QStringList messages;
    if (!b.localError.isEmpty())
        messages << b.localError;
    if (model->isErrorShown(pointer) || b.widget == FieldBinding::Widget::Table) {
        if (model->isErrorShown(pointer))
            for (const schema::ValidationError &e : model->errorsAt(pointer))
                messages << m_context->message(e);
    }
    const QString errorText = messages.join(QLatin1Char('\n'));
    if (b.error->text() != (errorText.isEmpty() ? QString() : QStringLiteral("⚠ ") + errorText)) {
        b.error->setText(errorText.isEmpty() ? QString() : QStringLiteral("⚠ ") + errorText);
        b.error->setVisible(!errorText.isEmpty());
    }
    QStringList description;
    if (required)
        description << tr("Required.");
    if (!b.helpText.isEmpty())
        description << b.helpText;
    if (!errorText.isEmpty())
        description << tr("Error: %1").arg(errorText);
    const QString accessible = description.join(QLatin1Char(' '));
    if (b.editor->accessibleDescription() != accessible)
        b.editor->setAccessibleDescription(accessible);
}

// --- focus and inspection -------------------------------------------------------------------

void FormPanel::revealWidget(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget()) {
        QWidget *parent = p->parentWidget();
        if (!parent)
            break;
        if (p->property(kSectionContent).toBool() && !p->isVisibleTo(parent)) {
            QVariant button = parent->property(kSectionButton);
            if (auto *toggle = qobject_cast<QToolButton *>(button.value<QObject *>()))
                toggle->setChecked(true);
        }
        if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
            if (stack->indexOf(p) >= 0)
                stack->setCurrentWidget(p);
        }
    }
}

bool FormPanel::focusPointer(const std::string &pointer)
{
    FieldBinding *best = nullptr;
    std::size_t bestLength = 0;
    for (FieldBinding &b : m_bindings) {
        const std::string mine = absolute(b.rel);
        const bool match =
            mine == pointer ||
            (pointer.size() > mine.size() && pointer.compare(0, mine.size(), mine) == 0 &&
             pointer[mine.size()] == '/') ||
            mine.empty();
        if (match && (!best || mine.size() > bestLength)) {
            best = &b;
            bestLength = mine.size();
        }
    }
    if (!best)
        return false;
    revealWidget(best->row);
    if (best->widget == FieldBinding::Widget::Table)
        return best->table->focusPointer(pointer);
    best->editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void FormPanel::collectFields(std::vector<FieldInfo> &out, const std::string &patternBase) const
{
    for (const FieldBinding &b : m_bindings) {
        FieldInfo info;
        info.pointer = QString::fromStdString(patternBase + b.rel);
        info.widget = b.date ? static_cast<QWidget *>(b.date) : b.editor;
        info.label = b.title;
        info.required = b.required;
        info.visible = b.visible;
        out.push_back(info);
        if (b.table)
            b.table->collectFields(out, patternBase + b.rel + "/*");
    }
}

QWidget *FormPanel::firstInput() const
{
    for (const FieldBinding &b : m_bindings)
        if (b.visible && b.editor->isEnabled())
            return b.editor;
    return nullptr;
}

std::vector<TableEditor *> FormPanel::tables() const
{
    std::vector<TableEditor *> out;
    for (const FieldBinding &b : m_bindings)
        if (b.table)
            out.push_back(b.table);
    return out;
}

bool FormPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (FieldBinding &b : m_bindings) {
            if (b.editor == watched) {
                m_context->model->closeMergeWindow();
                if (b.widget != FieldBinding::Widget::Table)
                    m_context->model->setTouched(absolute(b.rel));
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet::ui::form

#include "pagelayout.h"

#include <QHBoxLayout>

namespace guichet::ui {

namespace {
// Lines much longer than about 90 characters are hard to read; the column stops growing there.
constexpr int s_readableColumnInCharacters = 96;
} // namespace

PageLayout::PageLayout(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Base);
    outer->addWidget(m_scroll);

    auto *canvas = new QWidget;
    canvas->setBackgroundRole(QPalette::Base);
    canvas->setForegroundRole(QPalette::Text);
    canvas->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(canvas);
    const int margin = fontMetrics().height() * 2;
    row->setContentsMargins(margin, margin, margin, margin);

    auto *column = new QWidget(canvas);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * s_readableColumnInCharacters +
                            margin);
    m_content = new QVBoxLayout(column);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(fontMetrics().height());
    row->addWidget(column, 1);
    row->addStretch(0);

    m_heading = new QLabel(column);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.9);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setWordWrap(true);
    m_content->addWidget(m_heading);

    m_lead = addParagraph();
    QFont leadFont = m_lead->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.15);
    m_lead->setFont(leadFont);
    m_lead->setObjectName(QStringLiteral("pageLead"));

    m_scroll->setWidget(canvas);
}

QLabel *PageLayout::addParagraph()
{
    auto *label = new QLabel(m_content->parentWidget());
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->addWidget(label);
    return label;
}

} // namespace guichet::ui

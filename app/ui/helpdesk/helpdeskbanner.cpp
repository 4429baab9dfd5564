#include "helpdeskbanner.h"

#include "nationalnumbercheck.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace guichet::ui::helpdesk {

HelpdeskBanner::HelpdeskBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("helpdeskBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight, not a colour of ours: it stands out in every theme, and the text
    // says it all for those who do not see colours.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Highlight);
    setForegroundRole(QPalette::HighlightedText);

    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("helpdeskBannerText"));
    m_text->setForegroundRole(QPalette::HighlightedText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(m_text, 1);

    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("helpdeskBannerEnd"));
    m_end->setBackgroundRole(QPalette::Button);
    m_end->setForegroundRole(QPalette::ButtonText);
    connect(m_end, &QPushButton::clicked, this, &HelpdeskBanner::endSessionRequested);
    layout->addWidget(m_end);

    setVisible(false);
    retranslateUi();
}

void HelpdeskBanner::setCitizen(const QJsonObject &citizen)
{
    m_citizen = citizen;
    retranslateUi();
    setVisible(!m_citizen.isEmpty());
}

void HelpdeskBanner::clear()
{
    m_citizen = {};
    retranslateUi();
    setVisible(false);
}

void HelpdeskBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void HelpdeskBanner::retranslateUi()
{
    // Its own mnemonic: the page's End session button may be on screen too.
    m_end->setText(tr("En&d session"));
    m_end->setAccessibleName(tr("End the helpdesk session"));
    setAccessibleName(tr("Helpdesk session"));
    if (m_citizen.isEmpty()) {
        m_text->clear();
        m_end->setAccessibleDescription({});
        setAccessibleDescription({});
        return;
    }
    const QString name = m_citizen.value(QLatin1String("name")).toString();
    const QString number =
        maskedNationalNumber(m_citizen.value(QLatin1String("nationalNumber")).toString());
    const QString text = tr("Helpdesk: you are working on behalf of %1 (%2).").arg(name, number);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_end->setAccessibleDescription(
        tr("Sends or discards the work done for %1, wipes it from this computer and frees the "
           "desk for the next citizen.")
            .arg(name));
}

} // namespace guichet::ui::helpdesk

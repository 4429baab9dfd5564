#include "welcomepage.h"

#include "eid/signinpage.h"
#include "workspacepage.h"

#include <QCommandLinkButton>
#include <QEvent>

namespace guichet::ui {

WelcomePage::WelcomePage(QWidget *parent) : PageLayout(parent)
{
    setObjectName(QStringLiteral("workspacePage-home"));

    m_signIn = new SignInPage(lead()->parentWidget());
    contentLayout()->addWidget(m_signIn);
    contentLayout()->addSpacing(fontMetrics().height() / 2);

    m_choose = addParagraph();
    QFont chooseFont = m_choose->font();
    chooseFont.setBold(true);
    m_choose->setFont(chooseFont);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(fontMetrics().height() / 2);
    for (Workspace workspace :
         {Workspace::SelfEmployed, Workspace::Employer, Workspace::Helpdesk}) {
        auto *button = new QCommandLinkButton(m_choose->parentWidget());
        button->setObjectName(QStringLiteral("open-") + workspaceKey(workspace));
        connect(button, &QCommandLinkButton::clicked, this,
                [this, workspace] { emit workspaceRequested(workspace); });
        buttons->addWidget(button);
        m_buttons.insert(workspace, button);
    }
    contentLayout()->addLayout(buttons);
    m_choose->setBuddy(m_buttons.value(Workspace::SelfEmployed));

    m_preview = addParagraph();
    contentLayout()->addStretch(1);

    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PageLayout::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    heading()->setText(tr("Welcome to Guichet"));
    lead()->setText(tr("Your counter for social-security declarations: sign in with your eID "
                       "card, fill in your forms, keep drafts safely on this computer and send "
                       "them when you are ready."));
    m_choose->setText(tr("Choose your workspace:"));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(WorkspacePage::title(it.key()));
        it.value()->setDescription(WorkspacePage::summary(it.key()));
        it.value()->setAccessibleName(WorkspacePage::title(it.key()));
        it.value()->setAccessibleDescription(WorkspacePage::summary(it.key()));
    }
    m_preview->setText(tr("Ctrl+1 to Ctrl+5 open the workspaces, Drafts and Submissions; F1 opens "
                          "the help at the field you are in. Choose your language in View > "
                          "Language and the portal's address in Tools > Settings."));
}

} // namespace guichet::ui

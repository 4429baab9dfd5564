#include "workspacepage.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace guichet::ui {

WorkspacePage::WorkspacePage(Workspace workspace, QWidget *parent)
    : PageLayout(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("workspacePage-") + workspaceKey(workspace));

    m_status = addParagraph();

    m_comingSoon = new QGroupBox(m_status->parentWidget());
    m_comingSoon->setObjectName(QStringLiteral("comingSoon"));
    auto *box = new QVBoxLayout(m_comingSoon);
    const int unit = fontMetrics().height();
    box->setSpacing(unit / 2);
    auto *list = new QGridLayout;
    list->setHorizontalSpacing(unit / 2);
    list->setColumnStretch(1, 1);
    for (qsizetype i = 0; i < plannedFeatures().size(); ++i) {
        auto *bullet = new QLabel(QStringLiteral("•"), m_comingSoon);
        bullet->setAccessibleName(QString()); // decoration: the item itself says it all
        list->addWidget(bullet, static_cast<int>(i), 0, Qt::AlignTop);
        auto *feature = new QLabel(m_comingSoon);
        feature->setWordWrap(true);
        list->addWidget(feature, static_cast<int>(i), 1);
        m_features.append(feature);
    }
    box->addLayout(list);

    // The workspace's future actions, disabled: they show where things will be, and the group's
    // title says in words why they cannot be used yet.
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, unit / 2, 0, 0);
    for (qsizetype i = 0; i < plannedActions().size(); ++i) {
        auto *button = new QPushButton(m_comingSoon);
        button->setEnabled(false);
        actions->addWidget(button);
        m_actions.append(button);
    }
    actions->addStretch(1);
    box->addLayout(actions);
    contentLayout()->addWidget(m_comingSoon);
    contentLayout()->addStretch(1);

    retranslateUi();
}

QString WorkspacePage::title(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Home:
        //: Name of the start page in the navigation
        return tr("Welcome");
    case Workspace::SelfEmployed:
        //: Name of the workspace for self-employed people (noun)
        return tr("Self-employed");
    case Workspace::Employer:
        //: Name of the workspace for employers (noun, the one who employs)
        return tr("Employer");
    case Workspace::Helpdesk:
        //: Name of the workspace for helpdesk staff
        return tr("Helpdesk");
    case Workspace::Drafts:
        //: Name of the page listing the drafts (noun, plural)
        return tr("Drafts");
    case Workspace::Submissions:
        //: Name of the page listing what was sent to the portal (noun, plural)
        return tr("Submissions");
    }
    return {};
}

QString WorkspacePage::summary(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Home:
        return tr("Start here: what Guichet does and where to go.");
    case Workspace::SelfEmployed:
        return tr("File your own forms: contributions, flexi-job and student quotas, address "
                  "and bank changes.");
    case Workspace::Employer:
        return tr("Staff register, Dimona for each hire and departure, the quarterly DmfA for all "
                  "your workers, batch submission.");
    case Workspace::Helpdesk:
        return tr("Help citizens on the phone or at the counter, on their behalf under a mandate.");
    case Workspace::Drafts:
        return tr("Your forms in progress, saved as you type, even offline.");
    case Workspace::Submissions:
        return tr("What you sent to the portal, where it stands and its results.");
    }
    return {};
}

void WorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PageLayout::changeEvent(event);
}

void WorkspacePage::retranslateUi()
{
    heading()->setText(title(m_workspace));
    switch (m_workspace) {
    case Workspace::Home:
    case Workspace::Drafts:
    case Workspace::Submissions:
    case Workspace::SelfEmployed:
        lead()->setText(tr("File your own forms with the social-security portal, in plain "
                           "language and at your own pace. Guichet checks each answer as you "
                           "type and keeps your drafts safe until you send them."));
        break;
    case Workspace::Employer:
        lead()->setText(tr("For employers and social secretariats: your staff register, a Dimona "
                           "for each hire and departure, the quarterly DmfA for all your "
                           "workers, and batch submission."));
        break;
    case Workspace::Helpdesk:
        lead()->setText(tr("Help citizens on the phone or at the counter: look a person up, act "
                           "on their behalf under a mandate, with every action recorded."));
        break;
    }
    m_status->setText(tr("This workspace is being built. Once it is ready you will sign in with "
                         "your eID card and find here:"));
    m_comingSoon->setTitle(tr("Coming soon"));
    m_comingSoon->setAccessibleName(tr("Coming soon"));

    const QStringList features = plannedFeatures();
    for (qsizetype i = 0; i < m_features.size() && i < features.size(); ++i)
        m_features.at(i)->setText(features.at(i));
    const QStringList actions = plannedActions();
    for (qsizetype i = 0; i < m_actions.size() && i < actions.size(); ++i) {
        m_actions.at(i)->setText(actions.at(i));
        m_actions.at(i)->setAccessibleName(actions.at(i));
        m_actions.at(i)->setAccessibleDescription(tr("Not available yet"));
        m_actions.at(i)->setToolTip(tr("Not available yet"));
    }
}

QStringList WorkspacePage::plannedFeatures() const
{
    switch (m_workspace) {
    case Workspace::Home:
    case Workspace::Drafts:
    case Workspace::Submissions:
    case Workspace::SelfEmployed:
        return {tr("Adjust your provisional social contributions"),
                tr("Follow your flexi-job and student work quotas"),
                tr("Change your address or bank account"),
                tr("Drafts saved as you type, even offline, and a receipt for each declaration")};
    case Workspace::Employer:
        return {tr("A staff register, with import from a CSV file"),
                tr("Dimona declarations for each hire and departure"),
                tr("The quarterly DmfA, for hundreds or thousands of workers at once"),
                tr("Batch submission, with status follow-up and each anomaly shown on its field")};
    case Workspace::Helpdesk:
        return {tr("Look a person up by national number"),
                tr("Act on behalf of a citizen under a mandate"),
                tr("An audit trail of every action"),
                tr("A clean wipe between two citizens on a shared desk")};
    }
    return {};
}

QStringList WorkspacePage::plannedActions() const
{
    switch (m_workspace) {
    case Workspace::Home:
    case Workspace::Drafts:
    case Workspace::Submissions:
    case Workspace::SelfEmployed:
        return {tr("New declaration…"), tr("My drafts"), tr("My receipts")};
    case Workspace::Employer:
        return {tr("Staff register"), tr("New Dimona…"), tr("Import workers from CSV…")};
    case Workspace::Helpdesk:
        return {tr("Find a citizen…"), tr("Mandates"), tr("End session and wipe")};
    }
    return {};
}

} // namespace guichet::ui

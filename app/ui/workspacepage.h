#pragma once

#include "pagelayout.h"
#include "workspace.h"

class QGroupBox;
class QPushButton;

namespace guichet::ui {

// The page of one workspace (self-employed, employer, helpdesk). For now it says what the
// workspace is for and what will come, in a "coming soon" area whose actions are disabled.
class WorkspacePage : public PageLayout
{
    Q_OBJECT

public:
    explicit WorkspacePage(Workspace workspace, QWidget *parent = nullptr);

    Workspace workspace() const { return m_workspace; }

    // The workspace's name, as the navigation and the heading show it.
    static QString title(Workspace workspace);
    // One sentence on who the workspace is for, for tooltips and accessible descriptions.
    static QString summary(Workspace workspace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QStringList plannedFeatures() const;
    QStringList plannedActions() const;

    Workspace m_workspace;
    QLabel *m_status = nullptr;
    QGroupBox *m_comingSoon = nullptr;
    QList<QLabel *> m_features;
    QList<QPushButton *> m_actions;
};

} // namespace guichet::ui

#pragma once

#include "pagelayout.h"
#include "workspace.h"

#include <QMap>

class QCommandLinkButton;

namespace guichet::ui {

// The first page: what Guichet is, and one large button per workspace.
class WelcomePage : public PageLayout
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *button(Workspace workspace) const { return m_buttons.value(workspace); }

signals:
    void workspaceRequested(guichet::ui::Workspace workspace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_choose = nullptr;
    QMap<Workspace, QCommandLinkButton *> m_buttons;
    QLabel *m_preview = nullptr;
};

} // namespace guichet::ui

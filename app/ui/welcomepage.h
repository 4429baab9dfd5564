#pragma once

#include "pagelayout.h"
#include "workspace.h"

#include <QMap>

class QCommandLinkButton;

namespace guichet::ui {

class SignInPage;

// The first page: what Guichet is, the eID sign-in, and one large button per workspace.
class WelcomePage : public PageLayout
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *button(Workspace workspace) const { return m_buttons.value(workspace); }
    SignInPage *signInPage() const { return m_signIn; }

signals:
    void workspaceRequested(guichet::ui::Workspace workspace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SignInPage *m_signIn = nullptr;
    QLabel *m_choose = nullptr;
    QMap<Workspace, QCommandLinkButton *> m_buttons;
    QLabel *m_preview = nullptr;
};

} // namespace guichet::ui

#pragma once

#include "eid/lockscreen.h"
#include "workspace.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace guichet::ui {

class EidController;
class SelfEmployedPage;
class SignInPage;
namespace employer {
class EmployerPage;
}
namespace help {
class HelpController;
}
namespace helpdesk {
class HelpdeskBanner;
class HelpdeskPage;
class InactivityWatcher;
} // namespace helpdesk
class WelcomePage;
class Workbench;
class WorkspacePage;

// The main window: a navigation list of the workspaces (Ctrl+1/2/3) beside the current page,
// menus, and a status bar that says, in words, whether the portal and the eID card are there.
// With an EidController it signs in with the card (the welcome page's sign-in area, File >
// Sign in) and locks itself when the card leaves the reader. The whole window follows language
// changes live.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace currentWorkspace() const;
    void setCurrentWorkspace(Workspace workspace);

    QWidget *page(Workspace workspace) const;
    QListWidget *navigation() const { return m_navigation; }
    QLabel *connectionIndicator() const { return m_connection; }
    QLabel *eidIndicator() const { return m_eid; }
    SignInPage *signInPage() const;
    LockScreen *lockScreen() const { return m_lock; }
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    // The drafts, the outbox and their pages (Drafts, Submissions, the open draft).
    Workbench *workbench() const { return m_workbench; }
    // Shows the open draft in place of the current page.
    void showDocument();
    bool isDocumentShown() const;
    SelfEmployedPage *selfEmployedPage() const { return m_selfEmployed; }
    employer::EmployerPage *employerPage() const { return m_employer; }
    helpdesk::HelpdeskPage *helpdeskPage() const { return m_helpdesk; }
    helpdesk::HelpdeskBanner *helpdeskBanner() const { return m_banner; }
    helpdesk::InactivityWatcher *inactivityWatcher() const { return m_inactivity; }
    help::HelpController *help() const { return m_help; }
    // Ends the helpdesk session: what is open is submitted (submitOpen) or discarded, the
    // citizen's data wiped, the page cleared. Returns false (and says why) when it could not.
    bool endHelpdeskSession(bool submitOpen);

    // The card and sign-in this window shows and drives (not owned; may be null).
    void setEidController(EidController *controller);
    EidController *eidController() const { return m_eidController; }

    bool isLocked() const;
    // Hides the pages behind the lock screen until someone signs in again.
    void lock(guichet::ui::LockScreen::Reason reason);
    // The Language menu's action for a language code, null if there is none.
    QAction *languageAction(const QString &code) const { return m_languageActions.value(code); }

public slots:
    // Switches the whole application to the language now and saves the choice.
    void chooseLanguage(const QString &code);
    void showSettings();
    void showDiagnostics();
    void showAbout();

signals:
    void currentWorkspaceChanged(guichet::ui::Workspace workspace);
    // Every text of the window has been set again in the current language.
    void retranslated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void updateWindowTitle();
    void updateIndicators();
    void updateEidActions();
    void syncLanguageActions();
    void unlock();
    void startDraftsIfShown();
    void createWorkspacePages();
    void startForm(const QString &formId, const QByteArray &document, const QString &onBehalfOf,
                   const QString &title);
    void askEndHelpdeskSession();

    QListWidget *m_navigation = nullptr;
    QLabel *m_navigationLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMap<Workspace, QWidget *> m_workspacePages;
    Workbench *m_workbench = nullptr;
    class Portal;
    std::unique_ptr<Portal> m_portal; // the signed-in person's portal, for the workspaces
    SelfEmployedPage *m_selfEmployed = nullptr;
    employer::EmployerPage *m_employer = nullptr;
    helpdesk::HelpdeskPage *m_helpdesk = nullptr;
    helpdesk::HelpdeskBanner *m_banner = nullptr;
    helpdesk::InactivityWatcher *m_inactivity = nullptr;
    help::HelpController *m_help = nullptr;
    QAction *m_helpContents = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_eid = nullptr;
    QStackedWidget *m_root = nullptr;
    QWidget *m_main = nullptr;
    LockScreen *m_lock = nullptr;
    QPointer<EidController> m_eidController;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QActionGroup *m_workspaceGroup = nullptr;
    QMap<Workspace, QAction *> m_workspaceActions;
    QActionGroup *m_languageGroup = nullptr;
    QMap<QString, QAction *> m_languageActions;
    QAction *m_settings = nullptr;
    QAction *m_diagnostics = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace guichet::ui

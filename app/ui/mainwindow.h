#pragma once

#include "workspace.h"

#include <QMainWindow>
#include <QMap>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace guichet::ui {

class WelcomePage;
class WorkspacePage;

// The main window: a navigation list of the workspaces (Ctrl+1/2/3) beside the current page,
// menus, and a status bar that says, in words, whether the portal and the eID card are there.
// The whole window follows language changes live.
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
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void updateWindowTitle();
    void updateIndicators();
    void syncLanguageActions();

    QListWidget *m_navigation = nullptr;
    QLabel *m_navigationLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMap<Workspace, WorkspacePage *> m_workspacePages;
    QLabel *m_connection = nullptr;
    QLabel *m_eid = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
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

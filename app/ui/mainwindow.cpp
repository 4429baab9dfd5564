#include "mainwindow.h"

#include "aboutdialog.h"
#include "applicationicon.h"
#include "appsettings.h"
#include "batch/batchdialog.h"
#include "buildinfo.h"
#include "core/i18n.h"
#include "core/logging.h"
#include "diagnosticsdialog.h"
#include "drafts/draftspage.h"
#include "drafts/formdocumentpage.h"
#include "drafts/submissionspage.h"
#include "drafts/userspace.h"
#include "drafts/workbench.h"
#include "eid/eidcontroller.h"
#include "eid/signinpage.h"
#include "employer/employerpage.h"
#include "help/helpcontext.h"
#include "help/helpcontroller.h"
#include "help/helpwindow.h"
#include "helpdesk/helpdeskbanner.h"
#include "helpdesk/helpdeskpage.h"
#include "helpdesk/inactivitywatcher.h"
#include "receipt/receiptview.h"
#include "selfemployed/selfemployedpage.h"
#include "settingsdialog.h"
#include "welcomepage.h"
#include "workspacepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet::ui {

// The portal as the workspaces reach it: through the window's eID controller when there is
// one and someone is signed in, "not signed in" otherwise.
class MainWindow::Portal : public api::PortalAccess
{
public:
    QPointer<EidController> controller;

    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &headers, QObject *context,
                 Callback done) override
    {
        if (controller)
            controller->request(method, path, body, headers, context, std::move(done));
        else
            refuseNotSignedIn(context, std::move(done));
    }
    bool isSignedIn() const override { return controller && controller->isSignedIn(); }
    QJsonObject identity() const override
    {
        return controller ? controller->identity() : QJsonObject();
    }
};

namespace {
const QList<Workspace> s_pages{Workspace::Home,     Workspace::SelfEmployed,
                               Workspace::Employer, Workspace::Helpdesk,
                               Workspace::Drafts,   Workspace::Submissions};

int indexOf(Workspace workspace)
{
    return static_cast<int>(s_pages.indexOf(workspace));
}

// Freedesktop icon names, so that the desktop's own theme draws them; no icon when it has none.
QIcon navigationIcon(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Home:
        return QIcon::fromTheme(QStringLiteral("go-home"));
    case Workspace::SelfEmployed:
        return QIcon::fromTheme(QStringLiteral("user-info"),
                                QIcon::fromTheme(QStringLiteral("avatar-default")));
    case Workspace::Employer:
        return QIcon::fromTheme(QStringLiteral("system-users"));
    case Workspace::Helpdesk:
        return QIcon::fromTheme(QStringLiteral("help-browser"));
    case Workspace::Drafts:
        return QIcon::fromTheme(QStringLiteral("document-edit"),
                                QIcon::fromTheme(QStringLiteral("document-open")));
    case Workspace::Submissions:
        return QIcon::fromTheme(QStringLiteral("mail-send"),
                                QIcon::fromTheme(QStringLiteral("document-send")));
    }
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_portal(std::make_unique<Portal>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    retranslateUi();

    setCurrentWorkspace(AppSettings::startWorkspace());
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1120, 720);
}

MainWindow::~MainWindow()
{
    // The workbench saves what is open as it goes: while this window is still whole.
    m_workbench->disconnect(this);
    m_workbench->documentPage()->titleEdit()->disconnect(this);
    delete m_workbench;
    m_workbench = nullptr;
}

Workspace MainWindow::currentWorkspace() const
{
    if (m_workbench && isDocumentShown())
        return Workspace::Drafts; // the open draft belongs to the drafts
    const int index = m_pages->currentIndex();
    return index >= 0 && index < s_pages.size() ? s_pages.at(index) : Workspace::Home;
}

void MainWindow::setCurrentWorkspace(Workspace workspace)
{
    const int index = indexOf(workspace);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back here through currentRowChanged
    if (m_pages->currentIndex() == index && m_workspaceActions.value(workspace)->isChecked())
        return;
    m_pages->setCurrentIndex(index);
    m_workspaceActions.value(workspace)->setChecked(true);
    updateWindowTitle();
    startDraftsIfShown();
    emit currentWorkspaceChanged(workspace);
}

QWidget *MainWindow::page(Workspace workspace) const
{
    if (workspace == Workspace::Home)
        return m_welcome;
    return m_workspacePages.value(workspace);
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (!i18n::setLanguage(code)) {
        qCWarning(lcUi) << "unsupported language" << code;
        return;
    }
    AppSettings::setLanguage(code); // i18n::setLanguage() announced the change to every window
    syncLanguageActions();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::accepted, this, [this, dialog] {
        if (dialog->language() != i18n::currentLanguage())
            chooseLanguage(dialog->language());
        if (m_eidController) {
            // A new module, portal or proxy takes a fresh start (and a sign-out); the removal
            // behaviour applies at once.
            const EidController::Config config = EidController::configFromSettings();
            if (config.needsRestart(m_eidController->config()))
                m_eidController->start(config);
            else
                m_eidController->setSignOutOnCardRemoval(config.signOutOnCardRemoval);
        }
        m_inactivity->setIdleMinutes(AppSettings::inactivityLockMinutes());
        updateIndicators();
    });
    dialog->open();
}

void MainWindow::showDiagnostics()
{
    auto *dialog = new DiagnosticsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    startDraftsIfShown();
}

void MainWindow::startDraftsIfShown()
{
    // The drafts open when first needed (a sign-in opens the person's own at once): opening
    // them may ask for their passphrase, which only makes sense with the window on screen.
    const Workspace workspace = currentWorkspace();
    if (isVisible() && (workspace == Workspace::Drafts || workspace == Workspace::Submissions))
        QTimer::singleShot(0, m_workbench, &Workbench::start);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_workbench->saveAll();
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);

    m_signIn = new QAction(this);
    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    connect(m_signIn, &QAction::triggered, this, [this] {
        if (!isLocked())
            setCurrentWorkspace(Workspace::Home); // where the sign-in shows its progress
        signInPage()->startSignIn();
    });
    m_signOut = new QAction(this);
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    connect(m_signOut, &QAction::triggered, this, [this] {
        if (m_eidController)
            m_eidController->signOut();
    });

    m_workspaceGroup = new QActionGroup(this);
    m_workspaceGroup->setExclusive(true);
    const QList<QKeySequence> keys{
        QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::CTRL | Qt::Key_1),
        QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_3),
        QKeySequence(Qt::CTRL | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_5)};
    for (qsizetype i = 0; i < s_pages.size(); ++i) {
        const Workspace workspace = s_pages.at(i);
        auto *action = new QAction(m_workspaceGroup);
        action->setObjectName(QStringLiteral("actionWorkspace-") + workspaceKey(workspace));
        action->setCheckable(true);
        action->setShortcut(keys.at(i));
        connect(action, &QAction::triggered, this,
                [this, workspace] { setCurrentWorkspace(workspace); });
        m_workspaceActions.insert(workspace, action);
    }
    // Shortcuts work only for actions that belong to a visible widget: the window holds them all.
    addActions(m_workspaceGroup->actions());

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : i18n::languageCodes()) {
        // The language's own name, never translated: "Français" stays "Français" in Dutch.
        auto *action = new QAction(QLatin1Char('&') + i18n::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage-") + code);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
        m_languageActions.insert(code, action);
    }
    syncLanguageActions();

    m_settings = new QAction(this);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_diagnostics = new QAction(this);
    m_diagnostics->setObjectName(QStringLiteral("actionDiagnostics"));
    connect(m_diagnostics, &QAction::triggered, this, &MainWindow::showDiagnostics);

    m_helpContents = new QAction(this);
    m_helpContents->setObjectName(QStringLiteral("actionHelp"));
    m_helpContents->setShortcut(QKeySequence::HelpContents);
    m_helpContents->setShortcutContext(Qt::ApplicationShortcut);
    // F1 opens the help at the page of the focused form field (or workspace).
    connect(m_helpContents, &QAction::triggered, this, [this] { m_help->showContextHelp(); });
    addAction(m_helpContents);

    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQt = new QAction(this);
    m_aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_signIn);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_workspaceGroup->actions());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_settings);
    m_toolsMenu->addAction(m_diagnostics);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_helpContents);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    // The navigation sits on the window colour, the page on the base colour: the two areas stay
    // distinct in any palette, light or dark, without a colour of our own.
    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setBackgroundRole(QPalette::Window);
    sidebar->setAutoFillBackground(true);
    auto *column = new QVBoxLayout(sidebar);
    const int unit = fontMetrics().height();
    column->setContentsMargins(unit / 2, unit, unit / 2, unit / 2);
    column->setSpacing(unit / 2);

    // The product's name and icon at the top, as on the desktop's launcher.
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(unit / 2, 0, 0, unit / 2);
    brand->setSpacing(unit / 2);
    const QIcon icon = applicationIcon();
    if (!icon.isNull()) {
        auto *logo = new QLabel(sidebar);
        logo->setPixmap(icon.pixmap(unit * 2, unit * 2));
        brand->addWidget(logo);
    }
    auto *name = new QLabel(QString::fromLatin1(buildinfo::applicationName), sidebar);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);
    brand->addWidget(name, 1);
    column->addLayout(brand);

    m_navigationLabel = new QLabel(sidebar);
    QFont captionFont = m_navigationLabel->font();
    captionFont.setBold(true);
    m_navigationLabel->setFont(captionFont);
    m_navigationLabel->setIndent(unit / 2);
    column->addWidget(m_navigationLabel);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    const int iconSize = QFontMetrics(navigationFont).height() * 3 / 2;
    m_navigation->setIconSize(QSize(iconSize, iconSize));
    for (qsizetype i = 0; i < s_pages.size(); ++i) {
        auto *item = new QListWidgetItem(navigationIcon(s_pages.at(i)), QString(), m_navigation);
        item->setSizeHint(QSize(0, QFontMetrics(navigationFont).height() * 2 + 4));
        item->setData(Qt::UserRole, workspaceKey(s_pages.at(i)));
    }
    m_navigationLabel->setBuddy(m_navigation);
    column->addWidget(m_navigation, 1);
    sidebar->setFixedWidth(QFontMetrics(navigationFont).averageCharWidth() * 26);
    row->addWidget(sidebar);

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    row->addWidget(separator);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::workspaceRequested, this, &MainWindow::setCurrentWorkspace);
    m_workbench = new Workbench(AppSettings::dataDirectory(), m_pages, this);
    for (qsizetype i = 1; i < s_pages.size(); ++i) {
        QWidget *page = nullptr;
        switch (s_pages.at(i)) {
        case Workspace::Drafts:
            page = m_workbench->draftsPage();
            break;
        case Workspace::Submissions:
            page = m_workbench->submissionsPage();
            break;
        case Workspace::SelfEmployed:
            m_selfEmployed = new SelfEmployedPage(*m_portal, m_pages);
            page = m_selfEmployed;
            break;
        case Workspace::Employer:
            m_employer = new employer::EmployerPage(*m_portal, m_pages);
            page = m_employer;
            break;
        case Workspace::Helpdesk:
            m_helpdesk = new helpdesk::HelpdeskPage(*m_portal, m_pages);
            page = m_helpdesk;
            break;
        default:
            page = new WorkspacePage(s_pages.at(i), m_pages);
            break;
        }
        m_pages->addWidget(page);
        m_workspacePages.insert(s_pages.at(i), page);
    }
    // The open draft: not in the navigation, shown over the page it was opened from.
    m_pages->addWidget(m_workbench->documentPage());
    connect(m_workbench, &Workbench::documentOpened, this, &MainWindow::showDocument);
    connect(m_workbench, &Workbench::documentClosed, this, [this] {
        if (isDocumentShown())
            setCurrentWorkspace(Workspace::Drafts);
    });
    connect(m_workbench, &Workbench::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_workbench, &Workbench::resultArrived, this,
            [this](const QString &, sync::OutboxState, const QString &text) {
                statusBar()->showMessage(text, 20000);
            });
    connect(m_workbench, &Workbench::pendingChanged, this, &MainWindow::updateIndicators);
    connect(m_workbench, &Workbench::spaceChanged, this, &MainWindow::startDraftsIfShown);
    connect(m_workbench->documentPage()->titleEdit(), &QLineEdit::textChanged, this,
            &MainWindow::updateWindowTitle);
    connect(m_workbench->submissionsPage(), &SubmissionsPage::receiptRequested, this,
            [this](const QString &declarationId) {
                ReceiptView::showFor(*m_portal, declarationId, this);
            });
    // The helpdesk banner stays above every page while an agent works for a citizen; the pages
    // are wired to it, so it comes first.
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    m_banner = new helpdesk::HelpdeskBanner(central);
    m_banner->setObjectName(QStringLiteral("helpdeskBanner"));
    m_banner->hide();
    createWorkspacePages();
    pageColumn->addWidget(m_banner);
    pageColumn->addWidget(m_pages, 1);
    row->addLayout(pageColumn, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < s_pages.size())
            setCurrentWorkspace(s_pages.at(row));
    });

    // The lock screen takes the place of everything but the menus and the status bar.
    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("root"));
    m_main = central;
    m_root->addWidget(central);
    m_lock = new LockScreen(m_root);
    m_root->addWidget(m_lock);
    connect(m_lock, &LockScreen::unlockRequested, this, [this] { signInPage()->startSignIn(); });
    connect(signInPage(), &SignInPage::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    setCentralWidget(m_root);
    setTabOrder(m_navigation, m_pages);
}

SignInPage *MainWindow::signInPage() const
{
    return m_welcome->signInPage();
}

void MainWindow::setEidController(EidController *controller)
{
    if (m_eidController)
        m_eidController->disconnect(this);
    m_eidController = controller;
    m_portal->controller = controller;
    m_workbench->setEidController(controller);
    signInPage()->setController(controller);
    m_lock->setController(controller);
    if (controller) {
        connect(controller, &EidController::stateChanged, this, [this] {
            updateIndicators();
            updateEidActions();
        });
        connect(controller, &EidController::cardRemoved, this, [this](bool signedOut) {
            lock(signedOut ? LockScreen::Reason::CardRemovedSignedOut
                           : LockScreen::Reason::CardRemoved);
        });
        connect(controller, &EidController::signedIn, this, &MainWindow::unlock);
        connect(controller, &EidController::onlineChanged, this, &MainWindow::updateIndicators);
        connect(controller, &EidController::signedIn, this, [this] {
            m_employer->refresh();
            m_selfEmployed->refresh();
        });
        connect(controller, &EidController::signedOut, this, [this] {
            // Nothing of the person stays in the workspaces.
            m_employer->refresh();
            m_selfEmployed->clear();
            m_selfEmployed->clearDataKey();
            m_helpdesk->clear();
            m_banner->clear();
            m_banner->hide();
        });
    }
    updateIndicators();
    updateEidActions();
}

void MainWindow::showDocument()
{
    m_pages->setCurrentWidget(m_workbench->documentPage());
    // The navigation stays on the page the draft belongs to.
    const int drafts = indexOf(Workspace::Drafts);
    m_navigation->blockSignals(true);
    m_navigation->setCurrentRow(drafts);
    m_navigation->blockSignals(false);
    updateWindowTitle();
    if (auto *view = m_workbench->documentPage()->titleEdit())
        view->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isDocumentShown() const
{
    return m_workbench && m_pages->currentWidget() == m_workbench->documentPage();
}

void MainWindow::createWorkspacePages()
{
    connect(m_selfEmployed, &SelfEmployedPage::openFormRequested, this, &MainWindow::startForm);
    connect(m_employer, &employer::EmployerPage::openFormRequested, this, &MainWindow::startForm);
    connect(m_helpdesk, &helpdesk::HelpdeskPage::openFormRequested, this, &MainWindow::startForm);
    connect(m_employer, &employer::EmployerPage::batchRequested, this,
            [this](const QString &formId, const QList<QByteArray> &documents,
                   const QString &onBehalfOf, const QString &label, const QStringList &itemLabels) {
                auto batchId =
                    m_workbench->queueBatch(formId, documents, onBehalfOf, label, itemLabels);
                if (!batchId) {
                    QMessageBox::warning(this, tr("Batch submission"), batchId.error().message);
                    return;
                }
                auto *dialog = new batch::BatchDialog(
                    m_workbench->space()->outbox(), *batchId,
                    [workbench = QPointer<Workbench>(m_workbench)] {
                        if (workbench)
                            workbench->wakeOutbox();
                    },
                    this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->closeWith(m_workbench->space()); // the outbox goes with its space
                dialog->show();
            });

    // The self-employed figures are cached, sealed with the signed-in person's key.
    connect(m_workbench, &Workbench::spaceChanged, this, [this] {
        UserSpace *space = m_workbench->space();
        if (!space || space->kind() != UserSpace::Kind::Identity)
            return;
        m_selfEmployed->setDataDirectory(space->dataDirectory());
        m_selfEmployed->setOwner(space->owner());
        m_selfEmployed->setDataKey(space->dataKey());
    });

    m_helpdesk->attachBanner(m_banner);
    connect(m_helpdesk, &helpdesk::HelpdeskPage::citizenChosen, this,
            [this](const QJsonObject &citizen) {
                const QString number = citizen.value(QLatin1String("nationalNumber")).toString();
                if (!m_workbench->beginHelpdeskSession(number))
                    return;
                m_banner->show();
            });
    connect(m_helpdesk, &helpdesk::HelpdeskPage::endSessionRequested, this,
            &MainWindow::askEndHelpdeskSession);
    connect(m_helpdesk, &helpdesk::HelpdeskPage::cleared, m_banner, &QWidget::hide);

    // A shared desk locks itself when left alone.
    m_inactivity = new helpdesk::InactivityWatcher(this);
    m_inactivity->setIdleMinutes(AppSettings::inactivityLockMinutes());
    connect(m_inactivity, &helpdesk::InactivityWatcher::idle, this, [this] {
        if (m_eidController && m_eidController->isSignedIn() && !isLocked()) {
            m_workbench->saveAll();
            lock(LockScreen::Reason::Inactive);
        }
    });

    m_help = new help::HelpController(this);
    // F1 outside a form opens the page of the workspace it is pressed in.
    m_selfEmployed->setProperty(help::kHelpTopicProperty, QStringLiteral("self-employed"));
    m_employer->setProperty(help::kHelpTopicProperty, QStringLiteral("employer"));
    m_helpdesk->setProperty(help::kHelpTopicProperty, QStringLiteral("helpdesk"));
    m_workbench->draftsPage()->setProperty(help::kHelpTopicProperty, QStringLiteral("drafts"));
    m_workbench->submissionsPage()->setProperty(help::kHelpTopicProperty,
                                                QStringLiteral("submissions"));
}

void MainWindow::startForm(const QString &formId, const QByteArray &document,
                           const QString &onBehalfOf, const QString &title)
{
    auto id = m_workbench->startForm(formId, document, onBehalfOf, title);
    if (!id)
        QMessageBox::warning(this, tr("Start a form"), id.error().message);
}

void MainWindow::askEndHelpdeskSession()
{
    bool submitOpen = false;
    if (m_workbench->documentPage()->hasDocument()) {
        QMessageBox box(QMessageBox::Question, tr("End the session"),
                        tr("A form is still open for this citizen. Submit it before the "
                           "session ends, or discard it?"),
                        QMessageBox::NoButton, this);
        QPushButton *submit = box.addButton(tr("&Submit and end"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard and end"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(submit);
        box.exec();
        if (box.clickedButton() != submit && box.clickedButton() != discard)
            return;
        submitOpen = box.clickedButton() == submit;
    }
    endHelpdeskSession(submitOpen);
}

bool MainWindow::endHelpdeskSession(bool submitOpen)
{
    // What was submitted goes to the portal before the wipe (up to half a minute when the
    // portal is slow): say so, and keep the window painting meanwhile.
    statusBar()->showMessage(tr("Ending the session: sending what was submitted, then wiping the "
                                "citizen's data…"));
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    auto wiped = m_workbench->endHelpdeskSession(submitOpen);
    QGuiApplication::restoreOverrideCursor();
    if (!wiped) {
        statusBar()->showMessage(wiped.error().message, 15000);
        if (wiped.error().code == QLatin1String("form-invalid"))
            showDocument(); // to correct it, or end again and discard
        return false;
    }
    m_helpdesk->clear();
    m_banner->clear();
    m_banner->hide();
    // A number or an address the agent copied goes too.
    QGuiApplication::clipboard()->clear();
    setCurrentWorkspace(Workspace::Helpdesk);
    statusBar()->showMessage(tr("The session ended; the citizen's data was wiped from this "
                                "computer."),
                             15000);
    return true;
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lock;
}

void MainWindow::lock(LockScreen::Reason reason)
{
    // Whatever was open (a PIN dialog included) goes with the card.
    for (QDialog *dialog : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_lock->setReason(reason);
    m_root->setCurrentWidget(m_lock);
    m_workspaceGroup->setEnabled(false);
    m_lock->unlockButton()->setFocus(Qt::OtherFocusReason);
    updateWindowTitle();
    qCInfo(lcUi) << "window locked";
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    m_root->setCurrentWidget(m_main);
    m_workspaceGroup->setEnabled(true);
    if (m_inactivity)
        m_inactivity->reset();
    updateWindowTitle();
    m_navigation->setFocus(Qt::OtherFocusReason);
    qCInfo(lcUi) << "window unlocked";
}

void MainWindow::updateEidActions()
{
    const bool signedIn = m_eidController && m_eidController->isSignedIn();
    m_signIn->setEnabled(m_eidController &&
                         m_eidController->state() == EidController::State::CardPresent);
    m_signIn->setVisible(!signedIn);
    m_signOut->setEnabled(signedIn);
}

void MainWindow::createStatusBar()
{
    // Permanent, on the right, and in words: the state must be readable without colour.
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionIndicator"));
    m_eid = new QLabel(this);
    m_eid->setObjectName(QStringLiteral("eidIndicator"));
    const int margin = fontMetrics().averageCharWidth();
    for (QLabel *indicator : {m_connection, m_eid}) {
        // Reachable with Tab so that a screen reader user can hear the state.
        indicator->setFocusPolicy(Qt::TabFocus);
        indicator->setContentsMargins(margin, 0, margin, 0);
    }
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_eid);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();

    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_quit->setStatusTip(tr("Close Guichet."));
    m_signIn->setText(tr("Sign &in with eID…"));
    m_signIn->setStatusTip(tr("Sign in to the portal with your eID card and its PIN code."));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setStatusTip(tr("End your portal session."));

    m_viewMenu->setTitle(tr("&View"));
    m_workspaceActions.value(Workspace::Home)->setText(tr("&Welcome"));
    m_workspaceActions.value(Workspace::SelfEmployed)->setText(tr("&Self-employed"));
    m_workspaceActions.value(Workspace::Employer)->setText(tr("&Employer"));
    m_workspaceActions.value(Workspace::Helpdesk)->setText(tr("&Helpdesk"));
    m_workspaceActions.value(Workspace::Drafts)->setText(tr("&Drafts"));
    m_workspaceActions.value(Workspace::Submissions)->setText(tr("S&ubmissions"));
    for (auto it = m_workspaceActions.cbegin(); it != m_workspaceActions.cend(); ++it)
        it.value()->setStatusTip(WorkspacePage::summary(it.key()));
    m_languageMenu->setTitle(tr("&Language"));

    m_toolsMenu->setTitle(tr("&Tools"));
    m_settings->setText(tr("&Settings…"));
    m_settings->setStatusTip(tr("Language, portal address and start page."));
    m_diagnostics->setText(tr("&Diagnostics"));
    m_diagnostics->setStatusTip(tr("What the helpdesk needs to know about this computer."));

    m_helpMenu->setTitle(tr("&Help"));
    m_helpContents->setText(tr("Guichet &help"));
    m_helpContents->setStatusTip(
        tr("The help for what you are doing, in your language, also offline (F1)."));
    m_about->setText(tr("&About Guichet"));
    m_aboutQt->setText(tr("About &Qt"));

    m_navigationLabel->setText(tr("&Workspaces"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setAccessibleDescription(
        tr("Choose a workspace. Ctrl+1 to Ctrl+5 open them directly."));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const Workspace itemWorkspace = s_pages.at(row);
        item->setText(WorkspacePage::title(itemWorkspace));
        const QKeySequence key = m_workspaceActions.value(itemWorkspace)->shortcut();
        item->setToolTip(QStringLiteral("%1 (%2)").arg(WorkspacePage::summary(itemWorkspace),
                                                       key.toString(QKeySequence::NativeText)));
        item->setData(Qt::AccessibleDescriptionRole, WorkspacePage::summary(itemWorkspace));
    }
    m_pages->setAccessibleName(tr("Current workspace"));

    updateIndicators();
    emit retranslated();
}

void MainWindow::updateWindowTitle()
{
    const Workspace workspace = currentWorkspace();
    if (m_root && isLocked()) {
        setWindowTitle(tr("Locked — Guichet"));
        return;
    }
    if (m_workbench && isDocumentShown()) {
        const QString title = m_workbench->documentPage()->titleEdit()->text();
        setWindowTitle(tr("%1 — Guichet").arg(title.isEmpty() ? tr("Draft") : title));
        return;
    }
    setWindowTitle(workspace == Workspace::Home
                       ? tr("Guichet")
                       : tr("%1 — Guichet").arg(WorkspacePage::title(workspace)));
}

void MainWindow::updateIndicators()
{
    const QUrl server = m_eidController ? m_eidController->config().portal.server
                                        : AppSettings::effectiveServerUrl();
    const bool signedIn = m_eidController && m_eidController->isSignedIn();
    const int pending = m_workbench ? m_workbench->pendingCount() : 0;
    QString connection;
    if (server.isEmpty())
        connection = tr("Offline — no portal address set");
    else if (signedIn && !m_eidController->isOnline())
        connection = tr("Offline — %1 does not answer; %n submission(s) waiting", nullptr, pending)
                         .arg(server.host());
    else if (signedIn && pending > 0)
        connection =
            tr("Connected to %1; sending %n submission(s)", nullptr, pending).arg(server.host());
    else if (signedIn)
        connection = tr("Connected to %1").arg(server.host());
    else
        connection = tr("Offline — not connected to %1 yet").arg(server.host());
    m_connection->setText(tr("Portal: %1").arg(connection));
    m_connection->setAccessibleName(tr("Portal connection"));
    m_connection->setAccessibleDescription(connection);
    m_connection->setToolTip(server.isEmpty() ? tr("Enter the portal address in Tools > Settings.")
                                              : server.toString());

    m_eid->setAccessibleName(tr("eID card"));
    if (!m_eidController) {
        const QString eid = tr("No card reader checked yet");
        m_eid->setText(tr("eID: %1").arg(eid));
        m_eid->setAccessibleDescription(eid);
        m_eid->setToolTip(tr("Guichet will look for your card reader when you sign in."));
        return;
    }
    const QString eid = m_eidController->statusText();
    m_eid->setText(tr("eID: %1").arg(eid));
    m_eid->setAccessibleDescription(eid + QLatin1String(". ") + m_eidController->statusDetail());
    m_eid->setToolTip(m_eidController->statusDetail());
}

void MainWindow::syncLanguageActions()
{
    if (QAction *action = m_languageActions.value(i18n::currentLanguage()))
        action->setChecked(true);
}

} // namespace guichet::ui

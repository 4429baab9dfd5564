#include "ui/help/helpwindow.h"

#include "core/i18n.h"
#include "core/logging.h"
#include "ui/webengine.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QStyle>
#include <QToolBar>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace guichet::ui::help {

namespace {

// Follows links between help pages only; anything else (there is nothing else in our pages) is
// refused rather than fetched, so the help never touches the network.
class HelpPage : public QWebEnginePage
{
public:
    HelpPage(const HelpIndex &index, QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent), m_index(index)
    {}

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (m_index.fromUrl(url).isValid())
            return true;
        qCInfo(lcUi) << "help: not following a link outside the help pages:" << url.scheme();
        return false;
    }

private:
    const HelpIndex &m_index;
};

} // namespace

HelpWindow::HelpWindow(const QString &root, QWidget *parent) : QMainWindow(parent), m_index(root)
{
    setObjectName(QStringLiteral("helpWindow"));

    m_back = new QAction(this);
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setShortcuts(QKeySequence::Back);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_back, &QAction::triggered, this, &HelpWindow::back);

    m_forward = new QAction(this);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_forward, &QAction::triggered, this, &HelpWindow::forward);

    m_home = new QAction(this);
    m_home->setObjectName(QStringLiteral("helpHome"));
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_home, &QAction::triggered, this, &HelpWindow::goHome);

    m_zoomIn = new QAction(this);
    m_zoomIn->setObjectName(QStringLiteral("helpZoomIn"));
    m_zoomIn->setShortcuts(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->setZoomFactor(qMin(m_view->zoomFactor() + 0.25, 3.0));
    });
    m_zoomOut = new QAction(this);
    m_zoomOut->setObjectName(QStringLiteral("helpZoomOut"));
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->setZoomFactor(qMax(m_view->zoomFactor() - 0.25, 0.5));
    });

    m_close = new QAction(this);
    m_close->setObjectName(QStringLiteral("helpClose"));
    m_close->setShortcuts({QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)});
    connect(m_close, &QAction::triggered, this, &QWidget::close);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("helpToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_forward);
    m_toolBar->addAction(m_home);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addAction(m_zoomIn);
    addAction(m_close); // a shortcut without a button

    // Stands in for the view until the first page, so that the window has a size and a text.
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_placeholder);

    resize(900, 700);
    retranslateUi();
    updateActions();
}

HelpWindow::~HelpWindow()
{
    // Qt WebEngine wants the page gone before its profile.
    delete m_view;
    m_view = nullptr;
}

void HelpWindow::ensureView()
{
    if (m_view)
        return;
    ui::prepareWebEngine();
    // Off the record (no storage name): no cache or cookies on disk for the help.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, true);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("helpView"));
    m_view->setPage(new HelpPage(m_index, m_profile, m_view));
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // its menu offers "view source" and such
    connect(m_view, &QWebEngineView::urlChanged, this, [this] { updateActions(); });
    connect(m_view, &QWebEngineView::titleChanged, this, [this] { retranslateUi(); });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        updateActions();
        if (!ok)
            qCWarning(lcUi) << "help: a page could not be shown:" << m_view->url().path();
        emit pageLoaded(m_view->url(), ok);
    });
    setCentralWidget(m_view); // deletes the placeholder
    m_placeholder = nullptr;
    retranslateUi();
}

void HelpWindow::showHelp(const QString &formId, const QString &pointer)
{
    showTarget(m_index.resolve(i18n::currentLanguage(), formId, pointer));
}

void HelpWindow::showTopic(const QString &topic)
{
    const QString page = topic.section(QLatin1Char('#'), 0, 0);
    const QString anchor = topic.section(QLatin1Char('#'), 1);
    showTarget(m_index.topic(i18n::currentLanguage(), page, anchor));
}

void HelpWindow::showTarget(const HelpTarget &target)
{
    if (target.isValid())
        load(target);
    else
        qCWarning(lcUi) << "help: no help pages under" << m_index.root();
    show();
    raise();
    activateWindow();
}

void HelpWindow::load(const HelpTarget &target)
{
    ensureView();
    m_requested = target;
    m_view->load(target.url());
    m_view->setFocus();
    updateActions();
}

HelpTarget HelpWindow::currentTarget() const
{
    if (!m_view)
        return {};
    const HelpTarget shown = m_index.fromUrl(m_view->url());
    return shown.isValid() ? shown : m_requested;
}

void HelpWindow::goHome()
{
    showTarget(m_index.topic(i18n::currentLanguage(), HelpIndex::indexPage()));
}

void HelpWindow::back()
{
    if (m_view)
        m_view->back();
}

void HelpWindow::forward()
{
    if (m_view)
        m_view->forward();
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        followLanguage();
    }
    QMainWindow::changeEvent(event);
}

void HelpWindow::followLanguage()
{
    const HelpTarget shown = currentTarget();
    if (!shown.isValid())
        return;
    const HelpTarget wanted = m_index.topic(i18n::currentLanguage(), shown.page, shown.anchor);
    if (wanted.isValid() && wanted.language != shown.language)
        load(wanted);
}

void HelpWindow::updateActions()
{
    const bool started = m_view != nullptr;
    m_back->setEnabled(started && m_view->history()->canGoBack());
    m_forward->setEnabled(started && m_view->history()->canGoForward());
    m_zoomIn->setEnabled(started);
    m_zoomOut->setEnabled(started);
}

void HelpWindow::retranslateUi()
{
    const QString title = m_view ? m_view->title() : QString();
    // A page's own title already names Guichet's help; before any, the window says what it is.
    setWindowTitle(title.isEmpty() || title.startsWith(QLatin1String("qrc:")) ? tr("Guichet Help")
                                                                              : title);
    m_toolBar->setWindowTitle(tr("Navigation"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Back to the previous page (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("Forward to the next page (%1)")
                              .arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_home->setText(tr("&Contents"));
    m_home->setToolTip(tr("The first page of the help (%1)")
                           .arg(m_home->shortcut().toString(QKeySequence::NativeText)));
    m_zoomIn->setText(tr("Larger text"));
    m_zoomOut->setText(tr("Smaller text"));
    m_close->setText(tr("Close the help"));
    if (m_placeholder)
        m_placeholder->setText(tr("Opening the help…"));
    if (m_view) {
        m_view->setAccessibleName(tr("Help page"));
        m_view->setAccessibleDescription(title);
    }
}

} // namespace guichet::ui::help

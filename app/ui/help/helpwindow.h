#pragma once

#include "ui/help/helpindex.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QToolBar;
class QWebEngineProfile;
class QWebEngineView;

// The help viewer: the pages of resources/help in a Qt WebEngine view, with back, forward and
// home, in the language of the application (it follows guichet::i18n::setLanguage and shows the
// same page and place in the new language). Qt WebEngine starts with the first page shown, not
// with the window: constructing a HelpWindow costs a few widgets. The pages come from the
// embedded resources (qrc:/help/...) or a folder, never from the network: a link that leads
// anywhere else is not followed.
namespace guichet::ui::help {

class HelpWindow : public QMainWindow
{
    Q_OBJECT

public:
    // root: ":/help" (the embedded pages) or a folder with the same layout.
    explicit HelpWindow(const QString &root = QStringLiteral(":/help"), QWidget *parent = nullptr);
    ~HelpWindow() override;

    const HelpIndex &index() const { return m_index; }

    // Shows the window at the help for a form's field (see HelpIndex::resolve), in the current
    // UI language.
    void showHelp(const QString &formId = {}, const QString &pointer = {});
    // Shows the window at a named page ("drafts", "employer#csv").
    void showTopic(const QString &topic);
    // Shows the window at target (which HelpIndex made).
    void showTarget(const HelpTarget &target);

    // The page shown (or being loaded); invalid before the first one.
    HelpTarget currentTarget() const;
    // Null until the first page: that is when Qt WebEngine starts.
    QWebEngineView *view() const { return m_view; }
    bool isWebEngineStarted() const { return m_view != nullptr; }

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *homeAction() const { return m_home; }

public slots:
    void goHome();
    void back();
    void forward();

signals:
    // A page finished loading (ok false: it could not be shown).
    void pageLoaded(const QUrl &url, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureView();
    void load(const HelpTarget &target);
    void retranslateUi();
    void updateActions();
    void followLanguage();

    HelpIndex m_index;
    HelpTarget m_requested; // what was asked last (the view may still be loading it)
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_close = nullptr;
};

} // namespace guichet::ui::help

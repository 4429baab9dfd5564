#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

// What the main window calls for help. Owns the help window, which it creates (and with it
// Qt WebEngine) on the first call only, so start-up never pays for the help.
//
//   auto *help = new help::HelpController(mainWindow);
//   F1:          help->showContextHelp();            // the focused form field, or its page
//   Help menu:   help->showHelp();                   // contents
//                help->showTopic("shortcuts");       // a named page
namespace guichet::ui::help {

class HelpWindow;

class HelpController : public QObject
{
    Q_OBJECT

public:
    // parentWindow: the window the help belongs to (the help window is a separate top-level
    // window, closed and deleted with it). root: the pages (":/help", or a folder in tests).
    explicit HelpController(QWidget *parentWindow, const QString &root = QStringLiteral(":/help"));
    ~HelpController() override;

    // The help window, or null before the first call that shows help.
    HelpWindow *window() const { return m_window; }

public slots:
    // The help for a form's field: its section of the form's page (see HelpIndex::resolve);
    // without a form, the contents.
    void showHelp(const QString &formId = {}, const QString &pointer = {});
    // A named page: "getting-started", "drafts", "submissions", "self-employed", "employer",
    // "helpdesk", "shortcuts", "index", "form-<id>"; "page#anchor" for a place in it.
    void showTopic(const QString &topic);
    // F1: the help for what has the keyboard focus (helpContextFor(QApplication::focusWidget())):
    // the form field, else the widget's help topic, else the contents.
    void showContextHelp();
    // The same for a given widget.
    void showHelpFor(const QWidget *widget);

private:
    HelpWindow *ensureWindow();

    QPointer<QWidget> m_parentWindow;
    QString m_root;
    QPointer<HelpWindow> m_window;
};

} // namespace guichet::ui::help

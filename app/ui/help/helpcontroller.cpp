#include "ui/help/helpcontroller.h"

#include "ui/help/helpcontext.h"
#include "ui/help/helpwindow.h"

#include <QApplication>
#include <QWidget>

namespace guichet::ui::help {

HelpController::HelpController(QWidget *parentWindow, const QString &root)
    : QObject(parentWindow), m_parentWindow(parentWindow), m_root(root)
{}

HelpController::~HelpController()
{
    delete m_window;
}

HelpWindow *HelpController::ensureWindow()
{
    if (!m_window) {
        // Its own top-level window (Qt::Window) that still closes with the main window.
        m_window = new HelpWindow(m_root, m_parentWindow);
        m_window->setWindowFlag(Qt::Window, true);
    }
    return m_window;
}

void HelpController::showHelp(const QString &formId, const QString &pointer)
{
    ensureWindow()->showHelp(formId, pointer);
}

void HelpController::showTopic(const QString &topic)
{
    ensureWindow()->showTopic(topic);
}

void HelpController::showContextHelp()
{
    showHelpFor(QApplication::focusWidget());
}

void HelpController::showHelpFor(const QWidget *widget)
{
    // Asked from inside the help window itself: it is already showing help.
    if (m_window && widget && (widget == m_window || m_window->isAncestorOf(widget))) {
        m_window->raise();
        return;
    }
    const HelpContext context = helpContextFor(widget);
    if (!context.formId.isEmpty())
        showHelp(context.formId, context.pointer);
    else if (!context.topic.isEmpty())
        showTopic(context.topic);
    else
        showHelp();
}

} // namespace guichet::ui::help

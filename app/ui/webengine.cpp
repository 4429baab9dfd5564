#include "ui/webengine.h"

#include "core/logging.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <unistd.h>

namespace guichet::ui {

namespace {

QtMessageHandler s_previousHandler = nullptr;

void quietWebEngineHandler(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    static const char *const harmless[] = {
        "Sandboxing disabled by user.",
        "No suitable graphics backend found",
        "WebEngineContext used before QtWebEngineCore::initialize()",
        "QStandardPaths: XDG_RUNTIME_DIR not set",
    };
    const bool contextDump = context.category &&
                             qstrcmp(context.category, "qt.webenginecontext") == 0 &&
                             type == QtInfoMsg;
    bool drop = contextDump;
    for (const char *h : harmless)
        drop = drop || message.startsWith(QLatin1String(h));
    if (drop)
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
    else
        qt_message_output(type, context, message);
}

} // namespace

void prepareWebEngine()
{
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX") &&
        !qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS")
             .contains(QLatin1String("--no-sandbox"))) {
        // Info, not a warning: the CLI's stderr shows warnings, and there is nothing to act on.
        qCInfo(lcUi) << "running as root: Chromium's sandbox cannot run, Qt WebEngine runs "
                        "without it";
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    s_previousHandler = qInstallMessageHandler(quietWebEngineHandler);
}

} // namespace guichet::ui

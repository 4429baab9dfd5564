// guichet: the desktop application. Parses the command line, sets the language, shows the main
// window (or renders it to a PNG with --screenshot).
#include "buildinfo.h"
#include "core/i18n.h"
#include "core/logging.h"
#include "ui/aboutdialog.h"
#include "ui/applicationicon.h"
#include "ui/appsettings.h"
#include "ui/diagnosticsdialog.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

enum ExitCode
{
    Success = 0,
    UsageError = 2
};

int fail(const QString &message)
{
    std::fprintf(stderr, "guichet: %s\n", qPrintable(message));
    return UsageError;
}

// Saves a picture of `widget` once it is shown and laid out, then quits with 0, or with 2 when
// the file cannot be written. `ready` says when the widget's content is final.
void scheduleScreenshot(QWidget *widget, const QString &file, std::function<bool()> ready)
{
    auto *timer = new QTimer(widget);
    timer->setInterval(50);
    // Gives an asynchronous check (e.g. the keychain) a bounded time to fill its line in.
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, widget, [widget, file, ready, timer, attempts] {
        if (!ready() && ++*attempts < 200)
            return;
        timer->stop();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        const QPixmap picture = widget->grab();
        if (picture.isNull() || !picture.save(file, "PNG")) {
            std::fprintf(stderr, "guichet: %s\n",
                         qPrintable(QCoreApplication::translate("guichet::gui",
                                                                "cannot save the screenshot to %1")
                                        .arg(QDir::toNativeSeparators(file))));
            QCoreApplication::exit(UsageError);
            return;
        }
        QCoreApplication::exit(Success);
    });
    timer->start();
}

} // namespace

int main(int argc, char **argv)
{
    using namespace guichet;
    logging::installRedactingMessageHandler();
    // Qt WebEngine (receipts and help) needs contexts shared from the start.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setApplicationName(QString::fromLatin1(buildinfo::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(buildinfo::organizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(buildinfo::organizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(buildinfo::version));
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(buildinfo::applicationName));
    QGuiApplication::setDesktopFileName(QStringLiteral("be.guichet.Guichet"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "guichet::gui", "Desktop client for the social-security portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate(
            "guichet::gui",
            "Keep this session's drafts, tokens and caches in DIR (created if needed)."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "guichet::gui", "Use this language (fr, nl, de or en) instead of the saved one."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate(
            "guichet::gui", "Start in this workspace (home, self-employed, employer, helpdesk)."),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("guichet::gui",
                                    "Save a picture of the main window to FILE.png and quit."),
        QStringLiteral("FILE"));
    // For documentation and layout checks: a picture of a dialog instead of the main window.
    QCommandLineOption screenshotDialog(QStringLiteral("screenshot-dialog"), QString(),
                                        QStringLiteral("NAME"));
    screenshotDialog.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, lang, workspace, screenshot, screenshotDialog});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("guichet::gui", "unexpected argument \"%1\"")
                        .arg(parser.positionalArguments().constFirst()));

    // Language first, so that every later message is in it: --lang, else the saved choice, else
    // the system's.
    QString language = parser.value(lang);
    if (parser.isSet(lang) && !i18n::isSupported(language)) {
        return fail(QCoreApplication::translate(
                        "guichet::gui", "unsupported language \"%1\" (use fr, nl, de or en)")
                        .arg(language));
    }
    if (language.isEmpty())
        language = ui::AppSettings::language();
    if (language.isEmpty())
        language = i18n::languageForLocale(QLocale::system());
    i18n::setLanguage(language);

    if (parser.isSet(dataDir)) {
        const QString directory = QDir(parser.value(dataDir)).absolutePath();
        if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable()) {
            return fail(QCoreApplication::translate("guichet::gui",
                                                    "cannot create or write the data folder %1")
                            .arg(QDir::toNativeSeparators(directory)));
        }
        ui::AppSettings::setDataDirectory(directory);
    }

    // Icons come from the desktop's theme; without one (a bare X server, a kiosk) Debian's
    // default theme still draws them when it is installed.
    if (QIcon::fallbackThemeName().isEmpty() ||
        QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    QApplication::setWindowIcon(ui::applicationIcon());

    ui::MainWindow window;
    if (parser.isSet(workspace)) {
        bool known = false;
        const ui::Workspace start = ui::workspaceFromKey(parser.value(workspace), &known);
        if (!known) {
            return fail(QCoreApplication::translate("guichet::gui",
                                                    "unknown workspace \"%1\" (use home, "
                                                    "self-employed, employer or helpdesk)")
                            .arg(parser.value(workspace)));
        }
        window.setCurrentWorkspace(start);
    }

    if (!parser.isSet(screenshot)) {
        window.show();
        return app.exec();
    }

    // A fixed size, so that pictures of two versions compare.
    window.resize(1120, 720);
    window.show();
    const QString file = parser.value(screenshot);
    const QString dialogName = parser.value(screenshotDialog);
    if (dialogName.isEmpty()) {
        scheduleScreenshot(&window, file, [] { return true; });
        return app.exec();
    }

    std::unique_ptr<QDialog> dialog;
    std::function<bool()> ready = [] { return true; };
    if (dialogName == QLatin1String("diagnostics")) {
        auto *diagnostics = new ui::DiagnosticsDialog(&window);
        ready = [diagnostics] { return diagnostics->isComplete(); };
        dialog.reset(diagnostics);
    } else if (dialogName == QLatin1String("settings")) {
        dialog = std::make_unique<ui::SettingsDialog>(&window);
    } else if (dialogName == QLatin1String("about")) {
        dialog = std::make_unique<ui::AboutDialog>(&window);
    } else {
        return fail(
            QCoreApplication::translate(
                "guichet::gui", "unknown dialog \"%1\" (use diagnostics, settings or about)")
                .arg(dialogName));
    }
    dialog->show();
    scheduleScreenshot(dialog.get(), file, ready);
    return app.exec();
}

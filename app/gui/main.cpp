// guichet: the desktop application. Parses the command line, sets the language, reads the data
// folder's trust settings, starts the eID controller and shows the main window (or renders it, or
// one of its dialogs, to a PNG with --screenshot).
#include "buildinfo.h"
#include "core/datadir.h"
#include "core/i18n.h"
#include "core/logging.h"
#include "ui/aboutdialog.h"
#include "ui/applicationicon.h"
#include "ui/appsettings.h"
#include "ui/diagnosticsdialog.h"
#include "ui/drafts/userspace.h"
#include "ui/drafts/workbench.h"
#include "ui/eid/eidcontroller.h"
#include "ui/eid/lockscreen.h"
#include "ui/eid/pindialog.h"
#include "ui/eid/pinpadprompt.h"
#include "ui/eid/signinpage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

#include <openssl/crypto.h>

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
void scheduleScreenshot(QWidget *widget, const QString &file, std::function<bool()> ready,
                        int maxWaitMs = 10000)
{
    auto *timer = new QTimer(widget);
    timer->setInterval(50);
    // Gives an asynchronous check (e.g. the keychain, the card reader) a bounded time to fill
    // its line in.
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, widget, [=] {
        if (!ready() && ++*attempts < maxWaitMs / 50)
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

// The exit code for a failed sign-in (DESIGN.md: 3 wrong PIN, 4 locked, 5 refused, 6 unreachable).
int exitCodeFor(const QString &code)
{
    if (code == QLatin1String("pin-incorrect") || code == QLatin1String("pin-length"))
        return 3;
    if (code == QLatin1String("pin-locked"))
        return 4;
    if (code == QLatin1String("auth-refused") || code.startsWith(QLatin1String("certificate-")))
        return 5;
    if (code == QLatin1String("unreachable") || code == QLatin1String("timeout") ||
        code == QLatin1String("tls") || code == QLatin1String("network"))
        return 6;
    return UsageError;
}

// One line from stdin: the PIN for the signed-in screenshot.
QByteArray readPinLine()
{
    QByteArray pin;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && pin.size() < 64) {
        if (c != '\r')
            pin.append(char(c));
    }
    return pin;
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
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("guichet::gui",
                                    "Use the portal at URL for this run (not saved)."),
        QStringLiteral("URL"));
    const QCommandLineOption module(
        QStringLiteral("module"),
        QCoreApplication::translate(
            "guichet::gui", "Use the PKCS#11 library at PATH for the eID card in this run."),
        QStringLiteral("PATH"));
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
    parser.addOptions({dataDir, server, module, lang, workspace, screenshot, screenshotDialog});

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
    // The data folder's trust settings (the demo's portal CA, token and SoftHSM2 configuration):
    // SOFTHSM2_CONF must be set before any module is loaded (PLATFORM.md §5).
    {
        DataDir folder(ui::AppSettings::dataDirectory());
        if (auto loaded = folder.loadTrust(); !loaded)
            return fail(loaded.error().message);
        folder.applyTokenEnvironment();
    }
    if (parser.isSet(server)) {
        const auto url = ui::AppSettings::checkServerUrl(parser.value(server));
        if (!url || url->isEmpty()) {
            return fail(url ? QCoreApplication::translate("guichet::gui",
                                                          "--server needs the portal's address")
                            : url.error().message);
        }
        ui::AppSettings::setServerUrlOverride(*url);
    }
    QString modulePath;
    if (parser.isSet(module)) {
        modulePath = parser.value(module);
        if (!QFileInfo(modulePath).isFile()) {
            return fail(QCoreApplication::translate("guichet::gui", "no PKCS#11 library at %1")
                            .arg(QDir::toNativeSeparators(modulePath)));
        }
    }
    // "System" proxy mode means what the desktop and the environment say.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Icons come from the desktop's theme; without one (a bare X server, a kiosk) Debian's
    // default theme still draws them when it is installed.
    if (QIcon::fallbackThemeName().isEmpty() ||
        QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    QApplication::setWindowIcon(ui::applicationIcon());

    ui::MainWindow window;
    ui::EidController eid;
    ui::EidController::Config eidConfig = ui::EidController::configFromSettings();
    if (!modulePath.isEmpty())
        eidConfig.modulePath = modulePath;
    window.setEidController(&eid);
    eid.start(eidConfig);
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
    // The card reader's first answer, so that the status bar says something final.
    const auto eidSettled = [&eid] {
        const auto state = eid.state();
        return state != ui::EidController::State::Starting &&
               state != ui::EidController::State::Stopped;
    };
    if (dialogName.isEmpty()) {
        scheduleScreenshot(&window, file, eidSettled);
        return app.exec();
    }
    if (dialogName == QLatin1String("locked")) {
        window.lock(ui::LockScreen::Reason::CardRemovedSignedOut);
        scheduleScreenshot(&window, file, eidSettled);
        return app.exec();
    }
    if (dialogName == QLatin1String("signed-in")) {
        // The real path: the PIN (one line on stdin) typed into the PIN dialog, the card and
        // the portal; then a picture of the signed-in window.
        auto pin = std::make_shared<QByteArray>(readPinLine());
        // An optional second line: the drafts' passphrase, for a run without a keychain (the
        // headless demo); without it, the passphrase dialog asks as usual.
        if (QByteArray line = readPinLine(); !line.isEmpty()) {
            auto passphrase = std::make_shared<QString>(QString::fromUtf8(line));
            OPENSSL_cleanse(line.data(), size_t(line.size()));
            window.workbench()->setPassphraseSource(
                [passphrase](drafts::KeyProvider::PassphrasePurpose) {
                    return std::optional(*passphrase);
                });
        }
        QObject::connect(&eid, &ui::EidController::signInFailed, &app,
                         [](const ui::SignInFailure &failure) {
                             std::fprintf(stderr, "guichet: %s\n", qPrintable(failure.message));
                             QCoreApplication::exit(exitCodeFor(failure.code));
                         });
        auto *driver = new QTimer(&window);
        driver->setInterval(50);
        QObject::connect(driver, &QTimer::timeout, &window, [&window, &eid, pin, driver] {
            ui::SignInPage *page = window.signInPage();
            if (ui::PinDialog *dialog = page->pinDialog(); dialog && dialog->isVisible()) {
                driver->stop();
                dialog->pinEdit()->setText(QString::fromLatin1(*pin));
                OPENSSL_cleanse(pin->data(), size_t(pin->size()));
                dialog->signInButton()->click();
            } else if (eid.state() == ui::EidController::State::CardPresent && !page->pinDialog()) {
                page->startSignIn();
            }
        });
        driver->start();
        // Signed in, and the person's drafts open (or said to be unavailable).
        scheduleScreenshot(
            &window, file,
            [&eid, &window] {
                const ui::UserSpace *space = window.workbench()->space();
                return eid.isSignedIn() &&
                       ((space && space->kind() == ui::UserSpace::Kind::Identity) ||
                        !window.workbench()->problem().isEmpty());
            },
            60000);
        return app.exec();
    }

    std::unique_ptr<QDialog> dialog;
    std::function<bool()> ready = [] { return true; };
    const auto pinDialog = [&window](eid::PinState state, bool typed) {
        auto *pin = new ui::PinDialog(&window);
        ui::PinRequest request;
        request.pinState = state;
        pin->setRequest(request);
        if (typed)
            pin->pinEdit()->setText(QStringLiteral("0000")); // shown masked
        return pin;
    };
    if (dialogName == QLatin1String("pin")) {
        auto *pin = pinDialog(eid::PinState::Ok, true);
        // As while typing: the cursor after the digits, nothing selected.
        ready = [pin] {
            pin->pinEdit()->deselect();
            pin->pinEdit()->end(false);
            return true;
        };
        dialog.reset(pin);
    } else if (dialogName == QLatin1String("pin-count-low")) {
        dialog.reset(pinDialog(eid::PinState::CountLow, false));
    } else if (dialogName == QLatin1String("pin-final-try")) {
        auto *pin = pinDialog(eid::PinState::FinalTry, false);
        pin->showError(QCoreApplication::translate("guichet::ui::SignInPage", "Wrong PIN."));
        dialog.reset(pin);
    } else if (dialogName == QLatin1String("pin-locked")) {
        dialog.reset(pinDialog(eid::PinState::Locked, false));
    } else if (dialogName == QLatin1String("pinpad")) {
        auto *prompt = new ui::PinpadPrompt(&window);
        prompt->start(30);
        dialog.reset(prompt);
    } else if (dialogName == QLatin1String("diagnostics")) {
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
                "guichet::gui",
                "unknown dialog \"%1\" (use diagnostics, settings, about, pin, pin-count-low, "
                "pin-final-try, pin-locked, pinpad, locked or signed-in)")
                .arg(dialogName));
    }
    dialog->show();
    scheduleScreenshot(dialog.get(), file, ready);
    return app.exec();
}

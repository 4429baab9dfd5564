#include "portalsession.h"

#include "command.h"

#include "core/eid/modulefinder.h"
#include "core/eid/pkcs11session.h"
#include "core/i18n.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace guichet::cli {

namespace {
// One line from stdin (--pin-stdin) or from the terminal without echo.
QByteArray readPin(bool fromStdin)
{
    QByteArray pin;
    FILE *in = stdin;
    FILE *tty = nullptr;
    termios saved{};
    bool restore = false;
    if (!fromStdin) {
        tty = std::fopen("/dev/tty", "r+");
        if (!tty)
            return {};
        in = tty;
        std::fputs(qPrintable(tr("PIN: ")), tty);
        std::fflush(tty);
        if (tcgetattr(fileno(tty), &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            restore = tcsetattr(fileno(tty), TCSAFLUSH, &quiet) == 0;
        }
    }
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n' && pin.size() < 64) {
        if (c != '\r')
            pin.append(char(c));
    }
    if (tty) {
        if (restore)
            tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputc('\n', tty);
        std::fclose(tty);
    }
    return pin;
}

QString defaultModule(const DataDir &dir)
{
    if (!dir.eidModule().isEmpty())
        return dir.eidModule();
    for (const eid::ModuleFinder::Module &m : eid::ModuleFinder().find()) {
        if (m.exists)
            return m.path;
    }
    return {};
}

} // namespace

QString takePortalOptions(QStringList &args, PortalOptions &options)
{
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &out) -> bool {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        QString timeout;
        if (a == QLatin1String("--server")) {
            if (!value(options.server))
                return tr("--server needs a URL");
        } else if (a == QLatin1String("--data-dir")) {
            if (!value(options.dataDir))
                return tr("--data-dir needs a folder");
        } else if (a == QLatin1String("--module")) {
            if (!value(options.module))
                return tr("--module needs the path of a PKCS#11 library");
        } else if (a == QLatin1String("--token")) {
            if (!value(options.tokenLabel))
                return tr("--token needs a token label");
        } else if (a == QLatin1String("--timeout")) {
            bool ok = false;
            if (!value(timeout) || (options.timeoutSeconds = timeout.toInt(&ok), !ok) ||
                options.timeoutSeconds <= 0)
                return tr("--timeout needs a number of seconds");
        } else if (a == QLatin1String("--pin-stdin")) {
            options.pinStdin = true;
        } else {
            rest << a;
        }
    }
    args = rest;
    return {};
}

int exitCodeFor(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String("pin-incorrect") || c == QLatin1String("pin-length"))
        return ExitWrongPin;
    if (c == QLatin1String("pin-locked"))
        return ExitPinLocked;
    if (c == QLatin1String("auth-refused"))
        return ExitAuthRefused;
    if (c == QLatin1String("unreachable") || c == QLatin1String("timeout") ||
        c == QLatin1String("tls") || c == QLatin1String("network"))
        return ExitUnreachable;
    if (c.startsWith(QLatin1String("certificate-")))
        return ExitAuthRefused;
    return ExitUsage;
}

int openPortalSession(const PortalOptions &options, PortalSession &session)
{
    session.dataDir = std::make_unique<DataDir>(options.dataDir);
    if (auto loaded = session.dataDir->loadTrust(); !loaded) {
        printError(loaded.error().message);
        return ExitUsage;
    }
    session.dataDir->applyTokenEnvironment();
    api::ClientConfig config;
    config.server = QUrl(options.server.isEmpty() ? session.dataDir->portalUrl() : options.server);
    if (!config.server.isValid() || config.server.scheme() != QLatin1String("https") ||
        config.server.host().isEmpty()) {
        printError(tr("--server needs an https:// URL (got \"%1\")").arg(options.server));
        return ExitUsage;
    }
    config.caCertificates = session.dataDir->portalCaCertificates();
    config.timeoutMs = options.timeoutSeconds * 1000;
    config.language = i18n::currentLanguage();
    session.client = std::make_unique<api::PortalClient>(config);

    const QString modulePath =
        options.module.isEmpty() ? defaultModule(*session.dataDir) : options.module;
    if (modulePath.isEmpty()) {
        printError(tr("no PKCS#11 module found; install the eID middleware or give --module"));
        return ExitUsage;
    }
    auto module = eid::Module::load(modulePath);
    if (!module) {
        printError(module.error().message);
        return ExitUsage;
    }
    QString label = options.tokenLabel;
    if (label.isEmpty())
        label = session.dataDir->eidTokenLabel();
    if (label.isEmpty())
        label = QStringLiteral("BELPIC");
    auto token = eid::Session::open(*module, label);
    if (!token) {
        printError(token.error().message);
        return ExitUsage;
    }
    auto info = (*token)->tokenInfo();
    if (info && info->pinState == eid::PinState::Locked) {
        printError(tr("the card's PIN is blocked after too many wrong tries; unblock it with "
                      "your PUK code at your municipality"));
        return ExitPinLocked;
    }
    QByteArray pin;
    if (info && info->protectedAuthenticationPath) {
        printError(tr("type your PIN on the card reader's keypad"));
    } else {
        pin = readPin(options.pinStdin);
        if (pin.isEmpty()) {
            printError(tr("no PIN given (use --pin-stdin or type it when asked)"));
            return ExitUsage;
        }
    }
    auto login = (*token)->login(std::move(pin));
    OPENSSL_cleanse(pin.data(), size_t(pin.size()));
    if (!login) {
        printError(login.error().message);
        return exitCodeFor(login.error());
    }
    auto result = eid::signIn(*session.client, **token, session.dataDir->eidCaCertificatesPem());
    (void)(*token)->logout();
    if (!result) {
        printError(result.error().message);
        return exitCodeFor(result.error());
    }
    session.signIn = *result;
    return ExitOk;
}

} // namespace guichet::cli

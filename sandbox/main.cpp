// guichet-sandbox: the reference portal backend (docs/API.md) on loopback HTTPS.
#include "server.h"

#include "core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Async-signal-safe; the event loop reads the pipe and quits.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

bool parseShare(const QString &text, double *share)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    *share = v;
    return true;
}

bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-sandbox"));
    guichet::logging::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference portal backend on loopback HTTPS. The first stdout line is the port."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description,
                                  const char *valueName = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        parser.addOption(o);
        return o;
    };
    const auto port = option("port", "Port to listen on (0: any free port).", "N");
    const auto dataDir = option("data-dir", "Data folder (state in DIR/sandbox/).", "DIR");
    const auto citizenCa = option("citizen-ca", "Citizen CA certificate (PEM), repeatable.", "PEM");
    const auto rootCa = option("root-ca", "Root CA certificate (PEM), repeatable.", "PEM");
    const auto crl = option("crl", "CRL (PEM), repeatable.", "PEM");
    const auto tlsCert = option("tls-cert", "Server certificate (PEM).", "PEM");
    const auto tlsKey = option("tls-key", "Server private key (PEM).", "PEM");
    const auto processingDelay =
        option("processing-delay", "Declaration processing time, ms (1500).", "MS");
    const auto tokenLifetime = option("token-lifetime", "Access token lifetime, s (900).", "S");
    const auto nonceLifetime = option("nonce-lifetime", "Challenge lifetime, s (300).", "S");
    const auto adminToken = option("admin-token", "Enables /admin with this bearer token.", "T");
    const auto latency = option("fault-latency-ms", "Delay faulted requests.", "MS");
    const auto dropBefore = option("fault-drop-before", "Share dropped before processing.", "P");
    const auto dropAfter = option("fault-drop-after", "Share dropped after processing.", "P");
    const auto error500 = option("fault-500", "Share answered 500.", "P");
    const auto error503 = option("fault-503", "Share answered 503.", "P");
    const auto error429 = option("fault-429", "Share answered 429.", "P");
    const auto retryAfter = option("fault-retry-after", "Retry-After of 429/503, s (1).", "S");
    const auto duplicate = option("fault-duplicate", "Share answered twice.", "P");
    const auto faultPaths = option("fault-paths", "Regex of the faulted paths.", "REGEX");
    const auto faultSeed = option("fault-seed", "Seed of the fault RNG (0).", "N");
    parser.process(app);

    const auto usage = [](const QString &message) {
        std::fprintf(stderr, "guichet-sandbox: %s\n", qPrintable(message));
        return 2;
    };

    guichet::sandbox::Options options;
    if (!parser.isSet(dataDir))
        return usage(QStringLiteral("--data-dir DIR is required"));
    options.dataDir = QDir(parser.value(dataDir)).absolutePath();
    qint64 n = 0;
    if (parser.isSet(port)) {
        if (!parseInt(parser.value(port), 0, 65535, &n))
            return usage(QStringLiteral("--port takes 0..65535"));
        options.port = quint16(n);
    }
    for (const QString &v : parser.values(citizenCa))
        options.citizenCa.append(QDir(v).absolutePath());
    for (const QString &v : parser.values(rootCa))
        options.rootCa.append(QDir(v).absolutePath());
    for (const QString &v : parser.values(crl))
        options.crl.append(QDir(v).absolutePath());
    if (parser.isSet(tlsCert))
        options.tlsCertificate = QDir(parser.value(tlsCert)).absolutePath();
    if (parser.isSet(tlsKey))
        options.tlsKey = QDir(parser.value(tlsKey)).absolutePath();
    const auto integer = [&](const QCommandLineOption &o, qint64 min, qint64 max, auto *target) {
        if (!parser.isSet(o))
            return true;
        qint64 v = 0;
        if (!parseInt(parser.value(o), min, max, &v))
            return false;
        *target = std::remove_pointer_t<decltype(target)>(v);
        return true;
    };
    if (!integer(processingDelay, 0, 3600000, &options.processingDelayMs))
        return usage(QStringLiteral("--processing-delay takes milliseconds"));
    if (!integer(tokenLifetime, 1, 86400 * 30, &options.tokenLifetimeSeconds))
        return usage(QStringLiteral("--token-lifetime takes seconds"));
    if (!integer(nonceLifetime, 1, 86400, &options.nonceLifetimeSeconds))
        return usage(QStringLiteral("--nonce-lifetime takes seconds"));
    options.adminToken = parser.value(adminToken);
    if (parser.isSet(adminToken) && options.adminToken.size() < 8)
        return usage(QStringLiteral("--admin-token needs at least 8 characters"));

    guichet::sandbox::FaultSettings &f = options.faults;
    if (!integer(latency, 0, 600000, &f.latencyMs))
        return usage(QStringLiteral("--fault-latency-ms takes milliseconds"));
    for (const auto &[o, target] :
         {std::pair{&dropBefore, &f.dropBeforeProcessing},
          std::pair{&dropAfter, &f.dropAfterProcessing}, std::pair{&error500, &f.error500},
          std::pair{&error503, &f.error503}, std::pair{&error429, &f.error429},
          std::pair{&duplicate, &f.duplicateReply}}) {
        if (parser.isSet(*o) && !parseShare(parser.value(*o), target))
            return usage(
                QStringLiteral("--%1 takes a share between 0 and 1").arg(o->names().at(0)));
    }
    if (!integer(retryAfter, 0, 86400, &f.retryAfter))
        return usage(QStringLiteral("--fault-retry-after takes seconds"));
    if (!integer(faultSeed, 0, qint64(1) << 53, &f.seed))
        return usage(QStringLiteral("--fault-seed takes a non-negative integer"));
    f.paths = parser.value(faultPaths);
    if (!QRegularExpression(f.paths).isValid())
        return usage(QStringLiteral("--fault-paths is not a valid regular expression"));

    if (!installSignalHandlers())
        return usage(QStringLiteral("cannot install signal handlers"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        while (::read(signalPipe[0], &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });

    guichet::sandbox::Server server(options);
    QString error;
    const quint16 listening = server.start(&error);
    if (listening == 0) {
        std::fprintf(stderr, "guichet-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "%u\n", unsigned(listening));
    std::fflush(stdout);
    qInfo("guichet-sandbox: listening on https://127.0.0.1:%u (data in %s)", unsigned(listening),
          qPrintable(options.dataDir));
    return app.exec();
}

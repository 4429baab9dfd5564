#pragma once

// What the GUI tests that sign in with the demo card share (header only): the card is the
// SoftHSM2 token `guichet-cli demo init` makes in a data folder, the portal a guichet-sandbox
// started on that folder.

#include "core/datadir.h"
#include "ui/eid/eidcontroller.h"

#include <QDate>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QUrl>

namespace guichet::test {

// A valid national register number for someone born on `birth` with the day's serial `counter`
// (3 digits; odd for men, even for women): the check digits as the register computes them.
inline QString nationalNumber(const QDate &birth, int counter)
{
    const QString base = QStringLiteral("%1%2%3%4")
                             .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birth.month(), 2, 10, QLatin1Char('0'))
                             .arg(birth.day(), 2, 10, QLatin1Char('0'))
                             .arg(counter, 3, 10, QLatin1Char('0'));
    qint64 n = base.toLongLong();
    if (birth.year() >= 2000)
        n += 2'000'000'000;
    return base + QStringLiteral("%1").arg(97 - int(n % 97), 2, 10, QLatin1Char('0'));
}

// Starts the controller on the demo card of `demoDir` against `server` (each request given
// portalTimeoutMs) and signs in with the demo PIN, as the sign-in page would. Returns once
// signed in (false after waitMs at any step).
inline bool signInWithDemoCard(ui::EidController &controller, const QString &demoDir,
                               const QUrl &server, int portalTimeoutMs, int waitMs)
{
    ui::EidController::Config config = ui::EidController::configFromSettings();
    DataDir dir(demoDir);
    if (!dir.loadTrust())
        return false;
    config.modulePath = dir.eidModule();
    config.portal.server = server;
    config.portal.timeoutMs = portalTimeoutMs;
    config.pollInterval = std::chrono::milliseconds(200);
    controller.start(config);
    if (!QTest::qWaitFor([&] { return controller.isCardPresent(); }, waitMs))
        return false;
    QSignalSpy asked(&controller, &ui::EidController::pinRequested);
    controller.requestSignIn();
    if (!asked.wait(waitMs))
        return false;
    controller.submitPin(QByteArray("1234"));
    return QTest::qWaitFor([&] { return controller.isSignedIn(); }, waitMs);
}

} // namespace guichet::test

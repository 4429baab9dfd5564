#pragma once

// Makes a child process (a guichet-sandbox a test starts) die with the test: a test that
// crashes or is killed (timeout, kill -9) leaves no server listening behind it. Header only.

#include <QProcess>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace guichet::test {

// Call before start(). The signal follows the death of the thread that starts the process (the
// test's main thread). Runs in the child between fork and exec: async-signal-safe calls only.
inline void dieWithTheTest(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the test went before prctl took effect
            ::_exit(127);
    });
}

} // namespace guichet::test

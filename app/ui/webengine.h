#pragma once

// What must hold before the first Qt WebEngine object of the process, for every part that starts
// Qt WebEngine (receipts, help). Qt WebEngine also needs Qt::AA_ShareOpenGLContexts set before
// the application object exists: that is the mains' part (app/gui, app/cli), not this one's.
namespace guichet::ui {

// Call before creating a Qt WebEngine profile, page or view; needs a QGuiApplication.
// - Running as root (containers, CI), Chromium refuses to start with its sandbox on and ends
//   the whole process, so the sandbox is turned off (unless the environment already says so).
//   Only our own pages are shown, with scripts off and nothing loaded from the network.
// - Installs a message handler, chained to the one before it, that drops the start-up lines
//   Qt WebEngine 6.4 prints under an offscreen platform, which PLATFORM.md §3 lists as
//   harmless: they are not for a CLI's stderr, which says only why a command failed.
// Idempotent: only the first call does anything. Call it from the GUI thread.
void prepareWebEngine();

} // namespace guichet::ui

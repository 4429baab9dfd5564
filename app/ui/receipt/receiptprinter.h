#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QString>

#include <functional>
#include <variant>

class QTimer;
class QWebEnginePage;
class QWebEngineProfile;

// Receipt HTML to PDF through an offscreen Qt WebEngine page (no window). Qt WebEngine starts
// with the first ReceiptPrinter or ReceiptView, never at program start. Needs a QGuiApplication
// (the CLI makes a QApplication for `submit --receipt`).
//
//   auto *printer = new ui::ReceiptPrinter(this);
//   printer->printToPdfFile(html, path, [](const Expected<std::monostate> &saved) { ... });
namespace guichet::ui {

// Error codes (Error::code) besides receipt::errors.
namespace receipterrors {
inline constexpr char busy[] = "receipt.busy";         // a job is already running
inline constexpr char noGui[] = "receipt.noGui";       // no QGuiApplication
inline constexpr char tooLarge[] = "receipt.tooLarge"; // the page exceeds what setHtml takes
inline constexpr char render[] = "receipt.render";     // the page did not load or print
inline constexpr char write[] = "receipt.write";       // the file could not be written
} // namespace receipterrors

class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    explicit ReceiptPrinter(QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    using PdfCallback = std::function<void(const Expected<QByteArray> &)>;
    using FileCallback = std::function<void(const Expected<std::monostate> &)>;

    // Loads html and prints it; `done` runs once, on this object's thread, later (never from
    // within the call). One job at a time: a second one while busy fails with busy.
    void printToPdf(const QString &html, PdfCallback done);
    // The same, then writes the PDF to path (whole or not at all).
    void printToPdfFile(const QString &html, const QString &path, FileCallback done);
    bool isBusy() const { return bool(m_done); }

    // How long a job may take before it fails (a stuck renderer must not hang the CLI).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Waits for the PDF in a local event loop (the CLI, tests).
    static Expected<QByteArray> printBlocking(const QString &html, int timeoutMs = 120000);

    // A4 portrait with the receipt's margins (Qt WebEngine takes them from here, not from CSS).
    static QPageLayout pageLayout();
    // Writes bytes to path through a QSaveFile. Error: receipterrors::write.
    static Expected<std::monostate> writeFile(const QByteArray &bytes, const QString &path);

    // What must hold before the first Qt WebEngine object of the process: a GUI application
    // (error receipterrors::noGui, for the CLI), then ui::prepareWebEngine(). Idempotent.
    static Expected<std::monostate> prepareWebEngine();

private:
    void finish(const Expected<QByteArray> &result);
    void onLoadFinished(bool ok);

    QPointer<QWebEngineProfile> m_profile;
    QPointer<QWebEnginePage> m_page;
    QTimer *m_timer = nullptr;
    PdfCallback m_done;
    int m_timeoutMs = 120000;
    quint64 m_job = 0;
};

} // namespace guichet::ui

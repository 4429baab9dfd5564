#include "ui/receipt/receiptprinter.h"

#include "ui/webengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <optional>

namespace guichet::ui {

namespace {

Error renderError(const QString &why)
{
    return Error{QString::fromLatin1(receipterrors::render),
                 ReceiptPrinter::tr("The receipt could not be turned into a PDF: %1").arg(why),
                 {why}};
}

// setHtml() hands the page over as a data: URL, which Chromium caps at 2 MB once encoded.
constexpr qsizetype maxHtmlBytes = 1400 * 1024;

} // namespace

Expected<std::monostate> ReceiptPrinter::prepareWebEngine()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error{QString::fromLatin1(receipterrors::noGui),
                     tr("Receipts need the graphical part of Qt; this program did not start "
                        "it."),
                     {}};
    }
    ui::prepareWebEngine();
    return std::monostate{};
}

QPageLayout ReceiptPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 18),
                       QPageLayout::Millimeter);
}

Expected<std::monostate> ReceiptPrinter::writeFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QString::fromLatin1(receipterrors::write),
                     tr("The receipt could not be saved as %1: %2").arg(path, file.errorString()),
                     {path, file.errorString()}};
    }
    return std::monostate{};
}

ReceiptPrinter::ReceiptPrinter(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
            [this] { finish(renderError(tr("the renderer did not answer in time."))); });
}

ReceiptPrinter::~ReceiptPrinter()
{
    // Qt WebEngine wants the pages gone before their profile (a page of an earlier job may still
    // wait for its deleteLater).
    const QList<QWebEnginePage *> pages =
        findChildren<QWebEnginePage *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(pages);
    delete m_profile;
}

void ReceiptPrinter::printToPdf(const QString &html, PdfCallback done)
{
    const auto later = [this, &done](const Error &error) {
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
    };
    if (isBusy()) {
        later(Error{QString::fromLatin1(receipterrors::busy),
                    tr("A receipt is already being printed."),
                    {}});
        return;
    }
    if (auto ready = prepareWebEngine(); !ready) {
        later(ready.error());
        return;
    }
    if (html.toUtf8().size() > maxHtmlBytes) {
        later(Error{QString::fromLatin1(receipterrors::tooLarge),
                    tr("The receipt is too large to print."),
                    {}});
        return;
    }

    m_done = std::move(done);
    ++m_job;
    if (!m_profile) {
        // Off the record (no storage name): nothing of the receipt reaches a disk cache.
        m_profile = new QWebEngineProfile(this);
        m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        QWebEngineSettings *settings = m_profile->settings();
        settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    }
    if (m_page)
        m_page->deleteLater();
    m_page = new QWebEnginePage(m_profile, this);
    const quint64 job = m_job;
    connect(m_page, &QWebEnginePage::loadFinished, this, [this, job](bool ok) {
        if (job == m_job)
            onLoadFinished(ok);
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this, job](QWebEnginePage::RenderProcessTerminationStatus, int code) {
                if (job == m_job && isBusy())
                    finish(renderError(tr("the renderer stopped (code %1).").arg(code)));
            });
    m_timer->start(m_timeoutMs);
    m_page->setHtml(html, QUrl(QStringLiteral("about:blank")));
}

void ReceiptPrinter::onLoadFinished(bool ok)
{
    if (!isBusy())
        return;
    if (!ok) {
        finish(renderError(tr("the page did not load.")));
        return;
    }
    QPointer<ReceiptPrinter> self(this);
    const quint64 job = m_job;
    m_page->printToPdf(
        [self, job](const QByteArray &pdf) {
            if (!self || job != self->m_job || !self->isBusy())
                return;
            if (pdf.isEmpty())
                self->finish(renderError(tr("printing gave no document.")));
            else
                self->finish(pdf);
        },
        pageLayout());
}

void ReceiptPrinter::finish(const Expected<QByteArray> &result)
{
    m_timer->stop();
    PdfCallback done = std::move(m_done);
    m_done = nullptr;
    ++m_job; // late signals of this job are ignored
    if (done)
        done(result);
}

void ReceiptPrinter::printToPdfFile(const QString &html, const QString &path, FileCallback done)
{
    printToPdf(html, [path, done = std::move(done)](const Expected<QByteArray> &pdf) {
        if (!pdf) {
            done(pdf.error());
            return;
        }
        done(writeFile(*pdf, path));
    });
}

Expected<QByteArray> ReceiptPrinter::printBlocking(const QString &html, int timeoutMs)
{
    std::optional<Expected<QByteArray>> result;
    QEventLoop loop;
    ReceiptPrinter printer;
    printer.setTimeout(timeoutMs);
    printer.printToPdf(html, [&](const Expected<QByteArray> &pdf) {
        result.emplace(pdf);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace guichet::ui

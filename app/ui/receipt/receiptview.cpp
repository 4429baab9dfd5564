#include "ui/receipt/receiptview.h"

#include "core/api/portalaccess.h"
#include "core/receipt/receiptloader.h"
#include "core/receipt/receiptrenderer.h"
#include "ui/receipt/receiptprinter.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace guichet::ui {

ReceiptView::ReceiptView(QWidget *parent) : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_save = new QPushButton(this);
    m_print = new QPushButton(this);
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ReceiptView::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &ReceiptView::choosePrinterAndPrint);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addStretch(1); // replaced by the page once there is one
    layout->addLayout(buttons);
    setTabOrder(m_save, m_print);
    retranslate();
}

ReceiptView::~ReceiptView()
{
    // The view, then its page, then their profile: Qt WebEngine's order.
    delete m_view;
    delete m_page;
    delete m_profile;
}

ReceiptView *ReceiptView::showFor(api::PortalAccess &access, const QString &declarationId,
                                  QWidget *parent, const QJsonValue &submittedData)
{
    auto *view = new ReceiptView(parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(820, 960);
    view->load(access, declarationId, submittedData);
    view->show();
    return view;
}

void ReceiptView::retranslate()
{
    setWindowTitle(m_data ? tr("Receipt %1").arg(m_data->ticket) : tr("Receipt"));
    setAccessibleName(tr("Receipt of a declaration"));
    m_save->setText(tr("&Save as PDF…"));
    m_save->setAccessibleName(tr("Save the receipt as PDF"));
    m_save->setToolTip(tr("Save the receipt as a PDF document"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print the receipt"));
    m_print->setToolTip(tr("Print the receipt"));
    m_message->setAccessibleName(tr("Receipt status"));
    if (m_view) {
        m_view->setAccessibleName(tr("Receipt"));
        m_view->setAccessibleDescription(tr("The receipt the portal signed for this declaration"));
    }
}

void ReceiptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_data)
            render(); // the page's labels, dates and the portal's messages in the new language
    }
    QWidget::changeEvent(event);
}

QString ReceiptView::statusText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReceiptView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ReceiptView::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(m_pageReady && !busy);
    m_print->setEnabled(m_pageReady && !busy);
}

void ReceiptView::load(api::PortalAccess &access, const QString &declarationId,
                       const QJsonValue &submittedData)
{
    const quint64 request = ++m_request;
    m_data.reset();
    m_pageReady = false;
    setBusy(false);
    if (m_view)
        m_view->hide();
    showMessage(tr("Fetching the receipt from the portal…"));
    receipt::ReceiptLoader::load(
        access, declarationId, this,
        [this, request, submittedData](const Expected<receipt::ReceiptData> &result) {
            if (request != m_request)
                return; // a later load() replaced this one
            if (!result) {
                showMessage(result.error().message);
                emit failed(result.error().message);
                return;
            }
            receipt::ReceiptData data = *result;
            if (!submittedData.isUndefined())
                data.setSubmittedData(submittedData);
            setReceipt(data);
        });
}

void ReceiptView::setReceipt(const receipt::ReceiptData &data)
{
    ++m_request; // a load() still running no longer applies
    m_data = data;
    retranslate();
    render();
}

void ReceiptView::ensureWebEngine()
{
    if (m_view)
        return;
    // Off the record, scripts off, nothing remote: the page is ours and loads nothing.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_page = new QWebEnginePage(m_profile, this);
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::StrongFocus);
    auto *box = static_cast<QVBoxLayout *>(layout());
    // Replace the placeholder stretch between the message and the buttons.
    delete box->takeAt(1);
    box->insertWidget(1, m_view, 1);
    setTabOrder(m_view, m_save);
    setTabOrder(m_save, m_print);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!m_data)
            return;
        m_pageReady = ok;
        setBusy(m_busy);
        if (!ok) {
            const QString message = tr("The receipt could not be shown.");
            showMessage(message);
            emit failed(message);
            return;
        }
        m_view->show();
        emit loaded();
    });
    connect(m_view, &QWebEngineView::printFinished, this, [this](bool ok) {
        m_printer.reset();
        setBusy(false);
        showMessage(ok ? QString() : tr("The receipt could not be printed."));
        emit printed(ok);
    });
    retranslate();
}

void ReceiptView::render()
{
    if (!m_data)
        return;
    const Expected<QString> html = receipt::ReceiptRenderer().render(*m_data);
    if (!html) {
        showMessage(html.error().message);
        emit failed(html.error().message);
        return;
    }
    if (auto ready = ReceiptPrinter::prepareWebEngine(); !ready) {
        showMessage(ready.error().message);
        emit failed(ready.error().message);
        return;
    }
    ensureWebEngine();
    m_html = *html;
    m_pageReady = false;
    setBusy(m_busy);
    showMessage(QString());
    m_page->setHtml(m_html, QUrl(QStringLiteral("about:blank")));
}

void ReceiptView::saveAsPdf(const QString &path)
{
    if (!m_pageReady || m_busy) {
        const QString message = m_busy ? tr("Wait until the receipt has been saved or printed.")
                                       : tr("There is no receipt to save yet.");
        QMetaObject::invokeMethod(
            this, [this, message] { emit saveFailed(message); }, Qt::QueuedConnection);
        return;
    }
    setBusy(true);
    QPointer<ReceiptView> self(this);
    m_page->printToPdf(
        [self, path](const QByteArray &pdf) {
            if (!self)
                return;
            self->setBusy(false);
            Expected<std::monostate> saved =
                pdf.isEmpty() ? Expected<std::monostate>(
                                    Error{QString::fromLatin1(receipterrors::render),
                                          tr("The receipt could not be turned into a PDF."),
                                          {}})
                              : ReceiptPrinter::writeFile(pdf, path);
            if (!saved) {
                self->showMessage(saved.error().message);
                emit self->saveFailed(saved.error().message);
                return;
            }
            self->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
            emit self->pdfSaved(path);
        },
        ReceiptPrinter::pageLayout());
}

void ReceiptView::print(QPrinter *printer)
{
    if (!m_pageReady || m_busy || !printer) {
        QMetaObject::invokeMethod(
            this, [this] { emit printed(false); }, Qt::QueuedConnection);
        return;
    }
    setBusy(true);
    m_view->print(printer);
}

void ReceiptView::chooseFileAndSave()
{
    if (!m_data)
        return;
    QString name = m_data->ticket;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the receipt as PDF"), QDir::home().filePath(tr("receipt-%1.pdf").arg(name)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    saveAsPdf(path);
}

void ReceiptView::choosePrinterAndPrint()
{
    if (!m_pageReady || m_busy)
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(ReceiptPrinter::pageLayout());
    printer->setDocName(windowTitle());
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_printer = std::move(printer);
    print(m_printer.get());
}

} // namespace guichet::ui

#pragma once

#include "core/expected.h"
#include "core/receipt/receiptdata.h"

#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace guichet::api {
class PortalAccess;
}

// The receipt of a processed declaration, as the portal signed it: the rendered page (Qt
// WebEngine), "Save as PDF…" and "Print…". Qt WebEngine starts when the first receipt is shown,
// not when the widget is made, so a main window may hold one from the start.
//
//   // A window of its own for a finished outbox item (deleted when closed):
//   ui::ReceiptView::showFor(access, item.result.declarationId, this);
namespace guichet::ui {

class ReceiptView : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptView(QWidget *parent = nullptr);
    ~ReceiptView() override;

    // Opens a window (Qt::Window, deleted on close) that fetches and shows the receipt of the
    // declaration. `access` must outlive the window's request. `submittedData`, when the caller
    // has it (the draft's document), adds the main fields to the receipt and checks the
    // portal's fingerprint of them.
    static ReceiptView *showFor(api::PortalAccess &access, const QString &declarationId,
                                QWidget *parent = nullptr,
                                const QJsonValue &submittedData = QJsonValue::Undefined);

    // Fetches the declaration and its receipt from the portal, then shows it; loaded() or
    // failed() tells the outcome.
    void load(api::PortalAccess &access, const QString &declarationId,
              const QJsonValue &submittedData = QJsonValue::Undefined);
    // Shows a receipt the caller already has (rendered in the current UI language).
    void setReceipt(const receipt::ReceiptData &data);

    bool hasReceipt() const { return m_data.has_value(); }
    const std::optional<receipt::ReceiptData> &receipt() const { return m_data; }
    // The page as rendered last (empty before any receipt).
    QString html() const { return m_html; }
    // The message shown instead of the receipt (loading, or why there is none).
    QString statusText() const;

    // What the buttons do once their dialog has answered (tests and callers drive them
    // directly). saveAsPdf() ends in pdfSaved() or saveFailed(); print() in printed().
    void saveAsPdf(const QString &path);
    void print(QPrinter *printer);

signals:
    void loaded();                       // a receipt is shown and finished loading
    void failed(const QString &message); // translated
    void pdfSaved(const QString &path);
    void saveFailed(const QString &message); // translated
    void printed(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFileAndSave();
    void choosePrinterAndPrint();
    void showMessage(const QString &message);
    void render();
    void ensureWebEngine();
    void retranslate();
    void setBusy(bool busy);

    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    // Made on first use (ensureWebEngine), deleted view, page, then profile.
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    std::unique_ptr<QPrinter> m_printer; // alive until the view has printed
    std::optional<receipt::ReceiptData> m_data;
    QString m_html;
    bool m_pageReady = false;
    bool m_busy = false;
    quint64 m_request = 0;
};

} // namespace guichet::ui

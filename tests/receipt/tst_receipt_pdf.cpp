// The receipt through Qt WebEngine: ReceiptPrinter's PDF read back with pdftotext/pdfinfo, and
// ReceiptView (the widget) showing, saving and printing a receipt it rendered or fetched from the
// real sandbox.
#include "receipttestsupport.h"
#include "sandboxfixture.h"

#include "core/api/portalaccess.h"
#include "core/api/portalclient.h"
#include "core/i18n.h"
#include "core/receipt/receiptdata.h"
#include "core/receipt/receiptrenderer.h"
#include "ui/receipt/receiptprinter.h"
#include "ui/receipt/receiptview.h"

#include <QAccessible>
#include <QApplication>
#include <QDeadlineTimer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QWebEngineView>
#include <QtTest>

#include <memory>
#include <optional>

using namespace guichet;
using namespace receipttest;
using receipt::ReceiptData;
using sandbox::test::SandboxFixture;
using ui::ReceiptPrinter;
using ui::ReceiptView;

namespace {

const QString hostileMessage = QStringLiteral("<script>alert(1)</script><b>bold?</b>");

ReceiptData sampleReceipt(int anomalies = 1)
{
    ReceiptData d;
    d.declarationId = QStringLiteral("32c0c099-1534-4be9-a688-b5d9950f07a4");
    d.ticket = QStringLiteral("GCH-2026-004217");
    d.formId = QStringLiteral("dimona");
    d.formVersion = 1;
    d.status = QStringLiteral("done");
    d.result = QStringLiteral("W");
    for (int i = 0; i < anomalies; ++i) {
        sync::Anomaly a;
        a.code = QStringLiteral("00913-130");
        a.blocking = false;
        a.pointer = QStringLiteral("/dimonaIn/plannedHoursNumber");
        a.messages.insert(QStringLiteral("en"),
                          i == 0 ? hostileMessage : QStringLiteral("Warning number %1").arg(i));
        d.anomalies << a;
    }
    d.submittedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 22, 41), QTimeZone::utc());
    d.completedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 22, 43), QTimeZone::utc());
    d.declarantName = QStringLiteral("Thomas Janssens");
    d.declarantNationalNumber = thomas;
    d.onBehalfOf = brasserie;
    return d;
}

QString html(const ReceiptData &d)
{
    receipt::ReceiptRenderer renderer;
    const auto page = renderer.render(d);
    return page ? *page : QString();
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestReceiptPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Checks a PDF file: pages, and the text a reader finds in it.
    void checkPdf(const QString &path, const QStringList &texts, int minPages = 1)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(f.read(5) == "%PDF-");
        QString error;
        const int pages = pdfPages(path, &error);
        QVERIFY2(pages >= minPages, qPrintable(error + QString::number(pages)));
        const QString text = pdfText(path, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        for (const QString &t : texts)
            QVERIFY2(squeezed(text).contains(squeezed(t)),
                     qPrintable(t + QStringLiteral(" in:\n") + text));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QVERIFY2(!tool("pdftotext").isEmpty(), "pdftotext is missing: install poppler-utils");
        QVERIFY2(!tool("pdfinfo").isEmpty(), "pdfinfo is missing: install poppler-utils");
    }

    void noWebEngineUntilAReceiptIsShown()
    {
        ReceiptView view;
        QVERIFY(view.findChildren<QWebEngineView *>().isEmpty());
        QVERIFY(!view.hasReceipt());
        const QList<QPushButton *> buttons = view.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *b : buttons)
            QVERIFY(!b->isEnabled());
    }

    void printerMakesAPdfWithTheTicket()
    {
        const auto pdf = ReceiptPrinter::printBlocking(html(sampleReceipt()));
        QVERIFY2(pdf.hasValue(), pdf ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString path = m_dir.filePath(QStringLiteral("bytes.pdf"));
        QVERIFY(ReceiptPrinter::writeFile(*pdf, path));
        // The hostile message is printed as the text it is: escaped, never run or drawn bold.
        checkPdf(path, {QStringLiteral("GCH-2026-004217"), QStringLiteral("Accepted with warnings"),
                        QStringLiteral("Dimona – immediate declaration of employment"),
                        hostileMessage, QStringLiteral("86.03.14-123.23")});
    }

    void printerWritesTheFileOrSaysWhy_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("code");
        QTest::addRow("writable folder") << "receipt.pdf"
                                         << "";
        QTest::addRow("missing folder") << "no/such/folder/receipt.pdf"
                                        << "receipt.write";
    }

    void printerWritesTheFileOrSaysWhy()
    {
        QFETCH(QString, relative);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(relative);
        ReceiptPrinter printer;
        std::optional<Expected<std::monostate>> result;
        printer.printToPdfFile(html(sampleReceipt()), path,
                               [&](const Expected<std::monostate> &r) { result.emplace(r); });
        QVERIFY(!result); // never from within the call
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 120000));
        if (code.isEmpty()) {
            QVERIFY2(result->hasValue(), *result ? "" : qPrintable(result->error().message));
            checkPdf(path, {QStringLiteral("GCH-2026-004217")});
        } else {
            QVERIFY(!result->hasValue());
            QCOMPARE(result->error().code, code);
            QVERIFY2(result->error().message.contains(path), qPrintable(result->error().message));
            QVERIFY(!QFile::exists(path));
        }
    }

    void oneJobAtATime()
    {
        ReceiptPrinter printer;
        std::optional<Expected<QByteArray>> first;
        std::optional<Expected<QByteArray>> second;
        printer.printToPdf(html(sampleReceipt()),
                           [&](const Expected<QByteArray> &r) { first.emplace(r); });
        QVERIFY(printer.isBusy());
        printer.printToPdf(html(sampleReceipt()),
                           [&](const Expected<QByteArray> &r) { second.emplace(r); });
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 120000));
        QVERIFY(first->hasValue());
        QVERIFY(!second->hasValue());
        QCOMPARE(second->error().code, QString::fromLatin1(ui::receipterrors::busy));
        QVERIFY(!printer.isBusy());
    }

    void tooLargeIsRefusedClearly()
    {
        const QString huge = QStringLiteral("<p>") + QString(2 * 1024 * 1024, QLatin1Char('x'));
        const auto pdf = ReceiptPrinter::printBlocking(huge);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, QString::fromLatin1(ui::receipterrors::tooLarge));
    }

    void manyAnomaliesMakeSeveralPages()
    {
        const auto pdf = ReceiptPrinter::printBlocking(html(sampleReceipt(120)));
        QVERIFY2(pdf.hasValue(), pdf ? "" : qPrintable(pdf.error().message));
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ReceiptPrinter::writeFile(*pdf, path));
        checkPdf(path, {QStringLiteral("GCH-2026-004217"), QStringLiteral("Warning number 119")},
                 2);
    }

    void viewShowsSavesAndPrints()
    {
        ReceiptView view;
        view.resize(800, 900);
        view.show();
        QSignalSpy loaded(&view, &ReceiptView::loaded);
        view.setReceipt(sampleReceipt());
        QVERIFY(loaded.wait(120000));
        QVERIFY(view.hasReceipt());
        QVERIFY(view.html().contains(QLatin1String("GCH-2026-004217")));
        QVERIFY(view.windowTitle().contains(QLatin1String("GCH-2026-004217")));
        QCOMPARE(view.findChildren<QWebEngineView *>().size(), 1);

        // Buttons a screen reader can name, enabled once the page is there.
        QStringList names;
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            QVERIFY(b->isEnabled());
            names << accessibleName(b);
        }
        names.sort();
        QCOMPARE(names, QStringList({"Print the receipt", "Save the receipt as PDF"}));
        QCOMPARE(accessibleName(view.findChild<QWebEngineView *>()), QStringLiteral("Receipt"));

        const QString saved = m_dir.filePath(QStringLiteral("view.pdf"));
        QSignalSpy savedSpy(&view, &ReceiptView::pdfSaved);
        view.saveAsPdf(saved);
        QVERIFY(savedSpy.wait(120000));
        QCOMPARE(savedSpy.first().first().toString(), saved);
        checkPdf(saved, {QStringLiteral("GCH-2026-004217"), hostileMessage});
        QVERIFY(view.statusText().contains(saved));

        QSignalSpy failedSpy(&view, &ReceiptView::saveFailed);
        view.saveAsPdf(m_dir.filePath(QStringLiteral("missing/view.pdf")));
        QVERIFY(failedSpy.wait(120000));
        QVERIFY(!failedSpy.first().first().toString().isEmpty());

        // Print to a PDF printer: the same path as a real printer. Qt WebEngine hands printers
        // the pages as pictures, so only the pages are counted.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageLayout(ReceiptPrinter::pageLayout());
        QSignalSpy printedSpy(&view, &ReceiptView::printed);
        view.print(&printer);
        QVERIFY(printedSpy.wait(120000));
        QCOMPARE(printedSpy.first().first().toBool(), true);
        checkPdf(printed, {});
    }

    void viewFollowsTheLanguage()
    {
        ReceiptView view;
        QSignalSpy loaded(&view, &ReceiptView::loaded);
        view.setReceipt(sampleReceipt());
        QVERIFY(loaded.wait(120000));
        QVERIFY(view.html().contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
        QVERIFY(loaded.wait(120000));
        QVERIFY(view.html().contains(QLatin1String("<html lang=\"fr\">")));
        QVERIFY(view.html().contains(QLatin1String("novembre")));
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QVERIFY(loaded.wait(120000));
    }

    void viewFetchesTheReceiptFromThePortal()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--processing-delay"), QStringLiteral("1500")}),
                 qPrintable(sandbox.lastError()));
        const QString token = sandbox.signIn(thomas);
        QVERIFY2(!token.isEmpty(), qPrintable(sandbox.lastError()));
        api::ClientConfig config;
        config.server = QUrl(sandbox.origin());
        config.caCertificates =
            QSslCertificate::fromPath(sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"));
        config.proxyMode = api::ClientConfig::Proxy::None;
        api::PortalClient client(config);
        client.setAccessToken(token.toLatin1());
        api::ClientPortalAccess access(client, {});

        const QJsonObject body{{"formId", "dimona"},
                               {"formVersion", 1},
                               {"onBehalfOf", brasserie},
                               {"data", studentIn()}};
        const auto posted = client.postJson(
            QStringLiteral("/declarations"), body,
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QVERIFY(posted && posted->status == 201);
        const QString id = posted->json.value(QStringLiteral("id")).toString();
        const QString ticket = posted->json.value(QStringLiteral("ticket")).toString();
        QVERIFY(!ticket.isEmpty());

        // Still processing: the window says so instead of a receipt.
        {
            ReceiptView early;
            QSignalSpy failed(&early, &ReceiptView::failed);
            early.load(access, id);
            QVERIFY(early.statusText().contains(QLatin1String("Fetching")));
            QVERIFY(failed.wait(30000));
            QVERIFY2(failed.first().first().toString().contains(QLatin1String("not processed")),
                     qPrintable(failed.first().first().toString()));
            QVERIFY(early.findChildren<QWebEngineView *>().isEmpty());
        }

        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const auto polled = client.getJson(QStringLiteral("/declarations/") + id);
            if (polled && polled->json.value(QStringLiteral("status")).toString() == "done")
                break;
            QTest::qWait(100);
        }

        // With the data sent: the receipt lists it and checks the portal's fingerprint of it.
        QPointer<ReceiptView> window =
            ReceiptView::showFor(access, id, nullptr, body.value(QStringLiteral("data")));
        QVERIFY(window);
        QVERIFY(window->isWindow());
        QSignalSpy loaded(window.data(), &ReceiptView::loaded);
        QVERIFY(loaded.wait(120000));
        QCOMPARE(window->receipt()->ticket, ticket);
        QCOMPARE(window->receipt()->signatureCheck, receipt::Check::Valid);
        QCOMPARE(window->receipt()->dataCheck, receipt::Check::Valid);
        QVERIFY(window->html().contains(ticket));
        const QString saved = m_dir.filePath(QStringLiteral("fetched.pdf"));
        QSignalSpy savedSpy(window.data(), &ReceiptView::pdfSaved);
        window->saveAsPdf(saved);
        QVERIFY(savedSpy.wait(120000));
        checkPdf(saved,
                 {ticket, QStringLiteral("Valid: the portal's key signed exactly this receipt.")});
        window->close();
        QTRY_VERIFY(window.isNull()); // deleted on close
        QCOMPARE(sandbox.stop(), 0);
    }
};

int main(int argc, char **argv)
{
    // As the applications do: Qt WebEngine wants shared contexts before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReceiptPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_receipt_pdf.moc"

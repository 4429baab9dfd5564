// The receipt as HTML (core, no widgets): what it says, in which language, and that nothing a
// portal or a document sends can become markup or script in it.
#include "core/i18n.h"
#include "core/receipt/receiptdata.h"
#include "core/receipt/receiptrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

using namespace guichet;
using receipt::ReceiptData;
using receipt::ReceiptRenderer;

namespace {

const QString hostile =
    QStringLiteral("</td><script>alert(1)</script><img src=x onerror=\"alert(2)\">{{css}}&amp;");
const QString hostileEscaped =
    QStringLiteral("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x "
                   "onerror=&quot;alert(2)&quot;&gt;{{css}}&amp;amp;");

sync::Anomaly anomaly(const QString &code, bool blocking, const QString &pointer,
                      const QHash<QString, QString> &messages)
{
    sync::Anomaly a;
    a.code = code;
    a.blocking = blocking;
    a.pointer = pointer;
    a.messages = messages;
    return a;
}

// A receipt like the sandbox's for a student's Dimona IN with a warning.
ReceiptData sampleReceipt()
{
    ReceiptData d;
    d.declarationId = QStringLiteral("32c0c099-1534-4be9-a688-b5d9950f07a4");
    d.ticket = QStringLiteral("GCH-2026-000042");
    d.formId = QStringLiteral("dimona");
    d.formVersion = 1;
    d.status = QStringLiteral("done");
    d.result = QStringLiteral("W");
    d.anomalies = {anomaly(QStringLiteral("00913-130"), false, QStringLiteral("/dimonaIn"),
                           {{QStringLiteral("fr"), QStringLiteral("Contingent étudiant presque "
                                                                  "épuisé.")},
                            {QStringLiteral("nl"), QStringLiteral("Studentencontingent bijna "
                                                                  "op.")},
                            {QStringLiteral("de"), QStringLiteral("Studentenkontingent fast "
                                                                  "aufgebraucht.")},
                            {QStringLiteral("en"), QStringLiteral("Student quota almost "
                                                                  "used up.")}})};
    d.submittedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 22, 41), QTimeZone::utc());
    d.completedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 22, 43), QTimeZone::utc());
    d.declarantName = QStringLiteral("Thomas Janssens");
    d.declarantNationalNumber = QStringLiteral("86031412323");
    d.onBehalfOf = QStringLiteral("0403019261");
    d.periodId = QStringLiteral("202500054372");
    d.dataSha256 =
        QStringLiteral("558ff0a8dc28c186134589b95654fd93ac82e4906e3fe7df0d9403cf3814e3b4");
    d.signatureAlgorithm = QStringLiteral("ES256");
    d.signatureValue = QByteArray(64, '\x5a');
    d.certificateDer = QByteArray("not a certificate, only its fingerprint is shown");
    d.signatureCheck = receipt::Check::Valid;
    return d;
}

QJsonObject studentData()
{
    return QJsonObject{
        {"declarationType", "IN"},
        {"employer", QJsonObject{{"enterpriseNumber", "0403019261"}}},
        {"worker", QJsonObject{{"ssin", "03091108729"}}},
        {"dimonaIn", QJsonObject{{"startDate", "2026-12-01"},
                                 {"endDate", "2026-12-31"},
                                 {"plannedHoursNumber", 120},
                                 {"features", QJsonObject{{"workerType", "STU"},
                                                          {"jointCommissionNumber", "302"}}}}}};
}

QString render(const ReceiptData &data, const QString &language = QStringLiteral("en"))
{
    ReceiptRenderer renderer;
    renderer.setLanguage(language);
    const Expected<QString> html = renderer.render(data);
    if (!html) {
        qWarning("render: %s", qPrintable(html.error().message));
        return {};
    }
    return *html;
}

// The text a reader sees: the body without tags, entities decoded, one entry per text node.
QStringList textNodes(const QString &html)
{
    QString body = html.mid(html.indexOf(QLatin1String("<body")));
    QStringList nodes;
    for (QString node : body.split(QRegularExpression(QStringLiteral("<[^>]*>")))) {
        node.replace(QLatin1String("&lt;"), QLatin1String("<"));
        node.replace(QLatin1String("&gt;"), QLatin1String(">"));
        node.replace(QLatin1String("&quot;"), QLatin1String("\""));
        node.replace(QLatin1String("&amp;"), QLatin1String("&"));
        node = node.trimmed();
        if (!node.isEmpty())
            nodes << node;
    }
    return nodes;
}

// Marks every message of the receipt's context, so that a label that does not go through the
// translators shows up unmarked.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const QString &language) : m_language(language) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "guichet::receipt") != 0)
            return {};
        return QStringLiteral("[%1:%2]").arg(m_language, QString::fromUtf8(sourceText));
    }

private:
    QString m_language;
};

} // namespace

class TestReceiptHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void cleanup() { QVERIFY(i18n::setLanguage(QStringLiteral("en"))); }

    void hostileTextIsEscaped_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addRow("anomaly message") << "message";
        QTest::addRow("anomaly code") << "code";
        QTest::addRow("anomaly pointer") << "pointer";
        QTest::addRow("ticket") << "ticket";
        QTest::addRow("declarant name") << "name";
        QTest::addRow("on behalf of") << "onBehalfOf";
        QTest::addRow("period") << "periodId";
        QTest::addRow("form id") << "formId";
        QTest::addRow("data value") << "dataValue";
        QTest::addRow("data member name") << "dataKey";
    }

    void hostileTextIsEscaped()
    {
        QFETCH(QString, where);
        ReceiptData d = sampleReceipt();
        QJsonObject data = studentData();
        if (where == QLatin1String("message"))
            d.anomalies[0].messages[QStringLiteral("en")] = hostile;
        else if (where == QLatin1String("code"))
            d.anomalies[0].code = hostile;
        else if (where == QLatin1String("pointer"))
            d.anomalies[0].pointer =
                QStringLiteral("/worker/") + QString(hostile)
                                                 .replace(QLatin1Char('~'), QLatin1String("~0"))
                                                 .replace(QLatin1Char('/'), QLatin1String("~1"));
        else if (where == QLatin1String("ticket"))
            d.ticket = hostile;
        else if (where == QLatin1String("name"))
            d.declarantName = hostile;
        else if (where == QLatin1String("onBehalfOf"))
            d.onBehalfOf = hostile;
        else if (where == QLatin1String("periodId"))
            d.periodId = hostile;
        else if (where == QLatin1String("formId"))
            d.formId = hostile;
        else if (where == QLatin1String("dataValue"))
            data.insert(QStringLiteral("note"), hostile);
        else if (where == QLatin1String("dataKey"))
            data.insert(hostile, QStringLiteral("x"));
        d.setSubmittedData(data);

        const QString html = render(d);
        QVERIFY(!html.isEmpty());
        QVERIFY2(html.contains(hostileEscaped), qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("onerror=\""), Qt::CaseInsensitive));
        // The template's placeholders are filled once: a value never pulls the stylesheet in.
        QCOMPARE(html.count(QLatin1String("@page")), 1);
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\{\\{(?!css\\}\\})"))));
        // The text a reader sees holds the hostile string as it was written.
        QVERIFY(textNodes(html).join(QLatin1Char('\n')).contains(hostile.left(12)));
    }

    void thePageLoadsNothingAndRunsNothing()
    {
        ReceiptData d = sampleReceipt();
        d.setSubmittedData(studentData());
        const QString html = render(d);
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
        for (const char *never :
             {"<script", "<link", "<img", "<iframe", "http://", "https://", "src=", "url("})
            QVERIFY2(!html.contains(QLatin1String(never), Qt::CaseInsensitive), never);
    }

    void resultInWords_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("cssClass");
        QTest::addRow("A accepted") << "A"
                                    << "Accepted"
                                    << "result-accepted";
        QTest::addRow("W accepted with warnings") << "W"
                                                  << "Accepted with warnings"
                                                  << "result-warnings";
        QTest::addRow("B refused") << "B"
                                   << "Refused"
                                   << "result-refused";
        QTest::addRow("S waiting") << "S"
                                   << "Waiting for more information"
                                   << "result-waiting";
    }

    void resultInWords()
    {
        QFETCH(QString, letter);
        QFETCH(QString, words);
        QFETCH(QString, cssClass);
        QCOMPARE(ReceiptRenderer::resultWords(letter), words);
        ReceiptData d = sampleReceipt();
        d.result = letter;
        const QString html = render(d);
        QVERIFY(html.contains(QStringLiteral("<p class=\"result-words\">%1</p>").arg(words)));
        QVERIFY(html.contains(QStringLiteral("class=\"result %1\"").arg(cssClass)));
    }

    void summaryOfTheDeclaration()
    {
        ReceiptData d = sampleReceipt();
        const QString html = render(d);
        const QString text = textNodes(html).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QLatin1String("GCH-2026-000042")));
        QVERIFY(html.contains(QLatin1String("<span class=\"ticket\">GCH-2026-000042</span>")));
        QVERIFY(text.contains(QStringLiteral("Dimona – immediate declaration of employment")));
        QVERIFY(text.contains(QLatin1String("Thomas Janssens (national number 86.03.14-123.23)")));
        QVERIFY(text.contains(QLatin1String("0403.019.261")));
        QVERIFY(text.contains(QLatin1String("202500054372")));
        QVERIFY(text.contains(QLatin1String("Student quota almost used up.")));
        QVERIFY(text.contains(QLatin1String("00913-130")));
        QVERIFY(text.contains(QLatin1String("Warning")));
        QVERIFY(text.contains(QLatin1String("Anomalies (1)")));
        QVERIFY(
            text.contains(QLatin1String("Valid: the portal's key signed exactly this receipt.")));
        // The signature, short in the table and whole among the full values.
        const QString signature = QString::fromLatin1(d.signatureValue.toBase64());
        QVERIFY(text.contains(QStringLiteral("ES256 ") + ReceiptRenderer::shortened(signature)));
        QVERIFY(ReceiptRenderer::shortened(signature).size() < signature.size());
        QVERIFY(text.contains(signature));
        QVERIFY(text.contains(d.keyFingerprint()));
        QVERIFY(text.contains(d.dataSha256));
    }

    void theDataSentWithTheFormsLabels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fr") << "fr"
                            << QStringList{"Travailleur", "Date de début", "STU – étudiant"};
        QTest::addRow("nl") << "nl" << QStringList{"Werknemer", "Begindatum", "STU – student"};
        QTest::addRow("de") << "de" << QStringList{"Arbeitnehmer", "Anfangsdatum", "STU – Student"};
        QTest::addRow("en") << "en" << QStringList{"Worker", "Start date", "STU – student"};
    }

    void theDataSentWithTheFormsLabels()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        ReceiptData d = sampleReceipt();
        d.setSubmittedData(studentData());
        const QString text = textNodes(render(d, language)).join(QLatin1Char('\n'));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" in\n") + text));
        QVERIFY(text.contains(QLatin1String("03091108729")));
        QVERIFY(text.contains(QLocale(i18n::localeFor(language)).monthName(12)));
    }

    void dataFingerprintIsChecked()
    {
        ReceiptData d = sampleReceipt();
        const QJsonObject data = studentData();
        d.dataSha256 = ReceiptData::dataHash(data);
        d.setSubmittedData(data);
        QCOMPARE(d.dataCheck, receipt::Check::Valid);
        QVERIFY(render(d).contains(QLatin1String("matches the data sent")));
        QJsonObject other = data;
        other.insert(QStringLiteral("declarationType"), QStringLiteral("OUT"));
        d.setSubmittedData(other);
        QCOMPARE(d.dataCheck, receipt::Check::Invalid);
        QVERIFY(render(d).contains(QLatin1String("does not match the data sent")));
    }

    // Every word of the page goes through the translators (context "guichet::receipt"); the
    // rest is data: the portal's texts and the form's, in the language asked for.
    void everyLanguageHasItsLabels_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"fr", "nl", "de", "en"})
            QTest::addRow("%s", l) << QString::fromLatin1(l);
    }

    void everyLanguageHasItsLabels()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::setLanguage(language));
        MarkingTranslator marking(language);
        QVERIFY(QCoreApplication::installTranslator(&marking));
        ReceiptData d = sampleReceipt();
        const QString html = render(d, language);
        QCoreApplication::removeTranslator(&marking);

        QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QFile catalogue(qEnvironmentVariable("GUICHET_SOURCE_DIR") +
                        QStringLiteral("/forms/catalogue.json"));
        QVERIFY(catalogue.open(QIODevice::ReadOnly));
        QString formTitle;
        for (const QJsonValue &f :
             QJsonDocument::fromJson(catalogue.readAll()).object().value("forms").toArray()) {
            if (f.toObject().value("id").toString() == QLatin1String("dimona"))
                formTitle = f.toObject().value("title").toObject().value(language).toString();
        }
        QVERIFY(!formTitle.isEmpty());
        const QString message = d.anomalies[0].messages.value(language);
        const QString signature = QString::fromLatin1(d.signatureValue.toBase64());
        const QSet<QString> data{d.ticket,
                                 formTitle,
                                 message,
                                 d.anomalies[0].code,
                                 d.periodId,
                                 d.declarationId,
                                 QStringLiteral("0403.019.261"),
                                 d.dataSha256,
                                 ReceiptRenderer::shortened(d.dataSha256),
                                 QStringLiteral("ES256 ") + ReceiptRenderer::shortened(signature),
                                 signature,
                                 d.keyFingerprint(),
                                 ReceiptRenderer::shortened(d.keyFingerprint())};
        const QString marker = QStringLiteral("[%1:").arg(language);
        static const QRegularExpression punctuation(QStringLiteral("^[\\s·›–—:,()…]*$"));
        int labels = 0;
        for (const QString &node : textNodes(html)) {
            if (node.contains(marker)) {
                ++labels;
                continue;
            }
            QVERIFY2(data.contains(node) || punctuation.match(node).hasMatch(),
                     qPrintable(QStringLiteral("not translated: \"%1\"").arg(node)));
        }
        QVERIFY2(labels >= 25, qPrintable(QString::number(labels)));
        // The portal's message and the catalogue's title in this language.
        QVERIFY(textNodes(html).contains(message));
        QVERIFY(textNodes(html).contains(formTitle));
        // The document title too.
        QVERIFY(html.contains(QStringLiteral("<title>[%1:").arg(language)));
    }

    void datesInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("month");
        QTest::addRow("fr") << "fr"
                            << "novembre";
        QTest::addRow("nl") << "nl"
                            << "november";
        QTest::addRow("de") << "de"
                            << "November";
        QTest::addRow("en") << "en"
                            << "November";
    }

    void datesInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, month);
        const QDateTime noon(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        const QString text = ReceiptRenderer::formatDateTime(noon, language);
        QVERIFY2(text.contains(month), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2026")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("20")), qPrintable(text));
        QVERIFY(render(sampleReceipt(), language).contains(month));
    }

    void anomalyMessageFallsBackToEnglish()
    {
        ReceiptData d = sampleReceipt();
        d.anomalies = {anomaly(QStringLiteral("X-1"), true, QString(),
                               {{QStringLiteral("en"), QStringLiteral("Only in English.")}})};
        const QString text = textNodes(render(d, QStringLiteral("nl"))).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QLatin1String("Only in English.")));
        QVERIFY(text.contains(QLatin1String("The whole declaration")));
    }

    void anomalyNamesTheFormsField()
    {
        ReceiptData d = sampleReceipt();
        d.anomalies = {anomaly(QStringLiteral("SCHEMA-format"), true,
                               QStringLiteral("/worker/ssin"),
                               {{QStringLiteral("en"), QStringLiteral("Bad number.")}})};
        const QString text = textNodes(render(d)).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Field: Worker › National number")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Blocking")));
    }

    void longListsAreCut()
    {
        ReceiptData d = sampleReceipt();
        d.anomalies.clear();
        for (int i = 0; i < 1200; ++i)
            d.anomalies << anomaly(QStringLiteral("X-%1").arg(i), true, QString(),
                                   {{QStringLiteral("en"), QStringLiteral("Problem %1").arg(i)}});
        const QString html = render(d);
        QCOMPARE(html.count(QLatin1String("<li>")), 500);
        QVERIFY(html.contains(QStringLiteral("… and 700 more: the portal lists them all.")));
        QVERIFY(html.contains(QLatin1String("Anomalies (1200)")));
    }

    void noAnomalyIsSaidSo()
    {
        ReceiptData d = sampleReceipt();
        d.result = QStringLiteral("A");
        d.anomalies.clear();
        QVERIFY(render(d).contains(QLatin1String("The portal reported no anomaly.")));
    }

    void signatureStates_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("words");
        QTest::addRow("valid") << int(receipt::Check::Valid)
                               << "Valid: the portal's key signed exactly this receipt.";
        QTest::addRow("invalid") << int(receipt::Check::Invalid)
                                 << "Not valid: this receipt was altered";
        QTest::addRow("none") << int(receipt::Check::NotChecked)
                              << "The receipt carries no signature.";
    }

    void signatureStates()
    {
        QFETCH(int, check);
        QFETCH(QString, words);
        ReceiptData d = sampleReceipt();
        d.signatureCheck = receipt::Check(check);
        QVERIFY(render(d).contains(words));
    }

    void fromPortalRefusesWhatIsNotAReceipt_data()
    {
        QTest::addColumn<QByteArray>("receipt");
        QTest::addColumn<QJsonObject>("declaration");
        QTest::addColumn<QString>("code");
        const QByteArray good = R"({"declarationId":"d1","ticket":"T-1","formId":"dimona",)"
                                R"("formVersion":1,"result":"A","anomalies":[],)"
                                R"("submittedAt":"2026-11-28T14:22:41Z",)"
                                R"("completedAt":"2026-11-28T14:22:43Z",)"
                                R"("declarant":{"name":"N","nationalNumber":"86031412323"},)"
                                R"("onBehalfOf":null,"dataSha256":"00"})";
        QTest::addRow("not JSON") << QByteArray("<html>") << QJsonObject() << "receipt.invalid";
        QTest::addRow("an array") << QByteArray("[]") << QJsonObject() << "receipt.invalid";
        QByteArray noTicket = good;
        noTicket.replace("\"ticket\":\"T-1\",", "");
        QTest::addRow("no ticket") << noTicket << QJsonObject() << "receipt.invalid";
        QByteArray badResult = good;
        badResult.replace("\"result\":\"A\"", "\"result\":\"Z\"");
        QTest::addRow("unknown result") << badResult << QJsonObject() << "receipt.invalid";
        QTest::addRow("another declaration")
            << good << QJsonObject{{"id", "d2"}, {"status", "done"}, {"result", "A"}}
            << "receipt.mismatch";
        QTest::addRow("another result")
            << good << QJsonObject{{"id", "d1"}, {"status", "done"}, {"result", "B"}}
            << "receipt.mismatch";
        QTest::addRow("good, unsigned")
            << good << QJsonObject{{"id", "d1"}, {"status", "done"}, {"result", "A"}} << "";
    }

    void fromPortalRefusesWhatIsNotAReceipt()
    {
        QFETCH(QByteArray, receipt);
        QFETCH(QJsonObject, declaration);
        QFETCH(QString, code);
        const Expected<ReceiptData> d = ReceiptData::fromPortal(receipt, declaration);
        if (code.isEmpty()) {
            QVERIFY2(d.hasValue(), d ? "" : qPrintable(d.error().message));
            QCOMPARE(d->ticket, QStringLiteral("T-1"));
            QCOMPARE(d->signatureCheck, receipt::Check::NotChecked);
            QCOMPARE(d->submittedAt,
                     QDateTime(QDate(2026, 11, 28), QTime(14, 22, 41), QTimeZone::utc()));
            return;
        }
        QVERIFY(!d);
        QCOMPARE(d.error().code, code);
        QVERIFY(!d.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReceiptHtml)
#include "tst_receipt_html.moc"

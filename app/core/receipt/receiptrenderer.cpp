#include "core/receipt/receiptrenderer.h"

#include "core/forms/formdefinition.h"
#include "core/forms/formschema.h"
#include "core/i18n.h"
#include "core/json/qtjson.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <memory>

namespace guichet::receipt {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "86031412323" -> "86.03.14-123.23", "0403019261" -> "0403.019.261"; other text as it is.
QString formatPartyNumber(const QString &number)
{
    static const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
    };
    if (number.size() == 11 && digitsOnly(number)) {
        return QStringLiteral("%1.%2.%3-%4.%5")
            .arg(number.mid(0, 2), number.mid(2, 2), number.mid(4, 2), number.mid(6, 3),
                 number.mid(9, 2));
    }
    if (number.size() == 10 && digitsOnly(number))
        return QStringLiteral("%1.%2.%3").arg(number.mid(0, 4), number.mid(4, 3), number.mid(7, 3));
    return number;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("    <tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
        .arg(esc(label), valueHtml);
}

// Replaces each {{name}} of the template once: values are never scanned again, so a value that
// happens to contain "{{css}}" stays text.
QString fill(const QString &page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() * 2);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = page.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = page.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(page).mid(from, open - from);
        out += values.value(page.mid(open + 2, close - open - 2).trimmed());
        from = close + 2;
    }
    out += QStringView(page).mid(from);
    return out;
}

// The form's texts and shape, for the labels of its fields; null when the form is not bundled
// (the page then shows JSON Pointers).
struct FormInfo
{
    QString title;
    std::shared_ptr<const forms::FormDefinition> definition;
};

FormInfo formInfo(const std::optional<forms::Catalogue> &catalogue, const QString &formsDir,
                  const QString &formId, int version, const QString &language)
{
    FormInfo info;
    if (const forms::CatalogueEntry *entry = catalogue ? catalogue->find(formId) : nullptr) {
        // CatalogueEntry::title() ends with the id; the form's own title, below, says more.
        if (const QString title = entry->title(language); title != entry->id)
            info.title = title;
    }
    if (version > 0 && !formId.isEmpty() && !formId.contains(QLatin1Char('/')) &&
        !formId.contains(QLatin1String(".."))) {
        const QString dir =
            QDir(formsDir).filePath(QStringLiteral("%1/%2").arg(formId).arg(version));
        if (QDir(dir).exists()) {
            if (auto loaded = forms::FormDefinition::load(dir))
                info.definition = std::move(*loaded);
        }
    }
    if (info.title.isEmpty() && info.definition) {
        const json::Value *t = info.definition->schemaDocument().find("title");
        info.title = info.definition->texts().text(
            QStringLiteral("form.title"), language,
            t && t->isString() ? QString::fromStdString(t->string()) : formId);
    }
    if (info.title.isEmpty())
        info.title = formId;
    return info;
}

class FieldLabels
{
public:
    FieldLabels(const FormInfo &form, const QString &language)
        : m_definition(form.definition.get()), m_language(language)
    {}

    QString title(const forms::FieldNode &node) const
    {
        const QString fallback =
            node.title.isEmpty() ? QString::fromStdString(node.name) : node.title;
        if (!m_definition || node.i18nKey.isEmpty())
            return fallback;
        return m_definition->texts().text(node.i18nKey + QStringLiteral(".title"), m_language,
                                          fallback);
    }

    QString choice(const forms::FieldNode &node, const QJsonValue &value) const
    {
        const json::Value v = json::fromQJsonValue(value);
        for (const forms::Choice &c : node.choices) {
            if (!(c.value == v))
                continue;
            const QString fallback = c.title.isEmpty() ? scalarText(value) : c.title;
            return m_definition ? m_definition->texts().text(c.i18nKey, m_language, fallback)
                                : fallback;
        }
        return {};
    }

    const forms::FieldNode *root() const
    {
        return m_definition ? &m_definition->formSchema().root() : nullptr;
    }

    // "Worker › National number" for "/worker/ssin"; "" for the whole document.
    QString forPointer(const QString &pointer) const
    {
        QStringList parts;
        const forms::FieldNode *node = root();
        const QStringList tokens = pointer.split(QLatin1Char('/')).mid(1);
        for (QString token : tokens) {
            token.replace(QLatin1String("~1"), QLatin1String("/"));
            token.replace(QLatin1String("~0"), QLatin1String("~"));
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (node && node->items && isIndex) {
                parts << QCoreApplication::translate("guichet::receipt", "row %1").arg(index + 1);
                node = node->items.get();
                continue;
            }
            const forms::FieldNode *child = node ? node->property(token.toStdString()) : nullptr;
            parts << (child ? title(*child) : token);
            node = child;
        }
        return parts.join(QStringLiteral(" › "));
    }

    QString dateText(const QDate &date) const
    {
        return i18n::localeFor(m_language).toString(date, QLocale::LongFormat);
    }

    QString scalarText(const QJsonValue &value) const
    {
        const QLocale locale = i18n::localeFor(m_language);
        switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? QCoreApplication::translate("guichet::receipt", "Yes")
                                  : QCoreApplication::translate("guichet::receipt", "No");
        case QJsonValue::Double: {
            const double d = value.toDouble();
            if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
                return locale.toString(qint64(d));
            return locale.toString(d, 'g', 15);
        }
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Null:
            return QCoreApplication::translate("guichet::receipt", "(none)");
        default:
            return QString::fromUtf8(
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        }
    }

private:
    const forms::FormDefinition *m_definition;
    QString m_language;
};

struct FieldRows
{
    QString html;
    int count = 0;
    int omitted = 0;
};

void collectFields(const FieldLabels &labels, const QJsonValue &value, const forms::FieldNode *node,
                   const QStringList &path, int max, FieldRows &rows)
{
    const auto add = [&](const QString &text) {
        if (rows.count >= max) {
            ++rows.omitted;
            return;
        }
        ++rows.count;
        rows.html += row(path.join(QStringLiteral(" › ")), esc(text));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList done;
        // The form's order first, then what the form does not know, by name.
        if (node) {
            for (const auto &child : node->properties) {
                const QString name = QString::fromStdString(child->name);
                if (!object.contains(name) || done.contains(name))
                    continue;
                done << name;
                collectFields(labels, object.value(name), child.get(),
                              path + QStringList{labels.title(*child)}, max, rows);
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!done.contains(it.key()))
                collectFields(labels, it.value(), nullptr, path + QStringList{it.key()}, max, rows);
        }
        return;
    }
    if (value.isArray()) {
        // A table (workers, lines) is summed up by its size: the receipt stays short.
        add(QCoreApplication::translate("guichet::receipt", "%n row(s)", nullptr,
                                        int(value.toArray().size())));
        return;
    }
    if (path.isEmpty())
        return;
    const QString choice = node ? labels.choice(*node, value) : QString();
    if (!choice.isEmpty()) {
        add(choice);
        return;
    }
    if (node && node->format == "date" && value.isString()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid()) {
            add(labels.dateText(date));
            return;
        }
    }
    add(labels.scalarText(value));
}

QString resultClass(const QString &letter)
{
    if (letter == QLatin1String("A"))
        return QStringLiteral("accepted");
    if (letter == QLatin1String("W"))
        return QStringLiteral("warnings");
    if (letter == QLatin1String("B"))
        return QStringLiteral("refused");
    return QStringLiteral("waiting");
}

QString resultExplanation(const QString &letter)
{
    if (letter == QLatin1String("A"))
        return QCoreApplication::translate("guichet::receipt",
                                           "The portal accepted the declaration.");
    if (letter == QLatin1String("W"))
        return QCoreApplication::translate(
            "guichet::receipt",
            "The portal accepted the declaration with warnings; read them below.");
    if (letter == QLatin1String("B"))
        return QCoreApplication::translate(
            "guichet::receipt",
            "The portal refused the declaration: correct the anomalies below and submit it "
            "again.");
    return QCoreApplication::translate(
        "guichet::receipt",
        "The portal recorded the declaration and is waiting for more information (for "
        "example the worker's national number) before it can accept it.");
}

QString checkHtml(Check check, const QString &valid, const QString &invalid,
                  const QString &notChecked)
{
    switch (check) {
    case Check::Valid:
        return QStringLiteral("<span class=\"check-valid\">%1</span>").arg(esc(valid));
    case Check::Invalid:
        return QStringLiteral("<span class=\"check-invalid\">%1</span>").arg(esc(invalid));
    case Check::NotChecked:
        break;
    }
    return esc(notChecked);
}

QString mono(const QString &text)
{
    return QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(text));
}

} // namespace

ReceiptRenderer::ReceiptRenderer() : m_language(i18n::currentLanguage())
{
    setFormsDirectory(paths::formsDirectory());
}

void ReceiptRenderer::setFormsDirectory(const QString &dir)
{
    m_formsDir = dir;
    // A catalogue that cannot be read costs the titles only: the page then names the form by
    // its own texts or its id.
    auto loaded = forms::Catalogue::load(dir);
    m_catalogue = loaded ? std::optional<forms::Catalogue>(std::move(*loaded)) : std::nullopt;
}

void ReceiptRenderer::setLanguage(const QString &code)
{
    m_language = i18n::isSupported(code) ? code : QStringLiteral("en");
}

QString ReceiptRenderer::resultWords(const QString &letter)
{
    if (letter == QLatin1String("A"))
        return QCoreApplication::translate("guichet::receipt", "Accepted");
    if (letter == QLatin1String("W"))
        return QCoreApplication::translate("guichet::receipt", "Accepted with warnings");
    if (letter == QLatin1String("B"))
        return QCoreApplication::translate("guichet::receipt", "Refused");
    if (letter == QLatin1String("S"))
        return QCoreApplication::translate("guichet::receipt", "Waiting for more information");
    return QCoreApplication::translate("guichet::receipt", "Not processed yet");
}

QString ReceiptRenderer::formatDateTime(const QDateTime &moment, const QString &language)
{
    if (!moment.isValid())
        return QCoreApplication::translate("guichet::receipt", "(unknown)");
    const QDateTime local = moment.toLocalTime();
    const QLocale locale = i18n::localeFor(language);
    return QCoreApplication::translate("guichet::receipt", "%1 at %2 (%3)")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QStringLiteral("HH:mm:ss")),
             local.timeZoneAbbreviation());
}

QString ReceiptRenderer::shortened(const QString &value)
{
    if (value.size() <= 24)
        return value;
    return value.left(12) + QStringLiteral("…") + value.right(8);
}

Expected<QString> ReceiptRenderer::templateFile(const QString &name)
{
    const QStringList candidates{
        QStringLiteral(":/receipt/") + name,
        QStringLiteral(GUICHET_SOURCE_FORMS_DIR "/../resources/receipt/") + name,
    };
    for (const QString &path : candidates) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return Error{
        QString::fromLatin1(errors::noTemplate),
        QCoreApplication::translate("guichet::receipt",
                                    "The receipt template %1 is missing from this installation.")
            .arg(name),
        {name}};
}

Expected<QString> ReceiptRenderer::render(const ReceiptData &data) const
{
    auto page = templateFile(QStringLiteral("receipt.html"));
    if (!page)
        return page.error();
    auto css = templateFile(QStringLiteral("receipt.css"));
    if (!css)
        return css.error();

    const QString &lang = m_language;
    const FormInfo form = formInfo(m_catalogue, m_formsDir, data.formId, data.formVersion, lang);
    const FieldLabels labels(form, lang);
    const QString resultText = resultWords(data.result);

    QHash<QString, QString> v;
    v.insert(QStringLiteral("lang"), esc(lang));
    // The stylesheet is ours, not a value: inlined as it is (the page may load nothing).
    v.insert(QStringLiteral("css"), *css);
    v.insert(QStringLiteral("documentTitle"),
             esc(QCoreApplication::translate("guichet::receipt", "Receipt %1 – %2")
                     .arg(data.ticket, form.title)));
    v.insert(QStringLiteral("issuer"),
             esc(QCoreApplication::translate("guichet::receipt",
                                             "Social-security portal – declaration receipt")));
    v.insert(QStringLiteral("heading"),
             esc(QCoreApplication::translate("guichet::receipt", "Receipt of your declaration")));
    v.insert(QStringLiteral("formTitle"), esc(form.title));

    v.insert(QStringLiteral("resultClass"), resultClass(data.result));
    v.insert(QStringLiteral("resultLabel"),
             esc(QCoreApplication::translate("guichet::receipt", "Result")));
    v.insert(QStringLiteral("resultWords"), esc(resultText));
    v.insert(QStringLiteral("resultExplanation"), esc(resultExplanation(data.result)));

    // Summary.
    QString summary;
    summary += row(QCoreApplication::translate("guichet::receipt", "Ticket number"),
                   QStringLiteral("<span class=\"ticket\">%1</span>").arg(esc(data.ticket)));
    summary += row(QCoreApplication::translate("guichet::receipt", "Form"),
                   esc(QCoreApplication::translate("guichet::receipt", "%1 (%2, version %3)")
                           .arg(form.title, data.formId)
                           .arg(data.formVersion)));
    summary += row(QCoreApplication::translate("guichet::receipt", "Result"), esc(resultText));
    if (!data.declarantName.isEmpty() || !data.declarantNationalNumber.isEmpty()) {
        const QString who =
            data.declarantNationalNumber.isEmpty()
                ? data.declarantName
                : QCoreApplication::translate("guichet::receipt", "%1 (national number %2)")
                      .arg(data.declarantName, formatPartyNumber(data.declarantNationalNumber));
        summary += row(QCoreApplication::translate("guichet::receipt", "Filed by"), esc(who));
    }
    summary +=
        row(QCoreApplication::translate("guichet::receipt", "Filed for"),
            esc(data.onBehalfOf.isEmpty()
                    ? QCoreApplication::translate("guichet::receipt", "the declarant themself")
                    : formatPartyNumber(data.onBehalfOf)));
    if (!data.periodId.isEmpty())
        summary += row(QCoreApplication::translate("guichet::receipt", "Dimona period"),
                       mono(data.periodId));
    summary += row(QCoreApplication::translate("guichet::receipt", "Submitted on"),
                   esc(formatDateTime(data.submittedAt, lang)));
    summary += row(QCoreApplication::translate("guichet::receipt", "Processed on"),
                   esc(formatDateTime(data.completedAt, lang)));
    summary += row(QCoreApplication::translate("guichet::receipt", "Declaration number"),
                   mono(data.declarationId));
    v.insert(QStringLiteral("summaryHeading"),
             esc(QCoreApplication::translate("guichet::receipt", "Summary")));
    v.insert(QStringLiteral("summaryRows"), summary);

    // Anomalies.
    QString anomalies =
        QStringLiteral("<section class=\"anomalies\" aria-labelledby=\"anomalies-heading\">\n"
                       "  <h2 id=\"anomalies-heading\">%1</h2>\n")
            .arg(esc(QCoreApplication::translate("guichet::receipt", "Anomalies (%n)", nullptr,
                                                 int(data.anomalies.size()))));
    if (data.anomalies.isEmpty()) {
        anomalies += QStringLiteral("  <p>%1</p>\n")
                         .arg(esc(QCoreApplication::translate("guichet::receipt",
                                                              "The portal reported no anomaly.")));
    } else {
        anomalies += QStringLiteral("  <ol class=\"anomalies\">\n");
        const int shown = int(qMin<qsizetype>(data.anomalies.size(), qMax(0, m_maxAnomalies)));
        for (int i = 0; i < shown; ++i) {
            const sync::Anomaly &a = data.anomalies[i];
            const QString field = labels.forPointer(a.fieldPointer());
            QString item =
                QStringLiteral("    <li><span class=\"severity severity-%1\">%2</span>")
                    .arg(a.blocking ? QStringLiteral("blocking") : QStringLiteral("warning"),
                         esc(a.blocking
                                 ? QCoreApplication::translate("guichet::receipt", "Blocking")
                                 : QCoreApplication::translate("guichet::receipt", "Warning")));
            if (!a.code.isEmpty())
                item += QStringLiteral(" · <code>%1</code>").arg(esc(a.code));
            item += QStringLiteral(" · <span class=\"anomaly-field\">%1</span>")
                        .arg(esc(field.isEmpty()
                                     ? QCoreApplication::translate("guichet::receipt",
                                                                   "The whole declaration")
                                     : QCoreApplication::translate("guichet::receipt", "Field: %1")
                                           .arg(field)));
            item += QStringLiteral("<p class=\"anomaly-message\">%1</p></li>\n")
                        .arg(esc(a.message(lang)));
            anomalies += item;
        }
        anomalies += QStringLiteral("  </ol>\n");
        if (shown < data.anomalies.size()) {
            anomalies += QStringLiteral("  <p class=\"more\">%1</p>\n")
                             .arg(esc(QCoreApplication::translate(
                                 "guichet::receipt", "… and %n more: the portal lists them all.",
                                 nullptr, int(data.anomalies.size() - shown))));
        }
    }
    anomalies += QStringLiteral("</section>");
    v.insert(QStringLiteral("anomaliesSection"), anomalies);

    // The data as sent, when the caller knows it.
    if (data.hasData()) {
        FieldRows rows;
        collectFields(labels, data.data, labels.root(), {}, qMax(0, m_maxFields), rows);
        QString fields =
            QStringLiteral(
                "<section class=\"fields\" aria-labelledby=\"fields-heading\">\n"
                "  <h2 id=\"fields-heading\">%1</h2>\n  <table class=\"facts\">\n%2  </table>\n")
                .arg(esc(QCoreApplication::translate("guichet::receipt", "Main data declared")),
                     rows.html);
        if (rows.omitted > 0) {
            fields +=
                QStringLiteral("  <p class=\"more\">%1</p>\n")
                    .arg(esc(QCoreApplication::translate(
                        "guichet::receipt", "… and %n more field(s).", nullptr, rows.omitted)));
        }
        fields += QStringLiteral("</section>");
        v.insert(QStringLiteral("fieldsSection"), fields);
    }

    // The portal's seal.
    const QString signatureB64 = QString::fromLatin1(data.signatureValue.toBase64());
    const QString fingerprint = data.keyFingerprint();
    QString seal;
    seal += row(
        QCoreApplication::translate("guichet::receipt", "Signature"),
        data.signatureValue.isEmpty()
            ? esc(QCoreApplication::translate("guichet::receipt", "none"))
            : mono(QStringLiteral("%1 %2").arg(data.signatureAlgorithm, shortened(signatureB64))));
    seal += row(
        QCoreApplication::translate("guichet::receipt", "Signature check"),
        checkHtml(
            data.signatureCheck,
            QCoreApplication::translate("guichet::receipt",
                                        "Valid: the portal's key signed exactly this receipt."),
            QCoreApplication::translate(
                "guichet::receipt",
                "Not valid: this receipt was altered or was not signed by the key "
                "below."),
            QCoreApplication::translate("guichet::receipt", "The receipt carries no signature.")));
    if (!fingerprint.isEmpty())
        seal += row(QCoreApplication::translate("guichet::receipt", "Receipt key (SHA-256)"),
                    mono(shortened(fingerprint)));
    if (!data.dataSha256.isEmpty()) {
        QString dataHtml = mono(shortened(data.dataSha256));
        if (data.dataCheck != Check::NotChecked) {
            dataHtml +=
                QStringLiteral(" ") +
                checkHtml(
                    data.dataCheck,
                    QCoreApplication::translate("guichet::receipt", "matches the data sent"),
                    QCoreApplication::translate("guichet::receipt", "does not match the data sent"),
                    QString());
        }
        seal += row(QCoreApplication::translate("guichet::receipt", "Data fingerprint (SHA-256)"),
                    dataHtml);
    }
    v.insert(QStringLiteral("signatureHeading"),
             esc(QCoreApplication::translate("guichet::receipt", "Portal signature")));
    v.insert(QStringLiteral("signatureRows"), seal);
    v.insert(QStringLiteral("signatureNote"),
             esc(QCoreApplication::translate(
                 "guichet::receipt",
                 "The portal signs every receipt. Keep this document: the ticket number and "
                 "the signature prove what the portal received and decided.")));
    v.insert(QStringLiteral("fullValuesHeading"),
             esc(QCoreApplication::translate("guichet::receipt", "Full values")));
    QString full;
    const auto fullValue = [&full](const QString &label, const QString &value) {
        if (!value.isEmpty())
            full += QStringLiteral("    <dt>%1</dt><dd>%2</dd>\n").arg(esc(label), esc(value));
    };
    fullValue(QCoreApplication::translate("guichet::receipt", "Signature"), signatureB64);
    fullValue(
        QCoreApplication::translate("guichet::receipt", "Receipt key (SHA-256 of its certificate)"),
        fingerprint);
    fullValue(QCoreApplication::translate("guichet::receipt", "Data fingerprint (SHA-256)"),
              data.dataSha256);
    fullValue(QCoreApplication::translate("guichet::receipt", "Declaration number"),
              data.declarationId);
    v.insert(QStringLiteral("fullValues"), full);

    v.insert(QStringLiteral("footer"),
             esc(QCoreApplication::translate("guichet::receipt",
                                             "Made by Guichet on %1 from the portal's answer.")
                     .arg(formatDateTime(QDateTime::currentDateTimeUtc(), lang))));
    return fill(*page, v);
}

} // namespace guichet::receipt

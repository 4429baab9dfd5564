#pragma once

#include "core/expected.h"
#include "core/forms/catalogue.h"
#include "core/receipt/receiptdata.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Turns a ReceiptData into the HTML page of the receipt (resources/receipt/receipt.html with its
// stylesheet inlined), ready for Qt WebEngine to show or print. Every value is HTML-escaped and
// the page loads nothing and runs no script; labels come from the installed translators
// (context "guichet::receipt"), texts of the portal and of the form in `language()`.
//
//   receipt::ReceiptRenderer renderer; // the current UI language, the bundled forms
//   const Expected<QString> html = renderer.render(data);
namespace guichet::receipt {

class ReceiptRenderer
{
public:
    ReceiptRenderer();

    // The language of the portal's messages, the form's texts and the dates: "fr", "nl", "de"
    // or "en" (i18n::currentLanguage() by default; labels follow the installed translators, so
    // pass the UI language).
    QString language() const { return m_language; }
    void setLanguage(const QString &code);

    // Where catalogue.json and <id>/<version>/ are (paths::formsDirectory() by default). The
    // catalogue is read here, once for all the receipts this renderer makes.
    QString formsDirectory() const { return m_formsDir; }
    void setFormsDirectory(const QString &dir);

    // How many anomalies and data fields the page lists before it says how many more there are
    // (a DmfA can carry thousands; the page must stay printable).
    int maxAnomalies() const { return m_maxAnomalies; }
    void setMaxAnomalies(int count) { m_maxAnomalies = count; }
    int maxFields() const { return m_maxFields; }
    void setMaxFields(int count) { m_maxFields = count; }

    // Error: errors::noTemplate when the template cannot be found.
    Expected<QString> render(const ReceiptData &data) const;

    // The result in words ("Accepted with warnings"), in the installed language.
    static QString resultWords(const QString &letter);
    // A date and time as the language writes it, in local time, with the time zone.
    static QString formatDateTime(const QDateTime &moment, const QString &language);
    // "G7gYrs2Wml…CSgv8qw==": enough to compare by eye; the page carries the full value too.
    static QString shortened(const QString &value);

    // The template file (receipt.html, receipt.css): the Qt resource :/receipt/, else the source
    // tree's resources/receipt/ (builds that do not embed it).
    static Expected<QString> templateFile(const QString &name);

private:
    QString m_language;
    QString m_formsDir;
    std::optional<forms::Catalogue> m_catalogue; // empty when catalogue.json cannot be read
    int m_maxAnomalies = 500;
    int m_maxFields = 60;
};

} // namespace guichet::receipt

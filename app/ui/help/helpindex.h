#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where the help for a language, a form and a field is: the pages under resources/help (embedded
// at :/help, or a folder of the same layout), one folder per language with the same file names
// in each, and each form field's section marked with an id made from its JSON Pointer. Reads
// only the page files (no Qt WebEngine), so the main window can ask it anything at no cost.
//
//   HelpIndex index;                                        // :/help
//   HelpTarget t = index.resolve("fr", "dimona", "/worker/ssin");
//   t.url();                   // qrc:/help/fr/form-dimona.html#f-worker-ssin
namespace guichet::ui::help {

struct HelpTarget
{
    QString root;     // ":/help" or a folder
    QString language; // "fr"
    QString page;     // "form-dimona" (file name without ".html")
    QString anchor;   // "f-worker-ssin", or empty for the top of the page

    bool isValid() const { return !page.isEmpty(); }
    // qrc:/help/fr/form-dimona.html#f-worker-ssin, or a file: URL for a folder.
    QUrl url() const;
    bool operator==(const HelpTarget &other) const = default;
};

class HelpIndex
{
public:
    // The page names every language has (file names without ".html").
    static QString indexPage() { return QStringLiteral("index"); }
    static QString formPage(const QString &formId);
    // "/worker/ssin" -> "f-worker-ssin"; row indexes and "*" are left out
    // ("/naturalPersons/3/inss" -> "f-naturalPersons-inss"); "" or "/" -> "".
    static QString anchorForPointer(const QString &pointer);
    // Row indexes as "*": "/naturalPersons/3/inss" -> "/naturalPersons/*/inss".
    static QString patternPointer(const QString &pointer);
    // "fr_BE", "FR" -> "fr"; anything else lower-cased as given.
    static QString languageCode(const QString &language);

    // root: ":/help" (the embedded pages) or a folder with the same layout.
    explicit HelpIndex(const QString &root = QStringLiteral(":/help"));

    QString root() const { return m_root; }
    // The language folders present ("de", "en", "fr", "nl").
    QStringList languages() const;
    // The pages of a language, sorted.
    QStringList pages(const QString &language) const;
    bool hasPage(const QString &language, const QString &page) const;
    QString filePath(const QString &language, const QString &page) const;
    // Every id="..." of a page, in document order (read once, then cached).
    QStringList anchors(const QString &language, const QString &page) const;
    bool hasAnchor(const QString &language, const QString &page, const QString &anchor) const;

    // The help for a form's field: its section of the form's page; else the closest section
    // above it (a field of a row: its table); else the top of the form's page; else the index.
    // No form: the index. The language falls back to English when it lacks the page.
    HelpTarget resolve(const QString &language, const QString &formId = {},
                       const QString &pointer = {}) const;
    // A named page (getting-started, drafts...), at anchor when the page has it; the index when
    // the page does not exist. The same language fallback.
    HelpTarget topic(const QString &language, const QString &page,
                     const QString &anchor = {}) const;
    // The page a URL shows when it is one of these pages (the back and forward history, a link
    // clicked); an invalid target for anything else.
    HelpTarget fromUrl(const QUrl &url) const;

private:
    // The language to read page in: language, else English, else empty.
    QString languageFor(const QString &language, const QString &page) const;

    QString m_root;
    mutable QHash<QString, QStringList> m_anchors; // "fr/form-dimona" -> ids
};

} // namespace guichet::ui::help

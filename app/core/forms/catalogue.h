#pragma once

#include "core/expected.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The bundled forms as forms/catalogue.json lists them: id, versions, audiences and the title in
// each language. What the "new form" choosers, the receipts and the migration check read.
//
//   auto catalogue = forms::Catalogue::load(paths::formsDirectory());
//   for (const auto &entry : catalogue->entries()) list.add(entry.title(), entry.id);
namespace guichet::forms {

struct CatalogueEntry
{
    QString id;
    QList<int> versions;            // ascending
    QStringList audiences;          // "employer", "self-employed", "citizen", ...
    QHash<QString, QString> titles; // language -> title

    int latestVersion() const { return versions.isEmpty() ? 0 : versions.last(); }
    // The title in the language (the current UI language when empty), else English, else id.
    QString title(const QString &language = {}) const;
    bool isFor(const QString &audience) const { return audiences.contains(audience); }
};

class Catalogue
{
public:
    // Reads <formsDir>/catalogue.json. Errors: io.unreadable, forms.badCatalogue.
    static Expected<Catalogue> load(const QString &formsDir);

    QString formsDirectory() const { return m_formsDir; }
    const QList<CatalogueEntry> &entries() const { return m_entries; }
    // nullptr when the catalogue has no such form.
    const CatalogueEntry *find(const QString &id) const;
    // The forms for an audience, in catalogue order.
    QList<CatalogueEntry> forAudience(const QString &audience) const;

private:
    QString m_formsDir;
    QList<CatalogueEntry> m_entries;
};

} // namespace guichet::forms

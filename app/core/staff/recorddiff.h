#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

// What two people did to the same register entry: the version I read (base), mine, and the
// one someone else saved meanwhile (theirs), compared field by field, and the document made from
// the person's choice for each field. Nothing is chosen silently: every field where mine and
// theirs differ is listed, with a suggestion (the side that changed it; mine when both did).
namespace guichet::staff {

struct FieldDifference
{
    QString pointer;
    QJsonValue base; // undefined when absent
    QJsonValue mine;
    QJsonValue theirs;
    bool changedByMe() const { return mine != base; }
    bool changedByThem() const { return theirs != base; }
    // Both changed it, each differently.
    bool isConflict() const { return changedByMe() && changedByThem(); }
    // The suggestion: theirs when only they changed it, else mine.
    bool suggestTheirs() const { return changedByThem() && !changedByMe(); }
};

class RecordDiff
{
public:
    // Fields (leaf pointers) where mine and theirs differ, in the order of the documents' keys.
    static QList<FieldDifference> differences(const QJsonObject &base, const QJsonObject &mine,
                                              const QJsonObject &theirs);
    // Theirs, with mine at every pointer not in takeTheirs (among the differences).
    static QJsonObject merge(const QJsonObject &mine, const QJsonObject &theirs,
                             const QList<FieldDifference> &differences,
                             const QSet<QString> &takeTheirs);
};

} // namespace guichet::staff

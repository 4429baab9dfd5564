#include "core/staff/recorddiff.h"

#include "core/staff/jsonpointer.h"

#include <QStringList>

namespace guichet::staff {

QList<FieldDifference> RecordDiff::differences(const QJsonObject &base, const QJsonObject &mine,
                                               const QJsonObject &theirs)
{
    QStringList pointers = leafPointers(mine);
    for (const QString &p : leafPointers(theirs)) {
        if (!pointers.contains(p))
            pointers.append(p);
    }
    QList<FieldDifference> out;
    for (const QString &pointer : std::as_const(pointers)) {
        FieldDifference d;
        d.pointer = pointer;
        d.base = valueAt(base, pointer);
        d.mine = valueAt(mine, pointer);
        d.theirs = valueAt(theirs, pointer);
        if (d.mine != d.theirs)
            out.append(d);
    }
    return out;
}

QJsonObject RecordDiff::merge(const QJsonObject &mine, const QJsonObject &theirs,
                              const QList<FieldDifference> &differences,
                              const QSet<QString> &takeTheirs)
{
    Q_UNUSED(mine);
    QJsonObject merged = theirs;
    for (const FieldDifference &d : differences) {
        if (takeTheirs.contains(d.pointer))
            continue;
        if (d.mine.isUndefined())
            removeValueAt(merged, d.pointer);
        else
            setValueAt(merged, d.pointer, d.mine);
    }
    return merged;
}

} // namespace guichet::staff

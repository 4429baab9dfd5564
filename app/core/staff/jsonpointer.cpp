#include "core/staff/jsonpointer.h"

namespace guichet::staff {

namespace {

QStringList tokens(const QString &pointer)
{
    QStringList out = pointer.split(QLatin1Char('/'));
    if (!out.isEmpty())
        out.removeFirst(); // the empty text before the leading '/'
    for (QString &t : out)
        t.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return out;
}

QString escaped(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

void setIn(QJsonObject &object, const QStringList &path, qsizetype index, const QJsonValue &value)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setIn(child, path, index + 1, value);
    object.insert(key, child);
}

void removeIn(QJsonObject &object, const QStringList &path, qsizetype index)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        object.remove(key);
        return;
    }
    if (!object.value(key).isObject())
        return;
    QJsonObject child = object.value(key).toObject();
    removeIn(child, path, index + 1);
    if (child.isEmpty())
        object.remove(key);
    else
        object.insert(key, child);
}

void collect(const QJsonObject &object, const QString &prefix, QStringList &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString pointer = prefix + QLatin1Char('/') + escaped(it.key());
        if (it.value().isObject())
            collect(it.value().toObject(), pointer, out);
        else
            out.append(pointer);
    }
}

} // namespace

QJsonValue valueAt(const QJsonObject &root, const QString &pointer)
{
    const QStringList path = tokens(pointer);
    if (path.isEmpty())
        return root;
    QJsonValue current = root;
    for (const QString &token : path) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject object = current.toObject();
        if (!object.contains(token))
            return QJsonValue(QJsonValue::Undefined);
        current = object.value(token);
    }
    return current;
}

void setValueAt(QJsonObject &root, const QString &pointer, const QJsonValue &value)
{
    const QStringList path = tokens(pointer);
    if (!path.isEmpty())
        setIn(root, path, 0, value);
}

void removeValueAt(QJsonObject &root, const QString &pointer)
{
    const QStringList path = tokens(pointer);
    if (!path.isEmpty())
        removeIn(root, path, 0);
}

QStringList leafPointers(const QJsonObject &root)
{
    QStringList out;
    collect(root, QString(), out);
    return out;
}

} // namespace guichet::staff

#include "qtjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::json {

QJsonValue toQJsonValue(const Value &value)
{
    switch (value.type()) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(value.toBool());
    case Type::Number:
        return QJsonValue(value.toDouble());
    case Type::String:
        return QJsonValue(QString::fromStdString(value.string()));
    case Type::Array: {
        QJsonArray array;
        for (const Value &item : value.arrayItems())
            array.append(toQJsonValue(item));
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const auto &[key, member] : value.objectMembers())
            object.insert(QString::fromStdString(key), toQJsonValue(member));
        return object;
    }
    }
    return QJsonValue();
}

Value fromQJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value();
    case QJsonValue::Bool:
        return Value(value.toBool());
    case QJsonValue::Double:
        return Value(value.toDouble());
    case QJsonValue::String:
        return Value(value.toString().toStdString());
    case QJsonValue::Array: {
        Array items;
        const QJsonArray array = value.toArray();
        items.reserve(std::size_t(array.size()));
        for (const QJsonValue &item : array)
            items.push_back(fromQJsonValue(item));
        return Value(std::move(items));
    }
    case QJsonValue::Object: {
        Object members;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members.appendUnique(it.key().toStdString(), fromQJsonValue(it.value()));
        return Value(std::move(members));
    }
    }
    return Value();
}

} // namespace guichet::json

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// JSON Pointers on Qt's JSON objects, for the register's documents (the form engine has its own
// on json::Value). Arrays are treated as values: staff records have none.
namespace guichet::staff {

// The member at pointer ("/contract/startDate"), undefined when absent.
QJsonValue valueAt(const QJsonObject &root, const QString &pointer);
// Sets it, creating the objects on the way.
void setValueAt(QJsonObject &root, const QString &pointer, const QJsonValue &value);
// Removes it; objects left empty on the way are removed too.
void removeValueAt(QJsonObject &root, const QString &pointer);
// Every pointer to a value that is not an object, depth first, members in key order.
QStringList leafPointers(const QJsonObject &root);

} // namespace guichet::staff

#include "core/staff/formcache.h"

#include "core/forms/formschema.h"
#include "core/json/qtjson.h"
#include "core/paths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace guichet::staff {

namespace {

const forms::FieldNode *nodeAt(const forms::FormDefinition &form, const QString &pointer)
{
    const forms::FieldNode *node = &form.formSchema().root();
    const QStringList tokens = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (!node)
            return nullptr;
        if (node->items && !token.isEmpty() && token.at(0).isDigit())
            node = node->items.get();
        else
            node = node->property(token.toStdString());
    }
    return node;
}

} // namespace

Expected<std::shared_ptr<const forms::FormDefinition>> FormCache::form(const QString &idVersion)
{
    static QMutex mutex;
    static std::map<QString, std::shared_ptr<const forms::FormDefinition>> cache;
    const QString dir = QDir(paths::formsDirectory()).filePath(idVersion);
    QMutexLocker lock(&mutex);
    if (auto it = cache.find(dir); it != cache.end())
        return it->second;
    auto loaded = forms::FormDefinition::load(dir);
    if (!loaded)
        return loaded.error();
    cache.emplace(dir, *loaded);
    return *loaded;
}

QString FormCache::fieldTitle(const forms::FormDefinition &form, const QString &pointer)
{
    const forms::FieldNode *node = nodeAt(form, pointer);
    const QString last = pointer.section(QLatin1Char('/'), -1);
    if (!node)
        return last;
    const QString fallback = node->title.isEmpty() ? last : node->title;
    return form.text(node->i18nKey + QStringLiteral(".title"), fallback);
}

QString FormCache::valueText(const forms::FormDefinition &form, const QString &pointer,
                             const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (const forms::FieldNode *node = nodeAt(form, pointer)) {
        for (const forms::Choice &choice : node->choices) {
            if (choice.value.isString() && choice.value.string() == text.toStdString())
                return form.text(choice.i18nKey, choice.title.isEmpty() ? text : choice.title);
        }
    }
    return text;
}

schema::ValidationResult FormCache::validate(const forms::FormDefinition &form,
                                             const QJsonObject &document)
{
    return form.compiled()->validate(json::fromQJsonValue(document));
}

} // namespace guichet::staff

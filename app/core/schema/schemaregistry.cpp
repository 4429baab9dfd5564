#include "schema.h"

#include "core/json/parser.h"
#include "core/logging.h"
#include "core/schema/metaschemas.h"
#include "core/schema/uri.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guichet::schema {

SchemaRegistry::SchemaRegistry() = default;
SchemaRegistry::~SchemaRegistry() = default;

void SchemaRegistry::addDocument(const std::string &uri, json::Value document)
{
    std::lock_guard lock(m_mutex);
    m_documents[std::string(uri::withoutFragment(uri))] =
        std::make_shared<const json::Value>(std::move(document));
}

void SchemaRegistry::addDirectory(const std::string &baseUri, const QString &dir)
{
    std::lock_guard lock(m_mutex);
    std::string base = baseUri;
    if (!base.empty() && base.back() != '/')
        base.push_back('/');
    m_directories.emplace_back(base, dir);
}

std::shared_ptr<const json::Value> SchemaRegistry::document(const std::string &uriText) const
{
    const std::string key(uri::withoutFragment(uriText));
    std::lock_guard lock(m_mutex);
    if (auto it = m_documents.find(key); it != m_documents.end())
        return it->second;
    for (const auto &[base, dir] : m_directories) {
        if (key.compare(0, base.size(), base) != 0)
            continue;
        const QString relative = QString::fromStdString(key.substr(base.size()));
        if (relative.contains(QLatin1String("..")))
            continue; // stay inside the mapped folder
        QFile file(QDir(dir).filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!parsed) {
            qCWarning(lcSchema) << "unreadable schema" << file.fileName() << parsed.error().message;
            continue;
        }
        auto doc = std::make_shared<const json::Value>(std::move(parsed).value());
        m_documents[key] = doc;
        return doc;
    }
    const std::string_view builtin = builtinMetaschema(key);
    if (!builtin.empty()) {
        auto parsed = json::parse(builtin);
        if (parsed) {
            auto doc = std::make_shared<const json::Value>(std::move(parsed).value());
            m_documents[key] = doc;
            return doc;
        }
        qCWarning(lcSchema) << "built-in metaschema does not parse" << key.c_str()
                            << parsed.error().message;
    }
    return nullptr;
}

bool draftFromString(std::string_view text, Draft &draft)
{
    if (text == "4" || text == "draft4" || text == "draft-04") {
        draft = Draft::Draft4;
        return true;
    }
    if (text == "6" || text == "draft6" || text == "draft-06") {
        draft = Draft::Draft6;
        return true;
    }
    if (text == "7" || text == "draft7" || text == "draft-07") {
        draft = Draft::Draft7;
        return true;
    }
    if (text == "2020-12" || text == "draft2020-12" || text == "2020") {
        draft = Draft::Draft2020_12;
        return true;
    }
    return false;
}

std::string draftMetaschemaUri(Draft draft)
{
    switch (draft) {
    case Draft::Draft4:
        return "http://json-schema.org/draft-04/schema#";
    case Draft::Draft6:
        return "http://json-schema.org/draft-06/schema#";
    case Draft::Draft7:
        return "http://json-schema.org/draft-07/schema#";
    case Draft::Draft2020_12:
        break;
    }
    return "https://json-schema.org/draft/2020-12/schema";
}

} // namespace guichet::schema

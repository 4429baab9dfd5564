// The form catalogue: GET /forms and GET /forms/{id}/{version} (docs/API.md "Form catalogue"),
// served from the bundled forms folder (guichet::paths::formsDirectory(): $GUICHET_FORMS_DIR, the
// installed share/guichet/forms, or the source tree's forms/).
#include "module.h"
#include "server.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

#include <map>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace guichet::sandbox {

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("en")};

struct Document
{
    QByteArray body; // compact JSON
    QByteArray etag; // strong: "\"<sha256 hex>\""
};

Document makeDocument(const QByteArray &body)
{
    Document d;
    d.body = body;
    d.etag = '"' + QCryptographicHash::hash(d.body, QCryptographicHash::Sha256).toHex() + '"';
    return d;
}

// The file's bytes if they are JSON. Forms are served byte for byte (not re-serialised through
// QJsonDocument, which would sort members and rewrite numbers: member order is the form's field
// order).
std::optional<QByteArray> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll().trimmed();
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcSandbox) << "catalogue:" << path << error.errorString();
        return std::nullopt;
    }
    return bytes;
}

QByteArray jsonString(const QString &text)
{
    // A one-element array serialised, minus its brackets: the string with JSON escaping.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// If-None-Match: a list of entity tags or "*"; weak tags compare by their opaque part (RFC 9110
// weak comparison, which is what If-None-Match uses).
bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

Response serve(const Request &request, const Document &document)
{
    if (matches(request.header("If-None-Match"), document.etag))
        return Response::empty(304).withHeader("ETag", document.etag);
    Response r;
    r.body = document.body;
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                 {QByteArrayLiteral("ETag"), document.etag},
                 {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    return r;
}

// Loaded on the first request (not at start-up, which must stay fast) and kept: the bundled
// forms do not change while the sandbox runs.
class Catalogue
{
public:
    explicit Catalogue(QString dir) : m_dir(std::move(dir)) {}

    const Document *list()
    {
        load();
        return m_loaded ? &m_list : nullptr;
    }

    const Document *form(const QString &id, int version)
    {
        load();
        const auto it = m_forms.find({id, version});
        return it == m_forms.end() ? nullptr : &it->second;
    }

private:
    void load()
    {
        if (m_loaded)
            return;
        const auto catalogue = readJson(QDir(m_dir).filePath(QStringLiteral("catalogue.json")));
        if (!catalogue) {
            qCWarning(lcSandbox) << "catalogue: no catalogue.json in" << m_dir;
            return;
        }
        QJsonArray list;
        const QJsonArray entries =
            QJsonDocument::fromJson(*catalogue).object().value(QStringLiteral("forms")).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject e = entry.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            for (const QJsonValue &v : e.value(QStringLiteral("versions")).toArray()) {
                const int version = v.toInt();
                const QDir dir(
                    QDir(m_dir).filePath(id + QLatin1Char('/') + QString::number(version)));
                const auto schema = readJson(dir.filePath(QStringLiteral("schema.json")));
                if (id.isEmpty() || version <= 0 || !schema) {
                    qCWarning(lcSandbox) << "catalogue: skipping" << id << version;
                    continue;
                }
                QByteArrayList i18n;
                for (const QString &language : kLanguages) {
                    if (const auto texts =
                            readJson(dir.filePath(QStringLiteral("i18n/%1.json").arg(language))))
                        i18n.append(jsonString(language) + ':' + *texts);
                }
                const auto ui = readJson(dir.filePath(QStringLiteral("ui.json")));
                const Document form = makeDocument(
                    "{\"id\":" + jsonString(id) + ",\"version\":" + QByteArray::number(version) +
                    ",\"schema\":" + *schema + ",\"ui\":" + (ui ? *ui : QByteArray("null")) +
                    ",\"i18n\":{" + i18n.join(',') + "}}");
                m_forms.emplace(std::pair{id, version}, form);
                list.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("title"), e.value(QStringLiteral("title"))},
                                {QStringLiteral("audiences"), e.value(QStringLiteral("audiences"))},
                                {QStringLiteral("etag"), QString::fromLatin1(form.etag)},
                                {QStringLiteral("href"),
                                 QStringLiteral("/api/v1/forms/%1/%2").arg(id).arg(version)}});
            }
        }
        m_list = makeDocument(QJsonDocument(QJsonObject{{QStringLiteral("forms"), list}})
                                  .toJson(QJsonDocument::Compact));
        m_loaded = true;
    }

    QString m_dir;
    bool m_loaded = false;
    Document m_list;
    std::map<std::pair<QString, int>, Document> m_forms;
};

Response unknownForm(const QString &id, const QString &version)
{
    return Server::problem(404, QStringLiteral("unknown-form"), QStringLiteral("Unknown form"),
                           QStringLiteral("No form %1 version %2").arg(id, version));
}

void registerRoutes(Server &server)
{
    auto catalogue = std::make_shared<Catalogue>(server.formsDirectory());
    server.route("GET", QStringLiteral("/forms"), Access::Public,
                 [catalogue](const Request &request) {
                     const Document *list = catalogue->list();
                     if (!list)
                         return Server::problem(500, QStringLiteral("internal-error"),
                                                QStringLiteral("The form catalogue is unreadable"));
                     return serve(request, *list);
                 });
    server.route("GET", QStringLiteral("/forms/{id}/{version}"), Access::Public,
                 [catalogue](const Request &request) {
                     bool ok = false;
                     const int version = request.param(QStringLiteral("version")).toInt(&ok);
                     const Document *form =
                         ok ? catalogue->form(request.param(QStringLiteral("id")), version)
                            : nullptr;
                     if (!form)
                         return unknownForm(request.param(QStringLiteral("id")),
                                            request.param(QStringLiteral("version")));
                     return serve(request, *form);
                 });
}

} // namespace

SANDBOX_MODULE(catalogueModule, Module{.name = "catalogue",
                                       .migrations = {},
                                       .seed = nullptr,
                                       .routes = registerRoutes,
                                       .start = nullptr});

} // namespace guichet::sandbox

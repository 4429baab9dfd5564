#include "formdefinition.h"

#include "core/i18n.h"
#include "core/json/parser.h"
#include "core/json/qtjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

namespace guichet::forms {

namespace {

Expected<json::Value> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io.unreadable"),
                     QCoreApplication::translate("guichet::forms", "cannot read \"%1\": %2")
                         .arg(path, file.errorString()),
                     {path}};
    const QByteArray bytes = file.readAll();
    auto value = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!value)
        return Error{value.error().code,
                     QCoreApplication::translate("guichet::forms", "\"%1\" is not valid JSON: %2")
                         .arg(path, value.error().message),
                     {path}};
    return value;
}

} // namespace

Expected<std::shared_ptr<const FormDefinition>>
FormDefinition::fromValues(json::Value schemaValue, json::Value ui, FormTexts texts,
                           const LoadOptions &options)
{
    auto def = std::make_shared<FormDefinition>();
    def->m_schema = std::move(schemaValue);
    def->m_registry = std::make_shared<schema::SchemaRegistry>();
    for (const auto &[base, dir] : options.remotes)
        def->m_registry->addDirectory(base, dir);
    schema::CompileOptions compile = options.compile;
    compile.registry = def->m_registry.get();
    auto compiled = schema::compile(def->m_schema, compile);
    if (!compiled)
        return compiled.error();
    def->m_compiled = *compiled;
    FormSchemaOptions fs;
    fs.registry = def->m_registry.get();
    fs.baseUri = compile.baseUri;
    def->m_formSchema = FormSchema::build(def->m_schema, fs);
    if (!ui.isNull()) {
        auto parsed = parseUiSchema(ui);
        if (!parsed)
            return parsed.error();
        def->m_ui = std::move(*parsed);
        if (def->m_ui->messages.isObject()) {
            // The contract's {"i18n": key} form is resolved here into the four languages.
            json::Value messages = def->m_ui->messages;
            for (auto &[field, keywords] : messages.objectRef()) {
                if (!keywords.isObject())
                    continue;
                for (auto &[keyword, text] : keywords.objectRef()) {
                    const json::Value *key = text.find("i18n");
                    if (!key || !key->isString())
                        continue;
                    json::Object perLanguage;
                    const QString k = QString::fromStdString(key->string());
                    for (const QString &lang : i18n::languageCodes()) {
                        const QString t = texts.text(k, lang, k);
                        perLanguage.appendUnique(lang.toStdString(), json::Value(t.toStdString()));
                    }
                    text = json::Value(std::move(perLanguage));
                }
            }
            auto overrides =
                schema::MessageOverrides::fromJson(json::toQJsonValue(messages).toObject());
            if (!overrides)
                return overrides.error();
            def->m_messages = std::move(*overrides);
        }
    }
    def->m_texts = std::move(texts);
    return std::shared_ptr<const FormDefinition>(std::move(def));
}

Expected<std::shared_ptr<const FormDefinition>>
FormDefinition::fromFiles(const QString &schemaPath, const QString &uiPath, const QString &i18nDir,
                          const LoadOptions &options)
{
    auto schemaValue = readJson(schemaPath);
    if (!schemaValue)
        return schemaValue.error();
    json::Value ui;
    if (!uiPath.isEmpty()) {
        auto uiValue = readJson(uiPath);
        if (!uiValue)
            return uiValue.error();
        ui = std::move(*uiValue);
    }
    FormTexts texts;
    if (!i18nDir.isEmpty()) {
        auto loaded = FormTexts::load(i18nDir);
        if (!loaded)
            return loaded.error();
        texts = std::move(*loaded);
    }
    LoadOptions withBase = options;
    const QFileInfo info(schemaPath);
    const QString dir = info.absolutePath();
    withBase.remotes.insert(
        withBase.remotes.begin(),
        {QUrl::fromLocalFile(dir + QLatin1Char('/')).toString().toStdString(), dir});
    if (withBase.compile.baseUri.empty())
        withBase.compile.baseUri =
            QUrl::fromLocalFile(info.absoluteFilePath()).toString().toStdString();
    return fromValues(std::move(*schemaValue), std::move(ui), std::move(texts), withBase);
}

Expected<std::shared_ptr<const FormDefinition>> FormDefinition::load(const QString &dir,
                                                                     const LoadOptions &options)
{
    const QDir folder(dir);
    const QString uiPath = folder.filePath(QStringLiteral("ui.json"));
    // A form folder is a bundled form: its formats (NISS, IBAN, dates) are asserted, as in the
    // GUI and the sandbox, so that the form flags what the portal would refuse.
    LoadOptions asserting = options;
    asserting.compile.formatAssertion = true;
    auto def = fromFiles(folder.filePath(QStringLiteral("schema.json")),
                         QFileInfo::exists(uiPath) ? uiPath : QString(),
                         folder.filePath(QStringLiteral("i18n")), asserting);
    if (!def)
        return def;
    auto mutableDef = std::const_pointer_cast<FormDefinition>(*def);
    mutableDef->m_version = QFileInfo(QDir::cleanPath(folder.absolutePath())).fileName().toInt();
    mutableDef->m_id =
        QFileInfo(QDir::cleanPath(folder.absoluteFilePath(QStringLiteral("..")))).fileName();
    return def;
}

QString FormDefinition::text(const QString &key, const QString &fallback) const
{
    return m_texts.text(key, i18n::currentLanguage(), fallback);
}

QString FormDefinition::title() const
{
    const json::Value *t = m_schema.find("title");
    return text(QStringLiteral("form.title"),
                t && t->isString() ? QString::fromStdString(t->string()) : m_id);
}

} // namespace guichet::forms

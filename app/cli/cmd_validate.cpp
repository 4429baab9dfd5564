// guichet-cli validate: JSON documents against a JSON Schema, one JSON line of results each.
#include "command.h"

#include "core/json/parser.h"
#include "core/json/value.h"
#include "core/json/writer.h"
#include "core/paths.h"
#include "core/schema/messages.h"
#include "core/schema/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

namespace guichet::cli {

namespace {

QString usageText()
{
    return tr("usage: guichet-cli validate SCHEMA [DATA ...] [--jsonl] [--draft 4|6|7|2020-12] "
              "[--format-assertion|--no-format-assertion] [--remote BASE_URI=DIR ...]");
}

struct Options
{
    QString schemaPath;
    QStringList dataPaths;
    bool jsonl = false;
    schema::CompileOptions compile;
    std::vector<std::pair<std::string, QString>> remotes;
};

// Returns an error message, or an empty string when the arguments make sense.
QString parseArguments(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](const QString &name, QString &out) -> bool {
            if (arg.startsWith(name + QLatin1Char('='))) {
                out = arg.mid(name.size() + 1);
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        auto is = [&](const char *name) {
            return arg == QLatin1String(name) || arg.startsWith(QLatin1String(name) + '=');
        };
        if (arg == QLatin1String("--jsonl")) {
            options.jsonl = true;
        } else if (arg == QLatin1String("--format-assertion")) {
            options.compile.formatAssertion = true;
        } else if (arg == QLatin1String("--no-format-assertion")) {
            options.compile.formatAssertion = false;
        } else if (is("--lang")) {
            QString ignored; // handled by main()
            if (!value(QStringLiteral("--lang"), ignored))
                return tr("--lang needs a language");
        } else if (is("--draft")) {
            QString draft;
            if (!value(QStringLiteral("--draft"), draft) ||
                !schema::draftFromString(draft.toStdString(), options.compile.defaultDraft))
                return tr("--draft must be 4, 6, 7 or 2020-12");
        } else if (is("--remote")) {
            QString mapping;
            if (!value(QStringLiteral("--remote"), mapping))
                return tr("--remote needs BASE_URI=DIR");
            std::pair<std::string, QString> remote;
            if (const QString error = parseRemote(mapping, remote); !error.isEmpty())
                return error;
            options.remotes.push_back(std::move(remote));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return tr("unknown option \"%1\"").arg(arg);
        } else if (options.schemaPath.isEmpty()) {
            options.schemaPath = arg;
        } else {
            options.dataPaths << arg;
        }
    }
    if (options.schemaPath.isEmpty())
        return tr("no schema given");
    if (options.jsonl && !options.dataPaths.isEmpty())
        return tr("--jsonl reads the documents from standard input: give no DATA file");
    return {};
}

json::Value errorsToJson(const std::vector<schema::ValidationError> &errors)
{
    json::Array out;
    out.reserve(errors.size());
    for (const schema::ValidationError &e : errors) {
        json::Object o;
        o.appendUnique("instanceLocation", json::Value(e.instanceLocation));
        o.appendUnique("keywordLocation", json::Value(e.keywordLocation));
        o.appendUnique("keyword", json::Value(e.keyword));
        o.appendUnique("message", json::Value(schema::message(e).toStdString()));
        out.push_back(json::Value(std::move(o)));
    }
    return json::Value(std::move(out));
}

void printLine(const json::Value &line)
{
    std::string text = json::serialize(line);
    text.push_back('\n');
    std::fwrite(text.data(), 1, text.size(), stdout);
}

json::Value resultLine(json::Value id, const char *idName, const schema::ValidationResult &r)
{
    json::Object o;
    o.appendUnique(idName, std::move(id));
    o.appendUnique("valid", json::Value(r.valid));
    o.appendUnique("errors", errorsToJson(r.errors));
    return json::Value(std::move(o));
}

json::Value failureLine(json::Value id, const char *idName, const QString &error)
{
    json::Object o;
    o.appendUnique(idName, std::move(id));
    o.appendUnique("valid", json::Value(false));
    o.appendUnique("error", json::Value(error.toStdString()));
    return json::Value(std::move(o));
}

} // namespace

int runValidate(const QStringList &args)
{
    Options options;
    const QString problem = parseArguments(args, options);
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usageText());
        return ExitUsage;
    }

    QFile schemaFile(options.schemaPath);
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read the schema \"%1\": %2")
                       .arg(options.schemaPath, schemaFile.errorString()));
        return ExitUsage;
    }
    const QByteArray schemaBytes = schemaFile.readAll();
    auto schemaValue =
        json::parse(std::string_view(schemaBytes.constData(), std::size_t(schemaBytes.size())));
    if (!schemaValue) {
        printError(tr("the schema \"%1\" is not valid JSON: %2")
                       .arg(options.schemaPath, schemaValue.error().message));
        return ExitUsage;
    }

    // Relative references resolve next to the schema file, then in the --remote folders.
    schema::SchemaRegistry registry;
    const QFileInfo schemaInfo(options.schemaPath);
    const QString schemaDir = schemaInfo.absolutePath();
    registry.addDirectory(
        QUrl::fromLocalFile(schemaDir + QLatin1Char('/')).toString().toStdString(), schemaDir);
    for (const auto &[base, dir] : options.remotes)
        registry.addDirectory(base, dir);
    // The bundled forms, under the base URI their "$id"s use.
    registry.addDirectory("https://forms.guichet.example.be/", paths::formsDirectory());
    options.compile.registry = &registry;
    options.compile.baseUri =
        QUrl::fromLocalFile(schemaInfo.absoluteFilePath()).toString().toStdString();
    auto compiled = schema::compile(*schemaValue, options.compile);
    if (!compiled) {
        printError(tr("the schema \"%1\" cannot be used: %2")
                       .arg(options.schemaPath, compiled.error().message));
        return ExitUsage;
    }

    bool anyInvalid = false;
    bool anyUnusable = false;
    if (options.jsonl) {
        std::string line;
        long long index = 0;
        while (std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            const json::Value id(static_cast<std::int64_t>(index++));
            auto document = json::parse(line);
            if (!document) {
                anyInvalid = true;
                printLine(failureLine(id, "index", document.error().message));
                continue;
            }
            const schema::ValidationResult result = (*compiled)->validate(*document);
            anyInvalid = anyInvalid || !result.valid;
            printLine(resultLine(id, "index", result));
        }
    } else {
        for (const QString &path : options.dataPaths) {
            const json::Value id(path.toStdString());
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                anyUnusable = true;
                printError(tr("cannot read \"%1\": %2").arg(path, file.errorString()));
                printLine(failureLine(id, "file", file.errorString()));
                continue;
            }
            const QByteArray bytes = file.readAll();
            auto document =
                json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
            if (!document) {
                anyUnusable = true;
                printError(tr("\"%1\" is not valid JSON: %2").arg(path, document.error().message));
                printLine(failureLine(id, "file", document.error().message));
                continue;
            }
            const schema::ValidationResult result = (*compiled)->validate(*document);
            anyInvalid = anyInvalid || !result.valid;
            printLine(resultLine(id, "file", result));
        }
    }
    std::fflush(stdout);
    if (anyUnusable)
        return ExitUsage;
    return anyInvalid ? ExitInvalid : ExitOk;
}

GUICHET_CLI_COMMAND("validate",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "Validate JSON documents against a JSON Schema"),
                    false, runValidate);

} // namespace guichet::cli

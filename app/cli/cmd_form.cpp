// guichet-cli form fields|roundtrip|show: the form renderer with real widgets, offscreen.
#include "command.h"

#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/model/formmodel.h"
#include "ui/form/formview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace guichet::cli {

namespace {

QString usageText()
{
    return tr("usage: guichet-cli form fields SCHEMA [--ui UI] [--i18n DIR] [--lang L] "
              "[--data DATA] [--draft 4|6|7|2020-12] [--format-assertion] "
              "[--remote BASE_URI=DIR ...]\n"
              "       guichet-cli form roundtrip SCHEMA DATA [--ui UI] [--draft ...] "
              "[--remote ...]\n"
              "       guichet-cli form show SCHEMA [DATA] [--ui UI] [--i18n DIR] [--lang L] "
              "--screenshot FILE.png [--size WxH] [--focus POINTER] [--validate]\n"
              "SCHEMA may be a form folder (forms/<id>/<version>) holding schema.json, ui.json "
              "and i18n/; its formats are always asserted. For a schema file, formats are "
              "annotations unless --format-assertion.");
}

struct Options
{
    QString action;
    QString schemaPath;
    QString dataPath;
    QString uiPath;
    QString i18nDir;
    QString screenshot;
    QString focus;
    QSize size{1180, 900};
    bool validate = false;
    forms::FormDefinition::LoadOptions load;
};

QString parseArguments(const QStringList &args, Options &options)
{
    if (args.isEmpty())
        return tr("form needs an action: fields, roundtrip or show");
    options.action = args.first();
    if (options.action != QLatin1String("fields") && options.action != QLatin1String("roundtrip") &&
        options.action != QLatin1String("show"))
        return tr("unknown form action \"%1\"").arg(options.action);
    QStringList positional;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](const char *name, QString &out) -> bool {
            const QString n = QLatin1String(name);
            if (arg.startsWith(n + QLatin1Char('='))) {
                out = arg.mid(n.size() + 1);
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
        QString v;
        if (is("--ui")) {
            if (!value("--ui", options.uiPath))
                return tr("--ui needs a file");
        } else if (is("--i18n")) {
            if (!value("--i18n", options.i18nDir))
                return tr("--i18n needs a folder");
        } else if (is("--lang")) {
            if (!value("--lang", v)) // applied by main()
                return tr("--lang needs a language");
        } else if (is("--data")) {
            if (!value("--data", options.dataPath))
                return tr("--data needs a file");
        } else if (is("--screenshot")) {
            if (!value("--screenshot", options.screenshot))
                return tr("--screenshot needs a file");
        } else if (is("--focus")) {
            if (!value("--focus", options.focus))
                return tr("--focus needs a JSON Pointer");
        } else if (arg == QLatin1String("--validate")) {
            options.validate = true;
        } else if (arg == QLatin1String("--format-assertion")) {
            options.load.compile.formatAssertion = true;
        } else if (is("--size")) {
            if (!value("--size", v))
                return tr("--size needs WIDTHxHEIGHT");
            const QStringList parts = v.split(QLatin1Char('x'));
            if (parts.size() != 2 || parts[0].toInt() < 200 || parts[1].toInt() < 200)
                return tr("--size needs WIDTHxHEIGHT");
            options.size = QSize(parts[0].toInt(), parts[1].toInt());
        } else if (is("--draft")) {
            if (!value("--draft", v) ||
                !schema::draftFromString(v.toStdString(), options.load.compile.defaultDraft))
                return tr("--draft must be 4, 6, 7 or 2020-12");
        } else if (is("--remote")) {
            if (!value("--remote", v))
                return tr("--remote needs BASE_URI=DIR");
            std::pair<std::string, QString> remote;
            if (const QString error = parseRemote(v, remote); !error.isEmpty())
                return error;
            options.load.remotes.push_back(std::move(remote));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return tr("unknown option \"%1\"").arg(arg);
        } else {
            positional << arg;
        }
    }
    if (positional.isEmpty())
        return tr("no schema given");
    options.schemaPath = positional.takeFirst();
    if (!positional.isEmpty())
        options.dataPath = positional.takeFirst();
    if (!positional.isEmpty())
        return tr("unexpected argument \"%1\"").arg(positional.first());
    if (options.action == QLatin1String("roundtrip") && options.dataPath.isEmpty())
        return tr("form roundtrip needs a DATA file");
    if (options.action == QLatin1String("show") && options.screenshot.isEmpty())
        return tr("form show needs --screenshot FILE.png");
    return {};
}

Expected<std::shared_ptr<const forms::FormDefinition>> loadDefinition(const Options &options)
{
    if (QFileInfo(options.schemaPath).isDir())
        return forms::FormDefinition::load(options.schemaPath, options.load);
    QString i18nDir = options.i18nDir;
    if (i18nDir.isEmpty() && !options.uiPath.isEmpty()) {
        const QString beside = QFileInfo(options.uiPath).dir().filePath(QStringLiteral("i18n"));
        if (QFileInfo(beside).isDir())
            i18nDir = beside;
    }
    return forms::FormDefinition::fromFiles(options.schemaPath, options.uiPath, i18nDir,
                                            options.load);
}

void printJsonLine(const json::Value &value)
{
    std::string text = json::serialize(value);
    text.push_back('\n');
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace

int runForm(const QStringList &args)
{
    Options options;
    const QString problem = parseArguments(args, options);
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usageText());
        return ExitUsage;
    }
    auto definition = loadDefinition(options);
    if (!definition) {
        printError(tr("the form \"%1\" cannot be used: %2")
                       .arg(options.schemaPath, definition.error().message));
        return ExitUsage;
    }
    json::Value document;
    if (!options.dataPath.isEmpty()) {
        QFile file(options.dataPath);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("cannot read \"%1\": %2").arg(options.dataPath, file.errorString()));
            return ExitUsage;
        }
        const QByteArray bytes = file.readAll();
        auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!parsed) {
            printError(
                tr("\"%1\" is not valid JSON: %2").arg(options.dataPath, parsed.error().message));
            return ExitUsage;
        }
        document = std::move(*parsed);
    } else if ((*definition)->formSchema().root().kind == forms::FieldKind::Object) {
        document = json::Value::object();
    }

    model::FormModel model((*definition)->compiled());
    const bool roundtrip = options.action == QLatin1String("roundtrip");
    // The round trip reads values, not errors: validation may finish in the background.
    model.setDocument(std::move(document), roundtrip ? model::FormModel::Validation::Auto
                                                     : model::FormModel::Validation::Sync);
    ui::form::FormView view(*definition, &model);
    view.resize(options.size);

    if (roundtrip) {
        const json::Value back = view.readDocument();
        printJsonLine(back);
        std::fflush(stdout);
        return ExitOk;
    }
    if (options.action == QLatin1String("fields")) {
        for (const ui::form::FieldInfo &f : view.fields()) {
            json::Object line;
            line.appendUnique("pointer", json::Value(f.pointer.toStdString()));
            line.appendUnique("widget",
                              json::Value(std::string(f.widget->metaObject()->className())));
            line.appendUnique("label", json::Value(f.label.toStdString()));
            line.appendUnique("required", json::Value(f.required));
            line.appendUnique("visible", json::Value(f.visible));
            printJsonLine(json::Value(std::move(line)));
        }
        std::fflush(stdout);
        return ExitOk;
    }

    // show: render once, as a person would see it, and save the picture.
    view.show();
    QCoreApplication::processEvents();
    if (options.validate)
        view.validateAll();
    if (!options.focus.isEmpty())
        view.focusPointer(options.focus);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QPixmap picture = view.grab();
    if (!picture.save(options.screenshot)) {
        printError(tr("cannot write \"%1\"").arg(options.screenshot));
        return ExitUsage;
    }
    return ExitOk;
}

GUICHET_CLI_COMMAND(
    "form",
    QT_TRANSLATE_NOOP("guichet::cli",
                      "Render a form with real widgets: list its fields, round-trip "
                      "a document, or take a screenshot"),
    true, runForm);

} // namespace guichet::cli

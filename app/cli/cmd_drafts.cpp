// guichet-cli drafts new|list|show|export|import|delete|restore: the encrypted draft store,
// headless.
#include "command.h"

#include "core/drafts/draftstore.h"
#include "core/drafts/localprofile.h"
#include "core/drafts/secretkey.h"
#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace guichet::cli {

namespace {

QString usageText()
{
    return tr("usage: guichet-cli drafts new FORM DATA.json [--title TITLE]\n"
              "       guichet-cli drafts list [--deleted]\n"
              "       guichet-cli drafts show ID\n"
              "       guichet-cli drafts export ID FILE\n"
              "       guichet-cli drafts import FILE\n"
              "       guichet-cli drafts delete ID | restore ID\n"
              "options: --data-dir DIR, --passphrase-stdin (first line of stdin: the passphrase "
              "of the drafts when no keychain answers, and of the file for export and import "
              "unless a second line gives the file's own)\n"
              "FORM is a bundled form's id (its latest version) or id@version.");
}

struct Options
{
    QString action;
    QStringList positional;
    QString dataDir;
    QString title;
    bool passphraseStdin = false;
    bool deleted = false;
};

QString parseArguments(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](const char *name, QString &out) -> bool {
            const QString n = QLatin1String(name);
            if (arg.startsWith(n + QLatin1Char('='))) {
                out = arg.mid(n.size() + 1);
                return !out.isEmpty();
            }
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        auto is = [&](const char *name) {
            return arg == QLatin1String(name) || arg.startsWith(QLatin1String(name) + '=');
        };
        QString ignored;
        if (is("--data-dir")) {
            if (!value("--data-dir", options.dataDir))
                return tr("--data-dir needs a folder");
        } else if (is("--title")) {
            if (!value("--title", options.title))
                return tr("--title needs a text");
        } else if (is("--lang")) {
            if (!value("--lang", ignored)) // applied by main()
                return tr("--lang needs a language");
        } else if (arg == QLatin1String("--passphrase-stdin")) {
            options.passphraseStdin = true;
        } else if (arg == QLatin1String("--deleted")) {
            options.deleted = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return tr("unknown option \"%1\"").arg(arg);
        } else {
            options.positional << arg;
        }
    }
    // Options may come before the action too: the action is the first other word.
    if (options.positional.isEmpty())
        return tr("drafts needs an action: new, list, show, export, import, delete or restore");
    options.action = options.positional.takeFirst();
    static const QStringList actions{QStringLiteral("new"),    QStringLiteral("list"),
                                     QStringLiteral("show"),   QStringLiteral("export"),
                                     QStringLiteral("import"), QStringLiteral("delete"),
                                     QStringLiteral("restore")};
    if (!actions.contains(options.action))
        return tr("unknown drafts action \"%1\"").arg(options.action);
    const QString &a = options.action;
    const int wanted = a == QLatin1String("list")                                  ? 0
                       : a == QLatin1String("new") || a == QLatin1String("export") ? 2
                                                                                   : 1;
    if (options.positional.size() < wanted)
        return QCoreApplication::translate("guichet::cli", "drafts %1 needs %n argument(s)",
                                           nullptr, wanted)
            .arg(a);
    if (options.positional.size() > wanted)
        return tr("unexpected argument \"%1\"").arg(options.positional.at(wanted));
    return {};
}

// The exit code for a failure of the store (DESIGN.md's table).
int exitCodeFor(const Error &error)
{
    using namespace drafts::errors;
    const QString &c = error.code;
    if (c == QLatin1String(damaged) || c == QLatin1String(storageDamaged) ||
        c == QLatin1String(keyMissing))
        return ExitDamaged;
    if (c == QLatin1String(notFound) || c == QLatin1String(passphraseWrong) ||
        c == QLatin1String(exportRefused))
        return ExitInvalid;
    return ExitUsage;
}

int fail(const Error &error)
{
    printError(error.message);
    return exitCodeFor(error);
}

// The passphrases of one run. With --passphrase-stdin, the first line of stdin is the drafts'
// passphrase (used when no keychain answers) and also the file's for export and import, unless a
// second line gives the file its own. Otherwise they are asked on the terminal, without echo.
class Passphrases
{
public:
    explicit Passphrases(bool fromStdin) : m_fromStdin(fromStdin) {}
    ~Passphrases()
    {
        for (QString &line : m_lines)
            drafts::wipe(line);
    }

    // The drafts' passphrase from stdin (nullopt without --passphrase-stdin or when empty).
    std::optional<QString> fromStdin() { return line(0); }

    std::optional<QString> forStore()
    {
        if (m_fromStdin)
            return line(0);
        return promptTerminal(
            QCoreApplication::translate("guichet::cli", "Passphrase of the drafts: "));
    }

    std::optional<QString> forFile(const QString &prompt, bool confirm)
    {
        if (m_fromStdin) {
            // A second line is looked for only on a pipe: on a terminal it would wait for one.
            if (std::optional<QString> own = ::isatty(0) ? std::nullopt : line(1))
                return own;
            return line(0);
        }
        std::optional<QString> first = promptTerminal(prompt);
        if (!first || !confirm)
            return first;
        std::optional<QString> again =
            promptTerminal(QCoreApplication::translate("guichet::cli", "Repeat the passphrase: "));
        if (!again || *again != *first) {
            printError(QCoreApplication::translate("guichet::cli", "the two passphrases differ"));
            return std::nullopt;
        }
        return first;
    }

private:
    std::optional<QString> line(int index)
    {
        if (!m_fromStdin)
            return std::nullopt;
        while (m_lines.size() <= index) {
            QByteArray bytes;
            if (!m_stdinDone) {
                if (!m_stdin.isOpen())
                    m_stdin.open(stdin, QIODevice::ReadOnly);
                bytes = m_stdin.readLine();
                m_stdinDone = bytes.isEmpty();
            }
            while (bytes.endsWith('\n') || bytes.endsWith('\r'))
                bytes.chop(1);
            m_lines << QString::fromUtf8(bytes);
            drafts::wipe(bytes);
        }
        if (m_lines.at(index).isEmpty())
            return std::nullopt;
        return m_lines.at(index);
    }

private:
    static std::optional<QString> promptTerminal(const QString &prompt)
    {
#ifdef Q_OS_UNIX
        const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
        if (fd < 0)
            return std::nullopt;
        termios saved{};
        const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
        if (isTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(fd, TCSAFLUSH, &quiet);
        }
        const QByteArray text = prompt.toUtf8();
        (void)!::write(fd, text.constData(), std::size_t(text.size()));
        QByteArray line;
        char c = 0;
        while (::read(fd, &c, 1) == 1 && c != '\n')
            line.append(c);
        if (isTerminal)
            ::tcsetattr(fd, TCSAFLUSH, &saved);
        (void)!::write(fd, "\n", 1);
        ::close(fd);
        while (line.endsWith('\r'))
            line.chop(1);
        QString result = QString::fromUtf8(line);
        drafts::wipe(line);
        if (result.isEmpty())
            return std::nullopt;
        return result;
#else
        Q_UNUSED(prompt);
        return std::nullopt;
#endif
    }

    bool m_fromStdin;
    QFile m_stdin;
    bool m_stdinDone = false;
    QStringList m_lines;
};

// FORM: "id" (the highest bundled version) or "id@version".
Expected<std::shared_ptr<const forms::FormDefinition>> resolveForm(const QString &spec)
{
    static const QRegularExpression shape(
        QStringLiteral("^([a-z0-9][a-z0-9-]*)(?:@([1-9][0-9]*))?$"));
    const QRegularExpressionMatch m = shape.match(spec);
    const auto unknown = [&] {
        return Error{QStringLiteral("forms.unknown"),
                     tr("there is no form \"%1\" (use a catalogue id, or id@version)").arg(spec),
                     {spec}};
    };
    if (!m.hasMatch())
        return unknown();
    const QDir formDir(QDir(paths::formsDirectory()).filePath(m.captured(1)));
    int version = m.captured(2).toInt();
    if (version == 0) {
        for (const QString &entry : formDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool isNumber = false;
            const int v = entry.toInt(&isNumber);
            if (isNumber && v > version &&
                QFileInfo::exists(formDir.filePath(entry + "/schema.json")))
                version = v;
        }
    }
    const QString dir = formDir.filePath(QString::number(version));
    if (version == 0 || !QFileInfo::exists(dir + QStringLiteral("/schema.json")))
        return unknown();
    return forms::FormDefinition::load(dir);
}

void printJsonLine(const json::Value &value)
{
    std::string text = json::serialize(value);
    text.push_back('\n');
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

Expected<QByteArray> readDocument(const QString &path, json::Value &parsed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io.unreadable"),
                     tr("cannot read \"%1\": %2").arg(path, file.errorString()),
                     {path}};
    QByteArray bytes = file.readAll();
    auto value = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!value)
        return Error{QStringLiteral("json.syntax"),
                     tr("\"%1\" is not valid JSON: %2").arg(path, value.error().message),
                     {path}};
    parsed = std::move(*value);
    return bytes;
}

int runNew(drafts::DraftStore &store, const Options &options)
{
    auto definition = resolveForm(options.positional.at(0));
    if (!definition) {
        printError(definition.error().message);
        return ExitUsage;
    }
    json::Value document;
    auto bytes = readDocument(options.positional.at(1), document);
    if (!bytes)
        return fail(bytes.error());
    // An invalid draft is still a draft: it is saved, with its validity, and finished later.
    const schema::ValidationResult result = (*definition)->compiled()->validate(document);
    drafts::DraftValidity validity{result.valid ? drafts::DraftValidity::Valid
                                                : drafts::DraftValidity::Invalid,
                                   int(result.errors.size())};
    const QString title = options.title.isEmpty() ? (*definition)->title() : options.title;
    auto id =
        store.create((*definition)->id(), (*definition)->version(), title, *bytes, {}, validity);
    drafts::wipe(*bytes);
    if (!id)
        return fail(id.error());
    if (!result.valid)
        printError(QCoreApplication::translate("guichet::cli",
                                               "the draft is saved but not valid yet (%n "
                                               "error(s))",
                                               nullptr, int(result.errors.size())));
    printOut(*id + QLatin1Char('\n'));
    return ExitOk;
}

int runList(drafts::DraftStore &store, const Options &options)
{
    auto drafts = store.list({options.deleted, {}});
    if (!drafts)
        return fail(drafts.error());
    for (const drafts::DraftInfo &info : *drafts) {
        json::Object line;
        line.appendUnique("id", json::Value(info.id.toStdString()));
        line.appendUnique("form", json::Value(info.formId.toStdString()));
        line.appendUnique("version", json::Value(info.formVersion));
        line.appendUnique("title", json::Value(info.title.toStdString()));
        line.appendUnique("updated",
                          json::Value(info.updated.toString(Qt::ISODateWithMs).toStdString()));
        line.appendUnique(
            "validity",
            json::Value(drafts::DraftValidity::stateName(info.validity.state).toStdString()));
        if (info.damaged)
            line.appendUnique("damaged", json::Value(true));
        printJsonLine(json::Value(std::move(line)));
    }
    return ExitOk;
}

int runShow(drafts::DraftStore &store, const Options &options)
{
    auto draft = store.load(options.positional.at(0));
    if (!draft)
        return fail(draft.error());
    QByteArray &document = draft->document;
    if (!document.endsWith('\n'))
        document.append('\n');
    std::fwrite(document.constData(), 1, std::size_t(document.size()), stdout);
    std::fflush(stdout);
    drafts::wipe(document);
    return ExitOk;
}

int runExport(drafts::DraftStore &store, const Options &options, Passphrases &passphrases)
{
    std::optional<QString> passphrase =
        passphrases.forFile(tr("Passphrase for the exported draft: "), true);
    if (!passphrase) {
        printError(tr("an exported draft needs a passphrase: give it with --passphrase-stdin"));
        return ExitUsage;
    }
    auto done = store.exportDraft(options.positional.at(0), options.positional.at(1), *passphrase);
    drafts::wipe(*passphrase);
    if (!done)
        return fail(done.error());
    return ExitOk;
}

int runImport(drafts::DraftStore &store, const Options &options, Passphrases &passphrases)
{
    std::optional<QString> passphrase =
        passphrases.forFile(tr("Passphrase of the draft file: "), false);
    if (!passphrase) {
        printError(tr("a draft file needs its passphrase: give it with --passphrase-stdin"));
        return ExitUsage;
    }
    auto id = store.importDraft(options.positional.at(0), *passphrase);
    drafts::wipe(*passphrase);
    if (!id)
        return fail(id.error());
    printOut(*id + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int runDrafts(const QStringList &args)
{
    Options options;
    if (const QString problem = parseArguments(args, options); !problem.isEmpty()) {
        printError(problem);
        printError(usageText());
        return ExitUsage;
    }
    const QString dataDir =
        options.dataDir.isEmpty() ? drafts::LocalProfile::defaultDataDirectory() : options.dataDir;
    // Without a signed-in identity, drafts belong to the data folder's local profile.
    auto profile = drafts::LocalProfile::openOrCreate(dataDir);
    if (!profile)
        return fail(profile.error());

    Passphrases passphrases(options.passphraseStdin);
    drafts::KeyProvider keys;
    keys.setPassphraseSource([&](drafts::KeyProvider::PassphrasePurpose purpose) {
        // A new passphrase-protected key only on request: the error without one says how.
        if (purpose == drafts::KeyProvider::PassphrasePurpose::Create)
            return passphrases.fromStdin();
        return passphrases.forStore();
    });
    auto store = drafts::DraftStore::open(dataDir, profile->owner(), keys);
    if (!store)
        return fail(store.error());

    const QString &a = options.action;
    if (a == QLatin1String("new"))
        return runNew(**store, options);
    if (a == QLatin1String("list"))
        return runList(**store, options);
    if (a == QLatin1String("show"))
        return runShow(**store, options);
    if (a == QLatin1String("export"))
        return runExport(**store, options, passphrases);
    if (a == QLatin1String("import"))
        return runImport(**store, options, passphrases);
    const drafts::Status done = a == QLatin1String("delete")
                                    ? (*store)->remove(options.positional.at(0))
                                    : (*store)->restore(options.positional.at(0));
    if (!done)
        return fail(done.error());
    return ExitOk;
}

GUICHET_CLI_COMMAND("drafts",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "Keep drafts in the encrypted store: new, list, show, "
                                      "export, import, delete"),
                    false, runDrafts);

} // namespace guichet::cli

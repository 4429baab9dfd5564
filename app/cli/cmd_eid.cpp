// guichet-cli eid status [--module PATH] [--data-dir DIR]: the PKCS#11 modules, their readers,
// the cards in them and the cards' certificates, as one JSON document on stdout.
#include "command.h"

#include "core/datadir.h"
#include "core/eid/certificateinfo.h"
#include "core/eid/modulefinder.h"
#include "core/eid/pkcs11module.h"
#include "core/eid/pkcs11session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {

namespace {

QString usageText()
{
    return tr("usage: guichet-cli eid status [--module PATH] [--data-dir DIR]");
}

struct Options
{
    QString module;
    QString dataDir;
};

QString parseArguments(const QStringList &args, Options &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto value = [&](const char *name, QString &out) -> int {
            const QString option = QLatin1String(name);
            if (arg.startsWith(option + QLatin1Char('='))) {
                out = arg.mid(option.size() + 1);
                return 1;
            }
            if (arg != option)
                return 0;
            if (i + 1 >= args.size())
                return -1;
            out = args[++i];
            return 1;
        };
        QString ignored;
        int found = 0;
        if ((found = value("--module", options.module)) != 0) {
            if (found < 0 || options.module.isEmpty())
                return tr("--module needs the path of a PKCS#11 module");
        } else if ((found = value("--data-dir", options.dataDir)) != 0) {
            if (found < 0 || options.dataDir.isEmpty())
                return tr("--data-dir needs a folder");
        } else if ((found = value("--lang", ignored)) != 0) {
            if (found < 0)
                return tr("--lang needs a language"); // the language itself is main()'s
        } else {
            return tr("unknown argument \"%1\"").arg(arg);
        }
    }
    return {};
}

QString keyTypeName(const eid::CertificateInfo &info)
{
    if (!info.curve.isEmpty())
        return info.keyType + QLatin1Char(' ') + info.curve;
    if (info.keyBits > 0)
        return QStringLiteral("%1-%2").arg(info.keyType).arg(info.keyBits);
    return info.keyType;
}

QJsonObject certificateJson(const eid::CertificateObject &object)
{
    // The card holder's own data, so nothing is masked here; none of it is logged.
    QJsonObject json{{QStringLiteral("label"), object.label},
                     {QStringLiteral("id"), QString::fromLatin1(object.id.toHex())}};
    const Expected<eid::CertificateInfo> info = eid::readCertificate(object.der);
    if (!info) {
        json.insert(QStringLiteral("error"), info.error().message);
        return json;
    }
    json.insert(QStringLiteral("subject"), info->subject);
    json.insert(QStringLiteral("issuer"), info->issuer);
    json.insert(QStringLiteral("holder"), info->holderName());
    json.insert(QStringLiteral("nationalNumber"), info->nationalNumber);
    json.insert(QStringLiteral("notBefore"), info->notBefore.toString(Qt::ISODate));
    json.insert(QStringLiteral("notAfter"), info->notAfter.toString(Qt::ISODate));
    json.insert(QStringLiteral("keyType"), keyTypeName(*info));
    return json;
}

QJsonObject tokenJson(const std::shared_ptr<eid::Module> &module, const eid::TokenInfo &token)
{
    QJsonObject json{{QStringLiteral("label"), token.label},
                     {QStringLiteral("serial"), token.serialNumber},
                     {QStringLiteral("manufacturer"), token.manufacturer},
                     {QStringLiteral("model"), token.model},
                     {QStringLiteral("pinState"), eid::pinStateName(token.pinState)},
                     {QStringLiteral("protectedAuthPath"), token.protectedAuthenticationPath},
                     {QStringLiteral("minPin"), token.minPinLength},
                     {QStringLiteral("maxPin"), token.maxPinLength}};
    QJsonArray certificates;
    if (token.initialized) {
        // Certificates are public objects: no PIN needed.
        auto session = eid::Session::openSlot(module, token.slotId);
        Expected<QList<eid::CertificateObject>> objects =
            session ? (*session)->certificates()
                    : Expected<QList<eid::CertificateObject>>(session.error());
        if (objects) {
            for (const eid::CertificateObject &object : *objects)
                certificates.append(certificateJson(object));
        } else {
            json.insert(QStringLiteral("error"), objects.error().message);
        }
    }
    json.insert(QStringLiteral("certificates"), certificates);
    return json;
}

QJsonObject moduleJson(const std::shared_ptr<eid::Module> &module)
{
    const eid::ModuleInfo info = module->info();
    QJsonObject json{{QStringLiteral("path"), module->path()},
                     {QStringLiteral("description"), info.description},
                     {QStringLiteral("manufacturer"), info.manufacturer},
                     {QStringLiteral("cryptokiVersion"), info.cryptokiVersion}};
    QJsonArray slotArray;
    const Expected<QList<eid::SlotInfo>> slotInfos = module->slotList();
    if (!slotInfos) {
        json.insert(QStringLiteral("error"), slotInfos.error().message);
    } else {
        for (const eid::SlotInfo &slot : *slotInfos) {
            QJsonObject slotJson{{QStringLiteral("id"), double(slot.id)},
                                 {QStringLiteral("description"), slot.description},
                                 {QStringLiteral("tokenPresent"), slot.tokenPresent}};
            if (slot.tokenPresent) {
                const Expected<eid::TokenInfo> token = module->tokenInfo(slot.id);
                if (token)
                    slotJson.insert(QStringLiteral("token"), tokenJson(module, *token));
                else
                    slotJson.insert(QStringLiteral("error"), token.error().message);
            }
            slotArray.append(slotJson);
        }
    }
    json.insert(QStringLiteral("slots"), slotArray);
    return json;
}

int runStatus(const QStringList &args)
{
    Options options;
    if (const QString error = parseArguments(args, options); !error.isEmpty()) {
        printError(error);
        printError(usageText());
        return ExitUsage;
    }

    QStringList paths;
    if (!options.dataDir.isEmpty()) {
        DataDir dataDir(options.dataDir);
        if (!QFileInfo(options.dataDir).isDir()) {
            printError(tr("--data-dir: \"%1\" is not a folder").arg(options.dataDir));
            return ExitUsage;
        }
        if (const Expected<bool> trust = dataDir.loadTrust(); !trust) {
            printError(trust.error().message);
            return ExitDamaged;
        }
        // Before any module is loaded: SoftHSM2 reads SOFTHSM2_CONF in C_Initialize.
        dataDir.applyTokenEnvironment();
        if (options.module.isEmpty() && !dataDir.eidModule().isEmpty())
            paths << dataDir.eidModule();
    }

    QJsonArray modules;
    if (!options.module.isEmpty()) {
        // The module asked for must load: anything else is unusable input.
        const Expected<std::shared_ptr<eid::Module>> module = eid::Module::load(options.module);
        if (!module) {
            printError(module.error().message);
            return ExitUsage;
        }
        modules.append(moduleJson(*module));
    } else {
        for (const eid::ModuleFinder::Module &found : eid::ModuleFinder().find()) {
            if (found.exists && !found.trustPolicy)
                paths << found.path;
        }
        QStringList seen;
        for (const QString &path : std::as_const(paths)) {
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen << canonical;
            const Expected<std::shared_ptr<eid::Module>> module = eid::Module::load(path);
            if (module)
                modules.append(moduleJson(*module));
            else
                modules.append(QJsonObject{{QStringLiteral("path"), path},
                                           {QStringLiteral("error"), module.error().message},
                                           {QStringLiteral("slots"), QJsonArray()}});
        }
    }

    printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("modules"), modules}})
                                   .toJson(QJsonDocument::Indented)));
    return ExitOk;
}

int runEid(const QStringList &args)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        printError(tr("eid needs a subcommand"));
        printError(usageText());
        return ExitUsage;
    }
    if (args.first() == QLatin1String("status"))
        return runStatus(args.mid(1));
    printError(tr("unknown eid subcommand \"%1\"").arg(args.first()));
    printError(usageText());
    return ExitUsage;
}

} // namespace

GUICHET_CLI_COMMAND("eid",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "eID: card readers, cards and certificates (eid status)"),
                    false, runEid);

} // namespace guichet::cli

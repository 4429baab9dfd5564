// The process tst_draftscrash kills: opens the draft store and saves drafts in a loop, printing
// "saved <id> <seq>" (flushed) after each save that returned success. Every document holds its
// seq, which only grows, so the test can check after a kill that each reported save is there.
//
// usage: draftwriter DIR OWNER PASSPHRASE [DRAFTS]
//   The key is protected by PASSPHRASE (no keychain: GUICHET_KEYCHAIN is forced off), or taken
//   as is from GUICHET_WRITER_KEY=<keyId>:<hex key> when set, which skips scrypt at each start.
#include "core/drafts/draftstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <map>

using namespace guichet;
using namespace guichet::drafts;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QByteArray document(qint64 seq)
{
    // Variable size, so that saves move between pages and overflow chains.
    const int padding = int(QRandomGenerator::global()->bounded(6000));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("seq"), double(seq)},
                           {QStringLiteral("niss"), QStringLiteral("85073003328")},
                           {QStringLiteral("padding"), QString(padding, QLatin1Char('p'))}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: draftwriter DIR OWNER PASSPHRASE [DRAFTS]\n", stderr);
        return 2;
    }
    qputenv("GUICHET_KEYCHAIN", "off");
    const int wanted = args.size() > 4 ? args[4].toInt() : 6;

    Expected<std::unique_ptr<DraftStore>> store = Error{};
    const QByteArray fixed = qgetenv("GUICHET_WRITER_KEY");
    if (!fixed.isEmpty()) {
        const int colon = fixed.indexOf(':');
        const DataKey key{QString::fromLatin1(fixed.left(colon)),
                          SecretKey::fromBytes(QByteArray::fromHex(fixed.mid(colon + 1)))};
        store = DraftStore::open(args[1], args[2], key);
    } else {
        KeyProvider keys;
        keys.setPassphrase(args[3]);
        store = DraftStore::open(args[1], args[2], keys);
    }
    if (!store) {
        std::fprintf(stderr, "draftwriter: %s\n", qPrintable(store.error().message));
        return 1;
    }
    DraftStore &drafts = **store;

    std::map<QString, qint64> seqs;
    auto listed = drafts.list();
    if (!listed)
        return 1;
    for (const DraftInfo &info : *listed) {
        auto draft = drafts.load(info.id);
        if (!draft) {
            std::fprintf(stderr, "draftwriter: %s\n", qPrintable(draft.error().message));
            return 1;
        }
        seqs[info.id] =
            qint64(QJsonDocument::fromJson(draft->document).object().value("seq").toDouble());
    }
    say(QStringLiteral("ready %1").arg(seqs.size()));

    for (qint64 round = 0;; ++round) {
        if (int(seqs.size()) < wanted && round % 5 == 0) {
            auto id = drafts.create(QStringLiteral("dimona"), 1, QStringLiteral("Writer draft"),
                                    document(1), QStringLiteral("85073003328"));
            if (!id) {
                std::fprintf(stderr, "draftwriter: %s\n", qPrintable(id.error().message));
                return 1;
            }
            seqs[*id] = 1;
            say(QStringLiteral("saved %1 %2").arg(*id).arg(1));
            continue;
        }
        auto it = seqs.begin();
        std::advance(it, qsizetype(round % qint64(seqs.size())));
        const qint64 next = it->second + 1;
        if (auto saved = drafts.save(it->first, document(next), {DraftValidity::Valid, 0});
            !saved) {
            std::fprintf(stderr, "draftwriter: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        it->second = next;
        say(QStringLiteral("saved %1 %2").arg(it->first).arg(next));
    }
}

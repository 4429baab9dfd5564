// Runs the format cases of the JSON-Schema-Test-Suite straight through checkFormat(): every
// string instance of every optional/format file, expecting the suite's verdict except for the
// cases listed in known-failures.txt.
#include "core/schema/formats.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using guichet::schema::checkFormat;
using guichet::schema::FormatCheck;

class TestFormatsSuite : public QObject
{
    Q_OBJECT

private slots:
    void suite_data();
    void suite();

private:
    struct Source
    {
        QString label;
        QStringList files;
    };
    static QList<Source> sources();
    static QHash<QString, QString> knownFailures();
};

QList<TestFormatsSuite::Source> TestFormatsSuite::sources()
{
    QList<Source> result;
    const auto addDir = [&](const QString &label, const QString &path) {
        const QDir dir(path);
        if (!dir.exists())
            return;
        Source source{label, {}};
        const auto names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            source.files << dir.filePath(name);
        result << source;
    };
    const QString shared = qEnvironmentVariable("GUICHET_SHARED_DIR");
    if (!shared.isEmpty())
        addDir(QStringLiteral("draft2020-12"),
               shared +
                   QStringLiteral("/json-schema-test-suite/tests/draft2020-12/optional/format"));
    const QString debian = QStringLiteral("/usr/share/json-schema-test-suite/tests");
    addDir(QStringLiteral("debian-draft7"), debian + QStringLiteral("/draft7/optional/format"));
    for (const char *draft : {"draft6", "draft4"}) {
        const QString file = debian + QLatin1Char('/') + QLatin1String(draft) +
                             QStringLiteral("/optional/format.json");
        if (QFile::exists(file))
            result << Source{QStringLiteral("debian-") + QLatin1String(draft), {file}};
    }
    return result;
}

// "SUITE/FILE|description" -> reason
QHash<QString, QString> TestFormatsSuite::knownFailures()
{
    QHash<QString, QString> result;
    QFile file(QStringLiteral(GUICHET_KNOWN_FAILURES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 3)
            continue;
        result.insert(parts[0].trimmed() + QLatin1Char('|') + parts[1].trimmed(),
                      parts.mid(2).join(QLatin1Char('|')).trimmed());
    }
    return result;
}

void TestFormatsSuite::suite_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("knownFailure");

    const auto all = sources();
    if (all.isEmpty())
        QSKIP("no JSON-Schema-Test-Suite found (GUICHET_SHARED_DIR or the Debian package)");
    const auto known = knownFailures();
    QSet<QString> seen;
    for (const Source &source : all) {
        for (const QString &path : source.files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).array();
            QVERIFY2(!groups.isEmpty(), qPrintable(path));
            const QString fileLabel = source.label + QLatin1Char('/') + QFileInfo(path).fileName();
            for (const QJsonValue &group : groups) {
                const QString format =
                    group[QLatin1String("schema")][QLatin1String("format")].toString();
                if (format.isEmpty())
                    continue;
                for (const QJsonValue &test : group[QLatin1String("tests")].toArray()) {
                    const QJsonValue data = test[QLatin1String("data")];
                    if (!data.isString())
                        continue; // formats only constrain strings
                    const QString description = test[QLatin1String("description")].toString();
                    QString name = fileLabel + QStringLiteral(": ") + description;
                    for (int n = 2; seen.contains(name); ++n)
                        name = fileLabel + QStringLiteral(": ") + description +
                               QStringLiteral(" #") + QString::number(n);
                    seen.insert(name);
                    QTest::newRow(qPrintable(name))
                        << format << data.toString() << test[QLatin1String("valid")].toBool()
                        << known.value(fileLabel + QLatin1Char('|') + description);
                }
            }
        }
    }
}

void TestFormatsSuite::suite()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, knownFailure);

    const QByteArray f = format.toUtf8();
    const QByteArray v = value.toUtf8();
    const FormatCheck result = checkFormat(std::string_view(f.constData(), std::size_t(f.size())),
                                           std::string_view(v.constData(), std::size_t(v.size())));
    // A format the engine does not know is an annotation: every instance passes.
    const bool accepted = result != FormatCheck::Invalid;
    if (!knownFailure.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownFailure), Continue);
    QCOMPARE(accepted, valid);
}

QTEST_GUILESS_MAIN(TestFormatsSuite)
#include "tst_formats_suite.moc"

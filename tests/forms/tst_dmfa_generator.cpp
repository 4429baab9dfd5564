// scripts/generate-dmfa (shared with bench/) produces DmfA declarations of any size for
// forms/dmfa/1: valid ones validate, and with --invalid-rate each reported fault is one error.
#include "core/json/parser.h"
#include "core/schema/schema.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace guichet;

class TestDmfaGenerator : public QObject
{
    Q_OBJECT

    QString m_source = qEnvironmentVariable("GUICHET_SOURCE_DIR");
    std::shared_ptr<const schema::CompiledSchema> m_schema;
    QTemporaryDir m_dir;

    // Runs the generator; returns the document and the faults it reports ("kind n, ...").
    bool generate(const QStringList &args, json::Value &document, int &faults)
    {
        const QString out = m_dir.filePath(QStringLiteral("dmfa.json"));
        QProcess p;
        p.start(QStringLiteral("python3"),
                QStringList{m_source + QStringLiteral("/scripts/generate-dmfa"),
                            QStringLiteral("--out"), out} +
                    args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return false;
        }
        faults = 0;
        const QString err = QString::fromUtf8(p.readAllStandardError());
        static const QRegularExpression count(QStringLiteral(R"([A-Za-z0-9-]+ (\d+))"));
        for (auto it = count.globalMatch(err.section(QStringLiteral("faults:"), 1)); it.hasNext();)
            faults += it.next().captured(1).toInt();
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = f.readAll();
        auto parsed = json::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
        if (!parsed)
            return false;
        document = std::move(parsed).value();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_source + QStringLiteral("/forms/dmfa/1/schema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto parsed = json::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
        QVERIFY(parsed.hasValue());
        schema::CompileOptions options;
        options.formatAssertion = true;
        auto compiled = schema::compile(parsed.value(), options);
        QVERIFY2(compiled.hasValue(), qPrintable(compiled ? QString() : compiled.error().message));
        m_schema = compiled.value();
    }

    void validDeclarations_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("seed");
        QTest::addRow("one worker") << 1 << 1;
        QTest::addRow("50 workers") << 50 << 2;
        QTest::addRow("400 workers, other seed") << 400 << 7;
    }

    void validDeclarations()
    {
        QFETCH(int, workers);
        QFETCH(int, seed);
        json::Value document;
        int faults = -1;
        QVERIFY(generate({QStringLiteral("--workers"), QString::number(workers),
                          QStringLiteral("--seed"), QString::number(seed)},
                         document, faults));
        const auto result = m_schema->validate(document);
        QVERIFY2(result.valid, result.errors.empty() ? "invalid"
                                                     : (result.errors.front().instanceLocation +
                                                        " " + result.errors.front().keyword)
                                                           .c_str());
    }

    void faultsBecomeErrors()
    {
        json::Value document;
        int faults = 0;
        QVERIFY(generate({QStringLiteral("--workers"), QStringLiteral("300"),
                          QStringLiteral("--seed"), QStringLiteral("5"),
                          QStringLiteral("--invalid-rate"), QStringLiteral("0.03")},
                         document, faults));
        QVERIFY(faults > 0);
        const auto result = m_schema->validate(document);
        QVERIFY(!result.valid);
        QCOMPARE(int(result.errors.size()), faults);
    }
};

QTEST_GUILESS_MAIN(TestDmfaGenerator)
#include "tst_dmfa_generator.moc"

// The employer workspace's core without widgets or network: the CSV reader and writer, the
// staff CSV columns, the import plan (rows checked by the staff-record form's schema), the
// conflict diff, and the Dimona and DmfA documents built from register entries, checked against
// the bundled forms' schemas.
#include "core/i18n.h"
#include "core/schema/messages.h"
#include "core/staff/csvparser.h"
#include "core/staff/csvwriter.h"
#include "core/staff/dimonabuilder.h"
#include "core/staff/dmfabuilder.h"
#include "core/staff/formcache.h"
#include "core/staff/importplan.h"
#include "core/staff/jsonpointer.h"
#include "core/staff/recorddiff.h"
#include "core/staff/staffcsv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace guichet;
using namespace guichet::staff;

namespace {

QJsonObject sample(const QString &name)
{
    QFile file(QDir(QStringLiteral(GUICHET_TEST_FORMS_DIR))
                   .filePath(QStringLiteral("staff-record/1/samples/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList errorsOf(const forms::FormDefinition &form, const QJsonObject &document)
{
    QStringList out;
    for (const schema::ValidationError &e : FormCache::validate(form, document).errors)
        out << QString::fromStdString(e.instanceLocation) + QLatin1Char(' ') +
                   schema::message(e, &form.messageOverrides());
    return out;
}

using Rows = QList<QStringList>;

} // namespace

class TestStaffCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_data();
    void parse();
    void parseRefusesWhatIsNotUtf8();
    void parseRefusesAnEmptyFile();

    void cell_data();
    void cell();
    void headerNamesAreForgiving();

    void writeThenReadGivesTheSameDocuments();
    void writerQuotesOnlyWhatNeedsIt_data();
    void writerQuotesOnlyWhatNeedsIt();

    void planChecksEveryRow();
    void planRefusesAnUnknownColumn();
    void planMessagesFollowTheLanguage();

    void conflictListsEveryDifferingField();

    void dimonaFromTheRegisterIsValid_data();
    void dimonaFromTheRegisterIsValid();
    void dimonaJointCommission_data();
    void dimonaJointCommission();
    void dmfaFromTheRegisterIsValid();
};

void TestStaffCsv::initTestCase()
{
    qputenv("GUICHET_FORMS_DIR", GUICHET_TEST_FORMS_DIR);
    QVERIFY(FormCache::staffRecord().hasValue());
    QVERIFY(FormCache::dimona().hasValue());
    QVERIFY(FormCache::dmfa().hasValue());
}

void TestStaffCsv::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("problems");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    const Rows oneTwo{{QStringLiteral("1"), QStringLiteral("2")}};
    QTest::addRow("semicolon") << QByteArray("a;b\n1;2\n") << ";" << false << ab << oneTwo
                               << QList<int>{2} << QStringList{QString()};
    QTest::addRow("comma detected") << QByteArray("a,b\n1,2\n") << "," << false << ab << oneTwo
                                    << QList<int>{2} << QStringList{QString()};
    QTest::addRow("tab detected") << QByteArray("a\tb\n1\t2\n") << "\t" << false << ab << oneTwo
                                  << QList<int>{2} << QStringList{QString()};
    QTest::addRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF"
                      "a;b\n1;2\n")
        << ";" << true << ab << oneTwo << QList<int>{2} << QStringList{QString()};
    QTest::addRow("CRLF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << ";" << false << ab
                          << Rows{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3}
                          << QStringList{QString(), QString()};
    QTest::addRow("CR alone (old Mac)") << QByteArray("a;b\r1;2\r") << ";" << false << ab << oneTwo
                                        << QList<int>{2} << QStringList{QString()};
    QTest::addRow("no line end at the end") << QByteArray("a;b\n1;2") << ";" << false << ab
                                            << oneTwo << QList<int>{2} << QStringList{QString()};
    QTest::addRow("empty lines skipped")
        << QByteArray("\n\na;b\n\n1;2\n;\n \n3;4\n\n") << ";" << false << ab
        << Rows{{"1", "2"}, {"3", "4"}} << QList<int>{5, 8} << QStringList{QString(), QString()};
    QTest::addRow("separator inside quotes")
        << QByteArray("a;b\n\"x;y\";2\n") << ";" << false << ab << Rows{{"x;y", "2"}}
        << QList<int>{2} << QStringList{QString()};
    QTest::addRow("doubled quote")
        << QByteArray("a;b\n\"say \"\"hi\"\"\";2\n") << ";" << false << ab
        << Rows{{"say \"hi\"", "2"}} << QList<int>{2} << QStringList{QString()};
    QTest::addRow("line break inside quotes")
        << QByteArray("a;b\n\"line 1\r\nline 2\";2\n3;4\n") << ";" << false << ab
        << Rows{{"line 1\nline 2", "2"}, {"3", "4"}} << QList<int>{2, 4}
        << QStringList{QString(), QString()};
    QTest::addRow("decimal comma in a semicolon file")
        << QByteArray("a;b\n37,5;2\n") << ";" << false << ab << Rows{{"37,5", "2"}} << QList<int>{2}
        << QStringList{QString()};
    QTest::addRow("decimal comma quoted in a comma file")
        << QByteArray("a,b\n\"37,5\",2\n") << "," << false << ab << Rows{{"37,5", "2"}}
        << QList<int>{2} << QStringList{QString()};
    QTest::addRow("spaces around unquoted fields dropped, kept in quotes")
        << QByteArray("a ; b\n 1 ;\" 2 \"\n") << ";" << false << ab << Rows{{"1", " 2 "}}
        << QList<int>{2} << QStringList{QString()};
    QTest::addRow("Excel sep= line") << QByteArray("sep=,\na,b\n1,2\n") << "," << false << ab
                                     << oneTwo << QList<int>{3} << QStringList{QString()};
    QTest::addRow("missing trailing fields")
        << QByteArray("a;b\n1\n") << ";" << false << ab << Rows{{"1"}} << QList<int>{2}
        << QStringList{QString()};
    QTest::addRow("unterminated quote")
        << QByteArray("a;b\n1;\"open\n3;4\n") << ";" << false << ab << Rows{{"1", "open\n3;4\n"}}
        << QList<int>{2} << QStringList{QStringLiteral("csv.unterminatedQuote")};
    QTest::addRow("text after a closing quote")
        << QByteArray("a;b\n\"x\"y;2\n") << ";" << false << ab << Rows{{"xy", "2"}} << QList<int>{2}
        << QStringList{QStringLiteral("csv.textAfterQuote")};
    QTest::addRow("UTF-8 accents")
        << QByteArray("nom;ville\nGérard;Liège\n") << ";" << false << QStringList{"nom", "ville"}
        << Rows{{QStringLiteral("Gérard"), QStringLiteral("Liège")}} << QList<int>{2}
        << QStringList{QString()};
}

void TestStaffCsv::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(bool, bom);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, problems);

    const auto table = CsvParser::parse(bytes);
    QVERIFY2(table.hasValue(), table ? "" : qPrintable(table.error().message));
    QCOMPARE(QString(table->separator), separator);
    QCOMPARE(table->byteOrderMark, bom);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(table->rows.at(i).fields, rows.at(i));
        QCOMPARE(table->rows.at(i).line, lines.at(i));
        QCOMPARE(table->rows.at(i).problem, problems.at(i));
    }
}

void TestStaffCsv::parseRefusesWhatIsNotUtf8()
{
    // "Gérard" in Windows-1252, as Excel's plain "CSV" writes it.
    const auto table = CsvParser::parse(QByteArray("nom;ville\nG\xE9rard;Li\xE8ge\n"));
    QVERIFY(!table.hasValue());
    QCOMPARE(table.error().code, QStringLiteral("csv.encoding"));
    QCOMPARE(table.error().params.value(0), QStringLiteral("2"));
    QVERIFY(table.error().message.contains(QStringLiteral("UTF-8")));
}

void TestStaffCsv::parseRefusesAnEmptyFile()
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n;;\n")}) {
        const auto table = CsvParser::parse(bytes);
        QVERIFY(!table.hasValue());
        QCOMPARE(table.error().code, QStringLiteral("csv.empty"));
    }
}

void TestStaffCsv::cell_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QJsonValue>("expected");

    QTest::addRow("decimal comma") << "weeklyHours"
                                   << "37,5" << QJsonValue(37.5);
    QTest::addRow("decimal point") << "weeklyHours"
                                   << "37.5" << QJsonValue(37.5);
    QTest::addRow("whole number") << "weeklyHours"
                                  << "38" << QJsonValue(38);
    QTest::addRow("not a number stays text for the schema")
        << "weeklyHours"
        << "38 h" << QJsonValue(QStringLiteral("38 h"));
    QTest::addRow("thousands separator stays text")
        << "weeklyHours"
        << "1.234,5" << QJsonValue(QStringLiteral("1.234,5"));
    QTest::addRow("ISO date") << "startDate"
                              << "2026-12-31" << QJsonValue(QStringLiteral("2026-12-31"));
    QTest::addRow("Belgian date") << "startDate"
                                  << "31/12/2026" << QJsonValue(QStringLiteral("2026-12-31"));
    QTest::addRow("date with dots") << "startDate"
                                    << "1.3.2025" << QJsonValue(QStringLiteral("2025-03-01"));
    QTest::addRow("impossible date stays text")
        << "startDate"
        << "31/02/2026" << QJsonValue(QStringLiteral("31/02/2026"));
    QTest::addRow("printed national number")
        << "niss"
        << "85.07.30-033.28" << QJsonValue(QStringLiteral("85073003328"));
    QTest::addRow("national number that lost its leading 0")
        << "niss"
        << "5020433185" << QJsonValue(QStringLiteral("05020433185"));
    QTest::addRow("10 digits that are no national number stay as they are")
        << "niss"
        << "5020433184" << QJsonValue(QStringLiteral("5020433184"));
    QTest::addRow("IBAN with spaces")
        << "bankAccount"
        << "be68 5390 0754 7034" << QJsonValue(QStringLiteral("BE68539007547034"));
    QTest::addRow("joint committee with a decimal comma")
        << "jointCommittee"
        << "140,03" << QJsonValue(QStringLiteral("140.03"));
    QTest::addRow("choice in another case") << "workingTime"
                                            << "FULLTIME" << QJsonValue(QStringLiteral("fullTime"));
    QTest::addRow("code upper-cased") << "workerType"
                                      << "stu" << QJsonValue(QStringLiteral("STU"));
    QTest::addRow("empty country is Belgium") << "country"
                                              << "" << QJsonValue(QStringLiteral("BE"));
    QTest::addRow("empty cell is absent") << "email"
                                          << "  " << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("formula guard dropped") << "lastName"
                                           << "'=Dupont" << QJsonValue(QStringLiteral("=Dupont"));
    QTest::addRow("apostrophe kept in a name")
        << "lastName"
        << "'t Hooft" << QJsonValue(QStringLiteral("'t Hooft"));
}

void TestStaffCsv::cell()
{
    QFETCH(QString, column);
    QFETCH(QString, cell);
    QFETCH(QJsonValue, expected);
    const int index = StaffCsv::columnIndex(column);
    QVERIFY(index >= 0);
    const QJsonValue value = StaffCsv::cellValue(StaffCsv::columns()[std::size_t(index)], cell);
    QCOMPARE(value.type(), expected.type());
    QCOMPARE(value, expected);
}

void TestStaffCsv::headerNamesAreForgiving()
{
    QCOMPARE(StaffCsv::columnIndex(QStringLiteral("START_DATE")),
             StaffCsv::columnIndex(QStringLiteral("startDate")));
    QCOMPARE(StaffCsv::columnIndex(QStringLiteral("Postal code")),
             StaffCsv::columnIndex(QStringLiteral("postalCode")));
    QCOMPARE(StaffCsv::columnIndex(QStringLiteral("salary")), -1);
    const StaffCsv::HeaderMap map = StaffCsv::mapHeader(
        {QStringLiteral("niss"), QStringLiteral("NISS"), QStringLiteral("x"), QString()});
    QCOMPARE(map.unknown, QStringList{QStringLiteral("x")});
    QCOMPARE(map.duplicated, QStringList{QStringLiteral("niss")});
    QVERIFY(map.missing.contains(QStringLiteral("startDate")));
}

void TestStaffCsv::writeThenReadGivesTheSameDocuments()
{
    // Entries with what a CSV must protect: separators, quotes, line breaks, a formula-like name,
    // decimal hours, accents.
    QList<QJsonObject> documents;
    for (const char *name :
         {"valid-open-ended-full-time.json", "valid-student.json", "valid-extra-with-niss.json",
          "valid-without-niss-foreign-address.json"})
        documents << sample(QLatin1String(name));
    QJsonObject tricky = documents.first();
    setValueAt(tricky, QStringLiteral("/identity/niss"), QStringLiteral("92051510356"));
    setValueAt(tricky, QStringLiteral("/identity/lastName"), QStringLiteral("=Van; \"Dam\""));
    setValueAt(tricky, QStringLiteral("/address/street"), QStringLiteral("Rue de l'Été\nbis"));
    setValueAt(tricky, QStringLiteral("/contract/weeklyHours"), 37.25);
    documents << tricky;

    for (const QChar separator : {QLatin1Char(';'), QLatin1Char(',')}) {
        QList<QStringList> rows;
        for (const QJsonObject &d : std::as_const(documents))
            rows << StaffCsv::rowFromDocument(d, separator == QLatin1Char(';') ? QLatin1Char(',')
                                                                               : QLatin1Char('.'));
        CsvWriter::Options options;
        options.separator = separator;
        const QByteArray bytes = CsvWriter::write(StaffCsv::headerNames(), rows, options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

        const auto plan = ImportPlan::analyse(bytes, **FormCache::staffRecord(), {});
        QVERIFY2(plan.hasValue(), plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->separator(), separator);
        QCOMPARE(plan->rows().size(), documents.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const ImportRow &row = plan->rows().at(i);
            QVERIFY2(row.isValid(),
                     qPrintable(row.issues.value(0).text(**FormCache::staffRecord())));
            QCOMPARE(row.document, documents.at(i));
        }
    }
}

void TestStaffCsv::writerQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::addRow("plain") << "Peeters"
                           << "Peeters";
    QTest::addRow("separator") << "a;b"
                               << "\"a;b\"";
    QTest::addRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::addRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::addRow("leading space") << " a"
                                   << "\" a\"";
    QTest::addRow("formula") << "=1+1"
                             << "'=1+1";
    QTest::addRow("formula with separator") << "=A1;B1"
                                            << "\"'=A1;B1\"";
    QTest::addRow("comma in a semicolon file") << "37,5"
                                               << "37,5";
}

void TestStaffCsv::writerQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value, CsvWriter::Options{}), written);
}

void TestStaffCsv::planChecksEveryRow()
{
    const auto form = *FormCache::staffRecord();
    const QByteArray csv =
        "niss;lastName;firstName;street;number;postalCode;municipality;contractType;startDate;"
        "endDate;workingTime;weeklyHours;referenceWeeklyHours;jointCommittee;workerType\r\n"
        // 2: valid, decimal comma
        "85073003328;Peeters;Jan;Rue de la Loi;16;1000;Bruxelles;indefinite;01/03/2025;;partTime;"
        "19,5;38;302;OTH\r\n"
        // 3: bad check digits
        "85073003329;Peeters;Jan;Rue de la Loi;16;1000;Bruxelles;indefinite;2025-03-01;;fullTime;"
        "38;;302;OTH\r\n"
        // 4: the same worker and start date as line 2
        "85.07.30-033.28;Peeters;Jan;Rue de la Loi;16;1000;Bruxelles;indefinite;2025-03-01;;"
        "fullTime;38;;302;OTH\r\n"
        // 5: student without an end date, hours not a number
        "01490700185;Janssens;Lotte;Meir;50;2000;Antwerpen;student;2025-07-01;;fullTime;many;;"
        "302;STU\r\n"
        // 6: ends before it starts
        "17073003384;;;Place du Marché;1;4000;Liège;fixedTerm;2025-09-13;2025-09-01;fullTime;38;;"
        "XXX;OTH\r\n"
        // 7: already in the register
        "98472899765;;;Kerkstraat;21;9000;Gent;indefinite;2024-01-01;;fullTime;38;;200;OTH\r\n";
    const QSet<QString> existing{QStringLiteral("98472899765|2024-01-01")};
    int lastProgress = 0;
    const auto plan = ImportPlan::analyse(csv, *form, existing, [&](int done, int total) {
        QCOMPARE(total, 6);
        lastProgress = done;
    });
    QVERIFY2(plan.hasValue(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(lastProgress, 6);
    QCOMPARE(plan->rows().size(), 6);
    QCOMPARE(plan->validCount(), 1);
    QCOMPARE(plan->invalidCount(), 5);

    auto texts = [&](int index) {
        QStringList out;
        for (const ImportIssue &issue : plan->rows().at(index).issues)
            out << issue.text(*form);
        return out.join(QLatin1Char('|'));
    };
    QCOMPARE(plan->rows().at(0).line, 2);
    QCOMPARE(plan->rows().at(0).document.value("contract").toObject().value("weeklyHours"),
             QJsonValue(19.5));
    QVERIFY2(texts(1).startsWith(QStringLiteral("niss: ")), qPrintable(texts(1)));
    QCOMPARE(plan->rows().at(2).issues.first().kind, ImportIssue::Kind::DuplicateInFile);
    QCOMPARE(plan->rows().at(2).issues.first().otherLine, 2);
    QVERIFY2(texts(3).contains(QStringLiteral("endDate: ")), qPrintable(texts(3)));
    QVERIFY2(texts(3).contains(QStringLiteral("weeklyHours: ")), qPrintable(texts(3)));
    QCOMPARE(plan->rows().at(4).issues.first().kind, ImportIssue::Kind::EndBeforeStart);
    QCOMPARE(plan->rows().at(5).issues.first().kind, ImportIssue::Kind::DuplicateInRegister);
}

void TestStaffCsv::planRefusesAnUnknownColumn()
{
    const auto plan =
        ImportPlan::analyse("niss;salary\n85073003328;3000\n", **FormCache::staffRecord(), {});
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code, QStringLiteral("csv.header"));
    QVERIFY(plan.error().params.contains(QStringLiteral("salary")));
    QVERIFY(plan.error().params.contains(QStringLiteral("startDate")));
}

void TestStaffCsv::planMessagesFollowTheLanguage()
{
    const auto form = *FormCache::staffRecord();
    const auto plan = ImportPlan::analyse(
        "niss;street;number;postalCode;municipality;contractType;startDate;workingTime;"
        "weeklyHours;jointCommittee;workerType\n"
        "85073003329;Rue;1;1000;Bruxelles;indefinite;2025-01-01;fullTime;38;302;OTH\n",
        *form, {});
    QVERIFY(plan.hasValue());
    const ImportIssue issue = plan->rows().first().issues.first();
    const QString english = issue.text(*form);
    QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
    const QString french = issue.text(*form);
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QVERIFY2(english != french, qPrintable(english));
    QVERIFY(french.startsWith(QStringLiteral("niss: ")));
}

void TestStaffCsv::conflictListsEveryDifferingField()
{
    const QJsonObject base = sample(QStringLiteral("valid-open-ended-full-time.json"));
    QJsonObject mine = base;
    QJsonObject theirs = base;
    setValueAt(mine, QStringLiteral("/address/street"), QStringLiteral("Rue Neuve"));
    setValueAt(mine, QStringLiteral("/email"), QStringLiteral("mine@example.be"));
    setValueAt(theirs, QStringLiteral("/address/municipality"), QStringLiteral("Ixelles"));
    setValueAt(theirs, QStringLiteral("/email"), QStringLiteral("theirs@example.be"));
    removeValueAt(theirs, QStringLiteral("/bankAccount"));

    const QList<FieldDifference> diff = RecordDiff::differences(base, mine, theirs);
    QStringList pointers;
    for (const FieldDifference &d : diff)
        pointers << d.pointer;
    pointers.sort();
    QCOMPARE(pointers,
             (QStringList{"/address/municipality", "/address/street", "/bankAccount", "/email"}));
    for (const FieldDifference &d : diff) {
        if (d.pointer == QLatin1String("/email"))
            QVERIFY(d.isConflict());
        if (d.pointer == QLatin1String("/address/street"))
            QVERIFY(!d.suggestTheirs());
        if (d.pointer == QLatin1String("/address/municipality") ||
            d.pointer == QLatin1String("/bankAccount"))
            QVERIFY(d.suggestTheirs());
    }
    // The suggestions: my street, their municipality and removed account, my e-mail.
    QSet<QString> takeTheirs{QStringLiteral("/address/municipality"),
                             QStringLiteral("/bankAccount")};
    const QJsonObject merged = RecordDiff::merge(mine, theirs, diff, takeTheirs);
    QCOMPARE(valueAt(merged, "/address/street").toString(), QStringLiteral("Rue Neuve"));
    QCOMPARE(valueAt(merged, "/address/municipality").toString(), QStringLiteral("Ixelles"));
    QVERIFY(valueAt(merged, "/bankAccount").isUndefined());
    QCOMPARE(valueAt(merged, "/email").toString(), QStringLiteral("mine@example.be"));
    // Everything theirs is theirs.
    takeTheirs << QStringLiteral("/address/street") << QStringLiteral("/email");
    QCOMPARE(RecordDiff::merge(mine, theirs, diff, takeTheirs), theirs);
}

void TestStaffCsv::dimonaFromTheRegisterIsValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("startHour");
    for (const char *file :
         {"valid-open-ended-full-time.json", "valid-student.json", "valid-extra-with-niss.json",
          "valid-without-niss-foreign-address.json"}) {
        for (int type = 0; type < 4; ++type) {
            QTest::addRow("%s %s", file, qPrintable(DimonaBuilder::typeCode(DimonaType(type))))
                << QString::fromLatin1(file)
                << type
                // The register does not know an EXT worker's start hour: the person gives it.
                << (QLatin1String(file).contains(QLatin1String("extra")) ? QStringLiteral("0800")
                                                                         : QString());
        }
    }
}

void TestStaffCsv::dimonaFromTheRegisterIsValid()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(QString, startHour);
    const QJsonObject data = sample(file);
    QVERIFY(!data.isEmpty());
    DimonaBuilder::Options options;
    options.startHour = startHour;
    options.periodId = QStringLiteral("202500118710");
    if (DimonaType(type) == DimonaType::Out &&
        !data.value("contract").toObject().contains("endDate"))
        options.endDate = QDate(2026, 12, 31);
    const QJsonObject document =
        DimonaBuilder::build(DimonaType(type), data, QStringLiteral("0403019261"), options);
    const QStringList errors = errorsOf(**FormCache::dimona(), document);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                          QJsonDocument(document).toJson()));
    QCOMPARE(document.value("declarationType").toString(),
             DimonaBuilder::typeCode(DimonaType(type)));
    if (DimonaType(type) == DimonaType::In) {
        const QJsonObject in = document.value("dimonaIn").toObject();
        QCOMPARE(in.value("startDate").toString(),
                 data.value("contract").toObject().value("startDate").toString());
        if (file == QLatin1String("valid-student.json")) // 12.5 h a week over 62 days
            QCOMPARE(in.value("plannedHoursNumber").toInt(), 111);
    }
}

void TestStaffCsv::dimonaJointCommission_data()
{
    QTest::addColumn<QString>("committee");
    QTest::addColumn<QString>("commission");
    QTest::addRow("listed") << "302"
                            << "302";
    QTest::addRow("sub-committee of a listed one") << "140.03"
                                                   << "140";
    QTest::addRow("not listed") << "200"
                                << "XXX";
    QTest::addRow("none") << "XXX"
                          << "XXX";
}

void TestStaffCsv::dimonaJointCommission()
{
    QFETCH(QString, committee);
    QFETCH(QString, commission);
    QCOMPARE(DimonaBuilder::jointCommission(committee), commission);
}

void TestStaffCsv::dmfaFromTheRegisterIsValid()
{
    QList<QJsonObject> register_;
    for (const char *file :
         {"valid-open-ended-full-time.json", "valid-student.json", "valid-extra-with-niss.json",
          "valid-without-niss-foreign-address.json"})
        register_ << sample(QLatin1String(file));
    // The open-ended worker's entry names no sex or birth date: the national number says them.
    setValueAt(register_[0], "/identity/lastName", QStringLiteral("Peeters"));
    setValueAt(register_[0], "/identity/firstName", QStringLiteral("Jan"));
    // A DWD worker never goes into a DmfA; a flexi worker gets the code 22 line.
    QJsonObject dwd = register_.first();
    setValueAt(dwd, "/workerType", QStringLiteral("DWD"));
    setValueAt(dwd, "/identity/niss", QStringLiteral("85073003427"));
    register_ << dwd;
    QJsonObject flexi = register_.first();
    setValueAt(flexi, "/workerType", QStringLiteral("FLX"));
    setValueAt(flexi, "/contract/type", QStringLiteral("flexi"));
    setValueAt(flexi, "/identity/niss", QStringLiteral("92051510356"));
    setValueAt(flexi, "/identity/nationality", QStringLiteral("BE"));
    register_ << flexi;

    setValueAt(register_[0], "/identity/nationality", QStringLiteral("BE"));
    setValueAt(register_[1], "/identity/nationality", QStringLiteral("BE"));
    setValueAt(register_[2], "/identity/nationality", QStringLiteral("BE"));
    setValueAt(register_[2], "/identity/lastName", QStringLiteral("Lambert"));
    setValueAt(register_[2], "/identity/firstName", QStringLiteral("Eva"));
    // A worker without a national number cannot be in a DmfA: the draft shows the gap.
    {
        const QJsonObject gap = DmfaBuilder::build(
            2025, 3, {register_[3]}, QStringLiteral("0403019261"), {QStringLiteral("012345674")});
        const auto result = FormCache::validate(**FormCache::dmfa(), gap);
        QCOMPARE(int(result.errors.size()), 1);
        QCOMPARE(result.errors.front().keyword, std::string("required"));
        QCOMPARE(result.errors.front().fieldLocation, std::string("/naturalPersons/0/inss"));
    }
    setValueAt(register_[3], "/identity/niss", QStringLiteral("98472899765"));

    DmfaBuilder::Options options;
    options.nssoRegistrationNumber = QStringLiteral("012345674");
    int included = 0;
    const QJsonObject document =
        DmfaBuilder::build(2025, 3, register_, QStringLiteral("0403019261"), options, &included);
    const QStringList errors = errorsOf(**FormCache::dmfa(), document);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                          QJsonDocument(document).toJson()));
    QCOMPARE(document.value("quarter").toString(), QStringLiteral("20253"));
    // Every sample works in 2025 Q3 except the DWD worker.
    QCOMPARE(included, 5);
    const QJsonArray persons = document.value("naturalPersons").toArray();
    QCOMPARE(persons.size(), 5);
    bool sawFlexi = false;
    for (const QJsonValue &p : persons) {
        const QJsonObject record = p.toObject().value("workerRecords").toArray().first().toObject();
        if (record.value("workerCode").toString() == QLatin1String("450")) {
            sawFlexi = true;
            const QJsonObject occupation = record.value("occupations").toArray().first().toObject();
            QCOMPARE(occupation.value("remunerations").toArray().first().toObject().value("code"),
                     QJsonValue(22));
        }
    }
    QVERIFY(sawFlexi);
    // The full-time worker of the whole quarter: 66 weekdays of 5 days a week, 38 hours.
    const QJsonObject first = persons.first().toObject();
    QCOMPARE(first.value("inss").toString(), QStringLiteral("85073003328"));
    QCOMPARE(first.value("birthDate").toString(), QStringLiteral("1985-07-30"));
    QCOMPARE(first.value("sex").toString(), QStringLiteral("M"));
    const QJsonObject service = first.value("workerRecords")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("occupations")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("services")
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(service.value("days").toDouble(), 66.0);
    QCOMPARE(service.value("hours").toDouble(), 501.6);
}

QTEST_GUILESS_MAIN(TestStaffCsv)
#include "tst_staffcsv.moc"

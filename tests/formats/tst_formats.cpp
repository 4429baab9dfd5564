// checkFormat() as a specification: the Belgian identifiers with the worked examples of
// DOMAIN.md section 1, and the edge cases of the standard formats that forms meet.
#include "core/schema/formats.h"

#include <QtTest>

using namespace guichet::schema;

namespace {
std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}
} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void unknownFormat();
    void nissInfo_data();
    void nissInfo();
    void displayForms_data();
    void displayForms();
    void compactIdentifier_data();
    void compactIdentifier();
    void threadSafe();
};

void TestFormats::check_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    const auto row = [](const char *name, const char *format, const QString &value, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(format) << value << valid;
    };

    // be-niss: DOMAIN.md worked examples
    row("NISS 1985-07-30 male", "be-niss", "85073003328", true);
    row("NISS valid only by the 2000+ rule", "be-niss", "17073003384", true);
    row("NISS 1917 by the pre-2000 rule", "be-niss", "17073003355", true);
    row("NISS neither rule", "be-niss", "17073003356", false);
    row("BIS sex known (+40)", "be-niss", "98472899765", true);
    row("BIS born 2001 by the 2000+ rule", "be-niss", "01490700185", true);
    row("BIS sex unknown (+20)", "be-niss", "85273003470", true);
    // be-niss: refusals and edges
    row("NISS check digits off by one", "be-niss", "85073003329", false);
    row("NISS check digits off by one down", "be-niss", "85073003327", false);
    row("NISS ten digits", "be-niss", "8507300332", false);
    row("NISS twelve digits", "be-niss", "850730033280", false);
    row("NISS with a letter", "be-niss", "8507300332A", false);
    row("NISS printed form", "be-niss", "85.07.30-033.28", false);
    row("NISS with spaces", "be-niss", "850730 033 28", false);
    row("NISS empty", "be-niss", "", false);
    row("NISS month 13", "be-niss", "85133003370", false);
    row("NISS counter 000", "be-niss", "85073000061", false);
    row("NISS counter 999", "be-niss", "85073099932", false);
    row("NISS month and day 00", "be-niss", "85000003306", true);
    row("NISS day 00", "be-niss", "85070003355", true);
    row("NISS month 00 with a day", "be-niss", "85001503341", true);
    row("NISS April 31", "be-niss", "85043100109", false);
    row("NISS day 32", "be-niss", "85073200197", false);
    row("NISS 1900-02-29 does not exist", "be-niss", "00022900116", false);
    row("NISS 2000-02-29 exists", "be-niss", "00022900145", true);
    row("NISS 1984-02-29 leap year", "be-niss", "84022900134", true);
    row("NISS 1985-02-29 not leap", "be-niss", "85022900155", false);
    row("BIS month shift 33 (+20 -> 13)", "be-niss", "85333000148", false);
    row("BIS month shift 53 (+40 -> 13)", "be-niss", "85533000191", false);
    row("NISS Bengali digit", "be-niss", QString::fromUtf8("8507300332\u09E8"), false);

    // be-enterprise-number
    row("KBO 0403.019.261 valid", "be-enterprise-number", "0403019261", true);
    row("KBO 0431150351 invalid", "be-enterprise-number", "0431150351", false);
    row("KBO starting with 1", "be-enterprise-number", "1000000021", true);
    row("KBO starting with 2", "be-enterprise-number", "2403019261", false);
    row("KBO check digits off by one", "be-enterprise-number", "0403019262", false);
    row("KBO nine digits", "be-enterprise-number", "403019261", false);
    row("KBO dotted form", "be-enterprise-number", "0403.019.261", false);
    row("KBO all zero", "be-enterprise-number", "0000000097", false);
    row("KBO with a letter", "be-enterprise-number", "040301926A", false);

    // iban
    row("IBAN BE valid", "iban", "BE68539007547034", true);
    row("IBAN BE national check fails", "iban", "BE41091811735141", false);
    row("IBAN BE national check fails, ISO check passes", "iban", "BE41539007547035", false);
    row("IBAN BE national remainder 0 means 97", "iban", "BE54053932000097", true);
    row("IBAN BE ISO check digits off by one", "iban", "BE69539007547034", false);
    row("IBAN BE with spaces", "iban", "BE68 5390 0754 7034", false);
    row("IBAN BE lower case", "iban", "be68539007547034", false);
    row("IBAN BE too short", "iban", "BE6853900754703", false);
    row("IBAN BE too long", "iban", "BE685390075470340", false);
    row("IBAN NL", "iban", "NL91ABNA0417164300", true);
    row("IBAN DE", "iban", "DE89370400440532013000", true);
    row("IBAN FR", "iban", "FR1420041010050500013M02606", true);
    row("IBAN LU", "iban", "LU280019400644750000", true);
    row("IBAN GB", "iban", "GB82WEST12345698765432", true);
    row("IBAN NL with BE length", "iban", "NL91ABNA04171643", false);
    row("IBAN unknown country", "iban", "XX68539007547034", false);
    row("IBAN punctuation in the BBAN", "iban", "NL91ABNA04171643-0", false);
    row("IBAN empty", "iban", "", false);

    // be-postal-code
    row("postal code 0999", "be-postal-code", "0999", false);
    row("postal code 1000 Brussels", "be-postal-code", "1000", true);
    row("postal code 9992", "be-postal-code", "9992", true);
    row("postal code 9993", "be-postal-code", "9993", false);
    row("postal code 10000", "be-postal-code", "10000", false);
    row("postal code with B- prefix", "be-postal-code", "B-1000", false);
    row("postal code with a letter", "be-postal-code", "100A", false);

    // date, time, date-time
    row("date 1900-02-29 not leap", "date", "1900-02-29", false);
    row("date 2000-02-29 leap", "date", "2000-02-29", true);
    row("date 2024-02-29 leap", "date", "2024-02-29", true);
    row("date Belgian order", "date", "30/07/1985", false);
    row("date month 00", "date", "1985-00-10", false);
    row("time leap second UTC", "time", "23:59:60Z", true);
    row("time leap second Brussels winter", "time", "00:59:60+01:00", true);
    row("time leap second wrong minute", "time", "23:58:60Z", false);
    row("time without offset", "time", "12:00:00", false);
    row("time with fraction and offset", "time", "08:30:06.5+02:00", true);
    row("time offset hour 24", "time", "08:30:06+24:00", false);
    row("date-time with offset", "date-time", "2024-03-31T02:30:00+02:00", true);
    row("date-time lower-case t and z", "date-time", "2024-03-31t02:30:00z", true);
    row("date-time with a space", "date-time", "2024-03-31 02:30:00Z", false);
    row("date-time leap second with offset", "date-time", "1998-12-31T15:59:60.123-08:00", true);
    row("date-time Feb 30", "date-time", "2024-02-30T00:00:00Z", false);

    // duration
    row("duration full", "duration", "P1Y2M3DT4H5M6S", true);
    row("duration weeks", "duration", "P2W", true);
    row("duration weeks and days", "duration", "P2W1D", false);
    row("duration T without time", "duration", "P1DT", false);
    row("duration gap between units", "duration", "P1Y2D", false);
    row("duration fraction", "duration", "PT0.5S", false);
    row("duration lower case", "duration", "p1d", false);

    // IP addresses
    row("ipv4 loopback", "ipv4", "127.0.0.1", true);
    row("ipv4 leading zero", "ipv4", "192.168.0.01", false);
    row("ipv4 octet 256", "ipv4", "192.168.0.256", false);
    row("ipv4 three parts", "ipv4", "127.0.1", false);
    row("ipv6 loopback", "ipv6", "::1", true);
    row("ipv6 full", "ipv6", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", true);
    row("ipv6 embedded ipv4", "ipv6", "::ffff:192.0.2.128", true);
    row("ipv6 embedded ipv4 leading zero", "ipv6", "::ffff:192.0.2.012", false);
    row("ipv6 zone id", "ipv6", "fe80::1%eth0", false);
    row("ipv6 two double colons", "ipv6", "1::2::3", false);
    row("ipv6 nine groups", "ipv6", "1:2:3:4:5:6:7:8:9", false);
    row("ipv6 seven groups and double colon", "ipv6", "1:2:3:4:5:6:7::", true);

    // host names and e-mail
    row("hostname socialsecurity.be", "hostname", "www.socialsecurity.be", true);
    row("hostname trailing dot", "hostname", "socialsecurity.be.", false);
    row("hostname non-ASCII", "hostname", QString::fromUtf8("b\u00e9.be"), false);
    row("hostname A-label", "hostname", "xn--b-9fa.be", true);
    row("idn-hostname U-label", "idn-hostname", QString::fromUtf8("b\u00e9.be"), true);
    row("idn-hostname upper-case U-label", "idn-hostname", QString::fromUtf8("B\u00c9.be"), false);
    row("email simple", "email", "jan.peeters@example.be", true);
    row("email two at signs", "email", "jan@peeters@example.be", false);
    row("email no domain", "email", "jan.peeters@", false);
    row("email non-ASCII local part", "email", QString::fromUtf8("j\u00e9r\u00f4me@example.be"),
        false);
    row("idn-email non-ASCII local part", "idn-email",
        QString::fromUtf8("j\u00e9r\u00f4me@example.be"), true);

    // URIs
    row("uri absolute", "uri", "https://www.socialsecurity.be/citizen/fr", true);
    row("uri relative is not a uri", "uri", "/citizen/fr", false);
    row("uri-reference relative", "uri-reference", "/citizen/fr?x=1#top", true);
    row("uri-reference colon in first segment", "uri-reference", "a:b/c", true);
    row("uri-reference digit before colon", "uri-reference", "1:b", false);
    row("uri with space", "uri", "https://example.be/a b", false);
    row("uri with accent", "uri", QString::fromUtf8("https://example.be/caf\u00e9"), false);
    row("iri with accent", "iri", QString::fromUtf8("https://example.be/caf\u00e9"), true);
    row("iri-reference relative with accent", "iri-reference", QString::fromUtf8("caf\u00e9"),
        true);
    row("uri bad percent", "uri", "https://example.be/%zz", false);
    row("uri-template level 4", "uri-template", "/workers{/id}{?fields*}", true);
    row("uri-template unclosed", "uri-template", "/workers{/id", false);

    // uuid
    row("uuid lower case", "uuid", "123e4567-e89b-12d3-a456-426614174000", true);
    row("uuid upper case", "uuid", "123E4567-E89B-12D3-A456-426614174000", true);
    row("uuid without dashes", "uuid", "123e4567e89b12d3a456426614174000", false);
    row("uuid in braces", "uuid", "{123e4567-e89b-12d3-a456-426614174000}", false);

    // JSON Pointer
    row("json-pointer escapes", "json-pointer", "/a~1b/m~0n", true);
    row("json-pointer bad escape", "json-pointer", "/a~2b", false);
    row("json-pointer trailing tilde", "json-pointer", "/a~", false);
    row("json-pointer root", "json-pointer", "", true);
    row("json-pointer fragment form", "json-pointer", "#/a", false);
    row("relative-json-pointer up and down", "relative-json-pointer", "1/workers/0", true);
    row("relative-json-pointer name", "relative-json-pointer", "0#", true);
    row("relative-json-pointer leading zero", "relative-json-pointer", "01", false);

    // regex
    row("regex NISS pattern", "regex", "^[0-9]{11}$", true);
    row("regex unclosed group", "regex", "^(abc", false);
    row("regex \\Z is not ECMA-262", "regex", "^\\S(|(.|\\n)*\\S)\\Z", false);
    row("regex \\z is not ECMA-262", "regex", "abc\\z", false);
    row("regex possessive quantifier", "regex", "a++", false);
    row("regex atomic group", "regex", "(?>a)", false);
    row("regex named group", "regex", "(?<year>\\d{4})-\\k<year>", true);
    row("regex unicode property", "regex", "\\p{L}+", true);
    row("regex lookbehind", "regex", "(?<!\\d)\\d{4}", true);
    row("regex possessive counted quantifier", "regex", "x{2}+", false);
    row("regex lazy counted quantifier", "regex", "x{2,3}?", true);
    row("regex literal brace then quantifier", "regex", "a}+", true);
    row("regex inline flags", "regex", "(?i)niss", false);
}

void TestFormats::check()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);

    const QByteArray f = format.toUtf8();
    const QByteArray v = value.toUtf8();
    QVERIFY(isKnownFormat(view(f)));
    QCOMPARE(checkFormat(view(f), view(v)), valid ? FormatCheck::Valid : FormatCheck::Invalid);
}

void TestFormats::unknownFormat()
{
    QCOMPARE(checkFormat("color", "#ffffff"), FormatCheck::Unknown);
    QCOMPARE(checkFormat("", "x"), FormatCheck::Unknown);
    QVERIFY(!isKnownFormat("color"));
    QVERIFY(isKnownFormat("be-niss"));
}

void TestFormats::nissInfo_data()
{
    QTest::addColumn<QString>("niss");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("sex");
    QTest::addColumn<bool>("bis");

    const auto row = [](const char *name, const char *niss, int year, int month, int day, Sex sex,
                        bool bis) {
        QTest::newRow(name) << QString::fromLatin1(niss) << year << month << day << int(sex) << bis;
    };
    row("NISS 1985 male", "85073003328", 1985, 7, 30, Sex::Male, false);
    row("NISS 1917 male", "17073003355", 1917, 7, 30, Sex::Male, false);
    row("NISS 2017 male", "17073003384", 2017, 7, 30, Sex::Male, false);
    row("NISS 2017 female", "17073003483", 2017, 7, 30, Sex::Female, false);
    row("BIS 1998 male", "98472899765", 1998, 7, 28, Sex::Male, true);
    row("BIS 2001", "01490700185", 2001, 9, 7, Sex::Male, true);
    row("BIS sex known female", "85473003416", 1985, 7, 30, Sex::Female, true);
    row("BIS sex unknown", "85273003470", 1985, 7, 30, Sex::Unknown, true);
    row("NISS date unknown", "85000003306", 1985, 0, 0, Sex::Male, false);
}

void TestFormats::nissInfo()
{
    QFETCH(QString, niss);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, sex);
    QFETCH(bool, bis);

    const QByteArray bytes = niss.toLatin1();
    const auto info = guichet::schema::nissInfo(view(bytes));
    QVERIFY(info.has_value());
    QCOMPARE(info->year, year);
    QCOMPARE(info->month, month);
    QCOMPARE(info->day, day);
    QCOMPARE(int(info->sex), sex);
    QCOMPARE(info->bis, bis);

    const auto date = nissBirthDate(view(bytes));
    QCOMPARE(date.has_value(), month != 0 && day != 0);
    if (date)
        QCOMPARE(*date, QDate(year, month, day));
}

void TestFormats::displayForms_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("display");

    const auto row = [](const char *name, const char *kind, const char *input,
                        const char *display) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(input)
                            << QString::fromLatin1(display);
    };
    row("NISS printed", "niss", "85073003328", "85.07.30-033.28");
    row("NISS half typed stays", "niss", "850730", "850730");
    row("KBO printed", "kbo", "0403019261", "0403.019.261");
    row("KBO with letters stays", "kbo", "04030192AB", "04030192AB");
    row("IBAN BE grouped", "iban", "BE68539007547034", "BE68 5390 0754 7034");
    row("IBAN FR grouped", "iban", "FR1420041010050500013M02606",
        "FR14 2004 1010 0505 0001 3M02 606");
    row("IBAN with spaces stays", "iban", "BE68 5390", "BE68 5390");
}

void TestFormats::displayForms()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, display);

    const QByteArray bytes = input.toUtf8();
    std::string result;
    if (kind == QLatin1String("niss"))
        result = formatNissForDisplay(view(bytes));
    else if (kind == QLatin1String("kbo"))
        result = formatEnterpriseNumberForDisplay(view(bytes));
    else
        result = formatIbanForDisplay(view(bytes));
    QCOMPARE(QString::fromStdString(result), display);
}

void TestFormats::compactIdentifier_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("compact");
    QTest::addColumn<QString>("format");

    const auto row = [](const char *name, const char *typed, const char *compact,
                        const char *format) {
        QTest::newRow(name) << QString::fromLatin1(typed) << QString::fromLatin1(compact)
                            << QString::fromLatin1(format);
    };
    row("NISS printed form", "85.07.30-033.28", "85073003328", "be-niss");
    row("KBO dotted form", "0403.019.261", "0403019261", "be-enterprise-number");
    row("IBAN typed with spaces, lower case", " be68 5390 0754 7034 ", "BE68539007547034", "iban");
    row("IBAN with slashes", "BE68/5390/0754/7034", "BE68539007547034", "iban");
}

void TestFormats::compactIdentifier()
{
    QFETCH(QString, typed);
    QFETCH(QString, compact);
    QFETCH(QString, format);

    const QByteArray bytes = typed.toUtf8();
    const std::string result = guichet::schema::compactIdentifier(view(bytes));
    QCOMPARE(QString::fromStdString(result), compact);
    const QByteArray f = format.toLatin1();
    QCOMPARE(checkFormat(view(f), result), FormatCheck::Valid);
}

// Forms validate thousands of workers from several threads at once: the same answers everywhere.
void TestFormats::threadSafe()
{
    const auto work = [] {
        int valid = 0;
        for (int i = 0; i < 200; ++i) {
            valid += checkFormat("be-niss", "85073003328") == FormatCheck::Valid;
            valid += checkFormat("iban", "BE68539007547034") == FormatCheck::Valid;
            valid += checkFormat("idn-hostname", "xn--b-9fa.be") == FormatCheck::Valid;
            valid += checkFormat("regex", "^[0-9]{11}$") == FormatCheck::Valid;
        }
        return valid;
    };
    QList<QThread *> threads;
    QList<int> results(4, 0);
    for (int t = 0; t < 4; ++t)
        threads << QThread::create([&results, t, work] { results[t] = work(); });
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait());
        delete thread;
    }
    for (int r : results)
        QCOMPARE(r, 800);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"

// Where F1 leads: HelpIndex's choice of page and place for a language, a form and a field, and
// the context read from the focused widget of a real form (no Qt WebEngine here).
#include "core/model/formmodel.h"
#include "helptestutil.h"
#include "ui/form/formpanel.h"
#include "ui/form/formview.h"
#include "ui/form/tableeditor.h"
#include "ui/help/helpcontext.h"
#include "ui/help/helpindex.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using guichet::ui::help::HelpContext;
using guichet::ui::help::HelpIndex;
using guichet::ui::help::HelpTarget;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray page(const QString &lang, const QStringList &ids)
{
    QByteArray html =
        "<!DOCTYPE html><html lang=\"" + lang.toLatin1() + "\"><body><main id=\"content\">";
    for (const QString &id : ids)
        html += "<section id=\"" + id.toLatin1() + "\"><h2>x</h2></section>";
    return html + "</main></body></html>";
}

// The input the form binds to a pointer (relative to the panel's base).
QWidget *editorOf(const guichet::ui::form::FormPanel *panel, const std::string &rel)
{
    for (const auto &b : panel->bindings()) {
        if (b.rel == rel)
            return b.editor;
    }
    return nullptr;
}

} // namespace

class TestHelpIndex : public QObject
{
    Q_OBJECT

private slots:
    void anchorForPointer_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("top-level field") << "/niss"
                                         << "f-niss";
        QTest::newRow("nested field") << "/worker/ssin"
                                      << "f-worker-ssin";
        QTest::newRow("row of a table") << "/naturalPersons/3/inss"
                                        << "f-naturalPersons-inss";
        QTest::newRow("row pattern") << "/naturalPersons/*/workerRecords/*/workerCode"
                                     << "f-naturalPersons-workerRecords-workerCode";
        QTest::newRow("the table itself") << "/financialElements"
                                          << "f-financialElements";
        QTest::newRow("array of scalars") << "/supportingDocuments/*"
                                          << "f-supportingDocuments";
        QTest::newRow("escaped slash and tilde") << "/a~1b/c~0d"
                                                 << "f-a_b-c_d";
        QTest::newRow("characters outside ids") << "/größe/x y"
                                                << "f-gr__e-x_y";
        QTest::newRow("whole document") << ""
                                        << "";
        QTest::newRow("root pointer") << "/"
                                      << "";
    }

    void anchorForPointer()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, anchor);
        QCOMPARE(HelpIndex::anchorForPointer(pointer), anchor);
    }

    void patternPointer_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no rows") << "/worker/ssin"
                                 << "/worker/ssin";
        QTest::newRow("nested rows") << "/naturalPersons/12/workerRecords/0/workerCode"
                                     << "/naturalPersons/*/workerRecords/*/workerCode";
        QTest::newRow("already a pattern") << "/a/*/b"
                                           << "/a/*/b";
        QTest::newRow("empty") << ""
                               << "";
    }

    void patternPointer()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, pattern);
        QCOMPARE(HelpIndex::patternPointer(pointer), pattern);
    }

    void languageCode_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "nl"
                              << "nl";
        QTest::newRow("locale name") << "fr_BE"
                                     << "fr";
        QTest::newRow("BCP 47") << "de-BE"
                                << "de";
        QTest::newRow("upper case") << "EN"
                                    << "en";
    }

    void languageCode()
    {
        QFETCH(QString, given);
        QFETCH(QString, code);
        QCOMPARE(HelpIndex::languageCode(given), code);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("formId");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("wantLanguage");
        QTest::addColumn<QString>("wantPage");
        QTest::addColumn<QString>("wantAnchor");
        QTest::newRow("field in French") << "fr"
                                         << "dimona"
                                         << "/worker/ssin"
                                         << "fr"
                                         << "form-dimona"
                                         << "f-worker-ssin";
        QTest::newRow("field in Dutch, locale name") << "nl_BE"
                                                     << "staff-record"
                                                     << "/contract/weeklyHours"
                                                     << "nl"
                                                     << "form-staff-record"
                                                     << "f-contract-weeklyHours";
        QTest::newRow("cell of a nested table") << "de"
                                                << "dmfa"
                                                << "/naturalPersons/12/workerRecords/0/workerCode"
                                                << "de"
                                                << "form-dmfa"
                                                << "f-naturalPersons-workerRecords-workerCode";
        QTest::newRow("unknown member of a row: its table") << "en"
                                                            << "dmfa"
                                                            << "/naturalPersons/3/nickname"
                                                            << "en"
                                                            << "form-dmfa"
                                                            << "f-naturalPersons";
        QTest::newRow("object without a section: top of the form page") << "en"
                                                                        << "dimona"
                                                                        << "/worker/address"
                                                                        << "en"
                                                                        << "form-dimona"
                                                                        << "";
        QTest::newRow("no field: top of the form page") << "de"
                                                        << "flexi-wage"
                                                        << ""
                                                        << "de"
                                                        << "form-flexi-wage"
                                                        << "";
        QTest::newRow("form id with a version") << "en"
                                                << "dimona@1"
                                                << "/dimonaIn/startHour"
                                                << "en"
                                                << "form-dimona"
                                                << "f-dimonaIn-startHour";
        QTest::newRow("unknown form: the contents") << "nl"
                                                    << "no-such-form"
                                                    << "/x"
                                                    << "nl"
                                                    << "index"
                                                    << "";
        QTest::newRow("no form: the contents") << "fr"
                                               << ""
                                               << ""
                                               << "fr"
                                               << "index"
                                               << "";
        QTest::newRow("language without help: English") << "es"
                                                        << "dimona"
                                                        << "/worker/ssin"
                                                        << "en"
                                                        << "form-dimona"
                                                        << "f-worker-ssin";
        QTest::newRow("anchor-like pointer is not trusted") << "en"
                                                            << "dimona"
                                                            << "/../index"
                                                            << "en"
                                                            << "form-dimona"
                                                            << "";
    }

    void resolve()
    {
        QFETCH(QString, language);
        QFETCH(QString, formId);
        QFETCH(QString, pointer);
        QFETCH(QString, wantLanguage);
        QFETCH(QString, wantPage);
        QFETCH(QString, wantAnchor);
        const HelpIndex index;
        const HelpTarget target = index.resolve(language, formId, pointer);
        QCOMPARE(target.language, wantLanguage);
        QCOMPARE(target.page, wantPage);
        QCOMPARE(target.anchor, wantAnchor);
        QUrl url = target.url();
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QCOMPARE(url.path(), QStringLiteral("/help/%1/%2.html").arg(wantLanguage, wantPage));
        QCOMPARE(url.fragment(), wantAnchor);
        QCOMPARE(index.fromUrl(url), target);
    }

    void topic_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("wantPage");
        QTest::addColumn<QString>("wantAnchor");
        QTest::newRow("page and place") << "drafts"
                                        << "export"
                                        << "drafts"
                                        << "export";
        QTest::newRow("unknown place: top of the page") << "drafts"
                                                        << "nowhere"
                                                        << "drafts"
                                                        << "";
        QTest::newRow("unknown page: contents") << "nowhere"
                                                << ""
                                                << "index"
                                                << "";
        QTest::newRow("path tricks are no page") << "../en/index"
                                                 << ""
                                                 << "index"
                                                 << "";
    }

    void topic()
    {
        QFETCH(QString, page);
        QFETCH(QString, anchor);
        QFETCH(QString, wantPage);
        QFETCH(QString, wantAnchor);
        const HelpTarget target = HelpIndex().topic(QStringLiteral("de"), page, anchor);
        QCOMPARE(target.language, QStringLiteral("de"));
        QCOMPARE(target.page, wantPage);
        QCOMPARE(target.anchor, wantAnchor);
    }

    // A folder of pages (a file: URL) where German lacks a page: English stands in for it.
    void folderAndLanguageFallback()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath("en/index.html"), page("en", {"content"})));
        QVERIFY(writeFile(dir.filePath("en/form-x.html"), page("en", {"f-a-b", "f-a"})));
        QVERIFY(writeFile(dir.filePath("de/index.html"), page("de", {"content"})));
        QVERIFY(writeFile(dir.filePath("notes.txt"), "not a language"));

        const HelpIndex index(dir.path());
        QCOMPARE(index.languages(), QStringList({"de", "en"}));

        HelpTarget target = index.resolve("de", "x", "/a/b");
        QCOMPARE(target.language, QStringLiteral("en"));
        QCOMPARE(target.page, QStringLiteral("form-x"));
        QCOMPARE(target.anchor, QStringLiteral("f-a-b"));
        QVERIFY(target.url().isLocalFile());
        QCOMPARE(QFileInfo(target.url().toLocalFile()).canonicalFilePath(),
                 QFileInfo(dir.filePath("en/form-x.html")).canonicalFilePath());
        QCOMPARE(index.fromUrl(target.url()), target);

        target = index.resolve("de", "x", "/a/c");
        QCOMPARE(target.anchor, QStringLiteral("f-a"));
        target = index.resolve("de");
        QCOMPARE(target.language, QStringLiteral("de"));
        QCOMPARE(target.page, QStringLiteral("index"));

        // Outside the folder, or not a page: not help.
        QVERIFY(!index.fromUrl(QUrl::fromLocalFile(dir.filePath("notes.txt"))).isValid());
        QVERIFY(!index.fromUrl(QUrl("https://example.invalid/en/index.html")).isValid());
        QVERIFY(!index.fromUrl(QUrl("qrc:/help/en/index.html")).isValid());

        // No pages at all: nothing to show.
        QTemporaryDir empty;
        QVERIFY(!HelpIndex(empty.path()).resolve("en").isValid());
    }

    void fromUrlRefusesWhatIsNotHelp_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("web page") << QUrl("https://www.socialsecurity.be/");
        QTest::newRow("other resource") << QUrl("qrc:/icons/guichet.svg");
        QTest::newRow("missing page") << QUrl("qrc:/help/en/nothing.html");
        QTest::newRow("style sheet") << QUrl("qrc:/help/help.css");
        QTest::newRow("local file") << QUrl::fromLocalFile("/etc/passwd");
    }

    void fromUrlRefusesWhatIsNotHelp()
    {
        QFETCH(QUrl, url);
        QVERIFY(!HelpIndex().fromUrl(url).isValid());
    }

    // F1 in a real form: the field with the focus, a row editor's field with its row, a table
    // cell, and a page's help topic outside any form.
    void contextOfTheFocusedWidget()
    {
        const auto definition = helptest::loadForm("dmfa", 1);
        QVERIFY(definition);
        guichet::model::FormModel model(definition->compiled());
        model.setDocument(
            helptest::parseJson(helptest::readFile(
                helptest::sourceDir() + "/forms/dmfa/1/samples/valid-two-worker-records.json")),
            guichet::model::FormModel::Validation::Sync);

        QWidget window;
        window.setProperty(guichet::ui::help::kHelpTopicProperty, QStringLiteral("employer#dmfa"));
        auto *layout = new QVBoxLayout(&window);
        auto *outside = new QLineEdit(&window);
        layout->addWidget(outside);
        auto *view = new guichet::ui::form::FormView(definition, &model, &window);
        layout->addWidget(view);

        // A plain field of the form.
        QWidget *quarter = editorOf(view->rootPanel(), "/quarter");
        QVERIFY(quarter);
        HelpContext context = guichet::ui::help::helpContextFor(quarter);
        QCOMPARE(context.formId, QStringLiteral("dmfa"));
        QCOMPARE(context.pointer, QStringLiteral("/quarter"));
        QCOMPARE(context.topic, QStringLiteral("employer#dmfa"));

        // A field of the row editor, for the row selected in the table.
        guichet::ui::form::TableEditor *persons = view->tableAt("/naturalPersons");
        QVERIFY(persons);
        QVERIFY(persons->selectRow(0));
        QWidget *inss = editorOf(persons->detail(), "/inss");
        QVERIFY(inss);
        context = guichet::ui::help::helpContextFor(inss);
        QCOMPARE(context.formId, QStringLiteral("dmfa"));
        QCOMPARE(context.pointer, QStringLiteral("/naturalPersons/0/inss"));
        HelpTarget target = HelpIndex().resolve("fr", context.formId, context.pointer);
        QCOMPARE(target.anchor, QStringLiteral("f-naturalPersons-inss"));

        // A nested table inside the row editor, then one of its cells.
        guichet::ui::form::TableEditor *records = nullptr;
        for (auto *t : persons->detail()->tables())
            records = t;
        QVERIFY(records);
        context = guichet::ui::help::helpContextFor(records->view());
        QCOMPARE(context.pointer, QStringLiteral("/naturalPersons/0/workerRecords"));
        QVERIFY(records->selectRow(1));
        const QModelIndex cell = records->view()->model()->index(1, 2);
        QVERIFY(cell.isValid());
        records->view()->setCurrentIndex(cell);
        context = guichet::ui::help::helpContextFor(records->view()->viewport());
        QVERIFY2(context.pointer.startsWith(QStringLiteral("/naturalPersons/0/workerRecords/1/")),
                 qPrintable(context.pointer));
        target = HelpIndex().resolve("en", context.formId, context.pointer);
        QVERIFY2(target.anchor.startsWith(QStringLiteral("f-naturalPersons-workerRecords-")),
                 qPrintable(target.anchor));

        // Outside the form: the topic of the page only.
        context = guichet::ui::help::helpContextFor(outside);
        QVERIFY(context.formId.isEmpty());
        QVERIFY(context.pointer.isEmpty());
        QCOMPARE(context.topic, QStringLiteral("employer#dmfa"));

        // Through the application's focus, as F1 reads it.
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        quarter->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), quarter);
        context = guichet::ui::help::currentHelpContext();
        QCOMPARE(context.pointer, QStringLiteral("/quarter"));

        // Nothing focused: nothing to say.
        QVERIFY(guichet::ui::help::helpContextFor(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestHelpIndex)
#include "tst_helpindex.moc"

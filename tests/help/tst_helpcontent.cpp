// The help pages as Guichet embeds them (:/help): the same pages and places in the four
// languages, a section for every field of every bundled form, links that lead somewhere, plain
// accessible HTML that needs nothing from the network, and pages that match their sources.
#include "core/model/formmodel.h"
#include "helptestutil.h"
#include "ui/form/formview.h"
#include "ui/help/helpindex.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using guichet::ui::help::HelpIndex;

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
                             QStringLiteral("nl")};

QString pageText(const HelpIndex &index, const QString &language, const QString &page)
{
    return QString::fromUtf8(helptest::readFile(index.filePath(language, page)));
}

QStringList attributeValues(const QString &html, const QString &attribute)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(attribute));
    for (auto it = re.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

} // namespace

class TestHelpContent : public QObject
{
    Q_OBJECT

private:
    HelpIndex m_index; // the embedded pages

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_index.pages(QStringLiteral("en")).isEmpty(), "no help pages at :/help");
    }

    void everyLanguageIsThere() { QCOMPARE(m_index.languages(), kLanguages); }

    void samePagesAndPlaces_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages) {
            if (language != QLatin1String("en"))
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    // A page or an anchor missing in one language would send F1 to the wrong place there.
    void samePagesAndPlaces()
    {
        QFETCH(QString, language);
        const QString en = QStringLiteral("en");
        QCOMPARE(m_index.pages(language), m_index.pages(en));
        for (const QString &page : m_index.pages(en)) {
            const QStringList ids = m_index.anchors(language, page);
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // unique ids
            if (ids != m_index.anchors(en, page)) {
                QSet<QString> mine(ids.cbegin(), ids.cend());
                const QStringList enIds = m_index.anchors(en, page);
                QSet<QString> theirs(enIds.cbegin(), enIds.cend());
                QFAIL(qPrintable(QStringLiteral("%1/%2: only here: %3; only in en: %4")
                                     .arg(language, page,
                                          QStringList((mine - theirs).values()).join(u' '),
                                          QStringList((theirs - mine).values()).join(u' '))));
            }
        }
    }

    void everyFormHasAPage_data()
    {
        QTest::addColumn<QString>("formId");
        for (const auto &[id, version] : helptest::bundledForms())
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(id).arg(version))) << id;
    }

    void everyFormHasAPage()
    {
        QFETCH(QString, formId);
        for (const QString &language : kLanguages)
            QVERIFY2(m_index.hasPage(language, HelpIndex::formPage(formId)), qPrintable(language));
    }

    void everyFieldHasASection_data()
    {
        QTest::addColumn<QString>("formId");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("language");
        for (const auto &[id, version] : helptest::bundledForms()) {
            for (const QString &language : kLanguages) {
                QTest::newRow(
                    qPrintable(QStringLiteral("%1/%2/%3").arg(id).arg(version).arg(language)))
                    << id << version << language;
            }
        }
    }

    // Every input the renderer makes for the form (hidden ones and row editors included), as F1
    // would ask for it: its section is on the form's page.
    void everyFieldHasASection()
    {
        QFETCH(QString, formId);
        QFETCH(int, version);
        QFETCH(QString, language);
        const auto definition = helptest::loadForm(formId, version);
        QVERIFY(definition);
        guichet::model::FormModel model(definition->compiled());
        model.setDocument(guichet::json::Value::object(),
                          guichet::model::FormModel::Validation::Sync);
        guichet::ui::form::FormView view(definition, &model);

        const QString page = HelpIndex::formPage(formId);
        QStringList missing;
        const auto fields = view.fields();
        QVERIFY(!fields.empty());
        for (const guichet::ui::form::FieldInfo &field : fields) {
            const QString anchor = HelpIndex::anchorForPointer(field.pointer);
            QVERIFY2(!anchor.isEmpty(), qPrintable(field.pointer));
            if (!m_index.hasAnchor(language, page, anchor))
                missing.append(field.pointer + QStringLiteral(" (#") + anchor + u')');
            // resolve() lands exactly there.
            const auto target = m_index.resolve(language, formId, field.pointer);
            QCOMPARE(target.page, page);
            QCOMPARE(target.language, language);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void linksLeadSomewhere_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const QString &language : kLanguages) {
            for (const QString &page : m_index.pages(language))
                QTest::newRow(qPrintable(language + u'/' + page)) << language << page;
        }
    }

    // Every href and src of a page, relative to it: the file exists under :/help and the
    // fragment names an id of that file. Nothing points outside the help.
    void linksLeadSomewhere()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        const QString html = pageText(m_index, language, page);
        const QUrl base(QStringLiteral("qrc:/help/%1/%2.html").arg(language, page));
        QStringList broken;
        const QStringList links = attributeValues(html, QStringLiteral("href")) +
                                  attributeValues(html, QStringLiteral("src"));
        QVERIFY(!links.isEmpty());
        for (const QString &link : links) {
            const QUrl url = base.resolved(QUrl(link));
            if (url.scheme() != QLatin1String("qrc")) {
                broken.append(link + QStringLiteral(" (leaves the help)"));
                continue;
            }
            const QString file = u':' + url.path();
            if (!QFileInfo(file).isFile()) {
                broken.append(link + QStringLiteral(" (no such file)"));
                continue;
            }
            if (url.hasFragment()) {
                const auto target = m_index.fromUrl(url);
                if (!target.isValid() ||
                    !m_index.hasAnchor(target.language, target.page, url.fragment()))
                    broken.append(link + QStringLiteral(" (no such place)"));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
    }

    void pagesArePlainAndAccessible_data() { linksLeadSomewhere_data(); }

    void pagesArePlainAndAccessible()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        const QString html = pageText(m_index, language, page);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<title>[^<]+</title>"))));
        QCOMPARE(html.count(QLatin1String("<main")), 1);
        QCOMPARE(html.count(QLatin1String("<h1")), 1);
        QVERIFY(html.contains(QLatin1String("<nav")));
        QVERIFY(html.contains(QLatin1String("href=\"#content\""))); // skip link
        // Works offline and without scripts: nothing fetched, nothing run.
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(href|src)=\"(https?:)?//"))));
        QVERIFY(!html.contains(QLatin1String("@import")));
        // Headings go down one level at a time.
        int previous = 1;
        const QRegularExpression heading(QStringLiteral("<h([1-6])[\\s>]"));
        for (auto it = heading.globalMatch(html); it.hasNext();) {
            const int level = it.next().captured(1).toInt();
            QVERIFY2(level <= previous + 1,
                     qPrintable(QStringLiteral("h%1 after h%2").arg(level).arg(previous)));
            previous = level;
        }
    }

    void styleSheetIsEmbedded()
    {
        const QString css =
            QString::fromUtf8(helptest::readFile(QStringLiteral(":/help/help.css")));
        QVERIFY(!css.isEmpty());
        QVERIFY(!css.contains(QLatin1String("url(")));
        QVERIFY(!css.contains(QLatin1String("@import")));
    }

    // The pages are generated from resources/help/src and committed: they must match.
    void pagesMatchTheirSources()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess generator;
        generator.start(
            python, {helptest::sourceDir() + QStringLiteral("/resources/help/tools/generate.py"),
                     QStringLiteral("--check")});
        QVERIFY(generator.waitForFinished(120000));
        QVERIFY2(generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0,
                 generator.readAllStandardError().constData());
    }

    // The embedded copy is the committed one (a build that did not pick a page up fails here).
    void embeddedPagesAreTheSourcePages_data() { linksLeadSomewhere_data(); }

    void embeddedPagesAreTheSourcePages()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        const HelpIndex source(helptest::sourceDir() + QStringLiteral("/resources/help"));
        QCOMPARE(helptest::readFile(m_index.filePath(language, page)),
                 helptest::readFile(source.filePath(language, page)));
    }
};

QTEST_MAIN(TestHelpContent)
#include "tst_helpcontent.moc"

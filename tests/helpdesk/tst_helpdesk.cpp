// The helpdesk workspace as an agent uses it: real widgets offscreen, driven with the keyboard,
// against the real sandbox portal signed in as the demo helpdesk agent (Thomas Janssens) or as a
// plain citizen (André Lemaire).

#include "sandboxfixture.h"

#include "core/api/portalaccess.h"
#include "core/api/portalclient.h"
#include "core/i18n.h"
#include "ui/helpdesk/helpdeskbanner.h"
#include "ui/helpdesk/helpdeskpage.h"
#include "ui/helpdesk/inactivitywatcher.h"
#include "ui/helpdesk/nationalnumbercheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

using namespace guichet;
using namespace guichet::ui::helpdesk;
using guichet::sandbox::test::SandboxFixture;
using Problem = NationalNumberCheck::Problem;

namespace {

const QString kAgent = QStringLiteral("86031412323");   // Thomas Janssens: every role
const QString kCitizen = QStringLiteral("60022401752"); // André Lemaire: a citizen only
const QString kUnknown = QStringLiteral("90010112395"); // valid, but nobody in the world

// A portal session as one person: the client holding their token and the PortalAccess over it.
struct Session
{
    std::unique_ptr<api::PortalClient> client;
    std::unique_ptr<api::ClientPortalAccess> access;
};

// The main window as the lead lays it out: the banner above the page.
struct Desk
{
    std::unique_ptr<QWidget> window;
    HelpdeskPage *page = nullptr;
    HelpdeskBanner *banner = nullptr;

    explicit operator bool() const { return page != nullptr; }
    HelpdeskPage *operator->() const { return page; }
    HelpdeskPage *get() const { return page; }
};

// Every text a person (or a screen reader) can get from the widget and its children.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->statusTip()
              << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text() << list->item(i)->toolTip()
                      << list->item(i)->data(Qt::UserRole).toString();
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    texts << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

QString firstContaining(const QStringList &texts, const QStringList &needles)
{
    for (const QString &text : texts) {
        for (const QString &needle : needles) {
            if (text.contains(needle, Qt::CaseInsensitive))
                return text;
        }
    }
    return {};
}

} // namespace

class TestHelpdesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void checksumAsTyped_data();
    void checksumAsTyped();
    void enterOnAnInvalidNumberSaysWhy_data();
    void enterOnAnInvalidNumberSaysWhy();
    void maskedNumber();
    void accessibleAndKeyboardReachable();

    void agentLooksCitizenUp();
    void citizenSeesTheLookupInTheirAudit();
    void unknownCitizen();
    void refusedForANonAgent();
    void notSignedIn();
    void startsAFormOnTheCitizensBehalf();
    void auditShowsDeclarationsFiledForTheCitizen();
    void endSessionThenClearLeavesNothing();
    void clearForgetsTypingAndPendingLookup();
    void followsTheLanguage();

    void inactivityFiresAfterInputStops();
    void inactivityWaitsWhileInputKeepsComing();
    void inactivityOffAtZero();

private:
    Session signIn(const QString &nationalNumber);
    api::ClientConfig clientConfig() const;
    // A desk signed in as `session`, shown and active, the number typed and Enter pressed.
    Desk lookUp(Session &session, const QString &typed);
    QJsonArray auditOf(const QString &nationalNumber);

    SandboxFixture m_sandbox;
    Session m_agent;
};

void TestHelpdesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    i18n::setLanguage(QStringLiteral("en"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.lastError()));
    m_agent = signIn(kAgent);
    QVERIFY(m_agent.access);
    QVERIFY(m_agent.access->identity()
                .value(QStringLiteral("roles"))
                .toArray()
                .contains(QStringLiteral("helpdesk")));
}

void TestHelpdesk::cleanupTestCase()
{
    m_agent = {};
    QCOMPARE(m_sandbox.stop(), 0);
}

api::ClientConfig TestHelpdesk::clientConfig() const
{
    api::ClientConfig config;
    config.server = QUrl(m_sandbox.origin());
    config.caCertificates =
        QSslCertificate::fromPath(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"));
    config.proxyMode = api::ClientConfig::Proxy::None;
    config.timeoutMs = 15000;
    return config;
}

Session TestHelpdesk::signIn(const QString &nationalNumber)
{
    Session session;
    const QString token = m_sandbox.signIn(nationalNumber);
    if (token.isEmpty()) {
        qWarning() << "sign-in failed:" << m_sandbox.lastError();
        return session;
    }
    session.client = std::make_unique<api::PortalClient>(clientConfig());
    session.client->setAccessToken(token.toLatin1());
    const auto me = session.client->getJson(QStringLiteral("/me"));
    if (!me || me->status != 200) {
        qWarning() << "GET /me failed";
        return session;
    }
    session.access = std::make_unique<api::ClientPortalAccess>(*session.client, me->json);
    return session;
}

Desk TestHelpdesk::lookUp(Session &session, const QString &typed)
{
    Desk desk;
    desk.window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(desk.window.get());
    desk.banner = new HelpdeskBanner(desk.window.get());
    layout->addWidget(desk.banner);
    desk.page = new HelpdeskPage(*session.access, desk.window.get());
    layout->addWidget(desk.page, 1);
    desk.page->attachBanner(desk.banner);
    desk.window->resize(900, 1000);
    desk.window->show();
    desk.window->activateWindow();
    if (!QTest::qWaitForWindowActive(desk.window.get()))
        return {};
    desk.page->nationalNumberEdit()->setFocus();
    QTest::keyClicks(desk.page->nationalNumberEdit(), typed);
    QTest::keyClick(desk.page->nationalNumberEdit(), Qt::Key_Return);
    return desk;
}

QJsonArray TestHelpdesk::auditOf(const QString &nationalNumber)
{
    const QString token = m_sandbox.signIn(nationalNumber);
    const auto reply = m_sandbox.get(QStringLiteral("/me/audit"), token);
    if (reply.status != 200)
        return {};
    return reply.json().value(QStringLiteral("entries")).toArray();
}

// --- The number as typed ------------------------------------------------------------------------

void TestHelpdesk::checksumAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("printed"); // for valid numbers
    QTest::addColumn<QDate>("born");

    QTest::addRow("valid") << kAgent << Problem::None << "86.03.14-123.23" << QDate(1986, 3, 14);
    QTest::addRow("formatted input")
        << "86.03.14-123.23" << Problem::None << "86.03.14-123.23" << QDate(1986, 3, 14);
    QTest::addRow("spaces") << "60 02 24 017 52" << Problem::None << "60.02.24-017.52"
                            << QDate(1960, 2, 24);
    QTest::addRow("born after 2000")
        << "03041721277" << Problem::None << "03.04.17-212.77" << QDate(2003, 4, 17);
    QTest::addRow("born after 2000, printed")
        << "17.07.30-033.84" << Problem::None << "17.07.30-033.84" << QDate(2017, 7, 30);
    QTest::addRow("BIS number") << "98472899765" << Problem::None << "98.47.28-997.65"
                                << QDate(1998, 7, 28);
    QTest::addRow("wrong checksum") << "86031412324" << Problem::Checksum << "" << QDate();
    QTest::addRow("pre-2000 check digits: born in 1917")
        << "17073003355" << Problem::None << "17.07.30-033.55" << QDate(1917, 7, 30);
    QTest::addRow("bad date: month 13") << "86131412393" << Problem::Date << "" << QDate();
    QTest::addRow("bad date: 30 February") << "85023012397" << Problem::Date << "" << QDate();
    QTest::addRow("serial 000") << "86031400049" << Problem::Serial << "" << QDate();
    QTest::addRow("too short") << "8603141232" << Problem::Incomplete << "" << QDate();
    QTest::addRow("too long") << "860314123234" << Problem::TooLong << "" << QDate();
    QTest::addRow("letters") << "86031412a23" << Problem::Characters << "" << QDate();
}

void TestHelpdesk::checksumAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(Problem, problem);
    QFETCH(QString, printed);
    QFETCH(QDate, born);

    const NationalNumberCheck check = NationalNumberCheck::check(typed);
    QCOMPARE(check.problem(), problem);
    if (problem == Problem::None) {
        QCOMPARE(check.printed(), printed);
        QCOMPARE(check.birthDate(), born);
    }

    // The page says it while the agent types, before any Enter.
    HelpdeskPage page(*m_agent.access);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.nationalNumberEdit(), typed);
    const QString status = page.numberStatusLabel()->text();
    if (problem == Problem::None) {
        QVERIFY2(status.contains(printed), qPrintable(status));
        QVERIFY2(status.contains(QString::number(born.year())), qPrintable(status));
    } else {
        QVERIFY(!check.message().isEmpty());
        QCOMPARE(status, check.message());
    }
    // A screen reader reads the same sentence with the field.
    QCOMPARE(page.nationalNumberEdit()->accessibleDescription(), status);
    QCOMPARE(page.isLookingUp(), false);
}

void TestHelpdesk::enterOnAnInvalidNumberSaysWhy_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");

    QTest::addRow("too short") << "8603141232"
                               << "has 11 digits; this one has only 10";
    QTest::addRow("too long") << "860314123234"
                              << "has 11 digits; this one has 12";
    QTest::addRow("wrong checksum") << "86031412324"
                                    << "check digits";
    QTest::addRow("bad date") << "86131412393"
                              << "(86.13.14) does not exist";
    QTest::addRow("letters") << "86O31412323"
                             << "digits only";
}

void TestHelpdesk::enterOnAnInvalidNumberSaysWhy()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);

    HelpdeskPage page(*m_agent.access);
    QSignalSpy chosen(&page, &HelpdeskPage::citizenChosen);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.nationalNumberEdit(), typed);
    QTest::keyClick(page.nationalNumberEdit(), Qt::Key_Return);
    QVERIFY2(page.numberStatusLabel()->text().contains(says),
             qPrintable(page.numberStatusLabel()->text()));
    // Nothing was asked of the portal.
    QVERIFY(!page.isLookingUp());
    QCOMPARE(chosen.count(), 0);
}

void TestHelpdesk::maskedNumber()
{
    const QString masked = maskedNationalNumber(kCitizen);
    QVERIFY(masked.startsWith(QStringLiteral("60.")));
    QVERIFY(masked.endsWith(QStringLiteral(".52")));
    QVERIFY(!masked.contains(QStringLiteral("02")));
    QVERIFY(!masked.contains(QStringLiteral("24")));
    QCOMPARE(maskedNationalNumber(QStringLiteral("123")).size(), 11);
}

void TestHelpdesk::accessibleAndKeyboardReachable()
{
    auto page = lookUp(m_agent, kCitizen);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));

    for (QWidget *root : {static_cast<QWidget *>(page.page), static_cast<QWidget *>(page.banner)}) {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) ||
                               qobject_cast<QAbstractItemView *>(w);
            if (!input || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
        }
    }

    // Tab from the forms goes through the actions in reading order.
    page->formList()->setFocus();
    const QList<QWidget *> order{page->startFormButton(), page->auditView(),
                                 page->refreshAuditButton(), page->endSessionButton()};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

// --- Look-up through the portal -----------------------------------------------------------------

void TestHelpdesk::agentLooksCitizenUp()
{
    auto page = lookUp(m_agent, QStringLiteral("60.02.24-017.52"));
    QVERIFY(page);
    HelpdeskBanner &banner = *page.banner;
    QVERIFY(banner.isHidden());
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(page->isLookingUp());
    QVERIFY(chosen.wait(20000));

    const QJsonObject citizen = chosen.at(0).at(0).toJsonObject();
    QCOMPARE(citizen.value(QStringLiteral("nationalNumber")).toString(), kCitizen);
    QCOMPARE(citizen.value(QStringLiteral("name")).toString(), QStringLiteral("André Lemaire"));
    QCOMPARE(page->currentCitizen(), citizen);
    QCOMPARE(page->citizenNameLabel()->text(), QStringLiteral("André Lemaire"));
    QVERIFY(visibleTexts(page.get()).contains(QStringLiteral("60.02.24-017.52")));
    QVERIFY(visibleTexts(page.get()).contains(QStringLiteral("Rue de Bruxelles 7, 1300 Wavre")));
    QVERIFY(page->lookupMessageLabel()->isHidden());

    // One citizen at a time: the field is empty and closed until the session ends.
    QVERIFY(page->nationalNumberEdit()->text().isEmpty());
    QVERIFY(!page->nationalNumberEdit()->isEnabled());

    // The banner says on whose behalf, with the number masked.
    QVERIFY(!banner.isHidden());
    const QString bannerText = banner.textLabel()->text();
    QVERIFY2(bannerText.contains(QStringLiteral("André Lemaire")), qPrintable(bannerText));
    QVERIFY2(bannerText.contains(maskedNationalNumber(kCitizen)), qPrintable(bannerText));
    QVERIFY2(!bannerText.contains(kCitizen), qPrintable(bannerText));
    QVERIFY2(!bannerText.contains(QStringLiteral("60.02.24")), qPrintable(bannerText));
    QVERIFY(!banner.endButton()->text().isEmpty());
    QVERIFY(!banner.accessibleName().isEmpty());

    // Forms for a citizen (not the self-employed one: André is not self-employed), with the
    // keyboard focus on them for Tab-and-Enter work.
    QStringList ids;
    for (int i = 0; i < page->formList()->count(); ++i)
        ids << page->formList()->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("citizen-address-change"),
                               QStringLiteral("citizen-bank-account-change")}));
    QCOMPARE(QApplication::focusWidget(), page->formList());

    // The look-up is in the session's audit view.
    QCOMPARE(page->auditView()->topLevelItemCount(), 1);
    QCOMPARE(page->auditView()->topLevelItem(0)->data(0, Qt::UserRole).toString(),
             QStringLiteral("helpdesk.lookup"));
    QVERIFY(!page->auditView()->topLevelItem(0)->text(2).contains(kCitizen));
}

void TestHelpdesk::citizenSeesTheLookupInTheirAudit()
{
    const QJsonArray before = auditOf(kCitizen);

    auto page = lookUp(m_agent, kCitizen);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));

    // André signs in and reads who looked at his data: the agent's look-up, newest first.
    const QJsonArray after = auditOf(kCitizen);
    QCOMPARE(after.size(), before.size() + 1);
    const QJsonObject entry = after.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("helpdesk.lookup"));
    QCOMPARE(entry.value(QStringLiteral("resource")).toString(),
             QStringLiteral("/api/v1/helpdesk/citizens/") + kCitizen);
    QCOMPARE(entry.value(QStringLiteral("agent")).toObject().value(QStringLiteral("name")),
             QStringLiteral("Thomas Janssens"));

    // Through PortalAccess as the GUI does it, too.
    Session citizen = signIn(kCitizen);
    QVERIFY(citizen.access);
    QJsonArray viaAccess;
    bool answered = false;
    QObject context;
    citizen.access->get(QStringLiteral("/me/audit"), &context,
                        [&](const Expected<api::Reply> &reply) {
                            answered = true;
                            if (reply && reply->status == 200)
                                viaAccess = reply->json.value(QStringLiteral("entries")).toArray();
                        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(viaAccess, after);
}

void TestHelpdesk::unknownCitizen()
{
    auto page = lookUp(m_agent, kUnknown);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLookingUp(), 20000);
    QCOMPARE(chosen.count(), 0);
    QVERIFY(!page->lookupMessageLabel()->isHidden());
    QVERIFY2(page->lookupMessageLabel()->text().contains(QStringLiteral("knows no citizen")),
             qPrintable(page->lookupMessageLabel()->text()));
    QVERIFY(!page->hasCitizen());
    // The agent can correct the number at once.
    QVERIFY(page->nationalNumberEdit()->isEnabled());
    QVERIFY(!page->nationalNumberEdit()->isReadOnly());
}

void TestHelpdesk::refusedForANonAgent()
{
    Session citizen = signIn(kCitizen);
    QVERIFY(citizen.access);
    const QJsonArray before = auditOf(kAgent);

    auto page = lookUp(citizen, kAgent);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLookingUp(), 20000);
    QCOMPARE(chosen.count(), 0);
    QVERIFY2(page->lookupMessageLabel()->text().contains(QStringLiteral("helpdesk agents")),
             qPrintable(page->lookupMessageLabel()->text()));
    QVERIFY(page->lookupMessageLabel()->text().contains(QStringLiteral("helpdesk role")));
    QVERIFY(!page->hasCitizen());
    QVERIFY(page->formList()->isHidden() || !page->formList()->isVisibleTo(page.get()));
    // A refused look-up saw nothing, so nothing was audited.
    QCOMPARE(auditOf(kAgent).size(), before.size());
}

void TestHelpdesk::notSignedIn()
{
    api::PortalClient client(clientConfig());
    api::ClientPortalAccess access(client, {});
    HelpdeskPage page(access);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.nationalNumberEdit(), kCitizen);
    QTest::keyClick(page.nationalNumberEdit(), Qt::Key_Return);
    QVERIFY(page.lookupMessageLabel()->text().contains(QStringLiteral("Sign in")));
    QVERIFY(!page.hasCitizen());
}

// --- Working for the citizen --------------------------------------------------------------------

void TestHelpdesk::startsAFormOnTheCitizensBehalf()
{
    auto page = lookUp(m_agent, kCitizen);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));
    QSignalSpy open(page.get(), &HelpdeskPage::openFormRequested);

    // Keyboard only: the focus is on the forms; Down to the bank account, Enter.
    QCOMPARE(QApplication::focusWidget(), page->formList());
    QTest::keyClick(page->formList(), Qt::Key_Down);
    QTest::keyClick(page->formList(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("citizen-bank-account-change"));
    QCOMPARE(QJsonDocument::fromJson(open.at(0).at(1).toByteArray()).object(),
             (QJsonObject{{"niss", kCitizen}}));
    QCOMPARE(open.at(0).at(2).toString(), kCitizen);
    QCOMPARE(open.at(0).at(3).toString(), QStringLiteral("Change of bank account"));

    // Up, Tab to the Start button, Space: the address change, filed by the helpdesk.
    QTest::keyClick(page->formList(), Qt::Key_Up);
    QTest::keyClick(page->formList(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->startFormButton());
    QTest::keyClick(page->startFormButton(), Qt::Key_Space);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), QStringLiteral("citizen-address-change"));
    // The agent's identifier is theirs, as the portal requires: only the mandate is left.
    QCOMPARE(QJsonDocument::fromJson(open.at(1).at(1).toByteArray()).object(),
             (QJsonObject{{"niss", kCitizen},
                          {"filedBy", "helpdesk"},
                          {"onBehalfOf", QJsonObject{{"agentId", kAgent}}}}));
    QCOMPARE(open.at(1).at(3).toString(), QStringLiteral("Change of address"));
}

void TestHelpdesk::auditShowsDeclarationsFiledForTheCitizen()
{
    auto page = lookUp(m_agent, kCitizen);
    QVERIFY(page);
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));

    // The agent files a bank account change for André (as the lead's submission code would).
    const QString token = m_sandbox.signIn(kAgent);
    const QJsonObject body{{"formId", "citizen-bank-account-change"},
                           {"formVersion", 1},
                           {"onBehalfOf", kCitizen},
                           {"data", QJsonObject{{"niss", kCitizen},
                                                {"iban", "BE68539007547034"},
                                                {"accountHolder", "André Lemaire"},
                                                {"effectiveDate", "2026-12-01"},
                                                {"confirmation", true}}}};
    const auto filed = m_sandbox.post(
        QStringLiteral("/declarations"), body, token,
        {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
    QCOMPARE(filed.status, 201);
    const QString id = filed.json().value(QStringLiteral("id")).toString();

    QSignalSpy refreshed(page.get(), &HelpdeskPage::auditRefreshed);
    QTest::mouseClick(page->refreshAuditButton(), Qt::LeftButton);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(page->auditView()->topLevelItemCount(), 2);
    QTreeWidgetItem *newest = page->auditView()->topLevelItem(0);
    QCOMPARE(newest->data(0, Qt::UserRole).toString(), QStringLiteral("declaration.file"));
    QVERIFY2(newest->text(2).endsWith(id), qPrintable(newest->text(2)));
    QCOMPARE(page->auditView()->topLevelItem(1)->data(0, Qt::UserRole).toString(),
             QStringLiteral("helpdesk.lookup"));

    // The citizen sees the same resource in their audit.
    const QJsonArray audit = auditOf(kCitizen);
    QCOMPARE(audit.first().toObject().value(QStringLiteral("resource")).toString(),
             QStringLiteral("/api/v1/declarations/") + id);

    // Refreshing again does not repeat entries.
    QTest::mouseClick(page->refreshAuditButton(), Qt::LeftButton);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(page->auditView()->topLevelItemCount(), 2);
}

void TestHelpdesk::endSessionThenClearLeavesNothing()
{
    auto page = lookUp(m_agent, QStringLiteral("60.02.24-017.52"));
    QVERIFY(page);
    HelpdeskBanner &banner = *page.banner;
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));
    QVERIFY(banner.isVisible());

    const QStringList traces{kCitizen,
                             QStringLiteral("60.02.24"),
                             maskedNationalNumber(kCitizen),
                             QStringLiteral("Lemaire"),
                             QStringLiteral("André"),
                             QStringLiteral("Wavre"),
                             QStringLiteral("Rue de Bruxelles")};
    QVERIFY(!firstContaining(visibleTexts(page.get()), traces).isEmpty());
    QVERIFY(!firstContaining(visibleTexts(&banner), traces).isEmpty());

    // The banner's button asks the page's owner to end the session; so does the page's.
    QSignalSpy end(page.get(), &HelpdeskPage::endSessionRequested);
    QTest::mouseClick(banner.endButton(), Qt::LeftButton);
    QCOMPARE(end.count(), 1);
    QCOMPARE(end.at(0).at(0).toJsonObject().value(QStringLiteral("nationalNumber")).toString(),
             kCitizen);
    page->endSessionButton()->setFocus();
    QTest::keyClick(page->endSessionButton(), Qt::Key_Space);
    QCOMPARE(end.count(), 2);
    // Asking is not ending: the owner decides, then calls clear().
    QVERIFY(page->hasCitizen());

    page->clear();
    QVERIFY(!page->hasCitizen());
    QVERIFY(page->currentCitizen().isEmpty());
    QCOMPARE(firstContaining(visibleTexts(page.get()), traces), QString());
    QCOMPARE(firstContaining(visibleTexts(&banner), traces), QString());
    QVERIFY(banner.isHidden());
    QVERIFY(!banner.hasCitizen());
    QCOMPARE(page->formList()->count(), 0);
    QCOMPARE(page->auditView()->topLevelItemCount(), 0);
    QVERIFY(page->nationalNumberEdit()->text().isEmpty());
    QVERIFY(!page->nationalNumberEdit()->isUndoAvailable());
    QVERIFY(!page->nationalNumberEdit()->isRedoAvailable());
    QVERIFY(page->nationalNumberEdit()->isEnabled());
    QCOMPARE(QApplication::focusWidget(), page->nationalNumberEdit());

    // Nothing to end any more; the next citizen can be looked up.
    page->requestEndSession();
    QCOMPARE(end.count(), 2);
    QTest::keyClicks(page->nationalNumberEdit(), kAgent);
    QTest::keyClick(page->nationalNumberEdit(), Qt::Key_Return);
    QVERIFY(chosen.wait(20000));
    QCOMPARE(page->currentCitizen().value(QStringLiteral("name")).toString(),
             QStringLiteral("Thomas Janssens"));
    QVERIFY(banner.textLabel()->text().contains(QStringLiteral("Thomas Janssens")));
    QCOMPARE(page->auditView()->topLevelItemCount(), 1);
}

void TestHelpdesk::clearForgetsTypingAndPendingLookup()
{
    HelpdeskPage page(*m_agent.access);
    QSignalSpy chosen(&page, &HelpdeskPage::citizenChosen);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Typed but not looked up (the desk locks, the session is wiped): no undo brings it back.
    QTest::keyClicks(page.nationalNumberEdit(), QStringLiteral("60.02.24-017"));
    QVERIFY(page.nationalNumberEdit()->isUndoAvailable());
    page.clear();
    QVERIFY(page.nationalNumberEdit()->text().isEmpty());
    QVERIFY(!page.nationalNumberEdit()->isUndoAvailable());
    QTest::keyClick(page.nationalNumberEdit(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(page.nationalNumberEdit()->text().isEmpty());
    QCOMPARE(firstContaining(visibleTexts(&page), {QStringLiteral("60.02.24")}), QString());

    // Cleared while the portal is answering: the answer is dropped. Once the portal has
    // audited it, the look-up of Thomas (asked later, so answered later) shows that only the
    // second answer counted.
    const qsizetype lookupsBefore = auditOf(kCitizen).size();
    QTest::keyClicks(page.nationalNumberEdit(), kCitizen);
    QTest::keyClick(page.nationalNumberEdit(), Qt::Key_Return);
    QVERIFY(page.isLookingUp());
    page.clear();
    QVERIFY(!page.isLookingUp());
    QVERIFY(page.nationalNumberEdit()->isEnabled());
    QVERIFY(!page.nationalNumberEdit()->isReadOnly());
    QTRY_COMPARE_WITH_TIMEOUT(auditOf(kCitizen).size(), lookupsBefore + 1, 20000);
    QTest::keyClicks(page.nationalNumberEdit(), kAgent);
    QTest::keyClick(page.nationalNumberEdit(), Qt::Key_Return);
    QVERIFY(chosen.wait(20000));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(page.currentCitizen().value(QStringLiteral("nationalNumber")).toString(), kAgent);
    QCOMPARE(firstContaining(visibleTexts(&page), {QStringLiteral("Lemaire")}), QString());
}

void TestHelpdesk::followsTheLanguage()
{
    auto page = lookUp(m_agent, kCitizen);
    QVERIFY(page);
    HelpdeskBanner &banner = *page.banner;
    QSignalSpy chosen(page.get(), &HelpdeskPage::citizenChosen);
    QVERIFY(chosen.wait(20000));
    QCOMPARE(page->formList()->item(0)->text(), QStringLiteral("Change of address"));
    const QString englishHeading = page->heading()->text();

    QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
    // The form titles come from the catalogue in the new language at once.
    QTRY_COMPARE(page->formList()->item(0)->text(), QStringLiteral("Changement d'adresse"));
    QCOMPARE(page->formList()->currentItem()->text(), QStringLiteral("Changement d'adresse"));
    // The rest follows the translations as they are filled in; it is never emptied.
    QVERIFY(!page->heading()->text().isEmpty());
    QVERIFY(banner.textLabel()->text().contains(QStringLiteral("André Lemaire")));

    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(page->formList()->item(0)->text(), QStringLiteral("Change of address"));
    QCOMPARE(page->heading()->text(), englishHeading);
}

// --- Inactivity ---------------------------------------------------------------------------------

void TestHelpdesk::inactivityFiresAfterInputStops()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    InactivityWatcher watcher;
    QSignalSpy idle(&watcher, &InactivityWatcher::idle);
    watcher.setIdleInterval(std::chrono::milliseconds(200));
    QVERIFY(watcher.isEnabled());
    QTest::keyClicks(&edit, QStringLiteral("typing"));
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.count(), 1);
    QVERIFY(!watcher.isWatching());

    // Once per quiet period: the next input starts a new one.
    QTest::keyClick(&edit, Qt::Key_A);
    QVERIFY(watcher.isWatching());
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.count(), 2);
}

void TestHelpdesk::inactivityWaitsWhileInputKeepsComing()
{
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    InactivityWatcher watcher;
    QSignalSpy idle(&watcher, &InactivityWatcher::idle);
    const std::chrono::milliseconds interval(1500);
    watcher.setIdleInterval(interval);

    // Input keeps coming for twice the idle interval: the watcher never fires meanwhile.
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 2 * interval.count()) {
        QTest::keyClick(&edit, Qt::Key_A);
        QTest::qWait(30);
    }
    QCOMPARE(idle.count(), 0);
    // Mouse input counts too.
    QTest::mouseClick(&edit, Qt::LeftButton);
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(20000));
    QCOMPARE(idle.count(), 1);
}

void TestHelpdesk::inactivityOffAtZero()
{
    InactivityWatcher watcher;
    QVERIFY(!watcher.isEnabled());
    watcher.setIdleMinutes(5);
    QVERIFY(watcher.isEnabled());
    QCOMPARE(watcher.idleMinutes(), 5);
    QVERIFY(watcher.isWatching());
    watcher.setIdleMinutes(0);
    QVERIFY(!watcher.isEnabled());
    QVERIFY(!watcher.isWatching());
    QLineEdit edit;
    QTest::keyClick(&edit, Qt::Key_A);
    QVERIFY(!watcher.isWatching());
    watcher.reset();
    QVERIFY(!watcher.isWatching());
}

QTEST_MAIN(TestHelpdesk)
#include "tst_helpdesk.moc"

#include "selfemployedpage.h"

#include "contributionpanel.h"
#include "declarationspanel.h"
#include "quotapanel.h"

#include "core/i18n.h"
#include "core/logging.h"
#include "core/quota/contributionrules.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

// The first year the portal has quota figures for (the flexi ceiling starts in 2024).
constexpr int kFirstQuotaYear = 2024;
// One page of GET /declarations: the most recent ones are what a person looks for.
constexpr int kDeclarationPage = 100;

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel *sourceLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

} // namespace

SelfEmployedPage::SelfEmployedPage(api::PortalAccess &portal, QWidget *parent)
    : PageLayout(parent), m_portal(portal)
{
    setObjectName(QStringLiteral("selfEmployedPage"));
    const int thisYear = QDate::currentDate().year();
    m_contributionYear = quota::latestContributionYear(thisYear).value_or(thisYear);

    // Status, progress and refresh.
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(lead()->parentWidget());
    m_status->setObjectName(QStringLiteral("selfEmployedStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(lead()->parentWidget());
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setVisible(false);
    m_refresh = new QPushButton(lead()->parentWidget());
    m_refresh->setObjectName(QStringLiteral("refreshSelfEmployed"));
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_refresh);
    contentLayout()->addLayout(statusRow);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &SelfEmployedPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SelfEmployedPage::refresh);

    auto makeBox = [this](const QString &name, QLabel **source, const QString &sourceName) {
        auto *box = new QGroupBox(lead()->parentWidget());
        box->setObjectName(name);
        auto *layout = new QVBoxLayout(box);
        *source = sourceLabel(box, sourceName);
        layout->addWidget(*source);
        contentLayout()->addWidget(box);
        return box;
    };

    m_declarationsBox = makeBox(QStringLiteral("declarationsBox"), &m_declarationsSource,
                                QStringLiteral("declarationsSource"));
    m_declarations = new DeclarationsPanel(m_declarationsBox);
    m_declarationsBox->layout()->addWidget(m_declarations);
    m_declarations->setForms(
        FormChoice::load(FormChoice::bundledCatalogue(),
                         {QStringLiteral("self-employed"), QStringLiteral("citizen")}));
    connect(m_declarations, &DeclarationsPanel::formRequested, this,
            [this](const QString &formId, const QString &title) {
                emit openFormRequested(formId, {}, {}, title);
            });

    m_contributionsBox = makeBox(QStringLiteral("contributionsBox"), &m_contributionsSource,
                                 QStringLiteral("contributionsSource"));
    m_contributions = new ContributionPanel(m_contributionsBox);
    m_contributions->setYear(m_contributionYear);
    m_contributionsBox->layout()->addWidget(m_contributions);
    connect(m_contributions, &ContributionPanel::adjustmentRequested, this,
            &SelfEmployedPage::requestAdjustment);

    m_quotasBox =
        makeBox(QStringLiteral("quotasBox"), &m_quotasSource, QStringLiteral("quotasSource"));
    m_quotas = new QuotaPanel(m_quotasBox);
    m_quotasBox->layout()->addWidget(m_quotas);
    contentLayout()->addStretch(1);

    setTabOrder(m_refresh, m_declarations);
    setTabOrder(m_declarations, m_contributions);
    setTabOrder(m_contributions, m_quotas);

    retranslateUi();
}

void SelfEmployedPage::setDataDirectory(const QString &dataDir)
{
    m_dataDir = dataDir;
}

void SelfEmployedPage::setOwner(const QString &owner)
{
    if (owner != m_owner)
        clear();
    m_owner = owner;
}

void SelfEmployedPage::setDataKey(const drafts::DataKey &key)
{
    m_key = key;
}

void SelfEmployedPage::clearDataKey()
{
    m_key.reset();
    clear();
}

quota::SealedCache SelfEmployedPage::cache() const
{
    if (!m_key)
        return {};
    return quota::SealedCache(m_dataDir, m_owner, *m_key);
}

QList<int> SelfEmployedPage::quotaYears() const
{
    QList<int> years;
    for (int year = kFirstQuotaYear; year <= std::max(QDate::currentDate().year(), kFirstQuotaYear);
         ++year)
        years.append(year);
    return years;
}

void SelfEmployedPage::clear()
{
    ++m_generation; // replies still on their way are dropped
    m_loading = false;
    m_fetch = {};
    m_nationalNumber.clear();
    m_storeProblem.clear();
    m_lastSync = {};
    m_quotaState = {};
    m_contributionState = {};
    m_declarationState = {};
    m_quotas->setYears({});
    m_contributions->clear();
    m_declarations->setDeclarations({});
    setBusy(false);
    updateStatus();
}

void SelfEmployedPage::refresh()
{
    if (m_loading)
        return;
    m_storeProblem.clear();
    if (!m_portal.isSignedIn()) {
        // Offline: what the last sync left, if anything.
        clear();
        loadCached(quotaPurpose(), &m_quotaState);
        loadCached(contributionsPurpose(), &m_contributionState);
        loadCached(declarationsPurpose(), &m_declarationState);
        updateStatus();
        emit finished();
        return;
    }
    const QString nationalNumber =
        m_portal.identity().value(QStringLiteral("nationalNumber")).toString();
    if (nationalNumber.isEmpty()) {
        m_status->setText(tr("Your identity is not known yet: sign in again."));
        emit finished();
        return;
    }
    if (nationalNumber != m_nationalNumber && !m_nationalNumber.isEmpty())
        clear();
    // While the portal answers, the last sync's figures (if any) are better than nothing.
    if (m_quotaState.source == Source::None && m_contributionState.source == Source::None &&
        m_declarationState.source == Source::None) {
        m_nationalNumber = nationalNumber;
        loadCached(quotaPurpose(), &m_quotaState);
        loadCached(contributionsPurpose(), &m_contributionState);
        loadCached(declarationsPurpose(), &m_declarationState);
    }

    m_loading = true;
    const quint64 generation = ++m_generation;
    m_fetch = {};
    m_fetch.nationalNumber = nationalNumber;
    const QList<int> years = quotaYears();
    m_fetch.pending = int(years.size()) + 2;
    setBusy(true);
    updateStatus();

    auto guarded = [this, generation](auto handler) {
        return [this, generation, handler](const Expected<api::Reply> &reply) {
            if (generation != m_generation)
                return;
            handler(reply);
            requestDone();
        };
    };
    for (int year : years) {
        m_portal.get(QStringLiteral("/citizens/%1/quotas?year=%2").arg(nationalNumber).arg(year),
                     this, guarded([this, year](const Expected<api::Reply> &reply) {
                         QString error;
                         if (const auto json = replyObject(reply, &error))
                             m_fetch.quotaReplies.insert(year, *json);
                         else if (m_fetch.quotaError.isEmpty())
                             m_fetch.quotaError = error;
                     }));
    }
    m_portal.get(QStringLiteral("/citizens/%1/contributions?year=%2")
                     .arg(nationalNumber)
                     .arg(m_contributionYear),
                 this, guarded([this](const Expected<api::Reply> &reply) {
                     m_fetch.contributionReply = replyObject(reply, &m_fetch.contributionError);
                 }));
    m_portal.get(QStringLiteral("/declarations?limit=%1").arg(kDeclarationPage), this,
                 guarded([this](const Expected<api::Reply> &reply) {
                     m_fetch.declarationReply = replyObject(reply, &m_fetch.declarationError);
                 }));
}

void SelfEmployedPage::requestDone()
{
    if (--m_fetch.pending > 0)
        return;
    finishFetch();
}

void SelfEmployedPage::finishFetch()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nationalNumber = m_fetch.nationalNumber;
    m_nationalNumber = nationalNumber;
    QStringList storeProblems;

    // Quotas: every year, or the cache.
    QString quotaError = m_fetch.quotaError;
    if (quotaError.isEmpty()) {
        QJsonObject years;
        for (auto it = m_fetch.quotaReplies.cbegin(); it != m_fetch.quotaReplies.cend(); ++it)
            years.insert(QString::number(it.key()), it.value());
        if (applyQuotas(years, &quotaError)) {
            m_quotaState = {Source::Portal, now, {}};
            storeCached(quotaPurpose(),
                        QJsonObject{{QStringLiteral("nationalNumber"), nationalNumber},
                                    {QStringLiteral("years"), years}},
                        &storeProblems);
        }
    }
    if (!quotaError.isEmpty()) {
        loadCached(quotaPurpose(), &m_quotaState);
        m_quotaState.error = quotaError;
    }

    QString contributionError = m_fetch.contributionError;
    if (m_fetch.contributionReply &&
        applyContributions(*m_fetch.contributionReply, &contributionError)) {
        m_contributionState = {Source::Portal, now, {}};
        storeCached(contributionsPurpose(),
                    QJsonObject{{QStringLiteral("nationalNumber"), nationalNumber},
                                {QStringLiteral("reply"), *m_fetch.contributionReply}},
                    &storeProblems);
    } else {
        loadCached(contributionsPurpose(), &m_contributionState);
        m_contributionState.error = contributionError;
    }

    QString declarationError = m_fetch.declarationError;
    if (m_fetch.declarationReply &&
        applyDeclarations(*m_fetch.declarationReply, &declarationError)) {
        m_declarationState = {Source::Portal, now, {}};
        storeCached(declarationsPurpose(),
                    QJsonObject{{QStringLiteral("nationalNumber"), nationalNumber},
                                {QStringLiteral("reply"), *m_fetch.declarationReply}},
                    &storeProblems);
    } else {
        loadCached(declarationsPurpose(), &m_declarationState);
        m_declarationState.error = declarationError;
    }

    m_storeProblem = storeProblems.value(0);
    m_lastSync = now;
    m_loading = false;
    m_fetch = {};
    setBusy(false);
    updateStatus();
    emit finished();
}

bool SelfEmployedPage::applyQuotas(const QJsonObject &years, QString *error)
{
    QMap<int, quota::QuotaYear> parsed;
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        auto year = quota::QuotaYear::fromJson(it.value().toObject());
        if (!year || QString::number(year->year()) != it.key()) {
            *error = year ? tr("The portal's answer about your quotas could not be read. Try "
                               "again later.")
                          : year.error().message;
            qCWarning(lcUi) << "self-employed: unreadable quotas"
                            << (year ? QStringLiteral("year mismatch")
                                     : year.error().params.value(0));
            return false;
        }
        parsed.insert(year->year(), *year);
    }
    m_quotas->setYears(parsed);
    return true;
}

bool SelfEmployedPage::applyContributions(const QJsonObject &reply, QString *error)
{
    auto statement = quota::ContributionStatement::fromJson(reply);
    if (!statement || statement->year() != m_contributionYear) {
        *error = statement ? tr("The portal's answer about your social contributions could not "
                                "be read. Try again later.")
                           : statement.error().message;
        qCWarning(lcUi) << "self-employed: unreadable contributions"
                        << (statement ? QStringLiteral("year mismatch")
                                      : statement.error().params.value(0));
        return false;
    }
    m_contributions->setStatement(*statement);
    return true;
}

bool SelfEmployedPage::applyDeclarations(const QJsonObject &reply, QString *error)
{
    auto rows = DeclarationTableModel::fromJson(reply);
    if (!rows) {
        *error = rows.error().message;
        return false;
    }
    // This workspace is the person's own: what they filed for an enterprise or for someone
    // else belongs to the employer and helpdesk workspaces.
    QList<DeclarationRow> own;
    for (const DeclarationRow &row : std::as_const(*rows)) {
        if (row.onBehalfOf.isEmpty() || row.onBehalfOf == m_nationalNumber)
            own.append(row);
    }
    m_declarations->setDeclarations(own);
    return true;
}

bool SelfEmployedPage::loadCached(const QString &purpose, SectionState *state)
{
    const quota::SealedCache store = cache();
    if (!store.isUsable())
        return false;
    const auto entry = store.load(purpose);
    if (!entry) {
        if (entry.error().code != QLatin1String("cache.missing"))
            qCWarning(lcUi) << "self-employed: cache" << purpose << entry.error().code;
        return false;
    }
    const QString nationalNumber =
        entry->document.value(QStringLiteral("nationalNumber")).toString();
    // Signed in as someone else than whose figures these are: not theirs to see.
    if (!m_nationalNumber.isEmpty() && nationalNumber != m_nationalNumber)
        return false;
    QString error;
    bool applied = false;
    if (purpose == quotaPurpose())
        applied = applyQuotas(entry->document.value(QStringLiteral("years")).toObject(), &error);
    else if (purpose == contributionsPurpose())
        applied =
            applyContributions(entry->document.value(QStringLiteral("reply")).toObject(), &error);
    else if (purpose == declarationsPurpose()) {
        if (m_nationalNumber.isEmpty())
            m_nationalNumber = nationalNumber;
        applied =
            applyDeclarations(entry->document.value(QStringLiteral("reply")).toObject(), &error);
    }
    if (!applied)
        return false;
    if (m_nationalNumber.isEmpty())
        m_nationalNumber = nationalNumber;
    *state = {Source::Cache, entry->syncedAt, {}};
    return true;
}

void SelfEmployedPage::storeCached(const QString &purpose, const QJsonObject &document,
                                   QStringList *problems)
{
    quota::SealedCache store = cache();
    if (!store.isUsable())
        return;
    const auto stored = store.store(purpose, document, QDateTime::currentDateTimeUtc());
    if (!stored)
        problems->append(stored.error().message);
}

std::optional<QJsonObject> SelfEmployedPage::replyObject(const Expected<api::Reply> &reply,
                                                         QString *error)
{
    if (!reply) {
        *error = reply.error().message.isEmpty()
                     ? tr("The portal could not be reached. Check your connection and try again.")
                     : reply.error().message;
        return std::nullopt;
    }
    const int status = reply->status;
    if (status == 200) {
        if (QJsonDocument::fromJson(reply->body).isObject())
            return reply->json;
        *error = tr("The portal's answer could not be read. Try again later.");
    } else if (status == 401) {
        *error = tr("Your session with the portal has ended: sign in again.");
    } else if (status == 403) {
        *error = tr("The portal does not let you see these figures.");
    } else if (status == 429 || status == 503) {
        *error = tr("The portal is busy at the moment. Try again in a few minutes.");
    } else if (status >= 500) {
        *error = tr("The portal ran into a problem (HTTP %1). Try again later.").arg(status);
    } else {
        *error = tr("The portal gave an unexpected answer (HTTP %1).").arg(status);
    }
    return std::nullopt;
}

QJsonObject SelfEmployedPage::adjustmentDocument() const
{
    return m_contributions->adjustmentDocument(m_nationalNumber, QDate::currentDate());
}

void SelfEmployedPage::requestAdjustment()
{
    QString title = tr("Adjustment of provisional social contributions");
    for (const FormChoice &form : m_declarations->forms()) {
        if (form.id == adjustmentFormId())
            title = form.title(i18n::currentLanguage());
    }
    emit openFormRequested(adjustmentFormId(),
                           QJsonDocument(adjustmentDocument()).toJson(QJsonDocument::Compact), {},
                           title);
}

void SelfEmployedPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_refresh->setEnabled(!busy);
}

void SelfEmployedPage::updateStatus()
{
    QString text;
    const QList<SectionState> states{m_quotaState, m_contributionState, m_declarationState};
    bool anyCache = false;
    bool anyShown = false;
    QString firstError;
    for (const SectionState &state : states) {
        anyCache = anyCache || state.source == Source::Cache;
        anyShown = anyShown || state.source != Source::None;
        if (firstError.isEmpty())
            firstError = state.error;
    }
    if (m_loading) {
        text = tr("Fetching your figures from the portal…");
    } else if (!firstError.isEmpty()) {
        text = tr("Some figures could not be fetched: %1").arg(firstError);
        if (anyCache)
            text += QLatin1Char(' ') + tr("The figures saved on this computer are shown instead.");
    } else if (anyCache) {
        text = m_portal.isSignedIn()
                   ? tr("These are the figures saved on this computer at your last sync.")
                   : tr("You are not signed in: these are the figures saved on this computer at "
                        "your last sync. Sign in to update them.");
    } else if (anyShown && m_lastSync.isValid()) {
        text = tr("Up to date: fetched from the portal on %1.").arg(when(m_lastSync));
    } else {
        text = tr("Sign in with your eID card to see your declarations, contributions and "
                  "quotas.");
    }
    if (!m_storeProblem.isEmpty())
        text += QLatin1Char(' ') + m_storeProblem;
    m_status->setText(text);
    m_status->setAccessibleName(text);
    updateSourceLabels();
}

void SelfEmployedPage::updateSourceLabels()
{
    auto describe = [](const SectionState &state) {
        QString text;
        switch (state.source) {
        case Source::Portal:
            text = tr("Fetched from the portal on %1.").arg(when(state.asOf));
            break;
        case Source::Cache:
            text = tr("As of %1 (saved on this computer at your last sync).").arg(when(state.asOf));
            break;
        case Source::None:
            text = state.error.isEmpty() ? tr("Not available yet.") : QString();
            break;
        }
        if (!state.error.isEmpty())
            text = (text.isEmpty() ? QString() : text + QLatin1Char(' ')) + state.error;
        return text;
    };
    m_declarationsSource->setText(describe(m_declarationState));
    m_contributionsSource->setText(describe(m_contributionState));
    m_quotasSource->setText(describe(m_quotaState));
}

void SelfEmployedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PageLayout::changeEvent(event);
}

void SelfEmployedPage::retranslateUi()
{
    heading()->setText(tr("Self-employed"));
    lead()->setText(tr("Your declarations and their results, your provisional social "
                       "contributions and what another income would change, and your flexi-job "
                       "and student quotas. The figures stay available on this computer, "
                       "encrypted, when you are offline."));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Fetch your figures from the portal again (F5)"));
    m_refresh->setAccessibleDescription(m_refresh->toolTip());
    m_progress->setAccessibleName(tr("Fetching your figures"));
    m_declarationsBox->setTitle(tr("My declarations"));
    m_contributionsBox->setTitle(tr("Social contributions %1").arg(m_contributionYear));
    m_quotasBox->setTitle(tr("Flexi-job and student quotas"));
    updateStatus();
}

} // namespace guichet::ui

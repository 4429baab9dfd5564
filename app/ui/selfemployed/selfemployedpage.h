#pragma once

#include "ui/pagelayout.h"

#include "core/api/portalaccess.h"
#include "core/drafts/keyprovider.h"
#include "core/quota/contributionstatement.h"
#include "core/quota/quotayear.h"
#include "core/quota/sealedcache.h"
#include "declarationtablemodel.h"

#include <QDateTime>
#include <QMap>

#include <optional>

class QGroupBox;
class QProgressBar;
class QPushButton;

namespace guichet::ui {

class ContributionPanel;
class DeclarationsPanel;
class QuotaPanel;

// The self-employed workspace (issue #9): the person's declarations and their results, the
// forms they can start, their provisional social contributions beside an estimate on the
// income they type (and the adjustment request from it), and their flexi-job and student quotas
// as charts. Everything fetched is sealed into the offline cache (quota::SealedCache) when a
// data key is set, and shown from there, "as of" the last sync, when the portal cannot be
// reached or nobody is signed in.
//
//   auto *page = new SelfEmployedPage(portalAccess, this);
//   page->setDataDirectory(dataDir); page->setOwner(owner); page->setDataKey(key);
//   connect(page, &SelfEmployedPage::openFormRequested, ...);
//   page->refresh(); // after sign-in, and whenever the page is shown
class SelfEmployedPage : public PageLayout
{
    Q_OBJECT

public:
    explicit SelfEmployedPage(api::PortalAccess &portal, QWidget *parent = nullptr);

    // Where the offline cache lives (<dir>/cache/) and whose it is (the drafts' owner); the
    // cache is used once all three are set.
    void setDataDirectory(const QString &dataDir);
    void setOwner(const QString &owner);
    void setDataKey(const drafts::DataKey &key);
    // Forgets the key (sign-out, lock): the figures shown are cleared too.
    void clearDataKey();

    // Fetches everything from the portal when signed in (without blocking: requests run
    // asynchronously) and falls back on the cache for what fails; shows the cache when not
    // signed in. A refresh while one runs is ignored. finished() says when it is done.
    void refresh();
    bool isLoading() const { return m_loading; }
    // Clears what is shown (not the cache), e.g. between two people on a shared desk.
    void clear();

    // The year of the contribution rules (the latest verified one, not after this year).
    int contributionYear() const { return m_contributionYear; }
    // The prefilled adjustment request as it would be sent with openFormRequested.
    QJsonObject adjustmentDocument() const;

    QLabel *statusLabel() const { return m_status; }
    QPushButton *refreshButton() const { return m_refresh; }
    DeclarationsPanel *declarationsPanel() const { return m_declarations; }
    ContributionPanel *contributionPanel() const { return m_contributions; }
    QuotaPanel *quotaPanel() const { return m_quotas; }
    QLabel *declarationsSourceLabel() const { return m_declarationsSource; }
    QLabel *contributionsSourceLabel() const { return m_contributionsSource; }
    QLabel *quotasSourceLabel() const { return m_quotasSource; }

    // Where a section's figures came from.
    enum class Source
    {
        None,   // nothing to show
        Portal, // fetched by the last refresh
        Cache,  // from the offline cache (asOf() says when they were fetched)
    };
    struct SectionState
    {
        Source source = Source::None;
        QDateTime asOf;
        QString error; // translated; why the portal's figures are not shown
    };
    SectionState quotasState() const { return m_quotaState; }
    SectionState contributionsState() const { return m_contributionState; }
    SectionState declarationsState() const { return m_declarationState; }

    // Cache purposes (file suffixes).
    static QString quotaPurpose() { return QStringLiteral("quota"); }
    static QString contributionsPurpose() { return QStringLiteral("contributions"); }
    static QString declarationsPurpose() { return QStringLiteral("declarations"); }
    // The form the adjustment button opens.
    static QString adjustmentFormId()
    {
        return QStringLiteral("selfemployed-contribution-adjustment");
    }

signals:
    // Open a form: document empty = blank; onBehalfOf empty = for the signed-in person.
    void openFormRequested(const QString &formId, const QByteArray &document,
                           const QString &onBehalfOf, const QString &title);
    // A refresh() is over (from the portal, the cache, or neither).
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Fetch
    {
        QString nationalNumber;
        int pending = 0;
        QMap<int, QJsonObject> quotaReplies;
        QString quotaError;
        std::optional<QJsonObject> contributionReply;
        QString contributionError;
        std::optional<QJsonObject> declarationReply;
        QString declarationError;
    };

    void retranslateUi();
    void updateStatus();
    void updateSourceLabels();
    void setBusy(bool busy);
    quota::SealedCache cache() const;
    QList<int> quotaYears() const;
    void requestDone();
    void finishFetch();

    // Apply a reply (from the portal or the cache); false with `error` set when unreadable.
    bool applyQuotas(const QJsonObject &years, QString *error);
    bool applyContributions(const QJsonObject &reply, QString *error);
    bool applyDeclarations(const QJsonObject &reply, QString *error);
    // Loads a purpose from the cache into the page; false when there is none usable.
    bool loadCached(const QString &purpose, SectionState *state);
    void storeCached(const QString &purpose, const QJsonObject &document, QStringList *problems);
    void requestAdjustment();

    static std::optional<QJsonObject> replyObject(const Expected<api::Reply> &reply,
                                                  QString *error);

    api::PortalAccess &m_portal;
    QString m_dataDir;
    QString m_owner;
    std::optional<drafts::DataKey> m_key;

    int m_contributionYear = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
    Fetch m_fetch;
    QString m_nationalNumber; // whose figures are shown
    QString m_storeProblem;   // the cache could not be written
    QDateTime m_lastSync;

    SectionState m_quotaState;
    SectionState m_contributionState;
    SectionState m_declarationState;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QGroupBox *m_declarationsBox = nullptr;
    QLabel *m_declarationsSource = nullptr;
    DeclarationsPanel *m_declarations = nullptr;
    QGroupBox *m_contributionsBox = nullptr;
    QLabel *m_contributionsSource = nullptr;
    ContributionPanel *m_contributions = nullptr;
    QGroupBox *m_quotasBox = nullptr;
    QLabel *m_quotasSource = nullptr;
    QuotaPanel *m_quotas = nullptr;
};

} // namespace guichet::ui

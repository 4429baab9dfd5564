#include "workbench.h"

#include "core/logging.h"
#include "ui/batch/batchsubmission.h"
#include "ui/drafts/draftspage.h"
#include "ui/drafts/formdocumentpage.h"
#include "ui/drafts/passphrasedialog.h"
#include "ui/drafts/submissionspage.h"
#include "ui/drafts/userspace.h"
#include "ui/eid/eidcontroller.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QThread>
#include <QTimer>

namespace guichet::ui {

Workbench::Workbench(const QString &dataDir, QWidget *pageParent, QObject *parent)
    : QObject(parent), m_dataDir(dataDir)
{
    // A batch of a thousand Dimona declarations should not go one by one, nor flood the portal:
    // four requests at most on the wire at once.
    m_outboxSettings.maxInFlight = 4;
    m_drafts = new DraftsPage(pageParent);
    m_submissions = new SubmissionsPage(pageParent);
    m_document = new FormDocumentPage(pageParent);
    // Bursts of outbox changes (a batch, a restart) refresh the lists once.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &Workbench::refreshOutbox);

    connect(m_drafts, &DraftsPage::openRequested, this, [this](const QString &id) {
        if (auto opened = m_document->openDraft(id); !opened)
            emit message(opened.error().message);
    });
    connect(m_drafts, &DraftsPage::newRequested, this, [this](const QString &formId) {
        if (auto made = m_document->newDraft(formId); !made)
            emit message(made.error().message);
    });
    connect(m_submissions, &SubmissionsPage::openDraftRequested, this,
            [this](const QString &draftId, const QString &itemId) {
                if (!m_space)
                    return;
                if (auto opened = m_document->openDraft(draftId); !opened) {
                    emit message(opened.error().message);
                    return;
                }
                if (auto item = m_space->outbox().item(itemId))
                    m_document->showAnomalies(item->result.anomalyList());
                emit documentOpened(); // shown again, even if it was open already
            });
    connect(m_submissions, &SubmissionsPage::retryRequested, this, [this] {
        if (m_controller)
            m_controller->wakeOutbox();
    });
    connect(m_document, &FormDocumentPage::submitted, this, [this] {
        if (m_controller)
            m_controller->wakeOutbox();
        m_refresh->start();
    });
    connect(m_document, &FormDocumentPage::opened, this, &Workbench::documentOpened);
    connect(m_document, &FormDocumentPage::closeRequested, this, [this] {
        m_document->closeDocument();
        emit documentClosed();
    });
    connect(m_drafts, &DraftsPage::message, this, &Workbench::message);
    connect(m_submissions, &SubmissionsPage::message, this, &Workbench::message);
    connect(m_document, &FormDocumentPage::message, this, &Workbench::message);
}

void Workbench::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_controller && m_controller->isSignedIn())
        openIdentitySpace();
    else
        openLocalSpace();
}

Workbench::~Workbench()
{
    m_document->setSpace(nullptr);
}

void Workbench::setEidController(EidController *controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (!controller)
        return;
    connect(controller, &EidController::signedIn, this, &Workbench::openIdentitySpace);
    connect(controller, &EidController::signedOut, this, [this] {
        m_parkedSpace.reset(); // a helpdesk session ends with the agent's sign-in
        // The person's drafts go from the window; the local profile's open when next needed.
        m_started = false;
        openSpace(nullptr);
    });
    connect(controller, &EidController::outboxItemChanged, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(controller, &EidController::outboxResultArrived, this, &Workbench::onResult);
    connect(controller, &EidController::outboxFailed, this,
            [this](const Error &error) { emit message(error.message); });
    if (m_started && controller->isSignedIn())
        openIdentitySpace();
}

void Workbench::setOutboxSettings(const sync::OutboxWorker::Settings &settings)
{
    m_outboxSettings = settings;
}

void Workbench::setPassphraseSource(drafts::KeyProvider::PassphraseSource source)
{
    m_passphraseSource = std::move(source);
}

std::unique_ptr<drafts::KeyProvider> Workbench::makeKeys() const
{
    auto keys = std::make_unique<drafts::KeyProvider>();
    if (m_passphraseSource) {
        keys->setPassphraseSource(m_passphraseSource);
        return keys;
    }
    // No keychain answered: the drafts are protected by a passphrase the person chooses (and
    // types again on each start), never written in clear.
    QWidget *parent = m_drafts->window();
    keys->setPassphraseSource(
        [parent](drafts::KeyProvider::PassphrasePurpose purpose) -> std::optional<QString> {
            const bool create = purpose == drafts::KeyProvider::PassphrasePurpose::Create;
            const QString text =
                create
                    ? QCoreApplication::translate(
                          "guichet::ui::Workbench",
                          "No keychain answered on this computer, so Guichet cannot keep the key "
                          "of your drafts there. Choose a passphrase to protect them instead (you "
                          "will type it when Guichet starts). Without it, the drafts cannot be "
                          "opened: keep it safe.")
                    : QCoreApplication::translate("guichet::ui::Workbench",
                                                  "Your drafts are protected by a passphrase. "
                                                  "Type it to open them:");
            return PassphraseDialog::ask(
                parent, create ? PassphraseDialog::Mode::Choose : PassphraseDialog::Mode::Enter,
                QCoreApplication::translate("guichet::ui::Workbench", "Drafts passphrase"), text);
        });
    return keys;
}

void Workbench::openSpace(std::unique_ptr<UserSpace> space)
{
    // Pages first, then the old space goes (its saver flushes as it is destroyed).
    const bool hadDocument = m_document->hasDocument();
    m_document->setSpace(nullptr); // saves what is open, in the space it belongs to
    m_drafts->setSpace(space.get());
    m_submissions->setSpace(space.get());
    m_document->setSpace(space.get());
    m_space = std::move(space);
    m_problem.clear();
    m_lastPending = -1;
    m_refresh->start();
    if (hadDocument)
        emit documentClosed();
    emit spaceChanged();
}

void Workbench::openLocalSpace()
{
    auto keys = makeKeys();
    auto space = UserSpace::openLocal(m_dataDir, *keys);
    if (!space) {
        m_problem = space.error().message;
        qCWarning(lcUi) << "local drafts unavailable:" << space.error().code;
        m_document->setSpace(nullptr);
        m_drafts->setSpace(nullptr);
        m_submissions->setSpace(nullptr);
        m_space.reset();
        emit message(m_problem);
        emit spaceChanged();
        return;
    }
    openSpace(std::move(*space));
}

void Workbench::openIdentitySpace()
{
    m_started = true;
    if (!m_controller || !m_controller->isSignedIn())
        return;
    const QString nationalNumber =
        m_controller->identity().value(QLatin1String("nationalNumber")).toString();
    auto keys = makeKeys();
    auto space = UserSpace::openIdentity(m_dataDir, nationalNumber, *keys);
    if (!space) {
        m_problem = space.error().message;
        qCWarning(lcUi) << "drafts unavailable:" << space.error().code;
        emit message(m_problem);
        return;
    }
    openSpace(std::move(*space));
    startOutbox();
}

void Workbench::startOutbox()
{
    if (!m_controller || !m_controller->isSignedIn() || !m_space ||
        m_space->kind() == UserSpace::Kind::Local)
        return;
    m_controller->startOutbox(m_space->dataDirectory(), m_space->owner(), m_space->dataKey(),
                              m_outboxSettings);
}

int Workbench::pendingCount() const
{
    if (!m_space)
        return 0;
    auto counts = m_space->outbox().counts();
    return counts ? counts->pending : 0;
}

void Workbench::refreshOutbox()
{
    m_refresh->stop();
    if (m_space)
        m_space->notifyOutboxChanged();
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingChanged(pending);
    }
}

void Workbench::onResult(const QString &itemId, sync::OutboxState state)
{
    if (!m_space)
        return;
    refreshOutbox();
    m_submissions->announce(itemId);
    auto item = m_space->outbox().item(itemId);
    QString text = SubmissionsPage::stateText(state);
    if (item) {
        if (!item->result.ticket.isEmpty())
            text = tr("A result arrived: %1 (ticket %2).").arg(text, item->result.ticket);
        else
            text = tr("A result arrived: %1.").arg(text);
        if (m_document->hasDocument() && m_document->draftId() == item->draftId)
            m_document->showAnomalies(item->result.anomalyList());
    }
    emit resultArrived(itemId, state, text);
}

bool Workbench::beginHelpdeskSession(const QString &citizen)
{
    if (!m_space || m_space->kind() != UserSpace::Kind::Identity) {
        emit message(tr("Sign in as a helpdesk agent first."));
        return false;
    }
    auto space = UserSpace::openHelpdesk(m_dataDir, citizen);
    if (!space) {
        emit message(space.error().message);
        return false;
    }
    m_document->setSpace(nullptr);
    std::unique_ptr<UserSpace> own = std::move(m_space);
    openSpace(std::move(*space));
    m_parkedSpace = std::move(own);
    startOutbox();
    return true;
}

bool Workbench::isHelpdeskSession() const
{
    return m_space && m_space->kind() == UserSpace::Kind::Helpdesk;
}

Expected<int> Workbench::endHelpdeskSession(bool submitOpen, int waitMs)
{
    if (!isHelpdeskSession())
        return 0;
    if (m_document->hasDocument()) {
        if (submitOpen) {
            auto submitted = m_document->submit();
            if (!submitted)
                return submitted.error(); // the agent corrects the form or chooses to discard
        }
        m_document->closeDocument();
        emit documentClosed();
    }
    // What was submitted must reach the portal before the citizen's space goes.
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        auto items = m_space->outbox().items();
        if (!items)
            break;
        const bool unsent = std::any_of(items->begin(), items->end(), [](const auto &item) {
            return item.state == sync::OutboxState::Queued ||
                   item.state == sync::OutboxState::Sending;
        });
        if (!unsent)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    int lost = 0;
    if (auto items = m_space->outbox().items()) {
        for (const sync::OutboxItem &item : *items) {
            if (item.state == sync::OutboxState::Queued || item.state == sync::OutboxState::Sending)
                ++lost;
        }
    }
    if (m_controller)
        m_controller->stopOutbox();
    auto wiped = m_space->wipe();
    if (!wiped)
        return wiped.error();
    if (lost > 0)
        emit message(tr("%n submission(s) had not reached the portal and were discarded with "
                        "the citizen's data.",
                        nullptr, lost));
    std::unique_ptr<UserSpace> own = std::move(m_parkedSpace);
    if (own)
        openSpace(std::move(own));
    else
        openLocalSpace();
    startOutbox();
    qCInfo(lcUi) << "helpdesk session ended, drafts wiped:" << *wiped;
    return wiped;
}

Expected<QString> Workbench::startForm(const QString &formId, const QByteArray &document,
                                       const QString &onBehalfOf, const QString &title)
{
    start();
    if (!m_space)
        return Error{QStringLiteral("no-space"),
                     m_problem.isEmpty() ? tr("The drafts cannot be opened.") : m_problem,
                     {}};
    return m_document->newDraft(formId, document, onBehalfOf, title);
}

Expected<QString> Workbench::queueBatch(const QString &formId, const QList<QByteArray> &documents,
                                        const QString &onBehalfOf, const QString &label,
                                        const QStringList &itemLabels)
{
    start();
    if (!m_space)
        return Error{QStringLiteral("no-space"),
                     m_problem.isEmpty() ? tr("The drafts cannot be opened.") : m_problem,
                     {}};
    batch::BatchSubmission::Request request;
    request.formId = formId;
    request.documents = documents;
    request.onBehalfOf = onBehalfOf;
    request.label = label;
    request.itemLabels = itemLabels;
    auto queued = batch::BatchSubmission::queue(m_space->outbox(), request);
    if (!queued)
        return queued;
    wakeOutbox();
    m_refresh->start();
    return queued;
}

void Workbench::wakeOutbox()
{
    if (m_controller)
        m_controller->wakeOutbox();
}

void Workbench::saveAll()
{
    if (m_space && m_document->hasDocument()) {
        if (auto flushed = m_space->autosaver().flush(); !flushed)
            emit message(flushed.error().message);
    }
}

} // namespace guichet::ui

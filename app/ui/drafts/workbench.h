#pragma once

#include "core/drafts/keyprovider.h"
#include "core/sync/outboxitem.h"
#include "core/sync/outboxworker.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTimer;
class QWidget;

namespace guichet::ui {

class DraftsPage;
class EidController;
class FormDocumentPage;
class SubmissionsPage;
class UserSpace;

// The drafts, the outbox and their pages for whoever uses the window: the data folder's local
// profile while nobody is signed in, the signed-in person's own space afterwards (its outbox
// sent by the eID controller's worker), and the helpdesk's separate space for one citizen.
// Switching spaces saves what is open first. The main window shows the pages; this object keeps
// them fed.
class Workbench : public QObject
{
    Q_OBJECT

public:
    // The pages are created as children of pageParent.
    Workbench(const QString &dataDir, QWidget *pageParent, QObject *parent = nullptr);
    ~Workbench() override;

    void setEidController(EidController *controller);
    // Opens the drafts (the signed-in person's, else the local profile's), once: may ask for
    // the drafts passphrase when no keychain answers, so it waits until the window shows.
    void start();
    // How the outbox worker retries (tests shorten it).
    void setOutboxSettings(const sync::OutboxWorker::Settings &settings);

    DraftsPage *draftsPage() const { return m_drafts; }
    SubmissionsPage *submissionsPage() const { return m_submissions; }
    FormDocumentPage *documentPage() const { return m_document; }
    UserSpace *space() const { return m_space.get(); }
    QString dataDirectory() const { return m_dataDir; }

    // Why the drafts cannot be used now (no keychain and no passphrase...), empty when they can.
    QString problem() const { return m_problem; }
    // Submissions not final yet in the current space.
    int pendingCount() const;

    // The helpdesk's space for a citizen (national number): drafts made there are theirs, sent
    // by the agent on their behalf, and kept apart from the agent's own.
    bool beginHelpdeskSession(const QString &citizen);
    bool isHelpdeskSession() const;
    // Ends it: what is open is saved and submitted (submitOpen) or discarded; submissions
    // still on their way are given up to waitMs to reach the portal; then everything of the
    // citizen is wiped and the agent's own space comes back. Returns how many drafts were wiped.
    Expected<int> endHelpdeskSession(bool submitOpen, int waitMs = 30000);

    // A new draft of the form holding document, made for onBehalfOf, opened in the editor (the
    // workspaces' "start this form"). Opens the drafts first if needed.
    Expected<QString> startForm(const QString &formId, const QByteArray &document,
                                const QString &onBehalfOf, const QString &title);
    // Many declarations of one form as one outbox batch (all checked first); returns the batch
    // id. itemLabels (one per document, e.g. the worker's name) name the rows of the result
    // list. The outbox worker is woken.
    Expected<QString> queueBatch(const QString &formId, const QList<QByteArray> &documents,
                                 const QString &onBehalfOf, const QString &label,
                                 const QStringList &itemLabels = {});
    // Sends what waits now.
    void wakeOutbox();

    // Saves what is open (window closing).
    void saveAll();

    // For the GUI's passphrase prompt (tests replace it).
    void setPassphraseSource(drafts::KeyProvider::PassphraseSource source);

signals:
    // A new space is in place (sign-in, sign-out, helpdesk session).
    void spaceChanged();
    void documentOpened();
    void documentClosed();
    // A submission got its final result.
    void resultArrived(const QString &itemId, guichet::sync::OutboxState state,
                       const QString &text);
    void pendingChanged(int pending);
    void message(const QString &text);

private:
    void openSpace(std::unique_ptr<UserSpace> space);
    void openLocalSpace();
    void openIdentitySpace();
    void startOutbox();
    void onResult(const QString &itemId, sync::OutboxState state);
    // Lists and the pending count read again now.
    void refreshOutbox();
    std::unique_ptr<drafts::KeyProvider> makeKeys() const;

    QString m_dataDir;
    QPointer<EidController> m_controller;
    std::unique_ptr<UserSpace> m_space;
    std::unique_ptr<UserSpace> m_parkedSpace; // the agent's own, during a helpdesk session
    sync::OutboxWorker::Settings m_outboxSettings;
    drafts::KeyProvider::PassphraseSource m_passphraseSource;
    DraftsPage *m_drafts = nullptr;
    SubmissionsPage *m_submissions = nullptr;
    FormDocumentPage *m_document = nullptr;
    QTimer *m_refresh = nullptr;
    QString m_problem;
    int m_lastPending = -1;
    bool m_started = false;
};

} // namespace guichet::ui

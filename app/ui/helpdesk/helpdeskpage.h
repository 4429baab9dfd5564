#pragma once

#include "core/forms/catalogue.h"
#include "ui/pagelayout.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace guichet::api {
class PortalAccess;
}

namespace guichet::ui::helpdesk {

class HelpdeskBanner;

// The helpdesk workspace: an agent looks a citizen up by national number (checked as typed),
// then works on their behalf: starts forms for them, sees what the portal recorded in this
// session, and ends the session. Every look-up goes through the portal, which refuses agents
// without the helpdesk role and audits each access; the citizen reads that audit in their own
// account (GET /me/audit).
//
// The page does not keep anything of the citizen outside its widgets: ending a session is
// endSessionRequested(), after which the owner (the main window) sends or discards the open
// work, wipes the local data, and calls clear().
class HelpdeskPage : public PageLayout
{
    Q_OBJECT

public:
    HelpdeskPage(api::PortalAccess &portal, QWidget *parent = nullptr);

    // The citizen of the session (GET /helpdesk/citizens/{nationalNumber}: nationalNumber,
    // name, givenName, surname, address, roles), empty when none is chosen.
    QJsonObject currentCitizen() const { return m_citizen; }
    bool hasCitizen() const { return !m_citizen.isEmpty(); }

    // Shows the session in `banner` from now on: the citizen when chosen, nothing once cleared,
    // and its button asks to end the session as the page's own button does. The banner stays
    // the caller's (usually the main window's) widget.
    void attachBanner(HelpdeskBanner *banner);

    QLineEdit *nationalNumberEdit() const { return m_number; }
    QPushButton *lookUpButton() const { return m_lookUp; }
    // What the typed number looks like (digits so far, what is wrong, or the printed form).
    QLabel *numberStatusLabel() const { return m_numberStatus; }
    // The portal's answer when it is not a citizen (refusal, unknown citizen, unreachable, ...).
    QLabel *lookupMessageLabel() const { return m_lookupMessage; }
    QLabel *citizenNameLabel() const { return m_name; }
    QListWidget *formList() const { return m_forms; }
    QPushButton *startFormButton() const { return m_startForm; }
    QTreeWidget *auditView() const { return m_audit; }
    QPushButton *refreshAuditButton() const { return m_refreshAudit; }
    QPushButton *endSessionButton() const { return m_endSession; }
    bool isLookingUp() const { return m_lookingUp; }

public slots:
    // Looks up the number typed, when it is a valid one; otherwise says what is wrong with it.
    void lookUp();
    // Reads again what the portal recorded for this citizen since the session began (the
    // declarations filed for them). Runs by itself each time the page is shown again; call it
    // after filing on the citizen's behalf if the page stays on screen.
    void refreshAudit();
    // Emits endSessionRequested() for the current citizen (nothing happens without one).
    void requestEndSession();
    // Forgets the citizen: every field, list, message, the audit view, the line edit's undo
    // history, and the attached banners. Replies still on their way are ignored. Ready for the
    // next citizen, the national number field has the focus.
    void clear();

signals:
    void citizenChosen(const QJsonObject &citizen);
    // Start `formId` for the citizen. `document` is the form's starting JSON (the citizen's
    // national number, and filedBy "helpdesk" where the form has those fields) or empty for a
    // blank form; `onBehalfOf` the citizen's national number; `title` the form's title in the
    // current language.
    void openFormRequested(const QString &formId, const QByteArray &document,
                           const QString &onBehalfOf, const QString &title);
    void endSessionRequested(const QJsonObject &citizen);
    // clear() ran: attached banners hide.
    void cleared();
    // The audit view was read again from the portal (successfully or not).
    void auditRefreshed();

protected:
    void changeEvent(QEvent *event) override;
    // Coming back to the page (after a form filed for the citizen) reads the record again.
    void showEvent(QShowEvent *event) override;

private:
    // Why the last look-up gave no citizen; the sentence is made when shown, in the language of
    // the moment.
    enum class Failure
    {
        None,
        Invalid,        // the typed number is not a valid national number
        NotSignedIn,    // no portal session
        NotHelpdesk,    // 403 not-helpdesk
        UnknownCitizen, // 404 unknown-citizen
        Refused,        // 400: the portal found the number malformed
        Expired,        // 401: the sign-in has expired
        Busy,           // 429, 503
        Server,         // any other HTTP error
        Unreachable,    // no HTTP answer
        BadAnswer,      // 200 without a citizen in it
    };

    struct AuditRow
    {
        QDateTime at; // UTC
        QString action;
        QString resource;
    };

    void retranslateUi();
    void updateNumberStatus();
    void showLookupFailure();
    void showCitizen();
    void populateForms();
    void showAudit();
    void showAuditStatus();
    void startSelectedForm();
    void setLookingUp(bool lookingUp);
    void chooseCitizen(const QJsonObject &citizen);
    void loadCatalogue();
    QByteArray startingDocument(const forms::CatalogueEntry &form) const;

    api::PortalAccess &m_portal;
    // Bumped by clear(): replies carrying an older value belong to a finished session.
    quint64 m_session = 0;
    bool m_lookingUp = false;
    QJsonObject m_citizen;
    QDateTime m_sessionStart; // UTC, whole seconds
    Failure m_failure = Failure::None;
    bool m_submitted = false;    // the agent pressed Enter on the number shown
    QString m_failureDetail;     // the portal's detail or the transport error
    QList<AuditRow> m_auditRows; // oldest first
    QDateTime m_auditRead;       // when the audit view was last read from the portal
    QString m_auditError;
    bool m_auditLoading = false;
    QList<forms::CatalogueEntry> m_catalogue;
    QString m_catalogueError;
    QList<QPointer<HelpdeskBanner>> m_banners;

    QGroupBox *m_lookupBox = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_lookUp = nullptr;
    QLabel *m_numberStatus = nullptr;
    QLabel *m_lookupMessage = nullptr;

    QWidget *m_sessionArea = nullptr;
    QGroupBox *m_citizenBox = nullptr;
    QLabel *m_nameCaption = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_numberCaption = nullptr;
    QLabel *m_printedNumber = nullptr;
    QLabel *m_addressCaption = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_rolesCaption = nullptr;
    QLabel *m_roles = nullptr;

    QGroupBox *m_formsBox = nullptr;
    QLabel *m_formsLabel = nullptr;
    QListWidget *m_forms = nullptr;
    QPushButton *m_startForm = nullptr;
    QLabel *m_formsMessage = nullptr;

    QGroupBox *m_auditBox = nullptr;
    QLabel *m_auditExplanation = nullptr;
    QLabel *m_auditLabel = nullptr;
    QTreeWidget *m_audit = nullptr;
    QPushButton *m_refreshAudit = nullptr;
    QLabel *m_auditStatus = nullptr;

    QPushButton *m_endSession = nullptr;
};

} // namespace guichet::ui::helpdesk

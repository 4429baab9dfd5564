#include "helpdeskpage.h"

#include "helpdeskbanner.h"
#include "nationalnumbercheck.h"

#include "core/api/portalaccess.h"
#include "core/forms/formreference.h"
#include "core/logging.h"
#include "core/paths.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet::ui::helpdesk {

namespace {

constexpr int s_formIdRole = Qt::UserRole;

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *messageLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Paths name the citizen by national number; the screen of a shared desk shows it masked.
QString maskedResource(const QString &resource)
{
    static const QRegularExpression number(QStringLiteral("(?<![0-9])[0-9]{11}(?![0-9])"));
    QString out = resource;
    QRegularExpressionMatch match = number.match(out);
    while (match.hasMatch()) {
        const QString masked = maskedNationalNumber(match.captured());
        out.replace(match.capturedStart(), match.capturedLength(), masked);
        match = number.match(out, match.capturedStart() + masked.size());
    }
    return out;
}

} // namespace

HelpdeskPage::HelpdeskPage(api::PortalAccess &portal, QWidget *parent)
    : PageLayout(parent), m_portal(portal)
{
    setObjectName(QStringLiteral("helpdeskPage"));
    QWidget *column = lead()->parentWidget();

    // --- Look-up -------------------------------------------------------------------------------
    m_lookupBox = new QGroupBox(column);
    m_lookupBox->setObjectName(QStringLiteral("helpdeskLookup"));
    auto *lookupLayout = new QVBoxLayout(m_lookupBox);
    m_numberLabel = new QLabel(m_lookupBox);
    lookupLayout->addWidget(m_numberLabel);
    auto *numberRow = new QHBoxLayout;
    m_number = new QLineEdit(m_lookupBox);
    m_number->setObjectName(QStringLiteral("nationalNumber"));
    // Room for the printed form with spaces around its separators, not for a pasted essay.
    m_number->setMaxLength(32);
    m_number->setClearButtonEnabled(true);
    m_number->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText |
                                  Qt::ImhSensitiveData);
    m_numberLabel->setBuddy(m_number);
    numberRow->addWidget(m_number, 1);
    m_lookUp = new QPushButton(m_lookupBox);
    m_lookUp->setObjectName(QStringLiteral("lookUp"));
    numberRow->addWidget(m_lookUp);
    lookupLayout->addLayout(numberRow);
    m_numberStatus = messageLabel(m_lookupBox, "nationalNumberStatus");
    lookupLayout->addWidget(m_numberStatus);
    m_lookupMessage = messageLabel(m_lookupBox, "lookupMessage");
    m_lookupMessage->setVisible(false);
    QFont strong = m_lookupMessage->font();
    strong.setBold(true);
    m_lookupMessage->setFont(strong);
    lookupLayout->addWidget(m_lookupMessage);
    contentLayout()->addWidget(m_lookupBox);

    connect(m_number, &QLineEdit::textChanged, this, [this] {
        m_submitted = false;
        if (m_failure == Failure::Invalid)
            m_failure = Failure::None;
        updateNumberStatus();
        showLookupFailure();
    });
    connect(m_number, &QLineEdit::returnPressed, this, &HelpdeskPage::lookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &HelpdeskPage::lookUp);

    // --- The session: who, forms, audit, end -------------------------------------------------
    m_sessionArea = new QWidget(column);
    m_sessionArea->setObjectName(QStringLiteral("helpdeskSession"));
    auto *sessionLayout = new QVBoxLayout(m_sessionArea);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->setSpacing(fontMetrics().height());

    m_citizenBox = new QGroupBox(m_sessionArea);
    m_citizenBox->setObjectName(QStringLiteral("helpdeskCitizen"));
    auto *citizenLayout = new QFormLayout(m_citizenBox);
    m_nameCaption = new QLabel(m_citizenBox);
    m_name = valueLabel(m_citizenBox, "citizenName");
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_numberCaption = new QLabel(m_citizenBox);
    m_printedNumber = valueLabel(m_citizenBox, "citizenNationalNumber");
    m_addressCaption = new QLabel(m_citizenBox);
    m_address = valueLabel(m_citizenBox, "citizenAddress");
    m_rolesCaption = new QLabel(m_citizenBox);
    m_roles = valueLabel(m_citizenBox, "citizenRoles");
    citizenLayout->addRow(m_nameCaption, m_name);
    citizenLayout->addRow(m_numberCaption, m_printedNumber);
    citizenLayout->addRow(m_addressCaption, m_address);
    citizenLayout->addRow(m_rolesCaption, m_roles);
    m_nameCaption->setBuddy(m_name);
    m_numberCaption->setBuddy(m_printedNumber);
    m_addressCaption->setBuddy(m_address);
    m_rolesCaption->setBuddy(m_roles);
    sessionLayout->addWidget(m_citizenBox);

    m_formsBox = new QGroupBox(m_sessionArea);
    m_formsBox->setObjectName(QStringLiteral("helpdeskForms"));
    auto *formsLayout = new QVBoxLayout(m_formsBox);
    m_formsLabel = new QLabel(m_formsBox);
    formsLayout->addWidget(m_formsLabel);
    m_forms = new QListWidget(m_formsBox);
    m_forms->setObjectName(QStringLiteral("helpdeskFormList"));
    m_forms->setSelectionMode(QAbstractItemView::SingleSelection);
    m_forms->setMaximumHeight(fontMetrics().height() * 8);
    m_formsLabel->setBuddy(m_forms);
    formsLayout->addWidget(m_forms);
    m_formsMessage = messageLabel(m_formsBox, "helpdeskFormsMessage");
    m_formsMessage->setVisible(false);
    formsLayout->addWidget(m_formsMessage);
    auto *formButtons = new QHBoxLayout;
    m_startForm = new QPushButton(m_formsBox);
    m_startForm->setObjectName(QStringLiteral("startForm"));
    formButtons->addWidget(m_startForm);
    formButtons->addStretch(1);
    formsLayout->addLayout(formButtons);
    sessionLayout->addWidget(m_formsBox);
    connect(m_startForm, &QPushButton::clicked, this, &HelpdeskPage::startSelectedForm);
    connect(m_forms, &QListWidget::itemActivated, this, [this] { startSelectedForm(); });
    connect(m_forms, &QListWidget::currentRowChanged, this,
            [this](int row) { m_startForm->setEnabled(row >= 0); });

    m_auditBox = new QGroupBox(m_sessionArea);
    m_auditBox->setObjectName(QStringLiteral("helpdeskAudit"));
    auto *auditLayout = new QVBoxLayout(m_auditBox);
    m_auditExplanation = messageLabel(m_auditBox, "helpdeskAuditExplanation");
    auditLayout->addWidget(m_auditExplanation);
    m_auditLabel = new QLabel(m_auditBox);
    auditLayout->addWidget(m_auditLabel);
    m_audit = new QTreeWidget(m_auditBox);
    m_audit->setObjectName(QStringLiteral("helpdeskAuditView"));
    m_audit->setColumnCount(3);
    m_audit->setRootIsDecorated(false);
    m_audit->setUniformRowHeights(true);
    m_audit->setSelectionMode(QAbstractItemView::SingleSelection);
    m_audit->header()->setStretchLastSection(true);
    m_audit->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_audit->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_audit->setMaximumHeight(fontMetrics().height() * 10);
    m_auditLabel->setBuddy(m_audit);
    auditLayout->addWidget(m_audit);
    auto *auditRow = new QHBoxLayout;
    m_refreshAudit = new QPushButton(m_auditBox);
    m_refreshAudit->setObjectName(QStringLiteral("refreshAudit"));
    auditRow->addWidget(m_refreshAudit);
    m_auditStatus = messageLabel(m_auditBox, "helpdeskAuditStatus");
    auditRow->addWidget(m_auditStatus, 1);
    auditLayout->addLayout(auditRow);
    sessionLayout->addWidget(m_auditBox);
    connect(m_refreshAudit, &QPushButton::clicked, this, &HelpdeskPage::refreshAudit);

    auto *endRow = new QHBoxLayout;
    m_endSession = new QPushButton(m_sessionArea);
    m_endSession->setObjectName(QStringLiteral("endSession"));
    endRow->addWidget(m_endSession);
    endRow->addStretch(1);
    sessionLayout->addLayout(endRow);
    connect(m_endSession, &QPushButton::clicked, this, &HelpdeskPage::requestEndSession);

    contentLayout()->addWidget(m_sessionArea);
    contentLayout()->addStretch(1);
    m_sessionArea->setVisible(false);

    // Type the number, Enter, then Tab through what can be done for the citizen.
    setTabOrder(m_number, m_lookUp);
    setTabOrder(m_lookUp, m_forms);
    setTabOrder(m_forms, m_startForm);
    setTabOrder(m_startForm, m_audit);
    setTabOrder(m_audit, m_refreshAudit);
    setTabOrder(m_refreshAudit, m_endSession);
    setFocusProxy(m_number);

    loadCatalogue();
    retranslateUi();
}

void HelpdeskPage::attachBanner(HelpdeskBanner *banner)
{
    if (!banner || m_banners.contains(banner))
        return;
    m_banners.append(banner);
    connect(this, &HelpdeskPage::citizenChosen, banner, &HelpdeskBanner::setCitizen);
    connect(this, &HelpdeskPage::cleared, banner, &HelpdeskBanner::clear);
    connect(banner, &HelpdeskBanner::endSessionRequested, this, &HelpdeskPage::requestEndSession);
    if (hasCitizen())
        banner->setCitizen(m_citizen);
    else
        banner->clear();
}

// --- Look-up ----------------------------------------------------------------------------------

void HelpdeskPage::lookUp()
{
    if (m_lookingUp || hasCitizen())
        return;
    const NationalNumberCheck check = NationalNumberCheck::check(m_number->text());
    m_submitted = true;
    if (!check.isValid()) {
        m_failure = check.problem() == NationalNumberCheck::Problem::Empty ? Failure::None
                                                                           : Failure::Invalid;
        updateNumberStatus();
        showLookupFailure();
        m_number->setFocus();
        return;
    }
    if (!m_portal.isSignedIn()) {
        m_failure = Failure::NotSignedIn;
        showLookupFailure();
        return;
    }
    m_failure = Failure::None;
    m_failureDetail.clear();
    showLookupFailure();
    setLookingUp(true);
    const QString number = check.compact();
    const quint64 session = m_session;
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    m_portal.get(
        QStringLiteral("/helpdesk/citizens/") + number, this,
        [this, session, number, asked](const Expected<api::Reply> &reply) {
            if (session != m_session)
                return; // the session was cleared meanwhile
            setLookingUp(false);
            if (!reply) {
                const QString code = reply.error().code;
                m_failure = code == QLatin1String("not-signed-in") ? Failure::NotSignedIn
                                                                   : Failure::Unreachable;
                m_failureDetail = reply.error().message;
                qCInfo(lcUi) << "helpdesk look-up got no answer:"
                             << logging::redact(reply.error().code);
                showLookupFailure();
                return;
            }
            const api::Reply &answer = *reply;
            if (answer.status == 200 &&
                answer.json.value(QLatin1String("nationalNumber")).toString() == number) {
                // Whole seconds, as the portal's record speaks.
                m_sessionStart = asked.addMSecs(-asked.time().msec());
                m_auditRows.append(AuditRow{m_sessionStart, QStringLiteral("helpdesk.lookup"),
                                            QStringLiteral("/api/v1/helpdesk/citizens/") + number});
                chooseCitizen(answer.json);
                return;
            }
            const QString reason = answer.reason();
            if (answer.status == 200)
                m_failure = Failure::BadAnswer;
            else if (reason == QLatin1String("not-helpdesk"))
                m_failure = Failure::NotHelpdesk;
            else if (answer.status == 404)
                m_failure = Failure::UnknownCitizen;
            else if (answer.status == 400)
                m_failure = Failure::Refused;
            else if (answer.status == 401)
                m_failure = Failure::Expired;
            else if (answer.status == 429 || answer.status == 503)
                m_failure = Failure::Busy;
            else
                m_failure = Failure::Server;
            m_failureDetail = answer.detail().isEmpty() ? QString::number(answer.status)
                                                        : logging::redact(answer.detail());
            qCInfo(lcUi) << "helpdesk look-up refused:" << answer.status << logging::redact(reason);
            showLookupFailure();
        });
}

void HelpdeskPage::setLookingUp(bool lookingUp)
{
    m_lookingUp = lookingUp;
    m_number->setReadOnly(lookingUp);
    m_lookUp->setEnabled(!lookingUp && !hasCitizen());
    updateNumberStatus();
}

void HelpdeskPage::chooseCitizen(const QJsonObject &citizen)
{
    m_citizen = citizen;
    m_failure = Failure::None;
    m_failureDetail.clear();
    // The number is shown in the citizen's card now; the field waits empty for the next one,
    // and stays closed until this session ends (one citizen at a time on a shared desk).
    m_number->setText(QString());
    m_lookupBox->setEnabled(false);
    showLookupFailure();
    showCitizen();
    populateForms();
    m_auditRead = QDateTime::currentDateTimeUtc();
    m_auditError.clear();
    showAudit();
    showAuditStatus();
    m_sessionArea->setVisible(true);
    updateNumberStatus();
    emit citizenChosen(m_citizen);
    if (m_forms->count() > 0) {
        m_forms->setCurrentRow(0);
        m_forms->setFocus();
    } else {
        m_endSession->setFocus();
    }
}

void HelpdeskPage::updateNumberStatus()
{
    QString text;
    if (m_lookingUp) {
        text = tr("Looking the citizen up…");
    } else if (hasCitizen()) {
        text = tr("End this session before helping another citizen.");
    } else {
        const NationalNumberCheck check = NationalNumberCheck::check(m_number->text());
        if (check.isValid()) {
            const QString kind =
                check.isBis() ? tr("Valid BIS number") : tr("Valid national number");
            if (check.birthDate().isValid())
                text = tr("%1 %2, born on %3. Press Enter to look the citizen up.")
                           .arg(kind, check.printed(),
                                QLocale().toString(check.birthDate(), QLocale::LongFormat));
            else
                text = tr("%1 %2. Press Enter to look the citizen up.").arg(kind, check.printed());
        } else if (check.problem() == NationalNumberCheck::Problem::Empty) {
            text = tr("11 digits, printed as YY.MM.DD-XXX.CC or typed without separators.");
        } else {
            text = check.message(m_submitted);
        }
    }
    m_numberStatus->setText(text);
    m_number->setAccessibleDescription(text);
}

void HelpdeskPage::showLookupFailure()
{
    QString text;
    switch (m_failure) {
    case Failure::None:
    case Failure::Invalid: // said by the number's status line
        break;
    case Failure::NotSignedIn:
        text = tr("Sign in with your eID card before looking a citizen up.");
        break;
    case Failure::NotHelpdesk:
        text = tr("The portal refused: looking citizens up is reserved to helpdesk agents, and "
                  "your account does not have the helpdesk role.");
        break;
    case Failure::UnknownCitizen:
        text = tr("The portal knows no citizen with this national number. Check the number with "
                  "the citizen.");
        break;
    case Failure::Refused:
        text =
            tr("The portal refused this national number as malformed (%1).").arg(m_failureDetail);
        break;
    case Failure::Expired:
        text = tr("Your sign-in has expired: sign in again with your eID card, then look the "
                  "citizen up again.");
        break;
    case Failure::Busy:
        text = tr("The portal is busy: try again in a moment.");
        break;
    case Failure::Server:
        text = tr("The portal could not answer the look-up (%1).").arg(m_failureDetail);
        break;
    case Failure::Unreachable:
        text = tr("The portal could not be reached: %1").arg(m_failureDetail);
        break;
    case Failure::BadAnswer:
        text = tr("The portal's answer did not describe the citizen asked for; nothing was "
                  "shown.");
        break;
    }
    m_lookupMessage->setText(text);
    m_lookupMessage->setAccessibleName(text);
    m_lookupMessage->setVisible(!text.isEmpty());
}

// --- The citizen ------------------------------------------------------------------------------

void HelpdeskPage::showCitizen()
{
    if (!hasCitizen()) {
        for (QLabel *label : {m_name, m_printedNumber, m_address, m_roles})
            label->clear();
        m_citizenBox->setAccessibleDescription({});
        return;
    }
    const QString number = m_citizen.value(QLatin1String("nationalNumber")).toString();
    m_name->setText(m_citizen.value(QLatin1String("name")).toString());
    m_printedNumber->setText(NationalNumberCheck::check(number).printed());
    m_address->setText(m_citizen.value(QLatin1String("address")).toString());
    QStringList roles;
    for (const QJsonValue &role : m_citizen.value(QLatin1String("roles")).toArray()) {
        const QString key = role.toString();
        if (key == QLatin1String("citizen"))
            roles << tr("Citizen");
        else if (key == QLatin1String("self-employed"))
            roles << tr("Self-employed");
        else if (key == QLatin1String("employer"))
            roles << tr("Employer");
        else if (key == QLatin1String("helpdesk"))
            roles << tr("Helpdesk agent");
        else if (!key.isEmpty())
            roles << key;
    }
    m_roles->setText(roles.isEmpty() ? tr("None") : QLocale().createSeparatedList(roles));
    m_citizenBox->setAccessibleDescription(m_name->text());
}

// --- Forms ------------------------------------------------------------------------------------

void HelpdeskPage::loadCatalogue()
{
    auto catalogue = forms::Catalogue::load(paths::formsDirectory());
    if (!catalogue) {
        m_catalogueError = catalogue.error().message;
        qCWarning(lcUi) << "helpdesk: no form catalogue:" << catalogue.error().message;
        return;
    }
    m_catalogue = catalogue->entries();
}

void HelpdeskPage::populateForms()
{
    const QString selected =
        m_forms->currentItem() ? m_forms->currentItem()->data(s_formIdRole).toString() : QString();
    m_forms->clear();
    m_formsMessage->clear();
    m_formsMessage->setVisible(false);
    if (!hasCitizen()) {
        m_startForm->setEnabled(false);
        return;
    }
    QStringList roles;
    for (const QJsonValue &role : m_citizen.value(QLatin1String("roles")).toArray())
        roles << role.toString();
    // The forms a citizen files for themself; the self-employed ones only for people the
    // portal knows as self-employed. Employer forms belong to the employer workspace.
    for (const forms::CatalogueEntry &form : std::as_const(m_catalogue)) {
        const bool forCitizens = form.audiences.contains(QLatin1String("citizen")) ||
                                 form.audiences.contains(QLatin1String("helpdesk"));
        const bool forSelfEmployed = form.audiences.contains(QLatin1String("self-employed")) &&
                                     roles.contains(QLatin1String("self-employed"));
        if (!forCitizens && !forSelfEmployed)
            continue;
        auto *item = new QListWidgetItem(form.title(), m_forms);
        item->setData(s_formIdRole, form.id);
        item->setToolTip(form.id);
        if (form.id == selected)
            m_forms->setCurrentItem(item);
    }
    if (m_forms->count() == 0) {
        m_formsMessage->setText(
            m_catalogueError.isEmpty()
                ? tr("No form can be started for this citizen here.")
                : tr("The list of forms could not be read: %1").arg(m_catalogueError));
        m_formsMessage->setVisible(true);
    }
    m_startForm->setEnabled(m_forms->currentRow() >= 0);
}

QByteArray HelpdeskPage::startingDocument(const forms::CatalogueEntry &form) const
{
    auto reference = forms::resolveFormReference(form.id + QLatin1Char('@') +
                                                     QString::number(form.latestVersion()),
                                                 paths::formsDirectory());
    if (!reference)
        return {};
    QFile file(QDir(reference->directory()).filePath(QStringLiteral("schema.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject properties = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QLatin1String("properties"))
                                       .toObject();
    QJsonObject document;
    // The agent fills in the form for the citizen: who it is for and who files it are known.
    const QJsonObject niss = properties.value(QLatin1String("niss")).toObject();
    if (niss.value(QLatin1String("format")).toString() == QLatin1String("be-niss"))
        document.insert(QStringLiteral("niss"), m_citizen.value(QLatin1String("nationalNumber")));
    const QJsonArray filedBy = properties.value(QLatin1String("filedBy"))
                                   .toObject()
                                   .value(QLatin1String("enum"))
                                   .toArray();
    if (filedBy.contains(QStringLiteral("helpdesk")))
        document.insert(QStringLiteral("filedBy"), QStringLiteral("helpdesk"));
    // The agent's identifier is the agent's own national number (the portal refuses any other):
    // the agent only adds the mandate reference.
    const QString agent = m_portal.identity().value(QLatin1String("nationalNumber")).toString();
    const QJsonObject onBehalfOf = properties.value(QLatin1String("onBehalfOf")).toObject();
    if (!agent.isEmpty() &&
        onBehalfOf.value(QLatin1String("properties")).toObject().contains(QLatin1String("agentId")))
        document.insert(QStringLiteral("onBehalfOf"), QJsonObject{{"agentId", agent}});
    if (document.isEmpty())
        return {};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

void HelpdeskPage::startSelectedForm()
{
    QListWidgetItem *item = m_forms->currentItem();
    if (!hasCitizen() || !item)
        return;
    const QString id = item->data(s_formIdRole).toString();
    for (const forms::CatalogueEntry &form : std::as_const(m_catalogue)) {
        if (form.id != id)
            continue;
        emit openFormRequested(form.id, startingDocument(form),
                               m_citizen.value(QLatin1String("nationalNumber")).toString(),
                               form.title());
        return;
    }
}

// --- Audit ------------------------------------------------------------------------------------

void HelpdeskPage::refreshAudit()
{
    if (!hasCitizen() || m_auditLoading)
        return;
    const QString number = m_citizen.value(QLatin1String("nationalNumber")).toString();
    const quint64 session = m_session;
    m_auditLoading = true;
    m_refreshAudit->setEnabled(false);
    showAuditStatus();
    // GET /me/audit is the caller's own trail (who looked at the agent's data), so the agent
    // sees the session through what the portal audits for them: the look-up (answered only
    // once audited) and the declarations filed on the citizen's behalf (each audited as
    // declaration.file with this resource).
    m_portal.get(
        QStringLiteral("/declarations?onBehalfOf=%1&limit=100").arg(number), this,
        [this, session](const Expected<api::Reply> &reply) {
            if (session != m_session)
                return;
            m_auditLoading = false;
            m_refreshAudit->setEnabled(true);
            if (!reply) {
                m_auditError = reply.error().message;
            } else if (reply->status != 200) {
                m_auditError = reply->detail().isEmpty() ? QString::number(reply->status)
                                                         : logging::redact(reply->detail());
            } else {
                m_auditError.clear();
                m_auditRead = QDateTime::currentDateTimeUtc();
                const QJsonArray declarations =
                    reply->json.value(QLatin1String("declarations")).toArray();
                // The portal lists the newest first; the rows are kept oldest first, so that
                // within one second the later action stays the later row.
                QList<AuditRow> added;
                for (const QJsonValue &value : declarations) {
                    const QJsonObject declaration = value.toObject();
                    QDateTime at = QDateTime::fromString(
                        declaration.value(QLatin1String("submittedAt")).toString(), Qt::ISODate);
                    if (!at.isValid() || at.toUTC() < m_sessionStart)
                        continue;
                    const QString resource = QStringLiteral("/api/v1/declarations/") +
                                             declaration.value(QLatin1String("id")).toString();
                    const bool known =
                        std::any_of(m_auditRows.cbegin(), m_auditRows.cend(),
                                    [&](const AuditRow &row) { return row.resource == resource; });
                    if (!known)
                        added.prepend(
                            AuditRow{at.toUTC(), QStringLiteral("declaration.file"), resource});
                }
                m_auditRows.append(added);
                std::stable_sort(m_auditRows.begin(), m_auditRows.end(),
                                 [](const AuditRow &a, const AuditRow &b) { return a.at < b.at; });
                showAudit();
            }
            showAuditStatus();
            emit auditRefreshed();
        });
}

void HelpdeskPage::showAudit()
{
    const int current = m_audit->indexOfTopLevelItem(m_audit->currentItem());
    m_audit->clear();
    // Newest first, as the citizen's own audit shows it.
    for (auto it = m_auditRows.crbegin(); it != m_auditRows.crend(); ++it) {
        const AuditRow &row = *it;
        QString action;
        if (row.action == QLatin1String("helpdesk.lookup"))
            action = tr("Looked the citizen up");
        else if (row.action == QLatin1String("helpdesk.quotas"))
            action = tr("Read the citizen's quotas");
        else if (row.action == QLatin1String("helpdesk.contributions"))
            action = tr("Read the citizen's contributions");
        else if (row.action == QLatin1String("declaration.file"))
            action = tr("Filed a declaration for the citizen");
        else
            action = row.action;
        auto *item = new QTreeWidgetItem(
            m_audit, {QLocale().toString(row.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                      action, maskedResource(row.resource)});
        item->setData(0, Qt::UserRole, row.action);
        item->setToolTip(1, row.action);
    }
    if (current >= 0 && current < m_audit->topLevelItemCount())
        m_audit->setCurrentItem(m_audit->topLevelItem(current));
}

void HelpdeskPage::showAuditStatus()
{
    QString text;
    if (m_auditLoading)
        text = tr("Reading the portal's record…");
    else if (!m_auditError.isEmpty())
        text = tr("The portal's record could not be read: %1").arg(m_auditError);
    else if (hasCitizen() && m_auditRead.isValid())
        text = tr("%n access(es) recorded in this session, as of %1.", nullptr,
                  int(m_auditRows.size()))
                   .arg(QLocale().toString(m_auditRead.toLocalTime().time(), QLocale::ShortFormat));
    m_auditStatus->setText(text);
    m_audit->setAccessibleDescription(text);
}

// --- End of the session -----------------------------------------------------------------------

void HelpdeskPage::requestEndSession()
{
    if (hasCitizen())
        emit endSessionRequested(m_citizen);
}

void HelpdeskPage::clear()
{
    ++m_session;
    m_lookingUp = false;
    m_auditLoading = false;
    m_citizen = {};
    m_sessionStart = {};
    m_failure = Failure::None;
    m_failureDetail.clear();
    m_submitted = false;
    m_auditRows.clear();
    m_auditRead = {};
    m_auditError.clear();

    // setText() (unlike clear()) also drops the undo history: Ctrl+Z must not bring the
    // previous citizen's number back.
    m_number->setText(QString());
    m_number->setReadOnly(false);
    m_number->setModified(false);
    m_lookupBox->setEnabled(true);
    m_lookUp->setEnabled(true);
    m_refreshAudit->setEnabled(true);
    showLookupFailure();
    showCitizen();
    populateForms();
    m_audit->clear();
    showAuditStatus();
    m_sessionArea->setVisible(false);
    updateNumberStatus();
    emit cleared();
    m_number->setFocus();
}

void HelpdeskPage::showEvent(QShowEvent *event)
{
    PageLayout::showEvent(event);
    if (hasCitizen() && !event->spontaneous())
        refreshAudit();
}

// --- Language ---------------------------------------------------------------------------------

void HelpdeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PageLayout::changeEvent(event);
}

void HelpdeskPage::retranslateUi()
{
    heading()->setText(tr("Helpdesk"));
    lead()->setText(tr("Look a citizen up by national number to act on their behalf. The portal "
                       "records every access, and the citizen sees each one in their own "
                       "account."));
    m_lookupBox->setTitle(tr("Look a citizen up"));
    m_numberLabel->setText(tr("&National number of the citizen:"));
    m_number->setPlaceholderText(tr("YY.MM.DD-XXX.CC"));
    m_number->setAccessibleName(tr("National number of the citizen"));
    m_lookUp->setText(tr("&Look up"));
    m_lookUp->setAccessibleDescription(tr("Asks the portal for the citizen with this number."));

    m_citizenBox->setTitle(tr("Citizen"));
    m_nameCaption->setText(tr("Name:"));
    m_numberCaption->setText(tr("National number:"));
    m_addressCaption->setText(tr("Address:"));
    m_rolesCaption->setText(tr("Known to the portal as:"));

    m_formsBox->setTitle(tr("Start a form for this citizen"));
    m_formsLabel->setText(tr("&Forms:"));
    m_forms->setAccessibleName(tr("Forms to start for the citizen"));
    m_startForm->setText(tr("&Start the form"));
    m_startForm->setAccessibleDescription(
        tr("Opens the chosen form, filled in on the citizen's behalf."));

    m_auditBox->setTitle(tr("Recorded in this session"));
    m_auditExplanation->setText(
        tr("What the portal recorded of your work for this citizen: the look-up and the "
           "declarations filed on their behalf. The citizen sees each access in their account."));
    m_auditLabel->setText(tr("&Accesses:"));
    m_audit->setHeaderLabels({tr("Time"), tr("Action"), tr("Resource")});
    m_audit->setAccessibleName(tr("Accesses recorded in this session"));
    m_refreshAudit->setText(tr("&Refresh"));
    m_refreshAudit->setAccessibleDescription(tr("Reads the portal's record again."));

    m_endSession->setText(tr("&End session"));
    m_endSession->setAccessibleDescription(
        tr("Sends or discards the work done for this citizen, wipes it from this computer and "
           "frees the desk for the next citizen."));

    updateNumberStatus();
    showLookupFailure();
    showCitizen();
    populateForms();
    showAudit();
    showAuditStatus();
}

} // namespace guichet::ui::helpdesk

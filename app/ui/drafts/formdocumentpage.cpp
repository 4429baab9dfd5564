#include "formdocumentpage.h"

#include "core/forms/catalogue.h"
#include "core/i18n.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/logging.h"
#include "core/paths.h"
#include "ui/drafts/userspace.h"
#include "ui/form/formview.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

QByteArray toBytes(const json::Value &value)
{
    return QByteArray::fromStdString(json::serialize(value));
}

drafts::DraftValidity validityOf(const model::FormModel &model)
{
    if (model.isValidating())
        return {};
    const int errors = model.errorCount();
    return {errors == 0 ? drafts::DraftValidity::Valid : drafts::DraftValidity::Invalid, errors};
}

} // namespace

FormDocumentPage::FormDocumentPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formDocumentPage"));
    m_layout = new QVBoxLayout(this);

    auto *header = new QFormLayout;
    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    m_titleLabel->setBuddy(m_title);
    header->addRow(m_titleLabel, m_title);
    m_formLabel = new QLabel(this);
    m_formLabel->setObjectName(QStringLiteral("draftForm"));
    m_formLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addRow(m_formLabel);
    m_layout->addLayout(header);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_space || m_draftId.isEmpty())
            return;
        if (auto set = m_space->drafts().setTitle(m_draftId, m_title->text().trimmed()); !set)
            emit message(set.error().message);
        else
            m_space->notifyDraftsChanged();
    });

    m_anomalyHeading = new QLabel(this);
    m_anomalyHeading->setObjectName(QStringLiteral("anomalyHeading"));
    m_anomalyHeading->setWordWrap(true);
    m_anomalies = new QListWidget(this);
    m_anomalies->setObjectName(QStringLiteral("anomalyList"));
    m_anomalies->setMaximumHeight(fontMetrics().height() * 6);
    m_anomalyHeading->setBuddy(m_anomalies);
    m_anomalyHeading->hide();
    m_anomalies->hide();
    m_layout->addWidget(m_anomalyHeading);
    m_layout->addWidget(m_anomalies);
    connect(m_anomalies, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (m_view)
            m_view->focusPointer(item->data(Qt::UserRole).toString());
    });

    // Values an earlier version of the form held and the current one does not take: kept with
    // the draft, and findable again from here.
    auto *aside = new QHBoxLayout;
    m_asideNote = new QLabel(this);
    m_asideNote->setObjectName(QStringLiteral("setAsideNote"));
    m_asideNote->setWordWrap(true);
    m_asideButton = new QPushButton(this);
    m_asideButton->setObjectName(QStringLiteral("setAsideButton"));
    m_asideNote->setBuddy(m_asideButton);
    aside->addWidget(m_asideNote, 1);
    aside->addWidget(m_asideButton);
    m_layout->addLayout(aside);
    m_asideNote->hide();
    m_asideButton->hide();
    connect(m_asideButton, &QPushButton::clicked, this, &FormDocumentPage::showSetAside);

    auto *buttons = new QHBoxLayout;
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setFocusPolicy(Qt::TabFocus); // a screen reader user can hear it
    buttons->addWidget(m_saveState, 1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeDraft"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitDraft"));
    m_submit->setDefault(false);
    buttons->addWidget(m_close);
    buttons->addWidget(m_submit);
    m_layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &FormDocumentPage::closeRequested);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        auto item = submit();
        if (!item && item.error().code != QLatin1String("form-invalid"))
            emit message(item.error().message);
    });
    retranslateUi();
    updateSaveState();
}

FormDocumentPage::~FormDocumentPage()
{
    closeDocument();
}

void FormDocumentPage::setSpace(UserSpace *space)
{
    closeDocument();
    if (m_space)
        m_space->autosaver().disconnect(this);
    m_space = space;
    if (space) {
        connect(&space->autosaver(), &drafts::AutoSaver::stateChanged, this,
                [this](const QString &id) {
                    if (id == m_draftId)
                        updateSaveState();
                });
        connect(&space->autosaver(), &drafts::AutoSaver::failed, this,
                [this](const QString &id, const Error &error) {
                    if (id == m_draftId)
                        emit message(error.message);
                });
        connect(&space->autosaver(), &drafts::AutoSaver::saved, this, [this] {
            if (m_space)
                m_space->notifyDraftsChanged();
        });
    }
}

QString FormDocumentPage::formId() const
{
    return m_definition ? m_definition->id() : QString();
}

Expected<std::shared_ptr<const forms::FormDefinition>>
FormDocumentPage::loadForm(const QString &formId, int version)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const forms::FormDefinition>> cache;
    const QString key = formId + QLatin1Char('@') + QString::number(version);
    QMutexLocker lock(&mutex);
    if (auto found = cache.value(key))
        return found;
    const QString dir = QDir(paths::formsDirectory())
                            .filePath(formId + QLatin1Char('/') + QString::number(version));
    auto loaded = forms::FormDefinition::load(dir);
    if (!loaded)
        return loaded.error();
    cache.insert(key, *loaded);
    return *loaded;
}

Expected<QString> FormDocumentPage::newDraft(const QString &formId, const QByteArray &document,
                                             const QString &onBehalfOf, const QString &title)
{
    if (!m_space)
        return Error{QStringLiteral("no-space"), tr("The drafts are not open."), {}};
    auto catalogue = forms::Catalogue::load(paths::formsDirectory());
    if (!catalogue)
        return catalogue.error();
    const forms::CatalogueEntry *entry = catalogue->find(formId);
    if (!entry || entry->latestVersion() == 0)
        return Error{QStringLiteral("forms.unknown"),
                     tr("The form \"%1\" is not in the catalogue.").arg(formId),
                     {formId}};
    auto definition = loadForm(formId, entry->latestVersion());
    if (!definition)
        return definition.error();
    json::Value value = json::Value::object();
    if (!document.isEmpty()) {
        auto parsed =
            json::parse(std::string_view(document.constData(), std::size_t(document.size())));
        if (!parsed)
            return parsed.error();
        value = std::move(*parsed);
    }
    const QString who = onBehalfOf.isEmpty() ? m_space->onBehalfOf() : onBehalfOf;
    const QString name = title.isEmpty() ? entry->title() : title;
    closeDocument();
    auto id = m_space->drafts().create(formId, entry->latestVersion(), name, toBytes(value), who);
    if (!id)
        return id.error();
    m_onBehalfOf = who;
    m_setAside = {};
    if (auto shown = show(*id, *definition, std::move(value), name); !shown)
        return shown.error();
    m_space->notifyDraftsChanged();
    return *id;
}

drafts::Status FormDocumentPage::openDraft(const QString &draftId)
{
    if (!m_space)
        return Error{QStringLiteral("no-space"), tr("The drafts are not open."), {}};
    if (draftId == m_draftId && hasDocument())
        return drafts::success();
    auto draft = m_space->drafts().load(draftId);
    if (!draft)
        return draft.error();
    auto definition = loadForm(draft->info.formId, draft->info.formVersion);
    if (!definition)
        return definition.error();
    const QByteArray &bytes = draft->document;
    auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed)
        return parsed.error();

    // A newer version of the form: offer to move the draft to it, keeping aside what no
    // longer fits. Declined (or impossible), the draft opens on its own version.
    std::shared_ptr<const forms::FormDefinition> shownForm = *definition;
    json::Value document = std::move(*parsed);
    QJsonArray setAside = draft->setAside;
    auto catalogue = forms::Catalogue::load(paths::formsDirectory());
    const forms::CatalogueEntry *entry = catalogue ? catalogue->find(draft->info.formId) : nullptr;
    if (entry && entry->latestVersion() > draft->info.formVersion) {
        auto newer = loadForm(draft->info.formId, entry->latestVersion());
        auto plan = newer ? forms::FormMigration::plan(document, **definition, **newer)
                          : Expected<forms::MigrationPlan>(newer.error());
        if (!plan) {
            emit message(tr("This draft stays on version %1 of its form: %2")
                             .arg(draft->info.formVersion)
                             .arg(plan.error().message));
        } else if ((plan->isSilent() && plan->document == document) || askMigration(*plan)) {
            const json::Value aside = forms::FormMigration::setAsideToJson(plan->setAside);
            const QJsonArray values = QJsonDocument::fromJson(toBytes(aside))
                                          .object()
                                          .value(QLatin1String("values"))
                                          .toArray();
            const int errors = plan->errorCount();
            const drafts::DraftValidity validity{errors == 0 ? drafts::DraftValidity::Valid
                                                             : drafts::DraftValidity::Invalid,
                                                 errors};
            if (auto moved = m_space->drafts().migrate(draftId, entry->latestVersion(),
                                                       toBytes(plan->document), validity, values);
                !moved)
                return moved.error();
            qCInfo(lcUi) << "draft moved to form version" << entry->latestVersion()
                         << "values set aside:" << plan->setAside.size();
            shownForm = *newer;
            document = std::move(plan->document);
            for (const QJsonValue &value : values)
                setAside.append(value);
            m_space->notifyDraftsChanged();
        }
    }
    closeDocument();
    m_onBehalfOf = draft->onBehalfOf;
    m_setAside = setAside;
    return show(draftId, shownForm, std::move(document), draft->info.title);
}

drafts::Status FormDocumentPage::show(const QString &draftId,
                                      std::shared_ptr<const forms::FormDefinition> definition,
                                      json::Value document, const QString &title)
{
    m_draftId = draftId;
    m_definition = std::move(definition);
    m_model = std::make_unique<model::FormModel>(m_definition->compiled());
    m_model->setDocument(std::move(document));
    m_view = new form::FormView(m_definition, m_model.get(), this);
    m_layout->insertWidget(m_layout->count() - 1, m_view, 1);
    m_title->setText(title);
    m_shownAnomalies.clear();
    m_anomalies->clear();
    m_anomalies->hide();
    m_anomalyHeading->hide();

    // Every change of the document is saved shortly after the last one.
    auto changed = [this] { scheduleSave(); };
    connect(m_model.get(), &model::FormModel::valueChanged, this, changed);
    connect(m_model.get(), &model::FormModel::itemsInserted, this, changed);
    connect(m_model.get(), &model::FormModel::itemsRemoved, this, changed);
    connect(m_model.get(), &model::FormModel::itemMoved, this, changed);
    // The validity shown in the drafts list follows the background validation.
    connect(m_model.get(), &model::FormModel::validationFinished, this, [this] {
        if (m_space && !m_draftId.isEmpty() &&
            m_space->autosaver().state(m_draftId) == drafts::AutoSaver::State::Saved)
            scheduleSave();
    });
    setTabOrder(m_title, m_view);
    setTabOrder(m_view, m_close);
    setTabOrder(m_close, m_submit);
    retranslateUi();
    updateSaveState();
    emit opened(draftId);
    return drafts::success();
}

void FormDocumentPage::scheduleSave()
{
    if (!m_space || !m_model || m_draftId.isEmpty())
        return;
    m_space->autosaver().schedule(m_draftId, toBytes(m_model->document()), validityOf(*m_model));
}

void FormDocumentPage::closeDocument()
{
    if (!m_model)
        return;
    if (m_space) {
        m_model->waitForValidation();
        scheduleSave();
        if (auto flushed = m_space->autosaver().flush(); !flushed)
            emit message(flushed.error().message);
    }
    clearAnomalyMarks();
    delete m_view;
    m_view = nullptr;
    m_model.reset();
    m_definition.reset();
    m_draftId.clear();
    m_onBehalfOf.clear();
    m_setAside = {};
    m_title->clear();
    updateSaveState();
    retranslateUi();
}

Expected<QString> FormDocumentPage::submit()
{
    if (!m_space || !m_model)
        return Error{QStringLiteral("no-document"), tr("No draft is open."), {}};
    if (!m_view->validateAll()) {
        emit message(tr("The form has errors: correct them, then submit again."));
        return Error{QStringLiteral("form-invalid"),
                     tr("The form has errors: correct them, then submit again."),
                     {}};
    }
    // The draft as submitted is on disk before the declaration is queued.
    scheduleSave();
    if (auto flushed = m_space->autosaver().flush(); !flushed)
        return flushed.error();
    sync::Outbox::Submission submission;
    submission.formId = m_definition->id();
    submission.formVersion = m_definition->version();
    submission.data = toBytes(m_model->document());
    submission.onBehalfOf = m_onBehalfOf;
    submission.draftId = m_draftId;
    auto item = m_space->outbox().enqueue(submission);
    if (!item)
        return item.error();
    qCInfo(lcUi) << "declaration queued" << item->id;
    m_space->notifyOutboxChanged();
    m_space->notifyDraftsChanged();
    emit message(tr("The declaration is in the outbox; it is sent as soon as the portal answers."));
    emit submitted(item->id);
    return item->id;
}

void FormDocumentPage::clearAnomalyMarks()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (!widget)
            continue;
        widget->setProperty("portalAnomaly", QVariant());
        widget->setStyleSheet(QString());
        widget->setToolTip(QString());
    }
    m_marked.clear();
}

void FormDocumentPage::showAnomalies(const QList<sync::Anomaly> &anomalies)
{
    clearAnomalyMarks();
    m_shownAnomalies = anomalies;
    m_anomalies->clear();
    if (!m_view || anomalies.isEmpty()) {
        m_anomalies->hide();
        m_anomalyHeading->hide();
        return;
    }
    const QString language = i18n::currentLanguage();
    QHash<QString, QStringList> byPointer;
    for (const sync::Anomaly &anomaly : anomalies) {
        const QString pointer = anomaly.fieldPointer();
        const QString field =
            pointer.isEmpty() ? tr("Whole declaration") : m_view->fieldLabel(pointer.toStdString());
        const QString text = (anomaly.blocking ? tr("Blocking — %1: %2") : tr("Warning — %1: %2"))
                                 .arg(field, anomaly.message(language));
        auto *item = new QListWidgetItem(text, m_anomalies);
        item->setData(Qt::UserRole, pointer);
        item->setToolTip(anomaly.code);
        byPointer[pointer].append(anomaly.message(language));
    }
    // The field itself says it too: a frame, and the message as its tooltip and description.
    for (const form::FieldInfo &field : m_view->fields()) {
        if (!field.widget || !byPointer.contains(field.pointer))
            continue;
        const QString messages = byPointer.value(field.pointer).join(QLatin1Char('\n'));
        field.widget->setProperty("portalAnomaly", true);
        field.widget->setStyleSheet(QStringLiteral("border: 2px solid #b3261e;"));
        field.widget->setToolTip(messages);
        field.widget->setAccessibleDescription(messages);
        m_marked.append(field.widget);
    }
    m_anomalyHeading->show();
    m_anomalies->show();
    retranslateUi();
}

bool FormDocumentPage::askMigration(const forms::MigrationPlan &plan)
{
    if (m_migrationPrompt)
        return m_migrationPrompt(plan);
    QStringList changes;
    for (const forms::SetAsideValue &value : plan.setAside)
        changes << tr("• %1: kept aside — %2").arg(value.label, value.reasonText());
    for (const forms::MissingField &field : plan.missingRequired)
        changes << tr("• %1: new, to be filled in").arg(field.label);
    for (const forms::RelabelledField &field : plan.relabelled)
        changes << tr("• \"%1\" is now called \"%2\"").arg(field.oldLabel, field.newLabel);
    QMessageBox box(QMessageBox::Question, tr("A newer version of this form"),
                    tr("This draft was made with version %1 of the form; version %2 is the one "
                       "the portal expects now. Move the draft to version %2?")
                        .arg(plan.fromVersion)
                        .arg(plan.toVersion),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Every value that still fits is kept. Values that no longer fit "
                              "are kept aside with the draft, not deleted."));
    box.setDetailedText(changes.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void FormDocumentPage::updateSaveState()
{
    if (!m_space || m_draftId.isEmpty()) {
        m_saveState->clear();
        return;
    }
    const drafts::AutoSaver &saver = m_space->autosaver();
    QString text;
    switch (saver.state(m_draftId)) {
    case drafts::AutoSaver::State::Saved: {
        const QDateTime at = saver.lastSaved(m_draftId);
        text = at.isValid()
                   ? tr("Saved at %1").arg(QLocale().toString(at.time(), QLocale::ShortFormat))
                   : tr("Saved");
        break;
    }
    case drafts::AutoSaver::State::Pending:
        text = tr("Unsaved changes…");
        break;
    case drafts::AutoSaver::State::Saving:
        text = tr("Saving…");
        break;
    case drafts::AutoSaver::State::Failed:
        text = tr("Not saved: %1").arg(saver.lastError().message);
        break;
    }
    m_saveState->setText(text);
    m_saveState->setAccessibleName(tr("Save state"));
    m_saveState->setAccessibleDescription(text);
}

void FormDocumentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString FormDocumentPage::setAsideText() const
{
    QStringList lines;
    for (const QJsonValue &entry : m_setAside) {
        const QJsonObject o = entry.toObject();
        const QString label = o.value(QLatin1String("label")).toString();
        const QString pointer = o.value(QLatin1String("pointer")).toString();
        const QJsonValue value = o.value(QLatin1String("value"));
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isArray() || value.isObject())
            text = QString::fromUtf8(
                value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text =
                QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
        const bool removed =
            o.value(QLatin1String("reason")).toString() == QLatin1String("removed");
        lines << tr("%1 (%2, form version %3): %4 — %5")
                     .arg(label.isEmpty() ? pointer : label, pointer)
                     .arg(o.value(QLatin1String("formVersion")).toInt())
                     .arg(text, removed ? tr("this field is no longer in the form")
                                        : tr("the form no longer accepts this value"));
    }
    return lines.join(QLatin1Char('\n'));
}

void FormDocumentPage::showSetAside()
{
    if (m_setAside.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Values kept aside"),
                    tr("These values come from an earlier version of the form and do not fit the "
                       "current one. They stay with the draft; copy what you need into the form."),
                    QMessageBox::Close, this);
    box.setDetailedText(setAsideText());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.exec();
}

void FormDocumentPage::retranslateUi()
{
    m_titleLabel->setText(tr("&Title:"));
    m_title->setAccessibleName(tr("Draft title"));
    m_title->setPlaceholderText(tr("A name to find this draft again"));
    if (m_definition)
        m_formLabel->setText(
            tr("%1 — form version %2").arg(m_definition->title()).arg(m_definition->version()));
    else
        m_formLabel->setText(tr("No draft is open."));
    m_anomalyHeading->setText(tr("The portal found %n problem(s) in this declaration. Choose "
                                 "one to go to its field:",
                                 nullptr, int(m_shownAnomalies.size())));
    m_anomalies->setAccessibleName(tr("Problems found by the portal"));
    const bool aside = hasDocument() && !m_setAside.isEmpty();
    m_asideNote->setVisible(aside);
    m_asideButton->setVisible(aside);
    m_asideNote->setText(tr("%n value(s) from an earlier version of this form are kept aside "
                            "with the draft.",
                            nullptr, int(m_setAside.size())));
    m_asideButton->setText(tr("Show &kept values…"));
    m_asideButton->setAccessibleDescription(m_asideNote->text());
    m_submit->setText(tr("&Submit"));
    m_submit->setToolTip(tr("Check the whole form, then send the declaration (it waits in the "
                            "outbox while the portal cannot be reached)."));
    m_close->setText(tr("Clos&e"));
    m_close->setToolTip(tr("Save and close this draft."));
    updateSaveState();
}

} // namespace guichet::ui

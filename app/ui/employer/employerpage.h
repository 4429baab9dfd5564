#pragma once

#include "core/api/portalaccess.h"
#include "core/staff/dimonabuilder.h"
#include "core/staff/staffrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace guichet::forms {
class FormDefinition;
}
namespace guichet::staff {
class StaffRegister;
}

namespace guichet::ui::employer {

class StaffFilterModel;
class StaffTableModel;

// The employer workspace (issue #9): act for one enterprise among the signed-in person's
// mandates, its staff register as a searchable table (thousands of rows), entries created and
// changed in the staff-record form with optimistic concurrency, employment ended, CSV import and
// export, and Dimona and DmfA prepared from the register. Declarations leave through signals:
// the main window opens one in the form editor (openFormRequested) or hands many to the batch
// submission (batchRequested).
//
// Wiring (main window): construct with the portal access, call refresh() after sign-in and
// sign-out, connect the two signals.
class EmployerPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmployerPage(api::PortalAccess &portal, QWidget *parent = nullptr);
    ~EmployerPage() override;

    // Reads the mandates of the signed-in person again and reloads the chosen enterprise's
    // register (clears everything when signed out).
    void refresh();
    // Reloads the register of the enterprise acted for.
    void reload();

    QString enterpriseNumber() const { return m_enterprise; }
    QString enterpriseName() const;
    // Acts for that enterprise when a mandate allows it.
    bool setEnterprise(const QString &enterpriseNumber);
    bool isLoading() const { return m_loading; }

    // What the actions do, for the main window's menus and for tests.
    void createRecord();
    void editSelected();
    void endSelected();
    void importCsv(const QString &path);
    void exportCsv(const QString &path);
    void declareDimona(staff::DimonaType type);
    void prepareDmfa();

    QList<staff::StaffRecord> selectedRecords() const;
    void selectRecords(const QStringList &ids);
    // The dialog this page has open (edit, import, Dimona...), or nullptr.
    QDialog *currentDialog() const { return m_dialog; }

    QLabel *actingForLabel() const { return m_actingFor; }
    QComboBox *enterpriseBox() const { return m_enterpriseBox; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusBox; }
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    StaffTableModel *staffModel() const { return m_model; }
    StaffFilterModel *filterModel() const { return m_filter; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *endAction() const { return m_endAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *dmfaAction() const { return m_dmfaAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *dimonaAction(staff::DimonaType type) const;

signals:
    void openFormRequested(const QString &formId, const QByteArray &document,
                           const QString &onBehalfOf, const QString &title);
    // Many declarations for the batch submission; itemLabels names each one's worker.
    void batchRequested(const QString &formId, const QList<QByteArray> &documents,
                        const QString &onBehalfOf, const QString &label,
                        const QStringList &itemLabels);
    // The register of the enterprise acted for was read (count entries).
    void registerLoaded(int count);
    // An export was written (or failed: rows = -1).
    void exported(const QString &path, int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateActingFor();
    void showStatus(const QString &text);
    void showCount();
    void fitColumns();
    void chooseEnterprise(const QString &number);
    QJsonObject mandateOf(const QString &number) const;
    void openDialog(QDialog *dialog);

    api::PortalAccess &m_portal;
    std::shared_ptr<const forms::FormDefinition> m_staffForm;
    std::shared_ptr<const forms::FormDefinition> m_dimonaForm;
    QString m_formError;
    QList<QJsonObject> m_mandates;
    QString m_enterprise;
    staff::StaffRegister *m_register = nullptr;
    int m_generation = 0; // answers of an older load are dropped
    bool m_loading = false;
    bool m_columnsFitted = false; // to the rows of the register, once per language
    QString m_loadError;
    QPointer<QDialog> m_dialog;

    QLabel *m_actingFor = nullptr;
    QLabel *m_enterpriseLabel = nullptr;
    QComboBox *m_enterpriseBox = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusBoxLabel = nullptr;
    QComboBox *m_statusBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    StaffTableModel *m_model = nullptr;
    StaffFilterModel *m_filter = nullptr;
    QToolButton *m_dimonaButton = nullptr;
    QList<QToolButton *> m_buttons;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_dmfaAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_dimonaActions[4] = {};
};

} // namespace guichet::ui::employer

#pragma once

#include "declarationtablemodel.h"
#include "formchoice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace guichet::ui {

// The person's own declarations and their results, the anomalies of the one selected, and the
// forms of the catalogue they can start.
class DeclarationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeclarationsPanel(QWidget *parent = nullptr);

    // Offers these forms (catalogue order).
    void setForms(const QList<FormChoice> &forms);
    const QList<FormChoice> &forms() const { return m_forms; }
    void setDeclarations(const QList<DeclarationRow> &rows);

    DeclarationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *detailsLabel() const { return m_details; }
    QComboBox *formCombo() const { return m_formCombo; }
    QPushButton *startButton() const { return m_start; }

signals:
    // The form chosen, and its title in the current language.
    void formRequested(const QString &formId, const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();
    void fillFormCombo();

    QList<FormChoice> m_forms;
    DeclarationTableModel *m_model = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_formLabel = nullptr;
    QComboBox *m_formCombo = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace guichet::ui

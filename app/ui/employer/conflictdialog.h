#pragma once

#include "core/staff/recorddiff.h"
#include "core/staff/staffrecord.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet::forms {
class FormDefinition;
}

namespace guichet::ui::employer {

// Shown when saving a register entry finds that someone else saved it first (412): both
// versions side by side, one row per field where they differ, and for each the person's choice
// (theirs suggested where only they changed it, mine otherwise). Accepting yields the merged
// document; nothing is written here.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Mine,
        Theirs,
    };

    ConflictDialog(std::shared_ptr<const forms::FormDefinition> form, const QJsonObject &base,
                   const QJsonObject &mine, const staff::StaffRecord &theirs,
                   QWidget *parent = nullptr);

    const QList<staff::FieldDifference> &differences() const { return m_differences; }
    const staff::StaffRecord &theirs() const { return m_theirs; }
    int rowOf(const QString &pointer) const;
    Choice choice(const QString &pointer) const;
    void setChoice(const QString &pointer, Choice choice);
    void chooseAll(Choice choice);
    // Theirs with my value at every field where Mine is chosen.
    QJsonObject mergedDocument() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *allMineButton() const { return m_allMine; }
    QPushButton *allTheirsButton() const { return m_allTheirs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QComboBox *comboAt(int row) const;

    std::shared_ptr<const forms::FormDefinition> m_form;
    QJsonObject m_mine;
    staff::StaffRecord m_theirs;
    QList<staff::FieldDifference> m_differences;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace guichet::ui::employer

#pragma once

#include "core/staff/importplan.h"
#include "core/staff/staffimporter.h"

#include <QDialog>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace guichet::ui::employer {

class ImportPreviewModel;

// Importing workers from a CSV file (docs/staff-csv.md): the file is read and every row checked
// in the background, the preview shows each row with its problems before anything is written,
// and the person chooses all or nothing (no row is written while any has a problem) or skipping
// the rows with problems. The import itself runs a few requests at a time with a progress bar
// and can be cancelled; the rows' outcome stays in the preview.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        AllOrNothing,
        SkipProblems,
    };

    CsvImportDialog(staff::StaffRegister &staffRegister,
                    std::shared_ptr<const forms::FormDefinition> form, QSet<QString> existingKeys,
                    QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Reads and checks the file in the background; analysed() follows.
    void loadFile(const QString &path);
    QString fileName() const { return m_path; }

    bool isAnalysed() const { return m_plan.has_value(); }
    const staff::ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    // The file could not be used (encoding, header): why, in the UI language.
    QString fileError() const { return m_fileError; }

    Mode mode() const;
    void setMode(Mode mode);
    // Starts the import if the mode allows it (what the Import button does).
    bool startImport();
    bool isImporting() const { return m_importer->isRunning(); }
    bool isFinished() const { return m_finished; }
    const staff::ImportReport &report() const { return m_importer->report(); }

    QPushButton *importButton() const { return m_import; }
    QPushButton *closeButton() const { return m_close; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    QRadioButton *skipProblemsButton() const { return m_skip; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QTableView *previewView() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void analysed();
    void recordCreated(const guichet::staff::StaffRecord &record);
    // The import ended (finished, stopped or cancelled); written rows are in the register.
    void importFinished(int written);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updateState();
    void onAnalysed(std::shared_ptr<Expected<staff::ImportPlan>> result);
    void onImportFinished();

    staff::StaffRegister &m_register;
    std::shared_ptr<const forms::FormDefinition> m_form;
    QSet<QString> m_existingKeys;
    QString m_path;
    std::optional<staff::ImportPlan> m_plan;
    QString m_fileError;
    bool m_reading = false;
    bool m_finished = false;
    staff::StaffImporter *m_importer = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_modeLabel = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancelImport = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace guichet::ui::employer

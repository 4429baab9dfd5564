#pragma once

#include "ui/form/formcontext.h"

#include <QAbstractListModel>
#include <QWidget>

class QLabel;
class QListView;

namespace guichet::ui::form {

// Every error of the document, in document order, including those in collapsed sections and in
// table rows nobody opened. Activating one (Enter, double-click) asks for its field.
class ErrorSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorSummary(const FormContext *context, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    int count() const;
    // Re-reads every error (rows are produced when painted).
    void refresh();
    // Brings the heading up to date with the rows, which follow the model's edits by themselves;
    // re-reads everything only if the rows missed a change.
    void sync();

signals:
    void errorActivated(const QString &fieldLocation);

private:
    class Model;
    void updateHeading();
    const FormContext *m_context;
    Model *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QListView *m_list = nullptr;
};

} // namespace guichet::ui::form

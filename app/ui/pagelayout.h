#pragma once

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWidget>

namespace guichet::ui {

// The common frame of the main window's pages: a scrollable column of readable width on the
// palette's Base colour, with a heading and a lead paragraph. Subclasses add their content to
// contentLayout() and set the texts in their retranslateUi().
class PageLayout : public QWidget
{
    Q_OBJECT

public:
    explicit PageLayout(QWidget *parent = nullptr);

    QLabel *heading() const { return m_heading; }
    QLabel *lead() const { return m_lead; }

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    // A label for running text: wraps, and its text can be selected and copied.
    QLabel *addParagraph();

private:
    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_lead = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace guichet::ui

#pragma once

#include <QFrame>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace guichet::ui::helpdesk {

// The strip the main window shows above every page while a helpdesk agent works for a citizen:
// on whose behalf (name and masked national number) and a button to end the session. Hidden
// while no citizen is chosen. HelpdeskPage::attachBanner() wires it to the page; on its own it
// only shows what setCitizen() gave and reports the button.
class HelpdeskBanner : public QFrame
{
    Q_OBJECT

public:
    explicit HelpdeskBanner(QWidget *parent = nullptr);

    // The citizen as GET /helpdesk/citizens/{nationalNumber} answered (name, nationalNumber).
    void setCitizen(const QJsonObject &citizen);
    QJsonObject citizen() const { return m_citizen; }
    bool hasCitizen() const { return !m_citizen.isEmpty(); }

    QLabel *textLabel() const { return m_text; }
    QPushButton *endButton() const { return m_end; }

public slots:
    // Forgets the citizen and hides.
    void clear();

signals:
    void endSessionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QJsonObject m_citizen;
    QLabel *m_text = nullptr;
    QPushButton *m_end = nullptr;
};

} // namespace guichet::ui::helpdesk

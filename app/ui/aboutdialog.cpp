#include "aboutdialog.h"

#include "applicationicon.h"
#include "componentversions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(fontMetrics().height());

    auto *header = new QHBoxLayout;
    const QIcon icon = applicationIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon.pixmap(64, 64));
        header->addWidget(iconLabel, 0, Qt::AlignTop);
    }
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    titles->addWidget(m_title);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    titles->addWidget(m_description);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_versions = new QFormLayout;
    m_guichetLabel = new QLabel(this);
    m_guichet = valueLabel(this, ComponentVersions::guichet());
    m_versions->addRow(m_guichetLabel, m_guichet);
    m_qtLabel = new QLabel(this);
    m_qt = valueLabel(this, ComponentVersions::qtRuntime());
    m_versions->addRow(m_qtLabel, m_qt);
    m_openSslLabel = new QLabel(this);
    m_openSsl = valueLabel(this, ComponentVersions::openSsl());
    m_versions->addRow(m_openSslLabel, m_openSsl);
    m_keychainLabel = new QLabel(this);
    m_keychain = valueLabel(this, ComponentVersions::qtKeychain());
    m_versions->addRow(m_keychainLabel, m_keychain);
    for (auto [label, value] :
         {std::pair{m_guichetLabel, m_guichet}, std::pair{m_qtLabel, m_qt},
          std::pair{m_openSslLabel, m_openSsl}, std::pair{m_keychainLabel, m_keychain}})
        label->setBuddy(value);
    layout->addLayout(m_versions);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Guichet"));
    m_title->setText(tr("Guichet %1").arg(ComponentVersions::guichet()));
    m_description->setText(tr("A desktop client for the social-security portal: sign in with your "
                              "eID card, fill in forms, keep drafts offline and submit "
                              "declarations as a self-employed person, an employer or a "
                              "helpdesk."));
    m_guichetLabel->setText(tr("Guichet version:"));
    m_qtLabel->setText(tr("Qt version:"));
    m_openSslLabel->setText(tr("OpenSSL version:"));
    m_keychainLabel->setText(tr("QtKeychain version:"));
    m_guichet->setAccessibleName(tr("Guichet version"));
    m_qt->setAccessibleName(tr("Qt version"));
    m_openSsl->setAccessibleName(tr("OpenSSL version"));
    m_keychain->setAccessibleName(tr("QtKeychain version"));
}

} // namespace guichet::ui

#include "applicationicon.h"

#include <QFile>

namespace guichet::ui {

QIcon applicationIcon()
{
    // The resource exists only when resources/icons/guichet.svg did at configure time, and Qt
    // renders it only with its SVG plugin installed; a null pixmap tells both apart from success.
    const QString bundled = QStringLiteral(":/icons/guichet.svg");
    if (QFile::exists(bundled)) {
        QIcon icon(bundled);
        if (!icon.pixmap(32, 32).isNull())
            return icon;
    }
    return QIcon::fromTheme(QStringLiteral("guichet"),
                            QIcon::fromTheme(QStringLiteral("applications-office")));
}

} // namespace guichet::ui

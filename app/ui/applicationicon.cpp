#include "applicationicon.h"

#include <QFile>

namespace guichet::ui {

namespace {
// A bundled icon, or a null one when it was not bundled or Qt cannot draw its format (the SVG
// needs Qt's SVG plugin).
QIcon bundled(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    QIcon icon(path);
    return icon.pixmap(32, 32).isNull() ? QIcon() : icon;
}
} // namespace

QIcon applicationIcon()
{
    for (const QString &path :
         {QStringLiteral(":/icons/guichet.svg"), QStringLiteral(":/icons/guichet.ico")}) {
        const QIcon found = bundled(path);
        if (!found.isNull())
            return found;
    }
    // The installed package puts its icon in the hicolor theme under the desktop file's name.
    return QIcon::fromTheme(QStringLiteral("be.guichet.Guichet"),
                            QIcon::fromTheme(QStringLiteral("applications-office")));
}

} // namespace guichet::ui

#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace guichet::paths {

QString formsDirectory()
{
    const QString fromEnv = qEnvironmentVariable("GUICHET_FORMS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral("../share/guichet/forms"));
        if (QFileInfo(installed).isDir())
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(GUICHET_SOURCE_FORMS_DIR);
}

} // namespace guichet::paths

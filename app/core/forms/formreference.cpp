#include "core/forms/formreference.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace guichet::forms {

QString FormReference::directory() const
{
    return QDir(formsDir).filePath(QStringLiteral("%1/%2").arg(id).arg(version));
}

Expected<FormReference> resolveFormReference(const QString &text, const QString &formsDir)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9][a-z0-9-]{0,63})(?:@([1-9][0-9]{0,5}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return Error{QStringLiteral("forms.badReference"),
                     QCoreApplication::translate("guichet::forms",
                                                 "\"%1\" does not name a form (use an id such as "
                                                 "dimona, or id@version such as dimona@1)")
                         .arg(text),
                     {text}};
    }
    FormReference ref;
    ref.id = m.captured(1);
    ref.formsDir = formsDir;
    const QDir formDir(QDir(formsDir).filePath(ref.id));
    if (!m.captured(2).isEmpty()) {
        ref.version = m.captured(2).toInt();
    } else {
        for (const QString &entry : formDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool ok = false;
            const int v = entry.toInt(&ok);
            if (ok && v > ref.version)
                ref.version = v;
        }
    }
    if (ref.version == 0 || !QDir(ref.directory()).exists()) {
        return Error{
            QStringLiteral("forms.unknown"),
            QCoreApplication::translate("guichet::forms", "There is no form \"%1\".").arg(text),
            {text}};
    }
    return ref;
}

} // namespace guichet::forms

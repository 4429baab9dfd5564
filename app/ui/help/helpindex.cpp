#include "ui/help/helpindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace guichet::ui::help {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kSuffix = QStringLiteral(".html");

bool isRowSegment(const QString &segment)
{
    if (segment == QLatin1String("*"))
        return true;
    if (segment.isEmpty())
        return false;
    for (const QChar c : segment) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// JSON Pointer segments, unescaped (~1 -> /, ~0 -> ~).
QStringList segments(const QString &pointer)
{
    QStringList out = pointer.split(QLatin1Char('/'));
    if (!out.isEmpty())
        out.removeFirst(); // what comes before the first '/'
    for (QString &s : out)
        s.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return out;
}

QString anchorForSegments(const QStringList &segments)
{
    QStringList parts;
    for (const QString &segment : segments) {
        if (segment.isEmpty() || isRowSegment(segment))
            continue;
        QString part;
        part.reserve(segment.size());
        for (const QChar c : segment) {
            const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                               c == QLatin1Char('_');
            part.append(plain ? c : QLatin1Char('_'));
        }
        parts.append(part);
    }
    return parts.isEmpty() ? QString() : QStringLiteral("f-") + parts.join(QLatin1Char('-'));
}

} // namespace

QUrl HelpTarget::url() const
{
    if (!isValid())
        return {};
    const QString relative = language + QLatin1Char('/') + page + kSuffix;
    QUrl url;
    if (root.startsWith(QLatin1Char(':'))) {
        url.setScheme(QStringLiteral("qrc"));
        url.setPath(root.mid(1) + QLatin1Char('/') + relative);
    } else {
        url = QUrl::fromLocalFile(QDir(root).absoluteFilePath(relative));
    }
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString HelpIndex::formPage(const QString &formId)
{
    // "dimona@1" names a version; one page covers the form.
    QString id = formId.section(QLatin1Char('@'), 0, 0).trimmed();
    return id.isEmpty() ? QString() : QStringLiteral("form-") + id;
}

QString HelpIndex::anchorForPointer(const QString &pointer)
{
    return anchorForSegments(segments(pointer));
}

QString HelpIndex::patternPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return pointer;
    QStringList parts = pointer.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (isRowSegment(parts.at(i)))
            parts[i] = QStringLiteral("*");
    }
    return parts.join(QLatin1Char('/'));
}

QString HelpIndex::languageCode(const QString &language)
{
    QString code = language.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[_\\-.@]")));
    if (cut > 0)
        code.truncate(cut);
    return code;
}

HelpIndex::HelpIndex(const QString &root) : m_root(root)
{
    while (m_root.size() > 2 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
}

QStringList HelpIndex::languages() const
{
    QStringList out = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    out.removeIf(
        [this](const QString &dir) { return !QFileInfo::exists(filePath(dir, indexPage())); });
    return out;
}

QStringList HelpIndex::pages(const QString &language) const
{
    QStringList out;
    const QStringList files = QDir(m_root + QLatin1Char('/') + languageCode(language))
                                  .entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out.append(file.chopped(kSuffix.size()));
    return out;
}

QString HelpIndex::filePath(const QString &language, const QString &page) const
{
    return m_root + QLatin1Char('/') + languageCode(language) + QLatin1Char('/') + page + kSuffix;
}

bool HelpIndex::hasPage(const QString &language, const QString &page) const
{
    if (page.isEmpty() || page.contains(QLatin1Char('/')) || page.startsWith(QLatin1Char('.')))
        return false;
    return QFileInfo(filePath(language, page)).isFile();
}

QStringList HelpIndex::anchors(const QString &language, const QString &page) const
{
    const QString key = languageCode(language) + QLatin1Char('/') + page;
    const auto cached = m_anchors.constFind(key);
    if (cached != m_anchors.cend())
        return *cached;

    QStringList ids;
    QFile file(filePath(language, page));
    if (hasPage(language, page) && file.open(QIODevice::ReadOnly)) {
        // The pages are ours and plain: every id is written id="..." in a start tag.
        static const QRegularExpression idAttribute(
            QStringLiteral("<[a-zA-Z][^>]*\\sid=\"([^\"]+)\""));
        const QString html = QString::fromUtf8(file.readAll());
        for (auto it = idAttribute.globalMatch(html); it.hasNext();)
            ids.append(it.next().captured(1));
    }
    m_anchors.insert(key, ids);
    return ids;
}

bool HelpIndex::hasAnchor(const QString &language, const QString &page, const QString &anchor) const
{
    return anchors(language, page).contains(anchor);
}

QString HelpIndex::languageFor(const QString &language, const QString &page) const
{
    const QString code = languageCode(language);
    if (hasPage(code, page))
        return code;
    if (hasPage(kEnglish, page))
        return kEnglish;
    return {};
}

HelpTarget HelpIndex::topic(const QString &language, const QString &page,
                            const QString &anchor) const
{
    HelpTarget target;
    target.root = m_root;
    target.language = languageFor(language, page);
    if (target.language.isEmpty()) {
        target.language = languageFor(language, indexPage());
        if (target.language.isEmpty())
            return {}; // no help at all under this root
        target.page = indexPage();
        return target;
    }
    target.page = page;
    if (!anchor.isEmpty() && hasAnchor(target.language, page, anchor))
        target.anchor = anchor;
    return target;
}

HelpTarget HelpIndex::fromUrl(const QUrl &url) const
{
    QString path;
    if (m_root.startsWith(QLatin1Char(':'))) {
        if (url.scheme() != QLatin1String("qrc"))
            return {};
        path = QLatin1Char(':') + url.path();
    } else {
        if (!url.isLocalFile())
            return {};
        path = QDir::cleanPath(url.toLocalFile());
    }
    const QString prefix =
        (m_root.startsWith(QLatin1Char(':')) ? m_root
                                             : QDir::cleanPath(QDir(m_root).absolutePath())) +
        QLatin1Char('/');
    if (!path.startsWith(prefix) || !path.endsWith(kSuffix))
        return {};
    const QStringList rest =
        path.mid(prefix.size()).chopped(kSuffix.size()).split(QLatin1Char('/'));
    if (rest.size() != 2 || !hasPage(rest.at(0), rest.at(1)))
        return {};
    HelpTarget target;
    target.root = m_root;
    target.language = rest.at(0);
    target.page = rest.at(1);
    target.anchor = url.fragment();
    return target;
}

HelpTarget HelpIndex::resolve(const QString &language, const QString &formId,
                              const QString &pointer) const
{
    const QString page = formPage(formId);
    if (page.isEmpty())
        return topic(language, indexPage());
    HelpTarget target = topic(language, page);
    if (target.page != page)
        return target; // no page for this form: the index

    // The field, else the closest object or table above it that has a section.
    QStringList parts = segments(pointer);
    while (!parts.isEmpty()) {
        const QString anchor = anchorForSegments(parts);
        if (!anchor.isEmpty() && hasAnchor(target.language, page, anchor)) {
            target.anchor = anchor;
            return target;
        }
        parts.removeLast();
    }
    return target;
}

} // namespace guichet::ui::help

#include "messages.h"

#include "core/i18n.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTranslator>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

namespace guichet::schema {

namespace {

// lupdate reads the context from each QT_TRANSLATE_NOOP below; this is the same string.
constexpr char kContext[] = "guichet::schema::Messages";

// Guichet's translations for a language other than the installed one, loaded once and kept:
// the sandbox and batch work answer in a language per request without switching the UI's.
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(language);
    if (it == cache.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral("guichet_") + language, QStringLiteral(":/i18n")))
            translator.reset();
        it = cache.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

// Says messages in one language: its translations and its way of writing numbers.
class Speaker
{
public:
    explicit Speaker(const QString &language)
        : m_current(language == i18n::currentLanguage()),
          m_translator(m_current ? nullptr : translatorFor(language)),
          m_locale(m_current ? QLocale() : i18n::localeFor(language))
    {}

    QString text(const char *source) const { return translate(source, -1); }

    // source holds %n. Until the English translation supplies the plural forms, the English
    // source's "(s)" is resolved here so that English reads "1 character" / "2 characters".
    QString plural(const char *source, int n) const
    {
        QString result = translate(source, n);
        const QString untranslated =
            QString::fromUtf8(source).replace(QLatin1String("%n"), QString::number(n));
        if (result == untranslated)
            result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return result;
    }

    QString number(std::string_view json) const { return localizedNumber(json, m_locale); }

private:
    QString translate(const char *source, int n) const
    {
        if (m_current)
            return QCoreApplication::translate(kContext, source, nullptr, n);
        QString result;
        if (m_translator)
            result = m_translator->translate(kContext, source, nullptr, n);
        if (result.isEmpty())
            result = QString::fromUtf8(source);
        if (n >= 0)
            result.replace(QLatin1String("%n"), QString::number(n));
        return result;
    }

    bool m_current;
    const QTranslator *m_translator;
    QLocale m_locale;
};

int toInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() ? value : 0;
}

// A 0-based index as people count: "item 1" is the first.
QString ordinal(std::string_view index)
{
    return QString::number(toInt(index) + 1);
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// "0.01" -> 2, "1e-3" -> 3: the number of decimals a multipleOf allows; -1 when it is no power
// of ten below one.
int decimalsOfPowerOfTen(std::string_view divisor)
{
    if (divisor.size() > 2 && divisor.substr(0, 2) == "0.") {
        const std::string_view fraction = divisor.substr(2);
        if (fraction.back() != '1' || fraction.find_first_not_of('0') != fraction.size() - 1)
            return -1;
        return int(fraction.size());
    }
    if (divisor.size() > 3 && (divisor.substr(0, 3) == "1e-" || divisor.substr(0, 3) == "1E-"))
        return toInt(divisor.substr(3));
    return -1;
}

QString formatMessage(std::string_view format, const Speaker &s)
{
    if (format == "date")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid date (YYYY-MM-DD)."));
    if (format == "date-time")
        return s.text(QT_TRANSLATE_NOOP(
            "guichet::schema::Messages",
            "Enter a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone)."));
    if (format == "time")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid time (hh:mm:ss with a time zone)."));
    if (format == "duration")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid duration (for example P3D or PT2H30M)."));
    if (format == "email" || format == "idn-email")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid e-mail address."));
    if (format == "hostname" || format == "idn-hostname")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid host name (for example www.example.be)."));
    if (format == "ipv4")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid IPv4 address (for example 192.0.2.1)."));
    if (format == "ipv6")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid IPv6 address."));
    if (format == "uri" || format == "iri")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages",
                              "Enter a valid web address, for example https://www.example.be/."));
    if (format == "uri-reference" || format == "iri-reference")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid web address or part of one."));
    if (format == "uri-template")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid URI template."));
    if (format == "uuid")
        return s.text(QT_TRANSLATE_NOOP(
            "guichet::schema::Messages",
            "Enter a valid UUID (for example 123e4567-e89b-12d3-a456-426614174000)."));
    if (format == "regex")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid regular expression."));
    if (format == "json-pointer")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid JSON Pointer (for example /items/0)."));
    if (format == "relative-json-pointer")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid relative JSON Pointer."));
    if (format == "be-niss")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid national register number (11 digits)."));
    if (format == "be-enterprise-number")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid enterprise number (10 digits)."));
    if (format == "iban")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a valid IBAN."));
    if (format == "be-postal-code")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "Enter a valid Belgian postal code (4 digits)."));
    return s.text(
        QT_TRANSLATE_NOOP("guichet::schema::Messages", "The value is not in the expected format."));
}

QString typeMessage(std::string_view expectedList, const Speaker &s)
{
    QStringList expected = QString::fromUtf8(expectedList.data(), qsizetype(expectedList.size()))
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
    // An empty field is fine when null is allowed: the sentence asks for the other kind.
    if (expected.size() > 1)
        expected.removeAll(QStringLiteral("null"));
    if (expected.contains(QLatin1String("number")))
        expected.removeAll(QStringLiteral("integer"));
    if (expected.size() != 1)
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "This value is not of an accepted kind."));
    const QString &type = expected.front();
    if (type == QLatin1String("string"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a text."));
    if (type == QLatin1String("number"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a number."));
    if (type == QLatin1String("integer"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a whole number."));
    if (type == QLatin1String("boolean"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Choose yes or no."));
    if (type == QLatin1String("null"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Leave this field empty."));
    if (type == QLatin1String("array"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "This value must be a list."));
    if (type == QLatin1String("object"))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "This value must be a group of fields."));
    return s.text(
        QT_TRANSLATE_NOOP("guichet::schema::Messages", "This value is not of an accepted kind."));
}

QString constMessage(std::string_view json, const Speaker &s)
{
    if (json == "true")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "This box must be ticked."));
    if (json == "false")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "This box must not be ticked."));
    const QByteArray wrapped = '[' + QByteArray(json.data(), qsizetype(json.size())) + ']';
    const QJsonArray parsed = QJsonDocument::fromJson(wrapped).array();
    const QJsonValue value = parsed.isEmpty() ? QJsonValue() : parsed.first();
    QString shown;
    if (value.isString())
        shown = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isDouble())
        shown = s.number(json);
    else
        shown = fromView(json);
    return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "The value must be %1."))
        .arg(shown);
}

QString builtInMessage(const ValidationError &e, const Speaker &s)
{
    const auto arg = [&](std::size_t i) -> std::string_view {
        return i < e.args.size() ? std::string_view(e.args[i]) : std::string_view();
    };
    const std::string_view k = e.keyword;
    const int count = toInt(arg(0));

    if (k == "required")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "This field is required."));
    if (k == "dependentRequired" || k == "dependencies")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                    "This field is required when \"%1\" is filled in."))
            .arg(fromView(arg(1)));
    if (k == "type")
        return typeMessage(arg(0), s);
    if (k == "enum")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "Choose one of the allowed values."));
    if (k == "const")
        return constMessage(arg(0), s);
    if (k == "format")
        return formatMessage(arg(0), s);

    if (k == "minLength") {
        if (count == 1)
            return s.text(
                QT_TRANSLATE_NOOP("guichet::schema::Messages", "This field cannot be empty."));
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Enter at least %n character(s)."),
            count);
    }
    if (k == "maxLength")
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Enter at most %n character(s)."),
            count);
    if (k == "minItems")
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Add at least %n item(s)."), count);
    if (k == "maxItems")
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Enter no more than %n item(s)."),
            count);
    if (k == "minProperties")
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Fill in at least %n field(s)."),
            count);
    if (k == "maxProperties")
        return s.plural(
            QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Fill in no more than %n field(s)."),
            count);
    if (k == "minContains")
        return s.plural(QT_TRANSLATE_N_NOOP("guichet::schema::Messages",
                                            "At least %n item(s) must meet the condition."),
                        count);
    if (k == "maxContains")
        return s.plural(QT_TRANSLATE_N_NOOP("guichet::schema::Messages",
                                            "At most %n item(s) may meet the condition."),
                        count);
    if (k == "contains")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "At least one item must meet the condition."));

    if (k == "minimum")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a value of at least %1."))
            .arg(s.number(arg(0)));
    if (k == "maximum")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a value of at most %1."))
            .arg(s.number(arg(0)));
    if (k == "exclusiveMinimum")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a value greater than %1."))
            .arg(s.number(arg(0)));
    if (k == "exclusiveMaximum")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a value less than %1."))
            .arg(s.number(arg(0)));
    if (k == "multipleOf") {
        const std::string_view divisor = arg(0);
        if (divisor == "1" || divisor == "1.0")
            return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a whole number."));
        const int decimals = decimalsOfPowerOfTen(divisor);
        if (decimals > 0)
            return s.plural(
                QT_TRANSLATE_N_NOOP("guichet::schema::Messages", "Enter at most %n decimal(s)."),
                decimals);
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Enter a multiple of %1."))
            .arg(s.number(divisor));
    }

    if (k == "pattern")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "The value does not match the expected pattern."));
    if (k == "uniqueItems")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                    "Items %1 and %2 are the same; each item must be "
                                    "different."))
            .arg(ordinal(arg(0)), ordinal(arg(1)));
    if (k == "additionalProperties" || k == "unevaluatedProperties")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                    "The field \"%1\" is not allowed here."))
            .arg(fromView(arg(0)));
    if (k == "propertyNames")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                    "The name \"%1\" is not allowed here."))
            .arg(fromView(arg(0)));
    if (k == "additionalItems" || k == "unevaluatedItems" || k == "items" || k == "prefixItems")
        return s
            .text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "Item %1 is not allowed here."))
            .arg(ordinal(arg(0)));
    if (k == "not")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "This value is not allowed."));
    if (k == "anyOf" || (k == "oneOf" && count == 0))
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "The value does not match any of the accepted options."));
    if (k == "oneOf")
        return s.plural(QT_TRANSLATE_N_NOOP("guichet::schema::Messages",
                                            "The value fits %n options; it must fit exactly one."),
                        count);
    if (k == "false")
        return s.text(
            QT_TRANSLATE_NOOP("guichet::schema::Messages", "This field is not allowed here."));
    if (k == "evaluationDepth")
        return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                        "The document is nested too deeply to be checked."));
    return s.text(QT_TRANSLATE_NOOP("guichet::schema::Messages", "This value is not valid."));
}

QStringList pointerSegments(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList segments = pointer.split(QLatin1Char('/'));
    segments.removeFirst(); // before the leading '/'
    return segments;
}

bool matches(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != QLatin1String("*") && pattern[i] != segments[i])
            return false;
    }
    return true;
}

Error badOverrides(const QString &where)
{
    return Error{QStringLiteral("messages.badOverrides"),
                 QCoreApplication::translate(
                     kContext, QT_TRANSLATE_NOOP("guichet::schema::Messages",
                                                 "The form's messages are malformed at \"%1\"."))
                     .arg(where),
                 {where}};
}

} // namespace

Expected<MessageOverrides> MessageOverrides::fromJson(const QJsonObject &object)
{
    MessageOverrides result;
    for (auto field = object.begin(); field != object.end(); ++field) {
        const QString &pattern = field.key();
        if (!(pattern.isEmpty() || pattern.startsWith(QLatin1Char('/'))) ||
            !field.value().isObject())
            return badOverrides(pattern);
        const QJsonObject keywords = field.value().toObject();
        for (auto keyword = keywords.begin(); keyword != keywords.end(); ++keyword) {
            const QString where = pattern + QStringLiteral(" → ") + keyword.key();
            Entry entry;
            entry.segments = pointerSegments(pattern);
            entry.wildcards = int(entry.segments.count(QStringLiteral("*")));
            entry.keyword = keyword.key();
            if (keyword.value().isString()) {
                entry.anyLanguage = keyword.value().toString();
            } else if (keyword.value().isObject()) {
                const QJsonObject texts = keyword.value().toObject();
                for (auto text = texts.begin(); text != texts.end(); ++text) {
                    if (!i18n::isSupported(text.key()) || !text.value().isString())
                        return badOverrides(where + QStringLiteral(" → ") + text.key());
                    entry.texts.insert(text.key(), text.value().toString());
                }
            } else {
                return badOverrides(where);
            }
            result.m_entries.push_back(std::move(entry));
        }
    }
    std::stable_sort(
        result.m_entries.begin(), result.m_entries.end(), [](const Entry &a, const Entry &b) {
            const bool aAny = a.keyword == QLatin1String("*");
            const bool bAny = b.keyword == QLatin1String("*");
            return a.wildcards != b.wildcards ? a.wildcards < b.wildcards : (!aAny && bAny);
        });
    return result;
}

QString MessageOverrides::find(const ValidationError &error, const QString &language) const
{
    if (m_entries.empty())
        return QString();
    const QString keyword = QString::fromStdString(error.keyword);
    const QStringList segments = pointerSegments(QString::fromStdString(error.fieldLocation));
    for (const Entry &entry : m_entries) {
        if ((entry.keyword != keyword && entry.keyword != QLatin1String("*")) ||
            !matches(entry.segments, segments))
            continue;
        const auto text = entry.texts.constFind(language);
        if (text != entry.texts.constEnd())
            return *text;
        if (!entry.anyLanguage.isNull())
            return entry.anyLanguage;
    }
    return QString();
}

QString message(const ValidationError &error)
{
    return message(error, nullptr, QString());
}

QString message(const ValidationError &error, const MessageOverrides *overrides,
                const QString &language)
{
    const QString lang = language.isEmpty() ? i18n::currentLanguage() : language;
    if (overrides) {
        const QString text = overrides->find(error, lang);
        if (!text.isNull())
            return text;
    }
    return builtInMessage(error, Speaker(lang));
}

QString localizedNumber(std::string_view json, const QLocale &locale)
{
    const QString text = QString::fromUtf8(json.data(), qsizetype(json.size()));
    std::size_t pos = json.empty() || json[0] != '-' ? 0 : 1;
    const std::size_t digitsStart = pos;
    while (pos < json.size() && json[pos] >= '0' && json[pos] <= '9')
        ++pos;
    if (pos == digitsStart)
        return text;
    std::size_t pointAt = std::string_view::npos;
    if (pos < json.size() && json[pos] == '.') {
        pointAt = pos++;
        const std::size_t fractionStart = pos;
        while (pos < json.size() && json[pos] >= '0' && json[pos] <= '9')
            ++pos;
        if (pos == fractionStart)
            return text;
    }
    if (pos == json.size()) {
        // Plain decimal: keep every digit as written, change only the signs the locale spells.
        QString result = text;
        if (pointAt != std::string_view::npos)
            result.replace(qsizetype(pointAt), 1, locale.decimalPoint());
        if (digitsStart == 1)
            result.replace(0, 1, locale.negativeSign());
        return result;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return text;
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace guichet::schema

#include "numberedit.h"

#include "core/schema/messages.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace guichet::ui::form {

NumberEdit::NumberEdit(bool integer, bool cents, QWidget *parent)
    : QLineEdit(parent), m_integer(integer), m_cents(cents)
{
    // Only characters a number can hold; the value itself is checked by the schema.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[-+0-9.,eE \\x{00A0}\\x{202F}']*")), this));
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString NumberEdit::display(const json::Number &number, bool cents, const QLocale &locale)
{
    const std::string &text = number.text();
    if (cents && number.isIntegerLiteral()) {
        std::string digits = text;
        bool negative = false;
        if (!digits.empty() && digits[0] == '-') {
            negative = true;
            digits.erase(0, 1);
        }
        while (digits.size() < 3)
            digits.insert(digits.begin(), '0');
        const QString whole = QString::fromStdString(digits.substr(0, digits.size() - 2));
        const QString fraction = QString::fromStdString(digits.substr(digits.size() - 2));
        return (negative ? QStringLiteral("-") : QString()) + whole + locale.decimalPoint() +
               fraction;
    }
    return schema::localizedNumber(text, locale);
}

std::optional<std::string> NumberEdit::parse(const QString &typed, bool cents,
                                             const QLocale &locale)
{
    QString t = typed.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.remove(QLatin1Char('\''));
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    if (group != decimal && group != QLatin1String(" ") && !group.isEmpty())
        t.remove(group);
    if (decimal != QLatin1String("."))
        t.replace(decimal, QLatin1String("."));
    if (t.startsWith(QLatin1Char('+')))
        t.remove(0, 1);
    static const QRegularExpression jsonNumber(
        QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$"));
    const auto m = jsonNumber.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString intPart = m.captured(2);
    while (intPart.size() > 1 && intPart.startsWith(QLatin1Char('0')))
        intPart.remove(0, 1);
    const QString sign = m.captured(1);
    QString fraction = m.captured(3);
    const QString exponent = m.captured(4);
    if (cents) {
        if (!exponent.isEmpty() || fraction.size() > 2)
            return std::nullopt;
        while (fraction.size() < 2)
            fraction += QLatin1Char('0');
        QString all = intPart + fraction;
        while (all.size() > 1 && all.startsWith(QLatin1Char('0')))
            all.remove(0, 1);
        if (all == QLatin1String("0"))
            return std::string("0");
        return (sign + all).toStdString();
    }
    QString out = sign + intPart;
    if (m.capturedLength(3) > 0)
        out += QLatin1Char('.') + fraction;
    if (!exponent.isEmpty())
        out += QLatin1Char('e') + exponent;
    return out.toStdString();
}

} // namespace guichet::ui::form

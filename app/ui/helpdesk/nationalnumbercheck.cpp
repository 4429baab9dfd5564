#include "nationalnumbercheck.h"

#include "core/schema/formats.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace guichet::ui::helpdesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("guichet::ui::helpdesk::NationalNumberCheck", text, nullptr,
                                       n);
}

// Whether some pair of check digits makes these nine digits a valid number. The core decides
// each candidate, so the date, BIS and century rules live in one place only.
bool someCheckDigitsFit(const std::string &nine)
{
    std::string candidate = nine + "00";
    for (int cc = 0; cc < 100; ++cc) {
        candidate[9] = char('0' + cc / 10);
        candidate[10] = char('0' + cc % 10);
        if (schema::isValidNiss(candidate))
            return true;
    }
    return false;
}

} // namespace

NationalNumberCheck NationalNumberCheck::check(const QString &typed)
{
    NationalNumberCheck result;
    const std::string compact = schema::compactIdentifier(typed.trimmed().toStdString());
    result.m_compact = QString::fromStdString(compact);
    if (compact.empty()) {
        result.m_problem = Problem::Empty;
        return result;
    }
    for (const char c : compact) {
        if (c < '0' || c > '9') {
            result.m_problem = Problem::Characters;
            return result;
        }
    }
    if (compact.size() < 11) {
        result.m_problem = Problem::Incomplete;
        return result;
    }
    if (compact.size() > 11) {
        result.m_problem = Problem::TooLong;
        return result;
    }
    if (const auto info = schema::nissInfo(compact)) {
        result.m_problem = Problem::None;
        result.m_bis = info->bis;
        if (const auto born = schema::nissBirthDate(compact))
            result.m_birthDate = *born;
        return result;
    }
    const std::string nine = compact.substr(0, 9);
    if (someCheckDigitsFit(nine))
        result.m_problem = Problem::Checksum;
    else if (someCheckDigitsFit(nine.substr(0, 6) + "001"))
        result.m_problem = Problem::Serial;
    else
        result.m_problem = Problem::Date;
    return result;
}

QString NationalNumberCheck::printed() const
{
    return QString::fromStdString(schema::formatNissForDisplay(m_compact.toStdString()));
}

QString NationalNumberCheck::message(bool submitted) const
{
    switch (m_problem) {
    case Problem::None:
    case Problem::Empty:
        return {};
    case Problem::Characters:
        return tr("A national number is made of digits only; dots, a dash and spaces may separate "
                  "them.");
    case Problem::Incomplete:
        if (!submitted)
            return tr("%n of 11 digits.", digitCount());
        return tr("A national number has 11 digits; this one has only %n.", digitCount());
    case Problem::TooLong:
        return tr("A national number has 11 digits; this one has %n.", digitCount());
    case Problem::Checksum:
        return tr("The last two digits (the check digits) do not match the first nine: check the "
                  "number with the citizen.");
    case Problem::Date:
        return tr("The date of birth at the start of this number (%1) does not exist.")
            .arg(m_compact.left(2) + QLatin1Char('.') + m_compact.mid(2, 2) + QLatin1Char('.') +
                 m_compact.mid(4, 2));
    case Problem::Serial:
        return tr("Digits 7 to 9 (%1) are not a serial number the national register issues.")
            .arg(m_compact.mid(6, 3));
    }
    return {};
}

QString maskedNationalNumber(const QString &nationalNumber)
{
    const QChar dot(0x2022);
    const bool shaped =
        nationalNumber.size() == 11 && std::all_of(nationalNumber.cbegin(), nationalNumber.cend(),
                                                   [](QChar c) { return c >= u'0' && c <= u'9'; });
    const QString hidden = QString(2, dot);
    if (!shaped)
        return QString(11, dot);
    return nationalNumber.left(2) + QLatin1Char('.') + hidden + QLatin1Char('.') + hidden +
           QLatin1Char('-') + QString(3, dot) + QLatin1Char('.') + nationalNumber.right(2);
}

} // namespace guichet::ui::helpdesk

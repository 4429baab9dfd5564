#pragma once

#include <QDate>
#include <QString>

namespace guichet::ui::helpdesk {

// What is wrong, if anything, with a national number (NISS or BIS number) as a person types it
// at the helpdesk. The number itself is judged by the core's be-niss check
// (schema::isValidNiss); this class only tells the problems apart, so that the agent reads "the
// date does not exist" rather than "invalid".
class NationalNumberCheck
{
public:
    enum class Problem
    {
        None,       // a valid number
        Empty,      // nothing typed yet
        Characters, // something other than digits and the separators . - / and spaces
        Incomplete, // fewer than 11 digits: still typing (an error only once the agent submits)
        TooLong,    // more than 11 digits
        Checksum,   // the last two digits do not match the first nine (either century rule)
        Date,       // no check digits can make it valid: the birth date does not exist
        Serial,     // the date is fine but the serial number (digits 7-9) is never issued
    };

    // Accepts the bare form (86031412323) and the printed one (86.03.14-123.23), with spaces.
    static NationalNumberCheck check(const QString &typed);

    Problem problem() const { return m_problem; }
    bool isValid() const { return m_problem == Problem::None; }
    // The 11 digits when isValid(), else the digits typed so far.
    QString compact() const { return m_compact; }
    int digitCount() const { return int(m_compact.size()); }
    // For a valid number: the printed form, the birth date (invalid when the number holds an
    // unknown day or month), whether it is a BIS number.
    QString printed() const;
    QDate birthDate() const { return m_birthDate; }
    bool isBis() const { return m_bis; }

    // One translated sentence saying what is wrong (empty for None and Empty). `submitted`:
    // the agent pressed Enter, so an incomplete number is an error rather than progress.
    QString message(bool submitted = false) const;

private:
    Problem m_problem = Problem::Empty;
    QString m_compact;
    QDate m_birthDate;
    bool m_bis = false;
};

// "86.••.••-•••.23": enough for the agent to recognise the number on a shared screen, not
// enough to read a birth date over their shoulder. Anything that is not 11 digits becomes "•".
QString maskedNationalNumber(const QString &nationalNumber);

} // namespace guichet::ui::helpdesk

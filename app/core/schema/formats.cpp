#include "formats.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QChar>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace guichet::schema {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isAlnum(char c)
{
    return isDigit(c) || isAlpha(c);
}
constexpr bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
constexpr char toUpperAscii(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}
// string_view::find would also match a NUL byte against a literal's terminator: it does not, but
// spelling the test out keeps that question away.
constexpr bool isOneOf(char c, std::string_view set)
{
    return c != '\0' && set.find(c) != std::string_view::npos;
}

bool allDigits(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), isDigit);
}

// s holds only ASCII digits and at most 19 of them.
std::uint64_t digitsValue(std::string_view s)
{
    std::uint64_t v = 0;
    for (char c : s)
        v = v * 10 + std::uint64_t(c - '0');
    return v;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    }
    return true;
}

bool startsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoringAsciiCase(s.substr(0, prefix.size()), prefix);
}

// Decodes the UTF-8 sequence at s[i] and advances i past it. Overlong forms, surrogates and
// values beyond U+10FFFF are refused, as a JSON parser would have refused them.
bool nextCodePoint(std::string_view s, std::size_t &i, char32_t &cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    std::size_t len = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        cp = b0;
        ++i;
        return true;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return false;
    }
    if (i + len > s.size())
        return false;
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80)
            return false;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    i += len;
    return true;
}

bool decodeUtf8(std::string_view s, std::u32string &out)
{
    out.clear();
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        if (!nextCodePoint(s, i, cp))
            return false;
        out.push_back(cp);
    }
    return true;
}

// ---- date, time, date-time (RFC 3339 section 5.6) ----------------------------------------------

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Reads exactly n ASCII digits at s[pos].
bool readNumber(std::string_view s, std::size_t pos, std::size_t n, int &value)
{
    if (pos + n > s.size())
        return false;
    value = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

bool checkDate(std::string_view s)
{
    int year = 0, month = 0, day = 0;
    return s.size() == 10 && readNumber(s, 0, 4, year) && s[4] == '-' &&
           readNumber(s, 5, 2, month) && s[7] == '-' && readNumber(s, 8, 2, day) && month >= 1 &&
           month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// full-time: the offset is required (RFC 3339; 2020-12's "time" follows it). A leap second is
// accepted only where UTC reads 23:59:60, whatever the offset.
bool checkTime(std::string_view s)
{
    int hour = 0, minute = 0, second = 0;
    if (!readNumber(s, 0, 2, hour) || s.size() < 3 || s[2] != ':' || !readNumber(s, 3, 2, minute) ||
        s.size() < 6 || s[5] != ':' || !readNumber(s, 6, 2, second))
        return false;
    std::size_t pos = 8;
    if (pos < s.size() && s[pos] == '.') {
        const std::size_t start = ++pos;
        while (pos < s.size() && isDigit(s[pos]))
            ++pos;
        if (pos == start)
            return false;
    }
    if (pos >= s.size())
        return false;
    int offsetMinutes = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        if (pos + 1 != s.size())
            return false;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int offHour = 0, offMinute = 0;
        if (s.size() - pos != 6 || !readNumber(s, pos + 1, 2, offHour) || s[pos + 3] != ':' ||
            !readNumber(s, pos + 4, 2, offMinute) || offHour > 23 || offMinute > 59)
            return false;
        offsetMinutes = (offHour * 60 + offMinute) * (s[pos] == '-' ? -1 : 1);
    } else {
        return false;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    if (second == 60) {
        const int utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440;
        if (utc != 23 * 60 + 59)
            return false;
    }
    return true;
}

bool checkDateTime(std::string_view s)
{
    return s.size() > 11 && (s[10] == 'T' || s[10] == 't') && checkDate(s.substr(0, 10)) &&
           checkTime(s.substr(11));
}

// RFC 3339 appendix A: P, then date units in the order Y M D without gaps, optionally T and time
// units H M S without gaps; or weeks alone. No fractions, no signs.
bool checkDuration(std::string_view s)
{
    if (s.size() < 2 || s[0] != 'P')
        return false;
    std::size_t pos = 1;
    bool any = false;
    const auto units = [&](std::string_view order, bool allowWeek) {
        int last = -1;
        while (pos < s.size() && s[pos] != 'T') {
            const std::size_t start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == start || pos >= s.size())
                return false;
            const char unit = s[pos++];
            if (unit == 'W' && allowWeek) {
                if (any || pos != s.size())
                    return false;
                any = true;
                return true;
            }
            const std::size_t index = order.find(unit);
            if (index == std::string_view::npos || (last >= 0 && int(index) != last + 1))
                return false;
            last = int(index);
            any = true;
        }
        return true;
    };
    if (!units("YMD", true))
        return false;
    if (pos < s.size()) {
        ++pos; // 'T'
        if (pos == s.size())
            return false;
        if (!units("HMS", false) || pos != s.size())
            return false;
    }
    return any;
}

// ---- IP addresses ------------------------------------------------------------------------------

// Dotted quad, decimal, no leading zeros (they read as octal elsewhere).
bool checkIpv4(std::string_view s)
{
    int parts = 0;
    std::size_t pos = 0;
    while (true) {
        const std::size_t start = pos;
        while (pos < s.size() && isDigit(s[pos]) && pos - start < 4)
            ++pos;
        const std::size_t len = pos - start;
        if (len == 0 || len > 3 || (len > 1 && s[start] == '0'))
            return false;
        if (digitsValue(s.substr(start, len)) > 255)
            return false;
        ++parts;
        if (pos == s.size())
            break;
        if (s[pos] != '.' || parts == 4)
            return false;
        ++pos;
    }
    return parts == 4;
}

// RFC 4291 text form, with an optional trailing dotted quad; no zone id, no brackets, no prefix.
bool checkIpv6(std::string_view s)
{
    if (s.empty())
        return false;
    int groups = 0;
    bool compressed = false;
    std::size_t pos = 0;
    if (s.substr(0, 2) == "::") {
        compressed = true;
        pos = 2;
        if (pos == s.size())
            return true;
    } else if (s[0] == ':') {
        return false;
    }
    while (true) {
        std::size_t end = s.find(':', pos);
        if (end == std::string_view::npos)
            end = s.size();
        const std::string_view piece = s.substr(pos, end - pos);
        if (piece.empty())
            return false;
        if (piece.find('.') != std::string_view::npos) {
            if (end != s.size() || !checkIpv4(piece))
                return false;
            groups += 2;
        } else {
            if (piece.size() > 4 || !std::all_of(piece.begin(), piece.end(), isHex))
                return false;
            ++groups;
        }
        if (groups > 8)
            return false;
        pos = end;
        if (pos == s.size())
            break;
        if (pos + 1 < s.size() && s[pos + 1] == ':') {
            if (compressed)
                return false;
            compressed = true;
            pos += 2;
            if (pos == s.size())
                break;
        } else {
            ++pos;
            if (pos == s.size())
                return false;
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

// ---- IDNA 2008 (RFC 5890-5893) ----------------------------------------------------------------

enum class Idna
{
    PValid,
    ContextJ,
    ContextO,
    Disallowed,
};

bool inRange(char32_t cp, char32_t first, char32_t last)
{
    return cp >= first && cp <= last;
}

bool isDefaultIgnorable(char32_t cp)
{
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || inRange(cp, 0x115F, 0x1160) ||
           inRange(cp, 0x17B4, 0x17B5) || inRange(cp, 0x180B, 0x180F) ||
           inRange(cp, 0x200B, 0x200F) || inRange(cp, 0x202A, 0x202E) ||
           inRange(cp, 0x2060, 0x206F) || cp == 0x3164 || inRange(cp, 0xFE00, 0xFE0F) ||
           cp == 0xFEFF || cp == 0xFFA0 || inRange(cp, 0xFFF0, 0xFFF8) ||
           inRange(cp, 0x1BCA0, 0x1BCA3) || inRange(cp, 0x1D173, 0x1D17A) ||
           inRange(cp, 0xE0000, 0xE0FFF);
}

// NFKC(casefold(NFKC(cp))) != cp: the character would not survive the mapping that IDNA2008
// expects applications to have done, so it cannot appear in a U-label.
bool isUnstable(char32_t cp)
{
    const QString s = QString::fromUcs4(&cp, 1);
    return s.normalized(QString::NormalizationForm_KC)
               .toCaseFolded()
               .normalized(QString::NormalizationForm_KC) != s;
}

// The derived property of RFC 5892 section 3, computed from Qt's Unicode tables.
Idna idnaProperty(char32_t cp)
{
    switch (cp) { // Exceptions (RFC 5892 section 2.6)
    case 0x00DF:
    case 0x03C2:
    case 0x06FD:
    case 0x06FE:
    case 0x0F0B:
    case 0x3007:
        return Idna::PValid;
    case 0x00B7:
    case 0x0375:
    case 0x05F3:
    case 0x05F4:
    case 0x30FB:
        return Idna::ContextO;
    case 0x0640:
    case 0x07FA:
    case 0x302E:
    case 0x302F:
    case 0x3031:
    case 0x3032:
    case 0x3033:
    case 0x3034:
    case 0x3035:
    case 0x303B:
        return Idna::Disallowed;
    default:
        break;
    }
    if (inRange(cp, 0x0660, 0x0669) || inRange(cp, 0x06F0, 0x06F9))
        return Idna::ContextO;
    if (QChar::unicodeVersion(cp) == QChar::Unicode_Unassigned)
        return Idna::Disallowed;
    if (cp < 0x80)
        return (isDigit(char(cp)) || (cp >= 'a' && cp <= 'z') || cp == '-') ? Idna::PValid
                                                                            : Idna::Disallowed;
    if (cp == 0x200C || cp == 0x200D)
        return Idna::ContextJ;
    if (isUnstable(cp) || isDefaultIgnorable(cp) || QChar::isNonCharacter(cp) || QChar::isSpace(cp))
        return Idna::Disallowed;
    if (inRange(cp, 0x20D0, 0x20FF) || inRange(cp, 0x1D100, 0x1D24F)) // ignorable blocks
        return Idna::Disallowed;
    if (inRange(cp, 0x1100, 0x11FF) || inRange(cp, 0xA960, 0xA97F) || inRange(cp, 0xD7B0, 0xD7FF))
        return Idna::Disallowed; // old Hangul jamo
    switch (QChar::category(cp)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return Idna::PValid;
    default:
        return Idna::Disallowed;
    }
}

bool isMark(char32_t cp)
{
    const auto c = QChar::category(cp);
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining ||
           c == QChar::Mark_Enclosing;
}

constexpr unsigned char kVirama = 9;

// RFC 5892 appendix A.1: ZERO WIDTH NON-JOINER after a virama, or inside a cursive join.
bool zwnjAllowed(const std::u32string &label, std::size_t i)
{
    if (i > 0 && QChar::combiningClass(label[i - 1]) == kVirama)
        return true;
    std::size_t j = i;
    while (j > 0 && QChar::joiningType(label[j - 1]) == QChar::Joining_Transparent)
        --j;
    if (j == 0)
        return false;
    const auto before = QChar::joiningType(label[j - 1]);
    if (before != QChar::Joining_Left && before != QChar::Joining_Dual)
        return false;
    std::size_t k = i + 1;
    while (k < label.size() && QChar::joiningType(label[k]) == QChar::Joining_Transparent)
        ++k;
    if (k == label.size())
        return false;
    const auto after = QChar::joiningType(label[k]);
    return after == QChar::Joining_Right || after == QChar::Joining_Dual;
}

// RFC 5892 appendix A.3 to A.9.
bool contextOAllowed(const std::u32string &label, std::size_t i)
{
    const char32_t cp = label[i];
    switch (cp) {
    case 0x00B7: // MIDDLE DOT: only in "l·l" (Catalan)
        return i > 0 && i + 1 < label.size() && label[i - 1] == 'l' && label[i + 1] == 'l';
    case 0x0375: // GREEK KERAIA: before a Greek letter
        return i + 1 < label.size() && QChar::script(label[i + 1]) == QChar::Script_Greek;
    case 0x05F3: // HEBREW GERESH, GERSHAYIM: after a Hebrew letter
    case 0x05F4:
        return i > 0 && QChar::script(label[i - 1]) == QChar::Script_Hebrew;
    case 0x30FB: // KATAKANA MIDDLE DOT: with Hiragana, Katakana or Han in the label
        return std::any_of(label.begin(), label.end(), [](char32_t c) {
            const auto script = QChar::script(c);
            return c != 0x30FB && (script == QChar::Script_Hiragana ||
                                   script == QChar::Script_Katakana || script == QChar::Script_Han);
        });
    default:
        break;
    }
    if (inRange(cp, 0x0660, 0x0669)) // Arabic-Indic digits: not mixed with the extended ones
        return std::none_of(label.begin(), label.end(),
                            [](char32_t c) { return inRange(c, 0x06F0, 0x06F9); });
    if (inRange(cp, 0x06F0, 0x06F9))
        return std::none_of(label.begin(), label.end(),
                            [](char32_t c) { return inRange(c, 0x0660, 0x0669); });
    return false;
}

// A U-label by RFC 5891 section 5.4 (hyphens, leading mark, code points, contextual rules).
bool checkULabel(const std::u32string &label, bool requireNfc)
{
    if (label.empty() || label.front() == '-' || label.back() == '-')
        return false;
    if (label.size() >= 4 && label[2] == '-' && label[3] == '-')
        return false;
    if (isMark(label.front()))
        return false;
    if (requireNfc) {
        const QString s = QString::fromUcs4(label.data(), qsizetype(label.size()));
        if (s.normalized(QString::NormalizationForm_C) != s)
            return false;
    }
    for (std::size_t i = 0; i < label.size(); ++i) {
        switch (idnaProperty(label[i])) {
        case Idna::PValid:
            break;
        case Idna::ContextJ:
            if (label[i] == 0x200D ? (i == 0 || QChar::combiningClass(label[i - 1]) != kVirama)
                                   : !zwnjAllowed(label, i))
                return false;
            break;
        case Idna::ContextO:
            if (!contextOAllowed(label, i))
                return false;
            break;
        case Idna::Disallowed:
            return false;
        }
    }
    return true;
}

// RFC 5893: once any label holds right-to-left characters, every label must obey the Bidi rule.
bool checkBidi(const std::vector<std::u32string> &labels)
{
    const auto isRtl = [](QChar::Direction d) {
        return d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN;
    };
    const bool bidiDomain = std::any_of(labels.begin(), labels.end(), [&](const auto &label) {
        return std::any_of(label.begin(), label.end(),
                           [&](char32_t c) { return isRtl(QChar::direction(c)); });
    });
    if (!bidiDomain)
        return true;
    for (const auto &label : labels) {
        if (label.empty())
            return false;
        const auto first = QChar::direction(label.front());
        bool rtl = false;
        if (first == QChar::DirR || first == QChar::DirAL)
            rtl = true;
        else if (first != QChar::DirL)
            return false;
        bool hasEn = false, hasAn = false;
        QChar::Direction last = first;
        for (char32_t c : label) {
            const auto d = QChar::direction(c);
            switch (d) {
            case QChar::DirEN:
                hasEn = true;
                break;
            case QChar::DirAN:
                hasAn = true;
                break;
            case QChar::DirES:
            case QChar::DirCS:
            case QChar::DirET:
            case QChar::DirON:
            case QChar::DirBN:
            case QChar::DirNSM:
                break;
            case QChar::DirR:
            case QChar::DirAL:
                if (!rtl)
                    return false;
                break;
            case QChar::DirL:
                if (rtl)
                    return false;
                break;
            default:
                return false;
            }
            if (d == QChar::DirAN && !rtl)
                return false;
            if (d != QChar::DirNSM)
                last = d;
        }
        if (rtl) {
            if ((hasEn && hasAn) || !(last == QChar::DirR || last == QChar::DirAL ||
                                      last == QChar::DirEN || last == QChar::DirAN))
                return false;
        } else if (last != QChar::DirL && last != QChar::DirEN) {
            return false;
        }
    }
    return true;
}

// Punycode (RFC 3492).
namespace punycode {
constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 128;
constexpr std::uint32_t kMaxInt = 0x7FFFFFFF;

std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first)
{
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    std::uint32_t k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
        delta /= kBase - kTMin;
        k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

std::uint32_t threshold(std::uint32_t k, std::uint32_t bias)
{
    return k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
}

char encodeDigit(std::uint32_t d)
{
    return d < 26 ? char('a' + d) : char('0' + d - 26);
}

bool decode(std::string_view in, std::u32string &out)
{
    out.clear();
    const std::size_t delimiter = in.rfind('-');
    std::size_t pos = 0;
    if (delimiter != std::string_view::npos) {
        for (std::size_t i = 0; i < delimiter; ++i) {
            if (static_cast<unsigned char>(in[i]) >= 0x80)
                return false;
            out.push_back(char32_t(in[i]));
        }
        pos = delimiter + 1;
    }
    std::uint32_t n = kInitialN, i = 0, bias = kInitialBias;
    while (pos < in.size()) {
        const std::uint32_t oldI = i;
        std::uint32_t w = 1;
        for (std::uint32_t k = kBase;; k += kBase) {
            if (pos >= in.size())
                return false;
            const char c = in[pos++];
            std::uint32_t digit = 0;
            if (c >= 'a' && c <= 'z')
                digit = std::uint32_t(c - 'a');
            else if (c >= 'A' && c <= 'Z')
                digit = std::uint32_t(c - 'A');
            else if (c >= '0' && c <= '9')
                digit = std::uint32_t(c - '0') + 26;
            else
                return false;
            if (digit > (kMaxInt - i) / w)
                return false;
            i += digit * w;
            const std::uint32_t t = threshold(k, bias);
            if (digit < t)
                break;
            if (w > kMaxInt / (kBase - t))
                return false;
            w *= kBase - t;
        }
        const auto length = std::uint32_t(out.size() + 1);
        bias = adapt(i - oldI, length, oldI == 0);
        if (i / length > kMaxInt - n)
            return false;
        n += i / length;
        i %= length;
        if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
            return false;
        out.insert(out.begin() + i, char32_t(n));
        ++i;
    }
    return true;
}

bool encode(const std::u32string &in, std::string &out)
{
    out.clear();
    for (char32_t c : in) {
        if (c < 0x80)
            out.push_back(char(c));
    }
    const auto basic = std::uint32_t(out.size());
    std::uint32_t handled = basic;
    if (basic > 0)
        out.push_back('-');
    std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
    while (handled < in.size()) {
        std::uint32_t m = kMaxInt;
        for (char32_t c : in) {
            if (c >= n && c < m)
                m = c;
        }
        if ((m - n) > (kMaxInt - delta) / (handled + 1))
            return false;
        delta += (m - n) * (handled + 1);
        n = m;
        for (char32_t c : in) {
            if (c < n && ++delta == 0)
                return false;
            if (c == n) {
                std::uint32_t q = delta;
                for (std::uint32_t k = kBase;; k += kBase) {
                    const std::uint32_t t = threshold(k, bias);
                    if (q < t)
                        break;
                    out.push_back(encodeDigit(t + (q - t) % (kBase - t)));
                    q = (q - t) / (kBase - t);
                }
                out.push_back(encodeDigit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return true;
}
} // namespace punycode

enum class HostnameKind
{
    Ascii,      // "hostname": LDH labels; A-labels must be valid IDNA
    Idn,        // "idn-hostname": U-labels too, in NFC, with the IDN label separators
    IdnLenient, // the domain of "idn-email": as Idn, but NFC is not required
};

bool isLabelSeparator(char32_t c, bool idn)
{
    return c == '.' || (idn && (c == 0x3002 || c == 0xFF0E || c == 0xFF61));
}

bool checkHostname(std::string_view s, HostnameKind kind)
{
    const bool idn = kind != HostnameKind::Ascii;
    std::u32string name;
    if (s.empty() || !decodeUtf8(s, name))
        return false;
    std::vector<std::u32string> labels;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || isLabelSeparator(name[i], idn)) {
            labels.push_back(name.substr(start, i - start));
            start = i + 1;
        }
    }
    std::size_t total = labels.size() - 1; // the dots
    std::vector<std::u32string> uLabels;
    uLabels.reserve(labels.size());
    std::string ascii;
    for (const auto &label : labels) {
        if (label.empty())
            return false;
        const bool isAscii =
            std::all_of(label.begin(), label.end(), [](char32_t c) { return c < 0x80; });
        if (isAscii) {
            ascii.assign(label.begin(), label.end());
            if (ascii.size() > 63 || ascii.front() == '-' || ascii.back() == '-' ||
                !std::all_of(ascii.begin(), ascii.end(),
                             [](char c) { return isAlnum(c) || c == '-'; }))
                return false;
            total += ascii.size();
            if (startsWithIgnoringAsciiCase(ascii, "xn--")) {
                std::u32string decoded;
                std::string reencoded;
                const std::string_view encoded = std::string_view(ascii).substr(4);
                if (!punycode::decode(encoded, decoded) ||
                    std::all_of(decoded.begin(), decoded.end(),
                                [](char32_t c) { return c < 0x80; }) ||
                    !punycode::encode(decoded, reencoded) ||
                    !equalsIgnoringAsciiCase(reencoded, encoded) || !checkULabel(decoded, true))
                    return false;
                uLabels.push_back(std::move(decoded));
            } else {
                // "ab--" labels are reserved for other prefixes than xn-- (RFC 5891 4.2.3.1)
                if (idn && ascii.size() >= 4 && ascii[2] == '-' && ascii[3] == '-')
                    return false;
                uLabels.push_back(label);
            }
        } else {
            if (!idn || !checkULabel(label, kind == HostnameKind::Idn))
                return false;
            std::string encoded;
            if (!punycode::encode(label, encoded) || encoded.size() + 4 > 63)
                return false;
            total += encoded.size() + 4;
            uLabels.push_back(label);
        }
    }
    return total <= 253 && checkBidi(uLabels);
}

// ---- e-mail (RFC 5321 Mailbox; RFC 6531 for idn-email) -----------------------------------------

bool isAtext(char c)
{
    return isAlnum(c) || isOneOf(c, "!#$%&'*+-/=?^_`{|}~");
}

bool checkEmail(std::string_view s, bool idn)
{
    if (s.empty())
        return false;
    std::size_t pos = 0;
    if (s[0] == '"') {
        pos = 1;
        while (true) {
            if (pos >= s.size())
                return false;
            const auto c = static_cast<unsigned char>(s[pos]);
            if (c == '"') {
                ++pos;
                break;
            }
            if (c == '\\') {
                if (pos + 1 >= s.size())
                    return false;
                const auto next = static_cast<unsigned char>(s[pos + 1]);
                if (next < 32 || next > 126)
                    return false;
                pos += 2;
            } else if (c >= 0x80) {
                char32_t cp = 0;
                if (!idn || !nextCodePoint(s, pos, cp))
                    return false;
            } else if (c < 32 || c > 126) {
                return false;
            } else {
                ++pos;
            }
        }
    } else {
        bool atomStart = true;
        while (pos < s.size() && s[pos] != '@') {
            const auto c = static_cast<unsigned char>(s[pos]);
            if (c == '.') {
                if (atomStart)
                    return false;
                atomStart = true;
                ++pos;
                continue;
            }
            if (c >= 0x80) {
                char32_t cp = 0;
                if (!idn || !nextCodePoint(s, pos, cp))
                    return false;
            } else if (isAtext(char(c))) {
                ++pos;
            } else {
                return false;
            }
            atomStart = false;
        }
        if (atomStart)
            return false;
    }
    if (pos > 64 || pos >= s.size() || s[pos] != '@')
        return false;
    const std::string_view domain = s.substr(pos + 1);
    if (domain.size() > 2 && domain.front() == '[' && domain.back() == ']') {
        const std::string_view literal = domain.substr(1, domain.size() - 2);
        if (startsWithIgnoringAsciiCase(literal, "IPv6:"))
            return checkIpv6(literal.substr(5));
        return checkIpv4(literal);
    }
    return domain.size() <= 255 &&
           checkHostname(domain, idn ? HostnameKind::IdnLenient : HostnameKind::Ascii);
}

// ---- URI and IRI (RFC 3986, RFC 3987) ----------------------------------------------------------

bool isUcschar(char32_t cp)
{
    if (inRange(cp, 0xA0, 0xD7FF) || inRange(cp, 0xF900, 0xFDCF) || inRange(cp, 0xFDF0, 0xFFEF))
        return true;
    if (cp >= 0x10000 && cp < 0xE0000)
        return (cp & 0xFFFF) <= 0xFFFD;
    return inRange(cp, 0xE1000, 0xEFFFD);
}

bool isIprivate(char32_t cp)
{
    return inRange(cp, 0xE000, 0xF8FF) || inRange(cp, 0xF0000, 0xFFFFD) ||
           inRange(cp, 0x100000, 0x10FFFD);
}

constexpr std::string_view kUnreservedPunct = "-._~";
constexpr std::string_view kSubDelims = "!$&'()*+,;=";

// Consumes at s[pos] one unreserved character, sub-delim, pct-encoded triplet or character of
// extra; for an IRI also a ucschar, and an iprivate where privateOk (the query).
bool consumeUriUnit(std::string_view s, std::size_t &pos, std::string_view extra, bool iri,
                    bool privateOk = false)
{
    const char c = s[pos];
    if (c == '%') {
        if (pos + 2 >= s.size() || !isHex(s[pos + 1]) || !isHex(s[pos + 2]))
            return false;
        pos += 3;
        return true;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
        if (isAlnum(c) || isOneOf(c, kUnreservedPunct) || isOneOf(c, kSubDelims) ||
            isOneOf(c, extra)) {
            ++pos;
            return true;
        }
        return false;
    }
    if (!iri)
        return false;
    std::size_t next = pos;
    char32_t cp = 0;
    if (!nextCodePoint(s, next, cp) || !(isUcschar(cp) || (privateOk && isIprivate(cp))))
        return false;
    pos = next;
    return true;
}

bool checkAuthority(std::string_view a, bool iri)
{
    const std::size_t at = a.find('@');
    if (at != std::string_view::npos) {
        const std::string_view userinfo = a.substr(0, at);
        for (std::size_t pos = 0; pos < userinfo.size();) {
            if (!consumeUriUnit(userinfo, pos, ":", iri))
                return false;
        }
        a = a.substr(at + 1);
    }
    std::size_t pos = 0;
    if (!a.empty() && a[0] == '[') {
        const std::size_t close = a.find(']');
        if (close == std::string_view::npos)
            return false;
        const std::string_view literal = a.substr(1, close - 1);
        if (!literal.empty() && (literal[0] == 'v' || literal[0] == 'V')) {
            const std::size_t dot = literal.find('.');
            if (dot == std::string_view::npos || dot < 2 || dot + 1 == literal.size() ||
                !std::all_of(literal.begin() + 1, literal.begin() + std::ptrdiff_t(dot), isHex))
                return false;
            for (char c : literal.substr(dot + 1)) {
                if (!(isAlnum(c) || isOneOf(c, kUnreservedPunct) || isOneOf(c, kSubDelims) ||
                      c == ':'))
                    return false;
            }
        } else if (!checkIpv6(literal)) {
            return false;
        }
        pos = close + 1;
    } else {
        while (pos < a.size() && a[pos] != ':') {
            if (!consumeUriUnit(a, pos, "", iri))
                return false;
        }
    }
    if (pos < a.size()) {
        if (a[pos] != ':')
            return false;
        return allDigits(a.substr(pos + 1));
    }
    return true;
}

bool checkUri(std::string_view s, bool iri, bool reference)
{
    std::size_t pos = 0;
    bool hasScheme = false;
    if (!s.empty() && isAlpha(s[0])) {
        std::size_t p = 1;
        while (p < s.size() && (isAlnum(s[p]) || isOneOf(s[p], "+-.")))
            ++p;
        if (p < s.size() && s[p] == ':') {
            hasScheme = true;
            pos = p + 1;
        }
    }
    if (!hasScheme && !reference)
        return false;
    if (s.substr(pos, 2) == "//") {
        pos += 2;
        std::size_t end = s.find_first_of("/?#", pos);
        if (end == std::string_view::npos)
            end = s.size();
        if (!checkAuthority(s.substr(pos, end - pos), iri))
            return false;
        pos = end;
    } else if (!hasScheme) {
        // path-noscheme: a colon in the first segment would read as a scheme
        const std::size_t end = s.find_first_of("/?#", pos);
        if (s.substr(pos, end == std::string_view::npos ? s.size() - pos : end - pos).find(':') !=
            std::string_view::npos)
            return false;
    }
    while (pos < s.size() && s[pos] != '?' && s[pos] != '#') {
        if (s[pos] == '/')
            ++pos;
        else if (!consumeUriUnit(s, pos, ":@", iri))
            return false;
    }
    if (pos < s.size() && s[pos] == '?') {
        ++pos;
        while (pos < s.size() && s[pos] != '#') {
            if (!consumeUriUnit(s, pos, ":@/?", iri, true))
                return false;
        }
    }
    if (pos < s.size() && s[pos] == '#') {
        ++pos;
        while (pos < s.size()) {
            if (!consumeUriUnit(s, pos, ":@/?", iri))
                return false;
        }
    }
    return true;
}

// ---- URI Template (RFC 6570, with erratum 6937: the apostrophe is a literal) ------------------

bool checkTemplateExpression(std::string_view e)
{
    if (e.empty())
        return false;
    std::size_t pos = 0;
    if (isOneOf(e[0], "+#./;?&"))
        pos = 1;
    else if (isOneOf(e[0], "=,!@|")) // reserved for future extensions
        return false;
    while (true) {
        bool needChar = true;
        while (pos < e.size()) {
            const char c = e[pos];
            if (isAlnum(c) || c == '_') {
                ++pos;
            } else if (c == '%') {
                if (pos + 2 >= e.size() || !isHex(e[pos + 1]) || !isHex(e[pos + 2]))
                    return false;
                pos += 3;
            } else if (c == '.' && !needChar) {
                ++pos;
                needChar = true;
                continue;
            } else {
                break;
            }
            needChar = false;
        }
        if (needChar)
            return false;
        if (pos < e.size() && e[pos] == '*') {
            ++pos;
        } else if (pos < e.size() && e[pos] == ':') {
            const std::size_t start = ++pos;
            while (pos < e.size() && isDigit(e[pos]))
                ++pos;
            const std::size_t len = pos - start;
            if (len == 0 || len > 4 || e[start] == '0')
                return false;
        }
        if (pos == e.size())
            return true;
        if (e[pos] != ',')
            return false;
        ++pos;
    }
}

bool checkUriTemplate(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        const auto u = static_cast<unsigned char>(c);
        if (c == '{') {
            const std::size_t close = s.find('}', pos);
            if (close == std::string_view::npos ||
                !checkTemplateExpression(s.substr(pos + 1, close - pos - 1)))
                return false;
            pos = close + 1;
        } else if (c == '%') {
            if (pos + 2 >= s.size() || !isHex(s[pos + 1]) || !isHex(s[pos + 2]))
                return false;
            pos += 3;
        } else if (u >= 0x80) {
            char32_t cp = 0;
            if (!nextCodePoint(s, pos, cp) || !(isUcschar(cp) || isIprivate(cp)))
                return false;
        } else if (u <= 0x20 || u == 0x7F || isOneOf(c, "\"<>\\^`{|}")) {
            return false;
        } else {
            ++pos;
        }
    }
    return true;
}

// ---- uuid, JSON Pointer --------------------------------------------------------------------

bool checkUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

bool checkJsonPointer(std::string_view s)
{
    if (s.empty())
        return true;
    if (s[0] != '/')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '~' && (i + 1 == s.size() || (s[i + 1] != '0' && s[i + 1] != '1')))
            return false;
    }
    return true;
}

bool checkRelativeJsonPointer(std::string_view s)
{
    std::size_t pos = 0;
    while (pos < s.size() && isDigit(s[pos]))
        ++pos;
    if (pos == 0 || (pos > 1 && s[0] == '0'))
        return false;
    const std::string_view rest = s.substr(pos);
    return rest == "#" || checkJsonPointer(rest);
}

// ---- regex (ECMA-262) ------------------------------------------------------------------------

// PCRE2 accepts a superset of ECMA-262: refuse the Perl/PCRE/Python syntax first, then let PCRE2
// judge the structure. Escapes follow the Unicode mode of ECMA-262 for letters (an unknown letter
// escape such as \a, \Z, \A, \z or \Q is an error) and Annex B for punctuation.
bool checkEcmaSyntax(std::string_view p)
{
    bool inClass = false;
    bool afterQuantifier = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        const bool wasQuantifier = afterQuantifier;
        afterQuantifier = false;
        if (c == '\\') {
            if (++i >= p.size())
                return false;
            const char e = p[i];
            if (isAlpha(e)) {
                if (!isOneOf(e, inClass ? std::string_view("dDwWsSbfnrtvcxupP")
                                        : std::string_view("dDwWsSbBfnrtvcxupPk")))
                    return false;
                if (e == 'c' && (i + 1 >= p.size() || !isAlpha(p[i + 1])))
                    return false;
                if (e == 'x' && (i + 2 >= p.size() || !isHex(p[i + 1]) || !isHex(p[i + 2])))
                    return false;
                if (e == 'u' && !(i + 1 < p.size() && p[i + 1] == '{') &&
                    (i + 4 >= p.size() || !isHex(p[i + 1]) || !isHex(p[i + 2]) ||
                     !isHex(p[i + 3]) || !isHex(p[i + 4])))
                    return false;
                if ((e == 'p' || e == 'P') && !(i + 1 < p.size() && p[i + 1] == '{'))
                    return false;
                if (e == 'k' && !(i + 1 < p.size() && p[i + 1] == '<'))
                    return false;
            }
            continue;
        }
        if (inClass) {
            if (c == ']')
                inClass = false;
            continue;
        }
        switch (c) {
        case '[':
            inClass = true;
            if (i + 1 < p.size() && p[i + 1] == '^')
                ++i;
            if (i + 1 < p.size() && p[i + 1] == ']') { // [] and [^]: ECMA's empty classes
                ++i;
                inClass = false;
            }
            break;
        case '(':
            if (i + 1 < p.size() && p[i + 1] == '*')
                return false; // PCRE verbs
            if (i + 1 < p.size() && p[i + 1] == '?') {
                const std::string_view rest = p.substr(i + 2);
                if (rest.empty())
                    return false;
                const char k = rest[0];
                if (k == ':' || k == '=' || k == '!')
                    break;
                if (k == '<' && rest.size() > 1 &&
                    (rest[1] == '=' || rest[1] == '!' || isAlpha(rest[1]) || rest[1] == '_' ||
                     rest[1] == '$' || static_cast<unsigned char>(rest[1]) >= 0x80))
                    break;
                return false; // (?P<..>, (?#..), (?i), (?>..), (?|..), ...
            }
            break;
        case '*':
        case '+':
        case '?':
            if (wasQuantifier)
                return false; // possessive a*+, a?+ and doubled a** do not exist in ECMA-262
            afterQuantifier = true;
            if (i + 1 < p.size() && p[i + 1] == '?')
                ++i; // lazy
            break;
        case '{': {
            // {n}, {n,} or {n,m} is a quantifier; any other brace is a literal (Annex B)
            std::size_t j = i + 1;
            const auto digits = [&] {
                const std::size_t start = j;
                while (j < p.size() && isDigit(p[j]))
                    ++j;
                return j > start;
            };
            if (!digits())
                break;
            if (j < p.size() && p[j] == ',') {
                ++j;
                digits();
            }
            if (j >= p.size() || p[j] != '}')
                break;
            if (wasQuantifier)
                return false;
            afterQuantifier = true;
            i = j;
            if (i + 1 < p.size() && p[i + 1] == '?')
                ++i;
            break;
        }
        default:
            break;
        }
    }
    return true;
}

bool checkRegex(std::string_view pattern)
{
    if (!checkEcmaSyntax(pattern))
        return false;
    pcre2_compile_context *context = pcre2_compile_context_create(nullptr);
    if (!context)
        return false;
    pcre2_set_compile_extra_options(context, PCRE2_EXTRA_ALT_BSUX);
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                     PCRE2_UTF | PCRE2_ALLOW_EMPTY_CLASS | PCRE2_ALT_BSUX, &error,
                                     &offset, context);
    pcre2_compile_context_free(context);
    if (code) {
        pcre2_code_free(code);
        return true;
    }
    // ECMA-262 (ES2018) allows variable-length lookbehind; PCRE2 10.42 does not.
    return error == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH ||
           error == PCRE2_ERROR_LOOKBEHIND_TOO_COMPLICATED;
}

// ---- Belgian identifiers ---------------------------------------------------------------------

// nullopt when the number is not a valid NISS / BIS number.
std::optional<NissInfo> parseNiss(std::string_view s)
{
    if (s.size() != 11 || !allDigits(s))
        return std::nullopt;
    const std::uint64_t base = digitsValue(s.substr(0, 9));
    const auto check = int(digitsValue(s.substr(9, 2)));
    int century = 0;
    if (97 - int(base % 97) == check)
        century = 1900;
    else if (97 - int((2000000000ULL + base) % 97) == check)
        century = 2000;
    else
        return std::nullopt;
    const int counter = int(digitsValue(s.substr(6, 3)));
    if (counter < 1 || counter > 998)
        return std::nullopt;
    NissInfo info;
    info.year = century + int(digitsValue(s.substr(0, 2)));
    int month = int(digitsValue(s.substr(2, 2)));
    info.day = int(digitsValue(s.substr(4, 2)));
    bool sexKnown = true;
    if (month >= 40) {
        month -= 40;
        info.bis = true;
    } else if (month >= 20) {
        month -= 20;
        info.bis = true;
        sexKnown = false;
    }
    if (month > 12 || info.day > 31)
        return std::nullopt;
    if (month >= 1 && info.day >= 1 && info.day > daysInMonth(info.year, month))
        return std::nullopt;
    info.month = month;
    info.sex = !sexKnown ? Sex::Unknown : (counter % 2 ? Sex::Male : Sex::Female);
    return info;
}

bool checkEnterpriseNumber(std::string_view s)
{
    if (s.size() != 10 || !allDigits(s) || (s[0] != '0' && s[0] != '1'))
        return false;
    const std::uint64_t base = digitsValue(s.substr(0, 8));
    return base != 0 && digitsValue(s.substr(8, 2)) == 97 - base % 97;
}

struct IbanCountry
{
    char code[3];
    int length;
};

// The SWIFT IBAN registry: country code and total IBAN length.
constexpr IbanCountry kIbanCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

int ibanLength(std::string_view country)
{
    for (const auto &c : kIbanCountries) {
        if (country == std::string_view(c.code, 2))
            return c.length;
    }
    return 0;
}

bool checkIban(std::string_view s)
{
    if (s.size() < 5 || !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= 'A' && s[1] <= 'Z') ||
        !isDigit(s[2]) || !isDigit(s[3]))
        return false;
    if (std::size_t(ibanLength(s.substr(0, 2))) != s.size())
        return false;
    // ISO 7064 MOD 97-10 on BBAN + country + check digits, letters as 10..35, one digit at a
    // time so that no big number is needed.
    unsigned remainder = 0;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const char c = s[(k + 4) % s.size()];
        if (isDigit(c))
            remainder = (remainder * 10 + unsigned(c - '0')) % 97;
        else if (c >= 'A' && c <= 'Z')
            remainder = (remainder * 100 + unsigned(c - 'A' + 10)) % 97;
        else
            return false;
    }
    if (remainder != 1)
        return false;
    if (s.substr(0, 2) == "BE") {
        const std::string_view bban = s.substr(4);
        if (!allDigits(bban))
            return false;
        std::uint64_t national = digitsValue(bban.substr(0, 10)) % 97;
        if (national == 0)
            national = 97;
        return national == digitsValue(bban.substr(10, 2));
    }
    return true;
}

bool checkPostalCode(std::string_view s)
{
    if (s.size() != 4 || !allDigits(s))
        return false;
    const auto code = digitsValue(s);
    return code >= 1000 && code <= 9992;
}

} // namespace

FormatCheck checkFormat(std::string_view format, std::string_view value)
{
    bool valid = false;
    if (format == "date")
        valid = checkDate(value);
    else if (format == "date-time")
        valid = checkDateTime(value);
    else if (format == "time")
        valid = checkTime(value);
    else if (format == "duration")
        valid = checkDuration(value);
    else if (format == "email")
        valid = checkEmail(value, false);
    else if (format == "idn-email")
        valid = checkEmail(value, true);
    else if (format == "hostname")
        valid = checkHostname(value, HostnameKind::Ascii);
    else if (format == "idn-hostname")
        valid = checkHostname(value, HostnameKind::Idn);
    else if (format == "ipv4")
        valid = checkIpv4(value);
    else if (format == "ipv6")
        valid = checkIpv6(value);
    else if (format == "uri")
        valid = checkUri(value, false, false);
    else if (format == "uri-reference")
        valid = checkUri(value, false, true);
    else if (format == "iri")
        valid = checkUri(value, true, false);
    else if (format == "iri-reference")
        valid = checkUri(value, true, true);
    else if (format == "uri-template")
        valid = checkUriTemplate(value);
    else if (format == "uuid")
        valid = checkUuid(value);
    else if (format == "regex")
        valid = checkRegex(value);
    else if (format == "json-pointer")
        valid = checkJsonPointer(value);
    else if (format == "relative-json-pointer")
        valid = checkRelativeJsonPointer(value);
    else if (format == "be-niss")
        valid = parseNiss(value).has_value();
    else if (format == "be-enterprise-number")
        valid = checkEnterpriseNumber(value);
    else if (format == "iban")
        valid = checkIban(value);
    else if (format == "be-postal-code")
        valid = checkPostalCode(value);
    else
        return FormatCheck::Unknown;
    return valid ? FormatCheck::Valid : FormatCheck::Invalid;
}

bool isKnownFormat(std::string_view format)
{
    static constexpr std::string_view names[] = {"date",
                                                 "date-time",
                                                 "time",
                                                 "duration",
                                                 "email",
                                                 "idn-email",
                                                 "hostname",
                                                 "idn-hostname",
                                                 "ipv4",
                                                 "ipv6",
                                                 "uri",
                                                 "uri-reference",
                                                 "iri",
                                                 "iri-reference",
                                                 "uri-template",
                                                 "uuid",
                                                 "regex",
                                                 "json-pointer",
                                                 "relative-json-pointer",
                                                 "be-niss",
                                                 "be-enterprise-number",
                                                 "iban",
                                                 "be-postal-code"};
    return std::find(std::begin(names), std::end(names), format) != std::end(names);
}

bool isValidNiss(std::string_view niss)
{
    return parseNiss(niss).has_value();
}

bool isValidEnterpriseNumber(std::string_view number)
{
    return checkEnterpriseNumber(number);
}

bool isValidIban(std::string_view iban)
{
    return checkIban(iban);
}

bool isValidBelgianPostalCode(std::string_view code)
{
    return checkPostalCode(code);
}

std::optional<NissInfo> nissInfo(std::string_view niss)
{
    return parseNiss(niss);
}

std::optional<QDate> nissBirthDate(std::string_view niss)
{
    const auto info = parseNiss(niss);
    if (!info || info->month == 0 || info->day == 0)
        return std::nullopt;
    return QDate(info->year, info->month, info->day);
}

std::string compactIdentifier(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (!isOneOf(c, " .-/\t"))
            out.push_back(toUpperAscii(c));
    }
    return out;
}

std::string formatNissForDisplay(std::string_view niss)
{
    if (niss.size() != 11 || !allDigits(niss))
        return std::string(niss);
    std::string out;
    out.reserve(15);
    out.append(niss.substr(0, 2)).push_back('.');
    out.append(niss.substr(2, 2)).push_back('.');
    out.append(niss.substr(4, 2)).push_back('-');
    out.append(niss.substr(6, 3)).push_back('.');
    out.append(niss.substr(9, 2));
    return out;
}

std::string formatEnterpriseNumberForDisplay(std::string_view number)
{
    if (number.size() != 10 || !allDigits(number))
        return std::string(number);
    std::string out;
    out.reserve(12);
    out.append(number.substr(0, 4)).push_back('.');
    out.append(number.substr(4, 3)).push_back('.');
    out.append(number.substr(7, 3));
    return out;
}

std::string formatIbanForDisplay(std::string_view iban)
{
    if (iban.size() < 5 || iban.size() > 34 ||
        !std::all_of(iban.begin(), iban.end(), [](char c) { return isAlnum(c); }))
        return std::string(iban);
    std::string out;
    out.reserve(iban.size() + iban.size() / 4);
    for (std::size_t i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.push_back(' ');
        out.push_back(toUpperAscii(iban[i]));
    }
    return out;
}

} // namespace guichet::schema

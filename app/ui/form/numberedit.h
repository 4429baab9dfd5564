#pragma once

#include "core/json/value.h"

#include <QLineEdit>
#include <QLocale>

#include <optional>
#include <string>

namespace guichet::ui::form {

// A number typed as people write it in their language ("1 234,5" in French), kept exactly as
// typed: no spin box, no wheel, no silent rounding or clamping. Range and precision problems are
// the validator's to report, next to the field.
class NumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    // cents: an integer amount of cents shown and typed as euros with two decimals.
    NumberEdit(bool integer, bool cents, QWidget *parent = nullptr);

    bool isCents() const { return m_cents; }

    // The JSON number text as the locale shows it ("2.50" -> "2,50"; 1250 cents -> "12,50").
    static QString display(const json::Number &number, bool cents, const QLocale &locale);
    // Typed text -> JSON number text; nullopt when it is not a number (or, for cents, has more
    // than two decimals).
    static std::optional<std::string> parse(const QString &text, bool cents, const QLocale &locale);

private:
    bool m_integer;
    bool m_cents;
};

} // namespace guichet::ui::form

#pragma once

#include <QString>

#include <optional>

namespace clinic::domain {

/// Phone number parsing for the first markets. Accepts what people type:
///  - India: 10 digits starting 6-9 (mobile) e.g. "98765 43210", with optional 0 / +91 / 0091 prefix;
///    landlines with STD code "080-2345 6789" (10 digits with the leading 0 dropped);
///  - Spain: 9 digits starting 6, 7, 8 or 9, optional +34 / 0034 prefix;
///  - any other country in international form: "+" and 8 to 15 digits (E.164).
/// Spaces, dots, dashes and parentheses are ignored. A number without a prefix is read in the
/// clinic's default country (ISO 3166 alpha-2, "IN" or "ES").
class PhoneNumber
{
public:
    /// The E.164 form ("+919876543210"), or nothing when the text is not a valid number.
    static std::optional<QString> normalize(const QString &text, const QString &defaultCountry);
    /// Only the digits of `text` ("+91 98765-43210" -> "919876543210").
    static QString digitsOnly(const QString &text);
};

} // namespace clinic::domain

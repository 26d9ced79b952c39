#pragma once

#include <QString>

namespace doorstep::NhsNumber {

// NHS numbers: ten digits, the last a modulus-11 check digit (weights 10 down to 2 on the first nine;
// check = 11 - (sum mod 11); 11 becomes 0; 10 means the number cannot be valid).
// Spaces are allowed on the way in ("943 476 5919") and dropped by normalised().
QString normalised(const QString &input);
// Why the number is not valid, or an empty string when it is.
QString whyInvalid(const QString &input);
inline bool isValid(const QString &input)
{
    return whyInvalid(input).isEmpty();
}

} // namespace doorstep::NhsNumber

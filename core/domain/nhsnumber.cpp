#include "nhsnumber.h"

namespace doorstep::NhsNumber {

QString normalised(const QString &input)
{
    QString digits = input;
    digits.remove(u' ');
    return digits;
}

QString whyInvalid(const QString &input)
{
    const QString digits = normalised(input);
    if (digits.size() != 10)
        return QStringLiteral("must have 10 digits");
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return QStringLiteral("must contain digits only");
    }
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return QStringLiteral("is not a valid NHS number (no check digit is possible)");
    if (check != digits.at(9).digitValue())
        return QStringLiteral("is not a valid NHS number (the check digit does not match)");
    return {};
}

} // namespace doorstep::NhsNumber

#include "personformat.h"

#include "nhsnumber.h"

#include <QLocale>

namespace doorstep {

QString PersonFormat::nhsNumber(const QString &number)
{
    const QString digits = NhsNumber::normalised(number);
    if (digits.size() != 10)
        return number;
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
}

int PersonFormat::age(const QDate &dateOfBirth, const QDate &today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || dateOfBirth > today)
        return -1;
    int years = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month()
        || (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --years;
    return years;
}

QString PersonFormat::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString PersonFormat::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString PersonFormat::choiceLabel(const QString &choice)
{
    if (choice.isEmpty())
        return {};
    QString label = choice;
    label.replace(u'-', u' ');
    label[0] = label[0].toUpper();
    return label;
}

} // namespace doorstep

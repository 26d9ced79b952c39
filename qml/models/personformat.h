#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace doorstep {

// How person details read on screen, in one place so that the list and the person page agree.
class PersonFormat
{
public:
    // "9434765919" -> "943 476 5919", the way the NHS prints it; anything else is returned as given.
    static QString nhsNumber(const QString &number);
    // Whole years on today; -1 when the date of birth is unknown or after today.
    static int age(const QDate &dateOfBirth, const QDate &today);
    // "12 Mar 1941"
    static QString date(const QDate &date);
    // "Tue 12 May, 10:30" in local time
    static QString dateTime(const QDateTime &dateTime);
    // "district-nurse" -> "District nurse": the stored choice words, read aloud as words.
    static QString choiceLabel(const QString &choice);
};

} // namespace doorstep

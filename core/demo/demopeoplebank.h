#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace doorstep {

class DemoRandom;
class DemoSamples;

// Invented people for the demo: names, dates of birth, NHS numbers from the range set aside for
// testing (999), addresses on invented streets, drama telephone numbers, and the person's own words
// about what matters to them. Everything it hands out that will be encrypted is added to the samples.
class DemoPeopleBank
{
public:
    DemoPeopleBank(DemoRandom &random, DemoSamples &samples);

    struct Name
    {
        QString first;
        QString surname;
        bool female = false;
        QString full() const { return first + QLatin1Char(' ') + surname; }
    };
    struct Carer
    {
        Name name;
        QString relationship; // wife, husband, partner, daughter, son, niece, grandson, neighbour, friend
        bool livesWithPerson = false;
    };

    Name personName(); // unique among the people of one neighbourhood
    Name staffName();
    // A spouse or partner is of the person's generation; family is a generation younger and often
    // shares the surname.
    Carer carerFor(const Name &person);

    QDate dateOfBirth(const QDate &today); // an older adult, 66 to 97
    QString nhsNumber(); // 999 prefix, valid modulus-11 check digit, unique
    QString address();
    QString gpPractice(); // stored in clear: invented practice names, never personal
    QString telephone(); // Ofcom's drama ranges: 07700 900xxx and 0113 496 0xxx
    QString communicationNeeds(); // empty for people with none recorded
    QString whatMattersToMe();

    // The ten-digit number with the check digit, or an empty string when the first nine digits
    // compute a check digit of 10 (such numbers are never issued).
    static QString withCheckDigit(const QString &firstNine);

private:
    QString surname();

    DemoRandom &m_random;
    DemoSamples &m_samples;
    QSet<QString> m_personNames;
    QSet<QString> m_nhsNumbers;
};

} // namespace doorstep

#include "demopeoplebank.h"

#include "demorandom.h"
#include "demosamples.h"

#include <QStringList>

namespace doorstep {

namespace {

// First names of people in their seventies to nineties in a West Yorkshire city, across the
// communities that live there.
const QStringList &olderFirstNames(bool female)
{
    static const QStringList women{
        QStringLiteral("Margaret"), QStringLiteral("Doreen"),   QStringLiteral("Eileen"),  QStringLiteral("Brenda"),
        QStringLiteral("Joan"),     QStringLiteral("Sheila"),   QStringLiteral("Pauline"), QStringLiteral("Maureen"),
        QStringLiteral("Irene"),    QStringLiteral("Audrey"),   QStringLiteral("Jean"),    QStringLiteral("Barbara"),
        QStringLiteral("Shirley"),  QStringLiteral("Sylvia"),   QStringLiteral("Edna"),    QStringLiteral("Gwen"),
        QStringLiteral("Hilda"),    QStringLiteral("Marjorie"), QStringLiteral("Valerie"), QStringLiteral("Kathleen"),
        QStringLiteral("Rita"),     QStringLiteral("Ivy"),      QStringLiteral("Mavis"),   QStringLiteral("Beryl"),
        QStringLiteral("Nora"),     QStringLiteral("Winifred"), QStringLiteral("Vera"),    QStringLiteral("Parveen"),
        QStringLiteral("Nasreen"),  QStringLiteral("Harjit"),   QStringLiteral("Gurdeep"), QStringLiteral("Hyacinth"),
    };
    static const QStringList men{
        QStringLiteral("Harold"),  QStringLiteral("Albert"),   QStringLiteral("Norman"),  QStringLiteral("Kenneth"),
        QStringLiteral("Dennis"),  QStringLiteral("Ernest"),   QStringLiteral("Leonard"), QStringLiteral("Stanley"),
        QStringLiteral("Wilfred"), QStringLiteral("Clifford"), QStringLiteral("Raymond"), QStringLiteral("Gordon"),
        QStringLiteral("Frank"),   QStringLiteral("Arthur"),   QStringLiteral("Walter"),  QStringLiteral("Cyril"),
        QStringLiteral("Roy"),     QStringLiteral("Derek"),    QStringLiteral("Trevor"),  QStringLiteral("Colin"),
        QStringLiteral("Bernard"), QStringLiteral("Geoffrey"), QStringLiteral("Malcolm"), QStringLiteral("Tariq"),
        QStringLiteral("Abdul"),   QStringLiteral("Gurmeet"),  QStringLiteral("Winston"), QStringLiteral("Desmond"),
    };
    return female ? women : men;
}

const QStringList &youngerFirstNames(bool female)
{
    static const QStringList women{
        QStringLiteral("Karen"),    QStringLiteral("Julie"),  QStringLiteral("Susan"),  QStringLiteral("Helen"),
        QStringLiteral("Sarah"),    QStringLiteral("Lisa"),   QStringLiteral("Samina"), QStringLiteral("Jaspreet"),
        QStringLiteral("Michelle"), QStringLiteral("Joanne"), QStringLiteral("Nadia"),  QStringLiteral("Tracey"),
        QStringLiteral("Marcia"),
    };
    static const QStringList men{
        QStringLiteral("Andrew"), QStringLiteral("Mark"), QStringLiteral("Gary"), QStringLiteral("Imran"),
        QStringLiteral("Dean"),   QStringLiteral("Carl"), QStringLiteral("Paul"), QStringLiteral("Delroy"),
    };
    return female ? women : men;
}

const QStringList &staffFirstNames()
{
    static const QStringList names{
        QStringLiteral("Priya"), QStringLiteral("Sam"),   QStringLiteral("Jo"),     QStringLiteral("Rachel"),
        QStringLiteral("Tom"),   QStringLiteral("Aisha"), QStringLiteral("Kirsty"), QStringLiteral("Ben"),
        QStringLiteral("Niamh"), QStringLiteral("Femi"),  QStringLiteral("Hannah"), QStringLiteral("Rob"),
    };
    return names;
}

// Surnames are made from Yorkshire place-name pieces, so they sound local without being anyone's.
const QStringList &surnameStarts()
{
    static const QStringList parts{
        QStringLiteral("Ack"),   QStringLiteral("Bram"),  QStringLiteral("Cawt"),  QStringLiteral("Dunn"),
        QStringLiteral("Esh"),   QStringLiteral("Fenn"),  QStringLiteral("Garth"), QStringLiteral("Hep"),
        QStringLiteral("Ing"),   QStringLiteral("Kell"),  QStringLiteral("Lang"),  QStringLiteral("Mor"),
        QStringLiteral("Nidd"),  QStringLiteral("Ox"),    QStringLiteral("Pud"),   QStringLiteral("Rams"),
        QStringLiteral("Scar"),  QStringLiteral("Thorn"), QStringLiteral("Ul"),    QStringLiteral("Wig"),
        QStringLiteral("Birk"),  QStringLiteral("Cal"),   QStringLiteral("Hol"),   QStringLiteral("Stan"),
        QStringLiteral("Thack"),
    };
    return parts;
}

const QStringList &surnameEnds()
{
    static const QStringList parts{
        QStringLiteral("thwaite"), QStringLiteral("ley"),   QStringLiteral("royd"),  QStringLiteral("worth"),
        QStringLiteral("croft"),   QStringLiteral("by"),    QStringLiteral("shaw"),  QStringLiteral("holme"),
        QStringLiteral("dale"),    QStringLiteral("field"), QStringLiteral("ridge"), QStringLiteral("stall"),
    };
    return parts;
}

const QStringList &streetNames()
{
    static const QStringList names{
        QStringLiteral("Larkfield"),     QStringLiteral("Hollin Gill"), QStringLiteral("Tansy"),
        QStringLiteral("Cragside"),      QStringLiteral("Weaver"),      QStringLiteral("Millstone"),
        QStringLiteral("Kestrel"),       QStringLiteral("Bracken"),     QStringLiteral("Fulling"),
        QStringLiteral("Sycamore Bank"), QStringLiteral("Tenter"),      QStringLiteral("Dyehouse"),
        QStringLiteral("Goit Side"),     QStringLiteral("Rushbearer"),  QStringLiteral("Old Tram"),
        QStringLiteral("Coalstaith"),
    };
    return names;
}

const QStringList &streetKinds()
{
    static const QStringList kinds{
        QStringLiteral("Road"),    QStringLiteral("Lane"),     QStringLiteral("Grove"), QStringLiteral("Mount"),
        QStringLiteral("Terrace"), QStringLiteral("Crescent"), QStringLiteral("Fold"),  QStringLiteral("View"),
        QStringLiteral("Avenue"),  QStringLiteral("Gardens"),
    };
    return kinds;
}

// Invented districts: the demo neighbourhood is Leeds-like, never a real patch.
const QStringList &districts()
{
    static const QStringList names{QStringLiteral("Kirkholme"), QStringLiteral("Aire Bank"),
                                   QStringLiteral("Woolcombe"), QStringLiteral("Brackenroyd")};
    return names;
}

const QStringList &practices()
{
    static const QStringList names{
        QStringLiteral("Kirkholme Medical Practice (demo)"), QStringLiteral("Aire Bank Surgery (demo)"),
        QStringLiteral("Woolcombe Health Centre (demo)"), QStringLiteral("Brackenroyd Family Practice (demo)")};
    return names;
}

const QStringList &communicationBank()
{
    static const QStringList entries{
        QStringLiteral("Hard of hearing; please face me and speak clearly, and don't shout."),
        QStringLiteral("Wears a hearing aid in the right ear; check the battery if I seem not to follow."),
        QStringLiteral("Partially sighted: large print letters please, black on yellow is best."),
        QStringLiteral("Speaks Punjabi at home; my daughter interprets at visits if I ask her to."),
        QStringLiteral("Speaks Urdu; prefers a professional interpreter for anything about money."),
        QStringLiteral("Word-finding difficulties since the stroke; give me time to answer."),
        QStringLiteral("Memory is not what it was; please write the next visit date on the kitchen calendar."),
        QStringLiteral("Slow to get to the door: knock loudly and wait, or ring the landline first."),
        QStringLiteral("Reads and writes well but does not use a mobile phone or email."),
    };
    return entries;
}

const QStringList &mattersOpenings()
{
    static const QStringList entries{
        QStringLiteral("Staying in my own home, where I have lived for forty-odd years."),
        QStringLiteral("Being able to potter in the greenhouse when the weather allows."),
        QStringLiteral("My cat, and knowing someone will feed her if I go into hospital."),
        QStringLiteral("Seeing the grandchildren on a Sunday afternoon."),
        QStringLiteral("Getting to the Wednesday club at the community centre."),
        QStringLiteral("Keeping my independence for as long as I possibly can."),
        QStringLiteral("Being treated as a person, not a list of things that are wrong with me."),
        QStringLiteral("My garden and the birds that come to the feeder by the window."),
        QStringLiteral("Going to the mosque for Friday prayers with my son."),
        QStringLiteral("Getting to the gurdwara for the langar on a Sunday."),
        QStringLiteral("Having my hair done at the salon on the parade every fortnight."),
        QStringLiteral("Looking after my other half for as long as I'm able to."),
    };
    return entries;
}

const QStringList &mattersClosings()
{
    static const QStringList entries{
        QStringLiteral("I don't like explaining everything again to somebody new every time."),
        QStringLiteral("Please ring before you come, it takes me a while to get to the door."),
        QStringLiteral("I like a proper cup of tea before we get started on anything."),
        QStringLiteral("Mornings are my bad time, afternoons are a lot better for visits."),
        QStringLiteral("My daughter helps me with the forms, so please include her in things."),
        QStringLiteral("I worry about being a burden on my family, so I don't always say."),
        QStringLiteral("I was a ward sister myself for thirty years, so tell me straight."),
        QStringLiteral("I'd rather manage on my own with a bit of help than have it all done for me."),
    };
    return entries;
}

// Who helps: a spouse is listed twice, as most carers of older people are partners or children.
const QStringList &relationships()
{
    static const QStringList entries{
        QStringLiteral("spouse"),    QStringLiteral("spouse"), QStringLiteral("partner"), QStringLiteral("daughter"),
        QStringLiteral("daughter"),  QStringLiteral("son"),    QStringLiteral("niece"),   QStringLiteral("grandson"),
        QStringLiteral("neighbour"), QStringLiteral("friend"),
    };
    return entries;
}

} // namespace

DemoPeopleBank::DemoPeopleBank(DemoRandom &random, DemoSamples &samples) : m_random(random), m_samples(samples) { }

QString DemoPeopleBank::surname()
{
    // Separate statements: the operands of + have no defined order of evaluation.
    const QString start = m_random.pick(surnameStarts());
    return start + m_random.pick(surnameEnds());
}

DemoPeopleBank::Name DemoPeopleBank::personName()
{
    Name name;
    do {
        name.female = m_random.chance(0.58); // more older women than men live alone with care
        name.first = m_random.pick(olderFirstNames(name.female));
        name.surname = surname();
    } while (m_personNames.contains(name.full()));
    m_personNames.insert(name.full());
    m_samples.addValue(name.full());
    return name;
}

DemoPeopleBank::Name DemoPeopleBank::staffName()
{
    Name name;
    name.first = m_random.pick(staffFirstNames());
    name.surname = surname();
    m_samples.addValue(name.full());
    return name;
}

DemoPeopleBank::Carer DemoPeopleBank::carerFor(const Name &person)
{
    Carer carer;
    QString relationship = m_random.pick(relationships());
    Name &name = carer.name;
    if (relationship == QLatin1String("spouse")) {
        name.female = !person.female;
        relationship = name.female ? QStringLiteral("wife") : QStringLiteral("husband");
        name.first = m_random.pick(olderFirstNames(name.female));
        name.surname = person.surname;
        carer.livesWithPerson = true;
    } else if (relationship == QLatin1String("partner")) {
        name.female = !person.female;
        name.first = m_random.pick(olderFirstNames(name.female));
        name.surname = surname();
        carer.livesWithPerson = true;
    } else {
        name.female = relationship == QLatin1String("daughter") || relationship == QLatin1String("niece")
            || (relationship != QLatin1String("son") && relationship != QLatin1String("grandson")
                && m_random.chance(0.6));
        name.first = m_random.pick(youngerFirstNames(name.female));
        const bool family = relationship != QLatin1String("neighbour") && relationship != QLatin1String("friend");
        name.surname = family && m_random.chance(0.6) ? person.surname : surname();
        carer.livesWithPerson = family && m_random.chance(0.15);
    }
    carer.relationship = relationship;
    m_samples.addValue(name.full());
    return carer;
}

QDate DemoPeopleBank::dateOfBirth(const QDate &today)
{
    return today.addYears(-m_random.between(66, 97)).addDays(-m_random.between(1, 364));
}

QString DemoPeopleBank::withCheckDigit(const QString &firstNine)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += firstNine.at(i).digitValue() * (10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return {};
    return firstNine + QString::number(check);
}

QString DemoPeopleBank::nhsNumber()
{
    while (true) {
        // 999 numbers are never issued to real people: the range is kept for testing.
        const QString number = withCheckDigit(
            QStringLiteral("999") + QStringLiteral("%1").arg(m_random.below(1000000), 6, 10, QLatin1Char('0')));
        if (number.isEmpty() || m_nhsNumbers.contains(number))
            continue;
        m_nhsNumbers.insert(number);
        m_samples.addValue(number);
        return number;
    }
}

QString DemoPeopleBank::address()
{
    const QString streetName = m_random.pick(streetNames());
    const QString street = streetName + QLatin1Char(' ') + m_random.pick(streetKinds());
    const QString line = QString::number(m_random.between(1, 180)) + QLatin1Char(' ') + street;
    m_samples.addValue(line);
    // LS99 is not a delivery district, so no generated postcode is a real home.
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    const QString postcode = QStringLiteral("LS99 %1%2%3")
                                 .arg(m_random.between(1, 9))
                                 .arg(letters.at(m_random.below(int(letters.size()))))
                                 .arg(letters.at(m_random.below(int(letters.size()))));
    const QString district = m_random.pick(districts());
    return line + QStringLiteral(", ") + district + QStringLiteral(", Leeds ") + postcode;
}

QString DemoPeopleBank::gpPractice()
{
    return m_random.pick(practices());
}

QString DemoPeopleBank::telephone()
{
    const QString number = m_random.chance(0.6)
        ? QStringLiteral("07700 900%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0'))
        : QStringLiteral("0113 496 0%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0'));
    m_samples.addValue(number);
    return number;
}

QString DemoPeopleBank::communicationNeeds()
{
    if (m_random.chance(0.45))
        return {};
    const QString entry = m_random.pick(communicationBank());
    m_samples.addPhrase(entry);
    return entry;
}

QString DemoPeopleBank::whatMattersToMe()
{
    const QString opening = m_random.pick(mattersOpenings());
    const QString closing = m_random.pick(mattersClosings());
    m_samples.addPhrase(opening);
    m_samples.addPhrase(closing);
    return opening + QLatin1Char(' ') + closing;
}

} // namespace doorstep

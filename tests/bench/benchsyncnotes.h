#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <random>

namespace doorstep::benchsync {

// Visit notes and next steps that read like a practitioner's: sentences drawn from a bank, with
// names, days, times, readings and doses filled in, so that no two notes are alike and nothing
// compresses or repeats conveniently. Deterministic for a seed. Made-up text: no real person.
class NoteWriter
{
public:
    explicit NoteWriter(quint32 seed) : m_random(seed) { }

    // Paragraphs, as practitioners write them, are separated by line breaks, which JSON escapes
    // ("\n"); --single-paragraph turns them off to show what the escapes cost the JSON parser.
    void setLineBreaks(bool on) { m_lineBreaks = on; }

    // A note of about the given length (whole sentences, then cut at a word).
    QString note(int length)
    {
        QString text;
        text.reserve(length + 200);
        while (text.size() < length) {
            if (!text.isEmpty())
                text += m_random() % 5 == 0 && m_lineBreaks ? QStringLiteral("\n") : QStringLiteral(" ");
            text += sentence();
        }
        text.truncate(length);
        const qsizetype space = text.lastIndexOf(u' ');
        if (space > length - 20)
            text.truncate(space);
        return text + u'.';
    }

    // A length around mean, spread by +/- spread.
    int around(int mean, int spread) { return mean - spread + int(m_random() % quint32(2 * spread + 1)); }

    QString nextSteps() { return sentence(kNextSteps); }

    quint32 next() { return m_random(); }
    double unit() { return double(m_random()) / double(std::mt19937::max()); }

private:
    QString pick(const QStringList &list) { return list.at(qsizetype(m_random() % quint32(list.size()))); }

    QString sentence(const QStringList &bank)
    {
        QString s = pick(bank);
        s.replace(QLatin1String("{name}"), pick(kNames));
        s.replace(QLatin1String("{relative}"), pick(kRelatives));
        s.replace(QLatin1String("{day}"), pick(kDays));
        s.replace(QLatin1String("{time}"),
                  QStringLiteral("%1:%2")
                      .arg(8 + int(m_random() % 10))
                      .arg(int(m_random() % 4) * 15, 2, 10, QLatin1Char('0')));
        s.replace(QLatin1String("{bp}"),
                  QStringLiteral("%1/%2").arg(105 + int(m_random() % 60)).arg(60 + int(m_random() % 35)));
        s.replace(QLatin1String("{n}"), QString::number(2 + int(m_random() % 9)));
        s.replace(QLatin1String("{mg}"), QString::number((1 + int(m_random() % 20)) * 5));
        s.replace(QLatin1String("{med}"), pick(kMedicines));
        s.replace(QLatin1String("{service}"), pick(kServices));
        s.replace(QLatin1String("{place}"), pick(kPlaces));
        return s;
    }
    QString sentence() { return sentence(kSentences); }

    std::mt19937 m_random;
    bool m_lineBreaks = true;

    inline static const QStringList kNames{
        QStringLiteral("Mrs Okafor"),  QStringLiteral("Mr Brennan"),   QStringLiteral("Maureen"),
        QStringLiteral("Stan"),        QStringLiteral("Mrs Kowalski"), QStringLiteral("Mr Ahmed"),
        QStringLiteral("Dorothy"),     QStringLiteral("Mr Haigh"),     QStringLiteral("Mrs Pearson"),
        QStringLiteral("Ivy"),         QStringLiteral("Mr Singh"),     QStringLiteral("Joan"),
        QStringLiteral("Mr Lumb"),     QStringLiteral("Mrs Achebe"),   QStringLiteral("Wilf"),
        QStringLiteral("Mrs Thornton")};
    inline static const QStringList kRelatives{
        QStringLiteral("her daughter"),   QStringLiteral("his son"),
        QStringLiteral("her husband"),    QStringLiteral("his wife"),
        QStringLiteral("a neighbour"),    QStringLiteral("her granddaughter"),
        QStringLiteral("the home carer"), QStringLiteral("his brother"),
        QStringLiteral("her niece"),      QStringLiteral("a friend from church")};
    inline static const QStringList kDays{
        QStringLiteral("Monday"), QStringLiteral("Tuesday"),   QStringLiteral("Wednesday"),  QStringLiteral("Thursday"),
        QStringLiteral("Friday"), QStringLiteral("next week"), QStringLiteral("the weekend")};
    inline static const QStringList kMedicines{QStringLiteral("furosemide"),  QStringLiteral("ramipril"),
                                               QStringLiteral("paracetamol"), QStringLiteral("metformin"),
                                               QStringLiteral("amlodipine"),  QStringLiteral("sertraline"),
                                               QStringLiteral("apixaban"),    QStringLiteral("lansoprazole"),
                                               QStringLiteral("bisoprolol"),  QStringLiteral("co-codamol")};
    inline static const QStringList kServices{QStringLiteral("the OT"),
                                              QStringLiteral("the district nurses"),
                                              QStringLiteral("the GP practice"),
                                              QStringLiteral("the falls service"),
                                              QStringLiteral("the carers' centre"),
                                              QStringLiteral("adult social care"),
                                              QStringLiteral("the memory clinic"),
                                              QStringLiteral("the community matron"),
                                              QStringLiteral("the reablement team"),
                                              QStringLiteral("the pharmacy")};
    inline static const QStringList kPlaces{QStringLiteral("the kitchen"),  QStringLiteral("the back door"),
                                            QStringLiteral("the bathroom"), QStringLiteral("the stairs"),
                                            QStringLiteral("the garden"),   QStringLiteral("the front step"),
                                            QStringLiteral("the bedroom"),  QStringLiteral("the corner shop")};
    inline static const QStringList kSentences{
        QStringLiteral("Arrived at {time}; {relative} let me in and stayed for the first part of the visit."),
        QStringLiteral("{name} was up and dressed and had managed breakfast on their own."),
        QStringLiteral("Leg ulcer redressed; the wound bed looks cleaner than on {day} and there is less exudate."),
        QStringLiteral("Blood pressure {bp} sitting, a little lower standing, no dizziness reported."),
        QStringLiteral("Talked through the morning routine and where help is still needed with washing."),
        QStringLiteral("{name} says the {med} {mg} mg makes the mornings easier but is worried about the cost."),
        QStringLiteral("Checked the blister pack: {n} doses missed this week, mostly the evening ones."),
        QStringLiteral("Walked to {place} with the frame, resting once, steadier than last time."),
        QStringLiteral("Agreed to refer to {service} for a bathing assessment before {day}."),
        QStringLiteral("Phoned {service} about the late delivery; they will ring back by {time}."),
        QStringLiteral("{relative} is finding the nights hard and would like to talk about a carers' assessment."),
        QStringLiteral("Reviewed the goal about getting to {place}; {name} rated it {n} out of 10 today."),
        QStringLiteral("The key safe code was changed on {day}; the new one is with the coordinator, not here."),
        QStringLiteral("Fridge checked: enough food for {n} days, {relative} shops on {day}."),
        QStringLiteral("Pendant alarm tested and working; {name} wears it in the day but not at night."),
        QStringLiteral("No new falls since the last visit; the rug by {place} has been taken up."),
        QStringLiteral("Discussed what matters most: staying at home and seeing the grandchildren on {day}."),
        QStringLiteral("Skin intact on heels and sacrum; the cushion is being used in the chair."),
        QStringLiteral("Weight {n} kg down over the month; asked {service} to look at the diet."),
        QStringLiteral("Mood brighter than on {day}; {name} talked about going back to the lunch club."),
        QStringLiteral("The stair rail is loose at the top; reported it to the landlord and to {service}."),
        QStringLiteral("{name} asked for information about the memory service in plain words; leaflet left."),
        QStringLiteral("Catheter care done, urine clear, no pain; supplies will last until {day}."),
        QStringLiteral("Spent {n} minutes on the breathing exercises; oxygen saturation fine at rest."),
        QStringLiteral("Heating was off when I arrived; {relative} will sort out the meter top-up today."),
        QStringLiteral("Evening calls are too early for {name}; asked the agency to move them after {time}."),
        QStringLiteral("Consent to share with {service} confirmed again; no change to the scope."),
        QStringLiteral("Left at {time}; next visit booked for {day}, {relative} will be there."),
    };
    inline static const QStringList kNextSteps{
        QStringLiteral("District nurse to revisit on {day} to redress the leg."),
        QStringLiteral("Refer to {service} and ring {relative} with the date."),
        QStringLiteral("Review the {med} with the GP practice before {day}."),
        QStringLiteral("Check the new care calls are after {time} from {day}."),
        QStringLiteral("Bring the bath board on {day} and try it with {name}."),
        QStringLiteral("Coordinator to chase {service} about the assessment."),
    };
};

} // namespace doorstep::benchsync

#pragma once

#include "benchsyncnotes.h"
#include "benchsyncoutput.h"
#include "person.h"
#include "repository.h"
#include "store.h"
#include "uuid.h"
#include "visit.h"

#include <QDateTime>

namespace doorstep::benchsync {

// Made-up people and home visits as a neighbourhood team records them: a visit planned, checked in
// and out, often with a location fix, notes of about 1.5 KB and next steps. Every record goes
// through the store's one write path (Repository -> RecordStore), so rows, stamps and outbox
// entries are the real ones.
class RecordMaker
{
public:
    explicit RecordMaker(quint32 seed) : m_words(seed) { }

    NoteWriter &words() { return m_words; }

    Person person(const QString &teamId)
    {
        static const QStringList first{QStringLiteral("Ada"),   QStringLiteral("Bert"),   QStringLiteral("Cora"),
                                       QStringLiteral("Doris"), QStringLiteral("Eric"),   QStringLiteral("Flo"),
                                       QStringLiteral("Gwen"),  QStringLiteral("Harold"), QStringLiteral("Ida"),
                                       QStringLiteral("Jack")};
        static const QStringList last{
            QStringLiteral("Ackroyd"),   QStringLiteral("Barraclough"), QStringLiteral("Crowther"),
            QStringLiteral("Dawson"),    QStringLiteral("Eastwood"),    QStringLiteral("Firth"),
            QStringLiteral("Greenwood"), QStringLiteral("Holdsworth"),  QStringLiteral("Illingworth")};
        Person p;
        p.name = first.at(qsizetype(m_words.next() % 10)) + u' ' + last.at(qsizetype(m_words.next() % 9));
        p.dateOfBirth = QDate(1925, 1, 1).addDays(qint64(m_words.next() % 20000));
        p.nhsNumber = nhsNumber();
        p.address
            = QStringLiteral("%1 Bench Street, Leeds LS%2").arg(1 + m_words.next() % 200).arg(1 + m_words.next() % 28);
        p.gpPractice = QStringLiteral("Bench Medical Practice");
        p.teamId = teamId;
        p.whatMattersToMe = m_words.note(m_words.around(300, 100));
        return p;
    }

    // A finished visit, planned at plannedMs.
    Visit visit(const QString &personId, const QString &practitionerId, qint64 plannedMs, int noteLength = 1500)
    {
        Visit v;
        v.personId = personId;
        v.practitionerId = practitionerId;
        v.plannedAt = QDateTime::fromMSecsSinceEpoch(plannedMs, Qt::UTC);
        v.checkedInAt = v.plannedAt.addSecs(qint64(m_words.next() % 900));
        v.checkedOutAt = v.checkedInAt.addSecs(900 + qint64(m_words.next() % 2700));
        if (m_words.next() % 10 < 6) { // a fix only when the practitioner took one
            v.latitude = 53.75 + m_words.unit() / 10;
            v.longitude = -1.6 + m_words.unit() / 10;
            v.locationAccuracy = 5 + m_words.unit() * 40;
            v.locationAt = v.checkedInAt;
        }
        static const QStringList types{QStringLiteral("review"),      QStringLiteral("nursing"),
                                       QStringLiteral("therapy"),     QStringLiteral("reablement"),
                                       QStringLiteral("social-care"), QStringLiteral("assessment")};
        v.visitType = types.at(qsizetype(m_words.next() % quint32(types.size())));
        v.notes = m_words.note(m_words.around(noteLength, noteLength / 5));
        v.nextSteps = m_words.nextSteps();
        v.coordinatorId = practitionerId;
        return v;
    }

    // n people for a team, written on this device.
    QStringList createPeople(Store &store, const QString &teamId, int n)
    {
        Repository<Person> people(store);
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            Person p = person(teamId);
            auto id = people.create(p);
            if (!id)
                die(QStringLiteral("create person"), id.error());
            ids << *id;
        }
        return ids;
    }

    // n visits spread over the people and the last two years, written on this device.
    QStringList createVisits(Store &store, const QStringList &people, const QString &practitionerId, int n,
                             int noteLength = 1500)
    {
        Repository<Visit> visits(store);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 730LL * 86400000;
        QStringList ids;
        ids.reserve(n);
        for (int i = 0; i < n; ++i) {
            Visit v = visit(people.at(qsizetype(m_words.next() % quint32(people.size()))), practitionerId,
                            start + qint64(m_words.next() % 700) * 86400000 + qint64(m_words.next() % 36000000),
                            noteLength);
            auto id = visits.create(v);
            if (!id)
                die(QStringLiteral("create visit"), id.error());
            ids << *id;
        }
        return ids;
    }

private:
    QString nhsNumber()
    {
        while (true) {
            QString digits;
            int sum = 0;
            for (int i = 0; i < 9; ++i) {
                const int d = int(m_words.next() % 10);
                digits += QChar(u'0' + d);
                sum += d * (10 - i);
            }
            const int check = 11 - sum % 11;
            if (check == 10)
                continue;
            return digits + QChar(u'0' + (check == 11 ? 0 : check));
        }
    }

    NoteWriter m_words;
};

} // namespace doorstep::benchsync

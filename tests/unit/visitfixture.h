#pragma once

// A practitioner's tablet for the visits tests: a real store in a temporary directory, opened
// through a Session (the app's way in), with a team, two practitioners (the first signed in) and
// helpers to add people and visits through the repositories.
#include "devicesettings.h"
#include "person.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "team.h"
#include "user.h"
#include "visit.h"

#include <QTemporaryDir>

#include <memory>

namespace doorstep::test {

class VisitFixture
{
public:
    static QString pin() { return QStringLiteral("480213"); }

    static Session::Options optionsFor(const QString &directory)
    {
        Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
        options.offline = true;
        return options;
    }

    // False when any step failed (the test then stops on its own QVERIFY).
    bool setUp()
    {
        if (!m_dir.isValid())
            return false;
        m_session = std::make_unique<Session>(optionsFor(m_dir.path()));
        if (!m_session->setUpPin(pin(), pin()))
            return false;
        Store &store = *m_session->store();
        Team team;
        team.name = QStringLiteral("Test Neighbourhood Team");
        if (!Repository<Team>(store).create(team))
            return false;
        User nurse;
        nurse.userName = QStringLiteral("nia.nurse");
        nurse.displayName = QStringLiteral("Nia Test-Nurse");
        nurse.role = QStringLiteral("practitioner");
        nurse.profession = QStringLiteral("district-nurse");
        nurse.teamId = team.id;
        if (!Repository<User>(store).create(nurse))
            return false;
        User worker = nurse;
        worker.id.clear();
        worker.userName = QStringLiteral("sol.worker");
        worker.displayName = QStringLiteral("Sol Test-Worker");
        worker.profession = QStringLiteral("social-worker");
        if (!Repository<User>(store).create(worker))
            return false;
        teamId = team.id;
        practitionerId = nurse.id;
        otherPractitionerId = worker.id;
        DeviceSettings(m_dir.path()).setCurrentUserId(practitionerId);
        // Unlocking again reads who is signed in.
        m_session->lock();
        return m_session->unlock(pin());
    }

    // A fresh Session on the same directory, as after a restart; the old one goes first.
    bool reopen()
    {
        m_session.reset();
        m_session = std::make_unique<Session>(optionsFor(m_dir.path()));
        return m_session->unlock(pin());
    }

    Person addPerson(const QString &name, const QString &address = QStringLiteral("1 Test Row, Leeds"))
    {
        Person p;
        p.name = name;
        p.dateOfBirth = QDate(1940, 3, 12);
        p.address = address;
        p.teamId = teamId;
        (void)Repository<Person>(store()).create(p);
        return p;
    }

    Visit addVisit(const Person &person, const QDateTime &plannedAt, const QString &practitioner = {},
                   const QString &type = QStringLiteral("nursing"))
    {
        Visit v;
        v.personId = person.id;
        v.practitionerId = practitioner.isEmpty() ? practitionerId : practitioner;
        v.plannedAt = plannedAt;
        v.visitType = type;
        (void)Repository<Visit>(store()).create(v);
        return v;
    }

    // The fixture's Session goes, for a window's own Session to open the store (reopen() brings it back).
    void close() { m_session.reset(); }

    Visit visit(const QString &id) { return Repository<Visit>(store()).get(id).value(); }

    Session &session() { return *m_session; }
    Store &store() { return *m_session->store(); }
    QString directory() const { return m_dir.path(); }

    QString teamId;
    QString practitionerId;
    QString otherPractitionerId;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

} // namespace doorstep::test

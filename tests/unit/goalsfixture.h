#pragma once

// A real store for the goals tests: the offline demo (a practitioner signed in, the instruments
// loaded) in a temporary directory, unlocked through Session, plus one person of the test's own
// with no goals yet.
#include "demosetup.h"
#include "goal.h"
#include "goalreview.h"
#include "person.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "uuid.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace doorstep::test {

struct GoalsFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Session> session;
    QString personId;
    QString teamId;

    Store &store() { return *session->store(); }

    // Call from init(); then return when QTest::currentTestFailed().
    void setUp()
    {
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        DemoNeighbourhood::Options tiny;
        tiny.people = 2;
        tiny.visits = 4;
        tiny.postcards = 1;
        auto prepared = DemoSetup::prepareDirectory(dir->path(), KeyStorageFactory::Preference::FileOnly,
                                                    KeyVault::testCost(), tiny);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
        Session::Options options{dir->path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
        options.offline = true;
        session = std::make_unique<Session>(options);
        QVERIFY2(session->unlock(DemoSetup::pin()), qPrintable(session->lastError()));
        QVERIFY(!session->currentUserId().isEmpty());
        QVERIFY(Session::instruments());
        teamId = session->teamId();

        Person person;
        person.name = QStringLiteral("Goal Testperson");
        person.dateOfBirth = QDate(1941, 3, 12);
        person.address = QStringLiteral("1 Test Street, Testtown");
        person.gpPractice = QStringLiteral("Test Surgery");
        person.teamId = teamId;
        auto id = Repository<Person>(store()).create(person);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        personId = *id;
    }

    void tearDown()
    {
        session.reset();
        dir.reset();
    }

    // A goal stored directly, recorded `daysAgo` days ago (its id carries the time).
    Goal addGoal(const QString &words, const QString &status, int baseline, int daysAgo,
                 const QStringList &statementIds = {})
    {
        Goal goal;
        goal.id = Uuid::createV7(QDateTime::currentDateTime().addDays(-daysAgo).toMSecsSinceEpoch());
        goal.personId = personId;
        goal.words = words;
        goal.statementIds = statementIds;
        goal.baselineRating = baseline;
        goal.status = status;
        goal.createdBy = session->currentUserId();
        auto id = Repository<Goal>(store()).create(goal);
        if (!id)
            qWarning("goal not created: %s", qPrintable(id.error().message()));
        return goal;
    }

    GoalReview addReview(const Goal &goal, int daysAgo, int rating, const QString &comment = {})
    {
        GoalReview review;
        review.goalId = goal.id;
        review.reviewedOn = QDate::currentDate().addDays(-daysAgo);
        review.rating = rating;
        review.comment = comment;
        review.reviewedBy = session->currentUserId();
        auto id = Repository<GoalReview>(store()).create(review);
        if (!id)
            qWarning("review not created: %s", qPrintable(id.error().message()));
        return review;
    }

    int goalCount()
    {
        auto goals = Repository<Goal>(store()).listWhere(QStringLiteral("personId"), personId);
        return goals ? int(goals->size()) : -1;
    }
};

} // namespace doorstep::test

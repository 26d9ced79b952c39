// A practitioner's day, through the same C++ view models the screens use, with the network off:
// signed in and synced at base in the morning, then the server is gone (SIGKILL: no signal on the
// doorstep). The first of today's visits: check in, notes and next steps typed, a review of one of
// the person's goals, a postcard the person fills in in hand-over mode (leaving it with the PIN),
// check out. Nothing reaches the server while it is away, and nothing is lost. Back at base the
// server is up again, the tablet syncs, and a second practitioner's tablet receives every record
// exactly as it was typed.
#include "colleaguetablet.h"
#include "demoserver.h"
#include "goaleditor.h"
#include "goallistmodel.h"
#include "goalreview.h"
#include "postcard.h"
#include "postcardhandover.h"
#include "repository.h"
#include "session.h"
#include "syncstatus.h"
#include "todayvisitsmodel.h"
#include "visit.h"
#include "visiteditor.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("135792");
constexpr int kWaitMs = 60000;
// Short: the server is killed while the tablet is out, and a sync must give up soon.
constexpr int kRequestTimeoutMs = 5000;
} // namespace

class TestDayInTheField : public QObject
{
    Q_OBJECT

    test::DemoServer m_server{QStringLiteral("demo password for the day in the field")};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString loaded = m_server.loadDemo();
        QVERIFY2(loaded.contains(QStringLiteral("people")), qPrintable(loaded));
        QVERIFY(m_server.process().start());
    }

    void aDayOfflineThenSyncedToASecondTablet()
    {
        // Morning, at base: sign in, PIN, first sync.
        QTemporaryDir dir;
        Session session(m_server.appOptions(dir.path(), kRequestTimeoutMs));
        SyncStatus status(&session);
        QVERIFY(session.signIn(session.serverAddress(), m_server.roster().staff.first().userName, m_server.password()));
        QVERIFY2(session.setUpPin(kPin, kPin), qPrintable(session.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid() && status.state() == SyncStatus::Idle, kWaitMs);
        QCOMPARE(status.pendingCount(), 0);

        // On the doorstep: no signal. A sync attempt fails and says so; the tablet carries on.
        m_server.process().kill();
        status.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status.state() != SyncStatus::Syncing && status.state() != SyncStatus::Idle, kWaitMs);
        QVERIFY(!status.lastError().isEmpty());

        // Today's visits, in time order; the first one.
        TodayVisitsModel today;
        today.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(today.rowCount() > 0, 5000);
        const QString visitId = today.data(today.index(0), TodayVisitsModel::VisitIdRole).toString();
        const QString personId = today.data(today.index(0), TodayVisitsModel::PersonIdRole).toString();
        QVERIFY(!visitId.isEmpty());

        VisitEditor visit;
        visit.setSession(&session);
        visit.setVisitId(visitId);
        QVERIFY(visit.isLoaded());
        QVERIFY2(visit.checkIn(), qPrintable(visit.lastError()));
        const QString notes = QStringLiteral("Mrs Ahmed was in good spirits. Reviewed the kitchen after the "
                                             "fall: the rug has gone, the grab rail is in.\nShe wants to get "
                                             "to the Thursday lunch club again — \u00a3, bus pass sorted.");
        const QString nextSteps = QStringLiteral("Ask reablement about a perching stool; ring daughter Friday.");
        visit.setNotes(notes);
        visit.setNextSteps(nextSteps);
        QTRY_VERIFY_WITH_TIMEOUT(visit.draftState() == VisitEditor::DraftSaved, 2000);

        // A review of one of the person's goals (a new goal first if they have none yet).
        GoalListModel goals;
        goals.setSession(&session);
        goals.setPersonId(personId);
        GoalEditor goal;
        goal.setSession(&session);
        goal.setPersonId(personId);
        if (goals.rowCount() > 0) {
            goal.setGoalId(goals.data(goals.index(0), GoalListModel::GoalIdRole).toString());
        } else {
            goal.setWords(QStringLiteral("I want to get to the lunch club on my own"));
            goal.setBaselineRating(3);
            QVERIFY2(goal.save(), qPrintable(goal.error()));
        }
        const QString goalId = goal.goalId();
        QVERIFY(!goalId.isEmpty());
        const QString reviewComment = QStringLiteral("Got the bus twice this week with her daughter.");
        const int reviewsBefore = goal.reviewCount();
        QVERIFY2(goal.addReview(6, reviewComment), qPrintable(goal.error()));
        QCOMPARE(goal.reviewCount(), reviewsBefore + 1);

        // The tablet handed over: the person fills in a postcard, linked to them as they chose.
        PostcardHandover postcard;
        postcard.setSession(&session);
        postcard.setPersonId(personId);
        QVERIFY(postcard.setRating(1, 9));
        QVERIFY(postcard.setRating(2, 0)); // left blank, as anyone may
        const QString suggestion = QStringLiteral("Come at the same time each week, please.");
        postcard.setSuggestion(suggestion);
        postcard.setLinkToPerson(true);
        QVERIFY2(postcard.submit(), qPrintable(postcard.lastError()));
        // Handed back: only the practitioner's PIN leaves the mode.
        QVERIFY(!session.verifyPin(QStringLiteral("000000")));
        QVERIFY(session.verifyPin(kPin));

        QVERIFY2(visit.checkOut(), qPrintable(visit.lastError()));
        QVERIFY(visit.isCheckedOut());
        QVERIFY(!visit.durationText().isEmpty());
        session.noteLocalEdit();
        QVERIFY(status.pendingCount() >= 4); // check-in, check-out with the notes, the review, the postcard

        // Back at base: the server is there again.
        QVERIFY(m_server.process().start());
        status.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == SyncStatus::Idle && status.pendingCount() == 0, kWaitMs);
        QVERIFY2(status.lastError().isEmpty(), qPrintable(status.lastError()));

        // A colleague's tablet receives the day exactly as typed.
        test::ColleagueTablet other;
        QVERIFY2(other.enrolAndSync(m_server.url(), m_server.roster().staff.at(1).userName, m_server.password(),
                                    QStringLiteral("colleague's tablet")),
                 qPrintable(other.error()));

        auto arrived = Repository<Visit>(other.store()).get(visitId);
        QVERIFY(arrived);
        QCOMPARE(arrived->notes, notes);
        QCOMPARE(arrived->nextSteps, nextSteps);
        QVERIFY(arrived->checkedInAt.isValid());
        QVERIFY(arrived->checkedOutAt.isValid());
        QVERIFY(arrived->checkedOutAt >= arrived->checkedInAt);

        auto reviews = Repository<GoalReview>(other.store()).listWhere(QStringLiteral("goalId"), goalId);
        QVERIFY(reviews);
        const auto review = std::find_if(reviews->begin(), reviews->end(),
                                         [&](const GoalReview &r) { return r.comment == reviewComment; });
        QVERIFY2(review != reviews->end(), "the goal review did not reach the second tablet");
        QCOMPARE(review->rating, 6);

        auto postcards = Repository<Postcard>(other.store()).listWhere(QStringLiteral("personId"), personId);
        QVERIFY(postcards);
        const auto card = std::find_if(postcards->begin(), postcards->end(),
                                       [&](const Postcard &p) { return p.suggestion == suggestion; });
        QVERIFY2(card != postcards->end(), "the postcard did not reach the second tablet");
        QCOMPARE(card->q1, 9);
        QCOMPARE(card->q2, 0);
    }
};

QTEST_MAIN(TestDayInTheField)
#include "tst_dayinthefield.moc"

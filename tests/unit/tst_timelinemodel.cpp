// TimelineModel on real stores: one person's visits (done, not checked out, missed and planned),
// goals with their reviews, postcards and information-sharing decisions, by several colleagues,
// newest first, each in words with who recorded it and what a tap opens; other people's records
// left out; reading again and forgetting on lock; and the demo neighbourhood's people, every one
// under QAbstractItemModelTester.
#include "consent.h"
#include "demosetup.h"
#include "goal.h"
#include "goalreview.h"
#include "person.h"
#include "postcard.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "timelinemodel.h"
#include "user.h"
#include "uuid.h"
#include "visit.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("246813");

Session::Options offline(const QString &directory)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    return options;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::LocalTime).toUTC();
}

// A row's roles by name, for readable comparisons.
QString role(const TimelineModel &model, int row, int role)
{
    return model.index(row).data(role).toString();
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    Person m_person;
    QString m_nurse;
    QString m_worker;

    Store &store() { return *m_session->store(); }
    QString addUser(const QString &userName, const QString &name)
    {
        User u;
        u.userName = userName;
        u.displayName = name;
        u.role = QStringLiteral("practitioner");
        u.teamId = m_person.teamId;
        return Repository<User>(store()).create(u).ok() ? u.id : QString();
    }

private slots:
    void initTestCase();
    void mergesEverythingNewestFirst();
    void leavesOtherPeopleOut();
    void readsAgainAndForgetsOnLock();
    void everyDemoPersonHasAWellFormedTimeline();
};

void TestTimelineModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_session = std::make_unique<Session>(offline(m_dir.path()));
    QVERIFY2(m_session->setUpPin(kPin, kPin), qPrintable(m_session->lastError()));
    m_person.name = QStringLiteral("Ann Timeline");
    m_person.dateOfBirth = QDate(1940, 2, 2);
    m_person.teamId = Uuid::createV7();
    QVERIFY(Repository<Person>(store()).create(m_person));
    m_nurse = addUser(QStringLiteral("nora.nurse"), QStringLiteral("Nora Nurse"));
    m_worker = addUser(QStringLiteral("will.worker"), QStringLiteral("Will Worker"));
    QVERIFY(!m_nurse.isEmpty() && !m_worker.isEmpty());

    Repository<Visit> visits(store());
    Visit done; // 2 March, done, with notes
    done.personId = m_person.id;
    done.practitionerId = m_nurse;
    done.plannedAt = at(2, 10);
    done.checkedInAt = at(2, 10).addSecs(300);
    done.checkedOutAt = at(2, 11);
    done.visitType = QStringLiteral("nursing");
    done.notes = QStringLiteral("Leg dressing changed.\nHealing well.");
    QVERIFY(visits.create(done));
    Visit missed = done; // 4 March, planned and never recorded
    missed.id.clear();
    missed.plannedAt = at(4, 9);
    missed.checkedInAt = {};
    missed.checkedOutAt = {};
    missed.notes.clear();
    missed.visitType = QStringLiteral("review");
    QVERIFY(visits.create(missed));
    Visit coming = missed; // 20 March, still to come
    coming.id.clear();
    coming.plannedAt = at(20, 14);
    coming.practitionerId = m_worker;
    coming.visitType = QStringLiteral("social-care");
    QVERIFY(visits.create(coming));

    Goal goal; // agreed on 1 March
    goal.id = Uuid::createV7(at(1, 12).toMSecsSinceEpoch());
    goal.personId = m_person.id;
    goal.words = QStringLiteral("I want to get to the shops on my own");
    goal.baselineRating = 3;
    goal.status = QStringLiteral("active");
    goal.createdBy = m_worker;
    QVERIFY(Repository<Goal>(store()).create(goal));
    GoalReview review; // 3 March
    review.goalId = goal.id;
    review.reviewedOn = QDate(2026, 3, 3);
    review.rating = 6;
    review.comment = QStringLiteral("Walked to the corner shop with her frame.");
    review.reviewedBy = m_nurse;
    QVERIFY(Repository<GoalReview>(store()).create(review));

    Postcard postcard; // 5 March, the second question left blank
    postcard.teamId = m_person.teamId;
    postcard.collectedOn = QDate(2026, 3, 5);
    postcard.q1 = 8;
    postcard.collectionMethod = QStringLiteral("practitioner");
    postcard.personId = m_person.id;
    postcard.collectedBy = m_worker;
    QVERIFY(Repository<Postcard>(store()).create(postcard));

    Consent consent; // 28 February
    consent.personId = m_person.id;
    consent.decision = QStringLiteral("given");
    consent.decidedOn = QDate(2026, 2, 28);
    consent.scope = QStringLiteral("GP, district nurses and social care");
    consent.recordedBy = m_nurse;
    QVERIFY(Repository<Consent>(store()).create(consent));
}

void TestTimelineModel::mergesEverythingNewestFirst()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(at(10, 12));
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 0); // no person yet
    model.setPersonId(m_person.id);
    QVERIFY(model.error().isEmpty());
    QCOMPARE(model.rowCount(), 7);

    const QStringList kinds{QStringLiteral("visit"),      QStringLiteral("postcard"), QStringLiteral("visit"),
                            QStringLiteral("goalReview"), QStringLiteral("visit"),    QStringLiteral("goal"),
                            QStringLiteral("consent")};
    for (int row = 0; row < kinds.size(); ++row)
        QCOMPARE(role(model, row, TimelineModel::KindRole), kinds[row]);

    // 20 March: still to come.
    QCOMPARE(role(model, 0, TimelineModel::TitleRole), QStringLiteral("Social care visit"));
    QCOMPARE(role(model, 0, TimelineModel::SummaryRole), QStringLiteral("Planned"));
    QVERIFY(model.index(0).data(TimelineModel::UpcomingRole).toBool());
    QCOMPARE(role(model, 0, TimelineModel::WhoRole), QStringLiteral("Will Worker"));
    // 5 March: the postcard, with the blank question said as such; nothing to open.
    QCOMPARE(role(model, 1, TimelineModel::SummaryRole),
             QStringLiteral("Services working together: 8 out of 10 · Living independently: not answered"));
    QVERIFY(role(model, 1, TimelineModel::OpenKindRole).isEmpty());
    // 4 March: planned, never recorded.
    QCOMPARE(role(model, 2, TimelineModel::SummaryRole), QStringLiteral("Planned; not recorded as done"));
    QVERIFY(!model.index(2).data(TimelineModel::UpcomingRole).toBool());
    // 3 March: the review opens its goal.
    QCOMPARE(role(model, 3, TimelineModel::TitleRole), QStringLiteral("Goal reviewed: 6 out of 10"));
    QCOMPARE(role(model, 3, TimelineModel::SummaryRole), QStringLiteral("Walked to the corner shop with her frame."));
    QCOMPARE(role(model, 3, TimelineModel::OpenKindRole), QStringLiteral("goal"));
    QCOMPARE(role(model, 3, TimelineModel::OpenIdRole), role(model, 5, TimelineModel::RecordIdRole));
    QCOMPARE(role(model, 3, TimelineModel::WhoRole), QStringLiteral("Nora Nurse"));
    // 2 March: the visit done, its notes' first line.
    QCOMPARE(role(model, 4, TimelineModel::TitleRole), QStringLiteral("Nursing visit"));
    QCOMPARE(role(model, 4, TimelineModel::SummaryRole), QStringLiteral("Leg dressing changed."));
    QCOMPARE(role(model, 4, TimelineModel::OpenKindRole), QStringLiteral("visit"));
    QCOMPARE(role(model, 4, TimelineModel::OpenIdRole), role(model, 4, TimelineModel::RecordIdRole));
    QVERIFY(role(model, 4, TimelineModel::DateTextRole).contains(QStringLiteral("2 Mar 2026")));
    // 1 March: the goal as agreed, in the person's words.
    QCOMPARE(role(model, 5, TimelineModel::TitleRole), QStringLiteral("Goal set"));
    QCOMPARE(role(model, 5, TimelineModel::SummaryRole), QStringLiteral("I want to get to the shops on my own"));
    QCOMPARE(role(model, 5, TimelineModel::DateTextRole), QStringLiteral("1 Mar 2026"));
    // 28 February: the decision to share.
    QCOMPARE(role(model, 6, TimelineModel::TitleRole), QStringLiteral("Consent to share information given"));
    QCOMPARE(role(model, 6, TimelineModel::SummaryRole), QStringLiteral("GP, district nurses and social care"));
}

void TestTimelineModel::leavesOtherPeopleOut()
{
    Person other;
    other.name = QStringLiteral("Bob Elsewhere");
    other.dateOfBirth = QDate(1950, 1, 1);
    other.teamId = m_person.teamId;
    QVERIFY(Repository<Person>(store()).create(other));
    Visit theirs;
    theirs.personId = other.id;
    theirs.practitionerId = m_nurse;
    theirs.plannedAt = at(6, 10);
    theirs.visitType = QStringLiteral("therapy");
    QVERIFY(Repository<Visit>(store()).create(theirs));

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    model.setPersonId(m_person.id);
    QCOMPARE(model.rowCount(), 7);
    model.setPersonId(other.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(role(model, 0, TimelineModel::TitleRole), QStringLiteral("Therapy visit"));
}

void TestTimelineModel::readsAgainAndForgetsOnLock()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    model.setPersonId(m_person.id);
    const int before = model.rowCount();
    Consent refused;
    refused.personId = m_person.id;
    refused.decision = QStringLiteral("refused");
    refused.decidedOn = QDate::currentDate();
    refused.scope = QStringLiteral("Nothing beyond the GP");
    refused.recordedBy = m_worker;
    QVERIFY(Repository<Consent>(store()).create(refused));
    model.reload();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(role(model, 0, TimelineModel::TitleRole), QStringLiteral("Consent to share information refused"));

    m_session->lock();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_session->unlock(kPin));
    QCOMPARE(model.rowCount(), before + 1);
}

void TestTimelineModel::everyDemoPersonHasAWellFormedTimeline()
{
    QTemporaryDir dir;
    auto prepared
        = DemoSetup::prepareDirectory(dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost());
    QVERIFY(prepared);
    Session demo(offline(dir.path()));
    QVERIFY2(demo.unlock(DemoSetup::pin()), qPrintable(demo.lastError()));
    auto people = Repository<Person>(*demo.store()).list();
    QVERIFY(people && people->size() > 100);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(&demo);
    int entries = 0;
    QSet<QString> kinds;
    for (const Person &p : *people) {
        model.setPersonId(p.id);
        QVERIFY(model.error().isEmpty());
        entries += model.rowCount();
        for (int row = 0; row < model.rowCount(); ++row) {
            kinds.insert(role(model, row, TimelineModel::KindRole));
            QVERIFY(!role(model, row, TimelineModel::TitleRole).isEmpty());
            QVERIFY(!role(model, row, TimelineModel::DateTextRole).isEmpty());
        }
    }
    QVERIFY(entries >= 1000); // every visit at least
    QVERIFY2(kinds.contains(QStringLiteral("visit")) && kinds.contains(QStringLiteral("postcard")),
             qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(u',')));
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"

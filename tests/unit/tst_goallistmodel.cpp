// GoalListModel on a real encrypted store: the model contract (QAbstractItemModelTester), the order
// (active, achieved, stopped; newest first within), what each row says, reading again after an edit
// and after a sync, and forgetting everything on lock.
#include "goaldraft.h"
#include "goaleditor.h"
#include "goallistmodel.h"
#include "goalsfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;
using doorstep::test::GoalsFixture;

class TestGoalListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void passesModelTester();
    void rolesStartAfterUserRole();
    void activeThenAchievedThenStoppedNewestFirst();
    void rowsCarryTheGoal();
    void showsAGoalSavedByTheEditor();
    void readsAgainWhenASyncBringsChanges();
    void showsUnsavedDrafts();
    void clearedOnLockAndBackOnUnlock();
    void emptyWithoutAPerson();

private:
    QStringList wordsInOrder(const GoalListModel &model) const;

    GoalsFixture m_f;
};

QStringList TestGoalListModel::wordsInOrder(const GoalListModel &model) const
{
    QStringList words;
    for (int row = 0; row < model.rowCount(); ++row)
        words << model.data(model.index(row), GoalListModel::WordsRole).toString();
    return words;
}

void TestGoalListModel::passesModelTester()
{
    const Goal first = m_f.addGoal(QStringLiteral("I want to walk to the corner shop."), QStringLiteral("active"), 3,
                                   30, {QStringLiteral("nv.goals.3")});
    m_f.addReview(first, 10, 5);
    m_f.addGoal(QStringLiteral("I want to cook a Sunday dinner."), QStringLiteral("achieved"), 6, 90);

    GoalListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role : model.roleNames().keys())
            QVERIFY(model.data(model.index(row), role).isValid());
    }
    model.reload();
    m_f.addGoal(QStringLiteral("I want to phone my sister every week."), QStringLiteral("stopped"), 2, 5);
    emit m_f.session->caseloadReloaded();
    QCOMPARE(model.rowCount(), 3);
    m_f.session->lock();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_f.session->unlock(DemoSetup::pin()));
    QCOMPARE(model.rowCount(), 3);
    model.setPersonId(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestGoalListModel::rolesStartAfterUserRole()
{
    GoalListModel model;
    const auto roles = model.roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        QVERIFY2(it.key() > Qt::UserRole, it.value().constData());
    QVERIFY(roles.values().contains("goalId"));
    QVERIFY(roles.values().contains("points"));
}

void TestGoalListModel::activeThenAchievedThenStoppedNewestFirst()
{
    m_f.addGoal(QStringLiteral("stopped, older"), QStringLiteral("stopped"), 2, 80);
    m_f.addGoal(QStringLiteral("active, older"), QStringLiteral("active"), 2, 60);
    m_f.addGoal(QStringLiteral("achieved, newer"), QStringLiteral("achieved"), 2, 10);
    m_f.addGoal(QStringLiteral("active, newer"), QStringLiteral("active"), 2, 3);
    m_f.addGoal(QStringLiteral("achieved, older"), QStringLiteral("achieved"), 2, 50);
    m_f.addGoal(QStringLiteral("stopped, newer"), QStringLiteral("stopped"), 2, 1);

    GoalListModel model;
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(wordsInOrder(model),
             (QStringList{QStringLiteral("active, newer"), QStringLiteral("active, older"),
                          QStringLiteral("achieved, newer"), QStringLiteral("achieved, older"),
                          QStringLiteral("stopped, newer"), QStringLiteral("stopped, older")}));
    QCOMPARE(model.data(model.index(2), GoalListModel::StatusTextRole).toString(), QStringLiteral("Achieved"));
}

void TestGoalListModel::rowsCarryTheGoal()
{
    Goal goal = m_f.addGoal(
        QStringLiteral("I want to get to the shops on my own."), QStringLiteral("active"), 3, 45,
        {QStringLiteral("nv.goals.3"), QStringLiteral("of.users.simpler.2"), QStringLiteral("nv.future.1")});
    goal.targetDate = QDate(2031, 3, 1);
    QVERIFY(Repository<Goal>(m_f.store()).update(goal));
    m_f.addReview(goal, 30, 4);
    m_f.addReview(goal, 2, 7, QStringLiteral("Went to the corner shop with a stick."));
    m_f.addReview(goal, 16, 5);
    const Goal quiet = m_f.addGoal(QStringLiteral("I want to sleep better."), QStringLiteral("active"), 5, 60);

    GoalListModel model;
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex row = model.index(0);
    QCOMPARE(model.data(row, GoalListModel::GoalIdRole).toString(), goal.id);
    QCOMPARE(model.goalIdAt(0), goal.id);
    QCOMPARE(model.goalIdAt(5), QString());
    QCOMPARE(model.data(row, GoalListModel::StatusRole).toString(), QStringLiteral("active"));
    QCOMPARE(model.data(row, GoalListModel::StatusTextRole).toString(), QStringLiteral("Active"));
    // The statement this version does not know is left out of the summary.
    QCOMPARE(model.data(row, GoalListModel::StatementTextsRole).toStringList(),
             (QStringList{QStringLiteral("I am supported to understand my choices and to set and achieve my goals."),
                          QStringLiteral("I know who go to if I need to discuss my support.")}));
    QCOMPARE(model.data(row, GoalListModel::StatementCountRole).toInt(), 2);
    QCOMPARE(model.data(row, GoalListModel::BaselineRatingRole).toInt(), 3);
    QCOMPARE(model.data(row, GoalListModel::LatestRatingRole).toInt(), 7);
    QCOMPARE(model.data(row, GoalListModel::LatestDateTextRole).toString(),
             QLocale().toString(QDate::currentDate().addDays(-2), QStringLiteral("d MMM yyyy")));
    QCOMPARE(model.data(row, GoalListModel::ReviewCountRole).toInt(), 3);
    QCOMPARE(model.data(row, GoalListModel::TargetDateTextRole).toString(), QStringLiteral("1 Mar 2031"));
    QCOMPARE(model.data(row, GoalListModel::RecordedOnTextRole).toString(),
             QLocale().toString(QDate::currentDate().addDays(-45), QStringLiteral("d MMM yyyy")));
    QList<int> ratings;
    for (const QVariant &p : model.data(row, GoalListModel::PointsRole).toList())
        ratings << p.toMap().value(QStringLiteral("rating")).toInt();
    QCOMPARE(ratings, (QList<int>{3, 4, 5, 7}));
    QCOMPARE(model.data(row, GoalListModel::HasDraftRole).toBool(), false);

    // No review yet: the latest rating is the baseline, and there is no review date.
    const QModelIndex second = model.index(1);
    QCOMPARE(model.data(second, GoalListModel::GoalIdRole).toString(), quiet.id);
    QCOMPARE(model.data(second, GoalListModel::LatestRatingRole).toInt(), 5);
    QCOMPARE(model.data(second, GoalListModel::LatestDateTextRole).toString(), QString());
    QCOMPARE(model.data(second, GoalListModel::ReviewCountRole).toInt(), 0);
    QCOMPARE(model.data(second, GoalListModel::PointsRole).toList().size(), 1);
    QCOMPARE(model.data(second, GoalListModel::TargetDateTextRole).toString(), QString());
}

void TestGoalListModel::showsAGoalSavedByTheEditor()
{
    GoalListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy countChanged(&model, &GoalListModel::countChanged);

    GoalEditor editor;
    editor.setSession(m_f.session.get());
    editor.setPersonId(m_f.personId);
    editor.setWords(QStringLiteral("I want to go to the lunch club on Tuesdays."));
    editor.setBaselineRating(2);
    QVERIFY2(editor.save(), qPrintable(editor.error()));
    QVERIFY(editor.addReview(4, QStringLiteral("Went once, with my daughter.")));
    model.reload();
    QCOMPARE(countChanged.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0), GoalListModel::GoalIdRole).toString(), editor.goalId());
    QCOMPARE(model.data(model.index(0), GoalListModel::LatestRatingRole).toInt(), 4);
    QCOMPARE(model.data(model.index(0), GoalListModel::ReviewCountRole).toInt(), 1);
}

void TestGoalListModel::readsAgainWhenASyncBringsChanges()
{
    GoalListModel model;
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_f.addGoal(QStringLiteral("I want to go to the library."), QStringLiteral("active"), 4, 2);
    QCOMPARE(model.rowCount(), 0); // not read until told
    emit m_f.session->caseloadReloaded();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.size(), 1);
}

void TestGoalListModel::showsUnsavedDrafts()
{
    const Goal goal = m_f.addGoal(QStringLiteral("I want to feed the birds."), QStringLiteral("active"), 4, 8);
    GoalListModel model;
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QVERIFY(!model.hasNewGoalDraft());
    QVERIFY(!model.data(model.index(0), GoalListModel::HasDraftRole).toBool());

    GoalEditor changed;
    changed.setSession(m_f.session.get());
    changed.setPersonId(m_f.personId);
    changed.setGoalId(goal.id);
    changed.setWords(QStringLiteral("I want to feed the birds every morning."));
    changed.keepDraft();
    GoalEditor fresh;
    fresh.setSession(m_f.session.get());
    fresh.setPersonId(m_f.personId);
    fresh.setWords(QStringLiteral("I want to"));
    fresh.keepDraft();

    QSignalSpy draftChanged(&model, &GoalListModel::hasNewGoalDraftChanged);
    model.reload();
    QVERIFY(model.hasNewGoalDraft());
    QCOMPARE(draftChanged.size(), 1);
    QVERIFY(model.data(model.index(0), GoalListModel::HasDraftRole).toBool());
    // The list shows the saved words, not the draft.
    QCOMPARE(model.data(model.index(0), GoalListModel::WordsRole).toString(), goal.words);
}

void TestGoalListModel::clearedOnLockAndBackOnUnlock()
{
    m_f.addGoal(QStringLiteral("I want to walk the dog."), QStringLiteral("active"), 3, 4);
    GoalListModel model;
    model.setSession(m_f.session.get());
    model.setPersonId(m_f.personId);
    QCOMPARE(model.rowCount(), 1);
    // Emptied while the session is still locking (the model's connection runs first), before the key goes.
    int countWhileLocking = -1;
    connect(m_f.session.get(), &Session::locking, &model, [&] { countWhileLocking = model.rowCount(); });
    m_f.session->lock();
    QCOMPARE(countWhileLocking, 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_f.session->unlock(DemoSetup::pin()));
    QCOMPARE(model.rowCount(), 1);
}

void TestGoalListModel::emptyWithoutAPerson()
{
    m_f.addGoal(QStringLiteral("I want to visit the seaside."), QStringLiteral("active"), 3, 4);
    GoalListModel model;
    model.setSession(m_f.session.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.error().isEmpty());
    GoalListModel noSession;
    noSession.setPersonId(m_f.personId);
    QCOMPARE(noSession.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGoalListModel)
#include "tst_goallistmodel.moc"

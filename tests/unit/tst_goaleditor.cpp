// GoalEditor on a real encrypted store: creating and editing a goal, refusals that name the field
// and change nothing, reviews appended and read back in date order with the baseline first, status
// changes, and what was typed surviving a lock as a draft.
#include "goaldraft.h"
#include "goaleditor.h"
#include "goalsfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;
using doorstep::test::GoalsFixture;

class TestGoalEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_f.tearDown(); }

    void createsAGoal();
    void editsAGoalWithoutUndoingOtherChanges();
    void refusalsNameTheFieldAndChangeNothing_data();
    void refusalsNameTheFieldAndChangeNothing();
    void keepsAStatementThisVersionDoesNotKnow();
    void reviewsAppendInDateOrderAfterTheBaseline();
    void reviewRefusalsChangeNothing_data();
    void reviewRefusalsChangeNothing();
    void reviewNeedsASavedGoal();
    void statusChanges();
    void draftIsKeptWithinASecond();
    void draftSurvivesALockAndCanBeDiscarded();
    void unknownGoalIsNotShown();

private:
    std::unique_ptr<GoalEditor> editorFor(const QString &goalId);

    GoalsFixture m_f;
};

void TestGoalEditor::init()
{
    m_f.setUp();
}

std::unique_ptr<GoalEditor> TestGoalEditor::editorFor(const QString &goalId)
{
    auto editor = std::make_unique<GoalEditor>();
    editor->setSession(m_f.session.get());
    editor->setPersonId(m_f.personId);
    editor->setGoalId(goalId);
    return editor;
}

void TestGoalEditor::createsAGoal()
{
    auto editor = editorFor(QString());
    QVERIFY(editor->isLoaded());
    QVERIFY(editor->isNew());
    QCOMPARE(editor->status(), QStringLiteral("active"));
    QCOMPARE(editor->baselineRating(), 0);
    QVERIFY(editor->reviews().isEmpty());

    QSignalSpy saved(editor.get(), &GoalEditor::saved);
    QSignalSpy idChanged(editor.get(), &GoalEditor::goalIdChanged);
    editor->setWords(QStringLiteral("  I want to get to the shops on my own.  "));
    editor->setStatementIds({QStringLiteral("nv.goals.3"), QStringLiteral("of.users.better.1")});
    editor->setBaselineRating(3);
    editor->setTargetDate(QStringLiteral("2031-07-31"));
    QVERIFY(editor->isModified());
    QCOMPARE(editor->targetDateText(), QStringLiteral("31 Jul 2031"));
    QVERIFY2(editor->save(), qPrintable(editor->error()));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(idChanged.size(), 1);
    QVERIFY(!editor->isNew());
    QVERIFY(!editor->isModified());
    QVERIFY(editor->error().isEmpty());

    auto stored = Repository<Goal>(m_f.store()).get(editor->goalId());
    QVERIFY(stored);
    QCOMPARE(stored->personId, m_f.personId);
    QCOMPARE(stored->words, QStringLiteral("I want to get to the shops on my own."));
    QCOMPARE(stored->statementIds, (QStringList{QStringLiteral("nv.goals.3"), QStringLiteral("of.users.better.1")}));
    QCOMPARE(stored->baselineRating, 3);
    QCOMPARE(stored->targetDate, QDate(2031, 7, 31));
    QCOMPARE(stored->status, QStringLiteral("active"));
    QCOMPARE(stored->createdBy, m_f.session->currentUserId());

    // The chart starts with the baseline, dated today, by the signed-in user.
    QCOMPARE(editor->reviews().size(), 1);
    const QVariantMap baseline = editor->reviews().first().toMap();
    QCOMPARE(baseline.value(QStringLiteral("rating")).toInt(), 3);
    QVERIFY(baseline.value(QStringLiteral("baseline")).toBool());
    QCOMPARE(baseline.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(baseline.value(QStringLiteral("reviewerName")).toString(), m_f.session->currentUserName());
    QCOMPARE(editor->reviewCount(), 0);
    // Both statements are shown with their words.
    const QVariantList linked = editor->linkedStatements();
    QCOMPARE(linked.size(), 2);
    QCOMPARE(linked.at(1).toMap().value(QStringLiteral("text")).toString(),
             QStringLiteral("I have choice and control over the services I get."));
}

void TestGoalEditor::editsAGoalWithoutUndoingOtherChanges()
{
    const Goal goal = m_f.addGoal(QStringLiteral("I want to walk to the post box."), QStringLiteral("active"), 2, 20,
                                  {QStringLiteral("nv.goals.4")});
    auto editor = editorFor(goal.id);
    QVERIFY(editor->isLoaded());
    QCOMPARE(editor->words(), goal.words);
    QCOMPARE(editor->baselineRating(), 2);
    QCOMPARE(editor->statementIds(), goal.statementIds);
    QVERIFY(!editor->isModified());

    // Meanwhile a sync brings a target date set on another tablet.
    Goal elsewhere = *Repository<Goal>(m_f.store()).get(goal.id);
    elsewhere.targetDate = QDate(2031, 1, 15);
    QVERIFY(Repository<Goal>(m_f.store()).update(elsewhere));

    editor->setWords(QStringLiteral("I want to walk to the post box and back."));
    editor->setStatementIds({QStringLiteral("nv.goals.4"), QStringLiteral("nv.communication.2")});
    QVERIFY2(editor->save(), qPrintable(editor->error()));
    auto stored = Repository<Goal>(m_f.store()).get(goal.id);
    QCOMPARE(stored->words, QStringLiteral("I want to walk to the post box and back."));
    QCOMPARE(stored->statementIds.size(), 2);
    QCOMPARE(stored->targetDate, QDate(2031, 1, 15)); // not put back to none
    QCOMPARE(stored->createdBy, goal.createdBy);
    QCOMPARE(editor->targetDate(), QStringLiteral("2031-01-15"));
    QCOMPARE(m_f.goalCount(), 1);
}

void TestGoalEditor::refusalsNameTheFieldAndChangeNothing_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    for (bool existing : {false, true}) {
        const char *kind = existing ? "edit" : "new";
        const auto row = [&](const char *name) -> QTestData & { return QTest::addRow("%s: %s", kind, name); };
        row("empty words") << existing << "words"
                           << "   "
                           << "Goal";
        row("baseline 0") << existing << "baselineRating"
                          << "0"
                          << "Baseline rating";
        row("baseline 11") << existing << "baselineRating"
                           << "11"
                           << "Baseline rating";
        row("unknown statement") << existing << "statementIds"
                                 << "nv.nonsense.1"
                                 << "I statements";
        row("staff statement") << existing << "statementIds"
                               << "of.staff.better.1"
                               << "I statements";
        row("not a date") << existing << "targetDate"
                          << "2031-02-30"
                          << "Target date";
        row("unknown status") << existing << "status"
                              << "paused"
                              << "Status";
        row("too long") << existing << "words" << QString(GoalEditor::kMaxWords + 1, u'a') << "Goal";
    }
}

void TestGoalEditor::refusalsNameTheFieldAndChangeNothing()
{
    QFETCH(bool, existing);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    Goal goal;
    if (existing)
        goal = m_f.addGoal(QStringLiteral("I want to make my own breakfast."), QStringLiteral("active"), 4, 10);
    const int goalsBefore = m_f.goalCount();
    const qsizetype allGoalsBefore = Repository<Goal>(m_f.store()).list()->size();

    auto editor = editorFor(goal.id);
    QVERIFY(editor->isLoaded());
    if (!existing) {
        editor->setWords(QStringLiteral("I want to make my own breakfast."));
        editor->setBaselineRating(4);
    }
    if (field == QLatin1String("words"))
        editor->setWords(value);
    else if (field == QLatin1String("baselineRating"))
        editor->setBaselineRating(value.toInt());
    else if (field == QLatin1String("statementIds"))
        editor->setStatementIds({QStringLiteral("nv.goals.1"), value});
    else if (field == QLatin1String("targetDate"))
        editor->setTargetDate(value);
    else if (field == QLatin1String("status"))
        editor->setStatus(value);

    QSignalSpy saved(editor.get(), &GoalEditor::saved);
    QVERIFY(!editor->save());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(editor->errorField(), field);
    QVERIFY2(editor->error().startsWith(named + u':'), qPrintable(editor->error()));
    QCOMPARE(editor->isNew(), !existing);
    // What was typed is still there to correct.
    QVERIFY(editor->isModified());

    QCOMPARE(m_f.goalCount(), goalsBefore);
    auto all = Repository<Goal>(m_f.store()).list();
    QCOMPARE(all->size(), allGoalsBefore);
    if (existing) {
        auto stored = Repository<Goal>(m_f.store()).get(goal.id);
        QCOMPARE(stored->words, goal.words);
        QCOMPARE(stored->baselineRating, goal.baselineRating);
        QCOMPARE(stored->statementIds, goal.statementIds);
        QCOMPARE(stored->targetDate, goal.targetDate);
        QCOMPARE(stored->status, goal.status);
    }

    // Editing again clears the message.
    editor->setWords(QStringLiteral("I want to make my own tea."));
    QVERIFY(editor->error().isEmpty());
}

void TestGoalEditor::keepsAStatementThisVersionDoesNotKnow()
{
    // Linked on a tablet with a newer catalogue: the team's record, kept through an edit here.
    const Goal goal = m_f.addGoal(QStringLiteral("I want to go to chapel on Sundays."), QStringLiteral("active"), 5, 3,
                                  {QStringLiteral("nv.future.1")});
    auto editor = editorFor(goal.id);
    editor->setWords(QStringLiteral("I want to go to chapel every Sunday."));
    QVERIFY2(editor->save(), qPrintable(editor->error()));
    QCOMPARE(Repository<Goal>(m_f.store()).get(goal.id)->statementIds, QStringList{QStringLiteral("nv.future.1")});
    QCOMPARE(editor->linkedStatements().first().toMap().value(QStringLiteral("text")).toString(), QString());
}

void TestGoalEditor::reviewsAppendInDateOrderAfterTheBaseline()
{
    const Goal goal = m_f.addGoal(QStringLiteral("I want to sleep upstairs again."), QStringLiteral("active"), 3, 60);
    // Recorded out of order, as sync may bring them.
    m_f.addReview(goal, 10, 6, QStringLiteral("Managing the stairs with the rail."));
    m_f.addReview(goal, 40, 4, QStringLiteral("Stair rail fitted."));
    auto editor = editorFor(goal.id);
    QCOMPARE(editor->reviewCount(), 2);

    QSignalSpy added(editor.get(), &GoalEditor::reviewAdded);
    QSignalSpy reviewsChanged(editor.get(), &GoalEditor::reviewsChanged);
    editor->setReviewRating(7);
    editor->setReviewComment(QStringLiteral("Slept upstairs three nights this week."));
    QVERIFY2(editor->addReview(7, QStringLiteral("  Slept upstairs three nights this week. ")),
             qPrintable(editor->error()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(reviewsChanged.size(), 1);
    QCOMPARE(editor->reviewCount(), 3);
    // The review form is empty again.
    QCOMPARE(editor->reviewRating(), 0);
    QVERIFY(editor->reviewComment().isEmpty());

    const QVariantList points = editor->reviews();
    QCOMPARE(points.size(), 4);
    QList<int> ratings;
    QList<qint64> days;
    for (const QVariant &p : points) {
        ratings << p.toMap().value(QStringLiteral("rating")).toInt();
        days << p.toMap().value(QStringLiteral("dayNumber")).toLongLong();
    }
    QCOMPARE(ratings, (QList<int>{3, 4, 6, 7}));
    QVERIFY(std::is_sorted(days.cbegin(), days.cend()));
    QCOMPARE(days.first(), QDate::currentDate().addDays(-60).toJulianDay());
    QCOMPARE(days.last(), QDate::currentDate().toJulianDay());
    const QVariantMap last = points.last().toMap();
    QCOMPARE(last.value(QStringLiteral("comment")).toString(),
             QStringLiteral("Slept upstairs three nights this week."));
    QCOMPARE(last.value(QStringLiteral("reviewerName")).toString(), m_f.session->currentUserName());
    QVERIFY(!last.value(QStringLiteral("baseline")).toBool());

    auto stored = Repository<GoalReview>(m_f.store()).listWhere(QStringLiteral("goalId"), goal.id);
    QCOMPARE(stored->size(), 3);
    // A review does not touch the goal itself.
    QCOMPARE(Repository<Goal>(m_f.store()).get(goal.id)->baselineRating, 3);
}

void TestGoalEditor::reviewRefusalsChangeNothing_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("rating 0") << 0 << QString() << "reviewRating"
                              << "Rating";
    QTest::newRow("rating 11") << 11 << QString() << "reviewRating"
                               << "Rating";
    QTest::newRow("comment too long") << 5 << QString(GoalEditor::kMaxComment + 1, u'b') << "reviewComment"
                                      << "Comment";
}

void TestGoalEditor::reviewRefusalsChangeNothing()
{
    QFETCH(int, rating);
    QFETCH(QString, comment);
    QFETCH(QString, field);
    QFETCH(QString, named);
    const Goal goal = m_f.addGoal(QStringLiteral("I want to bake a cake."), QStringLiteral("active"), 2, 5);
    auto editor = editorFor(goal.id);
    QSignalSpy reviewsChanged(editor.get(), &GoalEditor::reviewsChanged);
    QVERIFY(!editor->addReview(rating, comment));
    QCOMPARE(editor->errorField(), field);
    QVERIFY2(editor->error().startsWith(named + u':'), qPrintable(editor->error()));
    QCOMPARE(reviewsChanged.size(), 0);
    QCOMPARE(editor->reviewCount(), 0);
    QVERIFY(Repository<GoalReview>(m_f.store()).listWhere(QStringLiteral("goalId"), goal.id)->isEmpty());
}

void TestGoalEditor::reviewNeedsASavedGoal()
{
    auto editor = editorFor(QString());
    editor->setWords(QStringLiteral("I want to go out in the garden."));
    QVERIFY(!editor->addReview(5, QString()));
    QVERIFY(editor->error().contains(QStringLiteral("Save the goal first")));
    QCOMPARE(m_f.goalCount(), 0);
}

void TestGoalEditor::statusChanges()
{
    const Goal goal = m_f.addGoal(QStringLiteral("I want to sit out in the garden."), QStringLiteral("active"), 4, 30);
    auto editor = editorFor(goal.id);
    QCOMPARE(editor->statusOptions().size(), 3);
    for (const QString &status : {QStringLiteral("achieved"), QStringLiteral("stopped"), QStringLiteral("active")}) {
        QSignalSpy statusChanged(editor.get(), &GoalEditor::statusChanged);
        editor->setStatus(status);
        QCOMPARE(statusChanged.size(), 1);
        QVERIFY(editor->isModified());
        QVERIFY2(editor->save(), qPrintable(editor->error()));
        QCOMPARE(Repository<Goal>(m_f.store()).get(goal.id)->status, status);
        QVERIFY(!editor->statusText().isEmpty());
        QCOMPARE(editor->statusText().at(0), editor->statusText().at(0).toUpper());
    }
    // The words were never touched.
    QCOMPARE(Repository<Goal>(m_f.store()).get(goal.id)->words, goal.words);
}

void TestGoalEditor::draftIsKeptWithinASecond()
{
    auto editor = editorFor(QString());
    editor->setWords(QStringLiteral("I want to get back to my Tuesday lunch club."));
    QVERIFY(!GoalDraft::exists(m_f.store(), m_f.personId, QString()));
    QTRY_VERIFY_WITH_TIMEOUT(GoalDraft::exists(m_f.store(), m_f.personId, QString()), 2000);
    // Saved: the draft goes.
    editor->setBaselineRating(2);
    QVERIFY2(editor->save(), qPrintable(editor->error()));
    QVERIFY(!GoalDraft::exists(m_f.store(), m_f.personId, QString()));
    QVERIFY(!GoalDraft::exists(m_f.store(), m_f.personId, editor->goalId()));
}

void TestGoalEditor::draftSurvivesALockAndCanBeDiscarded()
{
    const Goal goal
        = m_f.addGoal(QStringLiteral("I want to see my grandchildren more often."), QStringLiteral("active"), 3, 14);
    const QString typed = QStringLiteral("I want to see my grandchildren every weekend, and go to the park with them.");
    auto editor = editorFor(goal.id);
    editor->setWords(typed);
    editor->setStatus(QStringLiteral("achieved"));
    editor->setReviewComment(QStringLiteral("Half way through a thought"));

    m_f.session->lock(); // at once, within the second: the lock itself keeps the draft
    QVERIFY(!editor->isLoaded());
    QVERIFY(editor->words().isEmpty());
    QVERIFY(editor->reviews().isEmpty());
    QVERIFY(editor->reviewComment().isEmpty());

    QVERIFY(m_f.session->unlock(DemoSetup::pin()));
    QVERIFY(editor->isLoaded());
    QVERIFY(editor->isDraftRestored());
    QCOMPARE(editor->words(), typed);
    QCOMPARE(editor->status(), QStringLiteral("achieved"));
    QCOMPARE(editor->reviewComment(), QStringLiteral("Half way through a thought"));
    QVERIFY(editor->isModified());
    // Nothing was saved to the goal itself.
    QCOMPARE(Repository<Goal>(m_f.store()).get(goal.id)->words, goal.words);

    // A second editor on the same goal (the page opened again) finds it too.
    auto again = editorFor(goal.id);
    QCOMPARE(again->words(), typed);
    again.reset();

    editor->discardChanges();
    QCOMPARE(editor->words(), goal.words);
    QCOMPARE(editor->status(), QStringLiteral("active"));
    QVERIFY(editor->reviewComment().isEmpty());
    QVERIFY(!editor->isDraftRestored());
    QVERIFY(!editor->isModified());
    QVERIFY(!GoalDraft::exists(m_f.store(), m_f.personId, goal.id));
}

void TestGoalEditor::unknownGoalIsNotShown()
{
    auto editor = editorFor(Uuid::createV7());
    QVERIFY(!editor->isLoaded());
    QVERIFY(!editor->error().isEmpty());
    QVERIFY(!editor->save());
    QCOMPARE(m_f.goalCount(), 0);
}

QTEST_GUILESS_MAIN(TestGoalEditor)
#include "tst_goaleditor.moc"

// TodayVisitsModel on a real store through a Session: the model contract (QAbstractItemModelTester),
// only the signed-in practitioner's visits of the day, in time order, what each row says, and
// following the store: a visit saved on this tablet, a sync's reload, a draft, a lock; and turning to
// the new day at midnight and on coming back to the foreground, on a clock the test moves.
#include "todayvisitsmodel.h"
#include "visitdraft.h"
#include "visiteditor.h"
#include "visitfixture.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace doorstep;
using doorstep::test::VisitFixture;

namespace {
const QDate kDay(2025, 6, 17);

QDateTime at(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}
} // namespace

class TestTodayVisitsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void rolesStartAfterUserRole();
    void onlyMyVisitsOfTheDayInTimeOrder();
    void statusFollowsCheckInAndOut();
    void followsAVisitSavedOnThisTablet();
    void readsAgainAfterASync();
    void showsWhichVisitsHaveDrafts();
    void openVisitPrefersTheOneUnderWay();
    void emptiedOnLockAndBackOnUnlock();
    void emptyWithoutASignedInPractitioner();
    void turnsToTheNewDayAtMidnight();
    void turnsToTheNewDayWhenBackInTheForeground();

private:
    QString column(const TodayVisitsModel &model, int role) const;
    void followClock(const QDateTime *now);

    std::unique_ptr<VisitFixture> m_tablet;
    std::unique_ptr<TodayVisitsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Person m_edith;
    Person m_arthur;
    Person m_mary;
    Visit m_edithMorning;
    Visit m_arthurAfternoon;
    Visit m_maryMidday;
};

void TestTodayVisitsModel::init()
{
    m_tablet = std::make_unique<VisitFixture>();
    QVERIFY(m_tablet->setUp());
    m_edith = m_tablet->addPerson(QStringLiteral("Edith Testperson"), QStringLiteral("2 Test Row"));
    m_arthur = m_tablet->addPerson(QStringLiteral("Arthur Testperson"), QStringLiteral("4 Test Row"));
    m_mary = m_tablet->addPerson(QStringLiteral("Mary Testperson"), QStringLiteral("6 Test Row"));
    // Made out of order, so that the order shown is the model's doing.
    m_arthurAfternoon = m_tablet->addVisit(m_arthur, at(kDay, 14, 0), {}, QStringLiteral("carers-support"));
    m_edithMorning = m_tablet->addVisit(m_edith, at(kDay, 9, 30));
    m_maryMidday = m_tablet->addVisit(m_mary, at(kDay, 11, 0), {}, QStringLiteral("review"));
    // Not today, or not mine: never shown.
    m_tablet->addVisit(m_edith, at(kDay.addDays(-1), 10, 0));
    m_tablet->addVisit(m_edith, at(kDay.addDays(1), 10, 0));
    m_tablet->addVisit(m_mary, at(kDay, 10, 0), m_tablet->otherPractitionerId);

    m_model = std::make_unique<TodayVisitsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setToday(kDay);
    m_model->setSession(&m_tablet->session());
}

void TestTodayVisitsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_tablet.reset();
}

QString TestTodayVisitsModel::column(const TodayVisitsModel &model, int role) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row), role).toString();
    return values.join(u'|');
}

void TestTodayVisitsModel::rolesStartAfterUserRole()
{
    const auto roles = m_model->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        QVERIFY2(it.key() > Qt::UserRole, it.value().constData());
    QCOMPARE(roles.value(TodayVisitsModel::VisitIdRole), QByteArray("visitId"));
    QCOMPARE(roles.value(TodayVisitsModel::HasDraftRole), QByteArray("hasDraft"));
}

void TestTodayVisitsModel::onlyMyVisitsOfTheDayInTimeOrder()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->property("count").toInt(), 3);
    QCOMPARE(column(*m_model, TodayVisitsModel::PlannedTimeTextRole), QStringLiteral("09:30|11:00|14:00"));
    QCOMPARE(column(*m_model, TodayVisitsModel::PersonNameRole),
             QStringLiteral("Edith Testperson|Mary Testperson|Arthur Testperson"));
    QCOMPARE(column(*m_model, TodayVisitsModel::VisitIdRole),
             QStringList({m_edithMorning.id, m_maryMidday.id, m_arthurAfternoon.id}).join(u'|'));
    QCOMPARE(column(*m_model, TodayVisitsModel::PersonIdRole),
             QStringList({m_edith.id, m_mary.id, m_arthur.id}).join(u'|'));
    QCOMPARE(column(*m_model, TodayVisitsModel::VisitTypeTextRole), QStringLiteral("Nursing|Review|Carers support"));
    QCOMPARE(column(*m_model, TodayVisitsModel::AddressRole), QStringLiteral("2 Test Row|6 Test Row|4 Test Row"));
    QCOMPARE(column(*m_model, TodayVisitsModel::StatusRole), QStringLiteral("planned|planned|planned"));
    QCOMPARE(column(*m_model, TodayVisitsModel::StatusTextRole), QStringLiteral("Planned|Planned|Planned"));
    QCOMPARE(m_model->data(m_model->index(0), Qt::DisplayRole).toString(), QStringLiteral("Edith Testperson"));
    QVERIFY(m_model->dateText().contains(QStringLiteral("17")));
    // The row as QML reads it.
    const QVariantMap first = m_model->get(0);
    QCOMPARE(first.value(QStringLiteral("personName")).toString(), QStringLiteral("Edith Testperson"));
    QCOMPARE(first.value(QStringLiteral("plannedTimeText")).toString(), QStringLiteral("09:30"));
    QVERIFY(m_model->get(3).isEmpty());
}

void TestTodayVisitsModel::statusFollowsCheckInAndOut()
{
    Visit morning = m_tablet->visit(m_edithMorning.id);
    morning.checkedInAt = at(kDay, 9, 32);
    morning.checkedOutAt = at(kDay, 10, 10);
    QVERIFY(Repository<Visit>(m_tablet->store()).update(morning));
    Visit midday = m_tablet->visit(m_maryMidday.id);
    midday.checkedInAt = at(kDay, 11, 5);
    QVERIFY(Repository<Visit>(m_tablet->store()).update(midday));
    QVERIFY(m_model->reload());
    QCOMPARE(column(*m_model, TodayVisitsModel::StatusRole), QStringLiteral("done|inProgress|planned"));
    QCOMPARE(column(*m_model, TodayVisitsModel::StatusTextRole), QStringLiteral("Done|In progress|Planned"));
    QCOMPARE(m_model->doneCount(), 1);
}

void TestTodayVisitsModel::followsAVisitSavedOnThisTablet()
{
    // The editor checks in; the list says so without being asked to read again.
    VisitEditor editor;
    editor.setSession(&m_tablet->session());
    editor.setVisitId(m_arthurAfternoon.id);
    QVERIFY(editor.isLoaded());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(editor.checkIn());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->data(m_model->index(2), TodayVisitsModel::StatusRole).toString(), TodayVisitsModel::inProgress());

    // A visit started now joins the list of the real today.
    TodayVisitsModel today;
    QAbstractItemModelTester tester(&today, QAbstractItemModelTester::FailureReportingMode::Fatal);
    today.setSession(&m_tablet->session());
    const int before = today.rowCount();
    VisitEditor unplanned;
    unplanned.setSession(&m_tablet->session());
    QVERIFY(unplanned.startVisitNow(m_mary.id));
    QCOMPARE(today.rowCount(), before + 1);
    const int row = today.rowOf(unplanned.visitId());
    QVERIFY(row >= 0);
    QCOMPARE(today.data(today.index(row), TodayVisitsModel::StatusRole).toString(), TodayVisitsModel::inProgress());
    QCOMPARE(today.data(today.index(row), TodayVisitsModel::PersonNameRole).toString(),
             QStringLiteral("Mary Testperson"));
}

void TestTodayVisitsModel::readsAgainAfterASync()
{
    // What a pull would have written, then the session's word that it did.
    const Visit late = m_tablet->addVisit(m_edith, at(kDay, 16, 45), {}, QStringLiteral("review"));
    QCOMPARE(m_model->rowCount(), 3);
    emit m_tablet->session().caseloadReloaded();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(late.id), 3);
}

void TestTodayVisitsModel::showsWhichVisitsHaveDrafts()
{
    QCOMPARE(column(*m_model, TodayVisitsModel::HasDraftRole), QStringLiteral("false|false|false"));
    QVERIFY(VisitDraft::save(m_tablet->store(), m_maryMidday.id, VisitDraft{QStringLiteral("typed"), {}}));
    QVERIFY(m_model->reload());
    QCOMPARE(column(*m_model, TodayVisitsModel::HasDraftRole), QStringLiteral("false|true|false"));

    // An editor's draft shows at once, and goes once the notes are in the record.
    VisitEditor editor;
    editor.setSession(&m_tablet->session());
    editor.setVisitId(m_edithMorning.id);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setNotes(QStringLiteral("Walked to the gate with her frame."));
    QVERIFY(editor.flushDraft());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->data(m_model->index(0), TodayVisitsModel::HasDraftRole).toBool(), true);
    QVERIFY(editor.saveNotes());
    QCOMPARE(m_model->data(m_model->index(0), TodayVisitsModel::HasDraftRole).toBool(), false);
}

void TestTodayVisitsModel::openVisitPrefersTheOneUnderWay()
{
    const Visit second = m_tablet->addVisit(m_edith, at(kDay, 15, 0));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->openVisitFor(m_edith.id), m_edithMorning.id); // the earlier planned one
    Visit v = m_tablet->visit(second.id);
    v.checkedInAt = at(kDay, 15, 2);
    QVERIFY(Repository<Visit>(m_tablet->store()).update(v));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->openVisitFor(m_edith.id), second.id); // the one under way
    v.checkedOutAt = at(kDay, 15, 40);
    QVERIFY(Repository<Visit>(m_tablet->store()).update(v));
    Visit morning = m_tablet->visit(m_edithMorning.id);
    morning.checkedInAt = at(kDay, 9, 31);
    morning.checkedOutAt = at(kDay, 9, 58);
    QVERIFY(Repository<Visit>(m_tablet->store()).update(morning));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->openVisitFor(m_edith.id), QString()); // both done
    QCOMPARE(m_model->openVisitFor(QStringLiteral("someone-else")), QString());
}

void TestTodayVisitsModel::emptiedOnLockAndBackOnUnlock()
{
    QSignalSpy count(m_model.get(), &TodayVisitsModel::countChanged);
    m_tablet->session().lock();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(count.size() >= 1);
    QVERIFY(!m_model->reload()); // nothing can be read while locked
    QVERIFY(m_tablet->session().unlock(VisitFixture::pin()));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestTodayVisitsModel::emptyWithoutASignedInPractitioner()
{
    DeviceSettings(m_tablet->directory()).setCurrentUserId(QString());
    m_tablet->session().lock();
    QVERIFY(m_tablet->session().unlock(VisitFixture::pin()));
    QVERIFY(m_tablet->session().currentUserId().isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->reload());
}

// The model made again as the app has it, with no fixed day: the day comes from a clock the test moves.
void TestTodayVisitsModel::followClock(const QDateTime *now)
{
    m_tester.reset();
    m_model = std::make_unique<TodayVisitsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setClock([now] { return *now; });
    m_model->setSession(&m_tablet->session());
}

void TestTodayVisitsModel::turnsToTheNewDayAtMidnight()
{
    QDateTime now(kDay, QTime(23, 59), Qt::LocalTime);
    followClock(&now);
    TodayVisitsModel &model = *m_model;
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rollover().nextCheckInMs(), 60 * 1000 + DayRollover::kPastMidnightMs);
    QSignalSpy dateChanged(&model, &TodayVisitsModel::dateChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Early (a timer may be), on the same day: nothing read again, the timer armed for what is left.
    now = now.addSecs(30);
    model.rollover().check();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rollover().nextCheckInMs(), 30 * 1000 + DayRollover::kPastMidnightMs);

    // Past midnight the list keeps its day until the timer says so.
    now = QDateTime(kDay.addDays(1), QTime(0, 0, 0, 500), Qt::LocalTime);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), 0);
    model.rollover().check();
    QCOMPARE(dateChanged.size(), 1);
    QVERIFY(model.dateText().contains(QStringLiteral("18")));
    QCOMPARE(model.rowCount(), 1); // Edith's visit of the next day
    QCOMPARE(model.get(0).value(QStringLiteral("plannedTimeText")).toString(), QStringLiteral("10:00"));
    // A whole day away: the next look comes within the hour, in case the clock is moved.
    QCOMPARE(model.rollover().nextCheckInMs(), DayRollover::kMaxWaitMs);

    // A clock put back a day is a day change too.
    now = QDateTime(kDay, QTime(22, 0), Qt::LocalTime);
    model.rollover().check();
    QCOMPARE(dateChanged.size(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestTodayVisitsModel::turnsToTheNewDayWhenBackInTheForeground()
{
    QDateTime now(kDay, QTime(12, 0), Qt::LocalTime);
    followClock(&now);
    TodayVisitsModel &model = *m_model;
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Back in the foreground on the same day: nothing to do.
    now = now.addSecs(3600);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QCOMPARE(reset.size(), 0);

    // Inactive over midnight, its timer not run (inactive, not hidden: hidden would lock the session):
    // going inactive changes nothing, coming back does.
    now = QDateTime(kDay.addDays(1), QTime(8, 15), Qt::LocalTime);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.dateText().contains(QStringLiteral("18")));
}

// A QGuiApplication (not guiless): the list follows its applicationStateChanged.
QTEST_MAIN(TestTodayVisitsModel)
#include "tst_todayvisitsmodel.moc"

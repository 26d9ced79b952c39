// Repository::listBetween (RecordStore::listRange): records whose plain field lies in a half-open
// range, matched in SQL on the column's index (today's visits out of years of them), in that
// field's order; deleted records left out; encrypted or unknown fields refused by name; nothing
// read while locked. The Partial forms read just the named fields: the others come back absent and
// are never decrypted (a tampered one does not stop the read), and update() does not take them.
// leastPerGroup: the least value per group in one grouped query (each person's next visit).
#include "partial.h"
#include "recordstore.h"
#include "repository.h"
#include "storefixture.h"
#include "uuid.h"
#include "visit.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <type_traits>

using namespace doorstep;
using namespace doorstep::test;

namespace {
const QDateTime kMidnight(QDate(2025, 6, 17), QTime(0, 0), Qt::UTC);

// Whether a repository's update() takes an item of this type.
template<typename R, typename Item>
concept Updatable = requires(R repository, const Item &item)
{
    repository.update(item);
};

static_assert(Updatable<Repository<Visit>, Visit>);
// A cut-down record's missing fields would be written as blanks.
static_assert(!Updatable<Repository<Visit>, Partial<Visit>>, "a cut-down record must not reach update()");
static_assert(!std::is_convertible_v<Partial<Visit>, Visit>);
} // namespace

class TestRecordRange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void halfOpenRangeInFieldOrder();
    void deletedRecordsAreLeftOut();
    void refusesWhatSqlCannotMatch();
    void lockedStoreReadsNothing();
    void onlyTheNamedFieldsAreRead();
    void unknownNamedFieldIsRefused();
    void leastPerGroupSkipsFinishedDeletedAndPast();
    void leastPerGroupRefusesEncryptedAndUnknownFields();

private:
    static Visit visitAt(const QDateTime &plannedAt);
    static Visit visitFor(const QString &personId, const QDateTime &plannedAt, bool finished = false);
};

Visit TestRecordRange::visitAt(const QDateTime &plannedAt)
{
    Visit v;
    v.personId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000a");
    v.practitionerId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000b");
    v.plannedAt = plannedAt;
    v.visitType = QStringLiteral("review");
    v.notes = QStringLiteral("Seen at ") + plannedAt.toString(Qt::ISODate);
    return v;
}

Visit TestRecordRange::visitFor(const QString &personId, const QDateTime &plannedAt, bool finished)
{
    Visit v = visitAt(plannedAt);
    v.personId = personId;
    if (finished) {
        v.checkedInAt = plannedAt;
        v.checkedOutAt = plannedAt.addSecs(1800);
    }
    return v;
}

void TestRecordRange::halfOpenRangeInFieldOrder()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    // Made out of time order; the day's first and last millisecond, and either side of the day.
    const QList<QDateTime> times{kMidnight.addSecs(15 * 3600),      kMidnight.addMSecs(-1),      kMidnight,
                                 kMidnight.addDays(1).addMSecs(-1), kMidnight.addSecs(9 * 3600), kMidnight.addDays(1)};
    for (const QDateTime &at : times) {
        Visit v = visitAt(at);
        VERIFY_OK(visits.create(v));
    }
    auto day = visits.listBetween(QStringLiteral("plannedAt"), kMidnight, kMidnight.addDays(1));
    VERIFY_OK(day);
    QList<QDateTime> got;
    for (const Visit &v : *day)
        got << v.plannedAt;
    QCOMPARE(got,
             (QList<QDateTime>{kMidnight, kMidnight.addSecs(9 * 3600), kMidnight.addSecs(15 * 3600),
                               kMidnight.addDays(1).addMSecs(-1)}));
    // Whole records, decrypted.
    QCOMPARE(day->first().notes, QStringLiteral("Seen at ") + kMidnight.toString(Qt::ISODate));
    // An empty range is empty.
    auto none = visits.listBetween(QStringLiteral("plannedAt"), kMidnight, kMidnight);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestRecordRange::deletedRecordsAreLeftOut()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    Visit kept = visitAt(kMidnight.addSecs(3600));
    Visit gone = visitAt(kMidnight.addSecs(7200));
    VERIFY_OK(visits.create(kept));
    VERIFY_OK(visits.create(gone));
    VERIFY_OK(visits.remove(gone.id));
    auto day = visits.listBetween(QStringLiteral("plannedAt"), kMidnight, kMidnight.addDays(1));
    VERIFY_OK(day);
    QCOMPARE(day->size(), 1);
    QCOMPARE(day->first().id, kept.id);
}

void TestRecordRange::refusesWhatSqlCannotMatch()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    auto encrypted = visits.listBetween(QStringLiteral("latitude"), 53.0, 54.0);
    QVERIFY(!encrypted);
    QCOMPARE(encrypted.error().field, QStringLiteral("visit.latitude"));
    QVERIFY(encrypted.error().reason.contains(QStringLiteral("encrypted")));
    auto unknown = visits.listBetween(QStringLiteral("plannedAt; DROP TABLE visits"), 0, 1);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().reason.contains(QStringLiteral("no such field")));
    VERIFY_OK(visits.list()); // the table is still there
}

void TestRecordRange::lockedStoreReadsNothing()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Visit v = visitAt(kMidnight.addSecs(3600));
    VERIFY_OK(Repository<Visit>(**store).create(v));
    (*store)->lock();
    QVERIFY(!Repository<Visit>(**store).listBetween(QStringLiteral("plannedAt"), kMidnight, kMidnight.addDays(1)));
}

void TestRecordRange::onlyTheNamedFieldsAreRead()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    Visit v = visitAt(kMidnight.addSecs(3600));
    v.latitude = 53.48;
    v.longitude = -2.24;
    v.locationAccuracy = 12;
    v.locationAt = kMidnight.addSecs(3700);
    v.checkedInAt = kMidnight.addSecs(3700);
    v.checkedOutAt = kMidnight.addSecs(5400);
    VERIFY_OK(visits.create(v));
    // The notes' ciphertext spoilt: a whole read fails on it, a read that leaves it out does not.
    Statement &spoil = (*store)->database().statement(QStringLiteral("UPDATE visits SET notes = x'00' WHERE id = ?"));
    spoil.bind(1, v.id);
    QCOMPARE(spoil.step(), Statement::StepResult::Done);
    spoil.reset();
    QVERIFY(!visits.list());

    const QStringList only{QStringLiteral("personId"), QStringLiteral("checkedOutAt"), QStringLiteral("plannedAt")};
    for (const auto &read :
         {visits.listPartial(only), visits.listWherePartial(QStringLiteral("personId"), v.personId, only),
          visits.listBetweenPartial(QStringLiteral("plannedAt"), kMidnight, kMidnight.addDays(1), only)}) {
        VERIFY_OK(read);
        QCOMPARE(read->size(), 1);
        const Partial<Visit> &got = read->first();
        QCOMPARE(got.id(), v.id);
        QCOMPARE(got.fields(), only);
        QVERIFY(got.has(QStringLiteral("plannedAt")));
        QVERIFY(!got.has(QStringLiteral("notes")));
        QCOMPARE(got->personId, v.personId);
        QCOMPARE(got->plannedAt, v.plannedAt);
        QCOMPARE(got->checkedOutAt, v.checkedOutAt);
        // Not asked for: absent, whether encrypted or plain.
        QVERIFY(got->notes.isEmpty());
        QVERIFY(std::isnan(got->latitude));
        QVERIFY(got->practitionerId.isEmpty());
        QVERIFY(got->visitType.isEmpty());
    }
}

void TestRecordRange::unknownNamedFieldIsRefused()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    Visit v = visitAt(kMidnight);
    VERIFY_OK(visits.create(v));
    auto listed = visits.listPartial({QStringLiteral("plannedAt"), QStringLiteral("notes FROM visits; --")});
    QVERIFY(!listed);
    QCOMPARE(listed.error().field, QStringLiteral("visit.notes FROM visits; --"));
    QVERIFY(listed.error().reason.contains(QStringLiteral("no such field")));
    auto ranged = visits.listBetweenPartial(QStringLiteral("plannedAt"), kMidnight, kMidnight.addDays(1),
                                            {QStringLiteral("secret")});
    QVERIFY(!ranged);
    VERIFY_OK(visits.list()); // the table is still there
}

void TestRecordRange::leastPerGroupSkipsFinishedDeletedAndPast()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Visit> visits(**store);
    const QString ada = Uuid::createV7();
    const QString bea = Uuid::createV7();
    const QString cal = Uuid::createV7();
    for (Visit v : {visitFor(ada, kMidnight.addDays(-1)), visitFor(ada, kMidnight.addDays(3)),
                    visitFor(ada, kMidnight.addDays(1), true), visitFor(ada, kMidnight.addDays(2)),
                    visitFor(bea, kMidnight.addDays(1), true), visitFor(cal, kMidnight)}) {
        VERIFY_OK(visits.create(v));
    }
    Visit deleted = visitFor(ada, kMidnight.addSecs(60));
    VERIFY_OK(visits.create(deleted));
    VERIFY_OK(visits.remove(deleted.id));

    auto next
        = (*store)->records().leastPerGroup(Visit::schema(), QStringLiteral("personId"), QStringLiteral("plannedAt"),
                                            kMidnight, QStringLiteral("checkedOutAt"));
    VERIFY_OK(next);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->value(ada).toDateTime(), kMidnight.addDays(2));
    QVERIFY(!next->contains(bea)); // only a finished visit
    QCOMPARE(next->value(cal).toDateTime(), kMidnight); // from `from` on, inclusive
}

void TestRecordRange::leastPerGroupRefusesEncryptedAndUnknownFields()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    RecordStore &records = (*store)->records();
    auto encrypted = records.leastPerGroup(Visit::schema(), QStringLiteral("personId"), QStringLiteral("notes"),
                                           kMidnight, QStringLiteral("checkedOutAt"));
    QVERIFY(!encrypted);
    QCOMPARE(encrypted.error().field, QStringLiteral("visit.notes"));
    auto unknown = records.leastPerGroup(Visit::schema(), QStringLiteral("personId; --"), QStringLiteral("plannedAt"),
                                         kMidnight, QStringLiteral("checkedOutAt"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().reason.contains(QStringLiteral("no such field")));
}

QTEST_GUILESS_MAIN(TestRecordRange)
#include "tst_recordrange.moc"

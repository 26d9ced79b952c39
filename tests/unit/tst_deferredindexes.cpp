// A first sync into an empty store sets the record tables' secondary indexes aside and builds them
// once at the end (DeferredIndexes). Only an empty store does; primary keys and unique indexes stay;
// what comes back is exactly what was there; a store opened after a crash mid-way gets them back;
// and a definition that is not one (a tampered meta row) is refused, naming the row, and runs nothing.
// The build reads through a memory map, and no map is left behind, whether it is done or refused.
#include "deferredindexes.h"
#include "person.h"
#include "repository.h"
#include "statement.h"
#include "storefixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;

namespace {

// Every index of the database, name and definition (NULL for SQLite's own), in name order.
QStringList indexes(Database &db)
{
    QStringList out;
    Statement &s = db.statement(QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_master "
                                               "WHERE type = 'index' ORDER BY name"));
    while (s.step() == Statement::StepResult::Row)
        out << s.text(0) + QStringLiteral(": ") + s.text(1);
    s.reset();
    return out;
}

// How much of the file SQLite reads through a memory map (0: none).
qint64 mapSize(Database &db)
{
    Statement &s = db.statement(QStringLiteral("PRAGMA mmap_size"));
    const qint64 size = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return size;
}

bool hasIndex(Database &db, const QString &name)
{
    return indexes(db).filter(QRegularExpression(QStringLiteral("^%1: ").arg(name))).size() == 1;
}

} // namespace

class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setAsideOnlyInAnEmptyStoreAndBuiltAgainAsTheyWere()
    {
        QTemporaryDir dir;
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        Database &db = (*store)->database();
        const QStringList before = indexes(db);
        QVERIFY(hasIndex(db, QStringLiteral("visits_by_planned")));

        auto deferred = DeferredIndexes::deferIfEmpty(db);
        VERIFY_OK(deferred);
        QVERIFY(*deferred);
        QVERIFY(!hasIndex(db, QStringLiteral("visits_by_planned")));
        QVERIFY(!hasIndex(db, QStringLiteral("visits_by_person")));
        // The primary keys' indexes stay: lookups by id, and the keys' uniqueness, work throughout.
        QCOMPARE(indexes(db).filter(QStringLiteral("sqlite_autoindex_visits")).size(), 1);
        const int setAside = int(before.size() - indexes(db).size());
        QVERIFY(setAside >= 10);
        QCOMPARE(*DeferredIndexes::deferredCount(db), setAside);
        // Asked again (a pull started over): nothing more happens.
        VERIFY_OK(DeferredIndexes::deferIfEmpty(db));
        QCOMPARE(*DeferredIndexes::deferredCount(db), setAside);

        // Records written meanwhile are found by the indexes once they are back.
        Person p;
        p.name = QStringLiteral("Ivy Testperson");
        p.dateOfBirth = QDate(1941, 2, 3);
        p.teamId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000c");
        VERIFY_OK(Repository<Person>(**store).create(p));
        QCOMPARE(mapSize(db), 0);
        VERIFY_OK(DeferredIndexes::restore(db));
        QCOMPARE(indexes(db), before);
        QCOMPARE(*DeferredIndexes::deferredCount(db), 0);
        // The build read its tables through a map; the store's everyday reads do not.
        QCOMPARE(mapSize(db), 0);
        Statement &check = db.statement(QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check.step(), Statement::StepResult::Row);
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        check.reset();

        // A store holding a record keeps its indexes.
        auto again = DeferredIndexes::deferIfEmpty(db);
        VERIFY_OK(again);
        QVERIFY(!*again);
        QCOMPARE(indexes(db), before);
    }

    void aStoreOpenedAfterACrashGetsThemBack()
    {
        QTemporaryDir dir;
        QStringList before;
        {
            auto store = openUnlocked(dir.path());
            VERIFY_OK(store);
            before = indexes((*store)->database());
            VERIFY_OK(DeferredIndexes::deferIfEmpty((*store)->database()));
            QVERIFY(indexes((*store)->database()) != before);
            // Gone before the pull ended: nothing restored them.
        }
        auto reopened = openUnlocked(dir.path());
        VERIFY_OK(reopened);
        QCOMPARE(indexes((*reopened)->database()), before);
        QCOMPARE(*DeferredIndexes::deferredCount((*reopened)->database()), 0);
    }

    void aDefinitionThatIsNotOneIsRefusedAndRunsNothing()
    {
        QTemporaryDir dir;
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        Database &db = (*store)->database();
        VERIFY_OK(DeferredIndexes::deferIfEmpty(db));
        const int setAside = *DeferredIndexes::deferredCount(db);
        const QStringList during = indexes(db);
        Statement &tamper = db.statement(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        tamper.bind(1, QStringLiteral("CREATE INDEX goals_by_person ON goals (personId); DROP TABLE visits"));
        tamper.bind(2, QStringLiteral("deferred_index:goals_by_person"));
        VERIFY_OK(tamper.run());

        const Status refused = DeferredIndexes::restore(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("meta.deferred_index:goals_by_person"));
        QCOMPARE(refused.error().reason, QStringLiteral("is not an index definition"));
        QCOMPARE(mapSize(db), 0);
        // All or nothing: not one index was built, not one definition forgotten, the table is there.
        QCOMPARE(indexes(db), during);
        QCOMPARE(*DeferredIndexes::deferredCount(db), setAside);
        Statement &visits = db.statement(QStringLiteral("SELECT count(*) FROM visits"));
        QCOMPARE(visits.step(), Statement::StepResult::Row);
        visits.reset();
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"

// The schema ladder: every past version climbs to the latest with its rows intact, and a schema newer
// than the app is refused without touching the file.

#include "storefixture.h"

#include "evaluationround.h"
#include "fieldstamps.h"
#include "migrations.h"
#include "repository.h"
#include "team.h"
#include "uuid.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

// The schema as SQLite records it: every table and index with its CREATE statement.
QStringList schemaOf(Database &db)
{
    Statement &s = db.statement(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    QStringList schema;
    while (s.step() == Statement::StepResult::Row)
        schema << s.text(0) + u' ' + s.text(1) + u' ' + s.text(2) + u' ' + s.text(3);
    s.reset();
    return schema;
}

QStringList filesIn(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A team as a version-1 store wrote it, with bound SQL and the version-1 columns only.
Status insertVersion1Team(Database &db, const QString &id, const QString &name, const QString &area)
{
    FieldStamps stamps;
    const quint64 hlc = HybridLogicalClock::pack(1767225600000, 0); // 2026-01-01
    stamps.set(0, {hlc, 1});
    stamps.set(1, {hlc, 1});
    Statement &s = db.statement(u"INSERT INTO teams (id, name, area, deleted, stamps) VALUES (?, ?, ?, 0, ?)"_s);
    s.bind(1, id);
    s.bind(2, name);
    s.bind(3, area);
    s.bind(4, stamps.toBlob());
    return s.run();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachStepClimbsOneVersion();
    void upgradesFromEveryPastVersion_data();
    void upgradesFromEveryPastVersion();
    void migratingTheLatestChangesNothing();
    void refusesNewerSchema_data();
    void refusesNewerSchema();
    void refusesAFileThatIsNotADatabase();

private:
    QStringList m_latestSchema; // the schema of a store created at the latest version
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Migrations::latestVersion() >= 2);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = Store::open(storeOptions(dir.path()));
    VERIFY_OK(store);
    QCOMPARE((*store)->database().userVersion(), Migrations::latestVersion());
    m_latestSchema = schemaOf((*store)->database());
    QVERIFY(!m_latestSchema.isEmpty());
}

void TestMigrations::eachStepClimbsOneVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(databasePath(dir.path()));
    VERIFY_OK(db);
    QCOMPARE((*db)->userVersion(), 0);
    QStringList previous = schemaOf(**db);
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        VERIFY_OK(Migrations::migrate(**db, version));
        QCOMPARE((*db)->userVersion(), version);
        const QStringList schema = schemaOf(**db);
        QVERIFY2(schema.size() > previous.size(), qPrintable(u"step %1 added nothing"_s.arg(version)));
        previous = schema;
    }
    QCOMPARE(previous, m_latestSchema);
}

void TestMigrations::upgradesFromEveryPastVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestMigrations::upgradesFromEveryPastVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString teamId = Uuid::createV7();
    {
        auto db = Database::open(databasePath(dir.path()));
        VERIFY_OK(db);
        VERIFY_OK(Migrations::migrate(**db, from));
        QCOMPARE((*db)->userVersion(), from);
        if (from >= 1)
            VERIFY_OK(insertVersion1Team(**db, teamId, u"Fictional Vale Neighbourhood Team"_s, u"East Testshire"_s));
    }

    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Database &db = (*store)->database();
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    QCOMPARE(schemaOf(db), m_latestSchema);
    const QStringList tables = tableNames(db);
    for (const QString &table : {u"evaluation_rounds"_s, u"interviewees"_s, u"interviews"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));

    if (from >= 1) {
        QCOMPARE(rowCount(db, u"teams"_s), 1);
        auto team = Repository<Team>(**store).get(teamId);
        VERIFY_OK(team);
        QCOMPARE(team->name, u"Fictional Vale Neighbourhood Team"_s);
        QCOMPARE(team->area, u"East Testshire"_s);
    }

    // The upgraded store takes writes to the tables the later steps added, as a new one does.
    EvaluationRound round;
    round.teamId = teamId;
    round.title = u"Spring round"_s;
    round.startsOn = QDate(2026, 3, 1);
    round.endsOn = QDate(2026, 4, 30);
    auto roundId = Repository<EvaluationRound>(**store).create(round);
    VERIFY_OK(roundId);
    QCOMPARE(rowCount(db, u"evaluation_rounds"_s), 1);
}

void TestMigrations::migratingTheLatestChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(databasePath(dir.path()));
    VERIFY_OK(db);
    VERIFY_OK(Migrations::migrate(**db));
    const QStringList schema = schemaOf(**db);
    VERIFY_OK(Migrations::migrate(**db));
    VERIFY_OK(Migrations::migrate(**db, 1)); // never climbs down
    QCOMPARE((*db)->userVersion(), Migrations::latestVersion());
    QCOMPARE(schemaOf(**db), schema);
}

void TestMigrations::refusesNewerSchema_data()
{
    QTest::addColumn<bool>("backupCopy");
    QTest::newRow("the store a newer app left") << false;
    // VACUUM INTO writes a rollback-journal file: a backup restored from a newer app looks like this.
    QTest::newRow("a VACUUM INTO backup of it") << true;
}

void TestMigrations::refusesNewerSchema()
{
    QFETCH(bool, backupCopy);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTemporaryDir backupDir;
    QVERIFY(backupDir.isValid());
    const int newer = Migrations::latestVersion() + 1;
    {
        // A store a later Doorstep wrote: data in it, and a schema version this app does not know.
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        Team team;
        team.name = u"Fictional Vale Neighbourhood Team"_s;
        VERIFY_OK(Repository<Team>(**store).create(team));
        VERIFY_OK((*store)->database().setUserVersion(newer));
    }
    if (backupCopy) {
        auto db = Database::open(databasePath(dir.path()));
        VERIFY_OK(db);
        Statement &s = (*db)->statement(u"VACUUM INTO ?"_s);
        s.bind(1, databasePath(backupDir.path()));
        VERIFY_OK(s.run());
    }
    const QString directory = backupCopy ? backupDir.path() : dir.path();
    const QString path = databasePath(directory);
    const QByteArray hashBefore = fileSha256(path);
    const QStringList filesBefore = filesIn(directory);
    QVERIFY(!hashBefore.isEmpty());

    {
        auto store = Store::open(storeOptions(directory));
        QVERIFY2(!store, "a schema newer than the app was opened");
        const QString message = store.error().message();
        QVERIFY2(message.contains(u"newer"_s), qPrintable(message));
        QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Migrations::latestVersion())), qPrintable(message));
    }
    QVERIFY2(fileSha256(path) == hashBefore, "refusing the newer schema changed the database file");
    QCOMPARE(filesIn(directory), filesBefore);
    {
        auto db = Database::open(path);
        VERIFY_OK(db);
        const Status migrated = Migrations::migrate(**db);
        QVERIFY(!migrated);
        QCOMPARE((*db)->userVersion(), newer);
    }
}

void TestMigrations::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = databasePath(dir.path());
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(char(i * 7 % 251));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(junk), junk.size());
    }
    auto store = Store::open(storeOptions(dir.path()));
    QVERIFY(!store);
    QVERIFY(!store.error().message().isEmpty());
    QCOMPARE(fileBytes(path), junk);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

// The write-ahead log is copied back into the database file by Checkpointer, on its own thread and
// connection, instead of inside the commit that filled it; nothing written is lost by it, across
// a close and reopen.

#include "checkpointer.h"
#include "database.h"
#include "statement.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {

// Writes rows of 8 KB, count of them in one transaction.
void writeRows(Database &db, int first, int count)
{
    QVERIFY(db.exec("BEGIN IMMEDIATE").ok());
    for (int n = first; n < first + count; ++n) {
        Statement &s = db.statement(QStringLiteral("INSERT INTO pages (n, body) VALUES (?, ?)"));
        s.bind(1, qint64(n));
        s.bind(2, QByteArray(8192, char('a' + n % 26)));
        QVERIFY(s.run().ok());
    }
    QVERIFY(db.exec("COMMIT").ok());
}

qint64 scalar(Database &db, const QString &sql)
{
    Statement &s = db.statement(sql);
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return n;
}

} // namespace

class TestCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void smallCommitsLeaveTheLogAlone()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("small.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec("CREATE TABLE pages (n INTEGER PRIMARY KEY, body BLOB NOT NULL)").ok());
        writeRows(**db, 0, 10);
        QCOMPARE((*db)->backgroundCheckpoints(), 0);
    }

    void aFullLogIsCheckpointedInTheBackgroundAndNothingIsLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        constexpr int kRowsPerCommit = 700; // about 1,400 pages: past Checkpointer::kCheckpointPages
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("CREATE TABLE pages (n INTEGER PRIMARY KEY, body BLOB NOT NULL)").ok());
            for (int commit = 0; commit < 4; ++commit)
                writeRows(**db, commit * kRowsPerCommit, kRowsPerCommit);
            // Waits on the checkpoint thread's own count, polled: no fixed sleep.
            QTRY_VERIFY_WITH_TIMEOUT((*db)->backgroundCheckpoints() >= 1, 20000);
            // The copy reached the database file itself, not only the log.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > qint64(kRowsPerCommit) * 8192, 20000);
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pages")), qint64(4 * kRowsPerCommit));
        }
        // Closed (the thread joined, the last connection checkpointing the rest): everything is there.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(scalar(**reopened, QStringLiteral("SELECT count(*) FROM pages")), qint64(4 * kRowsPerCommit));
        QCOMPARE(scalar(**reopened, QStringLiteral("SELECT sum(length(body)) FROM pages")),
                 qint64(4 * kRowsPerCommit) * 8192);
        Statement &check = (*reopened)->statement(QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check.step(), Statement::StepResult::Row);
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        check.reset();
    }

    // Edits made one after another, each a commit of a few pages: the thread's checkpoints each end
    // a commit behind, so on its own the log would never start afresh and would grow with every edit
    // (to 33 MB over 1,000 edits), to be cut back later inside some unlucky commit. The writer copies
    // the last few pages itself, and the log stays near kCheckpointPages.
    void aBurstOfSmallCommitsKeepsTheLogSmall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("burst.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec("CREATE TABLE pages (n INTEGER PRIMARY KEY, body BLOB NOT NULL)").ok());
        const qint64 pageSize = scalar(**db, QStringLiteral("PRAGMA page_size"));
        // About 3 pages a commit, 6,000 in all: without a fresh start the log would hold them all.
        constexpr int kCommits = 2000;
        qint64 largest = 0;
        for (int n = 0; n < kCommits; ++n) {
            writeRows(**db, n, 1);
            largest = std::max(largest, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        QVERIFY((*db)->backgroundCheckpoints() >= 1);
        // It started afresh at least once on the way (the log file only shrinks when it does), and
        // how soon after kCheckpointPages depends on how far behind the thread ran here, so only the
        // fresh start is asserted.
        const qint64 allPages = qint64(kCommits) * 3 * (pageSize + 24);
        QVERIFY2(largest <= allPages / 2,
                 qPrintable(QStringLiteral("the log reached %1 bytes (%2 pages were written to it)")
                                .arg(largest)
                                .arg(kCommits * 3)));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pages")), qint64(kCommits));
    }
};

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"

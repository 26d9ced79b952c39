// Two server connections on one SQLite file, as two workers have them: one writes while the other
// waits for its turn (WriterTurns), takes it when the first commits, and gives up as busy, changing
// nothing, once its limit has passed.
#include "queryrow.h"
#include "serverdatabase.h"
#include "writerturns.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace doorstep;

namespace {

Status writeProbe(ServerDatabase &db, const QString &key)
{
    QSqlQuery &q = db.query(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, 'probe')"));
    q.addBindValue(key);
    return db.exec(q, QStringLiteral("probe"));
}

// Begins, writes a probe named \a key and commits; empty when all went well, else what failed.
QString writeInTransaction(ServerDatabase &db, const QString &key)
{
    if (Status s = db.begin(); !s)
        return QStringLiteral("begin: ") + s.error().message();
    if (Status s = writeProbe(db, key); !s)
        return s.error().message();
    const Status committed = db.commit();
    return committed ? QString() : committed.error().message();
}

QStringList probes(ServerDatabase &db)
{
    QStringList keys;
    const Status read = db.selectRows(QStringLiteral("SELECT key FROM server_meta WHERE value = 'probe' ORDER BY key"),
                                      {}, QStringLiteral("probes"), [&](const QueryRow &row) -> Result<bool> {
                                          keys << row.text(0);
                                          return true;
                                      });
    return read ? keys : QStringList{QStringLiteral("unreadable")};
}

// Waits, without sleeping, until a connection waits for its turn; false after five seconds.
bool someoneWaits()
{
    const QDeadlineTimer deadline(5000);
    while (WriterTurns::shared().waiting() == 0) {
        if (deadline.hasExpired())
            return false;
        std::this_thread::yield();
    }
    return true;
}

} // namespace

class TestWriterTurns : public QObject
{
    Q_OBJECT

private slots:
    void aWaitingWriterTakesItsTurnWhenTheOtherCommits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString location = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("turns.sqlite"));
        auto first = ServerDatabase::open(location);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QVERIFY((*first)->writesRowsThroughSqlite()); // the busy handler is set on this program's SQLite

        // A connection belongs to the thread that opens it: the second worker's is opened on its own,
        // before the first starts writing (opening writes too, when it checks the schema).
        std::promise<void> opened;
        std::promise<void> firstWriting;
        std::promise<QString> secondDone;
        std::thread second([&] {
            auto db = ServerDatabase::open(location);
            opened.set_value();
            firstWriting.get_future().wait();
            secondDone.set_value(db ? writeInTransaction(**db, QStringLiteral("second")) : db.error().message());
        });
        opened.get_future().wait();
        const Status began = (*first)->begin();
        const Status wrote = writeProbe(**first, QStringLiteral("first"));
        firstWriting.set_value();
        const bool waited = someoneWaits();
        const Status committed = (*first)->commit(); // before any check returns, so that the thread ends
        const QString why = secondDone.get_future().get();
        second.join();
        QVERIFY(began && wrote && committed);
        QVERIFY(waited);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(probes(**first), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }

    void aWriterGivesUpAfterItsLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString location = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("turns.sqlite"));
        auto first = ServerDatabase::open(location);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));

        std::promise<void> opened;
        std::promise<void> firstWriting;
        std::promise<QString> refused;
        std::promise<void> firstCommitted;
        std::promise<QString> secondDone;
        std::thread second([&] {
            auto db = ServerDatabase::open(location);
            opened.set_value();
            firstWriting.get_future().wait();
            if (!db) {
                refused.set_value(QString());
                return secondDone.set_value(db.error().message());
            }
            (*db)->setWriteWaitLimit(std::chrono::milliseconds(100));
            const Status busy = (*db)->begin();
            refused.set_value(busy ? QString() : busy.error().message());
            firstCommitted.get_future().wait();
            secondDone.set_value(writeInTransaction(**db, QStringLiteral("second")));
        });
        opened.get_future().wait();
        const Status began = (*first)->begin();
        const Status wrote = writeProbe(**first, QStringLiteral("first"));
        firstWriting.set_value();
        // The first holds its transaction until the second has given up.
        const QString reason = refused.get_future().get();
        const Status committed = (*first)->commit();
        firstCommitted.set_value();
        const QString why = secondDone.get_future().get();
        second.join();
        QVERIFY(began && wrote && committed);
        QVERIFY2(reason.contains(QLatin1String("locked")), qPrintable(reason));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(probes(**first), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }
};

QTEST_GUILESS_MAIN(TestWriterTurns)
#include "tst_writerturns.moc"

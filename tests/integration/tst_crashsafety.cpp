#include "database.h"
#include "outbox.h"
#include "repository.h"
#include "store.h"
#include "visit.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace doorstep;

// A child process saving visit notes is killed with SIGKILL at random moments, again and again.
// Afterwards the database is intact and every note whose save had returned is there, exactly once,
// with its outbox entry.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWritersLoseNothing();

private:
    static constexpr int kRuns = 200;
    static constexpr int kMaxDelayMs = 30;
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(QStringLiteral(CRASHWRITER_PATH)), CRASHWRITER_PATH);
}

void TestCrashSafety::killedWritersLoseNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pin = QStringLiteral("864209");
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("delays drawn with seed %u", seed);
    QRandomGenerator random(seed);

    QStringList tokens; // one per save that had returned when the child printed it
    int killedBeforeFirstSave = 0;
    QElapsedTimer total;
    total.start();
    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        child.setProgram(QStringLiteral(CRASHWRITER_PATH));
        child.setArguments({dir.path(), pin});
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        QByteArray pending;
        bool ready = false;
        int printed = 0;
        auto drain = [&] {
            pending += child.readAllStandardOutput();
            // Only whole lines count: a token cut off by the kill was not fully reported.
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line == "ready") {
                    ready = true;
                } else {
                    tokens.append(QString::fromLatin1(line));
                    ++printed;
                }
            }
        };
        while (!ready) {
            const bool more = child.waitForReadyRead(10000);
            drain();
            QVERIFY2(more || ready,
                     qPrintable(QStringLiteral("run %1: the child did not start: %2")
                                    .arg(run)
                                    .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        }

        // The delay counts from the first line; waiting happens in waitForReadyRead, which returns as
        // soon as the child prints, so its output is read while it runs.
        const qint64 delay = random.bounded(kMaxDelayMs + 1);
        QElapsedTimer since;
        since.start();
        while (since.elapsed() < delay && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(std::max<qint64>(0, delay - since.elapsed())));
            drain();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        drain(); // what it printed before the signal landed
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("run %1: the child stopped by itself: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        if (printed == 0)
            ++killedBeforeFirstSave;
    }
    qInfo("%d runs in %lld ms: %lld saves returned; %d runs killed before their first save returned", kRuns,
          qint64(total.elapsed()), qint64(tokens.size()), killedBeforeFirstSave);
    QVERIFY(tokens.size() >= kRuns); // the runs did save, so the checks below have something to check
    QCOMPARE(QSet<QString>(tokens.begin(), tokens.end()).size(), tokens.size());

    Store::Options options;
    options.directory = dir.path();
    options.cost = KeyVault::testCost();
    auto opened = Store::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    Store &store = **opened;
    QVERIFY(store.unlock(pin).ok());

    Statement &check = store.database().statement(QStringLiteral("PRAGMA integrity_check"));
    QStringList integrity;
    while (check.step() == Statement::StepResult::Row)
        integrity << check.text(0);
    check.reset();
    QCOMPARE(integrity, QStringList{QStringLiteral("ok")});

    // Every token that was reported saved is in exactly one visit's notes, exactly once.
    auto visits = Repository<Visit>(store).list();
    QVERIFY(visits.ok());
    QHash<QString, int> stored;
    for (const Visit &visit : *visits) {
        for (const QString &line : visit.notes.split(u'\n'))
            stored[line] += 1;
    }
    int wrong = 0;
    for (const QString &token : std::as_const(tokens)) {
        if (stored.value(token) != 1 && ++wrong <= 5)
            qWarning("token %s is stored %d times", qPrintable(token), stored.value(token));
    }
    QCOMPARE(wrong, 0);

    // And each has the outbox entry that added it: the line its entry's new notes have and its old lacked.
    auto entries = store.outbox().pending(std::numeric_limits<int>::max());
    QVERIFY(entries.ok());
    QHash<QString, int> added;
    for (const OutboxEntry &entry : *entries) {
        if (entry.entity != QLatin1String("visit"))
            continue;
        const QJsonObject notes = entry.changes.value(QStringLiteral("notes")).toObject();
        const QStringList before = notes.value(QStringLiteral("old")).toString().split(u'\n');
        for (const QString &line : notes.value(QStringLiteral("new")).toString().split(u'\n')) {
            if (!before.contains(line))
                added[line] += 1;
        }
    }
    for (const QString &token : std::as_const(tokens)) {
        if (added.value(token) != 1 && ++wrong <= 5)
            qWarning("token %s has %d outbox entries", qPrintable(token), added.value(token));
    }
    QCOMPARE(wrong, 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

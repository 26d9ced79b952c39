// Autosave against SIGKILL: a child types a known text into a visit's notes, one character at a
// time, printing how much of it each saved draft holds; the test kills it at a random moment, opens
// the store itself and checks that the visit's draft is exactly a start of the text, at least as
// long as the last part the child reported durable. Every other round carries on typing into the
// draft the last one left, as a practitioner would after a crash.
#include "demosetup.h"
#include "repository.h"
#include "session.h"
#include "visit.h"
#include "visitdraft.h"
#include "visiteditor.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace doorstep;

namespace {

// Words, accents, a dash, an emoji (a surrogate pair), Urdu and line breaks: what a killed process
// would most likely cut in half, if it could.
const QString kText
    = QStringLiteral("Edith was up and dressed. Z\u00f6e (daughter) says the nights are worse \u2014 up 3 times.\n"
                     "Fall risk: rug by the back door \U0001F6AA moved.\n\u0634\u06a9\u0631\u06cc\u06c1 \u2713\n");

Session::Options optionsFor(const QString &directory)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    return options;
}

} // namespace

class TestAutosaveKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileTypingLosesNoDurableText();

private:
    static constexpr int kRounds = 12;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_visitIds; // planned visits with no notes: one per pair of rounds
};

void TestAutosaveKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(QStringLiteral(AUTOSAVE_TYPIST_PATH)), AUTOSAVE_TYPIST_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DemoNeighbourhood::Options small;
    small.people = 12;
    small.visits = 60;
    small.postcards = 2;
    auto prepared = DemoSetup::prepareDirectory(m_dir->path(), KeyStorageFactory::Preference::FileOnly,
                                                KeyVault::testCost(), small);
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));

    Session session(optionsFor(m_dir->path()));
    QVERIFY(session.unlock(DemoSetup::pin()));
    auto visits = Repository<Visit>(*session.store()).list();
    QVERIFY(visits);
    for (const Visit &v : *visits) {
        if (v.notes.isEmpty() && !v.checkedInAt.isValid() && m_visitIds.size() < kRounds / 2)
            m_visitIds << v.id;
    }
    QCOMPARE(m_visitIds.size(), kRounds / 2);
}

void TestAutosaveKill::killedWhileTypingLosesNoDurableText()
{
    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("kill moments drawn with seed %u", seed);
    QRandomGenerator random(seed);
    const QByteArray textHex = kText.toUtf8().toHex();

    int killedMidway = 0;
    qsizetype restoredBefore = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString visitId = m_visitIds.at(round / 2);
        const bool carriesOn = round % 2 == 1;
        QProcess child;
        child.setProgram(QStringLiteral(AUTOSAVE_TYPIST_PATH));
        child.setArguments({m_dir->path(), visitId, QString::fromLatin1(textHex), QString::number(random.generate())});
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        QByteArray pending;
        qsizetype ready = -1;
        qsizetype durable = 0;
        bool done = false;
        auto drain = [&] {
            pending += child.readAllStandardOutput();
            // Only whole lines count: a line cut off by the kill was not fully reported.
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith("ready "))
                    ready = line.mid(6).toLongLong();
                else if (line.startsWith("durable "))
                    durable = line.mid(8).toLongLong();
                else if (line == "done")
                    done = true;
            }
        };
        while (ready < 0) {
            const bool more = child.waitForReadyRead(10000);
            drain();
            QVERIFY2(more || ready >= 0,
                     qPrintable(QStringLiteral("round %1: the child did not start: %2")
                                    .arg(round)
                                    .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        }
        // A fresh visit starts empty; the second round on it starts from what the first left.
        QCOMPARE(ready, carriesOn ? restoredBefore : 0);

        // Somewhere in the typing (about 2 s of it from a fresh start); now and then after it ended.
        const qint64 delay = random.bounded(30, 2200);
        QElapsedTimer since;
        since.start();
        while (since.elapsed() < delay && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(std::max<qint64>(1, delay - since.elapsed())));
            drain();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        drain();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("round %1: the child stopped by itself: %2")
                                .arg(round)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        if (!done)
            ++killedMidway;

        // What a restarted app finds.
        Session session(optionsFor(m_dir->path()));
        QVERIFY(session.unlock(DemoSetup::pin()));
        VisitEditor editor;
        editor.setSession(&session);
        editor.setVisitId(visitId);
        QVERIFY(editor.isLoaded());
        const QString restored = editor.notes();
        QVERIFY2(kText.startsWith(restored),
                 qPrintable(QStringLiteral("round %1: the draft is not a start of the text").arg(round)));
        QVERIFY2(restored.size() >= durable,
                 qPrintable(QStringLiteral("round %1: %2 units reported durable, %3 restored")
                                .arg(round)
                                .arg(durable)
                                .arg(restored.size())));
        QVERIFY(restored.size() >= ready); // never behind where this round began
        QVERIFY(!restored.isEmpty() || durable == 0);
        if (!restored.isEmpty())
            QCOMPARE(editor.draftState(), VisitEditor::DraftRestored);
        // Nothing of the draft went into the record or the outbox: only check-out or a save does that.
        QVERIFY(Repository<Visit>(*session.store()).get(visitId)->notes.isEmpty());
        restoredBefore = restored.size();
    }
    qInfo("%d rounds, %d killed mid-typing", kRounds, killedMidway);
    QVERIFY(killedMidway >= 1); // the random moments did land in the typing
}

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"

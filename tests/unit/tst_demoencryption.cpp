#include "demo/demoneighbourhood.h"
#include "person.h"
#include "postcard.h"
#include "repository.h"
#include "store.h"
#include "team.h"
#include "visit.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

using namespace doorstep;

// The demo neighbourhood goes through the repositories, so nothing personal may reach the disk in clear:
// not in the database file, not in its -wal or -shm, not in any other file of the data directory.
class TestDemoEncryption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noPlaintextOnDisk();

private:
    struct Finding
    {
        QString file;
        QString sample;
    };
    // Every file under directory, byte for byte, against every sample as UTF-8.
    static QList<Finding> scan(const QString &directory, const QStringList &samples, QStringList *filesRead);
};

void TestDemoEncryption::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QList<TestDemoEncryption::Finding> TestDemoEncryption::scan(const QString &directory, const QStringList &samples,
                                                            QStringList *filesRead)
{
    // One pass per file however many samples there are: a bitmap of the samples' first three bytes
    // rejects almost every position at once, and only the rest are compared in full. (The -wal file
    // can be tens of megabytes; a search per sample would take seconds.)
    QList<QByteArray> needles;
    QHash<quint32, QList<qsizetype>> byPrefix;
    std::vector<bool> prefixes(1 << 24, false);
    for (const QString &sample : samples) {
        const QByteArray bytes = sample.toUtf8();
        if (bytes.size() < 3)
            return {{QString(), QStringLiteral("<sample too short to scan for>")}};
        const quint32 key = quint32(uchar(bytes[0])) << 16 | quint32(uchar(bytes[1])) << 8 | uchar(bytes[2]);
        prefixes[key] = true;
        byPrefix[key].append(needles.size());
        needles.append(bytes);
    }
    QList<Finding> findings;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            findings.append({path, QStringLiteral("<unreadable>")});
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (filesRead)
            filesRead->append(QFileInfo(path).fileName());
        const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
        const qsizetype size = bytes.size();
        QSet<qsizetype> found;
        for (qsizetype i = 0; i + 3 <= size; ++i) {
            const quint32 key = quint32(data[i]) << 16 | quint32(data[i + 1]) << 8 | data[i + 2];
            if (!prefixes[key])
                continue;
            for (qsizetype n : byPrefix.value(key)) {
                const QByteArray &needle = needles[n];
                if (i + needle.size() <= size && std::memcmp(data + i, needle.constData(), size_t(needle.size())) == 0)
                    found.insert(n);
            }
        }
        for (qsizetype n : std::as_const(found))
            findings.append({QFileInfo(path).fileName(), samples[n]});
    }
    return findings;
}

void TestDemoEncryption::noPlaintextOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store::Options options;
    options.directory = dir.path();
    options.cost = KeyVault::testCost();
    auto opened = Store::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    std::unique_ptr<Store> store = std::move(opened).value();
    QVERIFY(store->createKey(QStringLiteral("246810")).ok());

    QElapsedTimer timer;
    timer.start();
    auto generated = DemoNeighbourhood::generate(*store);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message()));
    qInfo("demo neighbourhood generated in %lld ms", qint64(timer.elapsed()));
    const DemoNeighbourhood::Summary summary = generated.value();
    const QStringList samples = summary.plaintextSamples;

    // The counts, read back through the repositories rather than taken from the summary.
    auto people = Repository<Person>(*store).list();
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 150);
    QCOMPARE(summary.people, 150);
    auto visits = Repository<Visit>(*store).list();
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), 1000);
    QCOMPARE(summary.visits, 1000);
    auto postcards = Repository<Postcard>(*store).list();
    QVERIFY(postcards.ok());
    QCOMPARE(postcards->size(), 156);
    QCOMPARE(summary.postcards, 156);

    // Seed 000 §6: the frequency of each score 1..10, and how many answered each question.
    const std::array<int, 10> seedQ1{21, 20, 18, 10, 8, 6, 9, 18, 24, 21};
    const std::array<int, 10> seedQ2{24, 11, 17, 11, 9, 8, 11, 16, 16, 30};
    std::array<int, 10> q1{};
    std::array<int, 10> q2{};
    int blankQ1 = 0;
    int blankQ2 = 0;
    for (const Postcard &card : *postcards) {
        QVERIFY(card.q1 >= 0 && card.q1 <= 10);
        QVERIFY(card.q2 >= 0 && card.q2 <= 10);
        if (card.q1)
            ++q1[size_t(card.q1 - 1)];
        else
            ++blankQ1;
        if (card.q2)
            ++q2[size_t(card.q2 - 1)];
        else
            ++blankQ2;
    }
    for (size_t score = 0; score < 10; ++score) {
        QCOMPARE(q1[score], seedQ1[score]);
        QCOMPARE(q2[score], seedQ2[score]);
    }
    QCOMPARE(blankQ1, 156 - 155);
    QCOMPARE(blankQ2, 156 - 153);

    // The samples cover every name and NHS number stored, and every visit note has a phrase among them,
    // so the scan below looks for everything that matters.
    for (const Person &person : *people) {
        QVERIFY(samples.contains(person.name));
        QVERIFY(samples.contains(person.nhsNumber));
    }
    int notes = 0;
    for (const Visit &visit : *visits) {
        if (visit.notes.isEmpty())
            continue;
        ++notes;
        QVERIFY(std::any_of(samples.begin(), samples.end(),
                            [&](const QString &s) { return s.size() >= 12 && visit.notes.contains(s); }));
    }
    QVERIFY(notes > 500);

    // While the store is open the latest pages live in the -wal file; scan then, and again after closing,
    // when they have been checkpointed into the database file.
    const QString database = Store::databaseFileName();
    QStringList filesOpen;
    QList<Finding> findings = scan(dir.path(), samples, &filesOpen);
    QVERIFY2(filesOpen.contains(database), qPrintable(filesOpen.join(u',')));
    QVERIFY2(filesOpen.contains(database + QStringLiteral("-wal")), qPrintable(filesOpen.join(u',')));
    QVERIFY2(filesOpen.contains(database + QStringLiteral("-shm")), qPrintable(filesOpen.join(u',')));
    QVERIFY(filesOpen.contains(Store::keyFileName()));
    store.reset();
    QStringList filesClosed;
    findings += scan(dir.path(), samples, &filesClosed);
    QVERIFY(filesClosed.contains(database));
    for (const Finding &f : std::as_const(findings))
        qWarning("plaintext in %s: %s", qPrintable(f.file), qPrintable(f.sample));
    QCOMPARE(findings.size(), 0);

    // The scan does find text stored in clear: the team's name is not personal and is not encrypted.
    auto reopened = Store::open(options);
    QVERIFY(reopened.ok());
    QVERIFY((*reopened)->unlock(QStringLiteral("246810")).ok());
    auto team = Repository<Team>(**reopened).get(summary.teamId);
    QVERIFY(team.ok());
    reopened.value().reset();
    QCOMPARE(scan(dir.path(), {team->name}, nullptr).size(), 1);
    // And a sample written in clear to any file under the directory would be caught.
    QFile control(dir.filePath(QStringLiteral("sub/control.txt")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("prefix " + samples.first().toUtf8() + " suffix");
    control.close();
    const QList<Finding> caught = scan(dir.path(), samples, nullptr);
    QVERIFY(std::any_of(caught.begin(), caught.end(), [&](const Finding &f) { return f.sample == samples.first(); }));
    for (const Finding &f : caught)
        QCOMPARE(f.file, QStringLiteral("control.txt"));
}

QTEST_GUILESS_MAIN(TestDemoEncryption)
#include "tst_demoencryption.moc"

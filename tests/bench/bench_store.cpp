// bench_store: how fast the store writes. Not a test: it prints one JSON object per line,
// {"name": ..., "value": ..., "unit": ...}, for the figures the foundation issue asks for.
//
//   bench_store [--dir <directory>] [--edits <n>] [--records <n>] [--skip-prefill] [--only <part>]
//
// --dir puts the stores in <directory> (default: a temporary directory under TMPDIR), so the same
// build can be measured on a real disk and on tmpfs (where fsync is free and only CPU remains).

#include "database.h"
#include "demo/demoneighbourhood.h"
#include "hybridlogicalclock.h"
#include "recordstore.h"
#include "repository.h"
#include "statement.h"
#include "store.h"
#include "transaction.h"
#include "uuid.h"
#include "visit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace doorstep;

namespace {

const QString kPin = QStringLiteral("314159");

void report(const char *name, double value, const char *unit)
{
    const QJsonObject line{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("value"), std::round(value * 1000) / 1000},
                           {QStringLiteral("unit"), QLatin1String(unit)}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_store: %s: %s\n", qPrintable(what), qPrintable(error.message()));
    std::exit(1);
}

std::unique_ptr<Store> newStore(const QString &directory)
{
    Store::Options options;
    options.directory = directory;
    options.cost = KeyVault::testCost(); // the PIN's cost is paid once at unlock, not per write
    auto opened = Store::open(options);
    if (!opened)
        die(QStringLiteral("open"), opened.error());
    if (Status s = (*opened)->createKey(kPin); !s)
        die(QStringLiteral("createKey"), s.error());
    return std::move(opened).value();
}

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
    return sorted[index];
}

// Visit notes of about the given length, varied so that nothing compresses or repeats conveniently.
QString noteText(std::mt19937 &random, int length)
{
    static const QStringList phrases{
        QStringLiteral("Arrived on time and was let in by the daughter. "),
        QStringLiteral("Leg ulcer dressed; wound bed looks cleaner than last week. "),
        QStringLiteral("Talked through the morning routine and where help is needed. "),
        QStringLiteral("Blood pressure taken sitting and standing, both within range. "),
        QStringLiteral("Agreed to refer for a bathing assessment with the OT. "),
        QStringLiteral("Said the new tablets make the mornings easier. "),
        QStringLiteral("Phoned the pharmacy about the late delivery from the house. "),
        QStringLiteral("Walked to the end of the garden with the frame, resting once. "),
    };
    QString text;
    text.reserve(length + 80);
    while (text.size() < length)
        text += phrases[int(random() % phrases.size())];
    text.truncate(length);
    return text;
}

// Physical reference: a bare synchronous=FULL commit of two small rows through the wrapper.
void benchBareCommit(const QString &directory)
{
    auto db = Database::open(QDir(directory).filePath(QStringLiteral("bare.sqlite")));
    if (!db)
        die(QStringLiteral("bare open"), db.error());
    Database &d = **db;
    if (Status s = d.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"); !s)
        die(QStringLiteral("bare schema"), s.error());
    std::vector<double> ms;
    for (int i = 0; i < 1100; ++i) {
        QElapsedTimer timer;
        timer.start();
        Transaction t(d);
        for (int r = 0; r < 2; ++r) {
            Statement &s = d.statement(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
            s.bind(1, QStringLiteral("a small row of about sixty characters, like an outbox entry"));
            if (Status st = s.run(); !st)
                die(QStringLiteral("bare insert"), st.error());
        }
        if (Status s = t.commit(); !s)
            die(QStringLiteral("bare commit"), s.error());
        if (i >= 100)
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report("sqlite_bare_commit_p50", percentile(ms, 0.50), "ms");
    report("sqlite_bare_commit_p99", percentile(ms, 0.99), "ms");
}

// A durable single edit: Repository<Visit>::update on a store that already holds a neighbourhood.
void benchEdits(const QString &directory, int edits, bool prefill)
{
    auto store = newStore(directory);
    QElapsedTimer timer;
    timer.start();
    if (prefill) {
        auto generated = DemoNeighbourhood::generate(*store);
        if (!generated)
            die(QStringLiteral("demo"), generated.error());
        report("demo_generate", double(timer.elapsed()), "ms");
    }
    Repository<Visit> visits(*store);
    auto all = visits.list();
    if (!all)
        die(QStringLiteral("list"), all.error());
    QList<Visit> items = *all;
    if (items.isEmpty()) {
        for (int i = 0; i < 200; ++i) {
            Visit v;
            v.personId = Uuid::createV7();
            v.practitionerId = Uuid::createV7();
            v.plannedAt = QDateTime::currentDateTimeUtc();
            v.visitType = QStringLiteral("review");
            if (auto id = visits.create(v); !id)
                die(QStringLiteral("create"), id.error());
            items.append(v);
        }
    }
    std::mt19937 random(7);
    const int warmUp = 100;
    std::vector<double> ms;
    ms.reserve(size_t(edits));
    for (int i = 0; i < warmUp + edits; ++i) {
        Visit &v = items[i % items.size()];
        v.notes = noteText(random, 300 + int(random() % 400)) + QString::number(i);
        QElapsedTimer t;
        t.start();
        if (Status s = visits.update(v); !s)
            die(QStringLiteral("update"), s.error());
        if (i >= warmUp)
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    report("store_edit_p50", percentile(ms, 0.50), "ms");
    report("store_edit_p99", percentile(ms, 0.99), "ms");
}

// Applying pulled pages: JSON fields decoded, personal fields encrypted, stamps merged, rows written.
void benchApply(const QString &directory, const char *name, int records, int noteLength)
{
    auto store = newStore(directory);
    const int pageSize = 1000;
    std::mt19937 random(11);
    const QString person = Uuid::createV7();
    const QString practitioner = Uuid::createV7();
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 86400000LL * 90;
    const quint64 node = 0x5eed5eed5eedULL;
    qint64 applyNs = 0;
    for (int start = 0; start < records; start += pageSize) {
        // Building the page stands for receiving it; only applyRemote is timed.
        std::vector<RemoteRecord> page;
        page.reserve(size_t(pageSize));
        for (int i = start; i < std::min(records, start + pageSize); ++i) {
            const qint64 planned = base + qint64(i) * 60000;
            RemoteRecord r;
            r.id = Uuid::createV7(planned);
            r.hlc = HybridLogicalClock::pack(planned, 0);
            r.node = node;
            r.fields = QJsonObject{
                {QStringLiteral("personId"), person},
                {QStringLiteral("practitionerId"), practitioner},
                {QStringLiteral("plannedAt"),
                 QDateTime::fromMSecsSinceEpoch(planned, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("checkedInAt"),
                 QDateTime::fromMSecsSinceEpoch(planned + 120000, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("checkedOutAt"),
                 QDateTime::fromMSecsSinceEpoch(planned + 2520000, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("visitType"), QStringLiteral("nursing")},
                {QStringLiteral("notes"), noteText(random, noteLength)},
                {QStringLiteral("nextSteps"), QStringLiteral("District nurse to revisit on Thursday.")},
                {QStringLiteral("coordinatorId"), practitioner},
            };
            page.push_back(std::move(r));
        }
        QElapsedTimer timer;
        timer.start();
        if (Status s = store->records().applyRemote(Visit::schema(), page); !s)
            die(QStringLiteral("applyRemote"), s.error());
        applyNs += timer.nsecsElapsed();
    }
    report(name, records / (double(applyNs) / 1e9), "records/s");
}

// The physical limit: bound inserts of similar-sized rows in one transaction, nothing else.
void benchRawInsert(const QString &directory, const char *name, int rows, int payload)
{
    auto db = Database::open(QDir(directory).filePath(QStringLiteral("raw-%1.sqlite").arg(payload)));
    if (!db)
        die(QStringLiteral("raw open"), db.error());
    Database &d = **db;
    if (Status s = d.exec("CREATE TABLE raw (id TEXT PRIMARY KEY NOT NULL, planned INTEGER, body BLOB, stamps BLOB)");
        !s)
        die(QStringLiteral("raw schema"), s.error());
    std::mt19937 random(13);
    std::vector<QString> ids;
    std::vector<QByteArray> bodies;
    ids.reserve(size_t(rows));
    bodies.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        ids.push_back(Uuid::createV7(1700000000000LL + i));
        QByteArray body(payload, Qt::Uninitialized);
        for (auto &c : body)
            c = char(random());
        bodies.push_back(body);
    }
    const QByteArray stamps(17 * 13, '\x01');
    QElapsedTimer timer;
    timer.start();
    Transaction t(d);
    for (int i = 0; i < rows; ++i) {
        Statement &s = d.statement(QStringLiteral("INSERT INTO raw (id, planned, body, stamps) VALUES (?, ?, ?, ?)"));
        s.bind(1, ids[size_t(i)]);
        s.bind(2, qint64(i));
        s.bind(3, bodies[size_t(i)]);
        s.bind(4, stamps);
        if (Status st = s.run(); !st)
            die(QStringLiteral("raw insert"), st.error());
    }
    if (Status s = t.commit(); !s)
        die(QStringLiteral("raw commit"), s.error());
    report(name, rows / (double(timer.nsecsElapsed()) / 1e9), "rows/s");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Doorstep store benchmark: one JSON object per line."));
    parser.addHelpOption();
    QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Directory for the stores."),
                                 QStringLiteral("directory"));
    QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Timed edits."), QStringLiteral("n"),
                                   QStringLiteral("2000"));
    QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Records to apply."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption skipPrefill(QStringLiteral("skip-prefill"), QStringLiteral("Edit an almost empty store."));
    QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one part only."), QStringLiteral("part"));
    parser.addOptions({dirOption, editsOption, recordsOption, skipPrefill, onlyOption});
    parser.process(app);

    QTemporaryDir temporary(parser.isSet(dirOption)
                                ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
                                : QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "bench_store: cannot create a directory for the stores\n");
        return 1;
    }
    auto sub = [&](const char *name) {
        const QString path = temporary.filePath(QLatin1String(name));
        QDir().mkpath(path);
        return path;
    };
    const int edits = std::max(1, parser.value(editsOption).toInt());
    const int records = std::max(1000, parser.value(recordsOption).toInt());

    const QString only = parser.value(onlyOption);
    auto wanted = [&](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    if (wanted("bare"))
        benchBareCommit(sub("bare"));
    if (wanted("edit"))
        benchEdits(sub("edit"), edits, !parser.isSet(skipPrefill));
    if (wanted("apply"))
        benchApply(sub("apply"), "store_apply", records, 1500);
    if (wanted("apply_small"))
        benchApply(sub("apply-small"), "store_apply_small", records, 60);
    if (wanted("raw"))
        benchRawInsert(sub("raw"), "store_raw_insert", records, 1600);
    if (wanted("raw_small"))
        benchRawInsert(sub("raw-small"), "store_raw_insert_small", records, 160);
    return 0;
}

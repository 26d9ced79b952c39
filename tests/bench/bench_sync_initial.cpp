// bench_sync_initial: a new tablet's first sync. The server holds a neighbourhood team of a few
// hundred people with 100,000 home visits (about 1.5 KB of notes each), written by ten practitioners'
// devices that pushed them through the real protocol (not timed). An empty, durable device store
// then signs in and syncs; the clock runs from the first pull request to the last page applied.
//
//   bench_sync_initial [--visits N] [--people N] [--dir DIRECTORY] [--only sqlite|postgres]
//
// Two figures per backend: over loopback HTTP to the real doorstep-server process with the real
// SyncClient and HttpTransport (what a tablet does), and over the in-process ServiceTransport to the
// same SyncService code on the same database (no HTTP, no second process). In process, the figures
// also say how the time splits between the server's work and the device's own decoding and applying;
// over HTTP the client fetches pages ahead on a thread of its own, so the two overlap, and the time
// its requests took is given instead.
// PostgreSQL runs when DOORSTEP_BENCH_POSTGRES holds a connection string (see benchsyncbackend.h).

#include "benchsyncbackend.h"
#include "benchsyncdevice.h"
#include "benchsyncoutput.h"
#include "benchsyncrecords.h"
#include "benchsyncseeder.h"
#include "benchsyncserver.h"
#include "benchsyncworkdirectory.h"
#include "database.h"
#include "httptransport.h"
#include "outbox.h"

#include <QCommandLineParser>

using namespace doorstep;
using namespace doorstep::benchsync;

namespace {

struct Options
{
    int visits = 100000;
    int people = 300;
    int writers = 10;
    QString directory;
    bool lineBreaks = true;
    bool trace = false;
};

qint64 countRows(Store &store, const char *table)
{
    Statement &s = store.database().statement(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return n;
}

// Fills the server through the protocol: one device writes the people, then each practitioner's
// device writes its share of the visits, and each pushes (in-process, 500 mutations a batch).
void seed(const QString &location, const QString &directory, const Options &o)
{
    QElapsedTimer timer;
    timer.start();
    BenchSeeder seeder(location);
    const QString team = seeder.createTeam(QStringLiteral("Bench Neighbourhood Team"));
    for (int w = 0; w < o.writers; ++w)
        seeder.createUser(QStringLiteral("writer.%1").arg(w), team);
    for (const char *reader : {"reader.http", "reader.direct"})
        seeder.createUser(QLatin1String(reader), team);

    RecordMaker maker(20261123);
    maker.words().setLineBreaks(o.lineBreaks);
    QStringList people;
    qint64 makeNs = 0;
    qint64 pushNs = 0;
    for (int w = 0; w < o.writers; ++w) {
        BenchDevice writer(QDir(directory).filePath(QStringLiteral("writer-%1").arg(w)), false);
        writer.connect(seeder.transport(), 500);
        writer.enrol(QStringLiteral("writer.%1").arg(w), BenchSeeder::password());
        QElapsedTimer step;
        step.start();
        if (w == 0)
            people = maker.createPeople(writer.store(), team, o.people);
        const int share = o.visits / o.writers + (w < o.visits % o.writers ? 1 : 0);
        maker.createVisits(writer.store(), people, writer.enrolment().userId, share);
        makeNs += step.nsecsElapsed();
        step.restart();
        writer.pushOnly();
        pushNs += step.nsecsElapsed();
        if (writer.store().outbox().count() != 0)
            die(QStringLiteral("seed"), QStringLiteral("the writer's outbox did not empty"));
        progress(QStringLiteral("seeded writer %1/%2: %3 visits").arg(w + 1).arg(o.writers).arg(share));
    }
    progress(QStringLiteral("seeding took %1 s (writing on devices %2 s, pushing %3 s)")
                 .arg(secondsSince(timer), 0, 'f', 1)
                 .arg(double(makeNs) / 1e9, 0, 'f', 1)
                 .arg(double(pushNs) / 1e9, 0, 'f', 1));
}

// The timed part: an enrolled, empty device syncs everything. Reports under prefix.
// \a server is the server process over HTTP, null in process.
void measure(BenchDevice &device, const QString &prefix, const Options &o, const BenchServer *server)
{
    const bool http = server != nullptr;
    device.meter().resetCounts();
    device.meter().setTrace(o.trace);
    QElapsedTimer timer;
    const double serverCpuBefore = http ? server->cpuSeconds() : 0;
    const double deviceCpuBefore = BenchServer::processCpuSeconds(QCoreApplication::applicationPid());
    timer.start();
    const SyncOutcome outcome = device.sync();
    const qint64 wallNs = timer.nsecsElapsed();
    const double deviceCpu = BenchServer::processCpuSeconds(QCoreApplication::applicationPid()) - deviceCpuBefore;
    const double serverCpu = http ? server->cpuSeconds() - serverCpuBefore : 0;
    const qint64 visits = countRows(device.store(), "visits");
    if (visits != o.visits)
        die(prefix, QStringLiteral("the device holds %1 visits, not %2").arg(visits).arg(o.visits));
    const double seconds = double(wallNs) / 1e9;
    const double deviceSeconds = double(wallNs - device.meter().waitNs()) / 1e9;
    report(prefix + QStringLiteral("_records_per_s"), outcome.pulled / seconds, "records/s");
    report(prefix + QStringLiteral("_records"), outcome.pulled, "records");
    report(prefix + QStringLiteral("_seconds"), seconds, "s");
    if (http) {
        // Over HTTP the client fetches and decodes pages on a thread of its own while it applies
        // earlier ones, so the time requests took overlaps the device's work: it is no longer a wait.
        report(prefix + QStringLiteral("_request_time_percent"),
               100.0 * double(device.meter().waitNs()) / double(wallNs), "%");
        // Both processes share the machine's cores: what each spent says which one to make cheaper.
        report(prefix + QStringLiteral("_server_cpu_s"), serverCpu, "s");
        report(prefix + QStringLiteral("_device_cpu_s"), deviceCpu, "s");
    } else {
        report(prefix + QStringLiteral("_server_percent"), 100.0 * double(device.meter().waitNs()) / double(wallNs),
               "%");
        report(prefix + QStringLiteral("_device_only_records_per_s"), outcome.pulled / deviceSeconds, "records/s");
    }
    report(prefix + QStringLiteral("_pages"), double(device.meter().requests()), "requests");
    if (http)
        report(prefix + QStringLiteral("_body_bytes_per_record"), double(device.meter().replyBytes()) / outcome.pulled,
               "B");
}

void run(const QString &backendName, const Options &o)
{
    WorkDirectory work(o.directory, "bench_sync_initial");
    auto backend = BenchBackend::make(backendName, work.sub(QStringLiteral("server")), QStringLiteral("initial"));
    if (!backend)
        return;
    const QString prefix = backend->name() + QStringLiteral("_initial_");
    progress(QStringLiteral("%1: seeding %2 visits of %3 people").arg(backend->name()).arg(o.visits).arg(o.people));
    seed(backend->location(), work.path(), o);

    {
        BenchServer server(backend->location());
        server.start();
        HttpTransport http(server.url(), 120000);
        BenchDevice device(work.sub(QStringLiteral("reader-http")), true);
        device.connect(http);
        device.enrol(QStringLiteral("reader.http"), BenchSeeder::password());
        progress(QStringLiteral("%1: initial sync over HTTP").arg(backend->name()));
        measure(device, prefix + QStringLiteral("http"), o, &server);
    }
    {
        // The same server code and database, durable like the server process, called directly.
        BenchSeeder service(backend->location(), true);
        BenchDevice device(work.sub(QStringLiteral("reader-direct")), true);
        device.connect(service.transport());
        device.enrol(QStringLiteral("reader.direct"), BenchSeeder::password());
        progress(QStringLiteral("%1: initial sync in process").arg(backend->name()));
        measure(device, prefix + QStringLiteral("direct"), o, nullptr);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    startBenchmark();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Initial sync benchmark: one JSON object per line."));
    parser.addHelpOption();
    QCommandLineOption visits(QStringLiteral("visits"), QStringLiteral("Visits on the server."), QStringLiteral("n"),
                              QStringLiteral("100000"));
    QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People they belong to."), QStringLiteral("n"),
                              QStringLiteral("300"));
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Directory for stores and the server file."),
                           QStringLiteral("directory"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("sqlite or postgres."), QStringLiteral("backend"));
    QCommandLineOption singleParagraph(QStringLiteral("single-paragraph"),
                                       QStringLiteral("Notes without line breaks (no JSON escapes)."));
    QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Print each page's timings to stderr."));
    parser.addOptions({visits, people, dir, only, trace, singleParagraph});
    parser.process(app);

    Options o;
    o.visits = std::max(o.writers, parser.value(visits).toInt());
    o.people = std::max(1, parser.value(people).toInt());
    o.directory = parser.value(dir);
    o.lineBreaks = !parser.isSet(singleParagraph);
    o.trace = parser.isSet(trace);
    for (const char *backend : {"sqlite", "postgres"}) {
        if (!parser.isSet(only) || parser.value(only) == QLatin1String(backend))
            run(QLatin1String(backend), o);
    }
    return 0;
}

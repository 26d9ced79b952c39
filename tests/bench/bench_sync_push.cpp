// bench_sync_push: a tablet that is already synced makes 1,000 offline edits (a visit's notes
// rewritten, about 1.5 KB each) and syncs at base; the clock runs from the start of the sync until
// the server has acknowledged the last of them (the outbox is empty). The full cycle, which then
// pulls the same records back with the server's sequence numbers, is reported too.
//
//   bench_sync_push [--edits N] [--rounds N] [--batch N] [--dir DIRECTORY] [--only sqlite|postgres]
//                   [--delay-ms N --mbit M]
//
// With --delay-ms, the device reaches the server through a slower link than loopback (WanLink:
// every piece delayed N ms each way, at most M megabits a second), and the figures are named
// with it (sqlite_push_link_20ms_100mbit_…).
// Real doorstep-server process over loopback HTTP, real SyncClient and HttpTransport, durable
// device store (synchronous=FULL), the client's own batch size unless --batch is given. The edits
// themselves are made before the clock starts. Each round edits other visits; the figure is the
// median of the rounds. PostgreSQL runs when DOORSTEP_BENCH_POSTGRES is set.

#include "benchsyncbackend.h"
#include "benchsyncdevice.h"
#include "benchsyncoutput.h"
#include "benchsyncrecords.h"
#include "benchsyncseeder.h"
#include "benchsyncserver.h"
#include "benchsyncwanlink.h"
#include "benchsyncworkdirectory.h"
#include "httptransport.h"
#include "outbox.h"

#include <QCommandLineParser>

using namespace doorstep;
using namespace doorstep::benchsync;

namespace {

struct Options
{
    int edits = 1000;
    int rounds = 5;
    int batch = 0; // the client's default
    int people = 50;
    QString directory;
    bool lineBreaks = true;
    bool trace = false;
    int delayMs = 0; // with a slower link than loopback
    double mbit = 100;
};

void run(const QString &backendName, const Options &o)
{
    WorkDirectory work(o.directory, "bench_sync_push");
    auto backend = BenchBackend::make(backendName, work.sub(QStringLiteral("server")), QStringLiteral("push"));
    if (!backend)
        return;
    const QString prefix = backend->name() + QStringLiteral("_push_")
        + (o.delayMs > 0 ? QStringLiteral("link_%1ms_%2mbit_").arg(o.delayMs).arg(o.mbit) : QString());
    const int visitsOnServer = o.edits * std::min(o.rounds, 3);

    // Not timed: a colleague's device fills the server; the tablet enrols.
    auto tablet = std::make_unique<BenchDevice>(work.sub(QStringLiteral("tablet")), true);
    {
        BenchSeeder seeder(backend->location());
        const QString team = seeder.createTeam(QStringLiteral("Bench Neighbourhood Team"));
        seeder.createUser(QStringLiteral("colleague"), team);
        seeder.createUser(QStringLiteral("tablet"), team);
        BenchDevice colleague(work.sub(QStringLiteral("colleague")), false);
        colleague.connect(seeder.transport(), 500);
        colleague.enrol(QStringLiteral("colleague"), BenchSeeder::password());
        RecordMaker maker(7);
        maker.words().setLineBreaks(o.lineBreaks);
        const QStringList people = maker.createPeople(colleague.store(), team, o.people);
        maker.createVisits(colleague.store(), people, colleague.enrolment().userId, visitsOnServer);
        colleague.pushOnly();
        tablet->connect(seeder.transport());
        tablet->enrol(QStringLiteral("tablet"), BenchSeeder::password());
    }

    BenchServer server(backend->location());
    server.start();
    std::unique_ptr<WanLink> link;
    if (o.delayMs > 0)
        link = std::make_unique<WanLink>(quint16(server.url().port()), o.delayMs, o.mbit);
    HttpTransport http(link ? link->url() : server.url(), 120000);
    tablet->connect(http, o.batch);
    tablet->sync(); // the tablet is synced before it goes out
    auto listed = Repository<Visit>(tablet->store()).list();
    if (!listed)
        die(QStringLiteral("list visits"), listed.error());
    QList<Visit> visits = *listed;
    if (visits.size() < o.edits)
        die(QStringLiteral("setup"), QStringLiteral("the tablet holds only %1 visits").arg(visits.size()));

    RecordMaker maker(11);
    maker.words().setLineBreaks(o.lineBreaks);
    std::vector<double> acknowledgedMs;
    std::vector<double> cycleMs;
    std::vector<double> waitingPercent;
    std::vector<double> serverCpuMs;
    qint64 requestBytes = 0;
    for (int round = 0; round < o.rounds; ++round) {
        // Out at people's homes: edits made offline, each a durable write of its own.
        Repository<Visit> repository(tablet->store());
        for (int i = 0; i < o.edits; ++i) {
            Visit &v = visits[(qsizetype(round) * o.edits + i) % visits.size()];
            v.notes = maker.words().note(maker.words().around(1500, 300));
            check(repository.update(v), QStringLiteral("edit"));
        }
        if (tablet->store().outbox().count() != o.edits)
            die(QStringLiteral("edit"), QStringLiteral("the outbox does not hold the edits"));

        // Back at base: sync, and note when the last edit is acknowledged.
        tablet->meter().resetCounts();
        tablet->meter().setTrace(o.trace);
        QElapsedTimer timer;
        qint64 acknowledgedNs = -1;
        qint64 waitAtAcknowledgement = 0;
        qint64 requestBytesAtAcknowledgement = 0;
        double serverCpuAtAcknowledgement = 0;
        const double serverCpuBefore = server.threadCpuSeconds();
        timer.start();
        const SyncOutcome outcome = tablet->sync([&](int done, int total) {
            if (done >= total && acknowledgedNs < 0) {
                acknowledgedNs = timer.nsecsElapsed();
                serverCpuAtAcknowledgement = server.threadCpuSeconds() - serverCpuBefore;
                waitAtAcknowledgement = tablet->meter().waitNs();
                requestBytesAtAcknowledgement = tablet->meter().requestBytes();
            }
        });
        const qint64 cycleNs = timer.nsecsElapsed();
        if (acknowledgedNs < 0 || outcome.pushed != o.edits || tablet->store().outbox().count() != 0)
            die(QStringLiteral("push"),
                QStringLiteral("not every edit was acknowledged (%1 of %2)").arg(outcome.pushed).arg(o.edits));
        acknowledgedMs.push_back(double(acknowledgedNs) / 1e6);
        cycleMs.push_back(double(cycleNs) / 1e6);
        waitingPercent.push_back(100.0 * double(waitAtAcknowledgement) / double(acknowledgedNs));
        requestBytes += requestBytesAtAcknowledgement;
        serverCpuMs.push_back(serverCpuAtAcknowledgement * 1000);
        progress(QStringLiteral("%1: round %2: acknowledged after %3 ms, cycle %4 ms, %5 conflicts")
                     .arg(backend->name())
                     .arg(round + 1)
                     .arg(acknowledgedMs.back(), 0, 'f', 1)
                     .arg(cycleMs.back(), 0, 'f', 1)
                     .arg(outcome.conflicts));
    }
    const QString edits = QString::number(o.edits);
    report(prefix + edits + QStringLiteral("_edits_acknowledged_ms"), percentile(acknowledgedMs, 0.5), "ms");
    report(prefix + edits + QStringLiteral("_edits_acknowledged_min_ms"), percentile(acknowledgedMs, 0), "ms");
    report(prefix + edits + QStringLiteral("_edits_acknowledged_max_ms"), percentile(acknowledgedMs, 1), "ms");
    report(prefix + QStringLiteral("waiting_for_server_percent"), percentile(waitingPercent, 0.5), "%");
    report(prefix + edits + QStringLiteral("_edits_server_process_cpu_ms"), percentile(serverCpuMs, 0.5), "ms");
    report(prefix + QStringLiteral("request_bytes_per_edit"), double(requestBytes) / (double(o.edits) * o.rounds), "B");
    report(prefix + edits + QStringLiteral("_edits_full_cycle_ms"), percentile(cycleMs, 0.5), "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    startBenchmark();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Push benchmark: one JSON object per line."));
    parser.addHelpOption();
    QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Offline edits per round."), QStringLiteral("n"),
                             QStringLiteral("1000"));
    QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds (the median is reported)."),
                              QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Push batch size (default: the client's)."),
                             QStringLiteral("n"));
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Directory for stores and the server file."),
                           QStringLiteral("directory"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("sqlite or postgres."), QStringLiteral("backend"));
    QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Print each request's timings to stderr."));
    QCommandLineOption singleParagraph(QStringLiteral("single-paragraph"),
                                       QStringLiteral("Notes without line breaks (no JSON escapes)."));
    QCommandLineOption delay(QStringLiteral("delay-ms"),
                             QStringLiteral("Reach the server through a link that delays each way by this much."),
                             QStringLiteral("ms"));
    QCommandLineOption mbit(QStringLiteral("mbit"), QStringLiteral("That link's megabits a second (default 100)."),
                            QStringLiteral("mbit"), QStringLiteral("100"));
    parser.addOptions({edits, rounds, batch, dir, only, trace, singleParagraph, delay, mbit});
    parser.process(app);

    Options o;
    o.edits = std::max(1, parser.value(edits).toInt());
    o.rounds = std::max(1, parser.value(rounds).toInt());
    o.batch = parser.isSet(batch) ? std::clamp(parser.value(batch).toInt(), 1, 500) : 0;
    o.directory = parser.value(dir);
    o.lineBreaks = !parser.isSet(singleParagraph);
    o.trace = parser.isSet(trace);
    o.delayMs = std::clamp(parser.value(delay).toInt(), 0, 1000);
    o.mbit = std::clamp(parser.value(mbit).toDouble(), 0.1, 100000.0);
    for (const char *backend : {"sqlite", "postgres"}) {
        if (!parser.isSet(only) || parser.value(only) == QLatin1String(backend))
            run(QLatin1String(backend), o);
    }
    return 0;
}

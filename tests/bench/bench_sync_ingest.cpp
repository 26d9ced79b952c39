// bench_sync_ingest: 200 tablets push to one server at once. Each tablet is a real device store
// whose outbox was filled through the store's write path before the clock starts (home visits:
// created, checked in with a location fix, checked out with about 1.5 KB of notes); its push bodies
// are then made from that outbox exactly as SyncClient makes them (ProtocolCodec::encodePush), so
// what is timed is the server alone: precomputed push bodies from real stores.
//
//   bench_sync_ingest [--tablets N] [--batch N] [--burst N] [--paced N] [--rate N] [--teams N]
//                     [--dir DIRECTORY] [--only sqlite|postgres]
//
// One client process drives the tablets over loopback HTTP, one QNetworkAccessManager (so one
// connection) per tablet, against one doorstep-server process:
//  - burst: every tablet pushes its first --burst batches back to back, all starting together (a
//    whole team back at base at five o'clock). Gives the server's capacity in mutations/s, and the
//    latency of each batch from sending to answer, queueing included.
//  - paced: the next --paced batches of every tablet arrive at --rate mutations/s in all, spread
//    over the tablets in turn. Latency is measured from when each batch was due, so a server that
//    falls behind shows it.
// Stops by itself when every batch is answered (or gives up after ten minutes).

#include "benchsyncbackend.h"
#include "benchsyncdevice.h"
#include "benchsyncoutput.h"
#include "benchsyncrecords.h"
#include "benchsyncseeder.h"
#include "benchsyncserver.h"
#include "benchsyncworkdirectory.h"
#include "migrations.h"
#include "outbox.h"
#include "protocolcodec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace doorstep;
using namespace doorstep::benchsync;

namespace {

struct Options
{
    int tablets = 200;
    int batch = 100;
    int burst = 2;
    int paced = 2;
    int rate = 5000;
    int teams = 10;
    int peoplePerTeam = 30;
    QString directory;
};

struct Tablet
{
    QByteArray token;
    std::vector<QByteArray> bodies;
    std::vector<qint64> lastCounters;
    std::unique_ptr<QNetworkAccessManager> network;
    size_t next = 0; // the next batch to send
    bool inFlight = false;
    size_t due = 0; // batches of the paced phase that are due (sent in order, one at a time)
    std::vector<qint64> dueAt; // when each batch was due, or was sent (ns on the run's clock)
};

// Fills one tablet's outbox with exactly n mutations, a visit's life at a time.
void writeOutbox(Store &store, RecordMaker &maker, const QStringList &people, const QString &practitioner, int n)
{
    Repository<Visit> visits(store);
    int written = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (written < n) {
        Visit full = maker.visit(people.at(qsizetype(maker.words().next() % quint32(people.size()))), practitioner,
                                 now - qint64(maker.words().next() % 86400) * 1000);
        Visit v = full;
        v.checkedInAt = v.checkedOutAt = v.locationAt = QDateTime();
        v.latitude = v.longitude = v.locationAccuracy = std::numeric_limits<double>::quiet_NaN();
        v.notes.clear();
        v.nextSteps.clear();
        if (auto id = visits.create(v); !id)
            die(QStringLiteral("create visit"), id.error());
        if (++written == n)
            break;
        v.checkedInAt = full.checkedInAt; // at the door, with a location fix when one was taken
        v.latitude = full.latitude;
        v.longitude = full.longitude;
        v.locationAccuracy = full.locationAccuracy;
        v.locationAt = full.locationAt;
        check(visits.update(v), QStringLiteral("check in"));
        if (++written == n)
            break;
        v.checkedOutAt = full.checkedOutAt; // leaving, notes written
        v.notes = full.notes;
        v.nextSteps = full.nextSteps;
        check(visits.update(v), QStringLiteral("check out"));
        ++written;
    }
}

std::vector<Tablet> prepare(const QString &location, const WorkDirectory &work, const Options &o)
{
    QElapsedTimer timer;
    timer.start();
    BenchSeeder seeder(location);
    std::vector<QString> teams;
    std::vector<QStringList> people;
    RecordMaker maker(5150);
    for (int t = 0; t < o.teams; ++t) {
        teams.push_back(seeder.createTeam(QStringLiteral("Bench Team %1").arg(t)));
        seeder.createUser(QStringLiteral("lead.%1").arg(t), teams.back());
        BenchDevice lead(work.sub(QStringLiteral("lead-%1").arg(t)), false);
        lead.connect(seeder.transport(), 500);
        lead.enrol(QStringLiteral("lead.%1").arg(t), BenchSeeder::password());
        people.push_back(maker.createPeople(lead.store(), teams.back(), o.peoplePerTeam));
        lead.pushOnly();
    }
    std::vector<Tablet> tablets(size_t(o.tablets));
    const int perTablet = o.batch * (o.burst + o.paced);
    for (int i = 0; i < o.tablets; ++i) {
        const int team = i % o.teams;
        const QString user = QStringLiteral("tablet.%1").arg(i);
        seeder.createUser(user, teams[size_t(team)]);
        // Synchronous=OFF while preparing: only what is in the outbox matters here, not its fsyncs.
        BenchDevice device(work.sub(QStringLiteral("tablet-%1").arg(i)), false);
        device.connect(seeder.transport());
        device.enrol(user, BenchSeeder::password());
        writeOutbox(device.store(), maker, people[size_t(team)], device.enrolment().userId, perTablet);
        auto entries = device.store().outbox().pending(perTablet);
        if (!entries || int(entries->size()) != perTablet)
            die(QStringLiteral("outbox"), QStringLiteral("tablet %1 does not hold %2 entries").arg(i).arg(perTablet));
        Tablet &t = tablets[size_t(i)];
        t.token = device.token();
        for (int b = 0; b < o.burst + o.paced; ++b) {
            const std::vector<OutboxEntry> chunk(entries->begin() + b * o.batch, entries->begin() + (b + 1) * o.batch);
            t.bodies.push_back(
                ProtocolCodec::encodePush(Migrations::latestVersion(), device.store().deviceId(), chunk));
            t.lastCounters.push_back(chunk.back().counter);
        }
        t.dueAt.assign(t.bodies.size(), 0);
        if ((i + 1) % 50 == 0)
            progress(QStringLiteral("prepared %1 tablets").arg(i + 1));
    }
    progress(QStringLiteral("preparing %1 tablets took %2 s").arg(o.tablets).arg(secondsSince(timer), 0, 'f', 1));
    return tablets;
}

class Driver
{
public:
    Driver(std::vector<Tablet> &tablets, const QUrl &url, const Options &o) : m_tablets(tablets), m_o(o)
    {
        m_url = url;
        m_url.setPath(QStringLiteral("/v1/push"));
        for (Tablet &t : m_tablets)
            t.network = std::make_unique<QNetworkAccessManager>();
        m_clock.start();
    }

    struct Phase
    {
        double seconds = 0;
        int mutations = 0;
        std::vector<double> latencyMs;
    };

    Phase burst()
    {
        m_latencies.clear();
        m_remaining = m_o.tablets * m_o.burst;
        m_phaseEnd = size_t(m_o.burst);
        const qint64 start = m_clock.nsecsElapsed();
        for (Tablet &t : m_tablets) {
            t.due = m_phaseEnd; // all of the burst is due at once, sent one after another
            t.dueAt[t.next] = start;
            send(t);
        }
        finish();
        return {double(m_lastAnswer - start) / 1e9, m_o.tablets * m_o.burst * m_o.batch, m_latencies};
    }

    Phase paced()
    {
        m_latencies.clear();
        m_remaining = m_o.tablets * m_o.paced;
        m_phaseEnd = size_t(m_o.burst + m_o.paced);
        const qint64 start = m_clock.nsecsElapsed();
        const double intervalNs = 1e9 * m_o.batch / m_o.rate;
        const int total = m_o.tablets * m_o.paced;
        int released = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = m_clock.nsecsElapsed();
            while (released < total && double(now - start) >= released * intervalNs) {
                Tablet &t = m_tablets[size_t(released % m_o.tablets)];
                const size_t index = size_t(m_o.burst + released / m_o.tablets);
                t.dueAt[index] = start + qint64(released * intervalNs);
                t.due = index + 1;
                if (!t.inFlight)
                    send(t);
                ++released;
            }
            if (released == total)
                tick.stop();
        });
        tick.start(1);
        finish();
        return {double(m_lastAnswer - start) / 1e9, total * m_o.batch, m_latencies};
    }

private:
    void send(Tablet &t)
    {
        if (t.next >= t.due || t.next >= m_phaseEnd)
            return;
        const size_t index = t.next;
        if (t.dueAt[index] == 0)
            t.dueAt[index] = m_clock.nsecsElapsed();
        t.inFlight = true;
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + t.token);
        request.setTransferTimeout(120000);
        QNetworkReply *reply = t.network->post(request, t.bodies[index]);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, &t, reply, index] {
            const qint64 now = m_clock.nsecsElapsed();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            const qint64 acknowledged
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("acknowledgedThrough")).toInteger(-1);
            if (status != 200 || acknowledged != t.lastCounters[index])
                die(QStringLiteral("push"),
                    QStringLiteral("HTTP %1, acknowledged through %2 instead of %3: %4")
                        .arg(status)
                        .arg(acknowledged)
                        .arg(t.lastCounters[index])
                        .arg(QString::fromUtf8(body.left(300))));
            m_latencies.push_back(double(now - t.dueAt[index]) / 1e6);
            m_lastAnswer = now;
            --m_remaining;
            t.inFlight = false;
            t.next = index + 1;
            if (t.next < t.due && t.dueAt[t.next] == 0)
                t.dueAt[t.next] = now; // back to back: due the moment the previous one is answered
            send(t);
        });
    }

    void finish()
    {
        bool done = false;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] { done = m_remaining == 0; });
        watch.start(5);
        if (!runUntil(done, 600000))
            die(QStringLiteral("ingest"), QStringLiteral("%1 batches unanswered after ten minutes").arg(m_remaining));
    }

    std::vector<Tablet> &m_tablets;
    const Options &m_o;
    QUrl m_url;
    QElapsedTimer m_clock;
    size_t m_phaseEnd = 0;
    int m_remaining = 0;
    qint64 m_lastAnswer = 0;
    std::vector<double> m_latencies;
};

void run(const QString &backendName, const Options &o)
{
    WorkDirectory work(o.directory, "bench_sync_ingest");
    auto backend = BenchBackend::make(backendName, work.sub(QStringLiteral("server")), QStringLiteral("ingest"));
    if (!backend)
        return;
    const QString prefix = backend->name() + QStringLiteral("_ingest_");
    progress(QStringLiteral("%1: preparing %2 tablets with %3 mutations each")
                 .arg(backend->name())
                 .arg(o.tablets)
                 .arg(o.batch * (o.burst + o.paced)));
    std::vector<Tablet> tablets = prepare(backend->location(), work, o);

    BenchServer server(backend->location());
    server.start();
    Driver driver(tablets, server.url(), o);
    const qint64 self = QCoreApplication::applicationPid();
    auto reportPhase = [&](const QString &name, const Driver::Phase &phase, double cpu, double clientCpu) {
        // On stderr: whether the server or this load generator was the one short of CPU.
        progress(QStringLiteral("%1: %2 took %3 s; CPU: server process %4 s, this client %5 s")
                     .arg(backend->name(), name)
                     .arg(phase.seconds, 0, 'f', 2)
                     .arg(cpu, 0, 'f', 2)
                     .arg(clientCpu, 0, 'f', 2));
        report(prefix + name + QStringLiteral("_mutations_per_s"), phase.mutations / phase.seconds, "mutations/s");
        report(prefix + name + QStringLiteral("_batch_p50_ms"), percentile(phase.latencyMs, 0.50), "ms");
        report(prefix + name + QStringLiteral("_batch_p99_ms"), percentile(phase.latencyMs, 0.99), "ms");
        report(prefix + name + QStringLiteral("_batch_max_ms"), percentile(phase.latencyMs, 1), "ms");
        if (cpu > 0)
            report(prefix + name + QStringLiteral("_server_process_cpu_us_per_mutation"), cpu * 1e6 / phase.mutations,
                   "us");
    };
    if (o.burst > 0) {
        progress(QStringLiteral("%1: burst").arg(backend->name()));
        const double cpuBefore = server.cpuSeconds();
        const double clientBefore = BenchServer::processCpuSeconds(self);
        const Driver::Phase phase = driver.burst();
        reportPhase(QStringLiteral("burst"), phase, server.cpuSeconds() - cpuBefore,
                    BenchServer::processCpuSeconds(self) - clientBefore);
    }
    if (o.paced > 0) {
        progress(QStringLiteral("%1: paced at %2 mutations/s").arg(backend->name()).arg(o.rate));
        const double cpuBefore = server.cpuSeconds();
        const double clientBefore = BenchServer::processCpuSeconds(self);
        const Driver::Phase phase = driver.paced();
        reportPhase(QStringLiteral("paced_%1").arg(o.rate), phase, server.cpuSeconds() - cpuBefore,
                    BenchServer::processCpuSeconds(self) - clientBefore);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    startBenchmark();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ingest benchmark: one JSON object per line."));
    parser.addHelpOption();
    auto option = [](const char *name, const char *text, const char *value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(text), QStringLiteral("n"), QLatin1String(value));
    };
    const QCommandLineOption tablets = option("tablets", "Simulated tablets.", "200");
    const QCommandLineOption batch = option("batch", "Mutations per push.", "100");
    const QCommandLineOption burst = option("burst", "Batches per tablet sent back to back.", "2");
    const QCommandLineOption paced = option("paced", "Batches per tablet sent at --rate.", "2");
    const QCommandLineOption rate = option("rate", "Offered load of the paced phase, mutations/s.", "5000");
    const QCommandLineOption teams = option("teams", "Neighbourhood teams the tablets belong to.", "10");
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Directory for stores and the server file."),
                           QStringLiteral("directory"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("sqlite or postgres."), QStringLiteral("backend"));
    parser.addOptions({tablets, batch, burst, paced, rate, teams, dir, only});
    parser.process(app);

    Options o;
    o.tablets = std::max(1, parser.value(tablets).toInt());
    o.batch = std::clamp(parser.value(batch).toInt(), 1, 500);
    o.burst = std::max(0, parser.value(burst).toInt());
    o.paced = std::max(0, parser.value(paced).toInt());
    o.rate = std::max(1, parser.value(rate).toInt());
    o.teams = std::clamp(parser.value(teams).toInt(), 1, o.tablets);
    o.directory = parser.value(dir);
    for (const char *backend : {"sqlite", "postgres"}) {
        if (!parser.isSet(only) || parser.value(only) == QLatin1String(backend))
            run(QLatin1String(backend), o);
    }
    return 0;
}

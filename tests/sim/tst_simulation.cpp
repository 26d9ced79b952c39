// Seeded, deterministic simulation of a neighbourhood team syncing through a hostile network.
//
// 5 to 50 tablets make random offline creates, updates and deletes across every record type. The
// network drops requests and replies, delivers requests twice and replays stale ones, and partitions
// tablets; tablet clocks are skewed by up to ±24 h and jump backwards; tablets crash (their store is
// closed and reopened from disk) before and after the server commits and before and after they record
// the acknowledgement, and the server restarts. Then the faults stop and every tablet syncs, and:
//  - every replica holds identical data (canonical dumps compared byte for byte);
//  - every text ever written is present, as a current value or as a conflict version, unless a later
//    edit was made by someone who had seen it;
//  - every outbox entry ever written was applied on the server exactly once, and no record exists twice.
//
// DOORSTEP_SIM_SEEDS=N runs seeds 1..N (CI: 200); DOORSTEP_SIM_SEED=S replays one seed.
// The server and the tablets are the real SyncService and the real stores on real SQLite files,
// joined in process (no HTTP: the integration tests cover that) so that a seed replays exactly.
#include "canonicaldump.h"
#include "database.h"
#include "entityregistry.h"
#include "fieldcodec.h"
#include "keyvault.h"
#include "outbox.h"
#include "recordstore.h"
#include "serverdatabase.h"
#include "store.h"
#include "syncclient.h"
#include "syncservice.h"
#include "uuid.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <map>
#include <random>
#include <set>

using namespace doorstep;

namespace {

const QString kPin = QStringLiteral("246802");
const QString kPassword = QStringLiteral("simulation password");
constexpr qint64 kDay = 24LL * 3600 * 1000;

struct Rng
{
    std::mt19937_64 engine;
    explicit Rng(quint64 seed) : engine(seed) { }
    int below(int n) { return n <= 1 ? 0 : int(engine() % quint64(n)); }
    bool chance(double p) { return double(engine() % 1000000) / 1000000.0 < p; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(engine() % quint64(hi - lo + 1)); }
};

struct Sim;

// The network between one tablet and the server.
class SimTransport : public SyncTransport
{
public:
    SimTransport(Sim &sim, int device) : m_sim(sim), m_device(device) { }
    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override;

private:
    Sim &m_sim;
    int m_device;
};

struct Device
{
    QString user;
    QString dir;
    qint64 skew = 0;
    bool online = true;
    std::unique_ptr<Store> store;
    std::unique_ptr<SimTransport> transport;
    std::unique_ptr<SyncClient> client;
    bool lastReplyLost = false;
};

struct Sim
{
    quint64 seed;
    Rng rng;
    qint64 now = 1795000000000LL; // simulated time, ms since the epoch
    bool faults = true;
    // On tmpfs where there is one: the simulation's crashes are process-level, so it needs no disk
    // flushes, and thousands of tablets' files are made and thrown away.
    QTemporaryDir root{QDir(QStringLiteral("/dev/shm")).exists()
                           ? QStringLiteral("/dev/shm/doorstep-sim-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/doorstep-sim-XXXXXX")};
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    std::vector<Device> devices;
    QString teamId;
    QStringList userIds;
    std::vector<std::tuple<QString, QByteArray, QByteArray>> history; // requests seen, for stale replays
    // (entity/id/field) -> texts written there, and the texts some later editor had seen and replaced
    std::map<QString, std::set<QString>> written;
    std::set<std::pair<QString, QString>> superseded;
    int textCounter = 0;
    QString failure;
    // What the faults actually did, so the test can show it exercised each of them.
    struct Stats
    {
        int crashes = 0, lostReplies = 0, droppedRequests = 0, staleReplays = 0, duplicates = 0, serverRestarts = 0,
            conflicts = 0, textsChecked = 0, mutations = 0;
    } stats;

    explicit Sim(quint64 s) : seed(s), rng(s * 7919 + 17) { }

    ServerReply deliver(const QString &path, const QByteArray &body, const QByteArray &token)
    {
        if (path == QLatin1String("/v1/enrol"))
            return service->enrol(body);
        if (path == QLatin1String("/v1/push"))
            return service->push(token, body);
        return service->pull(token, body);
    }

    bool startServer()
    {
        service.reset();
        db.reset();
        auto opened = ServerDatabase::open(QStringLiteral("sqlite:") + root.filePath(QStringLiteral("server.sqlite")),
                                           /*durable*/ false);
        if (!opened)
            return fail(QStringLiteral("server: ") + opened.error().message());
        db = std::move(opened).value();
        SyncService::Options options;
        options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
        options.wallClock = [this] { return now; };
        service = std::make_unique<SyncService>(*db, options);
        return true;
    }

    bool fail(const QString &why)
    {
        if (failure.isEmpty())
            failure = why;
        return false;
    }

    bool openDevice(int i, bool first)
    {
        Device &d = devices[size_t(i)];
        d.client.reset();
        d.store.reset();
        Store::Options o;
        o.directory = d.dir;
        o.cost = KeyVault::testCost();
        o.durable = false; // a simulated crash reopens the store; it never loses the OS's cache
        o.wallClock = [this, i] { return now + devices[size_t(i)].skew; };
        auto store = Store::open(o);
        if (!store)
            return fail(QStringLiteral("device %1 open: %2").arg(i).arg(store.error().message()));
        d.store = std::move(store).value();
        const Status unlocked = first ? d.store->createKey(kPin) : d.store->unlock(kPin);
        if (!unlocked)
            return fail(QStringLiteral("device %1 unlock: %2").arg(i).arg(unlocked.error().message()));
        d.transport = std::make_unique<SimTransport>(*this, i);
        d.client = std::make_unique<SyncClient>(*d.store, *d.transport);
        d.client->setPushBatchSize(1 + rng.below(40));
        return true;
    }

    SyncOutcome sync(int i)
    {
        SyncOutcome out;
        devices[size_t(i)].client->sync([&](const SyncOutcome &o) { out = o; });
        return out;
    }

    QString freshText(int device)
    {
        return QStringLiteral("s%1 d%2 t%3 ").arg(seed).arg(device).arg(++textCounter)
            + QStringLiteral("mé ✓ \"quoted\"").left(rng.below(16));
    }

    // A value for one field that its own rules accept; ids point at records the device knows.
    QVariant randomValue(int device, const EntitySchema &schema, const FieldSpec &f, bool allowAbsent)
    {
        if (allowAbsent && !f.required && rng.chance(0.25))
            return QVariant();
        Store &store = *devices[size_t(device)].store;
        switch (f.type) {
        case FieldType::Text:
            if (!f.choices.isEmpty())
                return f.choices.at(rng.below(int(f.choices.size())));
            if (f.name == QLatin1String("nhsNumber"))
                return QStringList{QStringLiteral("9434765919"), QStringLiteral("9912003888"),
                                   QStringLiteral("1000000060")}
                    .at(rng.below(3));
            if (f.name == QLatin1String("userName"))
                return QStringLiteral("user%1").arg(rng.below(100000));
            return freshText(device);
        case FieldType::Id: {
            if (f.name == QLatin1String("teamId"))
                return teamId;
            const char *parent = f.name == QLatin1String("personId") ? "person"
                : f.name == QLatin1String("goalId")                  ? "goal"
                : f.name == QLatin1String("roundId")                 ? "evaluationRound"
                : f.name == QLatin1String("intervieweeId")           ? "interviewee"
                                                                     : nullptr;
            if (!parent)
                return userIds.at(rng.below(int(userIds.size())));
            auto records = store.records().list(*EntityRegistry::find(QString::fromLatin1(parent)));
            if (!records || records->empty())
                return QVariant(); // no parent yet: the create is skipped
            return (*records)[size_t(rng.below(int(records->size())))].id;
        }
        case FieldType::Date:
            return QDate(2026, 1, 1).addDays(rng.below(300));
        case FieldType::DateTime:
            return QDateTime::fromMSecsSinceEpoch(now - rng.below(int(30 * kDay / 1000)) * 1000LL, Qt::UTC);
        case FieldType::Integer:
            return f.maximum > f.minimum ? int(rng.between(f.minimum, f.maximum)) : rng.below(1000);
        case FieldType::Real:
            return double(rng.below(180)) - 89.5;
        case FieldType::Boolean:
            return rng.chance(0.5);
        case FieldType::TextList: {
            QStringList list;
            for (int n = rng.below(3); n > 0; --n)
                list << QStringLiteral("tag.%1").arg(list.size() + 1);
            return list;
        }
        case FieldType::Json:
            return QJsonArray{QJsonObject{{QStringLiteral("statementId"), QStringLiteral("of.users.better.1")},
                                          {QStringLiteral("agreement"), QStringLiteral("agree")},
                                          {QStringLiteral("comment"), freshText(device)}}};
        }
        Q_UNUSED(schema);
        return QVariant();
    }

    // What a person would enter: a location fix whole or not at all, a check-out after the check-in,
    // a round that ends after it starts, a date with a consent decision.
    void makeCoherent(const EntitySchema &schema, Values &values)
    {
        auto at = [&](const char *field) -> QVariant & {
            return values[size_t(schema.indexOf(QString::fromLatin1(field)))];
        };
        if (schema.entity == QLatin1String("visit")) {
            const bool fix = rng.chance(0.4);
            for (const char *f : {"latitude", "longitude", "locationAccuracy"})
                at(f) = fix ? QVariant(double(rng.below(90))) : QVariant();
            at("locationAt") = fix ? QVariant(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)) : QVariant();
            if (at("checkedOutAt").isValid()) {
                if (!at("checkedInAt").isValid())
                    at("checkedInAt") = at("checkedOutAt");
                else if (at("checkedOutAt").toDateTime() < at("checkedInAt").toDateTime())
                    std::swap(at("checkedOutAt"), at("checkedInAt"));
            }
        } else if (schema.entity == QLatin1String("evaluationRound")) {
            if (at("endsOn").toDate() < at("startsOn").toDate())
                std::swap(at("endsOn"), at("startsOn"));
        } else if (schema.entity == QLatin1String("interviewee")) {
            if (at("consent").toString() != QLatin1String("not-asked") && !at("consentChangedOn").isValid())
                at("consentChangedOn") = QDate(2026, 3, 1);
        }
    }

    void noteWritten(const EntitySchema &schema, const QString &id, const Values &values)
    {
        for (size_t i = 0; i < schema.fields.size(); ++i) {
            const FieldSpec &f = schema.fields[i];
            if (f.type == FieldType::Text && f.choices.isEmpty() && !isAbsentValue(f, values[i]))
                written[schema.entity + u'/' + id + u'/' + f.name].insert(values[i].toString());
        }
    }

    void randomCreate(int device)
    {
        const auto &all = EntityRegistry::all();
        const EntitySchema &schema = *all[size_t(rng.below(int(all.size())))];
        if (schema.entity == QLatin1String("team") || schema.entity == QLatin1String("user")
            || schema.entity == QLatin1String("conflict"))
            return; // made by the server and its admins, never by a tablet
        for (int attempt = 0; attempt < 20; ++attempt) {
            Values values;
            bool missingParent = false;
            for (const FieldSpec &f : schema.fields) {
                values.push_back(randomValue(device, schema, f, true));
                if (f.type == FieldType::Id && f.required && !values.back().isValid())
                    missingParent = true;
            }
            if (missingParent)
                return;
            makeCoherent(schema, values);
            if (!schema.validate(values))
                continue; // a combination the checks across fields refuse; draw again
            auto id = devices[size_t(device)].store->records().create(schema, values);
            if (!id) {
                fail(QStringLiteral("create %1: %2").arg(schema.entity, id.error().message()));
                return;
            }
            noteWritten(schema, *id, values);
            return;
        }
    }

    void randomUpdateOrDelete(int device)
    {
        const auto &all = EntityRegistry::all();
        const EntitySchema &schema = *all[size_t(rng.below(int(all.size())))];
        if (schema.appendOnly || schema.entity == QLatin1String("team") || schema.entity == QLatin1String("user"))
            return;
        RecordStore &records = devices[size_t(device)].store->records();
        auto list = records.list(schema);
        if (!list || list->empty())
            return;
        const Record record = (*list)[size_t(rng.below(int(list->size())))];
        if (schema.entity != QLatin1String("conflict") && rng.chance(0.08)) {
            if (Status s = records.remove(schema, record.id); !s)
                fail(QStringLiteral("delete %1: %2").arg(schema.entity, s.error().message()));
            return;
        }
        for (int attempt = 0; attempt < 20; ++attempt) {
            Values values = record.values;
            for (int n = 1 + rng.below(3); n > 0; --n) {
                const int field = rng.below(int(schema.fields.size()));
                const FieldSpec &f = schema.fields[size_t(field)];
                if (f.immutable || f.type == FieldType::Id)
                    continue;
                values[size_t(field)] = randomValue(device, schema, f, true);
            }
            makeCoherent(schema, values);
            if (!schema.validate(values))
                continue;
            // The texts this editor saw and replaced are knowingly superseded.
            for (size_t i = 0; i < schema.fields.size(); ++i) {
                const FieldSpec &f = schema.fields[i];
                if (f.type == FieldType::Text && f.choices.isEmpty()
                    && !FieldCodec::equal(f, record.values[i], values[i]) && !isAbsentValue(f, record.values[i]))
                    superseded.insert({schema.entity + u'/' + record.id + u'/' + f.name, record.values[i].toString()});
            }
            if (Status s = records.update(schema, record.id, values); !s) {
                fail(QStringLiteral("update %1: %2").arg(schema.entity, s.error().message()));
                return;
            }
            noteWritten(schema, record.id, values);
            return;
        }
    }

    bool run()
    {
        if (!startServer())
            return false;
        auto team = service->createTeam(QStringLiteral("Simulated Team"), QString());
        if (!team)
            return fail(team.error().message());
        teamId = *team;
        // Mostly small teams, now and then a large one, up to 50 tablets.
        const int count = rng.chance(0.1) ? int(rng.between(5, 50)) : int(rng.between(5, 10));
        devices.resize(size_t(count));
        faults = false; // sign-in happens at base, before the day's work
        for (int i = 0; i < count; ++i) {
            Device &d = devices[size_t(i)];
            d.user = QStringLiteral("sim%1").arg(i);
            d.dir = root.filePath(d.user);
            d.skew = rng.between(-kDay, kDay);
            auto user = service->createUser(d.user, QStringLiteral("Simulated ") + d.user,
                                            QStringLiteral("practitioner"), teamId, kPassword);
            if (!user)
                return fail(user.error().message());
            userIds << *user;
            if (!openDevice(i, true))
                return false;
            bool enrolled = false;
            d.client->enrol(d.user, kPassword, QStringLiteral("sim tablet"),
                            [&](Result<Enrolment> r) { enrolled = r.ok(); });
            if (!enrolled)
                return fail(QStringLiteral("device %1 could not enrol").arg(i));
        }

        faults = true;
        const int steps = 30 + rng.below(60);
        for (int step = 0; step < steps && failure.isEmpty(); ++step) {
            now += rng.between(1000, 600000);
            const int i = rng.below(count);
            Device &d = devices[size_t(i)];
            if (rng.chance(0.1))
                d.online = !d.online; // partitions come and go
            if (rng.chance(0.05))
                d.skew -= rng.between(1000, 3600 * 1000); // the tablet's clock jumps backwards
            for (int ops = 1 + rng.below(4); ops > 0 && failure.isEmpty(); --ops) {
                if (rng.chance(0.45))
                    randomCreate(i);
                else
                    randomUpdateOrDelete(i);
            }
            if (rng.chance(0.4)) {
                d.lastReplyLost = false;
                const SyncOutcome outcome = sync(i);
                if (!outcome.status.ok() && !outcome.transient)
                    return fail(
                        QStringLiteral("device %1 sync refused: %2").arg(i).arg(outcome.status.error().message()));
                // Crash at a commit boundary: when a reply was lost (the server committed, the tablet
                // never recorded it), or right after the tablet recorded an acknowledgement.
                if ((d.lastReplyLost && rng.chance(0.5)) || rng.chance(0.1)) {
                    ++stats.crashes;
                    if (!openDevice(i, false))
                        return false;
                }
            }
            if (rng.chance(0.02)) {
                ++stats.serverRestarts;
                if (!startServer())
                    return false;
            }
        }
        if (!failure.isEmpty())
            return false;

        // The faults stop; every tablet syncs until nothing is left to exchange.
        faults = false;
        for (Device &d : devices)
            d.online = true;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < count; ++i) {
                const SyncOutcome outcome = sync(i);
                if (!outcome.status.ok())
                    return fail(
                        QStringLiteral("final sync of device %1: %2").arg(i).arg(outcome.status.error().message()));
            }
        }
        return check();
    }

    bool check()
    {
        auto reference = CanonicalDump::of(*devices[0].store);
        if (!reference)
            return fail(reference.error().message());
        for (size_t i = 0; i < devices.size(); ++i) {
            if (devices[i].store->outbox().count() != 0)
                return fail(QStringLiteral("device %1 still has an outbox").arg(i));
            auto dump = CanonicalDump::of(*devices[i].store);
            if (!dump || *dump != *reference)
                return fail(QStringLiteral("device %1 differs from device 0 after sync").arg(i));
        }
        // Every text is in place (tombstones included) or kept as a conflict version, unless knowingly replaced.
        RecordStore &records = devices[0].store->records();
        std::map<QString, std::set<QString>> present;
        for (const EntitySchema *schema : EntityRegistry::all()) {
            auto list = records.list(*schema, {}, {}, RecordStore::Deleted::Included);
            if (!list)
                return fail(list.error().message());
            for (const Record &r : *list) {
                for (size_t f = 0; f < schema->fields.size(); ++f) {
                    if (schema->fields[f].type == FieldType::Text)
                        present[schema->entity + u'/' + r.id + u'/' + schema->fields[f].name].insert(
                            r.values[f].toString());
                }
            }
        }
        const EntitySchema &cs = *EntityRegistry::find(u"conflict");
        auto conflicts = records.list(cs);
        if (!conflicts)
            return fail(conflicts.error().message());
        stats.conflicts = int(conflicts->size());
        for (const Record &c : *conflicts) {
            const QString key = c.values[size_t(cs.indexOf(u"recordEntity"))].toString() + u'/'
                + c.values[size_t(cs.indexOf(u"recordId"))].toString() + u'/'
                + c.values[size_t(cs.indexOf(u"field"))].toString();
            present[key].insert(c.values[size_t(cs.indexOf(u"kept"))].toString());
            present[key].insert(c.values[size_t(cs.indexOf(u"other"))].toString());
        }
        for (const auto &[key, texts] : written) {
            for (const QString &text : texts) {
                ++stats.textsChecked;
                if (superseded.count({key, text}) || (present.count(key) && present[key].count(text)))
                    continue;
                return fail(QStringLiteral("text lost at %1: \"%2\"").arg(key, text));
            }
        }
        // Exactly once: the server logged one mutation per outbox entry ever written, no more.
        qint64 entries = 0;
        for (Device &d : devices) {
            Statement &s
                = d.store->database().statement(QStringLiteral("SELECT value FROM meta WHERE key = 'outbox_counter'"));
            if (s.step() == Statement::StepResult::Row)
                entries += s.int64(0);
        }
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*), count(DISTINCT device_id || ':' || counter) FROM mutations"))
            || !q.next())
            return fail(QStringLiteral("cannot count the server's mutations"));
        if (q.value(0).toLongLong() != entries || q.value(1).toLongLong() != entries)
            return fail(QStringLiteral("server applied %1 mutations (%2 distinct) for %3 written")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toLongLong())
                            .arg(entries));
        stats.mutations = int(entries);
        return true;
    }
};

void SimTransport::post(const QString &path, const QByteArray &body, const QByteArray &token, Done done)
{
    Device &d = m_sim.devices[size_t(m_device)];
    if (m_sim.faults) {
        if (!d.online || m_sim.rng.chance(0.05)) {
            ++m_sim.stats.droppedRequests;
            done(TransportReply{0, {}, QStringLiteral("network unreachable"), 0}); // before the server saw it
            return;
        }
        if (!m_sim.history.empty() && m_sim.rng.chance(0.05)) {
            // A stale request from earlier arrives now, out of order.
            ++m_sim.stats.staleReplays;
            const auto &[oldPath, oldBody, oldToken]
                = m_sim.history[size_t(m_sim.rng.below(int(m_sim.history.size())))];
            (void)m_sim.deliver(oldPath, oldBody, oldToken);
        }
    }
    if (path != QLatin1String("/v1/enrol"))
        m_sim.history.emplace_back(path, body, token);
    ServerReply reply = m_sim.deliver(path, body, token);
    if (m_sim.faults && m_sim.rng.chance(0.05)) {
        ++m_sim.stats.duplicates;
        reply = m_sim.deliver(path, body, token); // delivered twice; the device sees the second answer
    }
    if (m_sim.faults && m_sim.rng.chance(0.07)) {
        ++m_sim.stats.lostReplies;
        d.lastReplyLost = true; // the server committed; the answer never arrives
        done(TransportReply{0, {}, QStringLiteral("connection reset"), 0});
        return;
    }
    done(TransportReply{reply.status, reply.body, QString(), reply.retryAfterSeconds});
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

    int m_seeds = 0;
    int m_devices = 0;
    Sim::Stats m_total;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(sodium_init() >= 0);
    }

    // One row per seed, so that each seed has its own time limit and a long run (10,000 seeds) is not
    // stopped by the test watchdog.
    void seed_data()
    {
        QTest::addColumn<quint64>("seed");
        quint64 first = 1;
        quint64 count = quint64(qEnvironmentVariableIntValue("DOORSTEP_SIM_SEEDS"));
        if (count == 0)
            count = 200;
        if (qEnvironmentVariableIsSet("DOORSTEP_SIM_SEED")) {
            first = quint64(qEnvironmentVariableIntValue("DOORSTEP_SIM_SEED"));
            count = 1;
        }
        for (quint64 seed = first; seed < first + count; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void seed()
    {
        QFETCH(quint64, seed);
        Sim sim(seed);
        Rng ids(seed);
        Uuid::setSources([&sim] { return sim.now; },
                         [&ids](unsigned char *bytes, size_t size) {
                             for (size_t i = 0; i < size; ++i)
                                 bytes[i] = static_cast<unsigned char>(ids.engine());
                         });
        const bool passed = sim.run();
        Uuid::setSources({}, {});
        ++m_seeds;
        m_devices += int(sim.devices.size());
        m_total.crashes += sim.stats.crashes;
        m_total.lostReplies += sim.stats.lostReplies;
        m_total.droppedRequests += sim.stats.droppedRequests;
        m_total.staleReplays += sim.stats.staleReplays;
        m_total.duplicates += sim.stats.duplicates;
        m_total.serverRestarts += sim.stats.serverRestarts;
        m_total.conflicts += sim.stats.conflicts;
        m_total.textsChecked += sim.stats.textsChecked;
        m_total.mutations += sim.stats.mutations;
        QVERIFY2(passed,
                 qPrintable(QStringLiteral("seed %1 failed: %2\nreplay: DOORSTEP_SIM_SEED=%1 %3")
                                .arg(seed)
                                .arg(sim.failure, QCoreApplication::applicationFilePath())));
    }

    // Runs after every seed: over many seeds, every kind of fault must actually have happened.
    void faultsWereExercised()
    {
        qInfo().noquote() << QStringLiteral(
                                 "%1 seeds: %2 tablets, %3 mutations applied exactly once, %4 texts checked, %5 "
                                 "conflicts kept; faults: %6 dropped requests, %7 lost replies, %8 duplicates, %9 "
                                 "stale replays, %10 tablet crashes, %11 server restarts")
                                 .arg(m_seeds)
                                 .arg(m_devices)
                                 .arg(m_total.mutations)
                                 .arg(m_total.textsChecked)
                                 .arg(m_total.conflicts)
                                 .arg(m_total.droppedRequests)
                                 .arg(m_total.lostReplies)
                                 .arg(m_total.duplicates)
                                 .arg(m_total.staleReplays)
                                 .arg(m_total.crashes)
                                 .arg(m_total.serverRestarts);
        if (m_seeds < 50)
            return; // a replay of one seed need not show every fault
        QVERIFY(m_total.conflicts > 0);
        QVERIFY(m_total.lostReplies > 0 && m_total.droppedRequests > 0 && m_total.duplicates > 0);
        QVERIFY(m_total.staleReplays > 0 && m_total.crashes > 0 && m_total.serverRestarts > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"

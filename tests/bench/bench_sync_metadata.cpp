// bench_sync_metadata: how many bytes sync adds to each record, beyond the field values themselves.
//
//   bench_sync_metadata [--visits N] [--edits N] [--dir DIRECTORY] [--only sqlite|postgres]
//
// A practitioner's device writes people and home visits (about 1.5 KB of notes each) through the
// store; a colleague's device pulls them. Then the first device edits one field of some visits (the
// notes) and three fields of others (notes, next steps, check-out), and each round is pushed and
// pulled again. Sizes are measured on the real artefacts: the device store's rows and outbox (SQL
// length() of each column, and dbstat's bytes on disk), the real push and pull bodies (through the
// in-process transport: the bodies are the ones HTTP carries; HTTP headers add a few hundred bytes a
// request, a fraction of a byte a record), and the server's own tables.
//
// "Value bytes" are the field values as text: a string's UTF-8 bytes, a number's or a time's
// digits. Everything else is metadata: names, punctuation, ids, stamps, counters, the encryption
// envelope of the outbox payload, and the old value an update carries (reported on its own).
// The figures are named <backend>_metadata_<where>_...; the device store and the wire do not depend
// on the server's backend (the same bytes on both), the server's tables do.
//
// The goal's measure, "sync metadata", is narrower: what exists only for sync. On the wire that is a
// pulled record's stamps, its "deleted", and its share of the page's own fields and device list, not
// the record's type and id or its field names (the record itself); in the stores it is the stamps.
// It is reported for a record as created, and after an edit of one field and of three
// (*_sync_metadata_per_*, *_stamps_per_*_record), against 64 B plus 24 B a changed field. A pushed
// update's is counted the same way: its "op", "hlc" and "changes" key and its share of the body's own
// fields, not its type and id, nor its changes' names and punctuation (with the JSON escapes of their
// values, a note's line breaks), which wire_push_update_fixed_per_mutation includes.

#include "benchsyncbackend.h"
#include "benchsyncdevice.h"
#include "benchsyncoutput.h"
#include "benchsyncrecords.h"
#include "benchsyncseeder.h"
#include "benchsyncworkdirectory.h"
#include "database.h"
#include "fieldstamps.h"
#include "outbox.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace doorstep;
using namespace doorstep::benchsync;

namespace {

struct Options
{
    int visits = 1000;
    int edits = 300;
    int people = 20;
    QString directory;
};

qint64 compactSize(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).size();
    // A lone value: wrapped in an array and unwrapped again, "[...]" being two bytes.
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).size() - 2;
}

// The value as text, without JSON's quotes: what the field holds, not how it travels.
qint64 valueBytes(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return 0;
    if (v.isString())
        return v.toString().toUtf8().size();
    if (v.isBool())
        return 1;
    return compactSize(v);
}

qint64 scalar(Database &db, const QString &sql, const QString &bound = {})
{
    Statement &s = db.statement(sql);
    if (!bound.isEmpty())
        s.bind(1, bound);
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    if (n < 0)
        die(QStringLiteral("measure"), sql + QStringLiteral(": ") + db.lastError());
    return n;
}

struct OutboxSizes
{
    int entries = 0;
    double rowBytes = 0; // every column's length, per entry
    double diskBytes = 0; // the outbox b-tree's pages on disk, per entry
    double newValueBytes = 0;
    double oldValueBytes = 0;
    double changedFields = 0;
};

// The outbox as it stands: every pending entry (all of one kind when measured).
OutboxSizes measureOutbox(Store &store)
{
    OutboxSizes o;
    Database &db = store.database();
    auto entries = store.outbox().pending(1000000);
    if (!entries)
        die(QStringLiteral("outbox"), entries.error());
    o.entries = int(entries->size());
    if (o.entries == 0)
        return o;
    for (const OutboxEntry &e : *entries) {
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            o.newValueBytes += double(valueBytes(it.value().toObject().value(QStringLiteral("new"))));
            o.oldValueBytes += double(valueBytes(it.value().toObject().value(QStringLiteral("old"))));
            o.changedFields += 1;
        }
    }
    // Integers count 8 bytes (hlc, seen_hlc, counter, sent), an upper bound for SQLite's varints.
    o.rowBytes = double(scalar(db,
                               QStringLiteral("SELECT sum(length(mutation_id) + length(entity) + length(entity_id) "
                                              "+ length(op) + length(payload) + 32) FROM outbox")));
    o.diskBytes = double(scalar(db, QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = 'outbox'")));
    o.rowBytes /= o.entries;
    o.diskBytes /= o.entries;
    o.newValueBytes /= o.entries;
    o.oldValueBytes /= o.entries;
    o.changedFields /= o.entries;
    return o;
}

struct PullSizes
{
    int records = 0;
    double bodyBytes = 0;
    double valueBytes = 0;
    double stampBytes = 0; // "stamps":{...}
    double nameBytes = 0; // field names and punctuation inside "fields"
    double envelopeBytes = 0; // seq, entity, id, deleted, and the page's own fields, shared out
    double identityBytes = 0; // of the envelope, what names the record: {"entity":…,"id":…,} and the comma
    // What sync adds to a record on the wire: its stamps and the envelope beyond the record's identity
    // (seq, deleted, and the page's own fields and device list, shared out).
    double syncBytes() const { return stampBytes + envelopeBytes - identityBytes; }
};

// Splits every pulled page the observer saw into values and the rest.
class PullMeter
{
public:
    void observe(const QString &path, const TransportReply &reply)
    {
        if (path != QLatin1String("/v1/pull") || reply.status != 200)
            return;
        const QJsonArray records
            = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("records")).toArray();
        m.bodyBytes += double(reply.body.size());
        for (const QJsonValue &r : records) {
            const QJsonObject record = r.toObject();
            const QJsonObject fields = record.value(QStringLiteral("fields")).toObject();
            qint64 values = 0;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                values += valueBytes(it.value());
            m.valueBytes += double(values);
            m.nameBytes += double(compactSize(fields) - values);
            m.stampBytes
                += double(compactSize(record.value(QStringLiteral("stamps"))) + qint64(sizeof "\"stamps\":,") - 1);
            m.identityBytes += double(compactSize(QJsonObject{{QStringLiteral("entity"), record.value(u"entity")},
                                                              {QStringLiteral("id"), record.value(u"id")}})
                                      + 2);
            ++m.records;
        }
    }

    PullSizes take()
    {
        PullSizes s = m;
        if (s.records > 0) {
            s.envelopeBytes = (s.bodyBytes - s.valueBytes - s.nameBytes - s.stampBytes) / s.records;
            s.bodyBytes /= s.records;
            s.valueBytes /= s.records;
            s.nameBytes /= s.records;
            s.stampBytes /= s.records;
            s.identityBytes /= s.records;
        }
        m = PullSizes();
        return s;
    }

private:
    PullSizes m;
};

// Splits every push body the observer saw as PullMeter splits pages: what remains of a mutation
// beyond its changes (names, values and all) and its identity is what only sync needs.
class PushMeter
{
public:
    void observe(const QString &path, const QByteArray &request)
    {
        if (path != QLatin1String("/v1/push"))
            return;
        m_bodyBytes += double(request.size());
        const QJsonArray mutations
            = QJsonDocument::fromJson(request).object().value(QStringLiteral("mutations")).toArray();
        for (const QJsonValue &m : mutations) {
            const QJsonObject mutation = m.toObject();
            m_recordBytes += double(compactSize(mutation.value(QStringLiteral("changes"))));
            m_recordBytes += double(compactSize(QJsonObject{{QStringLiteral("entity"), mutation.value(u"entity")},
                                                            {QStringLiteral("id"), mutation.value(u"id")}})
                                    + 2);
            ++m_mutations;
        }
    }

    // The sync metadata per mutation of the pushes since the last call.
    double take()
    {
        const double perMutation = m_mutations > 0 ? (m_bodyBytes - m_recordBytes) / m_mutations : 0;
        *this = PushMeter();
        return perMutation;
    }

private:
    double m_bodyBytes = 0;
    double m_recordBytes = 0; // each mutation's changes and identity
    int m_mutations = 0;
};

class Reporter
{
public:
    explicit Reporter(QString prefix) : m_prefix(std::move(prefix)) { }
    void operator()(const QString &name, double value, const char *unit = "B") const
    {
        report(m_prefix + name, value, unit);
    }

private:
    QString m_prefix;
};

// Server storage: the stamps kept with each record, and the log of applied mutations.
// The average length of the stamps of the given records, as the server keeps them.
double serverStampBytes(ServerDatabase &db, const QStringList &ids)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT stamps FROM records WHERE entity = 'visit' AND id = ?"));
    double total = 0;
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            die(QStringLiteral("server stamps"), q.lastError().text());
        total += double(q.value(0).toString().toUtf8().size());
        q.finish();
    }
    return ids.isEmpty() ? 0 : total / double(ids.size());
}

// The same in a device store, and how many fields they stamp.
std::pair<double, double> storeStampBytes(Database &db, const QStringList &ids)
{
    Statement &s = db.statement(QStringLiteral("SELECT stamps FROM visits WHERE id = ?"));
    double bytes = 0;
    double fields = 0;
    for (const QString &id : ids) {
        s.bind(1, id);
        if (s.step() != Statement::StepResult::Row)
            die(QStringLiteral("store stamps"), db.lastError());
        const QByteArray blob = s.blob(0);
        bytes += double(blob.size());
        fields += FieldStamps::fromBlob(blob).count();
        s.reset();
    }
    return {bytes / double(ids.size()), fields / double(ids.size())};
}

void measureServer(ServerDatabase &db, const Reporter &out)
{
    const bool sqlite = db.kind() == ServerDatabase::Kind::Sqlite;
    QSqlQuery q(db.connection());
    q.prepare(sqlite ? QStringLiteral("SELECT avg(length(CAST(stamps AS BLOB))), avg(length(CAST(fields AS BLOB))), "
                                      "count(*) FROM records WHERE entity = ?")
                     : QStringLiteral("SELECT avg(octet_length(stamps)), avg(octet_length(fields)), count(*) "
                                      "FROM records WHERE entity = ?"));
    q.addBindValue(QStringLiteral("visit"));
    if (!q.exec() || !q.next())
        die(QStringLiteral("server records"), q.lastError().text());
    out(QStringLiteral("server_stamps_per_record_of_all_visits"), q.value(0).toDouble());
    q.finish();
    q.prepare(sqlite ? QStringLiteral("SELECT (SELECT sum(pgsize) FROM dbstat WHERE name IN ('mutations', "
                                      "'sqlite_autoindex_mutations_1')) * 1.0 / (SELECT count(*) FROM mutations)")
                     : QStringLiteral("SELECT pg_total_relation_size('mutations') * 1.0 / (SELECT count(*) FROM "
                                      "mutations)"));
    if (!q.exec() || !q.next())
        die(QStringLiteral("server mutations"), q.lastError().text());
    out(QStringLiteral("server_mutation_log_per_mutation_on_disk"), q.value(0).toDouble());
}

void run(const QString &backendName, const Options &o)
{
    WorkDirectory work(o.directory, "bench_sync_metadata");
    auto backend = BenchBackend::make(backendName, work.sub(QStringLiteral("server")), QStringLiteral("metadata"));
    if (!backend)
        return;
    const Reporter out(backend->name() + QStringLiteral("_metadata_"));
    BenchSeeder seeder(backend->location());
    const QString team = seeder.createTeam(QStringLiteral("Bench Neighbourhood Team"));
    seeder.createUser(QStringLiteral("writer"), team);
    seeder.createUser(QStringLiteral("reader"), team);
    BenchDevice writer(work.sub(QStringLiteral("writer")), false);
    writer.connect(seeder.transport());
    writer.enrol(QStringLiteral("writer"), BenchSeeder::password());
    BenchDevice reader(work.sub(QStringLiteral("reader")), false);
    reader.connect(seeder.transport());
    reader.enrol(QStringLiteral("reader"), BenchSeeder::password());
    PullMeter pulls;
    PushMeter pushes;
    writer.meter().setObserver(
        [&](const QString &path, const QByteArray &request, const TransportReply &) { pushes.observe(path, request); });
    reader.meter().setObserver(
        [&](const QString &path, const QByteArray &, const TransportReply &reply) { pulls.observe(path, reply); });

    RecordMaker maker(4242);
    const QStringList people = maker.createPeople(writer.store(), team, o.people);
    writer.pushOnly();
    reader.sync(); // the team, its users and people: what follows is visits only
    pulls.take();
    QStringList visitIds = maker.createVisits(writer.store(), people, writer.enrolment().userId, o.visits);

    // (a) The device store: the stamps in each row, and each outbox entry beyond its values.
    Database &wdb = writer.store().database();
    const auto [stamps, stampedFields] = storeStampBytes(wdb, visitIds);
    out(QStringLiteral("store_stamps_per_record"), stamps);
    out(QStringLiteral("store_stamped_fields_per_record"), stampedFields, "fields");
    const OutboxSizes creates = measureOutbox(writer.store());
    out(QStringLiteral("store_outbox_create_overhead_per_entry"), creates.rowBytes - creates.newValueBytes);
    out(QStringLiteral("store_outbox_create_on_disk_overhead_per_entry"), creates.diskBytes - creates.newValueBytes);
    out(QStringLiteral("store_per_created_record"), stamps + creates.rowBytes - creates.newValueBytes);

    // (b) The wire: the push of those creates, and the colleague's pull of them.
    writer.meter().resetCounts();
    writer.pushOnly();
    const double pushBytes = double(writer.meter().requestBytes()) / creates.entries;
    out(QStringLiteral("wire_push_create_overhead_per_mutation"), pushBytes - creates.newValueBytes);
    reader.sync();
    const PullSizes pulled = pulls.take();
    out(QStringLiteral("wire_pull_overhead_per_record"), pulled.bodyBytes - pulled.valueBytes);
    out(QStringLiteral("wire_pull_stamps_per_record"), pulled.stampBytes);
    out(QStringLiteral("wire_pull_field_names_per_record"), pulled.nameBytes);
    out(QStringLiteral("wire_pull_envelope_per_record"), pulled.envelopeBytes);
    out(QStringLiteral("wire_pull_values_per_record"), pulled.valueBytes);
    out(QStringLiteral("wire_pull_sync_metadata_per_created_record"), pulled.syncBytes());
    out(QStringLiteral("store_stamps_per_pulled_record"), storeStampBytes(reader.store().database(), visitIds).first);

    // (c) Per changed field: edits of one field, then of three, each pushed and pulled.
    Repository<Visit> visits(writer.store());
    struct Round
    {
        OutboxSizes outbox;
        double pushBytes = 0;
        double pushSync = 0;
        PullSizes pull;
    };
    auto editRound = [&](int fields, int offset) {
        for (int i = 0; i < o.edits; ++i) {
            auto found = visits.get(visitIds.at((offset + i) % visitIds.size()));
            if (!found)
                die(QStringLiteral("get visit"), found.error());
            Visit v = std::move(found).value();
            v.notes = maker.words().note(maker.words().around(1500, 300));
            if (fields >= 3) {
                v.nextSteps = maker.words().nextSteps() + QStringLiteral(" (updated)");
                v.checkedOutAt = v.checkedOutAt.addSecs(60);
            }
            check(visits.update(v), QStringLiteral("edit"));
        }
        Round r;
        r.outbox = measureOutbox(writer.store());
        writer.meter().resetCounts();
        pushes.take();
        writer.pushOnly();
        r.pushSync = pushes.take();
        r.pushBytes = double(writer.meter().requestBytes()) / r.outbox.entries;
        reader.sync();
        r.pull = pulls.take();
        return r;
    };
    const Round one = editRound(1, 0);
    const Round three = editRound(3, o.edits);
    auto overhead = [](const Round &r) { return r.outbox.rowBytes - r.outbox.newValueBytes - r.outbox.oldValueBytes; };
    const double fieldsApart = three.outbox.changedFields - one.outbox.changedFields;
    const double storePerField = (overhead(three) - overhead(one)) / fieldsApart;
    out(QStringLiteral("store_outbox_update_fixed_per_entry"),
        overhead(one) - storePerField * one.outbox.changedFields);
    out(QStringLiteral("store_outbox_per_changed_field"), storePerField);
    out(QStringLiteral("store_outbox_old_value_per_changed_field"),
        (one.outbox.oldValueBytes + three.outbox.oldValueBytes)
            / (one.outbox.changedFields + three.outbox.changedFields));
    auto pushOverhead = [](const Round &r) { return r.pushBytes - r.outbox.newValueBytes - r.outbox.oldValueBytes; };
    const double pushPerField = (pushOverhead(three) - pushOverhead(one)) / fieldsApart;
    out(QStringLiteral("wire_push_update_fixed_per_mutation"),
        pushOverhead(one) - pushPerField * one.outbox.changedFields);
    out(QStringLiteral("wire_push_per_changed_field"), pushPerField);
    out(QStringLiteral("wire_push_sync_metadata_per_one_field_update"), one.pushSync);
    out(QStringLiteral("wire_push_sync_metadata_per_three_field_update"), three.pushSync);
    // A pull carries the whole record again, however little changed: what it sends beyond the
    // changed values, per edited record.
    out(QStringLiteral("wire_pull_per_one_field_edit"), one.pull.bodyBytes - one.outbox.newValueBytes);
    out(QStringLiteral("wire_pull_per_three_field_edit"), three.pull.bodyBytes - three.outbox.newValueBytes);
    // The goal's measure: sync metadata of a record created, then edited once in one field or in three.
    out(QStringLiteral("wire_pull_sync_metadata_per_one_field_edited_record"), one.pull.syncBytes());
    out(QStringLiteral("wire_pull_sync_metadata_per_three_field_edited_record"), three.pull.syncBytes());
    const QStringList editedOne = visitIds.mid(0, o.edits);
    const QStringList editedThree = visitIds.mid(o.edits, o.edits);
    out(QStringLiteral("store_stamps_per_one_field_edited_record"), storeStampBytes(wdb, editedOne).first);
    out(QStringLiteral("store_stamps_per_three_field_edited_record"), storeStampBytes(wdb, editedThree).first);
    out(QStringLiteral("store_stamps_per_pulled_one_field_edited_record"),
        storeStampBytes(reader.store().database(), editedOne).first);
    out(QStringLiteral("server_stamps_per_created_record"),
        serverStampBytes(seeder.database(), visitIds.mid(2 * o.edits)));
    out(QStringLiteral("server_stamps_per_one_field_edited_record"), serverStampBytes(seeder.database(), editedOne));
    out(QStringLiteral("server_stamps_per_three_field_edited_record"),
        serverStampBytes(seeder.database(), editedThree));

    measureServer(seeder.database(), out);
}

} // namespace

int main(int argc, char *argv[])
{
    startBenchmark();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync metadata sizes: one JSON object per line."));
    parser.addHelpOption();
    QCommandLineOption visits(QStringLiteral("visits"), QStringLiteral("Visits written."), QStringLiteral("n"),
                              QStringLiteral("1000"));
    QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Visits edited in each round."),
                             QStringLiteral("n"), QStringLiteral("300"));
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Directory for the stores and the server file."),
                           QStringLiteral("directory"));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("sqlite or postgres."), QStringLiteral("backend"));
    parser.addOptions({visits, edits, dir, only});
    parser.process(app);

    Options o;
    o.visits = std::max(10, parser.value(visits).toInt());
    o.edits = std::clamp(parser.value(edits).toInt(), 1, o.visits / 2);
    o.directory = parser.value(dir);
    for (const char *backend : {"sqlite", "postgres"}) {
        if (!parser.isSet(only) || parser.value(only) == QLatin1String(backend))
            run(QLatin1String(backend), o);
    }
    return 0;
}

#include "syncservice.h"

#include "devicepushes.h"
#include "entityregistry.h"
#include "fieldcodec.h"
#include "fieldstamp.h"
#include "jsonparser.h"
#include "jsontext.h"
#include "mutation.h"
#include "personprojection.h"
#include "protocol.h"
#include "protocolcodec.h"
#include "queryrow.h"
#include "serverdatabase.h"
#include "stampgroups.h"
#include "uuid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

#include <algorithm>

#include <sodium.h>

Q_DECLARE_LOGGING_CATEGORY(lcServerDb)

namespace doorstep {

namespace {

const QString kDeletedKey = QStringLiteral("@deleted");

// The bytes QJsonDocument would write, written directly (core/jsontext.h): every record a push
// changes is written back whole.
QByteArray json(const QJsonObject &o)
{
    QByteArray out;
    appendJsonValue(out, o);
    return out;
}

QJsonObject parseObject(QByteArrayView utf8)
{
    return JsonParser::parse(utf8).object();
}

QString tokenHash(const QByteArray &token)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(token.constData()),
                       quint64(token.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

// The mutation log keeps a stamp in a signed BIGINT, the same 64 bits (SQLite and PostgreSQL have no
// unsigned type), so that any stamp a device sends compares equal to itself when replayed.
qint64 storedHlc(quint64 hlc)
{
    return qint64(hlc);
}

// Free text is what may conflict, and exactly what a push sends with the value it replaced.
bool isFreeText(const FieldSpec &spec)
{
    return Mutation::carriesOldValue(spec);
}

// Which record types each role may receive. A peer evaluator never receives visit notes or goals.
const QStringList &visibleEntities(const QString &role)
{
    static const QStringList everything = [] {
        QStringList all;
        for (const EntitySchema *s : EntityRegistry::all())
            all << s->entity;
        return all;
    }();
    static const QStringList peerEvaluation{QStringLiteral("team"),        QStringLiteral("user"),
                                            QStringLiteral("postcard"),    QStringLiteral("evaluationRound"),
                                            QStringLiteral("interviewee"), QStringLiteral("interview")};
    return role == QLatin1String("peer-evaluator") ? peerEvaluation : everything;
}

bool mayWrite(const QString &role, const QString &entity)
{
    if (entity == QLatin1String("team") || entity == QLatin1String("user"))
        return role == QLatin1String("admin");
    return visibleEntities(role).contains(entity);
}

// The field whose value names the parent record that decides a record's neighbourhood team.
struct Parent
{
    const char *entity;
    const char *field;
};
const Parent *parentOf(const QString &entity)
{
    static const QHash<QString, Parent> parents{
        {QStringLiteral("carer"), {"person", "personId"}},
        {QStringLiteral("consent"), {"person", "personId"}},
        {QStringLiteral("visit"), {"person", "personId"}},
        {QStringLiteral("goal"), {"person", "personId"}},
        {QStringLiteral("goalReview"), {"goal", "goalId"}},
        {QStringLiteral("interviewee"), {"evaluationRound", "roundId"}},
        {QStringLiteral("interview"), {"evaluationRound", "roundId"}},
    };
    auto it = parents.constFind(entity);
    return it == parents.constEnd() ? nullptr : &it.value();
}

// One record as a pull page carries it, written around its fields and stamps as JSON text; a
// projection says so, since it leaves out required fields. "deleted" is left out when false.
void appendPulled(QByteArray &page, const QString &entity, const QString &id, bool deleted, QByteArrayView fields,
                  QByteArrayView stamps, bool projection)
{
    page += "{\"entity\":";
    appendJsonString(page, entity);
    page += ",\"id\":";
    appendJsonString(page, id);
    if (deleted)
        page += ",\"deleted\":true";
    page += ",\"fields\":";
    page += fields;
    page += ",\"stamps\":";
    page += stamps;
    if (projection)
        page += ",\"projected\":true";
    page += '}';
}

} // namespace

SyncService::SyncService(ServerDatabase &db, Options options)
    : m_db(db),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock
                              : std::make_shared<ServerClock>(m_options.wallClock
                                                                  ? HybridLogicalClock::WallClock(m_options.wallClock)
                                                                  : HybridLogicalClock::systemWallClock())),
      m_numbers(db)
{
    if (sodium_init() < 0)
        qCCritical(lcServerDb) << "libsodium failed to initialise";
}

qint64 SyncService::now() const
{
    return m_options.wallClock ? m_options.wallClock() : QDateTime::currentMSecsSinceEpoch();
}

QString SyncService::serverDeviceId()
{
    if (!m_serverDeviceId.isEmpty())
        return m_serverDeviceId;
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'server_id'"));
    if (q.exec() && q.next()) {
        m_serverDeviceId = q.value(0).toString();
        q.finish();
    } else {
        m_serverDeviceId = Uuid::createV7();
        QSqlQuery &insert = m_db.query(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('server_id', ?)"));
        insert.addBindValue(m_serverDeviceId);
        if (!insert.exec())
            qCWarning(lcServerDb) << "cannot store the server id:" << insert.lastError().text();
    }
    return m_serverDeviceId;
}

ServerReply SyncService::error(int status, const Error &e) const
{
    ServerReply reply;
    reply.status = status;
    reply.body = ProtocolCodec::encodeError(e);
    return reply;
}

Result<qint64> SyncService::nextSequence()
{
    if (m_batchSequence)
        return -++*m_batchSequence; // numbered for real by finishBatch (see m_batchSequence)
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE sequence SET value = value + 1 WHERE id = 1 RETURNING value"));
    if (Status s = m_db.exec(q, QStringLiteral("sequence")); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("database"), QStringLiteral("the sequence row is missing"),
                     QStringLiteral("storage"));
    const qint64 value = q.value(0).toLongLong();
    q.finish();
    return value;
}

Status SyncService::readStored(const QueryRow &row, int first, ServerRecord &r)
{
    const EntitySchema *schema = EntityRegistry::find(r.entity);
    if (!schema)
        return Error(QStringLiteral("records"), QStringLiteral("hold an unknown record type \"%1\"").arg(r.entity),
                     QStringLiteral("storage"));
    r.exists = true;
    r.teamId = row.text(first);
    auto fields = StoredFields::fromJson(row.utf8(first + 1));
    if (!fields)
        return Error(QStringLiteral("records"),
                     QStringLiteral("hold %1/%2 whose fields %3").arg(r.entity, r.id, fields.error().reason),
                     QStringLiteral("storage"));
    r.fields = std::move(fields).value();
    auto stamps = m_numbers.expand(row.utf8(first + 2), *schema);
    if (!stamps)
        return stamps.error();
    r.stamps = std::move(stamps).value();
    r.deleted = row.int64(first + 3) != 0;
    r.seq = row.int64(first + 4);
    return ok();
}

Result<QByteArray> SyncService::storedStamps(const ServerRecord &r, bool projection, QSet<qint64> *used)
{
    const EntitySchema *schema = EntityRegistry::find(r.entity);
    if (!schema)
        return Error(QStringLiteral("entity"), QStringLiteral("\"%1\" is not a record type").arg(r.entity),
                     QStringLiteral("storage"));
    return m_numbers.compact(r.stamps, *schema, !projection, used);
}

Result<ServerRecord> SyncService::load(const QString &entity, const QString &id)
{
    if (m_batchSequence) {
        if (auto it = m_batchRecords.constFind(entity + u'/' + id); it != m_batchRecords.constEnd())
            return it.value();
    }
    ServerRecord r;
    r.entity = entity;
    r.id = id;
    const Status read = m_db.selectRows(
        QStringLiteral("SELECT team_id, %1, %2, deleted, seq FROM records WHERE entity = ? AND id = ?")
            .arg(m_db.textColumn(QLatin1StringView("fields")), m_db.textColumn(QLatin1StringView("stamps"))),
        {entity, id}, QStringLiteral("load record"), [&](const QueryRow &row) -> Result<bool> {
            if (Status s = readStored(row, 0, r); !s)
                return s.error();
            return false;
        });
    if (!read)
        return read.error();
    return r;
}

Status SyncService::save(ServerRecord &record)
{
    auto seq = nextSequence();
    if (!seq)
        return seq.error();
    record.seq = *seq;
    if (m_batchSequence) {
        // Written with the rest of the push by finishBatch; read back from here until then.
        record.exists = true;
        const QString key = record.entity + u'/' + record.id;
        m_batchDirty.insert(key);
        m_batchRecords.insert(key, record);
        return ok();
    }
    QSqlQuery &q = m_db.query(
        QStringLiteral("INSERT INTO records (entity, id, team_id, fields, stamps, deleted, seq, changed_at) VALUES (?, "
                       "?, ?, %1, %1, "
                       "?, ?, ?) "
                       "ON CONFLICT (entity, id) DO UPDATE SET team_id = excluded.team_id, fields = excluded.fields, "
                       "stamps = excluded.stamps, deleted = excluded.deleted, seq = excluded.seq, changed_at = "
                       "excluded.changed_at")
            .arg(m_db.textParameter()));
    q.addBindValue(record.entity);
    q.addBindValue(record.id);
    q.addBindValue(record.teamId);
    auto stamps = storedStamps(record);
    if (!stamps)
        return stamps.error();
    q.addBindValue(m_db.textValue(record.fields.toJson()));
    q.addBindValue(m_db.textValue(*stamps));
    q.addBindValue(record.deleted ? 1 : 0);
    q.addBindValue(record.seq);
    q.addBindValue(now());
    Status s = m_db.exec(q, QStringLiteral("save record"));
    record.exists = s.ok();
    return s;
}

Result<QString> SyncService::createAdminRecord(ServerRecord record, const std::function<Status()> &alsoInTransaction)
{
    // Teams and users are made by administrators on the server, checked like any record and stamped
    // by the server's own clock; they reach the tablets by pull.
    const EntitySchema *schema = EntityRegistry::find(record.entity);
    Mutation m;
    m.schema = schema;
    m.entityId = record.id;
    if (Status s = validateMerged(record, m); !s)
        return s.error();
    const FieldStamp stamp{m_clock->now(), serverDeviceId()};
    for (const FieldSpec &f : schema->fields)
        record.stamps.insert(f.name, stamp);
    if (Status s = m_db.begin(); !s)
        return s.error();
    Status written = alsoInTransaction ? alsoInTransaction() : ok();
    if (written)
        written = save(record);
    if (!written) {
        m_db.rollback();
        return written.error();
    }
    if (Status s = m_db.commit(); !s)
        return s.error();
    return record.id;
}

Result<QString> SyncService::createTeam(const QString &name, const QString &area)
{
    ServerRecord r;
    r.entity = QStringLiteral("team");
    r.id = Uuid::createV7();
    r.teamId = r.id;
    r.fields.insert(QStringLiteral("name"), name);
    if (!area.isEmpty())
        r.fields.insert(QStringLiteral("area"), area);
    return createAdminRecord(std::move(r), {});
}

Result<QString> SyncService::createUser(const QString &userName, const QString &displayName, const QString &role,
                                        const QString &teamId, const QString &password, const QString &profession)
{
    if (password.size() < 10)
        return Error(QStringLiteral("password"), QStringLiteral("must be at least 10 characters"));
    auto team = load(QStringLiteral("team"), teamId);
    if (!team)
        return team.error();
    if (!team->exists)
        return Error(QStringLiteral("team"), QStringLiteral("no such neighbourhood team"));
    ServerRecord r;
    r.entity = QStringLiteral("user");
    r.id = Uuid::createV7();
    r.teamId = teamId;
    r.fields.insert(QStringLiteral("userName"), userName);
    r.fields.insert(QStringLiteral("displayName"), displayName);
    r.fields.insert(QStringLiteral("role"), role);
    r.fields.insert(QStringLiteral("teamId"), teamId);
    if (!profession.isEmpty())
        r.fields.insert(QStringLiteral("profession"), profession);

    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), m_options.passwordOpsLimit,
                          size_t(m_options.passwordMemLimit))
        != 0)
        return Error(QStringLiteral("password"), QStringLiteral("hashing failed (out of memory)"));
    const QString accountId = r.id;
    return createAdminRecord(std::move(r), [&]() -> Status {
        QSqlQuery &q = m_db.query(QStringLiteral(
            "INSERT INTO accounts (id, user_name, password_hash, role, team_id, display_name, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(accountId);
        q.addBindValue(userName);
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(role);
        q.addBindValue(teamId);
        q.addBindValue(displayName);
        q.addBindValue(now());
        if (!q.exec())
            return Error(QStringLiteral("userName"), QStringLiteral("is already taken"));
        return ok();
    });
}

Result<QList<SyncService::DeviceInfo>> SyncService::listDevices()
{
    QSqlQuery &q = m_db.query(
        QStringLiteral("SELECT d.id, d.name, a.user_name, d.enrolled_at, d.revoked_at, d.last_seen FROM devices d "
                       "JOIN accounts a ON a.id = d.account_id ORDER BY d.enrolled_at"));
    if (Status s = m_db.exec(q, QStringLiteral("list devices")); !s)
        return s.error();
    QList<DeviceInfo> devices;
    while (q.next())
        devices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toLongLong()});
    q.finish();
    return devices;
}

Status SyncService::revokeDevice(const QString &deviceId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(deviceId);
    if (Status s = m_db.exec(q, QStringLiteral("revoke device")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("device"), QStringLiteral("no such device, or already revoked"));
    return ok();
}

Result<int> SyncService::purgeTombstones(qint64 horizonMs, qint64 inactiveAfterMs)
{
    const qint64 before = now() - horizonMs;
    const qint64 activeSince = now() - inactiveAfterMs;
    if (Status s = m_db.begin(); !s)
        return s.error();
    auto failed = [this](const QSqlQuery &q) {
        m_db.rollback();
        return Error(QStringLiteral("database"), q.lastError().text(), QStringLiteral("storage"));
    };
    QSqlQuery &teams
        = m_db.query(QStringLiteral("SELECT DISTINCT team_id FROM records WHERE deleted = 1 AND changed_at < ?"));
    teams.addBindValue(before);
    if (!teams.exec())
        return failed(teams);
    QStringList teamIds;
    while (teams.next())
        teamIds << teams.value(0).toString();
    teams.finish();
    int purged = 0;
    for (const QString &team : teamIds) {
        // How far the slowest active device of the team has pulled; nothing beyond it may go.
        QSqlQuery &slowest = m_db.query(QStringLiteral(
            "SELECT min(d.last_pulled), count(*) FROM devices d JOIN accounts a ON a.id = d.account_id "
            "WHERE a.team_id = ? AND d.revoked_at IS NULL AND COALESCE(d.last_seen, d.enrolled_at) >= ?"));
        slowest.addBindValue(team);
        slowest.addBindValue(activeSince);
        if (!slowest.exec() || !slowest.next())
            return failed(slowest);
        const qint64 limit
            = slowest.value(1).toLongLong() > 0 ? slowest.value(0).toLongLong() : std::numeric_limits<qint64>::max();
        slowest.finish();
        QSqlQuery &highest = m_db.query(QStringLiteral("SELECT max(seq), count(*) FROM records WHERE team_id = ? AND "
                                                       "deleted = 1 AND changed_at < ? AND seq <= ?"));
        highest.addBindValue(team);
        highest.addBindValue(before);
        highest.addBindValue(limit);
        if (!highest.exec() || !highest.next())
            return failed(highest);
        const qint64 through = highest.value(0).toLongLong();
        const int count = highest.value(1).toInt();
        highest.finish();
        if (count == 0)
            continue;
        QSqlQuery &remove = m_db.query(
            QStringLiteral("DELETE FROM records WHERE team_id = ? AND deleted = 1 AND changed_at < ? AND seq <= ?"));
        remove.addBindValue(team);
        remove.addBindValue(before);
        remove.addBindValue(limit);
        if (!remove.exec())
            return failed(remove);
        QSqlQuery &mark = m_db.query(QStringLiteral(
            "INSERT INTO purges (team_id, through_seq) VALUES (?, ?) ON CONFLICT (team_id) DO UPDATE "
            "SET through_seq = CASE WHEN excluded.through_seq > purges.through_seq THEN excluded.through_seq "
            "ELSE purges.through_seq END"));
        mark.addBindValue(team);
        mark.addBindValue(through);
        if (!mark.exec())
            return failed(mark);
        purged += count;
    }
    if (Status s = m_db.commit(); !s)
        return s.error();
    return purged;
}

ServerReply SyncService::health()
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT value FROM sequence WHERE id = 1"));
    if (!q.exec() || !q.next())
        return error(503,
                     Error(QString(), QStringLiteral("the database is not answering"), QStringLiteral("unavailable")));
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    ServerReply reply;
    reply.body = json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("protocol"), Protocol::kVersion},
        {QStringLiteral("sequence"), seq},
        {QStringLiteral("database"),
         m_db.kind() == ServerDatabase::Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres")}});
    return reply;
}

ServerReply SyncService::enrol(const QByteArray &body)
{
    auto request = ProtocolCodec::decodeEnrol(body);
    if (!request)
        return error(400, request.error());
    QSqlQuery &q = m_db.query(QStringLiteral(
        "SELECT id, password_hash, role, team_id, failed_attempts, locked_until FROM accounts WHERE user_name = ?"));
    q.addBindValue(request->userName);
    if (Status s = m_db.exec(q, QStringLiteral("sign in")); !s)
        return error(500, s.error());
    const bool found = q.next();
    const QString accountId = found ? q.value(0).toString() : QString();
    const QByteArray hash = found ? q.value(1).toString().toLatin1() : QByteArray();
    const QString role = found ? q.value(2).toString() : QString();
    const QString teamId = found ? q.value(3).toString() : QString();
    const int failures = found ? q.value(4).toInt() : 0;
    const qint64 lockedUntil = found ? q.value(5).toLongLong() : 0;
    q.finish();

    const Error badCredentials(QString(), QStringLiteral("the user name or password is not correct"),
                               QStringLiteral("bad_credentials"));
    if (found && lockedUntil > now()) {
        ServerReply reply = error(429,
                                  Error(QString(), QStringLiteral("too many failed sign-ins; try again later"),
                                        QStringLiteral("rate_limited")));
        reply.retryAfterSeconds = int((lockedUntil - now() + 999) / 1000);
        return reply;
    }
    const QByteArray password = request->password.toUtf8();
    bool verified = false;
    if (found) {
        verified = crypto_pwhash_str_verify(hash.constData(), password.constData(), quint64(password.size())) == 0;
    } else {
        // Spend the same effort for an unknown user, so the answer's timing does not reveal who exists.
        char dummy[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(dummy, password.constData(), quint64(password.size()), m_options.passwordOpsLimit,
                              size_t(m_options.passwordMemLimit))
            != 0)
            qCWarning(lcServerDb) << "password hashing failed (out of memory)";
    }
    if (!verified) {
        if (found) {
            // Each failure after the fourth locks the account for twice as long, up to five minutes.
            const int attempts = failures + 1;
            const qint64 lock = attempts >= 5 ? qMin<qint64>(1000LL << qMin(attempts - 5, 8), 300000) : 0;
            QSqlQuery &u
                = m_db.query(QStringLiteral("UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
            u.addBindValue(attempts);
            u.addBindValue(lock ? now() + lock : 0);
            u.addBindValue(accountId);
            (void)m_db.exec(u, QStringLiteral("count failed sign-in"));
        }
        return error(401, badCredentials);
    }

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    if (Status s = m_db.begin(); !s)
        return error(500, s.error());
    QSqlQuery &reset
        = m_db.query(QStringLiteral("UPDATE accounts SET failed_attempts = 0, locked_until = 0 WHERE id = ?"));
    reset.addBindValue(accountId);
    if (Status s = m_db.exec(reset, QStringLiteral("sign in")); !s) {
        m_db.rollback();
        return error(500, s.error());
    }
    // A device that enrols again (a new sign-in on the same tablet) gets a new token; its counter
    // and cursor stay, so nothing it pushed is applied twice.
    QSqlQuery &d = m_db.query(
        QStringLiteral("INSERT INTO devices (id, account_id, token_hash, name, enrolled_at) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, name = excluded.name, "
                       "account_id = excluded.account_id, enrolled_at = excluded.enrolled_at, revoked_at = NULL "
                       "WHERE devices.account_id = excluded.account_id"));
    d.addBindValue(request->deviceId);
    d.addBindValue(accountId);
    d.addBindValue(tokenHash(token));
    d.addBindValue(request->deviceName);
    d.addBindValue(now());
    if (Status s = m_db.exec(d, QStringLiteral("enrol device")); !s) {
        m_db.rollback();
        return error(500, s.error());
    }
    if (d.numRowsAffected() != 1) {
        m_db.rollback();
        return error(403,
                     Error(QStringLiteral("deviceId"), QStringLiteral("is enrolled to another user"),
                           QStringLiteral("forbidden")));
    }
    if (Status s = m_db.commit(); !s)
        return error(500, s.error());
    ServerReply reply;
    reply.body = json(QJsonObject{{QStringLiteral("deviceToken"), QString::fromLatin1(token)},
                                  {QStringLiteral("userId"), accountId},
                                  {QStringLiteral("teamId"), teamId},
                                  {QStringLiteral("role"), role},
                                  {QStringLiteral("serverTime"), now()}});
    return reply;
}

Result<SyncService::Device> SyncService::authenticate(const QByteArray &token)
{
    const Error unauthorized(QString(), QStringLiteral("this device is not signed in"), QStringLiteral("unauthorized"));
    if (token.isEmpty() || token.size() > 100)
        return unauthorized;
    QSqlQuery &q
        = m_db.query(QStringLiteral("SELECT d.id, d.account_id, a.team_id, a.role, d.revoked_at FROM devices d "
                                    "JOIN accounts a ON a.id = d.account_id WHERE d.token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (Status s = m_db.exec(q, QStringLiteral("authenticate")); !s)
        return s.error();
    if (!q.next())
        return unauthorized;
    Device device{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    const bool revoked = !q.value(4).isNull();
    q.finish();
    if (revoked)
        return Error(QString(), QStringLiteral("this device has been revoked; sign in again"),
                     QStringLiteral("revoked"));
    return device;
}

Result<QString> SyncService::teamOf(const Mutation &m, const ServerRecord &current)
{
    if (current.exists)
        return current.teamId;
    const QString entity = m.schema->entity;
    if (entity == QLatin1String("team"))
        return m.entityId;
    const int teamField = m.schema->indexOf(u"teamId");
    if (teamField >= 0) {
        for (const Mutation::Change &c : m.changes) {
            if (c.field == teamField)
                return c.newValue.toString();
        }
        return Error(m.schema->entity + QStringLiteral(".teamId"), QStringLiteral("is required"),
                     QStringLiteral("invalid_value"), m.name());
    }
    const Parent *parent = parentOf(entity);
    if (!parent)
        return Error(m.schema->entity, QStringLiteral("cannot be created by a device"), QStringLiteral("forbidden"),
                     m.name());
    const int parentField = m.schema->indexOf(QString::fromLatin1(parent->field));
    QString parentId;
    for (const Mutation::Change &c : m.changes) {
        if (c.field == parentField)
            parentId = c.newValue.toString();
    }
    auto parentRecord = load(QString::fromLatin1(parent->entity), parentId);
    if (!parentRecord)
        return parentRecord.error();
    if (!parentRecord->exists)
        return Error(m.schema->entity + u'.' + QString::fromLatin1(parent->field),
                     QStringLiteral("names a %1 the server does not have").arg(QString::fromLatin1(parent->entity)),
                     QStringLiteral("unknown_parent"), m.name());
    return parentRecord->teamId;
}

Result<QSet<QString>> SyncService::intervieweePeople(const QString &teamId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM records WHERE team_id = ? AND entity = ? AND deleted = 0")
                                  .arg(m_db.textColumn(QLatin1StringView("fields"))));
    q.addBindValue(teamId);
    q.addBindValue(QStringLiteral("interviewee"));
    if (Status s = m_db.exec(q, QStringLiteral("interview list")); !s)
        return s.error();
    QSet<QString> people;
    while (q.next())
        people.insert(parseObject(ServerDatabase::utf8(q.value(0))).value(QStringLiteral("personId")).toString());
    q.finish();
    return people;
}

Status SyncService::validateMerged(const ServerRecord &record, const Mutation &m)
{
    const auto check = [&](size_t i, const QJsonValue &json, QVariant &value) -> Status {
        const FieldSpec &spec = m.schema->fields[i];
        auto v = FieldCodec::fromJson(spec, json);
        if (!v)
            return Error(m.schema->entity + u'.' + spec.name, v.error().reason, QStringLiteral("invalid_value"),
                         m.name());
        value = std::move(v).value();
        return ok();
    };
    if (record.exists) {
        // A merge of changes from several devices is checked only field by field, since two valid
        // edits made apart (a check-in here, a check-out there) must not lock a device out; and only
        // the fields this mutation names, the rest being as they were checked when written.
        for (const Mutation::Change &c : m.changes) {
            const size_t i = size_t(c.field);
            QVariant value;
            if (Status s = check(i, record.fields.value(m.schema->fields[i].name), value); !s)
                return s;
            if (Status s = m.schema->validateField(c.field, value); !s)
                return Error(s.error().field, s.error().reason, QStringLiteral("invalid_value"), m.name());
        }
        return ok();
    }
    // A new record is checked whole.
    Values values(m.schema->fields.size());
    for (size_t i = 0; i < m.schema->fields.size(); ++i) {
        if (Status s = check(i, record.fields.value(m.schema->fields[i].name), values[i]); !s)
            return s;
    }
    if (Status s = m.schema->validate(values); !s)
        return Error(s.error().field, s.error().reason, QStringLiteral("invalid_value"), m.name());
    return ok();
}

Status SyncService::recordConflict(const ServerRecord &record, const QString &kind, const QString &field,
                                   const QJsonValue &base, const QJsonValue &kept, const QJsonValue &other,
                                   const QString &otherDevice)
{
    const EntitySchema *schema = EntityRegistry::find(u"conflict");
    ServerRecord c;
    c.entity = schema->entity;
    c.id = Uuid::createV7();
    c.teamId = record.teamId;
    c.fields.insert(QStringLiteral("recordEntity"), record.entity);
    c.fields.insert(QStringLiteral("recordId"), record.id);
    c.fields.insert(QStringLiteral("kind"), kind);
    if (!field.isEmpty())
        c.fields.insert(QStringLiteral("field"), field);
    c.fields.insert(QStringLiteral("base"), base.isString() ? base : QJsonValue::Null);
    c.fields.insert(QStringLiteral("kept"), kept.isString() ? kept : QJsonValue::Null);
    c.fields.insert(QStringLiteral("other"), other.isString() ? other : QJsonValue::Null);
    if (Uuid::isValid(otherDevice))
        c.fields.insert(QStringLiteral("otherDeviceId"), otherDevice);
    c.fields.insert(QStringLiteral("detectedAt"),
                    QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC).toString(Qt::ISODateWithMs));
    c.fields.insert(QStringLiteral("resolved"), false);
    const FieldStamp stamp{m_clock->now(), serverDeviceId()};
    for (const FieldSpec &f : schema->fields)
        c.stamps.insert(f.name, stamp);
    return save(c);
}

Status SyncService::beginBatch(const std::vector<Mutation> &mutations, qint64 lastCounter)
{
    dropBatch();
    m_batchSequence = 0;

    // The records the mutations name, and the parents that decide a new record's team.
    QHash<QString, QStringList> wanted;
    for (const Mutation &m : mutations) {
        if (m.counter <= lastCounter)
            continue;
        wanted[m.schema->entity].append(m.entityId);
        if (const Parent *parent = parentOf(m.schema->entity)) {
            const int parentField = m.schema->indexOf(QString::fromLatin1(parent->field));
            for (const Mutation::Change &c : m.changes) {
                if (c.field == parentField && c.newValue.isString())
                    wanted[QString::fromLatin1(parent->entity)].append(c.newValue.toString());
            }
        }
    }
    const bool postgres = m_db.kind() == ServerDatabase::Kind::Postgres;
    if (postgres) {
        // Every record read below is locked until this push commits, so that it is the last one
        // committed and stays so: pushes touching other records apply side by side, and only the
        // numbering of their changes is one after another (finishBatch). SQLite needs none of this:
        // BEGIN IMMEDIATE already lets one writer in at a time. The locks are taken in the order of
        // their keys, so two pushes wanting the same records cannot each hold what the other waits for.
        QStringList keys;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            for (const QString &id : it.value())
                keys << it.key() + u'/' + id;
        }
        QSqlQuery &lock = m_db.query(
            QStringLiteral("SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtextextended(x, 0) AS k "
                           "FROM unnest(CAST(? AS TEXT[])) AS x ORDER BY k) AS keys"));
        lock.addBindValue(ServerDatabase::textArray(keys));
        if (Status s = m_db.exec(lock, QStringLiteral("lock records")); !s)
            return s;
        lock.finish();
    }
    // On PostgreSQL, all of a record type's ids in one array parameter: a list of 50 placeholders cost
    // PostgreSQL more to parse and plan than to run (bench_sync_ingest). On SQLite, always kChunk
    // placeholders (the last id repeated), so each statement is prepared once.
    const qsizetype chunk = postgres ? std::numeric_limits<qsizetype>::max() : 50;
    QString marks = QStringLiteral("?");
    for (qsizetype i = 1; !postgres && i < chunk; ++i)
        marks += QStringLiteral(", ?");

    const QString columns
        = QStringLiteral("id, team_id, %1, %2, deleted, seq")
              .arg(m_db.textColumn(QLatin1StringView("fields")), m_db.textColumn(QLatin1StringView("stamps")));
    const QString sql = postgres
        ? QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ANY (CAST(? AS "
                         "TEXT[]))")
              .arg(columns)
        : QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id IN (%2)").arg(columns, marks);
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        QStringList &ids = it.value();
        ids.removeDuplicates();
        for (qsizetype start = 0; start < ids.size(); start += std::min(chunk, ids.size())) {
            const qsizetype end = std::min(start + std::min(chunk, ids.size()), ids.size());
            QVariantList values{it.key()};
            if (postgres) {
                values << ServerDatabase::textArray(ids);
            } else {
                for (qsizetype i = 0; i < chunk; ++i)
                    values << ids.at(std::min(start + i, ids.size() - 1));
            }
            for (qsizetype i = start; i < end; ++i) {
                ServerRecord absent;
                absent.entity = it.key();
                absent.id = ids.at(i);
                m_batchRecords.insert(it.key() + u'/' + ids.at(i), absent);
            }
            const Status read = m_db.selectRows(sql, values, QStringLiteral("load records"),
                                                [&](const QueryRow &row) -> Result<bool> {
                                                    ServerRecord r;
                                                    r.entity = it.key();
                                                    r.id = row.text(0);
                                                    if (Status s = readStored(row, 1, r); !s)
                                                        return s.error();
                                                    QString key = r.entity + u'/' + r.id;
                                                    m_batchRecords.emplace(std::move(key), std::move(r));
                                                    return true;
                                                });
            if (!read)
                return read;
        }
    }
    return ok();
}

Status SyncService::finishBatch(const QString &deviceId, MergedPush &merged)
{
    const qint64 changedAt = now();
    std::vector<LoggedMutation> &log = merged.log;
    std::vector<const ServerRecord *> dirty;
    dirty.reserve(merged.dirty.size());
    for (const QString &key : merged.dirty)
        dirty.push_back(&m_batchRecords.constFind(key).value());
    const std::vector<QVariant> &fields = merged.fields;
    // The push's changes were numbered -1, -2, … (nextSequence); they take the next numbers of the
    // sequence, whose row stays locked until the commit, so that numbers become visible in the order
    // they were given and a pull never skips a change that commits later with a lower number.
    const qint64 used = m_batchSequence.value_or(0);
    qint64 base = 0;
    if (used > 0) {
        QSqlQuery &q = m_db.query(QStringLiteral("UPDATE sequence SET value = value + ? WHERE id = 1 RETURNING value"));
        q.addBindValue(used);
        if (Status s = m_db.exec(q, QStringLiteral("sequence")); !s)
            return s;
        if (!q.next())
            return Error(QStringLiteral("database"), QStringLiteral("the sequence row is missing"),
                         QStringLiteral("storage"));
        base = q.value(0).toLongLong() - used;
        q.finish();
    }
    const auto numbered = [base](qint64 seq) { return seq < 0 ? base - seq : seq; };

    std::vector<QVariantList> records;
    records.reserve(dirty.size());
    for (size_t i = 0; i < dirty.size(); ++i) {
        const ServerRecord &r = *dirty[i];
        // After the sequence: a device's first stamp gets its number here, one push at a time.
        auto stamps = storedStamps(r);
        if (!stamps)
            return stamps.error();
        records.push_back({r.entity, r.id, r.teamId, fields[i], m_db.rowTextValue(*stamps), r.deleted ? 1 : 0,
                           numbered(r.seq), changedAt});
    }
    if (Status s = m_db.execRows(
            QStringLiteral("INSERT INTO records (entity, id, team_id, fields, stamps, deleted, seq, changed_at)"),
            QStringLiteral(
                "ON CONFLICT (entity, id) DO UPDATE SET team_id = excluded.team_id, fields = excluded.fields, "
                "stamps = excluded.stamps, deleted = excluded.deleted, seq = excluded.seq, "
                "changed_at = excluded.changed_at"),
            records, QStringLiteral("save records"),
            QStringLiteral("?, ?, ?, %1, %1, ?, ?, ?").arg(m_db.textParameter()));
        !s)
        return s;
    std::vector<QVariantList> logged;
    logged.reserve(log.size());
    for (LoggedMutation &m : log) {
        m.seq = numbered(m.seq);
        logged.push_back({deviceId, m.counter, storedHlc(m.hlc), m.status, m.seq});
    }
    if (Status s = m_db.execRows(QStringLiteral("INSERT INTO mutations (device_id, counter, hlc, status, seq)"),
                                 QString(), logged, QStringLiteral("log mutations"));
        !s)
        return s;
    dropBatch();
    return ok();
}

void SyncService::dropBatch()
{
    m_batchSequence.reset();
    // Called again once the batch has ended (finishBatch, then on return): that must not free them.
    if (!m_batchRecords.isEmpty()) {
        m_batchRecords.swap(m_spentRecords);
        m_batchRecords.clear(); // what was kept aside before, if freeSpent() has not run since: rare
    }
    m_batchDirty.clear();
}

void SyncService::freeSpent()
{
    m_spentRecords.clear();
    m_spentMutations.clear();
}

Result<SyncService::Applied> SyncService::apply(const Device &device, const Mutation &m)
{
    const QString entity = m.schema->entity;
    if (!mayWrite(device.role, entity) || (entity == QLatin1String("conflict") && m.op == QLatin1String("create")))
        return Error(QStringLiteral("mutations.entity"),
                     QStringLiteral("a %1 may not write %2 records").arg(device.role, entity),
                     QStringLiteral("forbidden"), m.name());
    auto loaded = load(entity, m.entityId);
    if (!loaded)
        return loaded.error();
    ServerRecord record = std::move(loaded).value();
    if (!record.exists && m.op == QLatin1String("update")) {
        // The record was deleted and purged while this device was away beyond the horizon. Its edit is
        // not applied to nothing, and not dropped: each text it carried is kept as a conflict for a
        // person to review.
        record.teamId = device.teamId;
        bool kept = false;
        for (const Mutation::Change &c : m.changes) {
            const FieldSpec &spec = m.schema->fields[size_t(c.field)];
            if (isFreeText(spec) && c.newValue.isString()) {
                if (Status s = recordConflict(record, QStringLiteral("delete"), spec.name, c.oldValue, {}, c.newValue,
                                              device.id);
                    !s)
                    return s.error();
                kept = true;
            }
        }
        return Applied{kept ? QStringLiteral("conflict") : QStringLiteral("applied"), 0};
    }
    auto team = teamOf(m, record);
    if (!team)
        return team.error();
    if (*team != device.teamId)
        return Error(QStringLiteral("mutations.id"), QStringLiteral("belongs to another neighbourhood team"),
                     QStringLiteral("forbidden"), m.name());
    record.teamId = *team;

    // A device's clock may be far ahead; such a stamp is replaced by one from the server's own clock, so
    // the device cannot win every merge for days. The server's clock only moves forward, so a device's
    // clamped changes keep their order among themselves.
    const quint64 ceiling = HybridLogicalClock::pack(now() + Protocol::kMaxClockAheadMs, 0);
    FieldStamp incoming{m.hlc, device.id};
    if (m.hlc > ceiling)
        incoming.hlc = m_clock->now();
    else
        m_clock->observe(m.hlc);
    bool conflict = false;

    if (m.op == QLatin1String("delete")) {
        if (!record.exists)
            return Applied{QStringLiteral("applied"), 0}; // nothing to delete: already purged or never here
        if (record.deleted)
            return Applied{QStringLiteral("applied"), record.seq};
        // An edit the deleting device had not seen survives the delete, and a person is asked.
        bool editedUnseen = false;
        for (auto it = record.stamps.begin(); it != record.stamps.end(); ++it) {
            const FieldStamp &s = it.value();
            if (it.key() != kDeletedKey && s.deviceId != device.id && s.hlc > m.seenHlc)
                editedUnseen = true;
        }
        if (editedUnseen) {
            if (Status s = recordConflict(record, QStringLiteral("delete"), {}, {}, {}, {}, device.id); !s)
                return s.error();
            conflict = true;
        } else {
            record.deleted = true;
            record.stamps.insert(kDeletedKey, incoming);
        }
    } else {
        if (record.exists && record.deleted) {
            // An edit racing a delete: the record comes back, flagged for a person to look at.
            record.deleted = false;
            record.stamps.insert(kDeletedKey, incoming);
            if (Status s = recordConflict(record, QStringLiteral("delete"), {}, {}, {}, {}, device.id); !s)
                return s.error();
            conflict = true;
        }
        for (const Mutation::Change &c : m.changes) {
            const FieldSpec &spec = m.schema->fields[size_t(c.field)];
            const FieldStamp current = record.stamps.value(spec.name);
            // Text this device changed, where another device's text stands: both must survive. The
            // texts are compared only where another device wrote the field last, since comparing two
            // notes makes a QString of each.
            QJsonValue currentOrNull;
            bool changedText = false;
            if (record.exists && isFreeText(spec) && current.deviceId != device.id && c.newValue != c.oldValue) {
                const QJsonValue currentValue = record.fields.value(spec.name);
                currentOrNull = currentValue.isUndefined() ? QJsonValue(QJsonValue::Null) : currentValue;
                changedText = currentOrNull != c.newValue;
            }
            // A device's own changes apply in the order it made them, whatever their stamps say.
            if (current.deviceId == device.id || incoming.laterThan(current)) {
                // The text in place is kept aside unless it is the one this device started from (then
                // it saw it, and replaced it knowingly).
                if (changedText && currentOrNull != c.oldValue) {
                    if (Status s = recordConflict(record, QStringLiteral("text"), spec.name, c.oldValue, c.newValue,
                                                  currentOrNull, current.deviceId);
                        !s)
                        return s.error();
                    conflict = true;
                }
                record.fields.insert(spec.name, c.newValue);
                record.stamps.insert(spec.name, incoming);
            } else if (changedText) {
                // The device's text lost by its stamp. It is kept even when the text in place equals the
                // one the device started from: that text may have been changed and changed back since
                // (A to B to A), and this device's text would otherwise vanish without a trace.
                if (Status s = recordConflict(record, QStringLiteral("text"), spec.name, c.oldValue, currentOrNull,
                                              c.newValue, device.id);
                    !s)
                    return s.error();
                conflict = true;
            }
        }
        if (!record.exists) {
            // Fields a create leaves out are stamped too, so a later edit of them merges like any other.
            for (const FieldSpec &f : m.schema->fields) {
                if (!record.stamps.contains(f.name))
                    record.stamps.insert(f.name, incoming);
            }
        }
        if (Status s = validateMerged(record, m); !s)
            return s.error();
    }
    if (Status s = save(record); !s)
        return s.error();
    return Applied{conflict ? QStringLiteral("conflict") : QStringLiteral("applied"), record.seq};
}

ServerReply SyncService::push(const QByteArray &token, const QByteArray &body)
{
    freeSpent();
    auto device = authenticate(token);
    if (!device)
        return error(device.error().code == QLatin1String("storage") ? 500 : 401, device.error());
    const DevicePushes::Handling handling = DevicePushes::shared().handle(device->id);
    auto request = ProtocolCodec::decodePush(body);
    if (!request)
        return error(request.error().code == QLatin1String("too_large") ? 413 : 400, request.error());
    if (request->deviceId != device->id)
        return error(403,
                     Error(QStringLiteral("deviceId"), QStringLiteral("does not match the signed-in device"),
                           QStringLiteral("forbidden")));
    // A device sends its next push while the one ahead of it is applied (sync/PROTOCOL.md): one that
    // reaches the database first waits here for the other, rather than being refused as a gap.
    constexpr int kMostWaits = 4;
    for (int waits = 0;; ++waits) {
        const quint64 ended = handling.endedSoFar();
        bool ahead = false;
        ServerReply reply = applyPush(*device, *request, &ahead);
        if (!ahead || waits == kMostWaits || !handling.waitForAnother(ended, m_db.writeWaitLimit())) {
            m_spentMutations = std::move(request->mutations);
            return reply;
        }
    }
}

Result<qint64> SyncService::lastCounterOf(const QString &deviceId, bool locked)
{
    QSqlQuery &q = m_db.query(locked ? QStringLiteral("SELECT last_counter FROM devices WHERE id = ? FOR UPDATE")
                                     : QStringLiteral("SELECT last_counter FROM devices WHERE id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return Error(QString(), QStringLiteral("cannot read the device"), QStringLiteral("storage"));
    const qint64 counter = q.value(0).toLongLong();
    q.finish();
    return counter;
}

std::optional<ServerReply> SyncService::mergePush(const Device &device, const PushRequest &request, qint64 lastCounter,
                                                  MergedPush &merged, bool *ahead)
{
    merged = MergedPush();
    merged.lastCounter = lastCounter;
    merged.results.reserve(request.mutations.size());
    for (size_t i = 0; i < request.mutations.size(); ++i) {
        const Mutation &m = request.mutations[i];
        if (m.counter <= merged.lastCounter) {
            // Already applied: a replayed batch returns the stored result and changes nothing. The same
            // counter with another stamp is another mutation (a device restored from an old backup
            // counts again from where the backup was): refused, not taken for a replay.
            QSqlQuery &seen = m_db.query(
                QStringLiteral("SELECT status, seq, hlc FROM mutations WHERE device_id = ? AND counter = ?"));
            seen.addBindValue(device.id);
            seen.addBindValue(m.counter);
            if (!seen.exec())
                return error(500, Error(QString(), seen.lastError().text(), QStringLiteral("storage")));
            // A mutation logged before stamps were kept (schema 2) has none: its replay is taken as one.
            if (!seen.next() || (!seen.value(2).isNull() && seen.value(2).toLongLong() != storedHlc(m.hlc))) {
                seen.finish();
                return error(409,
                             Error(QStringLiteral("mutations[%1].hlc").arg(i),
                                   QStringLiteral("counter %1 was already used by another mutation").arg(m.counter),
                                   QStringLiteral("out_of_order"), m.name()));
            }
            merged.results.push_back(
                {QStringLiteral("duplicate"), seen.value(0).toString(), seen.value(1).toLongLong()});
            seen.finish();
            continue;
        }
        if (m.counter != merged.lastCounter + 1)
            return gapError(m, merged.lastCounter, ahead);
        auto applied = apply(device, m);
        if (!applied) {
            const QString code = applied.error().code;
            return error(code == QLatin1String("forbidden")     ? 403
                             : code == QLatin1String("storage") ? 500
                                                                : 422,
                         applied.error());
        }
        merged.log.push_back({m.counter, m.hlc, applied->status, applied->seq});
        merged.loggedResults.push_back(merged.results.size());
        merged.lastCounter = m.counter;
        merged.results.emplace_back(); // answered once finishBatch has numbered the change
    }
    // The text of each record changed is made here, before the push waits for anything: for the
    // sequence row, which every push waits for; on PostgreSQL, also for the device's row.
    merged.dirty.reserve(size_t(m_batchDirty.size()));
    merged.fields.reserve(size_t(m_batchDirty.size()));
    for (const QString &key : std::as_const(m_batchDirty)) {
        merged.dirty.push_back(key);
        merged.fields.push_back(m_db.rowTextValue(m_batchRecords.constFind(key)->fields.toJson()));
    }
    return std::nullopt;
}

ServerReply SyncService::gapError(const Mutation &m, qint64 lastCounter, bool *ahead) const
{
    *ahead = m.counter > lastCounter + 1;
    return error(
        409,
        Error(QStringLiteral("from"),
              QStringLiteral("is %1 but the server expects %2: a batch is missing").arg(m.counter).arg(lastCounter + 1),
              QStringLiteral("out_of_order"), m.name()));
}

ServerReply SyncService::applyPush(const Device &device, const PushRequest &request, bool *ahead)
{
    if (Status s = m_db.begin(); !s)
        return error(500, s.error());
    const auto dropBatchOnReturn = qScopeGuard([this] { dropBatch(); });
    const auto failed = [this](int status, const Error &e) {
        m_db.rollback();
        return error(status, e);
    };
    const Mutation &first = request.mutations.front();
    MergedPush merged;
    std::optional<ServerReply> refused;
    qint64 lastCounter = 0;
    if (m_db.kind() == ServerDatabase::Kind::Postgres) {
        // The batch's records are locked, read and merged before the device's row is locked (to the
        // commit), so that a device's next push does all that while the push ahead of it still
        // writes and commits, and then waits only for the device's counter. It merges as if that
        // push ends where this one starts. The counter read first, without a lock, may be behind,
        // never ahead: every record a mutation past it names is read and locked. Locks are always
        // taken in this order (records, the device, the sequence), so pushes cannot deadlock.
        auto seen = lastCounterOf(device.id, false);
        if (!seen)
            return failed(500, seen.error());
        const qint64 assumed = std::max(*seen, first.counter - 1);
        if (Status s = beginBatch(request.mutations, assumed); !s)
            return failed(500, s.error());
        refused = mergePush(device, request, assumed, merged, ahead);
        if (refused && refused->status >= 500) {
            m_db.rollback();
            return *refused;
        }
        // A second push of the same mutations (a retry while the first is still applied by another
        // worker or instance) waits here, then finds the counter the first left.
        auto counter = lastCounterOf(device.id, true);
        if (!counter)
            return failed(500, counter.error());
        lastCounter = *counter;
        if (lastCounter < assumed) {
            // The push ahead of this one did not end where this one starts: a gap, or not yet sent.
            m_db.rollback();
            return gapError(first, lastCounter, ahead);
        }
        if (lastCounter > assumed) {
            // Some of the mutations were applied meanwhile: merged again from the counter as it is
            // now, which nothing else can move; the records needed are among those locked.
            *ahead = false;
            if (Status s = beginBatch(request.mutations, lastCounter); !s)
                return failed(500, s.error());
            refused = mergePush(device, request, lastCounter, merged, ahead);
        }
    } else {
        // SQLite lets one writer in at a time (BEGIN IMMEDIATE): the counter read is the last.
        auto counter = lastCounterOf(device.id, false);
        if (!counter)
            return failed(500, counter.error());
        lastCounter = *counter;
        // Told before the batch's records are read: a push that came ahead of another waits for it.
        if (first.counter > lastCounter + 1) {
            m_db.rollback();
            return gapError(first, lastCounter, ahead);
        }
        if (Status s = beginBatch(request.mutations, lastCounter); !s)
            return failed(500, s.error());
        refused = mergePush(device, request, lastCounter, merged, ahead);
    }
    if (refused) {
        m_db.rollback();
        return *refused;
    }
    QSqlQuery &update = m_db.query(QStringLiteral("UPDATE devices SET last_counter = ?, last_seen = ? WHERE id = ?"));
    update.addBindValue(merged.lastCounter);
    update.addBindValue(now());
    update.addBindValue(device.id);
    if (Status s = m_db.exec(update, QStringLiteral("device counter")); !s)
        return failed(500, s.error());
    if (Status s = finishBatch(device.id, merged); !s)
        return failed(500, s.error());
    if (Status s = m_db.commit(); !s)
        return error(500, s.error());
    std::vector<PushAnswer> &results = merged.results;
    for (size_t i = 0; i < merged.log.size(); ++i)
        results[merged.loggedResults[i]] = {merged.log[i].status, QString(), merged.log[i].seq};
    // Written out directly, members in the order QJsonDocument writes them: building a QJsonObject
    // for each of 500 answers first took a millisecond of every push.
    ServerReply reply;
    QByteArray &answer = reply.body;
    answer.reserve(qsizetype(results.size()) * 40 + 96);
    answer += "{\"acknowledgedThrough\":" + QByteArray::number(merged.lastCounter) + ",\"results\":[";
    for (size_t i = 0; i < results.size(); ++i) {
        const PushAnswer &a = results[i];
        answer += i == 0 ? "{" : ",{";
        if (!a.result.isNull()) {
            answer += "\"result\":";
            appendJsonString(answer, a.result);
            answer += ',';
        }
        answer += "\"seq\":" + QByteArray::number(a.seq) + ",\"status\":";
        appendJsonString(answer, a.status);
        answer += '}';
    }
    answer += "],\"serverTime\":" + QByteArray::number(now()) + '}';
    return reply;
}

ServerReply SyncService::pull(const QByteArray &token, const QByteArray &body)
{
    freeSpent();
    auto device = authenticate(token);
    if (!device)
        return error(device.error().code == QLatin1String("storage") ? 500 : 401, device.error());
    auto request = ProtocolCodec::decodePull(body);
    if (!request)
        return error(400, request.error());
    if (request->deviceId != device->id)
        return error(403,
                     Error(QStringLiteral("deviceId"), QStringLiteral("does not match the signed-in device"),
                           QStringLiteral("forbidden")));
    if (request->after > 0 && !request->resync) {
        // Deletions this device never saw were purged: it must push what it has, then start again.
        // (A device already starting again from 0 pages on: what it does not see, it drops.)
        QSqlQuery &purged = m_db.query(QStringLiteral("SELECT through_seq FROM purges WHERE team_id = ?"));
        purged.addBindValue(device->teamId);
        if (!purged.exec())
            return error(500, Error(QString(), purged.lastError().text(), QStringLiteral("storage")));
        const qint64 through = purged.next() ? purged.value(0).toLongLong() : 0;
        purged.finish();
        if (request->after < through)
            return error(410,
                         Error(QStringLiteral("after"),
                               QStringLiteral("is before deletions that were purged (through %1); resynchronise "
                                              "from 0")
                                   .arg(through),
                               QStringLiteral("resync_required")));
    }
    // A peer evaluator's device also scans people's records, but receives only the projection of
    // those on the team's interview list (PersonProjection); everyone else's are passed over.
    const bool peer = device->role == QLatin1String("peer-evaluator");
    QStringList entities = visibleEntities(device->role);
    if (peer)
        entities << QStringLiteral("person");
    QStringList marks;
    for (qsizetype i = 0; i < entities.size(); ++i)
        marks << QStringLiteral("?");
    // The placeholders are counted, never filled with text; the entity names are bound.
    const QString sql = QStringLiteral("SELECT entity, id, %1, %2, deleted, seq FROM records "
                                       "WHERE team_id = ? AND seq > ? AND entity IN (%3) ORDER BY seq LIMIT ?")
                            .arg(m_db.textColumn(QLatin1StringView("fields")),
                                 m_db.textColumn(QLatin1StringView("stamps")), marks.join(u','));
    QVariantList values{device->teamId, request->after};
    for (const QString &e : std::as_const(entities))
        values << e;
    values << request->limit + 1;
    // The page is written around the stored fields and stamps as they are: the server wrote them
    // as JSON objects after validating them, and parsing them only to write them again was most
    // of a pull's cost.
    QByteArray page;
    page.reserve(64 * 1024);
    page += "{\"records\":[";
    qint64 next = request->after;
    int count = 0;
    bool more = false;
    QSet<qint64> devices; // named by the page's stamps, listed after the records
    if (!peer) {
        const Status read
            = m_db.selectRows(sql, values, QStringLiteral("pull"), [&](const QueryRow &row) -> Result<bool> {
                  if (count == request->limit || (count > 0 && page.size() > Protocol::kBodyTargetBytes)) {
                      more = true;
                      return false;
                  }
                  next = row.int64(5);
                  if (count++ > 0)
                      page += ',';
                  const QByteArray stamps = row.utf8(3);
                  StampGroups::collectDevices(stamps, &devices);
                  appendPulled(page, row.text(0), row.text(1), row.int64(4) != 0, row.utf8(2), stamps, false);
                  return true;
              });
        if (!read)
            return error(500, read.error());
    } else {
        std::vector<ServerRecord> rows;
        const Status read
            = m_db.selectRows(sql, values, QStringLiteral("pull"), [&](const QueryRow &row) -> Result<bool> {
                  ServerRecord r;
                  r.entity = row.text(0);
                  r.id = row.text(1);
                  auto fields = StoredFields::fromJson(row.utf8(2));
                  if (!fields)
                      return Error(
                          QStringLiteral("records"),
                          QStringLiteral("hold %1/%2 whose fields %3").arg(r.entity, r.id, fields.error().reason),
                          QStringLiteral("storage"));
                  r.fields = std::move(fields).value();
                  const EntitySchema *schema = EntityRegistry::find(r.entity);
                  auto stamps = schema ? m_numbers.expand(row.utf8(3), *schema)
                                       : Result<ServerStamps>(Error(QStringLiteral("records"),
                                                                    QStringLiteral("hold an unknown record type"),
                                                                    QStringLiteral("storage")));
                  if (!stamps)
                      return stamps.error();
                  r.stamps = std::move(stamps).value();
                  r.teamId = device->teamId;
                  r.deleted = row.int64(4) != 0;
                  r.seq = row.int64(5);
                  r.exists = true;
                  rows.push_back(std::move(r));
                  return true;
              });
        if (!read)
            return error(500, read.error());
        auto people = intervieweePeople(device->teamId);
        if (!people)
            return error(500, people.error());
        const QSet<QString> listed = std::move(people).value();
        QSet<QString> projected; // people already in this page
        for (size_t i = 0; i < rows.size(); ++i) {
            const ServerRecord &row = rows[i];
            std::vector<std::pair<ServerRecord, bool>> out; // a record and whether it is a projection
            if (row.entity == QLatin1String("person")) {
                if (listed.contains(row.id) && !projected.contains(row.id)) {
                    out.emplace_back(PersonProjection::of(row), true);
                    projected.insert(row.id);
                }
            } else {
                // A person's own change is usually older than their place on the list, so it is behind
                // the device's cursor: the projection goes with the interviewee, ahead of it.
                const QString personId = row.fields.value(QStringLiteral("personId")).toString();
                const bool intervieweeOf = row.entity == QLatin1String("interviewee") && !projected.contains(personId);
                if (intervieweeOf && !row.deleted) {
                    auto person = load(QStringLiteral("person"), personId);
                    if (!person)
                        return error(500, person.error());
                    if (person->exists && person->teamId == device->teamId) {
                        out.emplace_back(PersonProjection::of(*person), true);
                        projected.insert(personId);
                    }
                } else if (intervieweeOf && !listed.contains(personId)) {
                    // Taken off the last list: the tablet's copy goes, stamped by the deletion that did it.
                    ServerRecord gone;
                    gone.entity = QStringLiteral("person");
                    gone.id = personId;
                    gone.deleted = true;
                    gone.seq = row.seq;
                    if (row.stamps.contains(kDeletedKey))
                        gone.stamps.insert(kDeletedKey, row.stamps.value(kDeletedKey));
                    out.emplace_back(std::move(gone), true);
                    projected.insert(personId);
                }
                out.emplace_back(row, false);
            }
            // The page holds at most `limit` records and about kBodyTargetBytes, and at least one row's
            // worth however small the limit.
            if (i == size_t(request->limit) || (count > 0 && count + qsizetype(out.size()) > request->limit)
                || (count > 0 && page.size() > Protocol::kBodyTargetBytes)) {
                more = true;
                break;
            }
            for (const auto &[record, projection] : out) {
                auto stamps = storedStamps(record, projection, &devices);
                if (!stamps)
                    return error(500, stamps.error());
                if (count++ > 0)
                    page += ',';
                appendPulled(page, record.entity, record.id, record.deleted, record.fields.toJson(), *stamps,
                             projection);
            }
            next = row.seq;
        }
    }
    // The devices the stamps name by number, so the tablet can order equal clocks by device as the
    // server does.
    page += "],\"devices\":{";
    bool firstDevice = true;
    QList<qint64> numbers = devices.values();
    std::sort(numbers.begin(), numbers.end());
    for (qint64 number : std::as_const(numbers)) {
        auto deviceId = m_numbers.deviceOf(number);
        if (!deviceId)
            return error(500, deviceId.error());
        page += firstDevice ? "\"" : ",\"";
        firstDevice = false;
        page += QByteArray::number(number);
        page += "\":";
        appendJsonString(page, *deviceId);
    }
    page += '}';
    QSqlQuery &seen = m_db.query(QStringLiteral("UPDATE devices SET last_pulled = ?, last_seen = ? WHERE id = ?"));
    seen.addBindValue(next);
    seen.addBindValue(now());
    seen.addBindValue(device->id);
    (void)m_db.exec(seen, QStringLiteral("pull cursor"));
    if (request->count) {
        // Rows of the server, as `limit` counts them: for a peer evaluator, people not on a list are
        // counted and never sent, so the figure is an upper bound.
        QSqlQuery &left = m_db.query(QStringLiteral("SELECT count(*) FROM records WHERE team_id = ? AND seq > ? AND "
                                                    "entity IN (%1)")
                                         .arg(marks.join(u',')));
        left.addBindValue(device->teamId);
        left.addBindValue(next);
        for (const QString &e : std::as_const(entities))
            left.addBindValue(e);
        if (Status s = m_db.exec(left, QStringLiteral("pull count")); !s)
            return error(500, s.error());
        const qint64 remaining = left.next() ? left.value(0).toLongLong() : 0;
        left.finish();
        page += ",\"remaining\":";
        page += QByteArray::number(remaining);
    }
    page += ",\"next\":";
    page += QByteArray::number(next);
    page += more ? ",\"more\":true,\"serverTime\":" : ",\"more\":false,\"serverTime\":";
    page += QByteArray::number(now());
    page += '}';
    ServerReply reply;
    reply.body = std::move(page);
    return reply;
}

} // namespace doorstep

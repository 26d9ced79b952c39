#include "outbox.h"

#include "database.h"
#include "fieldcipher.h"
#include "jsonparser.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

namespace doorstep {

namespace {
const QString kTable = QStringLiteral("outbox");
const QString kColumn = QStringLiteral("payload");
// A change set aside lives in meta under this prefix and its mutation id, encrypted and bound to them.
const QString kSetAsidePrefix = QStringLiteral("set_aside:");
const QString kSetAsideColumn = QStringLiteral("set_aside");
} // namespace

Outbox::Outbox(Database &db, const FieldCipher &cipher, QString deviceId)
    : m_db(db), m_cipher(cipher), m_deviceId(std::move(deviceId))
{
}

Status Outbox::append(OutboxEntry &entry)
{
    // The counter lives in meta, not in max(counter): acknowledged entries are deleted, and a counter
    // must never be issued twice. It is read inside the caller's transaction, so a rolled-back write
    // leaves no gap.
    qint64 last = 0;
    {
        Statement &q = m_db.statement(QStringLiteral("SELECT value FROM meta WHERE key = 'outbox_counter'"));
        const auto release = qScopeGuard([&q] { q.reset(); });
        const auto step = q.step();
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("outbox"), q.errorMessage()};
        if (step == Statement::StepResult::Row)
            last = q.int64(0);
    }
    entry.counter = last + 1;
    entry.deviceId = m_deviceId;
    Statement &s = m_db.statement(
        QStringLiteral("INSERT INTO outbox (counter, mutation_id, entity, entity_id, op, hlc, seen_hlc, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(1, entry.counter);
    s.bind(2, entry.mutationId);
    s.bind(3, entry.entity);
    s.bind(4, entry.entityId);
    s.bind(5, entry.op);
    s.bind(6, qint64(entry.hlc));
    s.bind(7, qint64(entry.seenHlc));
    const QByteArray json = QJsonDocument(entry.changes).toJson(QJsonDocument::Compact);
    s.bind(8, m_cipher.encrypt(json, kTable, entry.mutationId, kColumn));
    if (Status st = s.run(); !st)
        return st;
    Statement &u
        = m_db.statement(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('outbox_counter', ?)"));
    u.bind(1, entry.counter);
    return u.run();
}

Result<OutboxEntry> Outbox::readEntry(Statement &s, bool parseChanges) const
{
    OutboxEntry e;
    e.counter = s.int64(0);
    e.mutationId = s.text(1);
    e.deviceId = m_deviceId;
    e.entity = s.text(2);
    e.entityId = s.text(3);
    e.op = s.text(4);
    e.hlc = quint64(s.int64(5));
    e.seenHlc = quint64(s.int64(6));
    auto plain = m_cipher.decrypt(s.blob(7), kTable, e.mutationId, kColumn);
    if (!plain)
        return plain.error();
    if (!parseChanges) {
        e.storedChanges = std::move(plain).value();
        return e;
    }
    const QJsonDocument doc = JsonParser::parse(*plain);
    if (!doc.isObject())
        return Error{QStringLiteral("outbox"), QStringLiteral("entry %1 is not readable").arg(e.counter)};
    e.changes = doc.object();
    return e;
}

Result<std::vector<OutboxEntry>> Outbox::pending(int limit, qint64 after) const
{
    return readPending(limit, after, true);
}

Result<std::vector<OutboxEntry>> Outbox::pendingForPush(int limit, qint64 after) const
{
    return readPending(limit, after, false);
}

Result<std::vector<OutboxEntry>> Outbox::readPending(int limit, qint64 after, bool parseChanges) const
{
    Statement &s = m_db.statement(QStringLiteral("SELECT counter, mutation_id, entity, entity_id, op, hlc, seen_hlc, "
                                                 "payload FROM outbox WHERE counter > ? ORDER BY counter LIMIT ?"));
    s.bind(1, after);
    s.bind(2, limit);
    const auto release = qScopeGuard([&s] { s.reset(); });
    std::vector<OutboxEntry> entries;
    while (true) {
        const auto step = s.step();
        if (step == Statement::StepResult::Done)
            break;
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("outbox"), s.errorMessage()};
        auto e = readEntry(s, parseChanges);
        if (!e)
            return e.error();
        entries.push_back(std::move(e).value());
    }
    return entries;
}

Result<std::optional<OutboxEntry>> Outbox::find(const QString &mutationId) const
{
    Statement &s = m_db.statement(QStringLiteral("SELECT counter, mutation_id, entity, entity_id, op, hlc, seen_hlc, "
                                                 "payload FROM outbox WHERE mutation_id = ?"));
    s.bind(1, mutationId);
    const auto release = qScopeGuard([&s] { s.reset(); });
    const auto step = s.step();
    if (step == Statement::StepResult::Error)
        return Error{QStringLiteral("outbox"), s.errorMessage()};
    if (step == Statement::StepResult::Done)
        return std::optional<OutboxEntry>();
    auto e = readEntry(s);
    if (!e)
        return e.error();
    return std::optional<OutboxEntry>(std::move(e).value());
}

qint64 Outbox::count() const
{
    // The queue never has a gap (a change set aside closes it up), so its first and last counters
    // say how long it is: two index lookups, where count(*) read every entry, notes and all.
    Statement &s = m_db.statement(QStringLiteral(
        "SELECT coalesce((SELECT max(counter) FROM outbox) - (SELECT min(counter) FROM outbox) + 1, 0)"));
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return n;
}

Status Outbox::markSentThrough(qint64 counter)
{
    // Sent is always a prefix of the queue, so one number says it. Setting a flag on each entry
    // rewrote every entry whole, notes and all: 1.5 MB written before a push of 500 edits could go.
    // (The entries' own sent column, of schema 1, is no longer read.)
    Statement &s = m_db.statement(QStringLiteral("INSERT INTO meta (key, value) VALUES ('outbox_sent_through', ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)"));
    s.bind(1, counter);
    return s.run();
}

Result<Outbox::Receipt> Outbox::receipt(const QString &entity, const QString &entityId) const
{
    Statement &s = m_db.statement(
        QStringLiteral("SELECT max(counter) > coalesce((SELECT value FROM meta WHERE key = 'outbox_sent_through'), 0) "
                       "FROM outbox WHERE entity = ? AND entity_id = ?"));
    s.bind(1, entity);
    s.bind(2, entityId);
    const auto release = qScopeGuard([&s] { s.reset(); });
    if (s.step() != Statement::StepResult::Row)
        return Error(QStringLiteral("outbox"), s.errorMessage());
    if (!s.isNull(0))
        return s.int64(0) != 0 ? Receipt::Pending : Receipt::Sent;
    Statement &c = m_db.statement(
        QStringLiteral("SELECT count(*) FROM conflicts WHERE recordEntity = ? AND recordId = ? AND deleted = 0 "
                       "AND (resolved IS NULL OR resolved = 0)"));
    c.bind(1, entity);
    c.bind(2, entityId);
    const auto releaseConflicts = qScopeGuard([&c] { c.reset(); });
    if (c.step() != Statement::StepResult::Row)
        return Error(QStringLiteral("outbox"), c.errorMessage());
    return c.int64(0) > 0 ? Receipt::Conflict : Receipt::Applied;
}

qint64 Outbox::unresolvedConflicts() const
{
    Statement &c = m_db.statement(
        QStringLiteral("SELECT count(*) FROM conflicts WHERE deleted = 0 AND (resolved IS NULL OR resolved = 0)"));
    const qint64 n = c.step() == Statement::StepResult::Row ? c.int64(0) : -1;
    c.reset();
    return n;
}

Status Outbox::acknowledgeThrough(qint64 counter)
{
    Statement &s = m_db.statement(QStringLiteral("DELETE FROM outbox WHERE counter <= ?"));
    s.bind(1, counter);
    return s.run();
}

Status Outbox::setAside(const OutboxEntry &entry, const Error &reason, const QDateTime &at)
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    {
        // The entry as it stands now, not as the caller remembers it.
        Statement &s = m_db.statement(QStringLiteral("SELECT counter FROM outbox WHERE mutation_id = ?"));
        s.bind(1, entry.mutationId);
        const auto release = qScopeGuard([&s] { s.reset(); });
        if (s.step() != Statement::StepResult::Row || s.int64(0) != entry.counter)
            return Error{QStringLiteral("outbox"), QStringLiteral("no longer holds that change")};
    }
    const QJsonObject copy{
        {QStringLiteral("counter"), entry.counter},
        {QStringLiteral("entity"), entry.entity},
        {QStringLiteral("entityId"), entry.entityId},
        {QStringLiteral("op"), entry.op},
        {QStringLiteral("hlc"), QString::number(entry.hlc)},
        {QStringLiteral("seen"), QString::number(entry.seenHlc)},
        {QStringLiteral("changes"), entry.changes},
        {QStringLiteral("reasonField"), reason.field},
        {QStringLiteral("reason"), reason.reason},
        {QStringLiteral("code"), reason.code},
        {QStringLiteral("setAsideAt"), at.toUTC().toString(Qt::ISODateWithMs)},
    };
    const QString key = kSetAsidePrefix + entry.mutationId;
    Statement &keep = m_db.statement(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    keep.bind(1, key);
    keep.bind(2,
              m_cipher.encrypt(QJsonDocument(copy).toJson(QJsonDocument::Compact), kTable, entry.mutationId,
                               kSetAsideColumn));
    if (Status st = keep.run(); !st)
        return st;
    Statement &drop = m_db.statement(QStringLiteral("DELETE FROM outbox WHERE counter = ?"));
    drop.bind(1, entry.counter);
    if (Status st = drop.run(); !st)
        return st;
    // Counters are the primary key and SQLite checks it row by row, so the later entries pass through
    // negative numbers rather than trip over each other on the way down.
    Statement &away = m_db.statement(QStringLiteral("UPDATE outbox SET counter = -(counter - 1) WHERE counter > ?"));
    away.bind(1, entry.counter);
    if (Status st = away.run(); !st)
        return st;
    Statement &back = m_db.statement(QStringLiteral("UPDATE outbox SET counter = -counter WHERE counter < 0"));
    if (Status st = back.run(); !st)
        return st;
    // The counters behind it moved down by one, and so does the mark of those already sent.
    Statement &last = m_db.statement(QStringLiteral(
        "UPDATE meta SET value = value - 1 WHERE key IN ('outbox_counter', 'outbox_sent_through') AND value >= ?"));
    last.bind(1, entry.counter);
    if (Status st = last.run(); !st)
        return st;
    return transaction.commit();
}

Result<std::vector<SetAsideEntry>> Outbox::setAsideEntries() const
{
    Statement &s
        = m_db.statement(QStringLiteral("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key"));
    s.bind(1, qint64(kSetAsidePrefix.size()));
    s.bind(2, kSetAsidePrefix);
    const auto release = qScopeGuard([&s] { s.reset(); });
    std::vector<SetAsideEntry> entries;
    while (true) {
        const auto step = s.step();
        if (step == Statement::StepResult::Done)
            break;
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("outbox"), s.errorMessage()};
        const QString mutationId = s.text(0).mid(kSetAsidePrefix.size());
        auto plain = m_cipher.decrypt(s.blob(1), kTable, mutationId, kSetAsideColumn);
        if (!plain)
            return plain.error();
        const QJsonObject o = QJsonDocument::fromJson(*plain).object();
        SetAsideEntry e;
        e.entry.counter = qint64(o.value(QStringLiteral("counter")).toDouble());
        e.entry.mutationId = mutationId;
        e.entry.deviceId = m_deviceId;
        e.entry.entity = o.value(QStringLiteral("entity")).toString();
        e.entry.entityId = o.value(QStringLiteral("entityId")).toString();
        e.entry.op = o.value(QStringLiteral("op")).toString();
        e.entry.hlc = o.value(QStringLiteral("hlc")).toString().toULongLong();
        e.entry.seenHlc = o.value(QStringLiteral("seen")).toString().toULongLong();
        e.entry.changes = o.value(QStringLiteral("changes")).toObject();
        e.reasonField = o.value(QStringLiteral("reasonField")).toString();
        e.reason = o.value(QStringLiteral("reason")).toString();
        e.code = o.value(QStringLiteral("code")).toString();
        e.setAsideAt = QDateTime::fromString(o.value(QStringLiteral("setAsideAt")).toString(), Qt::ISODateWithMs);
        if (e.entry.entity.isEmpty() || e.entry.entityId.isEmpty())
            return Error{QStringLiteral("outbox"), QStringLiteral("a change set aside is not readable")};
        entries.push_back(std::move(e));
    }
    // In the order the changes were made: their stamps only ever increase on one device.
    std::sort(entries.begin(), entries.end(),
              [](const SetAsideEntry &a, const SetAsideEntry &b) { return a.entry.hlc < b.entry.hlc; });
    return entries;
}

} // namespace doorstep

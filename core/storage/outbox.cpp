#include "outbox.h"

#include "database.h"
#include "fieldcipher.h"

#include <QJsonDocument>
#include <QScopeGuard>

namespace doorstep {

namespace {
const QString kTable = QStringLiteral("outbox");
const QString kColumn = QStringLiteral("payload");
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

Result<std::vector<OutboxEntry>> Outbox::pending(int limit) const
{
    Statement &s = m_db.statement(QStringLiteral("SELECT counter, mutation_id, entity, entity_id, op, hlc, seen_hlc, "
                                                 "payload FROM outbox ORDER BY counter LIMIT ?"));
    s.bind(1, limit);
    const auto release = qScopeGuard([&s] { s.reset(); });
    std::vector<OutboxEntry> entries;
    while (true) {
        const auto step = s.step();
        if (step == Statement::StepResult::Done)
            break;
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("outbox"), s.errorMessage()};
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
        const QJsonDocument doc = QJsonDocument::fromJson(*plain);
        if (!doc.isObject())
            return Error{QStringLiteral("outbox"), QStringLiteral("entry %1 is not readable").arg(e.counter)};
        e.changes = doc.object();
        entries.push_back(std::move(e));
    }
    return entries;
}

qint64 Outbox::count() const
{
    Statement &s = m_db.statement(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return n;
}

Status Outbox::markSentThrough(qint64 counter)
{
    Statement &s = m_db.statement(QStringLiteral("UPDATE outbox SET sent = 1 WHERE counter <= ? AND sent = 0"));
    s.bind(1, counter);
    return s.run();
}

Result<Outbox::Receipt> Outbox::receipt(const QString &entity, const QString &entityId) const
{
    Statement &s = m_db.statement(QStringLiteral("SELECT min(sent) FROM outbox WHERE entity = ? AND entity_id = ?"));
    s.bind(1, entity);
    s.bind(2, entityId);
    const auto release = qScopeGuard([&s] { s.reset(); });
    if (s.step() != Statement::StepResult::Row)
        return Error(QStringLiteral("outbox"), s.errorMessage());
    if (!s.isNull(0))
        return s.int64(0) == 0 ? Receipt::Pending : Receipt::Sent;
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

} // namespace doorstep

#include "recordstore.h"

#include "database.h"
#include "entityregistry.h"
#include "fieldcipher.h"
#include "fieldcodec.h"
#include "hybridlogicalclock.h"
#include "outbox.h"
#include "transaction.h"
#include "uuid.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <future>
#include <numeric>
#include <system_error>

namespace doorstep {

namespace {
const QString kOld = QStringLiteral("old");
const QString kNew = QStringLiteral("new");

Error forced()
{
    return Error{QStringLiteral("database"), QStringLiteral("write interrupted (forced by a test)")};
}
} // namespace

RecordStore::RecordStore(Database &db, const FieldCipher &cipher, HybridLogicalClock &clock, Outbox &outbox,
                         QString deviceId)
    : m_db(db),
      m_cipher(cipher),
      m_clock(clock),
      m_outbox(outbox),
      m_deviceId(std::move(deviceId)),
      m_node(Uuid::nodeOf(m_deviceId))
{
}

const RecordStore::Sql &RecordStore::sqlFor(const EntitySchema &schema)
{
    auto it = m_sql.find(&schema);
    if (it != m_sql.end())
        return it->second;
    // Table and column names come from the compiled-in schema, never from input; values are bound.
    QStringList columns{QStringLiteral("id")};
    for (const FieldSpec &f : schema.fields)
        columns << f.name;
    columns << QStringLiteral("deleted") << QStringLiteral("stamps");
    const QString list = columns.join(QStringLiteral(", "));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Sql sql;
    sql.insert = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)").arg(schema.table, list, marks.join(u','));
    sql.selectOne = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(list, schema.table);
    sql.selectAll = QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0").arg(list, schema.table);
    return m_sql.emplace(&schema, sql).first->second;
}

Status RecordStore::requireUnlocked() const
{
    if (!m_cipher.isUnlocked())
        return Error{QStringLiteral("store"), QStringLiteral("is locked: enter the PIN first")};
    return ok();
}

Result<std::optional<Record>> RecordStore::readRow(const EntitySchema &schema, const QString &id, FieldStamps *stamps)
{
    Statement &s = m_db.statement(sqlFor(schema).selectOne);
    s.bind(1, id);
    const auto release = qScopeGuard([&s] { s.reset(); });
    const auto step = s.step();
    if (step == Statement::StepResult::Error)
        return Error{schema.entity, s.errorMessage()};
    if (step == Statement::StepResult::Done)
        return std::optional<Record>();
    Record record;
    record.id = id;
    record.values.reserve(schema.fields.size());
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        auto value = FieldCodec::read(s, int(i) + 1, schema.fields[i], m_cipher, {schema.table, id});
        if (!value)
            return Error{schema.entity + u'.' + schema.fields[i].name, value.error().reason};
        record.values.push_back(std::move(value).value());
    }
    const int tail = int(schema.fields.size()) + 1;
    record.deleted = s.int64(tail) != 0;
    if (stamps)
        *stamps = FieldStamps::fromBlob(s.blob(tail + 1));
    return std::optional<Record>(std::move(record));
}

Status RecordStore::writeRow(const EntitySchema &schema, const QString &id, const Values &values,
                             const FieldStamps &stamps, bool deleted, const std::vector<QByteArray> *sealed)
{
    Statement &s = m_db.statement(sqlFor(schema).insert);
    s.bind(1, id);
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        if (sealed && schema.fields[i].encrypted) {
            const QByteArray &stored = (*sealed)[i];
            if (stored.isNull())
                s.bindNull(int(i) + 2);
            else
                s.bind(int(i) + 2, stored);
            continue;
        }
        FieldCodec::bind(s, int(i) + 2, schema.fields[i], values[i], m_cipher, {schema.table, id});
    }
    const int tail = int(schema.fields.size()) + 2;
    s.bind(tail, qint64(deleted ? 1 : 0));
    s.bind(tail + 1, stamps.toBlob());
    return s.run();
}

Status RecordStore::updateColumns(const EntitySchema &schema, const QString &id, const Values &values,
                                  const std::vector<int> &fields, const FieldStamps &stamps)
{
    QString sql = QStringLiteral("UPDATE %1 SET ").arg(schema.table);
    for (int f : fields)
        sql += schema.fields[size_t(f)].name + QStringLiteral(" = ?, ");
    sql += QStringLiteral("stamps = ? WHERE id = ?");
    Statement &s = m_db.statement(sql); // cached per set of changed fields
    int index = 1;
    for (int f : fields)
        FieldCodec::bind(s, index++, schema.fields[size_t(f)], values[size_t(f)], m_cipher, {schema.table, id});
    s.bind(index++, stamps.toBlob());
    s.bind(index, id);
    return s.run();
}

Status RecordStore::markDeleted(const EntitySchema &schema, const QString &id, const FieldStamps &stamps)
{
    Statement &s
        = m_db.statement(QStringLiteral("UPDATE %1 SET deleted = 1, stamps = ? WHERE id = ?").arg(schema.table));
    s.bind(1, stamps.toBlob());
    s.bind(2, id);
    return s.run();
}

Status RecordStore::recordClock(quint64 hlc)
{
    // The clock's high-water mark commits with the change, so a restart never reissues a stamp.
    Statement &s = m_db.statement(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?)"));
    s.bind(1, qint64(hlc));
    return s.run();
}

Result<QString> RecordStore::create(const EntitySchema &schema, const Values &values, const QString &requestedId)
{
    if (Status s = requireUnlocked(); !s)
        return s.error();
    if (Status s = schema.validate(values); !s)
        return s.error();
    const QString id = requestedId.isEmpty() ? Uuid::createV7() : requestedId;
    if (!Uuid::isValid(id))
        return Error{schema.entity + QStringLiteral(".id"), QStringLiteral("is not a valid id")};

    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    {
        auto existing = readRow(schema, id, nullptr);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{schema.entity + QStringLiteral(".id"), QStringLiteral("already exists")};
    }
    const quint64 hlc = m_clock.now();
    FieldStamps stamps;
    QJsonObject changes;
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        stamps.set(int(i), {hlc, m_node});
        if (!schema.isAbsent(int(i), values[i]))
            changes.insert(
                schema.fields[i].name,
                QJsonObject{{kOld, QJsonValue::Null}, {kNew, FieldCodec::toJson(schema.fields[i], values[i])}});
    }
    if (Status s = writeRow(schema, id, values, stamps, false); !s)
        return s.error();
    if (faultAt(FaultPoint::AfterRow))
        return forced();
    OutboxEntry entry{0, Uuid::createV7(), m_deviceId, schema.entity, id, QStringLiteral("create"), hlc, changes};
    if (Status s = m_outbox.append(entry); !s)
        return s.error();
    if (Status s = recordClock(hlc); !s)
        return s.error();
    if (faultAt(FaultPoint::AfterOutbox))
        return forced();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status RecordStore::update(const EntitySchema &schema, const QString &id, const Values &values)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    if (schema.appendOnly)
        return Error{schema.entity, QStringLiteral("is append-only: add a new one instead of changing it")};
    if (Status s = schema.validate(values); !s)
        return s;

    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    FieldStamps stamps;
    auto current = readRow(schema, id, &stamps);
    if (!current)
        return current.error();
    if (!current->has_value() || (*current)->deleted)
        return Error{schema.entity + QStringLiteral(".id"), QStringLiteral("no such record")};
    const Values &before = (*current)->values;

    std::vector<int> changed;
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        const FieldSpec &spec = schema.fields[i];
        if (FieldCodec::equal(spec, before[i], values[i]))
            continue;
        if (spec.immutable)
            return schema.errorFor(int(i), QStringLiteral("cannot be changed once recorded"));
        changed.push_back(int(i));
    }
    if (changed.empty())
        return ok(); // nothing changed: nothing to write, nothing to sync
    const quint64 hlc = m_clock.now();
    QJsonObject changes;
    for (int i : changed) {
        const FieldSpec &spec = schema.fields[size_t(i)];
        stamps.set(i, {hlc, m_node});
        changes.insert(spec.name,
                       QJsonObject{{kOld, FieldCodec::toJson(spec, before[size_t(i)])},
                                   {kNew, FieldCodec::toJson(spec, values[size_t(i)])}});
    }
    if (Status s = updateColumns(schema, id, values, changed, stamps); !s)
        return s;
    if (faultAt(FaultPoint::AfterRow))
        return forced();
    OutboxEntry entry{0, Uuid::createV7(), m_deviceId, schema.entity, id, QStringLiteral("update"), hlc, changes};
    if (Status s = m_outbox.append(entry); !s)
        return s;
    if (Status s = recordClock(hlc); !s)
        return s;
    if (faultAt(FaultPoint::AfterOutbox))
        return forced();
    return transaction.commit();
}

Status RecordStore::remove(const EntitySchema &schema, const QString &id)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    if (schema.appendOnly)
        return Error{schema.entity, QStringLiteral("is append-only: it cannot be deleted")};
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    FieldStamps stamps;
    auto current = readRow(schema, id, &stamps);
    if (!current)
        return current.error();
    if (!current->has_value() || (*current)->deleted)
        return Error{schema.entity + QStringLiteral(".id"), QStringLiteral("no such record")};
    // A tombstone keeps the values until sync's purge horizon, so an edit racing the delete can
    // bring the record back whole.
    const quint64 hlc = m_clock.now();
    stamps.set(kDeletedStampField, {hlc, m_node});
    if (Status s = markDeleted(schema, id, stamps); !s)
        return s;
    if (faultAt(FaultPoint::AfterRow))
        return forced();
    quint64 seen = 0;
    for (size_t i = 0; i < schema.fields.size(); ++i)
        seen = std::max(seen, stamps.get(int(i)).hlc);
    OutboxEntry entry{0,   Uuid::createV7(), m_deviceId, schema.entity, id, QStringLiteral("delete"),
                      hlc, QJsonObject(),    seen};
    if (Status s = m_outbox.append(entry); !s)
        return s;
    if (Status s = recordClock(hlc); !s)
        return s;
    if (faultAt(FaultPoint::AfterOutbox))
        return forced();
    return transaction.commit();
}

Status RecordStore::together(const std::function<Status()> &writes)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    Transaction transaction(m_db); // each write inside takes a savepoint of this one
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = writes(); !s)
        return s;
    return transaction.commit();
}

Status RecordStore::setAside(const QString &mutationId, const Error &reason, const QDateTime &at)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    auto entry = m_outbox.find(mutationId);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return Error{QStringLiteral("outbox"), QStringLiteral("no longer holds that change")};
    const EntitySchema *schema = EntityRegistry::find((*entry)->entity);
    if (!schema)
        return Error{QStringLiteral("outbox"), QStringLiteral("holds a change of an unknown record type")};
    if (Status s = undo(*schema, **entry); !s)
        return s;
    if (Status s = m_outbox.setAside(**entry, reason, at); !s)
        return s;
    return transaction.commit();
}

Status RecordStore::undo(const EntitySchema &schema, const OutboxEntry &entry)
{
    FieldStamps stamps;
    auto current = readRow(schema, entry.entityId, &stamps);
    if (!current)
        return current.error();
    if (!current->has_value())
        return ok(); // nothing here to undo
    const Record &row = **current;
    const FieldStamps::Stamp made{entry.hlc, m_node};
    if (entry.op == QLatin1String("create")) {
        Statement &later = m_db.statement(
            QStringLiteral("SELECT count(*) FROM outbox WHERE entity = ? AND entity_id = ? AND mutation_id <> ?"));
        later.bind(1, entry.entity);
        later.bind(2, entry.entityId);
        later.bind(3, entry.mutationId);
        const qint64 owed = later.step() == Statement::StepResult::Row ? later.int64(0) : -1;
        later.reset();
        if (owed != 0)
            return owed < 0 ? Status(Error{schema.entity, QStringLiteral("cannot read the outbox")}) : ok();
        Statement &drop = m_db.statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(schema.table));
        drop.bind(1, entry.entityId);
        return drop.run();
    }
    if (entry.op == QLatin1String("delete")) {
        if (!row.deleted || !(stamps.get(kDeletedStampField) == made))
            return ok();
        // A zero stamp: whatever the server says of this record wins over what this tablet undid.
        stamps.set(kDeletedStampField, {});
        Statement &s
            = m_db.statement(QStringLiteral("UPDATE %1 SET deleted = 0, stamps = ? WHERE id = ?").arg(schema.table));
        s.bind(1, stamps.toBlob());
        s.bind(2, entry.entityId);
        return s.run();
    }
    // An update: each field it changed goes back to its old value, unless a later edit changed it again.
    Values values = row.values;
    std::vector<int> fields;
    for (auto it = entry.changes.begin(); it != entry.changes.end(); ++it) {
        const int index = schema.indexOf(it.key());
        if (index < 0 || !(stamps.get(index) == made))
            continue;
        auto old = FieldCodec::fromJson(schema.fields[size_t(index)], it.value().toObject().value(kOld));
        if (!old)
            return Error{schema.entity + u'.' + it.key(), old.error().reason};
        values[size_t(index)] = std::move(old).value();
        stamps.set(index, {});
        fields.push_back(index);
    }
    if (fields.empty())
        return ok();
    std::sort(fields.begin(), fields.end());
    return updateColumns(schema, entry.entityId, values, fields, stamps);
}

Result<std::optional<Record>> RecordStore::find(const EntitySchema &schema, const QString &id)
{
    if (Status s = requireUnlocked(); !s)
        return s.error();
    auto row = readRow(schema, id, nullptr);
    if (row && row->has_value() && (*row)->deleted)
        return std::optional<Record>();
    return row;
}

Result<RecordStore::Selection> RecordStore::selectionFor(const EntitySchema &schema, const QStringList &only)
{
    Selection selection;
    if (only.isEmpty()) {
        selection.select = sqlFor(schema).selectAll;
        selection.columnOf.resize(schema.fields.size());
        std::iota(selection.columnOf.begin(), selection.columnOf.end(), 1);
        selection.deletedColumn = int(schema.fields.size()) + 1;
        return selection;
    }
    selection.columnOf.assign(schema.fields.size(), -1);
    for (const QString &name : only) {
        const int index = schema.indexOf(name);
        if (index < 0)
            return Error{schema.entity + u'.' + name, QStringLiteral("no such field")};
        selection.columnOf[size_t(index)] = 0; // numbered below, in field order
    }
    // Column names come from the compiled-in schema, checked above; never from input.
    QStringList columns{QStringLiteral("id")};
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        if (selection.columnOf[i] < 0)
            continue;
        selection.columnOf[i] = int(columns.size());
        columns << schema.fields[i].name;
    }
    selection.deletedColumn = int(columns.size());
    columns << QStringLiteral("deleted");
    selection.select
        = QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0").arg(columns.join(QStringLiteral(", ")), schema.table);
    return selection;
}

Result<std::vector<Record>> RecordStore::list(const EntitySchema &schema, const QString &field, const QVariant &value,
                                              Deleted deleted, const QStringList &only)
{
    if (Status s = requireUnlocked(); !s)
        return s.error();
    const auto selection = selectionFor(schema, only);
    if (!selection)
        return selection.error();
    QString sql = selection->select;
    if (deleted == Deleted::Included)
        sql.replace(QStringLiteral("WHERE deleted = 0"), QStringLiteral("WHERE deleted IN (0, 1)"));
    int fieldIndex = -1;
    if (!field.isEmpty()) {
        fieldIndex = schema.indexOf(field);
        if (fieldIndex < 0)
            return Error{schema.entity + u'.' + field, QStringLiteral("no such field")};
        if (schema.fields[size_t(fieldIndex)].encrypted)
            return Error{schema.entity + u'.' + field, QStringLiteral("is encrypted and cannot be matched in SQL")};
        sql += QStringLiteral(" AND %1 = ?").arg(field); // field is a schema name, checked above
    }
    sql += QStringLiteral(" ORDER BY id");
    Statement &s = m_db.statement(sql);
    if (fieldIndex >= 0)
        s.bindVariant(1, value);
    return readRecords(schema, s, *selection);
}

Result<std::vector<Record>> RecordStore::listRange(const EntitySchema &schema, const QString &field,
                                                   const QVariant &from, const QVariant &to, const QStringList &only)
{
    if (Status s = requireUnlocked(); !s)
        return s.error();
    const int fieldIndex = schema.indexOf(field);
    if (fieldIndex < 0)
        return Error{schema.entity + u'.' + field, QStringLiteral("no such field")};
    const FieldSpec &spec = schema.fields[size_t(fieldIndex)];
    if (spec.encrypted)
        return Error{schema.entity + u'.' + field, QStringLiteral("is encrypted and cannot be matched in SQL")};
    const auto selection = selectionFor(schema, only);
    if (!selection)
        return selection.error();
    // field is a schema name, checked above; the bounds are bound as the column stores them.
    Statement &s
        = m_db.statement(selection->select + QStringLiteral(" AND %1 >= ? AND %1 < ? ORDER BY %1, id").arg(field));
    FieldCodec::bind(s, 1, spec, from, m_cipher, {schema.table, {}});
    FieldCodec::bind(s, 2, spec, to, m_cipher, {schema.table, {}});
    return readRecords(schema, s, *selection);
}

Result<std::vector<Record>> RecordStore::readRecords(const EntitySchema &schema, Statement &s,
                                                     const Selection &selection)
{
    auto records = readSealedRows(schema, s, selection);
    if (!records)
        return records.error();
    if (Status opened = openRecords(schema, records.value()); !opened)
        return opened.error();
    return records;
}

Status RecordStore::eachRow(const EntitySchema &schema, Statement &s, const std::function<Status()> &row)
{
    const auto release = qScopeGuard([&s] { s.reset(); });
    while (true) {
        const auto step = s.step();
        if (step == Statement::StepResult::Done)
            return ok();
        if (step == Statement::StepResult::Error)
            return Error{schema.entity, s.errorMessage()};
        if (Status read = row(); !read)
            return read;
    }
}

Result<std::vector<Record>> RecordStore::readSealedRows(const EntitySchema &schema, Statement &s,
                                                        const Selection &selection)
{
    std::vector<Record> records;
    const Status read = eachRow(schema, s, [&]() -> Status {
        Record record;
        record.id = s.text(0);
        record.values.reserve(schema.fields.size());
        for (size_t i = 0; i < schema.fields.size(); ++i) {
            const int column = selection.columnOf[i];
            if (column < 0 || s.isNull(column)) {
                record.values.emplace_back(); // not asked for, or absent
                continue;
            }
            if (schema.fields[i].encrypted) {
                record.values.emplace_back(s.blob(column)); // opened by openRecords
                continue;
            }
            auto v = FieldCodec::read(s, column, schema.fields[i], m_cipher, {schema.table, record.id});
            if (!v)
                return Error{schema.entity + u'.' + schema.fields[i].name, v.error().reason};
            record.values.push_back(std::move(v).value());
        }
        record.deleted = s.int64(selection.deletedColumn) != 0;
        records.push_back(std::move(record));
        return ok();
    });
    if (!read)
        return read.error();
    return records;
}

Status RecordStore::openRecords(const EntitySchema &schema, std::vector<Record> &records) const
{
    if (Status s = requireUnlocked(); !s)
        return s;
    const auto openRange = [&](size_t from, size_t to) -> Status {
        for (size_t r = from; r < to; ++r) {
            Record &record = records[r];
            for (size_t i = 0; i < schema.fields.size(); ++i) {
                QVariant &value = record.values[i];
                if (!schema.fields[i].encrypted || !value.isValid())
                    continue;
                auto v = FieldCodec::open(value.toByteArray(), schema.fields[i], m_cipher, {schema.table, record.id});
                if (!v)
                    return Error{schema.entity + u'.' + schema.fields[i].name, v.error().reason};
                value = std::move(v).value();
            }
        }
        return ok();
    };
    return inTwoHalves(records.size(), openRange);
}

Status RecordStore::inTwoHalves(size_t count, const std::function<Status(size_t, size_t)> &range)
{
    // Below this a second thread costs more than it saves.
    constexpr size_t kSplitAt = 256;
    if (count < kSplitAt)
        return range(0, count);
    const size_t half = count / 2;
    std::future<Status> secondHalf;
    try {
        secondHalf = std::async(std::launch::async, range, half, count);
    } catch (const std::system_error &) {
        return range(0, count); // no thread to be had: all of it here
    }
    const Status first = range(0, half);
    Status second = ok();
    try {
        second = secondHalf.get();
    } catch (const std::exception &e) {
        second = Error{QStringLiteral("store"),
                       QStringLiteral("a second thread failed: %1").arg(QString::fromUtf8(e.what()))};
    }
    // The first failure in order, whichever thread met it first.
    return !first ? first : second;
}

Result<SealedRecords> RecordStore::listSealed(const EntitySchema &schema, const QStringList &only)
{
    const auto selection = selectionFor(schema, only);
    if (!selection)
        return selection.error();
    Statement &s = m_db.statement(selection->select + QStringLiteral(" ORDER BY id"));
    auto rows = readSealedRows(schema, s, *selection);
    if (!rows)
        return rows.error();
    SealedRecords sealed;
    sealed.m_schema = &schema;
    sealed.m_fields = only;
    sealed.m_records = std::move(rows).value();
    return sealed;
}

Result<std::vector<Record>> RecordStore::unseal(SealedRecords sealed) const
{
    if (!sealed.m_schema)
        return std::vector<Record>();
    if (Status s = openRecords(*sealed.m_schema, sealed.m_records); !s)
        return s.error();
    return std::move(sealed.m_records);
}

Result<QHash<QString, QVariant>> RecordStore::leastPerGroup(const EntitySchema &schema, const QString &groupField,
                                                            const QString &valueField, const QVariant &from,
                                                            const QString &unsetField)
{
    for (const QString &field : {groupField, valueField, unsetField}) {
        const int index = schema.indexOf(field);
        if (index < 0)
            return Error{schema.entity + u'.' + field, QStringLiteral("no such field")};
        if (schema.fields[size_t(index)].encrypted)
            return Error{schema.entity + u'.' + field, QStringLiteral("is encrypted and cannot be matched in SQL")};
    }
    const FieldSpec &groupSpec = schema.fields[size_t(schema.indexOf(groupField))];
    const FieldSpec &valueSpec = schema.fields[size_t(schema.indexOf(valueField))];
    // Table and field names come from the compiled-in schema, checked above; `from` is bound.
    Statement &s
        = m_db.statement(QStringLiteral("SELECT %1, MIN(%2) FROM %3 WHERE deleted = 0 AND %4 IS NULL AND %2 >= ? "
                                        "GROUP BY %1")
                             .arg(groupField, valueField, schema.table, unsetField));
    FieldCodec::bind(s, 1, valueSpec, from, m_cipher, {schema.table, {}});
    QHash<QString, QVariant> least;
    const Status read = eachRow(schema, s, [&]() -> Status {
        auto group = FieldCodec::read(s, 0, groupSpec, m_cipher, {schema.table, {}});
        if (!group)
            return group.error();
        auto value = FieldCodec::read(s, 1, valueSpec, m_cipher, {schema.table, {}});
        if (!value)
            return value.error();
        least.insert(group->toString(), *value);
        return ok();
    });
    if (!read)
        return read.error();
    return least;
}

qint64 RecordStore::pullCursor()
{
    Statement &s = m_db.statement(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'"));
    const qint64 cursor = s.step() == Statement::StepResult::Row ? s.int64(0) : 0;
    s.reset();
    return cursor;
}

QSet<QString> RecordStore::pendingKeys()
{
    QSet<QString> keys;
    Statement &s = m_db.statement(QStringLiteral("SELECT entity, entity_id FROM outbox"));
    while (s.step() == Statement::StepResult::Row)
        keys.insert(s.text(0) + u'/' + s.text(1));
    return keys;
}

Status RecordStore::beginResync()
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement &s = m_db.statement(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('resync', 1), ('pull_cursor', 0)"));
    if (Status st = s.run(); !st)
        return st;
    return transaction.commit();
}

bool RecordStore::isResyncing()
{
    Statement &s = m_db.statement(QStringLiteral("SELECT value FROM meta WHERE key = 'resync'"));
    const bool resyncing = s.step() == Statement::StepResult::Row && s.int64(0) == 1;
    s.reset();
    return resyncing;
}

Status RecordStore::finishResync(const QSet<QString> &seenKeys, qint64 cursor)
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QSet<QString> pending = pendingKeys();
    for (const EntitySchema *schema : EntityRegistry::all()) {
        QStringList absent;
        {
            Statement &s = m_db.statement(QStringLiteral("SELECT id FROM %1").arg(schema->table));
            while (s.step() == Statement::StepResult::Row) {
                const QString key = schema->entity + u'/' + s.text(0);
                if (!seenKeys.contains(key) && !pending.contains(key))
                    absent << s.text(0);
            }
        }
        for (const QString &id : std::as_const(absent)) {
            Statement &d = m_db.statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(schema->table));
            d.bind(1, id);
            if (Status st = d.run(); !st)
                return st;
        }
    }
    Statement &c = m_db.statement(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('resync', 0), ('pull_cursor', ?)"));
    c.bind(1, cursor);
    if (Status st = c.run(); !st)
        return st;
    return transaction.commit();
}

Result<std::vector<RecordStore::PreparedPull>> RecordStore::preparePulled(const std::vector<PulledRecord> &records,
                                                                          const QSet<QString> &pending) const
{
    std::vector<PreparedPull> prepared(records.size());
    const auto prepareRange = [&](size_t from, size_t to) -> Status {
        for (size_t r = from; r < to; ++r) {
            const PulledRecord &pulled = records[r];
            const EntitySchema &schema = *pulled.schema;
            PreparedPull &out = prepared[r];
            const auto where = [&] { return schema.entity + u' ' + pulled.id; };
            const Status status = [&]() -> Status {
                if (!Uuid::isValid(pulled.id))
                    return Error(where(), QStringLiteral("id is not a valid id"));
                if (pulled.values.size() != schema.fields.size())
                    return Error(where(),
                                 QStringLiteral("has %1 values for %2 fields")
                                     .arg(pulled.values.size())
                                     .arg(schema.fields.size()));
                out.incoming = pulled.values;
                if (pending.contains(schema.entity + u'/' + pulled.id))
                    return ok(); // merged with this device's own changes, then checked and sealed
                if (Status s = checkPulled(pulled, out.incoming); !s)
                    return s;
                out.sealed.resize(schema.fields.size());
                for (size_t i = 0; i < schema.fields.size(); ++i) {
                    if (schema.fields[i].encrypted)
                        out.sealed[i]
                            = FieldCodec::seal(schema.fields[i], out.incoming[i], m_cipher, {schema.table, pulled.id});
                }
                return ok();
            }();
            if (!status)
                return status;
        }
        return ok();
    };
    if (Status s = inTwoHalves(records.size(), prepareRange); !s)
        return s.error();
    return prepared;
}

Status RecordStore::applyPulled(const std::vector<PulledRecord> &records, qint64 cursor)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    // A page is the server's data, and the server counts it as sent already (a device whose cursor
    // goes back past a purge is told to resynchronise). Should the power fail before it reaches the
    // disk, the page and its cursor go back together and are pulled again; nothing typed here is in
    // it that is not also in the outbox. So its commit does not wait for the disk: a first sync's
    // writing thread no longer stops for the disk once a page.
    if (Status s = m_db.setWaitForDisk(false); !s)
        return s;
    // A failure to set it back is logged by the database; the page's own result stands.
    const auto waitAgain = qScopeGuard([this] { (void)m_db.setWaitForDisk(true); });
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    // What this device still owes the server: those records merge per field instead.
    const QSet<QString> pending = pendingKeys();
    // Decoding, checking and encrypting a page of notes is about a fifth of applying it, and
    // needs nothing of the database: it runs on two threads first, the writing here.
    const auto prepared = preparePulled(records, pending);
    if (!prepared)
        return prepared.error();
    quint64 highest = 0;
    for (size_t r = 0; r < records.size(); ++r) {
        const PulledRecord &pulled = records[r];
        const PreparedPull &ready = (*prepared)[r];
        const EntitySchema &schema = *pulled.schema;
        for (const auto &[field, stamp] : pulled.stamps)
            highest = std::max(highest, stamp.hlc);
        if (!ready.sealed.empty()) {
            FieldStamps stamps;
            for (const auto &[field, stamp] : pulled.stamps)
                stamps.set(field, stamp);
            if (Status s = writeRow(schema, pulled.id, ready.incoming, stamps, pulled.deleted, &ready.sealed); !s)
                return s;
            continue;
        }
        FieldStamps incomingStamps;
        for (const auto &[field, stamp] : pulled.stamps)
            incomingStamps.set(field, stamp);
        FieldStamps localStamps;
        auto current = readRow(schema, pulled.id, &localStamps);
        if (!current)
            return current.error();
        Values values = ready.incoming;
        FieldStamps stamps = incomingStamps;
        bool deleted = pulled.deleted;
        if (current->has_value()) {
            values = (*current)->values;
            stamps = localStamps;
            for (size_t i = 0; i < schema.fields.size(); ++i) {
                if (stamps.get(int(i)) < incomingStamps.get(int(i))) {
                    values[i] = ready.incoming[i];
                    stamps.set(int(i), incomingStamps.get(int(i)));
                }
            }
            deleted = (*current)->deleted;
            if (stamps.get(kDeletedStampField) < incomingStamps.get(kDeletedStampField)) {
                deleted = pulled.deleted;
                stamps.set(kDeletedStampField, incomingStamps.get(kDeletedStampField));
            }
        }
        if (Status s = checkPulled(pulled, values); !s)
            return s;
        if (Status s = writeRow(schema, pulled.id, values, stamps, deleted); !s)
            return s;
    }
    m_clock.observe(highest);
    if (Status s = recordClock(m_clock.last()); !s)
        return s;
    Statement &c = m_db.statement(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('pull_cursor', ?)"));
    c.bind(1, cursor);
    if (Status s = c.run(); !s)
        return s;
    return transaction.commit();
}

Status RecordStore::checkPulled(const PulledRecord &pulled, const Values &values)
{
    // The server's merge of several devices' changes: each field is checked; the checks across
    // fields were made where each change was typed, and a merge must not be refused for them.
    const EntitySchema &schema = *pulled.schema;
    if (Status s = pulled.projected ? schema.validatePresent(values) : schema.validateFields(values); !s)
        return Error(schema.entity + u' ' + pulled.id, s.error().message());
    return ok();
}

Status RecordStore::applyRemote(const EntitySchema &schema, const std::vector<RemoteRecord> &records)
{
    if (Status s = requireUnlocked(); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    quint64 highest = 0;
    for (const RemoteRecord &remote : records) {
        const QString where = schema.entity + u' ' + remote.id;
        if (!Uuid::isValid(remote.id))
            return Error{where, QStringLiteral("id is not a valid id")};
        FieldStamps stamps;
        auto current = readRow(schema, remote.id, &stamps);
        if (!current)
            return current.error();
        Values values = current->has_value() ? (*current)->values : Values(schema.fields.size());
        bool deleted = current->has_value() && (*current)->deleted;
        const FieldStamps::Stamp incoming{remote.hlc, remote.node};
        for (auto it = remote.fields.begin(); it != remote.fields.end(); ++it) {
            const int index = schema.indexOf(it.key());
            if (index < 0)
                return Error{where, it.key() + QStringLiteral(": no such field")};
            auto value = FieldCodec::fromJson(schema.fields[size_t(index)], it.value());
            if (!value)
                return Error{where, value.error().message()};
            if (stamps.get(index) < incoming) {
                values[size_t(index)] = std::move(value).value();
                stamps.set(index, incoming);
            }
        }
        if (remote.deleted && stamps.get(kDeletedStampField) < incoming) {
            deleted = true;
            stamps.set(kDeletedStampField, incoming);
        }
        if (Status s = schema.validate(values); !s)
            return Error{where, s.error().message()};
        if (Status s = writeRow(schema, remote.id, values, stamps, deleted); !s)
            return s;
        highest = std::max(highest, remote.hlc);
    }
    m_clock.observe(highest);
    if (Status s = recordClock(m_clock.last()); !s)
        return s;
    return transaction.commit();
}

} // namespace doorstep

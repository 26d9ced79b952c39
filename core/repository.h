#pragma once

#include "partial.h"
#include "recordstore.h"
#include "result.h"
#include "store.h"

#include <QList>

namespace doorstep {

// Typed access to one record type: validation, encryption, stamps and the outbox all happen in
// RecordStore, so every repository keeps the same promises. T is a Q_GADGET with an "id" property
// and a static schema().
template<typename T>
class Repository
{
public:
    explicit Repository(Store &store) : m_records(store.records()) { }

    // Stores a new record; gives it an id when it has none, and returns that id.
    Result<QString> create(T &item)
    {
        auto id = m_records.create(T::schema(), T::schema().valuesOf(&item), item.id);
        if (id)
            item.id = *id;
        return id;
    }

    Result<T> get(const QString &id)
    {
        auto record = m_records.find(T::schema(), id);
        if (!record)
            return record.error();
        if (!record->has_value())
            return Error{T::schema().entity + QStringLiteral(".id"), QStringLiteral("no such record")};
        return fromRecord(**record);
    }

    Status update(const T &item) { return m_records.update(T::schema(), item.id, T::schema().valuesOf(&item)); }
    Status remove(const QString &id) { return m_records.remove(T::schema(), id); }

    Result<QList<T>> list() { return listWhere(QString(), QVariant()); }
    Result<QList<T>> listWhere(const QString &field, const QVariant &value)
    {
        return itemsOf(m_records.list(T::schema(), field, value));
    }
    // Those whose field is from `from` up to, not including, `to` (a plain field: times, dates, numbers).
    Result<QList<T>> listBetween(const QString &field, const QVariant &from, const QVariant &to)
    {
        return itemsOf(m_records.listRange(T::schema(), field, from, to));
    }

    // The same with only the named fields read and decrypted (and the id); the rest are absent, and
    // the items are Partial<T>, which update() does not take.
    Result<QList<Partial<T>>> listPartial(const QStringList &fields)
    {
        return listWherePartial(QString(), QVariant(), fields);
    }
    Result<QList<Partial<T>>> listWherePartial(const QString &field, const QVariant &value, const QStringList &fields)
    {
        return partialsOf(m_records.list(T::schema(), field, value, RecordStore::Deleted::Excluded, fields), fields);
    }
    Result<QList<Partial<T>>> listBetweenPartial(const QString &field, const QVariant &from, const QVariant &to,
                                                 const QStringList &fields)
    {
        return partialsOf(m_records.listRange(T::schema(), field, from, to, fields), fields);
    }
    // listPartial in two steps: read now (no key needed, nothing decrypted), opened once unlocked.
    Result<SealedRecords> listSealed(const QStringList &fields) { return m_records.listSealed(T::schema(), fields); }
    Result<QList<Partial<T>>> unsealPartial(SealedRecords sealed)
    {
        const QStringList fields = sealed.fields();
        return partialsOf(m_records.unseal(std::move(sealed)), fields);
    }

private:
    static Result<QList<T>> itemsOf(const Result<std::vector<Record>> &records)
    {
        return convert<T>(records, [](T item) { return item; });
    }
    static Result<QList<Partial<T>>> partialsOf(const Result<std::vector<Record>> &records, const QStringList &fields)
    {
        return convert<Partial<T>>(records, [&fields](T item) { return Partial<T>(std::move(item), fields); });
    }
    template<typename Item, typename Wrap>
    static Result<QList<Item>> convert(const Result<std::vector<Record>> &records, Wrap wrap)
    {
        if (!records)
            return records.error();
        QList<Item> items;
        items.reserve(qsizetype(records->size()));
        const std::vector<QMetaProperty> properties = T::schema().properties();
        for (const Record &r : *records)
            items.append(wrap(fromRecord(r, properties)));
        return items;
    }
    static T fromRecord(const Record &record) { return fromRecord(record, T::schema().properties()); }
    static T fromRecord(const Record &record, const std::vector<QMetaProperty> &properties)
    {
        T item;
        item.id = record.id;
        T::schema().assign(&item, record.values, properties);
        return item;
    }

    RecordStore &m_records;
};

} // namespace doorstep

#pragma once

#include <QStringList>

#include <utility>

namespace doorstep {

template<typename T>
class Repository;

// A record read with only some of its fields, for a list that shows a few columns of many records:
// the others are absent, not blank. It is a type of its own, and never converts to T, so that it
// cannot reach Repository::update(), which would write every missing field as a blank.
template<typename T>
class Partial
{
public:
    Partial() = default;

    // Read access to the fields that were read; the rest hold their absent value.
    const T *operator->() const { return &m_item; }
    const QString &id() const { return m_item.id; }
    // The fields read (besides the id).
    const QStringList &fields() const { return m_fields; }
    bool has(const QString &field) const { return m_fields.contains(field); }

private:
    friend class Repository<T>;
    Partial(T item, QStringList fields) : m_item(std::move(item)), m_fields(std::move(fields)) { }

    T m_item;
    QStringList m_fields;
};

} // namespace doorstep

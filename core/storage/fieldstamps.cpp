#include "fieldstamps.h"

#include <QtEndian>

#include <algorithm>

namespace doorstep {

namespace {
constexpr int kEntrySize = 17;
}

FieldStamps FieldStamps::fromBlob(const QByteArray &blob)
{
    FieldStamps stamps;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const qsizetype count = blob.size() / kEntrySize;
    stamps.m_entries.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i, p += kEntrySize) {
        stamps.m_entries.push_back({p[0], {qFromBigEndian<quint64>(p + 1), qFromBigEndian<quint64>(p + 9)}});
    }
    std::sort(stamps.m_entries.begin(), stamps.m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.field < b.field; });
    return stamps;
}

QByteArray FieldStamps::toBlob() const
{
    QByteArray blob(qsizetype(m_entries.size()) * kEntrySize, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(blob.data());
    for (const Entry &e : m_entries) {
        p[0] = e.field;
        qToBigEndian(e.stamp.hlc, p + 1);
        qToBigEndian(e.stamp.node, p + 9);
        p += kEntrySize;
    }
    return blob;
}

bool FieldStamps::has(int field) const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [field](const Entry &e) { return e.field == field; });
}

FieldStamps::Stamp FieldStamps::get(int field) const
{
    for (const Entry &e : m_entries) {
        if (e.field == field)
            return e.stamp;
    }
    return {};
}

void FieldStamps::set(int field, Stamp stamp)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), field,
                               [](const Entry &e, int f) { return e.field < f; });
    if (it != m_entries.end() && it->field == field)
        it->stamp = stamp;
    else
        m_entries.insert(it, {quint8(field), stamp});
}

} // namespace doorstep

#include "fieldstamps.h"

#include <QtEndian>

#include <algorithm>

namespace doorstep {

namespace {
// Version 1: 17 bytes a field (field index, clock, device node). Version 2 starts with a marker no
// field index takes, then the distinct stamps once each (16 bytes) and per field its index and the
// number of its stamp (2 bytes): a record written by one change costs 2 + 16 + 2 a field, each
// later edit 16 more. Version 1 rows are still read, and written as version 2 when they change.
constexpr int kVersion1EntrySize = 17;
constexpr uchar kVersion2Marker = 0xFE;
constexpr int kStampSize = 16;
} // namespace

FieldStamps FieldStamps::fromBlob(const QByteArray &blob)
{
    FieldStamps stamps;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    if (!blob.isEmpty() && p[0] == kVersion2Marker) {
        const qsizetype distinct = blob.size() >= 2 ? p[1] : 0;
        const qsizetype tableEnd = 2 + distinct * kStampSize;
        if (tableEnd > blob.size())
            return stamps;
        std::vector<Stamp> table;
        table.reserve(size_t(distinct));
        for (qsizetype i = 0; i < distinct; ++i) {
            const uchar *s = p + 2 + i * kStampSize;
            table.push_back({qFromBigEndian<quint64>(s), qFromBigEndian<quint64>(s + 8)});
        }
        stamps.m_entries.reserve(size_t((blob.size() - tableEnd) / 2));
        for (qsizetype at = tableEnd; at + 1 < blob.size(); at += 2) {
            if (p[at + 1] < table.size())
                stamps.m_entries.push_back({p[at], table[p[at + 1]]});
        }
    } else {
        const qsizetype count = blob.size() / kVersion1EntrySize;
        stamps.m_entries.reserve(size_t(count));
        for (qsizetype i = 0; i < count; ++i, p += kVersion1EntrySize)
            stamps.m_entries.push_back({p[0], {qFromBigEndian<quint64>(p + 1), qFromBigEndian<quint64>(p + 9)}});
    }
    std::sort(stamps.m_entries.begin(), stamps.m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.field < b.field; });
    return stamps;
}

QByteArray FieldStamps::toBlob() const
{
    if (m_entries.empty())
        return {};
    std::vector<Stamp> table;
    table.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        table.push_back(e.stamp);
    std::sort(table.begin(), table.end());
    table.erase(std::unique(table.begin(), table.end()), table.end());
    // More distinct stamps than a byte can number cannot happen (a record has fewer fields), but
    // version 1 holds any number.
    if (table.size() > 255) {
        QByteArray blob(qsizetype(m_entries.size()) * kVersion1EntrySize, Qt::Uninitialized);
        auto *p = reinterpret_cast<uchar *>(blob.data());
        for (const Entry &e : m_entries) {
            p[0] = e.field;
            qToBigEndian(e.stamp.hlc, p + 1);
            qToBigEndian(e.stamp.node, p + 9);
            p += kVersion1EntrySize;
        }
        return blob;
    }
    QByteArray blob(2 + qsizetype(table.size()) * kStampSize + 2 * qsizetype(m_entries.size()), Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(blob.data());
    p[0] = kVersion2Marker;
    p[1] = uchar(table.size());
    p += 2;
    for (const Stamp &s : table) {
        qToBigEndian(s.hlc, p);
        qToBigEndian(s.node, p + 8);
        p += kStampSize;
    }
    for (const Entry &e : m_entries) {
        p[0] = e.field;
        p[1] = uchar(std::lower_bound(table.begin(), table.end(), e.stamp) - table.begin());
        p += 2;
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

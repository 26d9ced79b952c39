#pragma once

#include <QByteArray>

#include <vector>

namespace doorstep {

// When each field of a row last changed and on which device: the per-field hybrid-logical-clock
// stamps that sync merges by. Stored in the row itself as a compact blob (each distinct stamp once,
// then a field index and a stamp number per field; see fieldstamps.cpp), so an edit costs no extra row.
class FieldStamps
{
public:
    struct Stamp
    {
        quint64 hlc = 0;
        quint64 node = 0;
        bool operator<(const Stamp &o) const { return hlc != o.hlc ? hlc < o.hlc : node < o.node; }
        bool operator==(const Stamp &o) const = default;
    };

    static FieldStamps fromBlob(const QByteArray &blob);
    QByteArray toBlob() const;

    bool has(int field) const;
    Stamp get(int field) const; // a zero stamp when the field was never written
    void set(int field, Stamp stamp);
    int count() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        quint8 field;
        Stamp stamp;
    };
    std::vector<Entry> m_entries; // sorted by field
};

} // namespace doorstep

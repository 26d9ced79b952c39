#pragma once

#include "entityschema.h"
#include "record.h"

#include <QStringList>

#include <vector>

namespace doorstep {

// Records read from SQLite with their encrypted fields still sealed (their ciphertext held where the
// value will be): what can be read while the data key is still being derived from the PIN. Only
// RecordStore::unseal opens them, and only with the store's own key, so rows read before a wrong PIN
// are never decrypted; they are simply dropped.
class SealedRecords
{
public:
    SealedRecords() = default;

    const EntitySchema *schema() const { return m_schema; }
    // The fields read; empty when all of them were.
    const QStringList &fields() const { return m_fields; }
    size_t size() const { return m_records.size(); }

private:
    friend class RecordStore;

    const EntitySchema *m_schema = nullptr;
    QStringList m_fields;
    std::vector<Record> m_records;
};

} // namespace doorstep

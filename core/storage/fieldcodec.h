#pragma once

#include "entityschema.h"
#include "result.h"

#include <QJsonValue>
#include <QVariant>

namespace doorstep {

class FieldCipher;
class Statement;

// The three forms of a field value (native, stored, JSON) and the conversions between them. Absent
// values are NULL in SQLite and null in JSON; encrypted fields are stored as FieldCipher blobs.
namespace FieldCodec {

QJsonValue toJson(const FieldSpec &spec, const QVariant &value);
// Checks the JSON type as well as converting: a number where a date belongs is refused.
Result<QVariant> fromJson(const FieldSpec &spec, const QJsonValue &json);

struct Location
{
    QStringView table;
    QStringView rowId;
};

void bind(Statement &statement, int index, const FieldSpec &spec, const QVariant &value, const FieldCipher &cipher,
          Location where);
// An encrypted field's value as it is stored: its ciphertext, or a null array for an absent value.
QByteArray seal(const FieldSpec &spec, const QVariant &value, const FieldCipher &cipher, Location where);
Result<QVariant> read(const Statement &statement, int column, const FieldSpec &spec, const FieldCipher &cipher,
                      Location where);
// An encrypted field's stored ciphertext, read earlier, decrypted now.
Result<QVariant> open(const QByteArray &sealed, const FieldSpec &spec, const FieldCipher &cipher, Location where);

bool equal(const FieldSpec &spec, const QVariant &a, const QVariant &b);

} // namespace FieldCodec

} // namespace doorstep

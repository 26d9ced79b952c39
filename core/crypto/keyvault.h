#pragma once

#include "result.h"
#include "securekey.h"

#include <QByteArray>
#include <QString>

namespace doorstep {

// Wraps the data key under a key derived from the user's PIN with Argon2id, and unwraps it.
// The wrapped form is a small JSON document; every field of it is validated when read.
class KeyVault
{
public:
    struct Cost
    {
        quint64 opsLimit;
        quint64 memLimit;
    };
    // A tablet unlocks in about a quarter of a second; tests pass a cheaper cost.
    static Cost defaultCost();
    static Cost testCost();

    static Status checkPin(const QString &pin);
    static Result<QByteArray> wrap(const SecureKey &dataKey, quint32 keyVersion, const QString &pin, Cost cost);

    struct Unwrapped
    {
        SecureKey key;
        quint32 keyVersion = 0;
    };
    static Result<Unwrapped> unwrap(const QByteArray &wrapped, const QString &pin);
};

} // namespace doorstep

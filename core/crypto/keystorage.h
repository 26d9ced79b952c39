#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace doorstep {

// Where the wrapped data key lives. The key is wrapped under the PIN before it gets here, so an
// implementation only has to keep bytes safe from loss; a platform keyring adds protection on top.
class KeyStorage
{
public:
    virtual ~KeyStorage() = default;
    virtual QString name() const = 0;
    virtual bool exists() = 0;
    virtual Result<QByteArray> read() = 0;
    virtual Status write(const QByteArray &wrappedKey) = 0;
};

} // namespace doorstep

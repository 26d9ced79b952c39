#pragma once

#include "keystorage.h"

#include <memory>

namespace doorstep {

// The keyring first, a file when the keyring will not take the key. A keyring can answer reads yet
// refuse writes (a locked collection with no one to unlock it, a prompt nobody sees), and a
// practitioner must still be able to set a PIN. Reads are deterministic: once the file exists it
// is the store's key, whatever the keyring holds.
class FallbackKeyStorage : public KeyStorage
{
public:
    FallbackKeyStorage(std::shared_ptr<KeyStorage> preferred, std::shared_ptr<KeyStorage> fallback);

    // Where the key is (or would be written first).
    QString name() const override;
    bool exists() override;
    Result<QByteArray> read() override;
    Status write(const QByteArray &wrappedKey) override;

private:
    std::shared_ptr<KeyStorage> m_preferred;
    std::shared_ptr<KeyStorage> m_fallback;
    bool m_usingFallback = false;
};

} // namespace doorstep

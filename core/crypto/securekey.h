#pragma once

#include <QByteArray>

#include <cstddef>

namespace doorstep {

// A 256-bit key held in guarded, locked memory (libsodium's sodium_malloc) and wiped when released,
// so locking the app really removes the data key from memory.
class SecureKey
{
public:
    static constexpr std::size_t kSize = 32;

    SecureKey();
    ~SecureKey();
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;
    SecureKey(SecureKey &&other) noexcept;
    SecureKey &operator=(SecureKey &&other) noexcept;

    static SecureKey random();
    static SecureKey fromBytes(const unsigned char *bytes, std::size_t size);

    bool isNull() const { return m_bytes == nullptr; }
    const unsigned char *data() const { return m_bytes; }
    unsigned char *data() { return m_bytes; }
    void wipe();

private:
    unsigned char *m_bytes = nullptr;
};

} // namespace doorstep

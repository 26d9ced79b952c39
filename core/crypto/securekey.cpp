#include "securekey.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace doorstep {

SecureKey::SecureKey() = default;

SecureKey::~SecureKey()
{
    wipe();
}

SecureKey::SecureKey(SecureKey &&other) noexcept : m_bytes(std::exchange(other.m_bytes, nullptr)) { }

SecureKey &SecureKey::operator=(SecureKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

SecureKey SecureKey::random()
{
    SecureKey key;
    key.m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (key.m_bytes)
        randombytes_buf(key.m_bytes, kSize);
    return key;
}

SecureKey SecureKey::fromBytes(const unsigned char *bytes, std::size_t size)
{
    SecureKey key;
    if (size != kSize)
        return key;
    key.m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (key.m_bytes)
        std::memcpy(key.m_bytes, bytes, kSize);
    return key;
}

void SecureKey::wipe()
{
    if (m_bytes) {
        sodium_free(m_bytes); // zeroes the memory before releasing it
        m_bytes = nullptr;
    }
}

} // namespace doorstep

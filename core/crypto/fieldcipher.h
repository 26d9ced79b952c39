#pragma once

#include "result.h"
#include "securekey.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace doorstep {

// Encrypts single stored values with XChaCha20-Poly1305. The associated data binds each value to its
// table, row id, column and key version, so a value copied to another row or column fails to decrypt.
// Stored form: 1 byte format, 4 bytes key version (big-endian), 24 bytes nonce, ciphertext with tag.
class FieldCipher
{
public:
    static constexpr int kFormat = 1;
    static constexpr int kOverhead = 1 + 4 + 24 + 16;

    FieldCipher() = default;
    FieldCipher(SecureKey key, quint32 keyVersion);
    FieldCipher(FieldCipher &&other) noexcept;
    FieldCipher &operator=(FieldCipher &&other) noexcept;

    bool isUnlocked() const { return !m_key.isNull(); }
    quint32 keyVersion() const { return m_keyVersion; }
    void lock() { m_key.wipe(); }

    QByteArray encrypt(const QByteArray &plaintext, QStringView table, QStringView rowId, QStringView column) const;
    Result<QByteArray> decrypt(const QByteArray &stored, QStringView table, QStringView rowId,
                               QStringView column) const;

private:
    static QByteArray associatedData(QStringView table, QStringView rowId, QStringView column, quint32 keyVersion);

    SecureKey m_key;
    quint32 m_keyVersion = 0;
    // Nonces: 16 random bytes drawn once per cipher, then a 64-bit count. Unique under the key like
    // random nonces (two ciphers on one key differ in their random part), without a getrandom call
    // for every value written: an initial sync encrypts a hundred thousand notes.
    unsigned char m_noncePrefix[16] = {};
    mutable std::atomic<quint64> m_nonceCount = 0;
};

} // namespace doorstep

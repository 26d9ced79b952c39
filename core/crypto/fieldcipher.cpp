#include "fieldcipher.h"

#include <sodium.h>

#include <algorithm>
#include <iterator>

namespace doorstep {

FieldCipher::FieldCipher(SecureKey key, quint32 keyVersion) : m_key(std::move(key)), m_keyVersion(keyVersion)
{
    randombytes_buf(m_noncePrefix, sizeof m_noncePrefix);
}

FieldCipher::FieldCipher(FieldCipher &&other) noexcept
    : m_key(std::move(other.m_key)), m_keyVersion(other.m_keyVersion), m_nonceCount(other.m_nonceCount.load())
{
    std::copy(std::begin(other.m_noncePrefix), std::end(other.m_noncePrefix), m_noncePrefix);
}

FieldCipher &FieldCipher::operator=(FieldCipher &&other) noexcept
{
    m_key = std::move(other.m_key);
    m_keyVersion = other.m_keyVersion;
    std::copy(std::begin(other.m_noncePrefix), std::end(other.m_noncePrefix), m_noncePrefix);
    m_nonceCount = other.m_nonceCount.load();
    return *this;
}

namespace {
// The UTF-8 of text, without a temporary for the common case: table, column and row id are ASCII.
void appendUtf8(QByteArray &to, QStringView text)
{
    const qsizetype start = to.size();
    to.resize(start + text.size());
    char *out = to.data() + start;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            to.truncate(start);
            to += text.toUtf8();
            return;
        }
        *out++ = char(c.unicode());
    }
}
} // namespace

QByteArray FieldCipher::associatedData(QStringView table, QStringView rowId, QStringView column, quint32 keyVersion)
{
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    QByteArray ad;
    ad.reserve(96);
    ad += "doorstep:v1\x1f";
    appendUtf8(ad, table);
    ad += '\x1f';
    appendUtf8(ad, rowId);
    ad += '\x1f';
    appendUtf8(ad, column);
    ad += '\x1f';
    ad += QByteArray::number(keyVersion);
    return ad;
}

QByteArray FieldCipher::encrypt(const QByteArray &plaintext, QStringView table, QStringView rowId,
                                QStringView column) const
{
    Q_ASSERT(isUnlocked());
    const QByteArray ad = associatedData(table, rowId, column, m_keyVersion);
    QByteArray out(kOverhead + plaintext.size(), Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    p[0] = kFormat;
    for (int i = 0; i < 4; ++i)
        p[1 + i] = static_cast<unsigned char>(m_keyVersion >> (8 * (3 - i)));
    unsigned char *nonce = p + 5;
    static_assert(sizeof m_noncePrefix + 8 == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    std::copy(std::begin(m_noncePrefix), std::end(m_noncePrefix), nonce);
    const quint64 count = m_nonceCount.fetch_add(1, std::memory_order_relaxed);
    for (int i = 0; i < 8; ++i)
        nonce[16 + i] = static_cast<unsigned char>(count >> (8 * (7 - i)));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char *>(plaintext.constData()), quint64(plaintext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr, nonce, m_key.data());
    return out;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &stored, QStringView table, QStringView rowId,
                                        QStringView column) const
{
    // Named only when something is wrong: a caseload decrypts thousands of values at unlock.
    const auto field = [&] { return table.toString() + QLatin1Char('.') + column.toString(); };
    if (!isUnlocked())
        return Error{field(), QStringLiteral("the store is locked")};
    if (stored.size() < kOverhead)
        return Error{field(), QStringLiteral("the stored value is truncated")};
    const auto *p = reinterpret_cast<const unsigned char *>(stored.constData());
    if (p[0] != kFormat)
        return Error{field(), QStringLiteral("the stored value has an unknown format")};
    quint32 version = 0;
    for (int i = 0; i < 4; ++i)
        version = (version << 8) | p[1 + i];
    if (version != m_keyVersion)
        return Error{
            field(),
            QStringLiteral("the value was written under key version %1, not %2").arg(version).arg(m_keyVersion)};
    const QByteArray ad = associatedData(table, rowId, column, version);
    const unsigned char *nonce = p + 5;
    const unsigned char *cipher = nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const quint64 cipherSize = quint64(stored.size()) - 5 - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray plain(qsizetype(cipherSize - crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plainSize, nullptr, cipher, cipherSize,
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nonce, m_key.data())
        != 0) {
        return Error{field(),
                     QStringLiteral("the value failed authentication: it was altered or belongs to another record")};
    }
    return plain;
}

} // namespace doorstep

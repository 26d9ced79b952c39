#include "keyvault.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace doorstep {

namespace {
const QString kFormat = QStringLiteral("doorstep-wrapped-key");
const QByteArray kWrapContext = "doorstep:wrapped-data-key:v1";

SecureKey deriveKey(const QString &pin, const QByteArray &salt, quint64 ops, quint64 mem)
{
    SecureKey kek = SecureKey::random(); // allocates guarded memory; the bytes are overwritten below
    const QByteArray pinUtf8 = pin.toUtf8();
    if (kek.isNull()
        || crypto_pwhash(kek.data(), SecureKey::kSize, pinUtf8.constData(), quint64(pinUtf8.size()),
                         reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13)
            != 0) {
        return SecureKey();
    }
    return kek;
}

Result<QByteArray> base64Field(const QJsonObject &o, const QString &name, qsizetype expectedSize)
{
    const QJsonValue v = o.value(name);
    if (!v.isString())
        return Error{QStringLiteral("key file: ") + name, QStringLiteral("missing or not a string")};
    const auto decoded
        = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{QStringLiteral("key file: ") + name, QStringLiteral("is not valid base64")};
    if (expectedSize >= 0 && decoded.decoded.size() != expectedSize)
        return Error{QStringLiteral("key file: ") + name, QStringLiteral("has the wrong length")};
    return decoded.decoded;
}
} // namespace

KeyVault::Cost KeyVault::defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KeyVault::Cost KeyVault::testCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8 * 1024 * 1024};
}

Status KeyVault::checkPin(const QString &pin)
{
    if (pin.size() < 6 || pin.size() > 12)
        return Error{QStringLiteral("PIN"), QStringLiteral("must be 6 to 12 digits")};
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return Error{QStringLiteral("PIN"), QStringLiteral("must contain digits only")};
    }
    return ok();
}

Result<QByteArray> KeyVault::wrap(const SecureKey &dataKey, quint32 keyVersion, const QString &pin, Cost cost)
{
    if (Status s = checkPin(pin); !s)
        return s.error();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const SecureKey kek = deriveKey(pin, salt, cost.opsLimit, cost.memLimit);
    if (kek.isNull())
        return Error{QStringLiteral("PIN"), QStringLiteral("key derivation failed (out of memory)")};
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray ad = kWrapContext + '/' + QByteArray::number(keyVersion);
    QByteArray cipher(SecureKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(cipher.data()), &written, dataKey.data(), SecureKey::kSize,
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    o.insert(QStringLiteral("opsLimit"), qint64(cost.opsLimit));
    o.insert(QStringLiteral("memLimit"), qint64(cost.memLimit));
    o.insert(QStringLiteral("keyVersion"), qint64(keyVersion));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
    o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<KeyVault::Unwrapped> KeyVault::unwrap(const QByteArray &wrapped, const QString &pin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("key file"), QStringLiteral("is not a JSON object: ") + parseError.errorString()};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return Error{QStringLiteral("key file: format"), QStringLiteral("is not a Doorstep wrapped key")};
    if (o.value(QStringLiteral("version")).toInt(-1) != 1)
        return Error{QStringLiteral("key file: version"), QStringLiteral("is not a version this app knows (1)")};
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
        return Error{QStringLiteral("key file: kdf"), QStringLiteral("must be argon2id13")};
    const qint64 ops = o.value(QStringLiteral("opsLimit")).toInteger(-1);
    const qint64 mem = o.value(QStringLiteral("memLimit")).toInteger(-1);
    const qint64 keyVersion = o.value(QStringLiteral("keyVersion")).toInteger(-1);
    if (ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || ops > 64)
        return Error{QStringLiteral("key file: opsLimit"), QStringLiteral("is out of range")};
    if (mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || mem > qint64(1) << 30)
        return Error{QStringLiteral("key file: memLimit"), QStringLiteral("is out of range")};
    if (keyVersion < 1 || keyVersion > 0xffffffffLL)
        return Error{QStringLiteral("key file: keyVersion"), QStringLiteral("is out of range")};
    auto salt = base64Field(o, QStringLiteral("salt"), crypto_pwhash_SALTBYTES);
    if (!salt)
        return salt.error();
    auto nonce = base64Field(o, QStringLiteral("nonce"), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    if (!nonce)
        return nonce.error();
    auto cipher
        = base64Field(o, QStringLiteral("ciphertext"), SecureKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (!cipher)
        return cipher.error();
    if (Status s = checkPin(pin); !s)
        return s.error();

    const SecureKey kek = deriveKey(pin, *salt, quint64(ops), quint64(mem));
    if (kek.isNull())
        return Error{QStringLiteral("PIN"), QStringLiteral("key derivation failed (out of memory)")};
    const QByteArray ad = kWrapContext + '/' + QByteArray::number(keyVersion);
    Unwrapped result;
    result.key = SecureKey::random();
    result.keyVersion = quint32(keyVersion);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            result.key.data(), &plainSize, nullptr, reinterpret_cast<const unsigned char *>(cipher->constData()),
            quint64(cipher->size()), reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce->constData()), kek.data())
        != 0) {
        return Error{QStringLiteral("PIN"), QStringLiteral("is not correct")};
    }
    return result;
}

} // namespace doorstep

#include "fallbackkeystorage.h"

#include <QLoggingCategory>

namespace doorstep {

Q_LOGGING_CATEGORY(lcKeyStorage, "doorstep.keystorage", QtInfoMsg)

FallbackKeyStorage::FallbackKeyStorage(std::shared_ptr<KeyStorage> preferred, std::shared_ptr<KeyStorage> fallback)
    : m_preferred(std::move(preferred)), m_fallback(std::move(fallback))
{
}

QString FallbackKeyStorage::name() const
{
    return m_usingFallback ? m_fallback->name() : m_preferred->name();
}

bool FallbackKeyStorage::exists()
{
    if (m_fallback->exists()) {
        m_usingFallback = true;
        return true;
    }
    return m_preferred->exists();
}

Result<QByteArray> FallbackKeyStorage::read()
{
    if (m_fallback->exists()) {
        m_usingFallback = true;
        return m_fallback->read();
    }
    return m_preferred->read();
}

Status FallbackKeyStorage::write(const QByteArray &wrappedKey)
{
    if (!m_usingFallback) {
        Status written = m_preferred->write(wrappedKey);
        if (written)
            return written;
        // The reason names the keyring's trouble, never the key.
        qCWarning(lcKeyStorage) << "the keyring did not take the key; keeping it in the data directory instead:"
                                << written.error().message();
        m_usingFallback = true;
    }
    return m_fallback->write(wrappedKey);
}

} // namespace doorstep

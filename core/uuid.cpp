#include "uuid.h"

#include <QDateTime>

#include <sodium.h>

namespace doorstep::Uuid {

namespace {
TimeSource &timeSource()
{
    static TimeSource source;
    return source;
}
RandomSource &randomSource()
{
    static RandomSource source;
    return source;
}
} // namespace

void setSources(TimeSource time, RandomSource random)
{
    timeSource() = std::move(time);
    randomSource() = std::move(random);
}

QString createV7()
{
    return createV7(timeSource() ? timeSource()() : QDateTime::currentMSecsSinceEpoch());
}

QString createV7(qint64 unixMs)
{
    unsigned char bytes[16];
    if (randomSource())
        randomSource()(bytes, sizeof bytes);
    else
        randombytes_buf(bytes, sizeof bytes);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(quint64(unixMs) >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f)); // RFC 9562 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

bool isValid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

quint64 nodeOf(const QString &deviceId)
{
    // The last 16 hex digits are the random tail of a UUIDv7.
    bool ok = false;
    const quint64 node = deviceId.right(12).toULongLong(&ok, 16) | (deviceId.mid(19, 4).toULongLong(nullptr, 16) << 48);
    return ok ? node : 0;
}

} // namespace doorstep::Uuid

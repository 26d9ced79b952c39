#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace doorstep {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Made on the device, so ids never
// need the server, and they sort by creation time, which keeps SQLite's b-trees appending.
namespace Uuid {
QString createV7();
QString createV7(qint64 unixMs);
bool isValid(const QString &text); // canonical lower-case 8-4-4-4-12 form
// The random tail of a device id as 64 bits, used to break ties between equal clock stamps.
quint64 nodeOf(const QString &deviceId);

// The seeded simulation replaces the clock and the random bits, so that a seed replays exactly.
// Both empty restores the system clock and libsodium's random bytes.
using TimeSource = std::function<qint64()>;
using RandomSource = std::function<void(unsigned char *bytes, size_t size)>;
void setSources(TimeSource time, RandomSource random);
} // namespace Uuid

} // namespace doorstep

// libFuzzer target on the sync protocol decoder: whatever bytes arrive, decoding must return a
// value or an Error, never crash, hang or read out of bounds (built with AddressSanitizer). The
// JSON parser under the decoders is also checked against Qt's: whatever it accepts, Qt accepts
// too and reads the same.
#include "jsonparser.h"
#include "protocolcodec.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

#include <cstddef>
#include <cstdint>

namespace {

// Equal, but for the last bit of a long decimal: Qt's parser and std::from_chars may round a
// number with more digits than a double holds one unit apart.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y || std::nextafter(x, y) == y;
    }
    if (a.isArray()) {
        const QJsonArray p = a.toArray();
        const QJsonArray q = b.toArray();
        if (p.size() != q.size())
            return false;
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (!sameJson(p.at(i), q.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject p = a.toObject();
        const QJsonObject q = b.toObject();
        if (p.keys() != q.keys())
            return false;
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (!sameJson(it.value(), q.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the message, the rest is the body, so one corpus covers all decoders.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (const QJsonDocument mine = doorstep::JsonParser::parse(body); !mine.isNull()) {
        const QJsonDocument qt = QJsonDocument::fromJson(body);
        const QJsonValue theirs = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
        const QJsonValue ours = mine.isArray() ? QJsonValue(mine.array()) : QJsonValue(mine.object());
        if (qt.isNull() || !sameJson(ours, theirs))
            __builtin_trap();
    }
    switch (data[0] % 5) {
    case 0:
        (void)doorstep::ProtocolCodec::decodePush(body);
        break;
    case 1:
        (void)doorstep::ProtocolCodec::decodePull(body);
        break;
    case 2:
        (void)doorstep::ProtocolCodec::decodeEnrol(body);
        break;
    case 3:
        (void)doorstep::ProtocolCodec::decodePullPage(body);
        break;
    default:
        (void)doorstep::ProtocolCodec::decodePushResult(body);
        break;
    }
    return 0;
}

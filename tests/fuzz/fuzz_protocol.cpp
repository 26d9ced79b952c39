// libFuzzer target on the sync protocol decoder: whatever bytes arrive, decoding must return a
// value or an Error, never crash, hang or read out of bounds (built with AddressSanitizer). The
// JSON parser under the decoders is also checked against Qt's: whatever it accepts, Qt accepts
// too and reads the same.
#include "jsonparser.h"
#include "protocolcodec.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the message, the rest is the body, so one corpus covers all decoders.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (const QJsonDocument mine = doorstep::JsonParser::parse(body); !mine.isNull()) {
        if (QJsonDocument::fromJson(body) != mine)
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

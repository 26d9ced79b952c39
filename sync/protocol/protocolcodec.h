#pragma once

#include "enrolrequest.h"
#include "pullpage.h"
#include "pullrequest.h"
#include "pushrequest.h"
#include "pushresult.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace doorstep {

struct OutboxEntry;

// Reads and writes the JSON bodies of sync protocol v1. Decoding validates every field: a bad request
// is refused whole with an Error whose code is the protocol error code, whose subject names the
// mutation (where there is one), and whose field and reason say what is wrong.
namespace ProtocolCodec {

Result<EnrolRequest> decodeEnrol(const QByteArray &body);
Result<PushRequest> decodePush(const QByteArray &body);
Result<PullRequest> decodePull(const QByteArray &body);

QByteArray encodeEnrol(const EnrolRequest &request);
// The push body for these outbox entries (already decrypted), in order and with consecutive counters:
// the body carries only the first one.
QByteArray encodePush(int schemaVersion, const QString &deviceId, const std::vector<OutboxEntry> &entries);
// The same body from entries read with Outbox::pendingForPush (storedChanges, not changes): each
// entry's stored JSON is copied into the body, not parsed and written again; the bytes are the ones
// encodePush writes. An entry whose stored changes are not a JSON object is an error naming it.
Result<QByteArray> encodeStoredPush(int schemaVersion, const QString &deviceId,
                                    const std::vector<OutboxEntry> &entries);
QByteArray encodePull(const PullRequest &request);

// The server's answers, as the device reads them: validated like any other input.
Result<PushResult> decodePushResult(const QByteArray &body);
Result<PullPage> decodePullPage(const QByteArray &body);

// {"error": {"code", "message", "field", "mutation"}}
QByteArray encodeError(const Error &error);
Error decodeError(const QByteArray &body, int httpStatus);

QString stampText(quint64 hlc);
bool parseStamp(const QJsonValue &value, quint64 *hlc);

} // namespace ProtocolCodec

} // namespace doorstep

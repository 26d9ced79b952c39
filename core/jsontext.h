#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace doorstep {

// JSON written straight into a buffer, byte for byte what QJsonDocument::toJson(Compact) writes for
// the same value. Qt builds a whole document first and writes it from there: a push of 500 edits
// spent half its encoding time on that (bench_sync_push).

// A string literal, quotes included.
void appendJsonString(QByteArray &out, QStringView text);
// Any value; an object's members in QJsonObject's (sorted) order.
void appendJsonValue(QByteArray &out, const QJsonValue &value);

} // namespace doorstep

#pragma once

#include "result.h"

#include <QByteArray>

namespace doorstep {

class Store;

// Every record of every type in a fixed order and form (JSON field values, the deleted flag, the
// per-field stamps), so two replicas can be compared byte for byte after sync.
namespace CanonicalDump {
Result<QByteArray> of(Store &store);
}

} // namespace doorstep

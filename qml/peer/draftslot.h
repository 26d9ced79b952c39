#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace doorstep {

class Store;

// One unfinished piece of work (a postcard being filled in, an interview under way) kept as an
// encrypted secret of the store, so that a crash or a flat battery loses nothing of what was typed.
// The store's meta table holds it on this tablet only: a draft never syncs.
class DraftSlot
{
public:
    // An empty object when nothing is kept (or the draft was cleared).
    static Result<QJsonObject> read(Store &store, const QString &name);
    // An empty draft is removed rather than written.
    static Status write(Store &store, const QString &name, const QJsonObject &draft);
    static Status clear(Store &store, const QString &name);
};

} // namespace doorstep

#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace doorstep {

class Store;

// What someone was writing on a goal and had not saved yet, kept encrypted on this tablet only
// (Store secrets), so that a lock, a crash or a flat battery loses none of it. One draft per person
// and goal; a goal not yet saved is "new".
class GoalDraft
{
public:
    static std::optional<QJsonObject> load(Store &store, const QString &personId, const QString &goalId);
    static Status save(Store &store, const QString &personId, const QString &goalId, const QJsonObject &content);
    static Status clear(Store &store, const QString &personId, const QString &goalId);
    static bool exists(Store &store, const QString &personId, const QString &goalId);

private:
    static QString nameFor(const QString &personId, const QString &goalId);
};

} // namespace doorstep

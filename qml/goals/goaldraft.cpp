#include "goaldraft.h"

#include "store.h"

#include <QJsonDocument>

namespace doorstep {

QString GoalDraft::nameFor(const QString &personId, const QString &goalId)
{
    return QStringLiteral("goals.draft/%1/%2").arg(personId, goalId.isEmpty() ? QStringLiteral("new") : goalId);
}

std::optional<QJsonObject> GoalDraft::load(Store &store, const QString &personId, const QString &goalId)
{
    auto bytes = store.secret(nameFor(personId, goalId));
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

Status GoalDraft::save(Store &store, const QString &personId, const QString &goalId, const QJsonObject &content)
{
    return store.saveSecret(nameFor(personId, goalId), QJsonDocument(content).toJson(QJsonDocument::Compact));
}

Status GoalDraft::clear(Store &store, const QString &personId, const QString &goalId)
{
    return store.removeSecret(nameFor(personId, goalId));
}

bool GoalDraft::exists(Store &store, const QString &personId, const QString &goalId)
{
    auto bytes = store.secret(nameFor(personId, goalId));
    return bytes && !bytes->isEmpty();
}

} // namespace doorstep

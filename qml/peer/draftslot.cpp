#include "draftslot.h"

#include "store.h"

#include <QJsonDocument>

namespace doorstep {

Result<QJsonObject> DraftSlot::read(Store &store, const QString &name)
{
    auto bytes = store.secret(name);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(QStringLiteral("draft"), QStringLiteral("cannot be read back"));
    return document.object();
}

Status DraftSlot::write(Store &store, const QString &name, const QJsonObject &draft)
{
    if (draft.isEmpty())
        return clear(store, name);
    return store.saveSecret(name, QJsonDocument(draft).toJson(QJsonDocument::Compact));
}

Status DraftSlot::clear(Store &store, const QString &name)
{
    return store.removeSecret(name);
}

} // namespace doorstep

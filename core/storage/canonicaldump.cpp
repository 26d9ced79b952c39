#include "canonicaldump.h"

#include "database.h"
#include "entityregistry.h"
#include "fieldcodec.h"
#include "fieldstamps.h"
#include "recordstore.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

namespace doorstep::CanonicalDump {

Result<QByteArray> of(Store &store)
{
    QByteArray out;
    for (const EntitySchema *schema : EntityRegistry::all()) {
        // Deleted records too: a tombstone that one replica lacks is a divergence.
        Statement &s = store.database().statement(
            QStringLiteral("SELECT id, deleted, stamps FROM %1 ORDER BY id").arg(schema->table));
        std::vector<std::tuple<QString, bool, QByteArray>> rows;
        while (s.step() == Statement::StepResult::Row)
            rows.emplace_back(s.text(0), s.int64(1) != 0, s.blob(2));
        s.reset();
        for (const auto &[id, deleted, stampBlob] : rows) {
            FieldStamps stamps = FieldStamps::fromBlob(stampBlob);
            Statement &one
                = store.database().statement(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(schema->table));
            one.bind(1, id);
            const auto release = qScopeGuard([&one] { one.reset(); });
            if (one.step() != Statement::StepResult::Row)
                return Error(schema->entity, QStringLiteral("row vanished during the dump"));
            QJsonObject fields;
            QJsonObject stampObject;
            for (size_t i = 0; i < schema->fields.size(); ++i) {
                auto value = FieldCodec::read(one, int(i) + 1, schema->fields[i], store.cipher(), {schema->table, id});
                if (!value)
                    return value.error();
                fields.insert(schema->fields[i].name, FieldCodec::toJson(schema->fields[i], *value));
                const auto stamp = stamps.get(int(i));
                stampObject.insert(schema->fields[i].name,
                                   QString::number(stamp.hlc) + u':' + QString::number(stamp.node, 16));
            }
            const QJsonObject row{{QStringLiteral("entity"), schema->entity},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("deleted"), deleted},
                                  {QStringLiteral("fields"), fields},
                                  {QStringLiteral("stamps"), stampObject}};
            out += QJsonDocument(row).toJson(QJsonDocument::Compact);
            out += '\n';
        }
    }
    return out;
}

} // namespace doorstep::CanonicalDump

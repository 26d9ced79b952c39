#include "refusedchangelistmodel.h"

#include "entityregistry.h"
#include "outbox.h"
#include "recorddescriber.h"
#include "session.h"
#include "store.h"
#include "syncengine.h"

#include <QJsonObject>

#include <algorithm>

namespace doorstep {

namespace {

// The server names a field as "visit.personId": said in the screen's words where it is one of the record's.
QString reasonInWords(const QString &entity, const QString &field, const QString &reason)
{
    const QString prefix = entity + u'.';
    const QString where
        = field.startsWith(prefix) ? RecordDescriber::fieldLabel(entity, field.mid(prefix.size())) : field;
    return RefusedChangeListModel::tr("The server said: %1")
        .arg(where.isEmpty() ? reason : where + QStringLiteral(": ") + reason);
}

// What the change would have made, in words, a field a line; ids are left out (they mean nothing read).
QString details(const OutboxEntry &entry)
{
    const EntitySchema *schema = EntityRegistry::find(entry.entity);
    if (!schema)
        return {};
    if (entry.op == QLatin1String("delete"))
        return RefusedChangeListModel::tr("Delete this record");
    QStringList lines;
    for (const FieldSpec &spec : schema->fields) {
        const QJsonValue change = entry.changes.value(spec.name);
        if (!change.isObject() || spec.type == FieldType::Id)
            continue;
        lines << RecordDescriber::fieldLabel(entry.entity, spec.name) + QStringLiteral(": ")
                + RecordDescriber::valueText(spec, change.toObject().value(QStringLiteral("new")));
    }
    return lines.join(u'\n');
}

QString title(RecordDescriber &describer, const OutboxEntry &entry)
{
    const QString record = describer.describe(entry.entity, entry.entityId, {}, entry.changes).title;
    if (entry.op == QLatin1String("create"))
        return RefusedChangeListModel::tr("New: %1").arg(record);
    if (entry.op == QLatin1String("delete"))
        return RefusedChangeListModel::tr("Deleting: %1").arg(record);
    return RefusedChangeListModel::tr("A change to: %1").arg(record);
}

} // namespace

RefusedChangeListModel::RefusedChangeListModel(QObject *parent) : SessionListModel(parent) { }

int RefusedChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RefusedChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case MutationIdRole:
        return row.mutationId;
    case SetAsideRole:
        return row.setAside;
    case ReasonRole:
        return row.reason;
    case DetailsRole:
        return row.details;
    case WhenTextRole:
        return row.whenText;
    default:
        return {};
    }
}

QHash<int, QByteArray> RefusedChangeListModel::roleNames() const
{
    return {
        {MutationIdRole, "mutationId"}, {SetAsideRole, "setAside"}, {TitleRole, "title"},
        {ReasonRole, "reason"},         {DetailsRole, "details"},   {WhenTextRole, "whenText"},
    };
}

void RefusedChangeListModel::followed()
{
    if (session()) {
        connect(session(), &Session::syncEngineChanged, this, [this] {
            follow(session()->syncEngine());
            reload();
        });
    }
    follow(session() ? session()->syncEngine() : nullptr);
}

void RefusedChangeListModel::follow(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &SyncEngine::refusedChangeChanged, this, &RefusedChangeListModel::reload);
        connect(m_engine, &SyncEngine::stateChanged, this, &RefusedChangeListModel::canSetAsideChanged);
    }
    emit canSetAsideChanged();
}

bool RefusedChangeListModel::canSetAside() const
{
    return m_engine && m_engine->state() != SyncEngine::State::Syncing && hasRefused();
}

void RefusedChangeListModel::reload()
{
    Store *unlocked = unlockedStore();
    if (!unlocked) {
        clear();
        return;
    }
    Store &store = *unlocked;
    RecordDescriber describer(store);
    std::vector<Row> rows;
    if (m_engine && !m_engine->refusedChange().subject.isEmpty()) {
        const Error &refused = m_engine->refusedChange();
        auto entry = store.outbox().find(refused.subject);
        if (entry && entry->has_value()) {
            Row row;
            row.mutationId = refused.subject;
            row.title = title(describer, **entry);
            row.reason = reasonInWords((*entry)->entity, refused.field, refused.reason);
            row.details = details(**entry);
            rows.push_back(std::move(row));
        }
    }
    auto setAside = store.outbox().setAsideEntries();
    if (!setAside) {
        setRows(std::move(rows));
        setError(tr("The changes set aside cannot be read: %1").arg(setAside.error().message()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (auto it = setAside->crbegin(); it != setAside->crend(); ++it) { // the latest first
        Row row;
        row.mutationId = it->entry.mutationId;
        row.setAside = true;
        row.title = title(describer, it->entry);
        row.reason = reasonInWords(it->entry.entity, it->reasonField, it->reason);
        row.details = details(it->entry);
        row.whenText = tr("Set aside %1").arg(RecordDescriber::when(it->setAsideAt, now));
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
    setError(QString());
}

bool RefusedChangeListModel::setAside(const QString &mutationId)
{
    if (!m_engine || !session()) {
        setError(tr("This tablet is not syncing now, so nothing can be set aside."));
        return false;
    }
    if (Status s = m_engine->setAsideRefusedChange(mutationId); !s) {
        setError(s.error().message());
        return false;
    }
    setError(QString());
    session()->noteLocalEdit();
    reload();
    return true;
}

void RefusedChangeListModel::clear()
{
    setRows({});
}

void RefusedChangeListModel::setRows(std::vector<Row> rows)
{
    const bool hadRefused = hasRefused();
    replaceRows(m_rows, std::move(rows));
    if (hadRefused != hasRefused())
        emit hasRefusedChanged();
    emit canSetAsideChanged();
}

} // namespace doorstep

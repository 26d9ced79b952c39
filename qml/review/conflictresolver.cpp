#include "conflictresolver.h"

#include "conflict.h"
#include "conflictlistmodel.h"
#include "entityregistry.h"
#include "recorddescriber.h"
#include "recordstore.h"
#include "repository.h"
#include "session.h"
#include "sessionwatch.h"
#include "store.h"

namespace doorstep {

ConflictResolver::ConflictResolver(QObject *parent) : QObject(parent) { }

void ConflictResolver::setSession(Session *session)
{
    if (m_session == session)
        return;
    SessionWatch::follow(
        this, m_session, session, [this] { reload(); }, [this] { clear(); });
    m_session = session;
    emit sessionChanged();
    reload();
}

void ConflictResolver::setConflictId(const QString &conflictId)
{
    if (m_conflictId == conflictId)
        return;
    m_conflictId = conflictId;
    emit conflictIdChanged();
    reload();
}

QString ConflictResolver::otherSource() const
{
    return m_otherFromThisTablet ? tr("This tablet") : tr("Another tablet");
}

void ConflictResolver::reload()
{
    if (!m_session || m_session->state() != Session::Unlocked || !m_session->store() || m_conflictId.isEmpty()) {
        clear();
        return;
    }
    Store &store = *m_session->store();
    auto conflict = Repository<Conflict>(store).get(m_conflictId);
    if (!conflict) {
        clear();
        setError(tr("This conflict is no longer on this tablet."));
        return;
    }
    RecordDescriber describer(store);
    const RecordDescriber::Description d
        = describer.describe(conflict->recordEntity, conflict->recordId, conflict->field);
    m_recordEntity = conflict->recordEntity;
    m_recordId = conflict->recordId;
    m_field = conflict->field;
    m_kind = conflict->kind;
    m_kindText = ConflictListModel::kindText(conflict->kind, !conflict->other.isEmpty());
    m_title = d.title;
    m_personName = d.personName;
    m_fieldLabel = conflict->field.isEmpty() ? QString() : RecordDescriber::fieldLabel(m_recordEntity, m_field);
    m_detectedText = tr("Found %1").arg(RecordDescriber::when(conflict->detectedAt));
    m_base = conflict->base;
    m_kept = conflict->kept;
    m_other = conflict->other;
    m_otherFromThisTablet = !conflict->otherDeviceId.isEmpty() && conflict->otherDeviceId == store.deviceId();
    m_resolved = conflict->resolved;
    m_recordExists = d.onThisTablet;
    m_current = m_kept;
    const EntitySchema *schema = EntityRegistry::find(m_recordEntity);
    const int field = schema ? schema->indexOf(m_field) : -1;
    if (m_recordExists && field >= 0) {
        auto record = store.records().find(*schema, m_recordId);
        if (record && record->has_value())
            m_current = (**record).values[size_t(field)].toString();
    }
    m_loaded = true;
    emit changed();
}

void ConflictResolver::clear()
{
    const bool was = m_loaded;
    m_loaded = false;
    m_recordEntity.clear();
    m_recordId.clear();
    m_field.clear();
    m_kind.clear();
    m_kindText.clear();
    m_title.clear();
    m_personName.clear();
    m_fieldLabel.clear();
    m_detectedText.clear();
    m_base.clear();
    m_kept.clear();
    m_other.clear();
    m_current.clear();
    m_otherFromThisTablet = false;
    m_recordExists = false;
    m_resolved = false;
    if (was)
        emit changed();
}

QString ConflictResolver::mergeDraft() const
{
    if (m_current.isEmpty() || m_other.isEmpty() || m_current == m_other)
        return m_current.isEmpty() ? m_other : m_current;
    return m_current + QStringLiteral("\n\n") + m_other;
}

bool ConflictResolver::keepCurrent()
{
    return resolve(Choice::KeepCurrent);
}

bool ConflictResolver::keepOther()
{
    return resolve(Choice::WriteText, m_other);
}

bool ConflictResolver::saveMerge(const QString &text)
{
    return resolve(Choice::WriteText, text);
}

bool ConflictResolver::deleteRecord()
{
    return resolve(Choice::Delete);
}

bool ConflictResolver::resolve(Choice choice, const QString &text)
{
    if (!m_loaded || !m_session || !m_session->store()) {
        setError(tr("Unlock Doorstep first."));
        return false;
    }
    if (m_resolved) {
        setError(tr("This conflict has already been resolved."));
        return false;
    }
    const EntitySchema *schema = EntityRegistry::find(m_recordEntity);
    const int field = schema ? schema->indexOf(m_field) : -1;
    if (choice == Choice::WriteText && (field < 0 || m_kind != QLatin1String("text"))) {
        setError(tr("Only a text can be chosen here."));
        return false;
    }
    if (choice != Choice::KeepCurrent && (!schema || !m_recordExists)) {
        setError(tr("This record is no longer on this tablet, so it cannot be changed. The text is kept here."));
        return false;
    }
    Store &store = *m_session->store();
    RecordStore &records = store.records();
    Repository<Conflict> conflicts(store);
    const Status saved = records.together([&]() -> Status {
        if (choice == Choice::WriteText) {
            auto record = records.find(*schema, m_recordId);
            if (!record)
                return record.error();
            if (!record->has_value())
                return Error(schema->entity + QStringLiteral(".id"), QStringLiteral("no such record"));
            Values values = (**record).values;
            values[size_t(field)] = text;
            if (Status s = records.update(*schema, m_recordId, values); !s)
                return s;
        } else if (choice == Choice::Delete) {
            if (Status s = records.remove(*schema, m_recordId); !s)
                return s;
        }
        auto conflict = conflicts.get(m_conflictId);
        if (!conflict)
            return conflict.error();
        Conflict settled = *conflict;
        settled.resolved = true;
        return conflicts.update(settled);
    });
    if (!saved) {
        // The field in the person's words where it is one of this record's.
        const Error &e = saved.error();
        const QString prefix = m_recordEntity + u'.';
        const QString where = e.field.startsWith(prefix)
            ? RecordDescriber::fieldLabel(m_recordEntity, e.field.mid(prefix.size()))
            : e.field;
        setError(tr("Not saved. %1").arg(where.isEmpty() ? e.reason : where + QStringLiteral(": ") + e.reason));
        return false;
    }
    m_session->noteLocalEdit();
    setError(QString());
    reload();
    emit resolvedNow();
    return true;
}

void ConflictResolver::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace doorstep

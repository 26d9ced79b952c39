#include "conflictlistmodel.h"

#include "conflict.h"
#include "recorddescriber.h"
#include "repository.h"
#include "store.h"

#include <algorithm>

namespace doorstep {

ConflictListModel::ConflictListModel(QObject *parent) : SessionListModel(parent) { }

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case ConflictIdRole:
        return row.conflictId;
    case KindRole:
        return row.kind;
    case KindTextRole:
        return row.kindText;
    case PersonNameRole:
        return row.personName;
    case FieldLabelRole:
        return row.fieldLabel;
    case DetectedTextRole:
        return row.detectedText;
    case RecordEntityRole:
        return row.recordEntity;
    case RecordIdRole:
        return row.recordId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {
        {ConflictIdRole, "conflictId"},     {KindRole, "kind"},
        {KindTextRole, "kindText"},         {TitleRole, "title"},
        {PersonNameRole, "personName"},     {FieldLabelRole, "fieldLabel"},
        {DetectedTextRole, "detectedText"}, {RecordEntityRole, "recordEntity"},
        {RecordIdRole, "recordId"},
    };
}

QString ConflictListModel::conflictIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].conflictId : QString();
}

QString ConflictListModel::kindText(const QString &kind, bool textKept)
{
    if (kind == QLatin1String("delete"))
        return textKept ? tr("Changed on a tablet after it was deleted everywhere else")
                        : tr("Deleted on one tablet while it was changed on another");
    return tr("Two versions of this text");
}

void ConflictListModel::reload()
{
    Store *unlocked = unlockedStore();
    if (!unlocked) {
        clear();
        return;
    }
    Store &store = *unlocked;
    auto conflicts = Repository<Conflict>(store).list();
    if (!conflicts) {
        clear();
        setError(tr("The conflicts cannot be read: %1").arg(conflicts.error().message()));
        return;
    }
    RecordDescriber describer(store);
    const QDateTime now = QDateTime::currentDateTime();
    std::vector<Row> rows;
    for (const Conflict &c : *conflicts) {
        if (c.resolved)
            continue;
        const RecordDescriber::Description d = describer.describe(c.recordEntity, c.recordId, c.field);
        Row row;
        row.conflictId = c.id;
        row.kind = c.kind;
        row.kindText = kindText(c.kind, !c.other.isEmpty());
        row.title = d.title;
        row.personName = d.personName;
        row.fieldLabel = c.field.isEmpty() ? QString() : RecordDescriber::fieldLabel(c.recordEntity, c.field);
        row.detectedText = tr("Found %1").arg(RecordDescriber::when(c.detectedAt, now));
        row.recordEntity = c.recordEntity;
        row.recordId = c.recordId;
        row.detectedAt = c.detectedAt;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.detectedAt != b.detectedAt ? a.detectedAt > b.detectedAt : a.conflictId > b.conflictId;
    });
    replaceRows(m_rows, std::move(rows));
    setError(QString());
}

void ConflictListModel::clear()
{
    replaceRows(m_rows, {});
}

} // namespace doorstep

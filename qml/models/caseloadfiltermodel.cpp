#include "caseloadfiltermodel.h"

#include "personlistmodel.h"
#include "searchkey.h"

namespace doorstep {

CaseloadFilterModel::CaseloadFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    // One signal for QML's "nobody matches" line, whatever way the count changed.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CaseloadFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CaseloadFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CaseloadFilterModel::countChanged);
}

void CaseloadFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // Only a PersonListModel carries the precomputed keys; any other model shows nothing.
    m_people = qobject_cast<PersonListModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    sort(0);
    emit countChanged();
}

void CaseloadFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QString trimmed = text.trimmed();
    m_queryDigits = SearchKey::digitsOnly(trimmed);
    m_queryWords = m_queryDigits.isEmpty() ? SearchKey::words(trimmed) : QStringList();
    invalidateFilter();
    emit searchTextChanged();
    emit countChanged();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_people || sourceParent.isValid())
        return false;
    if (!m_queryDigits.isEmpty())
        return m_people->nhsDigitsAt(sourceRow).startsWith(m_queryDigits);
    if (m_queryWords.isEmpty())
        return true;
    const QStringList &nameWords = m_people->nameWordsAt(sourceRow);
    for (const QString &query : m_queryWords) {
        bool found = false;
        for (const QString &word : nameWords) {
            if (word.startsWith(query)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool CaseloadFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_people)
        return left.row() < right.row();
    return m_people->nameRankAt(left.row()) < m_people->nameRankAt(right.row());
}

QString CaseloadFilterModel::personIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return data(index(row, 0), PersonListModel::PersonIdRole).toString();
}

int CaseloadFilterModel::rowOfPerson(const QString &personId) const
{
    if (!m_people)
        return -1;
    const int sourceRow = m_people->rowOf(personId);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_people->index(sourceRow, 0)).row();
}

} // namespace doorstep

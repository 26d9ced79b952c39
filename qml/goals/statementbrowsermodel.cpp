#include "statementbrowsermodel.h"

#include "instrumentcatalogue.h"
#include "session.h"

namespace doorstep {

StatementBrowserModel::StatementBrowserModel(QObject *parent) : QAbstractListModel(parent)
{
    const InstrumentCatalogue *catalogue = Session::instruments();
    if (!catalogue)
        return; // Session has said why; the browser is then empty and a goal can still be saved
    const auto add = [this](const QString &id, const QString &text, const QString &heading, const QString &source) {
        m_all.push_back({id, text, heading, source, (heading + u' ' + text).toCaseFolded()});
    };
    for (const IStatementDomain &domain : catalogue->statementDomains()) {
        const QString heading = tr("National Voices: %1").arg(domain.title);
        for (const IStatement &statement : domain.statements)
            add(statement.id, statement.text, heading, QStringLiteral("nationalVoices"));
    }
    const OutcomeRow &row = catalogue->serviceUserOutcomeRow();
    for (const OutcomeCell &cell : row.cells) {
        QString columnTitle = cell.columnId;
        for (const OutcomeColumn &column : catalogue->outcomeColumns()) {
            if (column.id == cell.columnId)
                columnTitle = column.title;
        }
        const QString heading = tr("Outcomes framework, %1: %2").arg(row.title.toLower(), columnTitle);
        for (const OutcomeStatement &statement : cell.statements)
            add(statement.id, statement.text, heading, QStringLiteral("outcomesFramework"));
    }
    applyFilter();
}

int StatementBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant StatementBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_all[size_t(m_visible[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text;
    case StatementIdRole:
        return entry.id;
    case HeadingRole:
        return entry.heading;
    case SourceRole:
        return entry.source;
    case SelectedRole:
        return m_selectedIds.contains(entry.id);
    case Qt::CheckStateRole:
        return m_selectedIds.contains(entry.id) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool StatementBrowserModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool selected = false;
    if (role == SelectedRole)
        selected = value.toBool();
    else if (role == Qt::CheckStateRole)
        selected = value.toInt() == Qt::Checked;
    else
        return false;
    setSelected(m_all[size_t(m_visible[size_t(index.row())])].id, selected);
    return true;
}

Qt::ItemFlags StatementBrowserModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> StatementBrowserModel::roleNames() const
{
    return {
        {StatementIdRole, "statementId"}, {TextRole, "statementText"}, {HeadingRole, "heading"},
        {SourceRole, "source"},           {SelectedRole, "selected"},
    };
}

void StatementBrowserModel::setSelectedIds(const QStringList &ids)
{
    QStringList unique = ids;
    unique.removeDuplicates();
    unique.removeAll(QString());
    if (unique == m_selectedIds)
        return;
    const QStringList before = m_selectedIds;
    m_selectedIds = unique;
    // Only the rows whose tick changed.
    for (int row = 0; row < rowCount(); ++row) {
        const QString &id = m_all[size_t(m_visible[size_t(row)])].id;
        if (before.contains(id) != m_selectedIds.contains(id))
            emit dataChanged(index(row), index(row), {SelectedRole, Qt::CheckStateRole});
    }
    emit selectedIdsChanged();
}

void StatementBrowserModel::setSelected(const QString &statementId, bool selected)
{
    if (m_selectedIds.contains(statementId) == selected || statementId.isEmpty())
        return;
    QStringList next = m_selectedIds;
    if (selected)
        next.append(statementId);
    else
        next.removeAll(statementId);
    setSelectedIds(next);
}

void StatementBrowserModel::toggle(const QString &statementId)
{
    setSelected(statementId, !m_selectedIds.contains(statementId));
}

QString StatementBrowserModel::textOf(const QString &statementId) const
{
    for (const Entry &entry : m_all) {
        if (entry.id == statementId)
            return entry.text;
    }
    return {};
}

void StatementBrowserModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    emit filterTextChanged();
    applyFilter();
}

void StatementBrowserModel::applyFilter()
{
    const QStringList words = m_filterText.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    std::vector<int> visible;
    for (size_t i = 0; i < m_all.size(); ++i) {
        const bool matches = std::all_of(words.cbegin(), words.cend(),
                                         [&](const QString &word) { return m_all[i].searchText.contains(word); });
        if (matches)
            visible.push_back(int(i));
    }
    if (visible == m_visible)
        return;
    const bool countChanges = visible.size() != m_visible.size();
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

} // namespace doorstep

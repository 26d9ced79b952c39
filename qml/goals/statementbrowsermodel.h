#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

// The statements a goal can link to, as one list with a heading per group (a ListView section):
// the six National Voices domains with their I statements, then the service-user row of the Leeds
// outcomes framework, column by column, all in the catalogue's order. Each row can be ticked;
// selectedIds is what is ticked. The text filter narrows the rows shown and never the selection.
//
// The filter lives here rather than in a proxy: some forty fixed rows, and the selection must cover
// rows the filter hides.
class StatementBrowserModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // In the order given; ids the catalogue does not know are kept, never dropped.
    Q_PROPERTY(QStringList selectedIds READ selectedIds WRITE setSelectedIds NOTIFY selectedIdsChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectedIdsChanged)
    // Words that must all appear in a statement or its heading (any case); empty shows everything.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        TextRole,
        HeadingRole, // the section: "National Voices: Communication", "Outcomes framework: Better", ...
        SourceRole, // "nationalVoices" or "outcomesFramework"
        SelectedRole, // writable
    };
    Q_ENUM(Role)

    explicit StatementBrowserModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList selectedIds() const { return m_selectedIds; }
    void setSelectedIds(const QStringList &ids);
    int selectedCount() const { return int(m_selectedIds.size()); }
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    Q_INVOKABLE void setSelected(const QString &statementId, bool selected);
    Q_INVOKABLE void toggle(const QString &statementId);
    Q_INVOKABLE bool isSelected(const QString &statementId) const { return m_selectedIds.contains(statementId); }
    // The words of a statement, for the summary of what is ticked; empty when unknown.
    Q_INVOKABLE QString textOf(const QString &statementId) const;

signals:
    void selectedIdsChanged();
    void filterTextChanged();
    void countChanged();

private:
    struct Entry
    {
        QString id;
        QString text;
        QString heading;
        QString source;
        QString searchText; // text and heading, folded once
    };

    void applyFilter();

    std::vector<Entry> m_all;
    std::vector<int> m_visible; // indices into m_all
    QStringList m_selectedIds;
    QString m_filterText;
};

} // namespace doorstep

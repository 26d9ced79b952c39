#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace doorstep {

class PersonListModel;

// The caseload as the search field shows it: people whose name has a word starting with each word
// typed (any case, accents ignored), or whose NHS number starts with the digits typed (spaces
// ignored), in name order. Works on PersonListModel's precomputed keys, so one keystroke costs a
// prefix comparison per person and nothing more.
class CaseloadFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The filtered caseload comes from Session.caseload")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CaseloadFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    // The person id at a row of this model, for the page that opens it.
    Q_INVOKABLE QString personIdAt(int row) const;
    // The row of a person in this model, or -1 where the filter hides them or they are gone.
    Q_INVOKABLE int rowOfPerson(const QString &personId) const;

signals:
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<PersonListModel> m_people;
    QString m_searchText;
    QStringList m_queryWords; // folded words of the search text
    QString m_queryDigits; // the digits typed, when the search text is only digits and spaces
};

} // namespace doorstep

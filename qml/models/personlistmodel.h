#pragma once

#include "partial.h"
#include "person.h"
#include "result.h"
#include "sealedcaseload.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class Store;

// The people of the caseload, decrypted in memory after unlock and cleared on lock. Each row keeps
// its search keys and its place in name order, computed once per load, so that filtering and
// sorting in CaseloadFilterModel never decode or fold text per keystroke. Dates and NHS numbers are
// formatted only when a row is shown: at unlock, formatting thousands of them was a tenth of the load.
class PersonListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The caseload comes from Session.people")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        DateOfBirthRole,
        DateOfBirthTextRole,
        AgeRole,
        NhsNumberRole,
        AddressRole,
        GpPracticeRole,
        NextVisitRole,
        NextVisitTextRole,
    };
    Q_ENUM(Role)

    explicit PersonListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads every person (and their visits, for the next one) from the unlocked store. On failure
    // the model is left empty and the error says why.
    Status load(Store &store, const QDateTime &now = QDateTime::currentDateTime());
    // The same in two steps: read() needs no key (it runs while the key is derived), load() opens
    // what it read once the store is unlocked.
    static Result<SealedCaseload> read(Store &store, const QDateTime &now = QDateTime::currentDateTime());
    Status load(Store &store, SealedCaseload sealed);
    // Forgets everything that was decrypted (on lock).
    void clear();

    // For CaseloadFilterModel: the precomputed keys of one row.
    const QStringList &nameWordsAt(int row) const { return m_rows[size_t(row)].nameWords; }
    const QString &nhsDigitsAt(int row) const { return m_rows[size_t(row)].nhsDigits; }
    int nameRankAt(int row) const { return m_rows[size_t(row)].nameRank; }
    // The row of a person, or -1.
    Q_INVOKABLE int rowOf(const QString &personId) const;

signals:
    void countChanged();

private:
    struct Row
    {
        Partial<Person> person;
        int age = -1;
        QDateTime nextVisit;
        QStringList nameWords;
        QString nhsDigits;
        int nameRank = 0;
    };

    std::vector<Row> m_rows;
};

} // namespace doorstep

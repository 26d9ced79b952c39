#pragma once

#include "result.h"
#include "sessionlistmodel.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

// The people the team listed for one peer evaluation round: who and where (the name and address,
// where this tablet holds the person's record), why they are eligible, their consent to be
// interviewed, and whether the interview has taken place. Read again after a sync or an edit;
// emptied on lock.
//
// A peer evaluator's tablet receives only the name, address and communication needs of the people on
// the lists (sync/PROTOCOL.md, "Who gets what"); until the first sync brings them, or where a record
// is missing, a person is shown by their place on the team's list instead of a name.
class IntervieweeListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString roundId READ roundId WRITE setRoundId NOTIFY roundIdChanged)

public:
    enum Role {
        IntervieweeIdRole = Qt::UserRole + 1,
        PersonIdRole,
        NameRole,
        NameKnownRole, // false: the name is "Person N on the team's list"
        NumberRole, // the place on the team's list, from 1
        AddressRole, // empty where the tablet does not hold it
        EligibilityRole,
        ConsentRole, // "not-asked", "given" or "withdrawn"
        ConsentTextRole,
        InterviewedRole,
    };
    Q_ENUM(Role)

    explicit IntervieweeListModel(QObject *parent = nullptr);

    QString roundId() const { return m_roundId; }
    void setRoundId(const QString &roundId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the round's list again; empty (with error saying why, if it is not a lock) when it cannot be read.
    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QString intervieweeIdAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &intervieweeId) const;

    // "Agreed on 3 May 2025", "Does not agree (since ...)", "Not asked yet": one wording for the list and
    // the interview. A person who said no at first and one who withdrew later read the same.
    static QString consentText(const QString &consent, const QDate &changedOn);

signals:
    void roundIdChanged();

protected:
    void clear() override;

private:
    struct Row
    {
        QString id;
        QString personId;
        QString name;
        QString address;
        bool nameKnown = false;
        int number = 0;
        QString eligibility;
        QString consent;
        QDate consentChangedOn;
        bool interviewed = false;
    };
    Result<std::vector<Row>> read(Store &store) const;

    QString m_roundId;
    std::vector<Row> m_rows;
};

} // namespace doorstep

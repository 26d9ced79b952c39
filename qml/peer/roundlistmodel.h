#pragma once

#include "result.h"
#include "sessionlistmodel.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

// The peer evaluation rounds of the signed-in user's neighbourhood team, the current and latest
// first, each with how far its interviews have got. Read again after a sync; emptied on lock.
class RoundListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        RoundIdRole = Qt::UserRole + 1,
        TitleRole,
        DatesTextRole, // "5 May 2025 to 30 Jun 2025"
        EvaluatorsTextRole, // the peer evaluators' names, joined
        IntervieweeCountRole,
        ConsentedCountRole,
        InterviewedCountRole,
        ProgressTextRole, // "12 people · 9 agreed · 6 interviewed"
        CurrentRole, // today falls within the round's dates
        MineRole, // the signed-in user is one of its evaluators
    };
    Q_ENUM(Role)

    explicit RoundListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the rounds again; empty (with error saying why, if it is not a lock) when they cannot be read.
    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QString roundIdAt(int row) const;
    Q_INVOKABLE QString titleAt(int row) const;

protected:
    void clear() override;

private:
    struct Row
    {
        QString id;
        QString title;
        QDate startsOn;
        QDate endsOn;
        QString evaluators;
        int interviewees = 0;
        int consented = 0;
        int interviewed = 0;
        bool mine = false;
    };
    Result<std::vector<Row>> read(Store &store) const;

    std::vector<Row> m_rows;
};

} // namespace doorstep

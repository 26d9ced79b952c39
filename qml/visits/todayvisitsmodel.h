#pragma once

#include "dayrollover.h"
#include "result.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class Session;
class Store;

// The signed-in practitioner's visits for today (the tablet's local date), in time order: who, when,
// what kind, and how far each has got. Read again when a sync brings changes, whenever a visit is
// saved on this tablet, and when the day turns (DayRollover); emptied when the session locks.
class TodayVisitsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("session.h")
    QML_ELEMENT
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // "Tuesday 12 May": the day the list is for.
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateChanged)
    // How many are done and how many are still to do or under way, for the panel's heading.
    Q_PROPERTY(int doneCount READ doneCount NOTIFY countChanged)

public:
    enum Role {
        VisitIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonNameRole,
        AddressRole,
        PlannedAtRole,
        PlannedTimeTextRole,
        VisitTypeRole,
        VisitTypeTextRole,
        StatusRole,
        StatusTextRole,
        HasDraftRole, // notes typed on this tablet that are not yet in the record
    };
    Q_ENUM(Role)

    // The words of StatusRole, as QML compares them.
    static QString planned() { return QStringLiteral("planned"); }
    static QString inProgress() { return QStringLiteral("inProgress"); }
    static QString done() { return QStringLiteral("done"); }

    explicit TodayVisitsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString dateText() const;
    int doneCount() const;

    // Tests fix the day; otherwise it is the local day as DayRollover last saw it.
    void setToday(const QDate &day);
    // For tests: the clock the day is read from, and the rollover to drive.
    void setClock(std::function<QDateTime()> clock);
    DayRollover &rollover() { return m_rollover; }

    // Reads the list again from the unlocked store; false (and empty) when locked or on failure.
    Q_INVOKABLE bool reload();
    // Today's visit to this person that is not yet done (the one under way first), or "".
    Q_INVOKABLE QString openVisitFor(const QString &personId) const;
    Q_INVOKABLE int rowOf(const QString &visitId) const;
    // One row by role name ({visitId, personName, status, ...}); empty for a row that is not there.
    Q_INVOKABLE QVariantMap get(int row) const;
    // Forgets everything that was decrypted.
    void clear();

signals:
    void sessionChanged();
    void countChanged();
    void dateChanged();

private:
    struct Row
    {
        QString visitId;
        QString personId;
        QString personName;
        QString address;
        QDateTime plannedAt;
        QString plannedTimeText;
        QString visitType;
        QString visitTypeText;
        QString status;
        bool hasDraft = false;
    };

    Status read(Store &store, const QString &practitionerId, const QDate &day, std::vector<Row> &rows) const;
    QDate day() const;

    QPointer<Session> m_session;
    DayRollover m_rollover;
    QDate m_fixedDay;
    QDate m_shownDay;
    std::vector<Row> m_rows;
};

} // namespace doorstep

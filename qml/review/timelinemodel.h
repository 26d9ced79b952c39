#pragma once

#include "result.h"
#include "sessionlistmodel.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

// One person's story as the whole team wrote it, newest first: visits (done and planned), goals as
// they were set and where they stand, goal reviews with their ratings, postcards linked to the person,
// and information-sharing decisions. Each entry says when, what, a line of summary and who, and carries
// what is needed to open it. Read again when a sync brings changes (and on reload()); emptied on lock.
class TimelineModel : public doorstep::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "visit", "goal", "goalReview", "postcard", "consent"
        RecordIdRole, // the entry's own record
        OpenKindRole, // what a tap opens: "visit" or "goal" (a review opens its goal); empty: nothing
        OpenIdRole,
        DateTextRole,
        TitleRole, // "Review visit", "Goal achieved", "Goal reviewed: 7 out of 10", ...
        SummaryRole, // one line
        WhoRole, // the colleague who recorded it; empty when unknown
        UpcomingRole, // a visit still to come
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);

    void reload() override;
    // For tests and "now" moving on: what counts as still to come.
    void setNow(const QDateTime &now) { m_now = now; }

    // The first line of a text, cut to a length a row can show.
    static QString oneLine(const QString &text, int length = 140);
    // "7 out of 10", or "not answered" for a question left blank.
    static QString ratingText(int rating);

signals:
    void personIdChanged();

private:
    struct Row
    {
        QString kind;
        QString recordId;
        QString openKind;
        QString openId;
        QDateTime at;
        QString dateText;
        QString title;
        QString summary;
        QString who;
        bool upcoming = false;
    };

    Status read(Store &store, std::vector<Row> &rows);
    void clear() override;

    QString m_personId;
    QDateTime m_now;
    std::vector<Row> m_rows;
};

} // namespace doorstep

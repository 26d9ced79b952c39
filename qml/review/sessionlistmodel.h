#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class Session;
class Store;

// The common part of the review list models: the session they read from (SessionWatch), how many rows,
// and why they cannot be shown, in words. Each model reads its rows in reload() and replaces them whole.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_MOC_INCLUDE("session.h")
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Why the rows cannot be shown, in words; empty when they can.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    Session *session() const;
    void setSession(Session *session);
    QString error() const { return m_error; }

    Q_INVOKABLE virtual void reload() = 0;

signals:
    void sessionChanged();
    void countChanged();
    void errorChanged();

protected:
    // The store while the session is unlocked; null otherwise (the rows are then emptied).
    Store *unlockedStore() const;
    virtual void clear() = 0;
    // After the session changed, before the first reload.
    virtual void followed() { }
    void setError(const QString &error);

    template<typename Row>
    void replaceRows(std::vector<Row> &rows, std::vector<Row> next)
    {
        if (rows.empty() && next.empty())
            return;
        const bool countChanges = rows.size() != next.size();
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        if (countChanges)
            emit countChanged();
    }

private:
    QPointer<Session> m_session;
    QString m_error;
};

} // namespace doorstep

#pragma once

#include "sessionlistmodel.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class SyncEngine;

// The changes the server would not take. First the one it refused in the last sync, if any: it holds
// up every change behind it, and the practitioner may set it aside. Then each change set aside earlier,
// kept on this tablet (encrypted, never sent) for them to read and copy from. Each in words: what it
// changed, the values, and the server's reason.
class RefusedChangeListModel : public doorstep::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    // A refused change is waiting: the first row, with "Set aside".
    Q_PROPERTY(bool hasRefused READ hasRefused NOTIFY hasRefusedChanged)
    // Setting aside is possible now (not while a sync is under way).
    Q_PROPERTY(bool canSetAside READ canSetAside NOTIFY canSetAsideChanged)

public:
    enum Role {
        MutationIdRole = Qt::UserRole + 1,
        SetAsideRole, // false: refused and still holding the others up; true: set aside
        TitleRole, // "A change to the visit for Ann Smith, 3 March"
        ReasonRole, // the server's reason, in its words
        DetailsRole, // each field changed and its value, a line each
        WhenTextRole, // "Set aside today at 14:05"; empty for the refused one
    };
    Q_ENUM(Role)

    explicit RefusedChangeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool hasRefused() const { return !m_rows.empty() && !m_rows.front().setAside; }
    bool canSetAside() const;

    void reload() override;
    // Sets the refused change aside; the sync then carries on with the rest. False, with error, when
    // it cannot be done now.
    Q_INVOKABLE bool setAside(const QString &mutationId);

signals:
    void hasRefusedChanged();
    void canSetAsideChanged();

private:
    struct Row
    {
        QString mutationId;
        bool setAside = false;
        QString title;
        QString reason;
        QString details;
        QString whenText;
    };

    void followed() override;
    void follow(SyncEngine *engine);
    void clear() override;
    void setRows(std::vector<Row> rows);

    QPointer<SyncEngine> m_engine;
    std::vector<Row> m_rows;
};

} // namespace doorstep

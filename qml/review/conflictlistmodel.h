#pragma once

#include "sessionlistmodel.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

// Every record sync flagged and nobody has resolved yet, newest first: two versions of one text, or a
// record deleted on one tablet while it was changed on another. Each row names the record in words
// ("Visit notes for Ann Smith, 3 March"). Read again when a sync brings changes and after a
// resolution (reload()); emptied when the session locks.
class ConflictListModel : public doorstep::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        KindRole, // "text" or "delete"
        KindTextRole, // what happened, in words
        TitleRole, // "Visit notes for Ann Smith, 3 March"
        PersonNameRole,
        FieldLabelRole, // "Visit notes"; empty for a whole record
        DetectedTextRole, // "Found today at 14:05"
        RecordEntityRole,
        RecordIdRole,
    };
    Q_ENUM(Role)

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;
    // The conflict id at a row, or an empty string.
    Q_INVOKABLE QString conflictIdAt(int row) const;

    // "Two versions of this text" / "Deleted on one tablet, changed on another".
    static QString kindText(const QString &kind, bool textKept);

private:
    struct Row
    {
        QString conflictId;
        QString kind;
        QString kindText;
        QString title;
        QString personName;
        QString fieldLabel;
        QString detectedText;
        QString recordEntity;
        QString recordId;
        QDateTime detectedAt;
    };

    void clear() override;

    std::vector<Row> m_rows;
};

} // namespace doorstep

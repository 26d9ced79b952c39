#pragma once

#include "outcomecell.h"

#include <QList>
#include <QObject>
#include <QString>

namespace doorstep {

// A row (perspective) of the outcomes framework with its three cells in column order.
struct OutcomeRow
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(bool serviceUserRow MEMBER serviceUserRow CONSTANT)
    Q_PROPERTY(QList<OutcomeCell> cells MEMBER cells CONSTANT)

public:
    QString id;
    QString title;
    // The row peer evaluation interviews ask about; exactly one row is marked.
    bool serviceUserRow = false;
    QList<OutcomeCell> cells;
};

} // namespace doorstep

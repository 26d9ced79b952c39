#pragma once

#include "outcomestatement.h"

#include <QList>
#include <QObject>
#include <QString>

namespace doorstep {

// The statements where one row (perspective) of the outcomes framework meets one column.
struct OutcomeCell
{
    Q_GADGET
    Q_PROPERTY(QString rowId MEMBER rowId CONSTANT)
    Q_PROPERTY(QString columnId MEMBER columnId CONSTANT)
    Q_PROPERTY(QList<OutcomeStatement> statements MEMBER statements CONSTANT)

public:
    QString rowId;
    QString columnId;
    QList<OutcomeStatement> statements;
};

} // namespace doorstep

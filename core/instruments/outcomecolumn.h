#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// A column of the Leeds outcomes framework: Better, Simpler or Better value.
struct OutcomeColumn
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)

public:
    QString id;
    QString title;
};

} // namespace doorstep

#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// One of the seven themes postcard comments are tagged with at base (seed 000 §6.1).
struct Theme
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(int number MEMBER number CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)

public:
    QString id;
    int number = 0;
    QString title;
    QString description;
};

} // namespace doorstep

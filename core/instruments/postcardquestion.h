#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// One of the postcard's two rating questions (seed 000 §5).
struct PostcardQuestion
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(int number MEMBER number CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(bool verbatim MEMBER verbatim CONSTANT)
    Q_PROPERTY(bool optional MEMBER optional CONSTANT)
    Q_PROPERTY(int scaleMinimum MEMBER scaleMinimum CONSTANT)
    Q_PROPERTY(int scaleMaximum MEMBER scaleMaximum CONSTANT)
    Q_PROPERTY(QString minimumLabel MEMBER minimumLabel CONSTANT)
    Q_PROPERTY(QString maximumLabel MEMBER maximumLabel CONSTANT)

public:
    QString id;
    int number = 0; // 1 or 2, as the postcard and the seed's results tables number them
    QString text;
    bool verbatim = true; // false when the source only paraphrases the wording
    bool optional = true; // people may leave a question blank; results count answers per question
    int scaleMinimum = 1;
    int scaleMaximum = 10;
    QString minimumLabel;
    QString maximumLabel;
};

} // namespace doorstep

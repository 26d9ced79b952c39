#include "visitpagesamples.h"

#include "session.h"
#include "todayvisitsmodel.h"

namespace doorstep {

QVariantMap VisitPageSamples::initialProperties(const QString &file, Session &session, const QString &personId)
{
    TodayVisitsModel today;
    today.setSession(&session);
    if (file == QLatin1String("visits/VisitAction.qml"))
        return {{QStringLiteral("personId"), personId}};
    if (file == QLatin1String("visits/VisitPage.qml")) // the day's first visit, opened (not changed)
        return {{QStringLiteral("visitId"), today.get(0).value(QStringLiteral("visitId")).toString()}};
    if (file == QLatin1String("visits/TodayVisitDelegate.qml")) {
        // The roles the delegate takes, from the day's first visit; made-up ones on an empty day.
        QVariantMap values = today.get(0);
        if (values.isEmpty()) {
            const QHash<int, QByteArray> roles = today.roleNames();
            for (const QByteArray &role : roles)
                values.insert(QString::fromLatin1(role), QString());
            values.insert(QStringLiteral("personName"), QStringLiteral("A person"));
            values.insert(QStringLiteral("plannedTimeText"), QStringLiteral("09:30"));
            values.insert(QStringLiteral("status"), TodayVisitsModel::planned());
            values.insert(QStringLiteral("hasDraft"), false);
        }
        values.insert(QStringLiteral("index"), 0);
        return values;
    }
    return {};
}

} // namespace doorstep

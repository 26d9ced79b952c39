#include "goalpagesamples.h"

#include "goaleditor.h"
#include "goallistmodel.h"
#include "session.h"

namespace doorstep {

QVariantMap GoalPageSamples::initialProperties(const QString &file, Session &session, const QString &personId)
{
    GoalListModel goals;
    goals.setSession(&session);
    goals.setPersonId(personId);
    const QString goalId = goals.goalIdAt(0);

    if (file == QLatin1String("goals/GoalsPage.qml") || file == QLatin1String("goals/GoalEditPage.qml"))
        return {{QStringLiteral("personId"), personId}};
    if (file == QLatin1String("goals/GoalReviewPage.qml"))
        return {{QStringLiteral("personId"), personId}, {QStringLiteral("goalId"), goalId}};
    if (file == QLatin1String("goals/FieldError.qml")) {
        auto *editor = new GoalEditor(&session);
        editor->setSession(&session);
        editor->setPersonId(personId);
        return {{QStringLiteral("editor"), QVariant::fromValue(editor)},
                {QStringLiteral("field"), QStringLiteral("words")}};
    }
    if (file == QLatin1String("goals/GoalDelegate.qml")) {
        // The roles the delegate takes, from the person's first goal; made-up ones when they have none.
        QVariantMap values{{QStringLiteral("index"), 0},
                           {QStringLiteral("goalId"), QString()},
                           {QStringLiteral("words"), QStringLiteral("I want to get to the shops on my own.")},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("statusText"), QStringLiteral("Active")},
                           {QStringLiteral("statementTexts"), QStringList()},
                           {QStringLiteral("latestRating"), 3},
                           {QStringLiteral("latestDateText"), QString()},
                           {QStringLiteral("reviewCount"), 0},
                           {QStringLiteral("targetDateText"), QString()},
                           {QStringLiteral("points"), QVariantList()},
                           {QStringLiteral("hasDraft"), false}};
        if (!goalId.isEmpty()) {
            const QHash<int, QByteArray> roles = goals.roleNames();
            for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
                const QString name = QString::fromLatin1(it.value());
                if (values.contains(name))
                    values.insert(name, goals.data(goals.index(0), it.key()));
            }
        }
        return values;
    }
    return {};
}

} // namespace doorstep

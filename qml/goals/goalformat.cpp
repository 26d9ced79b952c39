#include "goalformat.h"

#include "instrumentcatalogue.h"

#include <QCoreApplication>
#include <QDateTime>

namespace doorstep {

const QStringList &GoalFormat::statuses()
{
    static const QStringList choices{QStringLiteral("active"), QStringLiteral("achieved"), QStringLiteral("stopped")};
    return choices;
}

QString GoalFormat::statusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("GoalFormat", "Active");
    if (status == QLatin1String("achieved"))
        return QCoreApplication::translate("GoalFormat", "Achieved");
    if (status == QLatin1String("stopped"))
        return QCoreApplication::translate("GoalFormat", "Stopped");
    return status;
}

int GoalFormat::statusRank(const QString &status)
{
    const qsizetype rank = statuses().indexOf(status);
    return rank < 0 ? int(statuses().size()) : int(rank);
}

bool GoalFormat::isLinkable(const InstrumentCatalogue &catalogue, const QString &statementId)
{
    return catalogue.hasStatement(statementId)
        || (catalogue.hasOutcomeStatement(statementId) && catalogue.isServiceUserOutcomeStatement(statementId));
}

QString GoalFormat::statementText(const InstrumentCatalogue &catalogue, const QString &statementId)
{
    if (auto statement = catalogue.statement(statementId))
        return statement->text;
    if (auto statement = catalogue.outcomeStatement(statementId))
        return statement->text;
    return {};
}

QDate GoalFormat::recordedOn(const QString &goalId)
{
    // xxxxxxxx-xxxx-7xxx-...: the first twelve hex digits are the milliseconds, the 15th the version.
    if (goalId.size() != 36 || goalId.at(14) != u'7')
        return {};
    bool ok = false;
    const qint64 ms = QString(goalId.left(8) + goalId.mid(9, 4)).toLongLong(&ok, 16);
    if (!ok)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

} // namespace doorstep

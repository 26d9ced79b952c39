#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace doorstep {

class InstrumentCatalogue;

// How goals read on screen and which statements they may link to, in one place so that the list,
// the editor and the statement browser agree.
class GoalFormat
{
public:
    // The stored status choices, in the order the goals list shows them.
    static const QStringList &statuses();
    // "active" -> "Active", translated; the stored word itself when unknown.
    static QString statusLabel(const QString &status);
    // 0 for active, 1 achieved, 2 stopped, 3 anything else.
    static int statusRank(const QString &status);

    // A goal links to the National Voices I statements and to the service-user row of the Leeds
    // outcomes framework (the person's own view); the staff and system rows are not the person's.
    static bool isLinkable(const InstrumentCatalogue &catalogue, const QString &statementId);
    // The statement's words, or an empty string when the catalogue does not know it.
    static QString statementText(const InstrumentCatalogue &catalogue, const QString &statementId);

    // The day a goal was recorded, read from its id (a UUIDv7 begins with its creation time in
    // milliseconds): the baseline is rated when the goal is agreed. Invalid when the id is not v7.
    static QDate recordedOn(const QString &goalId);
};

} // namespace doorstep

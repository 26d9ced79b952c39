#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace doorstep {

class Store;

// A realistic, clearly fictitious neighbourhood for demos, tests and benchmarks. Everything goes
// through the repositories, so through validation, encryption and the outbox like real typing.
class DemoNeighbourhood
{
public:
    struct Options
    {
        quint32 seed = 2026; // same seed, same neighbourhood
        QDate today = QDate::currentDate(); // visits are planned around this day
        int practitioners = 3;
        int peerEvaluators = 1;
        int people = 150;
        int visits = 1000;
        int postcards = 156;
        // Staff made elsewhere: a server's admin creates the team and its users from roster() (devices
        // may not). When teamId is set, no team or user record is written and the records name these
        // ids; practitionerIds and peerEvaluatorIds then hold `practitioners` and `peerEvaluators` ids,
        // in roster() order. The neighbourhood is otherwise the same as for the same seed without them.
        QString teamId;
        QStringList practitionerIds;
        QStringList peerEvaluatorIds;
    };

    struct StaffMember
    {
        QString userName;
        QString displayName;
        QString role;
        QString profession; // empty for a peer evaluator
    };
    struct Roster
    {
        QString teamName;
        QString teamArea;
        QList<StaffMember> staff; // practitioners, then peer evaluators, then the team lead
    };

    struct Summary
    {
        QString teamId;
        QStringList practitionerIds;
        QStringList peerEvaluatorIds;
        int people = 0;
        int carers = 0;
        int consents = 0;
        int visits = 0;
        int goals = 0;
        int goalReviews = 0;
        int postcards = 0;
        int visitsToday = 0;
        // Every generated name, NHS number and note phrase, so tests can prove none is stored in clear.
        QStringList plaintextSamples;
    };

    static Result<Summary> generate(Store &store, const Options &options);
    static Result<Summary> generate(Store &store) { return generate(store, Options{}); }
    // The team and staff that generate() makes (or, with Options::teamId, expects) for options.
    static Roster roster(const Options &options);
};

} // namespace doorstep

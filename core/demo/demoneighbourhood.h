#pragma once

#include "result.h"

#include <QDate>
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
};

} // namespace doorstep

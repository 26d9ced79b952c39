#pragma once

#include "demoneighbourhood.h"
#include "demonotebank.h"
#include "demopeoplebank.h"
#include "demorandom.h"
#include "demosamples.h"
#include "instruments/instrumentcatalogue.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace doorstep {

class Store;

// Builds one demo neighbourhood, step by step, through the repositories. DemoNeighbourhood is its
// public face; this class holds the state the steps share (the ids made so far, who coordinates whom).
class DemoBuilder
{
public:
    DemoBuilder(Store &store, const DemoNeighbourhood::Options &options, const InstrumentCatalogue &catalogue);

    Result<DemoNeighbourhood::Summary> run();

    // The team and staff for options, drawing the staff names from people.
    static DemoNeighbourhood::Roster drawRoster(DemoPeopleBank &people, const DemoNeighbourhood::Options &options);

private:
    struct Staff
    {
        QString id;
        QString profession;
    };
    struct PersonInfo
    {
        QString id;
        QString firstName;
        int coordinator = 0; // index into m_practitioners
        double latitude = 0;
        double longitude = 0;
        QSet<QString> professionsSeen; // in the six months before today, for peer evaluation
    };

    Status createTeam();
    Status createStaff();
    Status createPeople();
    Status createVisits();
    Status createGoals();
    Status createPostcards();
    Status createEvaluation();

    QString visitTypeFor(const QString &profession);
    static int visitMinutes(const QString &visitType);
    static bool isHealthProfession(const QString &profession);
    static QString professionLabel(const QString &profession);

    Store &m_store;
    DemoNeighbourhood::Options m_options;
    const InstrumentCatalogue &m_catalogue;
    QDate m_today;
    DemoRandom m_random;
    DemoSamples m_samples;
    DemoPeopleBank m_people;
    DemoNoteBank m_notes;

    DemoNeighbourhood::Summary m_summary;
    QList<Staff> m_practitioners;
    QList<QString> m_evaluators;
    QList<PersonInfo> m_persons;
};

} // namespace doorstep

#include "demoneighbourhood.h"

#include "demobuilder.h"
#include "demopeoplebank.h"
#include "demorandom.h"
#include "demosamples.h"
#include "instruments/instrumentcatalogue.h"
#include "store.h"

namespace doorstep {

Result<DemoNeighbourhood::Summary> DemoNeighbourhood::generate(Store &store, const Options &options)
{
    if (!store.isUnlocked())
        return Error{QStringLiteral("store"), QStringLiteral("is locked: enter the PIN first")};
    // Goals link to I statements and interviews to outcome statements by id, so the demo is built on
    // the shipped instruments rather than on ids of its own.
    auto catalogue = InstrumentCatalogue::load(InstrumentCatalogue::resourceDirectory());
    if (!catalogue)
        return catalogue.error();
    DemoBuilder builder(store, options, *catalogue);
    return builder.run();
}

DemoNeighbourhood::Roster DemoNeighbourhood::roster(const Options &options)
{
    // The staff are the first names the generator draws, so a fresh draw from the seed gives them.
    DemoRandom random(options.seed);
    DemoSamples samples;
    DemoPeopleBank people(random, samples);
    return DemoBuilder::drawRoster(people, options);
}

} // namespace doorstep

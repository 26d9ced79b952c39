#include "entityregistry.h"

#include "carer.h"
#include "conflict.h"
#include "consent.h"
#include "evaluationround.h"
#include "goal.h"
#include "goalreview.h"
#include "interview.h"
#include "interviewee.h"
#include "person.h"
#include "postcard.h"
#include "team.h"
#include "user.h"
#include "visit.h"

namespace doorstep::EntityRegistry {

const std::vector<const EntitySchema *> &all()
{
    static const std::vector<const EntitySchema *> schemas{
        &Team::schema(),        &User::schema(),
        &Person::schema(),      &Carer::schema(),
        &Consent::schema(),     &Visit::schema(),
        &Goal::schema(),        &GoalReview::schema(),
        &Postcard::schema(),    &EvaluationRound::schema(),
        &Interviewee::schema(), &Interview::schema(),
        &Conflict::schema(),
    };
    return schemas;
}

const EntitySchema *find(QStringView entity)
{
    for (const EntitySchema *schema : all()) {
        if (schema->entity == entity)
            return schema;
    }
    return nullptr;
}

} // namespace doorstep::EntityRegistry

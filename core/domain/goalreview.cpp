#include "goalreview.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &GoalReview::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("goalReview");
        schema.table = QStringLiteral("goal_reviews");
        schema.gadget = &staticMetaObject;
        schema.appendOnly = true;
        schema.fields = {
            {.name = QStringLiteral("goalId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("reviewedOn"),
             .type = FieldType::Date,
             .required = true,
             .check = Validators::notInFuture},
            {.name = QStringLiteral("rating"),
             .type = FieldType::Integer,
             .required = true,
             .minimum = 1,
             .maximum = 10},
            {.name = QStringLiteral("comment"), .type = FieldType::Text, .encrypted = true, .maxLength = 4000},
            {.name = QStringLiteral("reviewedBy"), .type = FieldType::Id, .required = true},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

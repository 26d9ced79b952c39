#include "interview.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Interview::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("interview");
        schema.table = QStringLiteral("interviews");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("roundId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("intervieweeId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("evaluatorId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("interviewedOn"),
             .type = FieldType::Date,
             .required = true,
             .check = Validators::notInFuture},
            {.name = QStringLiteral("answers"),
             .type = FieldType::Json,
             .encrypted = true,
             .required = true,
             .check = Validators::interviewAnswers},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

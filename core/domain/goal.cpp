#include "goal.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Goal::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("goal");
        schema.table = QStringLiteral("goals");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("personId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("words"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 1000},
            {.name = QStringLiteral("statementIds"), .type = FieldType::TextList, .maxLength = 40},
            {.name = QStringLiteral("baselineRating"),
             .type = FieldType::Integer,
             .required = true,
             .minimum = 1,
             .maximum = 10},
            {.name = QStringLiteral("targetDate"), .type = FieldType::Date},
            {.name = QStringLiteral("status"),
             .type = FieldType::Text,
             .required = true,
             .choices = {QStringLiteral("active"), QStringLiteral("achieved"), QStringLiteral("stopped")}},
            {.name = QStringLiteral("createdBy"), .type = FieldType::Id, .required = true},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "postcard.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Postcard::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("postcard");
        schema.table = QStringLiteral("postcards");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("teamId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("collectedOn"),
             .type = FieldType::Date,
             .required = true,
             .check = Validators::notInFuture},
            {.name = QStringLiteral("q1"),
             .type = FieldType::Integer,
             .immutable = true,
             .blankIsZero = true,
             .minimum = 1,
             .maximum = 10},
            {.name = QStringLiteral("q2"),
             .type = FieldType::Integer,
             .immutable = true,
             .blankIsZero = true,
             .minimum = 1,
             .maximum = 10},
            {.name = QStringLiteral("suggestion"),
             .type = FieldType::Text,
             .encrypted = true,
             .immutable = true,
             .maxLength = 2000},
            {.name = QStringLiteral("collectionMethod"),
             .type = FieldType::Text,
             .required = true,
             .immutable = true,
             .choices = {QStringLiteral("self"), QStringLiteral("practitioner"), QStringLiteral("peer-evaluator"),
                         QStringLiteral("group-session")}},
            {.name = QStringLiteral("personId"), .type = FieldType::Id},
            {.name = QStringLiteral("collectedBy"), .type = FieldType::Id},
            {.name = QStringLiteral("themeIds"), .type = FieldType::TextList, .maxLength = 7},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "person.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Person::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("person");
        schema.table = QStringLiteral("persons");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("name"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 200},
            {.name = QStringLiteral("dateOfBirth"),
             .type = FieldType::Date,
             .encrypted = true,
             .required = true,
             .check = Validators::dateOfBirth},
            {.name = QStringLiteral("nhsNumber"),
             .type = FieldType::Text,
             .encrypted = true,
             .check = Validators::nhsNumber},
            {.name = QStringLiteral("address"), .type = FieldType::Text, .encrypted = true, .maxLength = 500},
            {.name = QStringLiteral("gpPractice"), .type = FieldType::Text, .maxLength = 200},
            {.name = QStringLiteral("teamId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("communicationNeeds"),
             .type = FieldType::Text,
             .encrypted = true,
             .maxLength = 2000},
            {.name = QStringLiteral("whatMattersToMe"), .type = FieldType::Text, .encrypted = true, .maxLength = 4000},
            {.name = QStringLiteral("coordinatorId"), .type = FieldType::Id},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

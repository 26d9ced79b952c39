#include "carer.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Carer::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("carer");
        schema.table = QStringLiteral("carers");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("personId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("name"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 200},
            {.name = QStringLiteral("relationship"), .type = FieldType::Text, .maxLength = 80},
            {.name = QStringLiteral("contact"), .type = FieldType::Text, .encrypted = true, .maxLength = 200},
            {.name = QStringLiteral("livesWithPerson"), .type = FieldType::Boolean},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

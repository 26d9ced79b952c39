#include "team.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Team::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("team");
        schema.table = QStringLiteral("teams");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("name"), .type = FieldType::Text, .required = true, .maxLength = 120},
            {.name = QStringLiteral("area"), .type = FieldType::Text, .maxLength = 200},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "interviewee.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Interviewee::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("interviewee");
        schema.table = QStringLiteral("interviewees");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("roundId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("personId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("eligibility"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 1000},
            {.name = QStringLiteral("consent"),
             .type = FieldType::Text,
             .required = true,
             .choices = {QStringLiteral("not-asked"), QStringLiteral("given"), QStringLiteral("withdrawn")}},
            {.name = QStringLiteral("consentChangedOn"), .type = FieldType::Date},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "consent.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Consent::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("consent");
        schema.table = QStringLiteral("consents");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("personId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("decision"),
             .type = FieldType::Text,
             .required = true,
             .choices = {QStringLiteral("given"), QStringLiteral("refused")}},
            {.name = QStringLiteral("decidedOn"),
             .type = FieldType::Date,
             .required = true,
             .check = Validators::notInFuture},
            {.name = QStringLiteral("scope"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 1000},
            {.name = QStringLiteral("recordedBy"), .type = FieldType::Id, .required = true},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

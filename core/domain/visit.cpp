#include "visit.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Visit::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("visit");
        schema.table = QStringLiteral("visits");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("personId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("practitionerId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("plannedAt"), .type = FieldType::DateTime, .required = true},
            {.name = QStringLiteral("checkedInAt"), .type = FieldType::DateTime},
            {.name = QStringLiteral("checkedOutAt"), .type = FieldType::DateTime},
            {.name = QStringLiteral("latitude"), .type = FieldType::Real, .encrypted = true},
            {.name = QStringLiteral("longitude"), .type = FieldType::Real, .encrypted = true},
            {.name = QStringLiteral("locationAccuracy"), .type = FieldType::Real, .encrypted = true},
            {.name = QStringLiteral("locationAt"), .type = FieldType::DateTime},
            {.name = QStringLiteral("visitType"),
             .type = FieldType::Text,
             .required = true,
             .choices = {QStringLiteral("assessment"), QStringLiteral("review"), QStringLiteral("nursing"),
                         QStringLiteral("therapy"), QStringLiteral("reablement"), QStringLiteral("carers-support"),
                         QStringLiteral("social-care"), QStringLiteral("other")}},
            {.name = QStringLiteral("notes"), .type = FieldType::Text, .encrypted = true, .maxLength = 20000},
            {.name = QStringLiteral("nextSteps"), .type = FieldType::Text, .encrypted = true, .maxLength = 4000},
            {.name = QStringLiteral("coordinatorId"), .type = FieldType::Id},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

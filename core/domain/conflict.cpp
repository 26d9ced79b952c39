#include "conflict.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Conflict::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("conflict");
        schema.table = QStringLiteral("conflicts");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("recordEntity"),
             .type = FieldType::Text,
             .required = true,
             .immutable = true,
             .maxLength = 64},
            {.name = QStringLiteral("recordId"), .type = FieldType::Id, .required = true, .immutable = true},
            {.name = QStringLiteral("kind"),
             .type = FieldType::Text,
             .required = true,
             .immutable = true,
             .choices = {QStringLiteral("text"), QStringLiteral("delete")}},
            {.name = QStringLiteral("field"), .type = FieldType::Text, .immutable = true, .maxLength = 64},
            {.name = QStringLiteral("base"),
             .type = FieldType::Text,
             .encrypted = true,
             .immutable = true,
             .maxLength = 20000},
            {.name = QStringLiteral("kept"),
             .type = FieldType::Text,
             .encrypted = true,
             .immutable = true,
             .maxLength = 20000},
            {.name = QStringLiteral("other"),
             .type = FieldType::Text,
             .encrypted = true,
             .immutable = true,
             .maxLength = 20000},
            {.name = QStringLiteral("otherDeviceId"), .type = FieldType::Id, .immutable = true},
            {.name = QStringLiteral("detectedAt"), .type = FieldType::DateTime, .required = true, .immutable = true},
            {.name = QStringLiteral("resolved"), .type = FieldType::Boolean},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "user.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &User::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("user");
        schema.table = QStringLiteral("users");
        schema.gadget = &staticMetaObject;
        schema.fields = {
            {.name = QStringLiteral("userName"),
             .type = FieldType::Text,
             .required = true,
             .maxLength = 64,
             .check = Validators::userName},
            {.name = QStringLiteral("displayName"),
             .type = FieldType::Text,
             .encrypted = true,
             .required = true,
             .maxLength = 120},
            {.name = QStringLiteral("role"),
             .type = FieldType::Text,
             .required = true,
             .choices = {QStringLiteral("practitioner"), QStringLiteral("peer-evaluator"), QStringLiteral("team-lead"),
                         QStringLiteral("admin")}},
            {.name = QStringLiteral("profession"),
             .type = FieldType::Text,
             .choices
             = {QStringLiteral("social-worker"), QStringLiteral("district-nurse"), QStringLiteral("community-matron"),
                QStringLiteral("occupational-therapist"), QStringLiteral("physiotherapist"),
                QStringLiteral("reablement-worker"), QStringLiteral("carers-support-worker"), QStringLiteral("other")}},
            {.name = QStringLiteral("teamId"), .type = FieldType::Id, .required = true},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

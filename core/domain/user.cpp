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
        {
            FieldSpec f;
            f.name = QStringLiteral("userName");
            f.type = FieldType::Text;
            f.required = true;
            f.maxLength = 64;
            f.check = Validators::userName;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("displayName");
            f.type = FieldType::Text;
            f.required = true;
            f.encrypted = true;
            f.maxLength = 120;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("role");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("practitioner"), QStringLiteral("peer-evaluator"), QStringLiteral("team-lead"),
                         QStringLiteral("admin")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("profession");
            f.type = FieldType::Text;
            f.choices = {QStringLiteral("social-worker"),         QStringLiteral("district-nurse"),
                         QStringLiteral("community-matron"),      QStringLiteral("occupational-therapist"),
                         QStringLiteral("physiotherapist"),       QStringLiteral("reablement-worker"),
                         QStringLiteral("carers-support-worker"), QStringLiteral("other")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("teamId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

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
        {
            FieldSpec f;
            f.name = QStringLiteral("roundId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("personId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("eligibility");
            f.type = FieldType::Text;
            f.required = true;
            f.encrypted = true;
            f.maxLength = 1000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("consent");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("not-asked"), QStringLiteral("given"), QStringLiteral("withdrawn")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("consentChangedOn");
            f.type = FieldType::Date;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

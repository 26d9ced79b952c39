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
        {
            FieldSpec f;
            f.name = QStringLiteral("personId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("decision");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("given"), QStringLiteral("refused")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("decidedOn");
            f.type = FieldType::Date;
            f.required = true;
            f.check = Validators::notInFuture;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("scope");
            f.type = FieldType::Text;
            f.required = true;
            f.encrypted = true;
            f.maxLength = 1000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("recordedBy");
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

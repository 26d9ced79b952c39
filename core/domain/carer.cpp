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
        {
            FieldSpec f;
            f.name = QStringLiteral("personId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("name");
            f.type = FieldType::Text;
            f.required = true;
            f.encrypted = true;
            f.maxLength = 200;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("relationship");
            f.type = FieldType::Text;
            f.maxLength = 80;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("contact");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 200;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("livesWithPerson");
            f.type = FieldType::Boolean;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

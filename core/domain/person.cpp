#include "person.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Person::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("person");
        schema.table = QStringLiteral("persons");
        schema.gadget = &staticMetaObject;
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
            f.name = QStringLiteral("dateOfBirth");
            f.type = FieldType::Date;
            f.required = true;
            f.encrypted = true;
            f.check = Validators::dateOfBirth;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("nhsNumber");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.check = Validators::nhsNumber;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("address");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 500;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("gpPractice");
            f.type = FieldType::Text;
            f.maxLength = 200;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("teamId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("communicationNeeds");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 2000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("whatMattersToMe");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 4000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("coordinatorId");
            f.type = FieldType::Id;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

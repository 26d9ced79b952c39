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
        {
            FieldSpec f;
            f.name = QStringLiteral("recordEntity");
            f.immutable = true;
            f.type = FieldType::Text;
            f.required = true;
            f.maxLength = 64;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("recordId");
            f.immutable = true;
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("kind");
            f.immutable = true;
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("text"), QStringLiteral("delete")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("field");
            f.immutable = true;
            f.type = FieldType::Text;
            f.maxLength = 64;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("base");
            f.immutable = true;
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 20000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("kept");
            f.immutable = true;
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 20000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("other");
            f.immutable = true;
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 20000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("otherDeviceId");
            f.immutable = true;
            f.type = FieldType::Id;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("detectedAt");
            f.immutable = true;
            f.type = FieldType::DateTime;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("resolved");
            f.type = FieldType::Boolean;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

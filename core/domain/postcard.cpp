#include "postcard.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Postcard::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("postcard");
        schema.table = QStringLiteral("postcards");
        schema.gadget = &staticMetaObject;
        {
            FieldSpec f;
            f.name = QStringLiteral("teamId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("collectedOn");
            f.type = FieldType::Date;
            f.required = true;
            f.check = Validators::notInFuture;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("q1");
            f.type = FieldType::Integer;
            f.blankIsZero = true;
            f.minimum = 1;
            f.maximum = 10;
            f.immutable = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("q2");
            f.type = FieldType::Integer;
            f.blankIsZero = true;
            f.minimum = 1;
            f.maximum = 10;
            f.immutable = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("suggestion");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 2000;
            f.immutable = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("collectionMethod");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("self"), QStringLiteral("practitioner"), QStringLiteral("peer-evaluator"),
                         QStringLiteral("group-session")};
            f.immutable = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("personId");
            f.type = FieldType::Id;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("collectedBy");
            f.type = FieldType::Id;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("themeIds");
            f.type = FieldType::TextList;
            f.maxLength = 7;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

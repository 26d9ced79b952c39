#include "goal.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Goal::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("goal");
        schema.table = QStringLiteral("goals");
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
            f.name = QStringLiteral("words");
            f.type = FieldType::Text;
            f.required = true;
            f.encrypted = true;
            f.maxLength = 1000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("statementIds");
            f.type = FieldType::TextList;
            f.maxLength = 40;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("baselineRating");
            f.type = FieldType::Integer;
            f.required = true;
            f.minimum = 1;
            f.maximum = 10;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("targetDate");
            f.type = FieldType::Date;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("status");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("active"), QStringLiteral("achieved"), QStringLiteral("stopped")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("createdBy");
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

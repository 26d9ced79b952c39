#include "evaluationround.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &EvaluationRound::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("evaluationRound");
        schema.table = QStringLiteral("evaluation_rounds");
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
            f.name = QStringLiteral("title");
            f.type = FieldType::Text;
            f.required = true;
            f.maxLength = 200;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("startsOn");
            f.type = FieldType::Date;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("endsOn");
            f.type = FieldType::Date;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("evaluatorIds");
            f.type = FieldType::TextList;
            f.maxLength = 20;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

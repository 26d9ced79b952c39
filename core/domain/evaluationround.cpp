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
        schema.fields = {
            {.name = QStringLiteral("teamId"), .type = FieldType::Id, .required = true},
            {.name = QStringLiteral("title"), .type = FieldType::Text, .required = true, .maxLength = 200},
            {.name = QStringLiteral("startsOn"), .type = FieldType::Date, .required = true},
            {.name = QStringLiteral("endsOn"), .type = FieldType::Date, .required = true},
            {.name = QStringLiteral("evaluatorIds"), .type = FieldType::TextList, .maxLength = 20},
        };
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "goalreview.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &GoalReview::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("goalReview");
        schema.table = QStringLiteral("goal_reviews");
        schema.gadget = &staticMetaObject;
        schema.appendOnly = true;
        {
            FieldSpec f;
            f.name = QStringLiteral("goalId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("reviewedOn");
            f.type = FieldType::Date;
            f.required = true;
            f.check = Validators::notInFuture;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("rating");
            f.type = FieldType::Integer;
            f.required = true;
            f.minimum = 1;
            f.maximum = 10;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("comment");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 4000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("reviewedBy");
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

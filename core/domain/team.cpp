#include "team.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Team::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("team");
        schema.table = QStringLiteral("teams");
        schema.gadget = &staticMetaObject;
        {
            FieldSpec f;
            f.name = QStringLiteral("name");
            f.type = FieldType::Text;
            f.required = true;
            f.maxLength = 120;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("area");
            f.type = FieldType::Text;
            f.maxLength = 200;
            schema.fields.push_back(f);
        }
        schema.crossCheck = Validators::crossCheckFor(schema.entity);
        return schema;
    }();
    return s;
}

} // namespace doorstep

#include "visit.h"

#include "validators.h"

namespace doorstep {

const EntitySchema &Visit::schema()
{
    static const EntitySchema s = [] {
        EntitySchema schema;
        schema.entity = QStringLiteral("visit");
        schema.table = QStringLiteral("visits");
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
            f.name = QStringLiteral("practitionerId");
            f.type = FieldType::Id;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("plannedAt");
            f.type = FieldType::DateTime;
            f.required = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("checkedInAt");
            f.type = FieldType::DateTime;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("checkedOutAt");
            f.type = FieldType::DateTime;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("latitude");
            f.type = FieldType::Real;
            f.encrypted = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("longitude");
            f.type = FieldType::Real;
            f.encrypted = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("locationAccuracy");
            f.type = FieldType::Real;
            f.encrypted = true;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("locationAt");
            f.type = FieldType::DateTime;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("visitType");
            f.type = FieldType::Text;
            f.required = true;
            f.choices = {QStringLiteral("assessment"),  QStringLiteral("review"),     QStringLiteral("nursing"),
                         QStringLiteral("therapy"),     QStringLiteral("reablement"), QStringLiteral("carers-support"),
                         QStringLiteral("social-care"), QStringLiteral("other")};
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("notes");
            f.type = FieldType::Text;
            f.encrypted = true;
            f.maxLength = 20000;
            schema.fields.push_back(f);
        }
        {
            FieldSpec f;
            f.name = QStringLiteral("nextSteps");
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

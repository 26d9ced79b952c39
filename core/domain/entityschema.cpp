#include "entityschema.h"

#include "uuid.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QMetaProperty>

#include <cmath>

namespace doorstep {

int EntitySchema::indexOf(QStringView field) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == field)
            return int(i);
    }
    return -1;
}

int EntitySchema::indexOf(QLatin1StringView field) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == field)
            return int(i);
    }
    return -1;
}

bool isAbsentValue(const FieldSpec &spec, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString().isEmpty();
    case FieldType::Date:
        return !value.toDate().isValid();
    case FieldType::DateTime:
        return !value.toDateTime().isValid();
    case FieldType::Integer:
        return spec.blankIsZero && value.toInt() == 0;
    case FieldType::Real:
        return std::isnan(value.toDouble());
    case FieldType::Boolean:
        return false;
    case FieldType::TextList:
        return value.toStringList().isEmpty();
    case FieldType::Json:
        return value.toJsonArray().isEmpty();
    }
    return false;
}

bool EntitySchema::isAbsent(int field, const QVariant &value) const
{
    return isAbsentValue(fields[size_t(field)], value);
}

Status EntitySchema::validateField(int index, const QVariant &value) const
{
    const FieldSpec &spec = fields[size_t(index)];
    if (isAbsent(index, value)) {
        if (spec.required)
            return errorFor(index, QStringLiteral("is required"));
        return ok();
    }
    switch (spec.type) {
    case FieldType::Text: {
        const QString text = value.toString();
        if (spec.maxLength > 0 && text.size() > spec.maxLength)
            return errorFor(index, QStringLiteral("is longer than %1 characters").arg(spec.maxLength));
        if (!spec.choices.isEmpty() && !spec.choices.contains(text))
            return errorFor(index, QStringLiteral("must be one of: ") + spec.choices.join(QStringLiteral(", ")));
        if (spec.required && text.trimmed().isEmpty())
            return errorFor(index, QStringLiteral("must not be blank"));
        break;
    }
    case FieldType::Id:
        if (!Uuid::isValid(value.toString()))
            return errorFor(index, QStringLiteral("is not a valid id"));
        break;
    case FieldType::Integer: {
        bool isInt = false;
        const qint64 n = value.toLongLong(&isInt);
        if (!isInt)
            return errorFor(index, QStringLiteral("is not a whole number"));
        if (spec.maximum > spec.minimum && (n < spec.minimum || n > spec.maximum))
            return errorFor(index,
                            QStringLiteral("must be from %1 to %2%3")
                                .arg(spec.minimum)
                                .arg(spec.maximum)
                                .arg(spec.blankIsZero ? QStringLiteral(", or left blank") : QString()));
        break;
    }
    case FieldType::Real:
        if (!std::isfinite(value.toDouble()))
            return errorFor(index, QStringLiteral("is not a finite number"));
        break;
    case FieldType::TextList: {
        const QStringList list = value.toStringList();
        if (spec.maxLength > 0 && list.size() > spec.maxLength)
            return errorFor(index, QStringLiteral("has more than %1 entries").arg(spec.maxLength));
        for (const QString &entry : list) {
            if (entry.trimmed().isEmpty())
                return errorFor(index, QStringLiteral("has a blank entry"));
        }
        if (QStringList(list).removeDuplicates() > 0)
            return errorFor(index, QStringLiteral("has a duplicate entry"));
        break;
    }
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Boolean:
    case FieldType::Json:
        break;
    }
    if (spec.check) {
        if (const QString reason = spec.check(value); !reason.isEmpty())
            return errorFor(index, reason);
    }
    return ok();
}

Status EntitySchema::validateFields(const Values &values) const
{
    if (values.size() != fields.size())
        return Error{entity, QStringLiteral("has the wrong number of fields")};
    for (size_t i = 0; i < fields.size(); ++i) {
        if (Status s = validateField(int(i), values[i]); !s)
            return s;
    }
    return ok();
}

Status EntitySchema::validatePresent(const Values &values) const
{
    if (values.size() != fields.size())
        return Error{entity, QStringLiteral("has the wrong number of fields")};
    for (size_t i = 0; i < fields.size(); ++i) {
        if (isAbsent(int(i), values[i]))
            continue;
        if (Status s = validateField(int(i), values[i]); !s)
            return s;
    }
    return ok();
}

Status EntitySchema::validate(const Values &values) const
{
    if (Status s = validateFields(values); !s)
        return s;
    if (crossCheck) {
        if (auto error = crossCheck(*this, values))
            return *error;
    }
    return ok();
}

Values EntitySchema::valuesOf(const void *gadgetInstance) const
{
    Values values;
    values.reserve(fields.size());
    for (const FieldSpec &spec : fields) {
        const QMetaProperty p = gadget->property(gadget->indexOfProperty(spec.name.toLatin1().constData()));
        values.push_back(p.readOnGadget(gadgetInstance));
    }
    return values;
}

std::vector<QMetaProperty> EntitySchema::properties() const
{
    std::vector<QMetaProperty> found;
    found.reserve(fields.size());
    for (const FieldSpec &spec : fields)
        found.push_back(gadget->property(gadget->indexOfProperty(spec.name.toLatin1().constData())));
    return found;
}

void EntitySchema::assign(void *gadgetInstance, const Values &values) const
{
    assign(gadgetInstance, values, properties());
}

void EntitySchema::assign(void *gadgetInstance, const Values &values,
                          const std::vector<QMetaProperty> &properties) const
{
    for (size_t i = 0; i < fields.size() && i < values.size() && i < properties.size(); ++i) {
        const QMetaProperty &p = properties[i];
        QVariant v = values[i];
        if (!v.isValid() || v.isNull()) {
            // Absent values come back as the type's "absent" form.
            switch (fields[i].type) {
            case FieldType::Real:
                v = std::nan("");
                break;
            default:
                v = QVariant(p.metaType());
                break;
            }
        }
        p.writeOnGadget(gadgetInstance, v);
    }
}

QString EntitySchema::idOf(const void *gadgetInstance) const
{
    return gadget->property(gadget->indexOfProperty("id")).readOnGadget(gadgetInstance).toString();
}

void EntitySchema::setId(void *gadgetInstance, const QString &id) const
{
    gadget->property(gadget->indexOfProperty("id")).writeOnGadget(gadgetInstance, id);
}

} // namespace doorstep

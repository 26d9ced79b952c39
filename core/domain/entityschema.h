#pragma once

#include "result.h"

#include <QMetaObject>
#include <QMetaProperty>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace doorstep {

// How a value travels: its native Qt type in a gadget, its column in SQLite and its JSON form in the
// outbox. Kept to a few kinds so that the store, the outbox and sync share one set of conversions.
enum class FieldType {
    Text, // QString; empty means absent
    Id, // QString holding a UUID; empty means absent
    Date, // QDate; invalid means absent
    DateTime, // QDateTime (UTC, ms); invalid means absent
    Integer, // int; with blankIsZero, 0 means absent (a postcard question left blank)
    Real, // double; NaN means absent
    Boolean, // bool
    TextList, // QStringList
    Json, // QJsonArray of objects, checked by the field's validator
};

struct FieldSpec
{
    QString name; // the gadget property, the column and the outbox key
    FieldType type = FieldType::Text;
    bool encrypted = false; // personal data or free text: stored only as ciphertext
    bool required = false;
    bool immutable = false; // may be set on create, never changed afterwards
    bool blankIsZero = false; // Integer: 0 stands for "left blank"
    qint64 minimum = 0; // Integer: inclusive range, when maximum > minimum
    qint64 maximum = 0;
    int maxLength = 0; // Text: characters; TextList: entries
    QStringList choices; // Text: the only values allowed
    // Further checks on a present value; returns the reason it is refused, or an empty string.
    std::function<QString(const QVariant &)> check;
};

// True when the value stands for "nothing recorded" in this field's type.
bool isAbsentValue(const FieldSpec &spec, const QVariant &value);

// One record type: its table and fields. The values of a record are kept in field order.
using Values = std::vector<QVariant>;

struct EntitySchema
{
    QString entity; // the name used in the outbox and on the wire, e.g. "person"
    QString table;
    const QMetaObject *gadget = nullptr;
    std::vector<FieldSpec> fields;
    bool appendOnly = false; // once written, never changed or deleted (goal reviews)
    // Checks that involve more than one field; returns the Error or nothing.
    std::function<std::optional<Error>(const EntitySchema &, const Values &)> crossCheck;

    int indexOf(QStringView field) const;
    int indexOf(QLatin1StringView field) const;
    bool isAbsent(int field, const QVariant &value) const;
    // One field on its own (type, range, choices, checks); validate() adds required fields and the
    // checks across fields.
    Status validateField(int index, const QVariant &value) const;
    Status validate(const Values &values) const;
    // Every field's own rules and the required fields, without the checks across fields: what a
    // merge of two devices' changes must satisfy (each change was checked whole where it was made).
    Status validateFields(const Values &values) const;
    // Every present field's own rules, required fields left out: what a projection must satisfy (the
    // server sends a role only part of a record, sync/PROTOCOL.md "Who gets what").
    Status validatePresent(const Values &values) const;
    Error errorFor(int field, const QString &reason) const
    {
        return Error{entity + u'.' + fields[size_t(field)].name, reason};
    }

    // Gadget <-> values, through the properties named like the fields.
    Values valuesOf(const void *gadgetInstance) const;
    void assign(void *gadgetInstance, const Values &values) const;
    // The fields' properties in field order, found once for many assigns: finding them by name
    // costs more than the copy itself when a list fills thousands of gadgets.
    std::vector<QMetaProperty> properties() const;
    void assign(void *gadgetInstance, const Values &values, const std::vector<QMetaProperty> &properties) const;
    QString idOf(const void *gadgetInstance) const;
    void setId(void *gadgetInstance, const QString &id) const;
};

} // namespace doorstep

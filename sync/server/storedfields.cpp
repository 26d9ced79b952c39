#include "storedfields.h"

#include "jsonparser.h"
#include "jsontext.h"

#include <algorithm>

namespace doorstep {

namespace {

bool nameBefore(const QString &a, const QString &b)
{
    return a < b; // QJsonObject's order for the names records use
}

} // namespace

Result<StoredFields> StoredFields::fromJson(const QByteArray &json)
{
    std::vector<JsonParser::Member> members;
    JsonParser::Failure failure;
    if (!JsonParser::members(json, members, &failure))
        return Error(QStringLiteral("fields"),
                     QStringLiteral("are not a JSON object (%1 at byte %2)").arg(failure.reason).arg(failure.offset),
                     QStringLiteral("storage"));
    StoredFields fields;
    fields.m_source = json;
    fields.m_fields.reserve(members.size());
    bool sorted = true;
    for (JsonParser::Member &m : members) {
        if (!fields.m_fields.empty() && !nameBefore(fields.m_fields.back().name, m.name))
            sorted = false;
        fields.m_fields.push_back(Field{std::move(m.name), m.offset, m.size, {}, {}});
    }
    if (!sorted) {
        // Not text this server wrote; read as a QJsonObject would read it: a repeated name keeps
        // its last value.
        std::stable_sort(fields.m_fields.begin(), fields.m_fields.end(),
                         [](const Field &a, const Field &b) { return nameBefore(a.name, b.name); });
        std::vector<Field> unique;
        unique.reserve(fields.m_fields.size());
        for (Field &f : fields.m_fields) {
            if (!unique.empty() && unique.back().name == f.name)
                unique.back() = std::move(f);
            else
                unique.push_back(std::move(f));
        }
        fields.m_fields = std::move(unique);
    }
    return fields;
}

const StoredFields::Field *StoredFields::find(const QString &name) const
{
    const auto it = std::lower_bound(m_fields.begin(), m_fields.end(), name,
                                     [](const Field &f, const QString &n) { return nameBefore(f.name, n); });
    return it != m_fields.end() && it->name == name ? &*it : nullptr;
}

QByteArrayView StoredFields::textOf(const Field &f) const
{
    return f.offset >= 0 ? QByteArrayView(m_source).sliced(f.offset, f.size) : QByteArrayView(f.text);
}

QJsonValue StoredFields::value(const QString &name) const
{
    const Field *f = find(name);
    if (!f)
        return QJsonValue(QJsonValue::Undefined);
    if (f->value)
        return *f->value;
    // fromJson checked the text; a value that is there always parses.
    return JsonParser::parseValue(textOf(*f));
}

void StoredFields::insert(const QString &name, const QJsonValue &value)
{
    if (value.isUndefined()) {
        // As QJsonObject::insert: an undefined value takes the field away.
        const auto gone = std::lower_bound(m_fields.begin(), m_fields.end(), name,
                                           [](const Field &f, const QString &n) { return nameBefore(f.name, n); });
        if (gone != m_fields.end() && gone->name == name)
            m_fields.erase(gone);
        return;
    }
    auto it = std::lower_bound(m_fields.begin(), m_fields.end(), name,
                               [](const Field &f, const QString &n) { return nameBefore(f.name, n); });
    if (it == m_fields.end() || it->name != name)
        it = m_fields.insert(it, Field{name, -1, 0, {}, {}});
    it->offset = -1;
    it->size = 0;
    it->text.clear();
    appendJsonValue(it->text, value);
    it->value = value;
}

QByteArray StoredFields::toJson() const
{
    qsizetype size = 2;
    for (const Field &f : m_fields)
        size += f.name.size() + 4 + (f.offset >= 0 ? f.size : f.text.size());
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (const Field &f : m_fields) {
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, f.name);
        out += ':';
        out += textOf(f);
    }
    out += '}';
    return out;
}

} // namespace doorstep

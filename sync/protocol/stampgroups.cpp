#include "stampgroups.h"

#include "entityschema.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>

namespace doorstep {

const QString StampGroups::kDeletedField = QStringLiteral("@deleted");

namespace {

bool parseDigits(QStringView text, quint64 *value)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    quint64 v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        const quint64 digit = quint64(c.unicode() - u'0');
        if (v > (~quint64(0) - digit) / 10)
            return false;
        v = v * 10 + digit;
    }
    *value = v;
    return true;
}

} // namespace

Result<std::vector<StampGroup>> StampGroups::read(const QJsonObject &object, const EntitySchema &schema,
                                                  const QString &where)
{
    std::vector<StampGroup> groups;
    groups.reserve(size_t(object.size()));
    // Which fields a group has named, by their place in the schema ("@deleted" last): every record
    // of a pull page and of a push is read here, so nothing is allocated that an error alone needs.
    std::vector<bool> named(schema.fields.size() + 1, false);
    bool rest = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const auto failed = [&](const QString &reason) {
            return Error(where + u'.' + key, reason, QStringLiteral("invalid_request"));
        };
        const qsizetype colon = key.indexOf(u':');
        StampGroup g;
        quint64 device = 0;
        if (colon <= 0 || !parseDigits(QStringView(key).left(colon), &g.hlc) || g.hlc == 0
            || !parseDigits(QStringView(key).mid(colon + 1), &device) || device > quint64(1) << 53)
            return failed(QStringLiteral("is not a stamp (\"<clock>:<device number>\")"));
        g.device = qint64(device);
        const QJsonValue value = it.value();
        if (value.isString() && value.toString() == QLatin1String("*")) {
            if (rest)
                return failed(QStringLiteral("is a second \"*\""));
            rest = g.rest = true;
        } else if (const QJsonArray list = value.toArray(); value.isArray() && !list.isEmpty()) {
            g.fields.reserve(list.size());
            for (const QJsonValue &f : list) {
                const QString field = f.toString();
                const int index = field == kDeletedField ? int(schema.fields.size()) : schema.indexOf(field);
                if (!f.isString() || index < 0)
                    return failed(QStringLiteral("names a field that %1 does not have").arg(schema.entity));
                if (named[size_t(index)])
                    return failed(QStringLiteral("stamps %1 a second time").arg(field));
                named[size_t(index)] = true;
                g.fields.append(field);
            }
        } else {
            return failed(QStringLiteral("must be \"*\" or a list of field names"));
        }
        groups.push_back(std::move(g));
    }
    return groups;
}

std::optional<std::vector<StampGroup>> StampGroups::readWritten(QByteArrayView text, const EntitySchema &schema)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    const auto take = [&](char c) {
        if (p == end || *p != c)
            return false;
        ++p;
        return true;
    };
    const auto number = [&](quint64 *value) {
        const char *const start = p;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        const auto [stop, ec] = std::from_chars(start, p, *value);
        return p != start && p - start <= 20 && ec == std::errc() && stop == p;
    };
    std::vector<StampGroup> groups;
    std::vector<bool> named(schema.fields.size() + 1, false);
    bool rest = false;
    if (!take('{'))
        return std::nullopt;
    while (!take('}')) {
        if (!groups.empty() && !take(','))
            return std::nullopt;
        StampGroup g;
        quint64 device = 0;
        if (!take('"') || !number(&g.hlc) || g.hlc == 0 || !take(':') || !number(&device) || device > quint64(1) << 53
            || !take('"') || !take(':'))
            return std::nullopt;
        g.device = qint64(device);
        // A key given twice keeps its last value in a JSON object: such text is left to read().
        for (const StampGroup &before : groups) {
            if (before.hlc == g.hlc && before.device == g.device)
                return std::nullopt;
        }
        if (take('"')) {
            if (rest || !take('*') || !take('"'))
                return std::nullopt;
            rest = g.rest = true;
        } else {
            if (!take('[') || take(']'))
                return std::nullopt;
            do {
                if (!take('"'))
                    return std::nullopt;
                const char *const name = p;
                p = std::find(p, end, '"');
                if (p == end || std::find(name, p, '\\') != p)
                    return std::nullopt;
                const QLatin1StringView field(name, p - name);
                ++p;
                const int index = field == kDeletedField ? int(schema.fields.size()) : schema.indexOf(field);
                if (index < 0 || named[size_t(index)])
                    return std::nullopt;
                named[size_t(index)] = true;
                // The schema's own name, shared rather than made again.
                g.fields.append(index == int(schema.fields.size()) ? kDeletedField : schema.fields[size_t(index)].name);
            } while (take(','));
            if (!take(']'))
                return std::nullopt;
        }
        groups.push_back(std::move(g));
    }
    if (p != end)
        return std::nullopt;
    return groups;
}

QByteArray StampGroups::write(std::vector<StampGroup> groups)
{
    std::sort(groups.begin(), groups.end(), [](const StampGroup &a, const StampGroup &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device;
    });
    QByteArray out;
    out.reserve(48 * qsizetype(groups.size()) + 2);
    out += '{';
    for (const StampGroup &g : groups) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += QByteArray::number(g.hlc);
        out += ':';
        out += QByteArray::number(g.device);
        out += "\":";
        if (g.rest) {
            out += "\"*\"";
            continue;
        }
        out += '[';
        for (qsizetype i = 0; i < g.fields.size(); ++i) {
            if (i > 0)
                out += ',';
            // Field names are the schemas' identifiers and "@deleted": nothing to escape.
            out += '"';
            out += g.fields.at(i).toLatin1();
            out += '"';
        }
        out += ']';
    }
    out += '}';
    return out;
}

void StampGroups::collectDevices(QByteArrayView written, QSet<qint64> *devices)
{
    // write() puts a ':' inside a string only in a key, between the clock and the device number.
    const char *p = written.data();
    const char *end = p + written.size();
    while (p < end) {
        p = std::find(p, end, ':');
        if (p == end)
            break;
        ++p;
        if (p < end && *p >= '0' && *p <= '9') {
            qint64 device = 0;
            const auto [stop, ec] = std::from_chars(p, end, device);
            if (ec == std::errc())
                devices->insert(device);
            p = stop;
        }
    }
}

} // namespace doorstep

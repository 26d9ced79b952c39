#include "protocolcodec.h"

#include "entityregistry.h"
#include "fieldcodec.h"
#include "jsonparser.h"
#include "jsontext.h"
#include "outboxentry.h"
#include "protocol.h"
#include "stampgroups.h"
#include "uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>

namespace doorstep::ProtocolCodec {

namespace {

const QString kInvalid = QStringLiteral("invalid_request");

Error invalid(const QString &field, const QString &reason, const QString &code = kInvalid, const QString &subject = {})
{
    return Error(field, reason, code, subject);
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.size() > Protocol::kMaxBodyBytes)
        return invalid(QStringLiteral("body"), QStringLiteral("is larger than %1 bytes").arg(Protocol::kMaxBodyBytes),
                       QStringLiteral("too_large"));
    JsonParser::Failure failure;
    const QJsonDocument doc = JsonParser::parse(body, &failure);
    if (failure.offset >= 0)
        return invalid(QStringLiteral("body"),
                       QStringLiteral("is not valid JSON (%1 at offset %2)").arg(failure.reason).arg(failure.offset),
                       QStringLiteral("malformed_json"));
    if (!doc.isObject())
        return invalid(QStringLiteral("body"), QStringLiteral("must be a JSON object"),
                       QStringLiteral("malformed_json"));
    return doc.object();
}

// Every key must be one the protocol defines: a misspelt field is an error, not silently ignored.
Status onlyKeys(const QJsonObject &o, std::initializer_list<const char *> allowed, const QString &where,
                const QString &subject = {})
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            return invalid(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                           QStringLiteral("is not a field of this message"), kInvalid, subject);
    }
    return ok();
}

Result<qint64> integerField(const QJsonObject &o, const char *key, const QString &where, qint64 min, qint64 max,
                            const QString &subject = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    // The name only for an error: a page of 2,000 records would make thousands of them for nothing.
    const auto field
        = [&] { return where.isEmpty() ? QString(QLatin1String(key)) : where + u'.' + QLatin1String(key); };
    if (v.isUndefined())
        return invalid(field(), QStringLiteral("is required"), kInvalid, subject);
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != std::floor(d))
        return invalid(field(), QStringLiteral("must be a whole number"), kInvalid, subject);
    if (d < double(min) || d > double(max))
        return invalid(field(), QStringLiteral("must be from %1 to %2").arg(min).arg(max), kInvalid, subject);
    return qint64(d);
}

Result<QString> stringField(const QJsonObject &o, const char *key, const QString &where, qsizetype maxLength,
                            const QString &subject = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    const auto field
        = [&] { return where.isEmpty() ? QString(QLatin1String(key)) : where + u'.' + QLatin1String(key); };
    if (v.isUndefined())
        return invalid(field(), QStringLiteral("is required"), kInvalid, subject);
    if (!v.isString())
        return invalid(field(), QStringLiteral("must be a string"), kInvalid, subject);
    QString text = v.toString();
    if (text.size() > maxLength)
        return invalid(field(), QStringLiteral("is longer than %1 characters").arg(maxLength), kInvalid, subject);
    return text;
}

Result<QString> idField(const QJsonObject &o, const char *key, const QString &where, const QString &subject = {})
{
    auto s = stringField(o, key, where, 36, subject);
    if (!s)
        return s;
    if (!Uuid::isValid(*s))
        return invalid(where.isEmpty() ? QLatin1String(key) : where + u'.' + QLatin1String(key),
                       QStringLiteral("is not a valid id"), kInvalid, subject);
    return s;
}

Status header(const QJsonObject &o, int *schemaVersion)
{
    auto protocol = integerField(o, "protocol", {}, 0, 1000);
    if (!protocol)
        return protocol.error();
    if (*protocol != Protocol::kVersion)
        return invalid(
            QStringLiteral("protocol"),
            QStringLiteral("version %1 is not supported; this server speaks %2").arg(*protocol).arg(Protocol::kVersion),
            QStringLiteral("unsupported_protocol"));
    auto schema = integerField(o, "schemaVersion", {}, 0, 1000000);
    if (!schema)
        return schema.error();
    if (!Protocol::acceptedSchemaVersions().contains(int(*schema))) {
        QStringList accepted;
        for (int v : Protocol::acceptedSchemaVersions())
            accepted << QString::number(v);
        return invalid(QStringLiteral("schemaVersion"),
                       QStringLiteral("%1 is not accepted; accepted: %2").arg(*schema).arg(accepted.join(u',')),
                       QStringLiteral("unsupported_schema"));
    }
    *schemaVersion = int(*schema);
    return ok();
}

// A mutation's counter is its place in the batch after "from": it is the mutation's name in errors.
Result<Mutation> decodeMutation(const QJsonValue &value, int index, qint64 counter)
{
    const QString where = QStringLiteral("mutations[%1]").arg(index);
    const QString subject = QString::number(counter);
    if (!value.isObject())
        return invalid(where, QStringLiteral("must be an object"), kInvalid, subject);
    const QJsonObject o = value.toObject();
    if (Status s = onlyKeys(o, {"entity", "id", "op", "hlc", "seen", "changes"}, where, subject); !s)
        return s.error();
    Mutation m;
    m.counter = counter;
    auto entity = stringField(o, "entity", where, 64, subject);
    if (!entity)
        return entity.error();
    m.schema = EntityRegistry::find(*entity);
    if (!m.schema)
        return invalid(where + QStringLiteral(".entity"), QStringLiteral("\"%1\" is not a record type").arg(*entity),
                       QStringLiteral("unknown_entity"), subject);
    auto id = idField(o, "id", where, subject);
    if (!id)
        return id.error();
    m.entityId = *id;
    auto op = stringField(o, "op", where, 16, subject);
    if (!op)
        return op.error();
    m.op = *op;
    if (m.op != QLatin1String("create") && m.op != QLatin1String("update") && m.op != QLatin1String("delete"))
        return invalid(where + QStringLiteral(".op"), QStringLiteral("must be create, update or delete"), kInvalid,
                       subject);
    if (m.schema->appendOnly && m.op != QLatin1String("create"))
        return invalid(where + QStringLiteral(".op"),
                       QStringLiteral("%1 records are append-only").arg(m.schema->entity), kInvalid, subject);
    if (!parseStamp(o.value(QStringLiteral("hlc")), &m.hlc) || m.hlc == 0)
        return invalid(where + QStringLiteral(".hlc"), QStringLiteral("must be a clock stamp as a decimal string"),
                       kInvalid, subject);
    if (o.contains(QStringLiteral("seen"))) {
        if (m.op != QLatin1String("delete"))
            return invalid(where + QStringLiteral(".seen"), QStringLiteral("belongs only to a delete"), kInvalid,
                           subject);
        if (!parseStamp(o.value(QStringLiteral("seen")), &m.seenHlc))
            return invalid(where + QStringLiteral(".seen"), QStringLiteral("must be a clock stamp as a decimal string"),
                           kInvalid, subject);
    }
    const QJsonValue changesValue = o.value(QStringLiteral("changes"));
    if (!changesValue.isObject())
        return invalid(where + QStringLiteral(".changes"), QStringLiteral("must be an object"), kInvalid, subject);
    const QJsonObject changes = changesValue.toObject();
    if (m.op == QLatin1String("delete") && !changes.isEmpty())
        return invalid(where + QStringLiteral(".changes"), QStringLiteral("must be empty for a delete"), kInvalid,
                       subject);
    if (m.op != QLatin1String("delete") && changes.isEmpty())
        return invalid(where + QStringLiteral(".changes"), QStringLiteral("must change at least one field"), kInvalid,
                       subject);
    if (changes.size() > Protocol::kMaxChangesPerMutation)
        return invalid(where + QStringLiteral(".changes"), QStringLiteral("has too many fields"), kInvalid, subject);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString fieldWhere = where + QStringLiteral(".changes.") + it.key();
        const int field = m.schema->indexOf(it.key());
        if (field < 0)
            return invalid(fieldWhere, QStringLiteral("is not a field of %1").arg(m.schema->entity), kInvalid, subject);
        // [new] or, for a free-text field that an update changes, [new, old].
        const FieldSpec &spec = m.schema->fields[size_t(field)];
        const bool withOld = m.op == QLatin1String("update") && Mutation::carriesOldValue(spec);
        const QJsonArray change = it.value().toArray();
        if (!it.value().isArray() || change.size() != (withOld ? 2 : 1))
            return invalid(fieldWhere,
                           withOld ? QStringLiteral("must be [new, old]: the text and the text it replaced")
                                   : QStringLiteral("must be [new]"),
                           kInvalid, subject);
        const QJsonValue oldJson = withOld ? change.at(1) : QJsonValue(QJsonValue::Null);
        // Only free text carries an old value: it must be text or null, which is all FieldCodec
        // would check, without making a copy of a note only to drop it.
        if (!oldJson.isNull() && !oldJson.isString())
            return invalid(fieldWhere + QStringLiteral(".old"), QStringLiteral("must be a string"), kInvalid, subject);
        auto newValue = FieldCodec::fromJson(spec, change.at(0));
        if (!newValue)
            return invalid(fieldWhere + QStringLiteral(".new"), newValue.error().reason, kInvalid, subject);
        // Value rules (ranges, choices, NHS numbers) apply to what is written; "required" and the checks
        // across fields apply to the merged record, when the server applies it.
        if (!isAbsentValue(spec, *newValue)) {
            if (Status s = m.schema->validateField(field, *newValue); !s)
                return invalid(fieldWhere + QStringLiteral(".new"), s.error().reason, QStringLiteral("invalid_value"),
                               subject);
        }
        m.changes.push_back({field, oldJson, change.at(0)});
    }
    return m;
}

} // namespace

QString stampText(quint64 hlc)
{
    return QString::number(hlc);
}

bool parseStamp(const QJsonValue &value, quint64 *hlc)
{
    // Stamps are 64-bit: as JSON numbers they would lose precision above 2^53, so they travel as text.
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 20)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    *hlc = text.toULongLong(&ok);
    return ok;
}

Result<EnrolRequest> decodeEnrol(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    if (Status s = onlyKeys(*o, {"protocol", "schemaVersion", "userName", "password", "deviceId", "deviceName"}, {});
        !s)
        return s.error();
    EnrolRequest r;
    if (Status s = header(*o, &r.schemaVersion); !s)
        return s.error();
    auto user = stringField(*o, "userName", {}, 64);
    if (!user)
        return user.error();
    auto password = stringField(*o, "password", {}, 256);
    if (!password)
        return password.error();
    auto device = idField(*o, "deviceId", {});
    if (!device)
        return device.error();
    auto name = stringField(*o, "deviceName", {}, 120);
    if (!name)
        return name.error();
    r.userName = *user;
    r.password = *password;
    r.deviceId = *device;
    r.deviceName = *name;
    return r;
}

Result<PushRequest> decodePush(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    if (Status s = onlyKeys(*o, {"protocol", "schemaVersion", "deviceId", "from", "mutations"}, {}); !s)
        return s.error();
    PushRequest r;
    if (Status s = header(*o, &r.schemaVersion); !s)
        return s.error();
    auto device = idField(*o, "deviceId", {});
    if (!device)
        return device.error();
    r.deviceId = *device;
    // The batch's first counter; the others follow it without gaps, so they need not travel.
    auto from = integerField(*o, "from", {}, 1, (qint64(1) << 53));
    if (!from)
        return from.error();
    r.from = *from;
    const QJsonValue list = o->value(QStringLiteral("mutations"));
    if (!list.isArray())
        return invalid(QStringLiteral("mutations"), QStringLiteral("must be an array"));
    const QJsonArray mutations = list.toArray();
    if (mutations.isEmpty())
        return invalid(QStringLiteral("mutations"), QStringLiteral("must not be empty"));
    if (mutations.size() > Protocol::kMaxMutationsPerPush)
        return invalid(QStringLiteral("mutations"),
                       QStringLiteral("has more than %1 entries").arg(Protocol::kMaxMutationsPerPush),
                       QStringLiteral("too_large"));
    r.mutations.reserve(size_t(mutations.size()));
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        auto m = decodeMutation(mutations.at(i), int(i), r.from + i);
        if (!m)
            return m.error();
        r.mutations.push_back(std::move(m).value());
    }
    return r;
}

Result<PullRequest> decodePull(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    if (Status s = onlyKeys(*o, {"protocol", "schemaVersion", "deviceId", "after", "limit", "resync", "count"}, {}); !s)
        return s.error();
    PullRequest r;
    if (Status s = header(*o, &r.schemaVersion); !s)
        return s.error();
    auto device = idField(*o, "deviceId", {});
    if (!device)
        return device.error();
    auto after = integerField(*o, "after", {}, 0, (qint64(1) << 53));
    if (!after)
        return after.error();
    r.deviceId = *device;
    r.after = *after;
    r.limit = Protocol::kDefaultPullLimit;
    if (o->contains(QStringLiteral("limit"))) {
        auto limit = integerField(*o, "limit", {}, 1, Protocol::kMaxPullLimit);
        if (!limit)
            return limit.error();
        r.limit = int(*limit);
    }
    if (o->contains(QStringLiteral("resync"))) {
        const QJsonValue resync = o->value(QStringLiteral("resync"));
        if (!resync.isBool())
            return invalid(QStringLiteral("resync"), QStringLiteral("must be true or false"));
        r.resync = resync.toBool();
    }
    if (o->contains(QStringLiteral("count"))) {
        const QJsonValue count = o->value(QStringLiteral("count"));
        if (!count.isBool())
            return invalid(QStringLiteral("count"), QStringLiteral("must be true or false"));
        r.count = count.toBool();
    }
    return r;
}

Result<PushResult> decodePushResult(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    auto ack = integerField(*o, "acknowledgedThrough", {}, 0, (qint64(1) << 53));
    if (!ack)
        return ack.error();
    const QJsonValue results = o->value(QStringLiteral("results"));
    if (!results.isArray())
        return invalid(QStringLiteral("results"), QStringLiteral("must be an array"));
    PushResult r;
    r.acknowledgedThrough = *ack;
    for (const QJsonValue &v : results.toArray()) {
        const QString status = v.toObject().value(QStringLiteral("status")).toString();
        const QString result = v.toObject().value(QStringLiteral("result")).toString();
        if (status == QLatin1String("applied"))
            ++r.applied;
        else if (status == QLatin1String("conflict"))
            ++r.conflicts;
        else if (status == QLatin1String("duplicate"))
            ++r.duplicates;
        else
            return invalid(QStringLiteral("results.status"), QStringLiteral("\"%1\" is not a result").arg(status));
        if (status == QLatin1String("duplicate") && result == QLatin1String("conflict"))
            ++r.conflicts;
    }
    return r;
}

namespace {

// The body as checked UTF-8, or the error parseObject gives for it.
Result<JsonParser::Checked> checkedBody(const QByteArray &body)
{
    if (body.size() > Protocol::kMaxBodyBytes)
        return invalid(QStringLiteral("body"), QStringLiteral("is larger than %1 bytes").arg(Protocol::kMaxBodyBytes),
                       QStringLiteral("too_large"));
    JsonParser::Failure failure;
    const auto text = JsonParser::check(body, &failure);
    if (!text)
        return invalid(QStringLiteral("body"),
                       QStringLiteral("is not valid JSON (%1 at offset %2)").arg(failure.reason).arg(failure.offset),
                       QStringLiteral("malformed_json"));
    return *text;
}

// Walks an object whose members are built into \a built, except those named in \a inPlace, whose
// text is kept where it lies for the caller to read. False, with failure set, when json is no object.
bool splitObject(JsonParser::Checked json, QJsonObject &built,
                 std::initializer_list<std::pair<const char *, std::optional<JsonParser::Checked> *>> inPlace,
                 JsonParser::Failure *failure)
{
    return JsonParser::walkObject(
        json,
        [&](QByteArrayView name, JsonParser::Checked value) {
            for (const auto &[kept, where] : inPlace) {
                if (name == QByteArrayView(kept)) {
                    *where = value; // a repeated name keeps its last value, as in a built object
                    return true;
                }
            }
            built.insert(QString::fromUtf8(name), JsonParser::parseValue(value));
            return true;
        },
        failure);
}

bool isAsciiName(QByteArrayView name)
{
    return std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A record's fields, read straight from the page into one value per field of its schema: notes,
// most of a page, become strings without a JSON object built around them first.
Status readPulledFields(JsonParser::Checked json, PulledRecord &pulled, const QString &where)
{
    const EntitySchema &schema = *pulled.schema;
    pulled.values.assign(schema.fields.size(), QVariant());
    std::optional<Error> refused;
    const bool walked = JsonParser::walkObject(json, [&](QByteArrayView name, JsonParser::Checked text) {
        const int index = isAsciiName(name) ? schema.indexOf(QLatin1StringView(name.data(), name.size())) : -1;
        const auto field = [&] { return where + QStringLiteral(".fields.") + QString::fromUtf8(name); };
        if (index < 0) {
            refused = invalid(field(), QStringLiteral("is not a field of %1").arg(schema.entity));
            return false;
        }
        const FieldSpec &spec = schema.fields[size_t(index)];
        const bool plainText = spec.type == FieldType::Text || spec.type == FieldType::Id;
        if (plainText && text.bytes.startsWith('"')) {
            QString value;
            if (!JsonParser::readString(text, value)) {
                refused = invalid(field(), QStringLiteral("must be a string"));
                return false;
            }
            pulled.values[size_t(index)] = QVariant(std::move(value));
            return true;
        }
        auto value = FieldCodec::fromJson(spec, JsonParser::parseValue(text));
        if (!value) {
            refused = invalid(field(), value.error().reason); // its field is named in full here
            return false;
        }
        pulled.values[size_t(index)] = std::move(value).value();
        return true;
    });
    if (refused)
        return *refused;
    if (!walked)
        return invalid(where + QStringLiteral(".fields"), QStringLiteral("must be an object"));
    return ok();
}

} // namespace

Result<PullPage> decodePullPage(const QByteArray &body)
{
    auto text = checkedBody(body);
    if (!text)
        return text.error();
    // Every member but the records is small and built; the records are read where they lie.
    QJsonObject head;
    std::optional<JsonParser::Checked> recordsText;
    JsonParser::Failure failure;
    if (!splitObject(*text, head, {{"records", &recordsText}}, &failure)) {
        const QByteArrayView trimmed = text->bytes.trimmed();
        if (!trimmed.isEmpty() && (trimmed.front() == '[' || trimmed.front() == '"'))
            return invalid(QStringLiteral("body"), QStringLiteral("must be a JSON object"),
                           QStringLiteral("malformed_json"));
        return invalid(QStringLiteral("body"),
                       QStringLiteral("is not valid JSON (%1 at offset %2)").arg(failure.reason).arg(failure.offset),
                       QStringLiteral("malformed_json"));
    }
    const QJsonObject *o = &head;
    auto next = integerField(*o, "next", {}, 0, (qint64(1) << 53));
    if (!next)
        return next.error();
    const QJsonValue more = o->value(QStringLiteral("more"));
    if (!more.isBool())
        return invalid(QStringLiteral("more"), QStringLiteral("must be true or false"));
    if (!recordsText || !recordsText->bytes.startsWith('['))
        return invalid(QStringLiteral("records"), QStringLiteral("must be an array"));
    // The devices that the stamps name by number: each one's node orders equal clocks.
    const QJsonValue deviceList = o->value(QStringLiteral("devices"));
    if (!deviceList.isObject())
        return invalid(QStringLiteral("devices"), QStringLiteral("must be an object"));
    QHash<qint64, quint64> nodes;
    const QJsonObject deviceObject = deviceList.toObject();
    for (auto it = deviceObject.begin(); it != deviceObject.end(); ++it) {
        bool numbered = false;
        const qint64 number = it.key().toLongLong(&numbered);
        const QString deviceId = it.value().toString();
        if (!numbered || number < 0 || !Uuid::isValid(deviceId))
            return invalid(QStringLiteral("devices.") + it.key(), QStringLiteral("must map a number to a device id"));
        nodes.insert(number, Uuid::nodeOf(deviceId));
    }
    PullPage page;
    page.next = *next;
    page.more = more.toBool();
    if (o->contains(QStringLiteral("remaining"))) {
        auto remaining = integerField(*o, "remaining", {}, 0, (qint64(1) << 53));
        if (!remaining)
            return remaining.error();
        page.remaining = *remaining;
    }
    std::optional<Error> refused;
    qsizetype i = -1;
    const bool walked = JsonParser::walkArray(*recordsText, [&](JsonParser::Checked recordText) {
        ++i;
        const QString where = QStringLiteral("records[%1]").arg(i);
        const auto refuse = [&](Error error) {
            refused = std::move(error);
            return false;
        };
        QJsonObject r;
        std::optional<JsonParser::Checked> fieldsText;
        std::optional<JsonParser::Checked> stampsText;
        if (!splitObject(recordText, r, {{"fields", &fieldsText}, {"stamps", &stampsText}}, nullptr))
            return refuse(invalid(where, QStringLiteral("must be an object")));
        auto entity = stringField(r, "entity", where, 64);
        if (!entity)
            return refuse(entity.error());
        PulledRecord pulled;
        pulled.schema = EntityRegistry::find(*entity);
        if (!pulled.schema)
            return refuse(invalid(where + QStringLiteral(".entity"),
                                  QStringLiteral("\"%1\" is not a record type").arg(*entity),
                                  QStringLiteral("unknown_entity")));
        auto id = idField(r, "id", where);
        if (!id)
            return refuse(id.error());
        pulled.id = *id;
        const QJsonValue deleted = r.value(QStringLiteral("deleted"));
        if (!deleted.isUndefined() && !deleted.isBool())
            return refuse(invalid(where + QStringLiteral(".deleted"), QStringLiteral("must be true or false")));
        // The server passes its stored stamps through as it wrote them: read straight from that
        // text, and only text in any other form (or breaking a rule) is parsed and read() checked.
        std::optional<std::vector<StampGroup>> written
            = stampsText ? StampGroups::readWritten(stampsText->bytes, *pulled.schema) : std::nullopt;
        const QJsonValue stamps = stampsText && !written ? JsonParser::parseValue(*stampsText) : QJsonValue();
        if (!fieldsText || !fieldsText->bytes.startsWith('{') || (!written && !stamps.isObject()))
            return refuse(invalid(where, QStringLiteral("needs fields and stamps")));
        pulled.deleted = deleted.toBool();
        if (Status read = readPulledFields(*fieldsText, pulled, where); !read)
            return refuse(read.error());
        const QJsonValue projected = r.value(QStringLiteral("projected"));
        if (!projected.isUndefined() && !projected.isBool())
            return refuse(invalid(where + QStringLiteral(".projected"), QStringLiteral("must be true or false")));
        pulled.projected = projected.toBool();
        auto groups = written ? Result<std::vector<StampGroup>>(std::move(*written))
                              : StampGroups::read(stamps.toObject(), *pulled.schema, where + QStringLiteral(".stamps"));
        if (!groups)
            return refuse(groups.error());
        std::vector<bool> stamped(pulled.schema->fields.size(), false);
        const StampGroup *rest = nullptr;
        for (const StampGroup &g : *groups) {
            const auto node = nodes.constFind(g.device);
            if (node == nodes.constEnd())
                return refuse(
                    invalid(where + QStringLiteral(".stamps"),
                            QStringLiteral("names device %1, which \"devices\" does not list").arg(g.device)));
            if (g.rest) {
                // "*" stamps the whole record; a projection carries only some fields, each named.
                if (pulled.projected)
                    return refuse(
                        invalid(where + QStringLiteral(".stamps"), QStringLiteral("has \"*\" in a projection")));
                rest = &g;
            }
            for (const QString &name : g.fields) {
                const int field = name == StampGroups::kDeletedField ? RecordStore::kDeletedStampField
                                                                     : pulled.schema->indexOf(name);
                if (field != RecordStore::kDeletedStampField)
                    stamped[size_t(field)] = true;
                pulled.stamps.emplace_back(field, FieldStamps::Stamp{g.hlc, node.value()});
            }
        }
        if (rest) {
            const FieldStamps::Stamp stamp{rest->hlc, nodes.value(rest->device)};
            for (size_t f = 0; f < stamped.size(); ++f) {
                if (!stamped[f])
                    pulled.stamps.emplace_back(int(f), stamp);
            }
        }
        page.records.push_back(std::move(pulled));
        return true;
    });
    if (refused)
        return *refused;
    if (!walked)
        return invalid(QStringLiteral("records"), QStringLiteral("must be an array"));
    return page;
}

QByteArray encodeEnrol(const EnrolRequest &r)
{
    QJsonObject o{{QStringLiteral("protocol"), Protocol::kVersion}, {QStringLiteral("schemaVersion"), r.schemaVersion},
                  {QStringLiteral("userName"), r.userName},         {QStringLiteral("password"), r.password},
                  {QStringLiteral("deviceId"), r.deviceId},         {QStringLiteral("deviceName"), r.deviceName}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace {

// The outbox keeps every change as {"old", "new"}; the wire carries [new], or [new, old] where the
// server needs the old value (Mutation::carriesOldValue).
bool wireCarriesOld(const EntitySchema *schema, const QString &op, const QString &field)
{
    const int index = schema ? schema->indexOf(field) : -1;
    return op == QLatin1String("update") && index >= 0 && Mutation::carriesOldValue(schema->fields[size_t(index)]);
}

void appendWireChanges(QByteArray &out, const OutboxEntry &e, const QJsonObject &changes)
{
    const EntitySchema *schema = EntityRegistry::find(e.entity);
    out += '{';
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it != changes.begin())
            out += ',';
        const QJsonObject change = it.value().toObject();
        appendJsonString(out, it.key());
        out += ":[";
        appendJsonValue(out, change.value(QStringLiteral("new")));
        if (wireCarriesOld(schema, e.op, it.key())) {
            out += ',';
            appendJsonValue(out, change.value(QStringLiteral("old")));
        }
        out += ']';
    }
    out += '}';
}

// Scanning JSON as QJsonDocument writes it compactly (the outbox's stored changes): each returns the
// position just after what it skips, or nullptr for anything else (then the careful way is taken).
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\') {
            if (++p == end)
                return nullptr;
        } else if (*p == '"') {
            return p + 1;
        }
    }
    return nullptr;
}

const char *skipValue(const char *p, const char *end, int depth)
{
    if (p >= end || depth > JsonParser::kMaxDepth)
        return nullptr;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        const bool object = *p == '{';
        const char close = object ? '}' : ']';
        if (++p < end && *p == close)
            return p + 1;
        for (;;) {
            if (object) {
                if (p >= end || *p != '"' || !(p = skipString(p, end)) || p >= end || *p != ':')
                    return nullptr;
                ++p;
            }
            if (!(p = skipValue(p, end, depth + 1)) || p >= end)
                return nullptr;
            if (*p == close)
                return p + 1;
            if (*p++ != ',')
                return nullptr;
        }
    }
    // A number, true, false or null.
    const char *start = p;
    while (p < end && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '-' || *p == '+' || *p == '.'))
        ++p;
    return p == start ? nullptr : p;
}

// The stored changes {"field":{"new":…,"old":…},…} straight into the wire form, their values copied
// as they are; false (and nothing written) for anything unexpected, such as an escaped name.
bool appendStoredWireChanges(QByteArray &out, const OutboxEntry &e)
{
    const EntitySchema *schema = EntityRegistry::find(e.entity);
    const qsizetype start = out.size();
    const auto giveUp = [&] {
        out.truncate(start);
        return false;
    };
    const char *p = e.storedChanges.constData();
    const char *const end = p + e.storedChanges.size();
    if (p == end || *p++ != '{')
        return false;
    out += '{';
    if (p < end && *p == '}') {
        if (p + 1 != end)
            return giveUp();
        out += '}';
        return true;
    }
    for (bool first = true;; first = false) {
        const char *key = p;
        if (p >= end || *p != '"' || !(p = skipString(p, end)) || p >= end || *p != ':')
            return giveUp();
        const QByteArrayView quotedName(key, p - key);
        if (quotedName.contains('\\'))
            return giveUp();
        if (++p >= end || *p++ != '{')
            return giveUp();
        QByteArrayView newValue;
        QByteArrayView oldValue;
        while (p < end && *p != '}') {
            const char *member = p;
            if (*p != '"' || !(p = skipString(p, end)) || p >= end || *p != ':')
                return giveUp();
            const QByteArrayView name(member + 1, p - member - 2);
            const char *value = ++p;
            if (!(p = skipValue(p, end, 2)))
                return giveUp();
            if (name == "new")
                newValue = QByteArrayView(value, p - value);
            else if (name == "old")
                oldValue = QByteArrayView(value, p - value);
            else
                return giveUp();
            if (p < end && *p == ',') {
                if (++p < end && *p == '}')
                    return giveUp();
            } else if (p >= end || *p != '}') {
                return giveUp();
            }
        }
        if (p >= end || newValue.isNull())
            return giveUp();
        ++p; // the change's '}'
        const bool withOld
            = wireCarriesOld(schema, e.op, QString::fromUtf8(quotedName.sliced(1, quotedName.size() - 2)));
        if (withOld && oldValue.isNull())
            return giveUp();
        if (!first)
            out += ',';
        out += quotedName;
        out += ":[";
        out += newValue;
        if (withOld) {
            out += ',';
            out += oldValue;
        }
        out += ']';
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p + 1 == end && *p == '}') {
            out += '}';
            return true;
        }
        return giveUp();
    }
}

// Everything of a push but each entry's changes, members in the order QJsonDocument would put them
// (sorted), so the bytes are the ones it wrote before.
template<typename WriteChanges>
Status writePush(QByteArray &out, int schemaVersion, const QString &deviceId, const std::vector<OutboxEntry> &entries,
                 WriteChanges writeChanges)
{
    out.reserve(256 + qsizetype(entries.size()) * 160);
    out += "{\"deviceId\":";
    appendJsonString(out, deviceId);
    out += ",\"from\":";
    out += QByteArray::number(entries.empty() ? qint64(0) : entries.front().counter);
    out += ",\"mutations\":[";
    for (size_t i = 0; i < entries.size(); ++i) {
        const OutboxEntry &e = entries[i];
        if (i > 0)
            out += ',';
        out += "{\"changes\":";
        if (Status s = writeChanges(out, e); !s)
            return s;
        out += ",\"entity\":";
        appendJsonString(out, e.entity);
        out += ",\"hlc\":\"";
        out += QByteArray::number(e.hlc);
        out += "\",\"id\":";
        appendJsonString(out, e.entityId);
        out += ",\"op\":";
        appendJsonString(out, e.op);
        if (e.op == QLatin1String("delete")) {
            out += ",\"seen\":\"";
            out += QByteArray::number(e.seenHlc);
            out += '"';
        }
        out += '}';
    }
    out += "],\"protocol\":";
    out += QByteArray::number(Protocol::kVersion);
    out += ",\"schemaVersion\":";
    out += QByteArray::number(schemaVersion);
    out += '}';
    return ok();
}

} // namespace

QByteArray encodePush(int schemaVersion, const QString &deviceId, const std::vector<OutboxEntry> &entries)
{
    QByteArray out;
    (void)writePush(out, schemaVersion, deviceId, entries, [](QByteArray &body, const OutboxEntry &e) {
        appendWireChanges(body, e, e.changes);
        return ok();
    });
    return out;
}

Result<QByteArray> encodeStoredPush(int schemaVersion, const QString &deviceId, const std::vector<OutboxEntry> &entries)
{
    QByteArray out;
    // Roughly what the stored changes and the rest of each mutation take.
    qsizetype stored = 0;
    for (const OutboxEntry &e : entries)
        stored += e.storedChanges.size();
    out.reserve(256 + stored + qsizetype(entries.size()) * 160);
    Status written = writePush(out, schemaVersion, deviceId, entries, [](QByteArray &body, const OutboxEntry &e) {
        if (appendStoredWireChanges(body, e))
            return ok();
        const QJsonDocument parsed = JsonParser::parse(e.storedChanges);
        if (!parsed.isObject())
            return Status(Error(QStringLiteral("outbox"), QStringLiteral("entry %1 is not readable").arg(e.counter)));
        appendWireChanges(body, e, parsed.object());
        return ok();
    });
    if (!written)
        return written.error();
    return out;
}

QByteArray encodePull(const PullRequest &r)
{
    QJsonObject o{{QStringLiteral("protocol"), Protocol::kVersion},
                  {QStringLiteral("schemaVersion"), r.schemaVersion},
                  {QStringLiteral("deviceId"), r.deviceId},
                  {QStringLiteral("after"), r.after},
                  {QStringLiteral("limit"), r.limit}};
    if (r.resync)
        o.insert(QStringLiteral("resync"), true);
    if (r.count)
        o.insert(QStringLiteral("count"), true);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeError(const Error &error)
{
    QJsonObject e{{QStringLiteral("code"), error.code.isEmpty() ? QStringLiteral("error") : error.code},
                  {QStringLiteral("message"), error.reason}};
    if (!error.field.isEmpty())
        e.insert(QStringLiteral("field"), error.field);
    if (!error.subject.isEmpty())
        e.insert(QStringLiteral("mutation"), error.subject);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
}

Error decodeError(const QByteArray &body, int httpStatus)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    if (e.isEmpty())
        return Error(QString(), QStringLiteral("the server answered %1").arg(httpStatus),
                     QStringLiteral("http_%1").arg(httpStatus));
    Error error(e.value(QStringLiteral("field")).toString(), e.value(QStringLiteral("message")).toString(),
                e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("mutation")).toString());
    return error;
}

} // namespace doorstep::ProtocolCodec

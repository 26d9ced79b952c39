// Every repository: create, read back, update, delete, and each validation rule of its schema, with
// proof that a refused write leaves the database exactly as it was.

#include "storefixture.h"

#include "carer.h"
#include "consent.h"
#include "evaluationround.h"
#include "goal.h"
#include "goalreview.h"
#include "interview.h"
#include "interviewee.h"
#include "person.h"
#include "postcard.h"
#include "repository.h"
#include "team.h"
#include "user.h"
#include "uuid.h"
#include "visit.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaProperty>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return Uuid::createV7();
}

QDate daysAgo(int days)
{
    return QDate::currentDate().addDays(-days);
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QString repeated(qsizetype count)
{
    return QString(count, u'x');
}

QStringList distinctEntries(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << u"entry-%1"_s.arg(i);
    return list;
}

// A valid record of each type with every field filled, so that reading it back checks every column.
template<typename T>
T sample();

template<>
Team sample<Team>()
{
    Team t;
    t.name = u"Fictional Vale Neighbourhood Team"_s;
    t.area = u"East Testshire"_s;
    return t;
}

template<>
User sample<User>()
{
    User u;
    u.userName = u"j.okafor-test"_s;
    u.displayName = u"Jo Okafor-Test"_s;
    u.role = u"practitioner"_s;
    u.profession = u"district-nurse"_s;
    u.teamId = newId();
    return u;
}

template<>
Person sample<Person>()
{
    Person p;
    p.name = u"Ada Testperson"_s;
    p.dateOfBirth = QDate(1938, 4, 12);
    p.nhsNumber = u"9434765919"_s;
    p.address = u"12 Example Row, Testford"_s;
    p.gpPractice = u"Example Lane Surgery"_s;
    p.teamId = newId();
    p.communicationNeeds = u"Hard of hearing on the left; face her when speaking"_s;
    p.whatMattersToMe = u"Getting to the allotment on Saturdays"_s;
    p.coordinatorId = newId();
    return p;
}

template<>
Carer sample<Carer>()
{
    Carer c;
    c.personId = newId();
    c.name = u"Sam Testperson"_s;
    c.relationship = u"son"_s;
    c.contact = u"07700 900123"_s;
    c.livesWithPerson = true;
    return c;
}

template<>
Consent sample<Consent>()
{
    Consent c;
    c.personId = newId();
    c.decision = u"given"_s;
    c.decidedOn = daysAgo(30);
    c.scope = u"Share with the GP practice and the district nurses"_s;
    c.recordedBy = newId();
    return c;
}

template<>
Visit sample<Visit>()
{
    Visit v;
    v.personId = newId();
    v.practitionerId = newId();
    v.plannedAt = utc(2026, 3, 2, 9, 30);
    v.checkedInAt = utc(2026, 3, 2, 9, 34);
    v.checkedOutAt = utc(2026, 3, 2, 10, 20);
    v.latitude = 53.8175;
    v.longitude = -1.4601;
    v.locationAccuracy = 12.5;
    v.locationAt = utc(2026, 3, 2, 9, 35);
    v.visitType = u"nursing"_s;
    v.notes = u"Dressing changed on the left leg; walked to the door with her frame."_s;
    v.nextSteps = u"OT to review the stair rail on Friday."_s;
    v.coordinatorId = newId();
    return v;
}

template<>
Goal sample<Goal>()
{
    Goal g;
    g.personId = newId();
    g.words = u"I want to get to the shops on my own"_s;
    g.statementIds = {u"my-goals-1"_s, u"communication-2"_s};
    g.baselineRating = 3;
    g.targetDate = QDate(2027, 2, 1);
    g.status = u"active"_s;
    g.createdBy = newId();
    return g;
}

template<>
GoalReview sample<GoalReview>()
{
    GoalReview r;
    r.goalId = newId();
    r.reviewedOn = daysAgo(7);
    r.rating = 5;
    r.comment = u"Managed the corner shop with a stick"_s;
    r.reviewedBy = newId();
    return r;
}

template<>
Postcard sample<Postcard>()
{
    Postcard p;
    p.teamId = newId();
    p.collectedOn = daysAgo(3);
    p.q1 = 7;
    p.q2 = 8;
    p.suggestion = u"Tell me who is coming and when"_s;
    p.collectionMethod = u"self"_s;
    p.personId = newId();
    p.collectedBy = newId();
    p.themeIds = {u"communication"_s, u"continuity"_s};
    return p;
}

template<>
EvaluationRound sample<EvaluationRound>()
{
    EvaluationRound r;
    r.teamId = newId();
    r.title = u"Spring round"_s;
    r.startsOn = QDate(2026, 3, 1);
    r.endsOn = QDate(2026, 4, 30);
    r.evaluatorIds = {newId(), newId()};
    return r;
}

template<>
Interviewee sample<Interviewee>()
{
    Interviewee i;
    i.roundId = newId();
    i.personId = newId();
    i.eligibility = u"District nursing and reablement since May"_s;
    i.consent = u"given"_s;
    i.consentChangedOn = daysAgo(10);
    return i;
}

QJsonObject answer(const QString &statementId, const QString &agreement, const QString &comment = {})
{
    QJsonObject a{{u"statementId"_s, statementId}, {u"agreement"_s, agreement}};
    if (!comment.isEmpty())
        a.insert(u"comment"_s, comment);
    return a;
}

template<>
Interview sample<Interview>()
{
    Interview i;
    i.roundId = newId();
    i.intervieweeId = newId();
    i.evaluatorId = newId();
    i.interviewedOn = daysAgo(2);
    i.answers = QJsonArray{answer(u"better-1"_s, u"agree"_s, u"They all knew my story"_s),
                           answer(u"better-2"_s, u"neither"_s)};
    return i;
}

QJsonObject change(const QJsonValue &before, const QJsonValue &after)
{
    return QJsonObject{{u"old"_s, before}, {u"new"_s, after}};
}

// Changes some fields of a stored record and returns the outbox changes that update must write:
// exactly those fields, each with its value before and after, in the JSON forms of core/OUTBOX.md.
template<typename T>
QJsonObject edit(T &item);

template<>
QJsonObject edit(Team &t)
{
    t.name = u"Fictional Vale North"_s;
    t.area.clear();
    return {{u"name"_s, change(u"Fictional Vale Neighbourhood Team"_s, u"Fictional Vale North"_s)},
            {u"area"_s, change(u"East Testshire"_s, QJsonValue::Null)}};
}

template<>
QJsonObject edit(User &u)
{
    u.displayName = u"Jo Okafor-Tester"_s;
    u.profession = u"community-matron"_s;
    return {{u"displayName"_s, change(u"Jo Okafor-Test"_s, u"Jo Okafor-Tester"_s)},
            {u"profession"_s, change(u"district-nurse"_s, u"community-matron"_s)}};
}

template<>
QJsonObject edit(Person &p)
{
    p.name = u"Ada Testperson-Smith"_s;
    p.dateOfBirth = QDate(1938, 4, 13);
    p.nhsNumber = u"9912003888"_s;
    return {{u"name"_s, change(u"Ada Testperson"_s, u"Ada Testperson-Smith"_s)},
            {u"dateOfBirth"_s, change(u"1938-04-12"_s, u"1938-04-13"_s)},
            {u"nhsNumber"_s, change(u"9434765919"_s, u"9912003888"_s)}};
}

template<>
QJsonObject edit(Carer &c)
{
    c.contact.clear();
    c.livesWithPerson = false;
    return {{u"contact"_s, change(u"07700 900123"_s, QJsonValue::Null)}, {u"livesWithPerson"_s, change(true, false)}};
}

template<>
QJsonObject edit(Consent &c)
{
    c.decision = u"refused"_s;
    c.scope = u"Nothing beyond this team"_s;
    return {
        {u"decision"_s, change(u"given"_s, u"refused"_s)},
        {u"scope"_s, change(u"Share with the GP practice and the district nurses"_s, u"Nothing beyond this team"_s)}};
}

template<>
QJsonObject edit(Visit &v)
{
    v.checkedOutAt = utc(2026, 3, 2, 10, 45);
    v.latitude = 53.8;
    v.notes = u"Dressing changed; walked to the door unaided."_s;
    return {{u"checkedOutAt"_s, change(u"2026-03-02T10:20:00.000Z"_s, u"2026-03-02T10:45:00.000Z"_s)},
            {u"latitude"_s, change(53.8175, 53.8)},
            {u"notes"_s,
             change(u"Dressing changed on the left leg; walked to the door with her frame."_s,
                    u"Dressing changed; walked to the door unaided."_s)}};
}

template<>
QJsonObject edit(Goal &g)
{
    g.baselineRating = 4;
    g.statementIds = {u"my-goals-1"_s};
    g.targetDate = QDate();
    g.status = u"achieved"_s;
    return {{u"baselineRating"_s, change(3, 4)},
            {u"statementIds"_s, change(QJsonArray{u"my-goals-1"_s, u"communication-2"_s}, QJsonArray{u"my-goals-1"_s})},
            {u"targetDate"_s, change(u"2027-02-01"_s, QJsonValue::Null)},
            {u"status"_s, change(u"active"_s, u"achieved"_s)}};
}

template<>
QJsonObject edit(GoalReview &)
{
    return {}; // append-only: never edited
}

template<>
QJsonObject edit(Postcard &p)
{
    const QString person = p.personId;
    p.themeIds = {u"communication"_s};
    p.personId.clear();
    return {{u"themeIds"_s, change(QJsonArray{u"communication"_s, u"continuity"_s}, QJsonArray{u"communication"_s})},
            {u"personId"_s, change(person, QJsonValue::Null)}};
}

template<>
QJsonObject edit(EvaluationRound &r)
{
    const QJsonArray before = QJsonArray::fromStringList(r.evaluatorIds);
    r.endsOn = QDate(2026, 5, 15);
    r.evaluatorIds.append(newId());
    return {{u"endsOn"_s, change(u"2026-04-30"_s, u"2026-05-15"_s)},
            {u"evaluatorIds"_s, change(before, QJsonArray::fromStringList(r.evaluatorIds))}};
}

template<>
QJsonObject edit(Interviewee &i)
{
    const QString before = i.consentChangedOn.toString(Qt::ISODate);
    i.consent = u"withdrawn"_s;
    i.consentChangedOn = daysAgo(1);
    return {{u"consent"_s, change(u"given"_s, u"withdrawn"_s)},
            {u"consentChangedOn"_s, change(before, daysAgo(1).toString(Qt::ISODate))}};
}

template<>
QJsonObject edit(Interview &i)
{
    const QJsonArray before = i.answers;
    i.answers = QJsonArray{answer(u"better-1"_s, u"strongly-agree"_s, u"They all knew my story"_s),
                           answer(u"better-2"_s, u"neither"_s)};
    return {{u"answers"_s, change(before, i.answers)}};
}

// The JSON form core/OUTBOX.md gives each kind of value, written out here rather than taken from FieldCodec.
QJsonValue documentedJson(const FieldSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString();
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Integer:
        return value.toInt();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toBool();
    case FieldType::TextList:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldType::Json:
        return value.toJsonArray();
    }
    return QJsonValue::Undefined;
}

QString shown(const QVariant &value)
{
    QString text;
    QDebug(&text) << value;
    return text;
}

QString shown(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double && std::isnan(a.toDouble())
        && std::isnan(b.toDouble()))
        return true;
    return a == b;
}

// Compares every property of the gadget, the id included, and names the first that differs.
template<typename T>
void compareRecords(const T &actual, const T &expected)
{
    const QMetaObject &mo = T::staticMetaObject;
    for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i) {
        const QMetaProperty p = mo.property(i);
        const QVariant a = p.readOnGadget(&actual);
        const QVariant e = p.readOnGadget(&expected);
        QVERIFY2(sameValue(a, e),
                 qPrintable(u"%1.%2: read back %3, stored %4"_s.arg(T::schema().entity, QString::fromLatin1(p.name()),
                                                                    shown(a), shown(e))));
    }
}

// Calls f.template operator()<T>() for every record type.
template<typename F>
void forEachEntity(F &&f)
{
    f.template operator()<Team>();
    f.template operator()<User>();
    f.template operator()<Person>();
    f.template operator()<Carer>();
    f.template operator()<Consent>();
    f.template operator()<Visit>();
    f.template operator()<Goal>();
    f.template operator()<GoalReview>();
    f.template operator()<Postcard>();
    f.template operator()<EvaluationRound>();
    f.template operator()<Interviewee>();
    f.template operator()<Interview>();
}

template<typename T>
Status asStatus(const Result<T> &result)
{
    return result ? ok() : Status(result.error());
}

} // namespace

// One write that the store must refuse: prepare() stores what the write needs (a record to update)
// and returns the write itself, so the test can take its snapshot in between.
struct Refusal
{
    QString table;
    std::function<Result<std::function<Status()>>(Store &)> prepare;
};
Q_DECLARE_METATYPE(Refusal)

namespace {

template<typename T>
Refusal onCreate(std::function<void(T &)> mutate)
{
    return {T::schema().table, [mutate](Store &store) -> Result<std::function<Status()>> {
                return std::function<Status()>([&store, mutate] {
                    T item = sample<T>();
                    mutate(item);
                    return asStatus(Repository<T>(store).create(item));
                });
            }};
}

template<typename T>
Refusal onUpdate(std::function<void(T &)> mutate)
{
    return {T::schema().table, [mutate](Store &store) -> Result<std::function<Status()>> {
                T item = sample<T>();
                if (auto id = Repository<T>(store).create(item); !id)
                    return id.error();
                return std::function<Status()>([&store, item, mutate]() mutable {
                    mutate(item);
                    return Repository<T>(store).update(item);
                });
            }};
}

template<typename T>
using Step = std::function<Status(Repository<T> &, T &)>;

// Stores a sample, deletes it first when deleteFirst, then runs act on it.
template<typename T>
Refusal withStored(bool deleteFirst, Step<T> act)
{
    return {T::schema().table, [deleteFirst, act](Store &store) -> Result<std::function<Status()>> {
                T item = sample<T>();
                Repository<T> repository(store);
                if (auto id = repository.create(item); !id)
                    return id.error();
                if (deleteFirst) {
                    if (Status s = repository.remove(item.id); !s)
                        return s.error();
                }
                return std::function<Status()>([&store, item, act]() mutable {
                    Repository<T> repository(store);
                    return act(repository, item);
                });
            }};
}

template<typename T>
Refusal onStored(Step<T> act)
{
    return withStored<T>(false, act);
}

template<typename T>
Refusal onDeleted(Step<T> act)
{
    return withStored<T>(true, act);
}

// Adds the rows for one invalid value: refused on create, and refused when an update brings it in.
template<typename T>
void refuseOnCreate(const char *name, const QString &field, std::function<void(T &)> mutate)
{
    QTest::addRow("%s create: %s", qPrintable(T::schema().entity), name) << onCreate<T>(mutate) << field;
}

template<typename T>
void refuseOnUpdate(const char *name, const QString &field, std::function<void(T &)> mutate)
{
    QTest::addRow("%s update: %s", qPrintable(T::schema().entity), name) << onUpdate<T>(mutate) << field;
}

template<typename T>
void refuse(const char *name, const QString &field, std::function<void(T &)> mutate)
{
    refuseOnCreate<T>(name, field, mutate);
    refuseOnUpdate<T>(name, field, mutate);
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void schemasCoverEveryProperty_data();
    void schemasCoverEveryProperty();
    void createReadUpdateDelete_data();
    void createReadUpdateDelete();
    void listWhere();
    void invalidWritesAreRefusedAndWriteNothing_data();
    void invalidWritesAreRefusedAndWriteNothing();

private:
    template<typename T>
    void crud();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = openUnlocked(m_dir->path());
    VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestRepositories::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRepositories::schemasCoverEveryProperty_data()
{
    QTest::addColumn<QString>("entity");
    forEachEntity([]<typename T>() { QTest::newRow(qPrintable(T::schema().entity)) << T::schema().entity; });
}

template<typename T>
static void checkSchemaCoverage()
{
    // A property the schema misses would silently never be stored; a field without a property could
    // never be set.
    const EntitySchema &schema = T::schema();
    const QMetaObject &mo = T::staticMetaObject;
    QSet<QString> properties;
    for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i)
        properties.insert(QString::fromLatin1(mo.property(i).name()));
    QSet<QString> fields{u"id"_s};
    for (const FieldSpec &f : schema.fields)
        fields.insert(f.name);
    QCOMPARE(fields, properties);
    QVERIFY(!schema.table.isEmpty());
}

void TestRepositories::schemasCoverEveryProperty()
{
    QFETCH(QString, entity);
    forEachEntity([&]<typename T>() {
        if (T::schema().entity == entity)
            checkSchemaCoverage<T>();
    });
}

void TestRepositories::createReadUpdateDelete_data()
{
    QTest::addColumn<QString>("entity");
    forEachEntity([]<typename T>() { QTest::newRow(qPrintable(T::schema().entity)) << T::schema().entity; });
}

void TestRepositories::createReadUpdateDelete()
{
    QFETCH(QString, entity);
    bool found = false;
    forEachEntity([&]<typename T>() {
        if (T::schema().entity == entity) {
            found = true;
            crud<T>();
        }
    });
    QVERIFY(found);
}

template<typename T>
void TestRepositories::crud()
{
    const EntitySchema &schema = T::schema();
    Database &db = m_store->database();
    Repository<T> repository(*m_store);

    T original = sample<T>();
    const Values originalValues = schema.valuesOf(&original);
    for (size_t i = 0; i < schema.fields.size(); ++i)
        QVERIFY2(
            !isAbsentValue(schema.fields[i], originalValues[i]),
            qPrintable(u"the sample leaves %1 empty, so reading it back proves nothing"_s.arg(schema.fields[i].name)));

    // Create.
    const qint64 outboxBefore = outboxCount(db);
    const auto id = repository.create(original);
    VERIFY_OK(id);
    QVERIFY2(Uuid::isValid(*id), qPrintable(*id));
    QCOMPARE(id->at(14), u'7'); // a UUIDv7
    QCOMPARE(original.id, *id);
    QCOMPARE(rowCount(db, schema.table), 1);
    QCOMPARE(outboxCount(db), outboxBefore + 1);

    auto entries = pendingEntries(*m_store);
    VERIFY_OK(entries);
    const OutboxEntry created = entries->back();
    QCOMPARE(created.op, u"create"_s);
    QCOMPARE(created.entity, schema.entity);
    QCOMPARE(created.entityId, *id);
    QCOMPARE(created.deviceId, m_store->deviceId());
    QCOMPARE(created.changes.size(), qsizetype(schema.fields.size()));
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        const FieldSpec &spec = schema.fields[i];
        const QJsonObject c = created.changes.value(spec.name).toObject();
        QVERIFY2(c.contains(u"old"_s) && c.value(u"old"_s).isNull(), qPrintable(spec.name));
        QVERIFY2(c.value(u"new"_s) == documentedJson(spec, originalValues[i]),
                 qPrintable(u"%1: outbox has %2"_s.arg(spec.name, shown(c))));
    }

    // Read.
    const auto read = repository.get(*id);
    VERIFY_OK(read);
    compareRecords(*read, original);
    if (QTest::currentTestFailed())
        return;

    // A second record, so that list() and delete are seen to pick the right one.
    T other = sample<T>();
    VERIFY_OK(repository.create(other));
    auto listed = repository.list();
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QSet<QString> ids;
    for (const T &item : *listed) {
        ids.insert(item.id);
        compareRecords(item, item.id == original.id ? original : other);
    }
    QCOMPARE(ids, (QSet<QString>{original.id, other.id}));
    if (QTest::currentTestFailed())
        return;

    if (schema.appendOnly) {
        // Append-only records are neither changed nor deleted; the refusals are checked with the
        // other refused writes.
        return;
    }

    // Update: only the changed fields reach the outbox, each with its old and new value.
    T changed = *read;
    const QJsonObject expectedChanges = edit(changed);
    QVERIFY(!expectedChanges.isEmpty());
    const qint64 outboxBeforeUpdate = outboxCount(db);
    VERIFY_OK(repository.update(changed));
    QCOMPARE(outboxCount(db), outboxBeforeUpdate + 1);
    const auto reread = repository.get(*id);
    VERIFY_OK(reread);
    compareRecords(*reread, changed);
    if (QTest::currentTestFailed())
        return;
    entries = pendingEntries(*m_store);
    VERIFY_OK(entries);
    const OutboxEntry updated = entries->back();
    QCOMPARE(updated.op, u"update"_s);
    QCOMPARE(updated.entity, schema.entity);
    QCOMPARE(updated.entityId, *id);
    QVERIFY2(updated.changes == expectedChanges,
             qPrintable(u"outbox has %1, expected %2"_s.arg(shown(updated.changes), shown(expectedChanges))));
    QVERIFY(updated.hlc > created.hlc);
    QVERIFY(updated.counter > created.counter);
    const auto otherRead = repository.get(other.id);
    VERIFY_OK(otherRead);
    compareRecords(*otherRead, other);

    // An update that changes nothing writes nothing.
    const QByteArray before = databaseContent(db);
    VERIFY_OK(repository.update(changed));
    QCOMPARE(outboxCount(db), outboxBeforeUpdate + 1);
    QVERIFY(databaseContent(db) == before);

    // Delete: a tombstone, gone from get() and list(), and a "delete" entry.
    VERIFY_OK(repository.remove(*id));
    const auto gone = repository.get(*id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().field, schema.entity + u".id"_s);
    QVERIFY(!gone.error().reason.isEmpty());
    listed = repository.list();
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, other.id);
    QCOMPARE(outboxCount(db), outboxBeforeUpdate + 2);
    entries = pendingEntries(*m_store);
    VERIFY_OK(entries);
    const OutboxEntry deleted = entries->back();
    QCOMPARE(deleted.op, u"delete"_s);
    QCOMPARE(deleted.entity, schema.entity);
    QCOMPARE(deleted.entityId, *id);
    QVERIFY(deleted.changes.isEmpty());
    QVERIFY(deleted.hlc > updated.hlc);
    QCOMPARE(scalar(db, u"SELECT deleted FROM %1 WHERE id = ?"_s.arg(schema.table), {*id}), 1);
    QCOMPARE(rowCount(db, schema.table), 2);
}

void TestRepositories::listWhere()
{
    Repository<Visit> visits(*m_store);
    const QString person = newId();
    QStringList mine;
    for (int i = 0; i < 3; ++i) {
        Visit v = sample<Visit>();
        v.personId = person;
        VERIFY_OK(visits.create(v));
        mine << v.id;
        Visit elsewhere = sample<Visit>();
        VERIFY_OK(visits.create(elsewhere));
    }
    auto found = visits.listWhere(u"personId"_s, person);
    VERIFY_OK(found);
    QStringList ids;
    for (const Visit &v : *found) {
        QCOMPARE(v.personId, person);
        ids << v.id;
    }
    ids.sort();
    mine.sort();
    QCOMPARE(ids, mine);

    const auto deleted = mine.first();
    VERIFY_OK(visits.remove(deleted));
    found = visits.listWhere(u"personId"_s, person);
    VERIFY_OK(found);
    QCOMPARE(found->size(), 2);
    for (const Visit &v : *found)
        QVERIFY(v.id != deleted);

    // Encrypted fields hold ciphertext, so SQL cannot match them: the store says so instead of
    // quietly finding nothing.
    const auto byNotes = visits.listWhere(u"notes"_s, u"Dressing"_s);
    QVERIFY(!byNotes);
    QCOMPARE(byNotes.error().field, u"visit.notes"_s);
    const auto unknown = visits.listWhere(u"nosuchfield"_s, 1);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, u"visit.nosuchfield"_s);
}

void TestRepositories::invalidWritesAreRefusedAndWriteNothing_data()
{
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QString>("field");

    // Rules every record type shares: ids, and writes to records that are not there.
    forEachEntity([]<typename T>() {
        const QString entity = T::schema().entity;
        const QString idField = entity + u".id"_s;
        const auto row
            = [&entity](const char *name) -> QTestData & { return QTest::addRow("%s %s", qPrintable(entity), name); };
        row("create: invalid id") << onCreate<T>([](T &item) { item.id = u"not-a-uuid"_s; }) << idField;
        row("create: upper-case id") << onCreate<T>([](T &item) { item.id = newId().toUpper(); }) << idField;
        row("create: id already exists") << onStored<T>([](Repository<T> &r, T &item) {
            T again = sample<T>();
            again.id = item.id;
            return asStatus(r.create(again));
        }) << idField;
        if (T::schema().appendOnly) {
            row("update: append-only") << onStored<T>([](Repository<T> &r, T &item) { return r.update(item); })
                                       << entity;
            row("delete: append-only") << onStored<T>([](Repository<T> &r, T &item) { return r.remove(item.id); })
                                       << entity;
            return;
        }
        row("update: no such record") << onStored<T>([](Repository<T> &r, T &) {
            T item = sample<T>();
            item.id = newId();
            return r.update(item);
        }) << idField;
        row("update: deleted record") << onDeleted<T>([](Repository<T> &r, T &item) {
            edit(item);
            return r.update(item);
        }) << idField;
        row("delete: no such record") << onStored<T>([](Repository<T> &r, T &) { return r.remove(newId()); })
                                      << idField;
        row("delete: already deleted") << onDeleted<T>([](Repository<T> &r, T &item) { return r.remove(item.id); })
                                       << idField;
    });

    // Team.
    refuse<Team>("name missing", u"team.name"_s, [](Team &t) { t.name.clear(); });
    refuse<Team>("name blank", u"team.name"_s, [](Team &t) { t.name = u" "_s; });
    refuse<Team>("name too long", u"team.name"_s, [](Team &t) { t.name = repeated(121); });
    refuse<Team>("area too long", u"team.area"_s, [](Team &t) { t.area = repeated(201); });

    // User.
    refuse<User>("userName missing", u"user.userName"_s, [](User &u) { u.userName.clear(); });
    refuse<User>("userName with a space", u"user.userName"_s, [](User &u) { u.userName = u"jo okafor"_s; });
    refuse<User>("userName upper case", u"user.userName"_s, [](User &u) { u.userName = u"JOkafor"_s; });
    refuse<User>("userName too short", u"user.userName"_s, [](User &u) { u.userName = u"jo"_s; });
    refuse<User>("userName starts with a dot", u"user.userName"_s, [](User &u) { u.userName = u".okafor"_s; });
    refuse<User>("userName too long", u"user.userName"_s, [](User &u) { u.userName = u"j"_s + QString(64, u'o'); });
    refuse<User>("displayName missing", u"user.displayName"_s, [](User &u) { u.displayName.clear(); });
    refuse<User>("displayName too long", u"user.displayName"_s, [](User &u) { u.displayName = repeated(121); });
    refuse<User>("role missing", u"user.role"_s, [](User &u) { u.role.clear(); });
    refuse<User>("role unknown", u"user.role"_s, [](User &u) { u.role = u"doctor"_s; });
    refuse<User>("profession unknown", u"user.profession"_s, [](User &u) { u.profession = u"surgeon"_s; });
    refuse<User>("teamId missing", u"user.teamId"_s, [](User &u) { u.teamId.clear(); });
    refuse<User>("teamId invalid", u"user.teamId"_s, [](User &u) { u.teamId = u"team-1"_s; });

    // Person.
    refuse<Person>("name missing", u"person.name"_s, [](Person &p) { p.name.clear(); });
    refuse<Person>("name blank", u"person.name"_s, [](Person &p) { p.name = u" "_s; });
    refuse<Person>("name too long", u"person.name"_s, [](Person &p) { p.name = repeated(201); });
    refuse<Person>("dateOfBirth missing", u"person.dateOfBirth"_s, [](Person &p) { p.dateOfBirth = QDate(); });
    refuse<Person>("dateOfBirth tomorrow", u"person.dateOfBirth"_s,
                   [](Person &p) { p.dateOfBirth = QDate::currentDate().addDays(1); });
    refuse<Person>("dateOfBirth next year", u"person.dateOfBirth"_s,
                   [](Person &p) { p.dateOfBirth = QDate::currentDate().addYears(1); });
    refuse<Person>("dateOfBirth before 1890", u"person.dateOfBirth"_s,
                   [](Person &p) { p.dateOfBirth = QDate(1889, 12, 31); });
    refuse<Person>("nhsNumber check digit", u"person.nhsNumber"_s, [](Person &p) { p.nhsNumber = u"9434765918"_s; });
    refuse<Person>("nhsNumber too short", u"person.nhsNumber"_s, [](Person &p) { p.nhsNumber = u"943476591"_s; });
    refuse<Person>("nhsNumber letters", u"person.nhsNumber"_s, [](Person &p) { p.nhsNumber = u"94347659AB"_s; });
    refuse<Person>("nhsNumber with spaces", u"person.nhsNumber"_s, [](Person &p) { p.nhsNumber = u"943 476 5919"_s; });
    refuse<Person>("address too long", u"person.address"_s, [](Person &p) { p.address = repeated(501); });
    refuse<Person>("gpPractice too long", u"person.gpPractice"_s, [](Person &p) { p.gpPractice = repeated(201); });
    refuse<Person>("teamId missing", u"person.teamId"_s, [](Person &p) { p.teamId.clear(); });
    refuse<Person>("teamId invalid", u"person.teamId"_s, [](Person &p) { p.teamId = u"seacroft"_s; });
    refuse<Person>("communicationNeeds too long", u"person.communicationNeeds"_s,
                   [](Person &p) { p.communicationNeeds = repeated(2001); });
    refuse<Person>("whatMattersToMe too long", u"person.whatMattersToMe"_s,
                   [](Person &p) { p.whatMattersToMe = repeated(4001); });
    refuse<Person>("coordinatorId invalid", u"person.coordinatorId"_s, [](Person &p) { p.coordinatorId = u"42"_s; });

    // Carer.
    refuse<Carer>("personId missing", u"carer.personId"_s, [](Carer &c) { c.personId.clear(); });
    refuse<Carer>("personId invalid", u"carer.personId"_s, [](Carer &c) { c.personId = u"nobody"_s; });
    refuse<Carer>("name missing", u"carer.name"_s, [](Carer &c) { c.name.clear(); });
    refuse<Carer>("name too long", u"carer.name"_s, [](Carer &c) { c.name = repeated(201); });
    refuse<Carer>("relationship too long", u"carer.relationship"_s, [](Carer &c) { c.relationship = repeated(81); });
    refuse<Carer>("contact too long", u"carer.contact"_s, [](Carer &c) { c.contact = repeated(201); });

    // Consent.
    refuse<Consent>("personId missing", u"consent.personId"_s, [](Consent &c) { c.personId.clear(); });
    refuse<Consent>("decision missing", u"consent.decision"_s, [](Consent &c) { c.decision.clear(); });
    refuse<Consent>("decision unknown", u"consent.decision"_s, [](Consent &c) { c.decision = u"maybe"_s; });
    refuse<Consent>("decidedOn missing", u"consent.decidedOn"_s, [](Consent &c) { c.decidedOn = QDate(); });
    refuse<Consent>("decidedOn in the future", u"consent.decidedOn"_s,
                    [](Consent &c) { c.decidedOn = QDate::currentDate().addDays(5); });
    refuse<Consent>("scope missing", u"consent.scope"_s, [](Consent &c) { c.scope.clear(); });
    refuse<Consent>("scope too long", u"consent.scope"_s, [](Consent &c) { c.scope = repeated(1001); });
    refuse<Consent>("recordedBy missing", u"consent.recordedBy"_s, [](Consent &c) { c.recordedBy.clear(); });
    refuse<Consent>("recordedBy invalid", u"consent.recordedBy"_s, [](Consent &c) { c.recordedBy = u"me"_s; });

    // Visit.
    refuse<Visit>("personId missing", u"visit.personId"_s, [](Visit &v) { v.personId.clear(); });
    refuse<Visit>("practitionerId invalid", u"visit.practitionerId"_s, [](Visit &v) { v.practitionerId = u"nurse"_s; });
    refuse<Visit>("plannedAt missing", u"visit.plannedAt"_s, [](Visit &v) { v.plannedAt = QDateTime(); });
    refuse<Visit>("check-out before check-in", u"visit.checkedOutAt"_s,
                  [](Visit &v) { v.checkedOutAt = v.checkedInAt.addSecs(-60); });
    refuse<Visit>("check-out without check-in", u"visit.checkedOutAt"_s, [](Visit &v) { v.checkedInAt = QDateTime(); });
    refuse<Visit>("location: latitude alone", u"visit.latitude"_s, [](Visit &v) {
        v.longitude = std::nan("");
        v.locationAccuracy = std::nan("");
        v.locationAt = QDateTime();
    });
    refuse<Visit>("location: no accuracy", u"visit.latitude"_s, [](Visit &v) { v.locationAccuracy = std::nan(""); });
    refuse<Visit>("location: no time", u"visit.latitude"_s, [](Visit &v) { v.locationAt = QDateTime(); });
    refuse<Visit>("location: only a time", u"visit.latitude"_s, [](Visit &v) {
        v.latitude = std::nan("");
        v.longitude = std::nan("");
        v.locationAccuracy = std::nan("");
    });
    refuse<Visit>("latitude 91", u"visit.latitude"_s, [](Visit &v) { v.latitude = 91; });
    refuse<Visit>("latitude infinite", u"visit.latitude"_s, [](Visit &v) { v.latitude = INFINITY; });
    refuse<Visit>("longitude -181", u"visit.longitude"_s, [](Visit &v) { v.longitude = -181; });
    refuse<Visit>("accuracy negative", u"visit.locationAccuracy"_s, [](Visit &v) { v.locationAccuracy = -1; });
    refuse<Visit>("visitType missing", u"visit.visitType"_s, [](Visit &v) { v.visitType.clear(); });
    refuse<Visit>("visitType unknown", u"visit.visitType"_s, [](Visit &v) { v.visitType = u"tea"_s; });
    refuse<Visit>("notes too long", u"visit.notes"_s, [](Visit &v) { v.notes = repeated(20001); });
    refuse<Visit>("nextSteps too long", u"visit.nextSteps"_s, [](Visit &v) { v.nextSteps = repeated(4001); });
    refuse<Visit>("coordinatorId invalid", u"visit.coordinatorId"_s, [](Visit &v) { v.coordinatorId = u"x"_s; });

    // Goal.
    refuse<Goal>("personId missing", u"goal.personId"_s, [](Goal &g) { g.personId.clear(); });
    refuse<Goal>("words missing", u"goal.words"_s, [](Goal &g) { g.words.clear(); });
    refuse<Goal>("words blank", u"goal.words"_s, [](Goal &g) { g.words = u"\n "_s; });
    refuse<Goal>("words too long", u"goal.words"_s, [](Goal &g) { g.words = repeated(1001); });
    refuse<Goal>("statementIds duplicate", u"goal.statementIds"_s, [](Goal &g) { g.statementIds = {u"a"_s, u"a"_s}; });
    refuse<Goal>("statementIds blank entry", u"goal.statementIds"_s, [](Goal &g) {
        g.statementIds = {u"a"_s, u" "_s};
    });
    refuse<Goal>("statementIds too many", u"goal.statementIds"_s,
                 [](Goal &g) { g.statementIds = distinctEntries(41); });
    refuse<Goal>("baselineRating 0", u"goal.baselineRating"_s, [](Goal &g) { g.baselineRating = 0; });
    refuse<Goal>("baselineRating 11", u"goal.baselineRating"_s, [](Goal &g) { g.baselineRating = 11; });
    refuse<Goal>("baselineRating -3", u"goal.baselineRating"_s, [](Goal &g) { g.baselineRating = -3; });
    refuse<Goal>("status missing", u"goal.status"_s, [](Goal &g) { g.status.clear(); });
    refuse<Goal>("status unknown", u"goal.status"_s, [](Goal &g) { g.status = u"paused"_s; });
    refuse<Goal>("createdBy invalid", u"goal.createdBy"_s, [](Goal &g) { g.createdBy = u"someone"_s; });

    // Goal review: append-only, so only creation can be refused for its values.
    refuseOnCreate<GoalReview>("goalId missing", u"goalReview.goalId"_s, [](GoalReview &r) { r.goalId.clear(); });
    refuseOnCreate<GoalReview>("reviewedOn missing", u"goalReview.reviewedOn"_s,
                               [](GoalReview &r) { r.reviewedOn = QDate(); });
    refuseOnCreate<GoalReview>("reviewedOn in the future", u"goalReview.reviewedOn"_s,
                               [](GoalReview &r) { r.reviewedOn = QDate::currentDate().addDays(5); });
    refuseOnCreate<GoalReview>("rating 0", u"goalReview.rating"_s, [](GoalReview &r) { r.rating = 0; });
    refuseOnCreate<GoalReview>("rating 11", u"goalReview.rating"_s, [](GoalReview &r) { r.rating = 11; });
    refuseOnCreate<GoalReview>("comment too long", u"goalReview.comment"_s,
                               [](GoalReview &r) { r.comment = repeated(4001); });
    refuseOnCreate<GoalReview>("reviewedBy missing", u"goalReview.reviewedBy"_s,
                               [](GoalReview &r) { r.reviewedBy.clear(); });

    // Postcard: the answers are the person's own and never change once recorded.
    refuse<Postcard>("teamId missing", u"postcard.teamId"_s, [](Postcard &p) { p.teamId.clear(); });
    refuse<Postcard>("collectedOn missing", u"postcard.collectedOn"_s, [](Postcard &p) { p.collectedOn = QDate(); });
    refuse<Postcard>("collectedOn in the future", u"postcard.collectedOn"_s,
                     [](Postcard &p) { p.collectedOn = QDate::currentDate().addDays(5); });
    refuse<Postcard>("q1 11", u"postcard.q1"_s, [](Postcard &p) { p.q1 = 11; });
    refuse<Postcard>("q1 -1", u"postcard.q1"_s, [](Postcard &p) { p.q1 = -1; });
    refuse<Postcard>("q2 11", u"postcard.q2"_s, [](Postcard &p) { p.q2 = 11; });
    refuseOnCreate<Postcard>("nothing answered", u"postcard"_s, [](Postcard &p) {
        p.q1 = 0;
        p.q2 = 0;
        p.suggestion.clear();
    });
    refuseOnCreate<Postcard>("only a blank suggestion", u"postcard"_s, [](Postcard &p) {
        p.q1 = 0;
        p.q2 = 0;
        p.suggestion = u" "_s;
    });
    refuse<Postcard>("suggestion too long", u"postcard.suggestion"_s,
                     [](Postcard &p) { p.suggestion = repeated(2001); });
    refuse<Postcard>("collectionMethod missing", u"postcard.collectionMethod"_s,
                     [](Postcard &p) { p.collectionMethod.clear(); });
    refuse<Postcard>("collectionMethod unknown", u"postcard.collectionMethod"_s,
                     [](Postcard &p) { p.collectionMethod = u"post"_s; });
    refuse<Postcard>("personId invalid", u"postcard.personId"_s, [](Postcard &p) { p.personId = u"anon"_s; });
    refuse<Postcard>("collectedBy invalid", u"postcard.collectedBy"_s, [](Postcard &p) { p.collectedBy = u"me"_s; });
    refuse<Postcard>("themeIds too many", u"postcard.themeIds"_s, [](Postcard &p) { p.themeIds = distinctEntries(8); });
    refuse<Postcard>("themeIds duplicate", u"postcard.themeIds"_s, [](Postcard &p) { p.themeIds = {u"a"_s, u"a"_s}; });
    refuseOnUpdate<Postcard>("q1 changed", u"postcard.q1"_s, [](Postcard &p) { p.q1 = 8; });
    refuseOnUpdate<Postcard>("q1 blanked", u"postcard.q1"_s, [](Postcard &p) { p.q1 = 0; });
    refuseOnUpdate<Postcard>("q2 changed", u"postcard.q2"_s, [](Postcard &p) { p.q2 = 1; });
    refuseOnUpdate<Postcard>("suggestion changed", u"postcard.suggestion"_s,
                             [](Postcard &p) { p.suggestion = u"Something else"_s; });
    refuseOnUpdate<Postcard>("collectionMethod changed", u"postcard.collectionMethod"_s,
                             [](Postcard &p) { p.collectionMethod = u"practitioner"_s; });
    refuseOnUpdate<Postcard>("q1 changed with a theme", u"postcard.q1"_s, [](Postcard &p) {
        p.themeIds = {u"communication"_s};
        p.q1 = 2;
    });

    // Evaluation round.
    refuse<EvaluationRound>("teamId missing", u"evaluationRound.teamId"_s,
                            [](EvaluationRound &r) { r.teamId.clear(); });
    refuse<EvaluationRound>("title missing", u"evaluationRound.title"_s, [](EvaluationRound &r) { r.title.clear(); });
    refuse<EvaluationRound>("title too long", u"evaluationRound.title"_s,
                            [](EvaluationRound &r) { r.title = repeated(201); });
    refuse<EvaluationRound>("startsOn missing", u"evaluationRound.startsOn"_s,
                            [](EvaluationRound &r) { r.startsOn = QDate(); });
    refuse<EvaluationRound>("endsOn missing", u"evaluationRound.endsOn"_s,
                            [](EvaluationRound &r) { r.endsOn = QDate(); });
    refuse<EvaluationRound>("ends before it starts", u"evaluationRound.endsOn"_s,
                            [](EvaluationRound &r) { r.endsOn = r.startsOn.addDays(-1); });
    refuse<EvaluationRound>("evaluatorIds too many", u"evaluationRound.evaluatorIds"_s,
                            [](EvaluationRound &r) { r.evaluatorIds = distinctEntries(21); });
    refuse<EvaluationRound>("evaluatorIds duplicate", u"evaluationRound.evaluatorIds"_s, [](EvaluationRound &r) {
        r.evaluatorIds = {r.evaluatorIds[0], r.evaluatorIds[0]};
    });

    // Interviewee.
    refuse<Interviewee>("roundId missing", u"interviewee.roundId"_s, [](Interviewee &i) { i.roundId.clear(); });
    refuse<Interviewee>("personId invalid", u"interviewee.personId"_s, [](Interviewee &i) { i.personId = u"p"_s; });
    refuse<Interviewee>("eligibility missing", u"interviewee.eligibility"_s,
                        [](Interviewee &i) { i.eligibility.clear(); });
    refuse<Interviewee>("eligibility too long", u"interviewee.eligibility"_s,
                        [](Interviewee &i) { i.eligibility = repeated(1001); });
    refuse<Interviewee>("consent missing", u"interviewee.consent"_s, [](Interviewee &i) { i.consent.clear(); });
    refuse<Interviewee>("consent unknown", u"interviewee.consent"_s, [](Interviewee &i) { i.consent = u"yes"_s; });
    refuse<Interviewee>("consent given without a date", u"interviewee.consentChangedOn"_s,
                        [](Interviewee &i) { i.consentChangedOn = QDate(); });
    refuse<Interviewee>("consent withdrawn without a date", u"interviewee.consentChangedOn"_s, [](Interviewee &i) {
        i.consent = u"withdrawn"_s;
        i.consentChangedOn = QDate();
    });

    // Interview.
    const auto answers = [](QJsonArray a) { return [a](Interview &i) { i.answers = a; }; };
    QJsonArray tooMany;
    for (int n = 0; n < 51; ++n)
        tooMany.append(answer(u"s-%1"_s.arg(n), u"agree"_s));
    refuse<Interview>("roundId missing", u"interview.roundId"_s, [](Interview &i) { i.roundId.clear(); });
    refuse<Interview>("intervieweeId invalid", u"interview.intervieweeId"_s,
                      [](Interview &i) { i.intervieweeId = u"i"_s; });
    refuse<Interview>("evaluatorId missing", u"interview.evaluatorId"_s, [](Interview &i) { i.evaluatorId.clear(); });
    refuse<Interview>("interviewedOn missing", u"interview.interviewedOn"_s,
                      [](Interview &i) { i.interviewedOn = QDate(); });
    refuse<Interview>("interviewedOn in the future", u"interview.interviewedOn"_s,
                      [](Interview &i) { i.interviewedOn = QDate::currentDate().addDays(5); });
    refuse<Interview>("no answers", u"interview.answers"_s, answers({}));
    refuse<Interview>("answer not an object", u"interview.answers"_s, answers({answer(u"a"_s, u"agree"_s), 3}));
    refuse<Interview>("answer with an unknown field", u"interview.answers"_s,
                      answers({QJsonObject{{u"statementId"_s, u"a"_s}, {u"rating"_s, 3}}}));
    refuse<Interview>("answer without statementId", u"interview.answers"_s,
                      answers({QJsonObject{{u"agreement"_s, u"agree"_s}}}));
    refuse<Interview>("statement answered twice", u"interview.answers"_s,
                      answers({answer(u"a"_s, u"agree"_s), answer(u"a"_s, u"disagree"_s)}));
    refuse<Interview>("agreement off the scale", u"interview.answers"_s, answers({answer(u"a"_s, u"yes"_s)}));
    refuse<Interview>(
        "comment not text", u"interview.answers"_s,
        answers({QJsonObject{{u"statementId"_s, u"a"_s}, {u"agreement"_s, u"agree"_s}, {u"comment"_s, 5}}}));
    refuse<Interview>("comment too long", u"interview.answers"_s,
                      answers({answer(u"a"_s, u"agree"_s, repeated(4001))}));
    refuse<Interview>("more than 50 answers", u"interview.answers"_s, answers(tooMany));
}

void TestRepositories::invalidWritesAreRefusedAndWriteNothing()
{
    QFETCH(Refusal, refusal);
    QFETCH(QString, field);
    Database &db = m_store->database();

    auto write = refusal.prepare(*m_store);
    VERIFY_OK(write);
    const qint64 rowsBefore = rowCount(db, refusal.table);
    const qint64 outboxBefore = outboxCount(db);
    const QByteArray contentBefore = databaseContent(db);

    const Status status = (*write)();

    QVERIFY2(!status, "the store accepted a write it must refuse");
    QCOMPARE(status.error().field, field);
    QVERIFY2(!status.error().reason.trimmed().isEmpty(), "the error gives no reason");
    QCOMPARE(rowCount(db, refusal.table), rowsBefore);
    QCOMPARE(outboxCount(db), outboxBefore);
    QVERIFY2(databaseContent(db) == contentBefore, "a refused write changed the database");
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"

#include "recorddescriber.h"

#include "entityregistry.h"
#include "fieldcodec.h"
#include "person.h"
#include "personformat.h"
#include "recordstore.h"
#include "repository.h"
#include "store.h"
#include "syncstatus.h"
#include "user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace doorstep {

namespace {
// A field of a record, by name, from the values the store returned.
QVariant valueOf(const EntitySchema &schema, const Record &record, const QString &field)
{
    const int index = schema.indexOf(field);
    return index < 0 ? QVariant() : record.values[size_t(index)];
}
} // namespace

RecordDescriber::RecordDescriber(Store &store) : m_store(store) { }

QString RecordDescriber::personName(const QString &personId)
{
    if (personId.isEmpty())
        return {};
    auto it = m_people.constFind(personId);
    if (it == m_people.constEnd()) {
        auto person = Repository<Person>(m_store).get(personId);
        it = m_people.insert(personId, person ? person->name : QString());
    }
    return *it;
}

QString RecordDescriber::userName(const QString &userId)
{
    if (userId.isEmpty())
        return {};
    auto it = m_users.constFind(userId);
    if (it == m_users.constEnd()) {
        auto user = Repository<User>(m_store).get(userId);
        it = m_users.insert(userId, user ? user->displayName : QString());
    }
    return *it;
}

RecordDescriber::Description RecordDescriber::describe(const QString &entity, const QString &id, const QString &field,
                                                       const QJsonObject &changes)
{
    Description d;
    const EntitySchema *schema = EntityRegistry::find(entity);
    std::optional<Record> record;
    if (schema) {
        auto found = m_store.records().find(*schema, id);
        if (found && found->has_value())
            record = **found;
    }
    d.onThisTablet = record.has_value();
    // A record no longer here is named from the change that made it, where there is one.
    if (schema && !record && !changes.isEmpty()) {
        Record made{id, Values(schema->fields.size())};
        for (size_t i = 0; i < schema->fields.size(); ++i) {
            const QJsonValue change = changes.value(schema->fields[i].name).toObject().value(QStringLiteral("new"));
            if (auto value = FieldCodec::fromJson(schema->fields[i], change))
                made.values[i] = *value;
        }
        record = made;
    }
    QDate date;
    if (record) {
        if (entity == QLatin1String("person")) {
            d.personId = id;
        } else if (entity == QLatin1String("goalReview")) {
            // A review belongs to its goal, and the goal to the person.
            const Description goal
                = describe(QStringLiteral("goal"), valueOf(*schema, *record, QStringLiteral("goalId")).toString());
            d.personId = goal.personId;
        } else {
            d.personId = valueOf(*schema, *record, QStringLiteral("personId")).toString();
        }
        if (entity == QLatin1String("visit")) {
            const QDateTime in = valueOf(*schema, *record, QStringLiteral("checkedInAt")).toDateTime();
            date = (in.isValid() ? in : valueOf(*schema, *record, QStringLiteral("plannedAt")).toDateTime())
                       .toLocalTime()
                       .date();
        } else if (entity == QLatin1String("goal")) {
            date = createdAt(id).toLocalTime().date();
        } else {
            for (const char *name : {"decidedOn", "collectedOn", "reviewedOn", "interviewedOn", "consentChangedOn"}) {
                const QVariant v = valueOf(*schema, *record, QString::fromLatin1(name));
                if (v.isValid() && v.toDate().isValid()) {
                    date = v.toDate();
                    break;
                }
            }
        }
    }
    d.personName = personName(d.personId);
    d.dateText = shortDate(date);

    const QString what = field.isEmpty() ? recordLabel(entity) : fieldLabel(entity, field);
    if (entity == QLatin1String("person") && field.isEmpty())
        d.title = d.personName.isEmpty() ? tr("A person's record") : tr("The record of %1").arg(d.personName);
    else if (entity == QLatin1String("person"))
        d.title = d.personName.isEmpty() ? what : tr("%1 for %2").arg(what, d.personName);
    else if (!d.personName.isEmpty() && !d.dateText.isEmpty())
        d.title = tr("%1 for %2, %3").arg(what, d.personName, d.dateText);
    else if (!d.personName.isEmpty())
        d.title = tr("%1 for %2").arg(what, d.personName);
    else if (!d.dateText.isEmpty())
        d.title = tr("%1, %2").arg(what, d.dateText);
    else
        d.title = what;
    return d;
}

QString RecordDescriber::recordLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("visit"), QT_TR_NOOP("Visit")},
        {QStringLiteral("goal"), QT_TR_NOOP("Goal")},
        {QStringLiteral("goalReview"), QT_TR_NOOP("Goal review")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("carer"), QT_TR_NOOP("Carer")},
        {QStringLiteral("consent"), QT_TR_NOOP("Information-sharing decision")},
        {QStringLiteral("postcard"), QT_TR_NOOP("Postcard")},
        {QStringLiteral("evaluationRound"), QT_TR_NOOP("Interview round")},
        {QStringLiteral("interviewee"), QT_TR_NOOP("Person to interview")},
        {QStringLiteral("interview"), QT_TR_NOOP("Interview")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("user"), QT_TR_NOOP("Colleague")},
        {QStringLiteral("conflict"), QT_TR_NOOP("Conflict")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? PersonFormat::choiceLabel(entity) : tr(*it);
}

QString RecordDescriber::fieldLabel(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("visit.notes"), QT_TR_NOOP("Visit notes")},
        {QStringLiteral("visit.nextSteps"), QT_TR_NOOP("Next steps")},
        {QStringLiteral("visit.visitType"), QT_TR_NOOP("Kind of visit")},
        {QStringLiteral("visit.plannedAt"), QT_TR_NOOP("Planned for")},
        {QStringLiteral("visit.checkedInAt"), QT_TR_NOOP("Arrived")},
        {QStringLiteral("visit.checkedOutAt"), QT_TR_NOOP("Left")},
        {QStringLiteral("goal.words"), QT_TR_NOOP("Goal in their words")},
        {QStringLiteral("goal.status"), QT_TR_NOOP("Goal status")},
        {QStringLiteral("goal.baselineRating"), QT_TR_NOOP("Starting rating")},
        {QStringLiteral("goal.targetDate"), QT_TR_NOOP("Target date")},
        {QStringLiteral("goalReview.comment"), QT_TR_NOOP("Review comment")},
        {QStringLiteral("goalReview.rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("person.name"), QT_TR_NOOP("Name")},
        {QStringLiteral("person.address"), QT_TR_NOOP("Address")},
        {QStringLiteral("person.communicationNeeds"), QT_TR_NOOP("Communication needs")},
        {QStringLiteral("person.whatMattersToMe"), QT_TR_NOOP("What matters to me")},
        {QStringLiteral("person.dateOfBirth"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("person.nhsNumber"), QT_TR_NOOP("NHS number")},
        {QStringLiteral("person.gpPractice"), QT_TR_NOOP("GP practice")},
        {QStringLiteral("carer.name"), QT_TR_NOOP("Carer's name")},
        {QStringLiteral("carer.contact"), QT_TR_NOOP("Carer's contact details")},
        {QStringLiteral("consent.scope"), QT_TR_NOOP("What may be shared")},
        {QStringLiteral("consent.decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("postcard.suggestion"), QT_TR_NOOP("Postcard suggestion")},
        {QStringLiteral("interview.answers"), QT_TR_NOOP("Interview answers")},
        {QStringLiteral("interviewee.eligibility"), QT_TR_NOOP("Why they were asked")},
        {QStringLiteral("evaluationRound.title"), QT_TR_NOOP("Round title")},
        {QStringLiteral("team.name"), QT_TR_NOOP("Team name")},
        {QStringLiteral("user.displayName"), QT_TR_NOOP("Name")},
    };
    const auto it = labels.constFind(entity + u'.' + field);
    if (it != labels.constEnd())
        return tr(*it);
    // A link to another record: named by what it links to ("personId" reads "Person").
    static const QHash<QString, const char *> links{
        {QStringLiteral("practitionerId"), QT_TR_NOOP("Practitioner")},
        {QStringLiteral("coordinatorId"), QT_TR_NOOP("Care coordinator")},
        {QStringLiteral("roundId"), QT_TR_NOOP("Interview round")},
        {QStringLiteral("evaluatorId"), QT_TR_NOOP("Peer evaluator")},
    };
    if (const auto link = links.constFind(field); link != links.constEnd())
        return tr(*link);
    if (field.endsWith(QLatin1String("Id")) && EntityRegistry::find(field.chopped(2)))
        return recordLabel(field.chopped(2));
    // A field no screen names yet: its words ("nextSteps" reads "Next steps").
    QString words;
    for (QChar c : field) {
        if (c.isUpper() && !words.isEmpty())
            words += u' ';
        words += c.toLower();
    }
    return PersonFormat::choiceLabel(words);
}

QString RecordDescriber::shortDate(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date,
                              date.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
}

QString RecordDescriber::when(const QDateTime &at, const QDateTime &now)
{
    return SyncStatus::describeLastSuccess(at, now);
}

QDateTime RecordDescriber::createdAt(const QString &uuidV7)
{
    QString hex = uuidV7.left(13);
    hex.remove(u'-');
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok && hex.size() == 12 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString RecordDescriber::valueText(const FieldSpec &spec, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(left empty)");
    auto typed = FieldCodec::fromJson(spec, value);
    if (!typed)
        return value.isString() ? value.toString() : tr("(cannot be shown)");
    const QVariant &v = *typed;
    switch (spec.type) {
    case FieldType::Text:
        return spec.choices.isEmpty() ? v.toString() : PersonFormat::choiceLabel(v.toString());
    case FieldType::Date:
        return PersonFormat::date(v.toDate());
    case FieldType::DateTime:
        return PersonFormat::dateTime(v.toDateTime());
    case FieldType::Boolean:
        return v.toBool() ? tr("yes") : tr("no");
    case FieldType::TextList:
        return v.toStringList().join(QStringLiteral(", "));
    case FieldType::Json:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    default:
        return v.toString();
    }
}

} // namespace doorstep

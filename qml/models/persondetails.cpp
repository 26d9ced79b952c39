#include "persondetails.h"

#include "carer.h"
#include "consent.h"
#include "person.h"
#include "personformat.h"
#include "repository.h"
#include "store.h"
#include "user.h"
#include "visit.h"

#include <QHash>
#include <QVariantMap>

#include <algorithm>

namespace doorstep {

namespace {

// Staff names, read once per load: a person's visits are mostly by the same few practitioners.
class UserNames
{
public:
    explicit UserNames(Store &store) : m_users(store) { }

    const User *find(const QString &id)
    {
        if (id.isEmpty())
            return nullptr;
        auto it = m_cache.find(id);
        if (it == m_cache.end()) {
            auto user = m_users.get(id);
            it = m_cache.insert(id, user ? std::optional<User>(*user) : std::nullopt);
        }
        return it->has_value() ? &**it : nullptr;
    }
    QString name(const QString &id)
    {
        const User *user = find(id);
        return user ? user->displayName : QString();
    }

private:
    Repository<User> m_users;
    QHash<QString, std::optional<User>> m_cache;
};

} // namespace

PersonDetails::PersonDetails(QObject *parent) : QObject(parent) { }

Status PersonDetails::load(Store &store, const QString &personId, const QDateTime &now)
{
    clear();
    auto person = Repository<Person>(store).get(personId);
    if (!person)
        return person.error();
    auto carers = Repository<Carer>(store).listWhere(QStringLiteral("personId"), personId);
    if (!carers)
        return carers.error();
    auto consents = Repository<Consent>(store).listWhere(QStringLiteral("personId"), personId);
    if (!consents)
        return consents.error();
    auto visits = Repository<Visit>(store).listWhere(QStringLiteral("personId"), personId);
    if (!visits)
        return visits.error();

    UserNames users(store);
    m_personId = person->id;
    m_name = person->name;
    m_dateOfBirthText = PersonFormat::date(person->dateOfBirth);
    m_age = PersonFormat::age(person->dateOfBirth, now.toLocalTime().date());
    m_nhsNumber = PersonFormat::nhsNumber(person->nhsNumber);
    m_address = person->address;
    m_gpPractice = person->gpPractice;
    m_whatMattersToMe = person->whatMattersToMe;
    m_communicationNeeds = person->communicationNeeds;

    for (const Carer &c : *carers) {
        m_carers.append(QVariantMap{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("relationship"), c.relationship},
            {QStringLiteral("contact"), c.contact},
            {QStringLiteral("livesWithPerson"), c.livesWithPerson},
        });
    }

    // The decision that stands is the latest one; ids are time-ordered, so they break a tie on
    // the same day in favour of the one recorded last.
    auto latest = std::max_element(consents->cbegin(), consents->cend(), [](const Consent &a, const Consent &b) {
        return a.decidedOn != b.decidedOn ? a.decidedOn < b.decidedOn : a.id < b.id;
    });
    if (latest != consents->cend()) {
        m_hasConsent = true;
        m_consentGiven = latest->decision == QLatin1String("given");
        m_consentDateText = PersonFormat::date(latest->decidedOn);
        m_consentScope = latest->scope;
        m_consentRecordedBy = users.name(latest->recordedBy);
    }

    // Who coordinates care: the person's own record first, else the latest visit that names someone.
    std::vector<Visit> sorted(visits->cbegin(), visits->cend());
    std::sort(sorted.begin(), sorted.end(), [](const Visit &a, const Visit &b) { return a.plannedAt > b.plannedAt; });
    QString coordinatorId = person->coordinatorId;
    for (auto it = sorted.cbegin(); coordinatorId.isEmpty() && it != sorted.cend(); ++it)
        coordinatorId = it->coordinatorId;
    if (const User *coordinator = users.find(coordinatorId)) {
        m_coordinatorName = coordinator->displayName;
        m_coordinatorRole = PersonFormat::choiceLabel(coordinator->profession.isEmpty() ? coordinator->role
                                                                                        : coordinator->profession);
    }

    QDateTime next;
    for (const Visit &v : sorted) {
        if (!v.checkedOutAt.isValid() && v.plannedAt >= now)
            next = v.plannedAt; // sorted newest first, so the last one kept is the earliest
    }
    m_nextVisitText = PersonFormat::dateTime(next);

    for (const Visit &v : sorted) {
        if (v.plannedAt > now && !v.checkedInAt.isValid())
            continue; // still to come: that is the next visit, not a recent one
        m_recentVisits.append(QVariantMap{
            {QStringLiteral("dateText"), PersonFormat::dateTime(v.checkedInAt.isValid() ? v.checkedInAt : v.plannedAt)},
            {QStringLiteral("typeText"), PersonFormat::choiceLabel(v.visitType)},
            {QStringLiteral("practitionerName"), users.name(v.practitionerId)},
            {QStringLiteral("finished"), v.checkedOutAt.isValid()},
        });
        if (m_recentVisits.size() == kRecentVisits)
            break;
    }

    m_loaded = true;
    emit changed();
    return ok();
}

void PersonDetails::clear()
{
    const bool wasLoaded = m_loaded || !m_personId.isEmpty();
    m_loaded = false;
    m_personId.clear();
    m_name.clear();
    m_dateOfBirthText.clear();
    m_age = -1;
    m_nhsNumber.clear();
    m_address.clear();
    m_gpPractice.clear();
    m_whatMattersToMe.clear();
    m_communicationNeeds.clear();
    m_carers.clear();
    m_hasConsent = false;
    m_consentGiven = false;
    m_consentDateText.clear();
    m_consentScope.clear();
    m_consentRecordedBy.clear();
    m_coordinatorName.clear();
    m_coordinatorRole.clear();
    m_nextVisitText.clear();
    m_recentVisits.clear();
    if (wasLoaded)
        emit changed();
}

} // namespace doorstep

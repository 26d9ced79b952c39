#include "demobuilder.h"

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
#include "store.h"
#include "team.h"
#include "user.h"
#include "uuid.h"
#include "validators.h"
#include "visit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace doorstep {

namespace {

// Postcard scores as seed 000 §6 prints them: the frequency of each score 1..10, and how many of the
// 156 cards answered each question.
constexpr std::array<int, 10> kQ1Frequencies{21, 20, 18, 10, 8, 6, 9, 18, 24, 21};
constexpr std::array<int, 10> kQ2Frequencies{24, 11, 17, 11, 9, 8, 11, 16, 16, 30};
constexpr int kSeedPostcards = 156;

const QStringList &professions()
{
    // The first three are the defaults: social worker, district nurse, community matron.
    static const QStringList list{QStringLiteral("social-worker"),        QStringLiteral("district-nurse"),
                                  QStringLiteral("community-matron"),     QStringLiteral("occupational-therapist"),
                                  QStringLiteral("physiotherapist"),      QStringLiteral("reablement-worker"),
                                  QStringLiteral("carers-support-worker")};
    return list;
}

// Splits total between the ten scores in proportion to the seed's frequencies (largest remainder),
// so that 156 cards reproduce the seed exactly and other sizes keep its shape.
QList<int> apportion(const std::array<int, 10> &frequencies, int total)
{
    int sum = 0;
    for (int f : frequencies)
        sum += f;
    QList<int> counts(10, 0);
    QList<std::pair<qint64, int>> remainders; // (remainder, score index)
    int given = 0;
    for (int i = 0; i < 10; ++i) {
        const qint64 scaled = qint64(frequencies[size_t(i)]) * total;
        counts[i] = int(scaled / sum);
        given += counts[i];
        remainders.append({scaled % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; given < total; ++i, ++given)
        counts[remainders[i % 10].second] += 1;
    return counts;
}

int blanksFor(int answeredInSeed, int postcards)
{
    return int(std::lround(double(kSeedPostcards - answeredInSeed) * postcards / kSeedPostcards));
}

QDateTime at(const QDate &day, int minutesAfterMidnight)
{
    return QDateTime(day, QTime(0, 0).addSecs(qint64(minutesAfterMidnight) * 60));
}

template<typename T>
Status save(Store &store, T &item)
{
    Repository<T> repository(store);
    auto id = repository.create(item);
    if (!id)
        return id.error();
    return ok();
}

} // namespace

DemoBuilder::DemoBuilder(Store &store, const DemoNeighbourhood::Options &options, const InstrumentCatalogue &catalogue)
    : m_store(store),
      m_options(options),
      m_catalogue(catalogue),
      m_today(options.today.isValid() ? options.today : QDate::currentDate()),
      m_random(options.seed),
      m_people(m_random, m_samples),
      m_notes(m_random, m_samples)
{
}

Result<DemoNeighbourhood::Summary> DemoBuilder::run()
{
    if (m_options.practitioners < 1)
        return Error{QStringLiteral("practitioners"), QStringLiteral("a demo neighbourhood needs at least one")};
    for (auto step :
         {&DemoBuilder::createTeam, &DemoBuilder::createStaff, &DemoBuilder::createPeople, &DemoBuilder::createVisits,
          &DemoBuilder::createGoals, &DemoBuilder::createPostcards, &DemoBuilder::createEvaluation}) {
        if (Status s = (this->*step)(); !s)
            return s.error();
    }
    m_summary.plaintextSamples = m_samples.toList();
    return m_summary;
}

DemoNeighbourhood::Roster DemoBuilder::drawRoster(DemoPeopleBank &people, const DemoNeighbourhood::Options &options)
{
    DemoNeighbourhood::Roster roster;
    roster.teamName = QStringLiteral("Demo Kirkholme and Aire Bank Neighbourhood Team");
    roster.teamArea = QStringLiteral("A fictitious Leeds-like neighbourhood for demonstrations: no real people.");
    for (int i = 0; i < options.practitioners; ++i)
        roster.staff.append({QStringLiteral("demo.practitioner%1").arg(i + 1), people.staffName().full(),
                             QStringLiteral("practitioner"), professions().at(i % professions().size())});
    for (int i = 0; i < options.peerEvaluators; ++i)
        roster.staff.append({QStringLiteral("demo.evaluator%1").arg(i + 1), people.staffName().full(),
                             QStringLiteral("peer-evaluator"), QString()});
    roster.staff.append({QStringLiteral("demo.lead"), people.staffName().full(), QStringLiteral("team-lead"),
                         QStringLiteral("social-worker")});
    return roster;
}

Status DemoBuilder::createTeam()
{
    if (!m_options.teamId.isEmpty()) {
        m_summary.teamId = m_options.teamId; // made by the server's admin
        return ok();
    }
    const DemoNeighbourhood::Roster roster = DemoNeighbourhood::roster(m_options);
    Team team;
    team.name = roster.teamName;
    team.area = roster.teamArea;
    if (Status s = save(m_store, team); !s)
        return s;
    m_summary.teamId = team.id;
    return ok();
}

Status DemoBuilder::createStaff()
{
    // Drawn either way, so that the people after them come out the same.
    const DemoNeighbourhood::Roster roster = drawRoster(m_people, m_options);
    const bool existing = !m_options.teamId.isEmpty();
    if (existing
        && (m_options.practitionerIds.size() != m_options.practitioners
            || m_options.peerEvaluatorIds.size() != m_options.peerEvaluators))
        return Error{QStringLiteral("practitionerIds"),
                     QStringLiteral("with an existing team, give one id per practitioner and per peer evaluator")};
    int practitioner = 0;
    int evaluator = 0;
    for (const DemoNeighbourhood::StaffMember &member : roster.staff) {
        User user;
        user.userName = member.userName;
        user.displayName = member.displayName;
        user.role = member.role;
        user.profession = member.profession;
        user.teamId = m_summary.teamId;
        const bool isPractitioner = member.role == QLatin1String("practitioner");
        const bool isEvaluator = member.role == QLatin1String("peer-evaluator");
        if (existing) {
            if (isPractitioner)
                user.id = m_options.practitionerIds.at(practitioner);
            else if (isEvaluator)
                user.id = m_options.peerEvaluatorIds.at(evaluator);
        } else if (Status s = save(m_store, user); !s) {
            return s;
        }
        if (isPractitioner) {
            m_practitioners.append({user.id, user.profession});
            m_summary.practitionerIds.append(user.id);
            ++practitioner;
        } else if (isEvaluator) {
            m_evaluators.append(user.id);
            m_summary.peerEvaluatorIds.append(user.id);
            ++evaluator;
        }
    }
    return ok();
}

Status DemoBuilder::createPeople()
{
    for (int i = 0; i < m_options.people; ++i) {
        const DemoPeopleBank::Name name = m_people.personName();
        PersonInfo info;
        info.firstName = name.first;
        info.coordinator = i % int(m_practitioners.size());
        // Homes scattered over a few square kilometres, as a neighbourhood team's patch is.
        info.latitude = 53.79 + (m_random.below(8001) - 4000) / 100000.0;
        info.longitude = -1.55 + (m_random.below(12001) - 6000) / 100000.0;

        Person person;
        person.name = name.full();
        person.dateOfBirth = m_people.dateOfBirth(m_today);
        person.nhsNumber = m_people.nhsNumber();
        person.address = m_people.address();
        person.gpPractice = m_people.gpPractice();
        person.teamId = m_summary.teamId;
        person.communicationNeeds = m_people.communicationNeeds();
        person.whatMattersToMe = m_people.whatMattersToMe();
        person.coordinatorId = m_practitioners.at(info.coordinator).id;
        if (Status s = save(m_store, person); !s)
            return s;
        info.id = person.id;
        ++m_summary.people;

        // Most people have someone close by who helps; a few have two.
        const int carers = m_random.chance(0.7) ? (m_random.chance(0.2) ? 2 : 1) : 0;
        for (int c = 0; c < carers; ++c) {
            const DemoPeopleBank::Carer details = m_people.carerFor(name);
            Carer carer;
            carer.personId = person.id;
            carer.name = details.name.full();
            carer.relationship = details.relationship;
            carer.contact = m_people.telephone();
            carer.livesWithPerson = details.livesWithPerson;
            if (Status s = save(m_store, carer); !s)
                return s;
            ++m_summary.carers;
        }

        Consent consent;
        consent.personId = person.id;
        const bool given = m_random.chance(0.92);
        consent.decision = given ? QStringLiteral("given") : QStringLiteral("refused");
        consent.decidedOn = m_today.addDays(-m_random.between(7, 400));
        consent.scope = m_notes.consentScope(given);
        consent.recordedBy = person.coordinatorId;
        if (Status s = save(m_store, consent); !s)
            return s;
        ++m_summary.consents;

        m_persons.append(info);
    }
    return ok();
}

QString DemoBuilder::visitTypeFor(const QString &profession)
{
    static const QHash<QString, QStringList> types{
        {QStringLiteral("social-worker"),
         {QStringLiteral("review"), QStringLiteral("assessment"), QStringLiteral("social-care"),
          QStringLiteral("social-care"), QStringLiteral("carers-support")}},
        {QStringLiteral("district-nurse"),
         {QStringLiteral("nursing"), QStringLiteral("nursing"), QStringLiteral("nursing"), QStringLiteral("review")}},
        {QStringLiteral("community-matron"),
         {QStringLiteral("review"), QStringLiteral("review"), QStringLiteral("nursing"), QStringLiteral("assessment")}},
        {QStringLiteral("occupational-therapist"),
         {QStringLiteral("therapy"), QStringLiteral("therapy"), QStringLiteral("assessment")}},
        {QStringLiteral("physiotherapist"),
         {QStringLiteral("therapy"), QStringLiteral("therapy"), QStringLiteral("review")}},
        {QStringLiteral("reablement-worker"), {QStringLiteral("reablement")}},
        {QStringLiteral("carers-support-worker"), {QStringLiteral("carers-support"), QStringLiteral("review")}},
    };
    return m_random.pick(types.value(profession, {QStringLiteral("other")}));
}

int DemoBuilder::visitMinutes(const QString &visitType)
{
    static const QHash<QString, int> minutes{
        {QStringLiteral("nursing"), 25},     {QStringLiteral("assessment"), 60}, {QStringLiteral("review"), 40},
        {QStringLiteral("therapy"), 45},     {QStringLiteral("reablement"), 35}, {QStringLiteral("carers-support"), 55},
        {QStringLiteral("social-care"), 50}, {QStringLiteral("other"), 30},
    };
    return minutes.value(visitType, 30);
}

bool DemoBuilder::isHealthProfession(const QString &profession)
{
    return profession == QLatin1String("district-nurse") || profession == QLatin1String("community-matron")
        || profession == QLatin1String("occupational-therapist") || profession == QLatin1String("physiotherapist");
}

QString DemoBuilder::professionLabel(const QString &profession)
{
    QString label = profession;
    return label.replace(u'-', u' ');
}

Status DemoBuilder::createVisits()
{
    const int practitioners = int(m_practitioners.size());
    const int total = std::max(0, m_options.visits);
    if (total == 0 || m_persons.isEmpty())
        return ok();

    // Today: several visits for each practitioner; the rest over the past twelve weeks and the coming days.
    int perToday = std::min(5, total / (practitioners * 20));
    if (perToday == 0 && total >= practitioners)
        perToday = 1;
    const int todayCount = perToday * practitioners;
    const int futureCount = (total - todayCount) * 14 / 100;
    QList<QDate> pastDays;
    QList<QDate> futureDays;
    for (int d = 84; d >= 1; --d) {
        const QDate day = m_today.addDays(-d);
        if (day.dayOfWeek() <= 5)
            pastDays.append(day);
    }
    for (int d = 1; d <= 12; ++d) {
        const QDate day = m_today.addDays(d);
        if (day.dayOfWeek() <= 5)
            futureDays.append(day);
    }

    struct Planned
    {
        int practitioner;
        QDate day;
        int person = 0;
        int minutes = 0; // planned start, minutes after midnight
    };
    QList<Planned> planned;
    planned.reserve(total);
    for (int i = 0; i < total; ++i) {
        const int practitioner = i % practitioners;
        QDate day;
        if (i < todayCount)
            day = m_today;
        else if (i < todayCount + futureCount)
            day = m_random.pick(futureDays);
        else
            day = m_random.pick(pastDays);
        planned.append({practitioner, day});
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.day != b.day ? a.day < b.day : a.practitioner < b.practitioner;
    });

    // Each practitioner's day runs from 09:00 to 17:00, visits in order, people mostly from their own caseload.
    QList<QList<int>> caseloads(practitioners);
    for (int p = 0; p < m_persons.size(); ++p)
        caseloads[m_persons[p].coordinator].append(p);
    for (qsizetype start = 0; start < planned.size();) {
        qsizetype end = start;
        while (end < planned.size() && planned[end].day == planned[start].day
               && planned[end].practitioner == planned[start].practitioner)
            ++end;
        const int n = int(end - start);
        const int spacing = 480 / n;
        QSet<int> seenToday;
        for (int k = 0; k < n; ++k) {
            Planned &visit = planned[start + k];
            const int jitter = m_random.below(std::max(1, std::min(20, spacing / 4)));
            visit.minutes = (9 * 60 + k * spacing + jitter) / 5 * 5;
            const QList<int> &own = caseloads[visit.practitioner];
            for (int attempt = 0; attempt < 5; ++attempt) {
                visit.person = (!own.isEmpty() && m_random.chance(0.75)) ? m_random.pick(own)
                                                                         : m_random.below(int(m_persons.size()));
                if (!seenToday.contains(visit.person))
                    break;
            }
            seenToday.insert(visit.person);
        }
        start = end;
    }

    for (const Planned &p : planned) {
        const Staff &staff = m_practitioners.at(p.practitioner);
        PersonInfo &person = m_persons[p.person];
        Visit visit;
        visit.personId = person.id;
        visit.practitionerId = staff.id;
        visit.plannedAt = at(p.day, p.minutes);
        visit.visitType = visitTypeFor(staff.profession);
        visit.coordinatorId = m_practitioners.at(person.coordinator).id;
        if (p.day < m_today) {
            if (m_random.chance(0.03)) {
                visit.notes = m_notes.noAccessNotes(person.firstName);
            } else {
                visit.checkedInAt = visit.plannedAt.addSecs(60 * qint64(m_random.between(-10, 25)));
                const int minutes = visitMinutes(visit.visitType) + m_random.between(-10, 25);
                visit.checkedOutAt = visit.checkedInAt.addSecs(60 * qint64(minutes));
                visit.notes = m_notes.visitNotes(visit.visitType, person.firstName);
                if (m_random.chance(0.85))
                    visit.nextSteps = m_notes.nextSteps(visit.visitType, person.firstName);
                // A location fix only when the practitioner chose to record one.
                if (m_random.chance(0.55)) {
                    visit.latitude = person.latitude + (m_random.below(61) - 30) / 100000.0;
                    visit.longitude = person.longitude + (m_random.below(61) - 30) / 100000.0;
                    visit.locationAccuracy = 4 + m_random.below(31);
                    visit.locationAt = visit.checkedInAt.addSecs(60);
                }
                if (p.day >= m_today.addDays(-182))
                    person.professionsSeen.insert(staff.profession);
            }
        }
        if (Status s = save(m_store, visit); !s)
            return s;
        ++m_summary.visits;
        if (p.day == m_today)
            ++m_summary.visitsToday;
    }
    return ok();
}

Status DemoBuilder::createGoals()
{
    const QList<DemoNoteBank::GoalIdea> &ideas = DemoNoteBank::goalIdeas();
    for (const PersonInfo &person : std::as_const(m_persons)) {
        const int roll = m_random.below(10);
        const int count = roll < 2 ? 0 : roll < 6 ? 1 : roll < 9 ? 2 : 3;
        QSet<int> chosen;
        for (int g = 0; g < count; ++g) {
            int idea = m_random.below(int(ideas.size()));
            while (chosen.contains(idea))
                idea = (idea + 1) % int(ideas.size());
            chosen.insert(idea);

            // The goal was agreed some weeks ago and reviewed every two to four weeks since.
            const QDate agreedOn = m_today.addDays(-m_random.between(14, 120));
            const int baseline = m_random.between(1, 6);
            QList<std::pair<QDate, int>> reviews;
            int rating = baseline;
            for (QDate on = agreedOn.addDays(m_random.between(14, 28)); on < m_today && reviews.size() < 4;
                 on = on.addDays(m_random.between(14, 28))) {
                static const int steps[] = {-1, 0, 0, 1, 1, 1, 2, 2};
                rating = std::clamp(rating + steps[m_random.below(8)], 1, 10);
                reviews.append({on, rating});
            }
            Goal goal;
            // A goal's id carries when it was recorded, and the trend chart puts the baseline there.
            goal.id = Uuid::createV7(QDateTime(agreedOn, QTime(10, 0)).toMSecsSinceEpoch());
            goal.personId = person.id;
            goal.words = ideas[idea].words;
            m_notes.noteGoal(ideas[idea]);
            for (const QString &statementId : ideas[idea].statementIds) {
                if (m_catalogue.hasStatement(statementId))
                    goal.statementIds.append(statementId);
            }
            goal.baselineRating = baseline;
            goal.targetDate = agreedOn.addDays(m_random.between(42, 120));
            const bool achieved = !reviews.isEmpty() && reviews.last().second >= 8 && m_random.chance(0.6);
            goal.status = achieved ? QStringLiteral("achieved")
                                   : (m_random.chance(0.06) ? QStringLiteral("stopped") : QStringLiteral("active"));
            goal.createdBy = m_practitioners.at(person.coordinator).id;
            if (Status s = save(m_store, goal); !s)
                return s;
            ++m_summary.goals;

            int previous = baseline;
            for (qsizetype r = 0; r < reviews.size(); ++r) {
                GoalReview review;
                review.goalId = goal.id;
                review.reviewedOn = reviews[r].first;
                review.rating = reviews[r].second;
                review.comment = m_notes.reviewComment(previous, review.rating, achieved && r == reviews.size() - 1);
                review.reviewedBy = m_random.chance(0.8) ? goal.createdBy : m_random.pick(m_practitioners).id;
                previous = review.rating;
                if (Status s = save(m_store, review); !s)
                    return s;
                ++m_summary.goalReviews;
            }
        }
    }
    return ok();
}

Status DemoBuilder::createPostcards()
{
    const int n = std::max(0, m_options.postcards);
    if (n == 0)
        return ok();
    const int blanks1 = std::min(n, blanksFor(155, n));
    const int blanks2 = std::min(n, blanksFor(153, n));

    // Which cards leave a question blank: never both on one card while there are cards enough.
    QList<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    m_random.shuffle(order);
    QList<int> q1(n, -1);
    QList<int> q2(n, -1);
    for (int i = 0; i < blanks1; ++i)
        q1[order[i]] = 0;
    for (int i = 0; i < blanks2; ++i)
        q2[order[(blanks1 + i) % n]] = 0;

    // Each card has a latent view of services; both answers follow it loosely, so the two questions
    // correlate as real answers do, while each keeps the seed's frequencies exactly.
    QList<int> latent(n);
    for (int i = 0; i < n; ++i)
        latent[i] = m_random.below(1000);
    auto assign = [&](QList<int> &answers, const std::array<int, 10> &frequencies) {
        QList<std::pair<int, int>> ranked; // (latent + noise, card)
        for (int i = 0; i < n; ++i) {
            if (answers[i] != 0)
                ranked.append({latent[i] + m_random.below(400), i});
        }
        std::stable_sort(ranked.begin(), ranked.end());
        const QList<int> counts = apportion(frequencies, int(ranked.size()));
        qsizetype next = 0;
        for (int score = 1; score <= 10; ++score) {
            for (int c = 0; c < counts[score - 1]; ++c)
                answers[ranked[next++].second] = score;
        }
    };
    assign(q1, kQ1Frequencies);
    assign(q2, kQ2Frequencies);

    for (int i = 0; i < n; ++i) {
        Postcard card;
        card.teamId = m_summary.teamId;
        card.collectedOn = m_today.addDays(-m_random.between(1, 180));
        card.q1 = q1[i];
        card.q2 = q2[i];
        const int answered = (card.q1 > 0 ? 1 : 0) + (card.q2 > 0 ? 1 : 0);
        const double mean = answered ? double(card.q1 + card.q2) / answered : 0;
        const DemoNoteBank::Suggestion suggestion = m_notes.suggestion(mean, answered == 0);
        card.suggestion = suggestion.text;
        // Most comments have been read and tagged at base; some are still waiting.
        if (m_random.chance(0.85)) {
            for (const QString &theme : suggestion.themeIds) {
                if (m_catalogue.hasTheme(theme))
                    card.themeIds.append(theme);
            }
        }
        const int method = m_random.below(100);
        if (method < 45) {
            card.collectionMethod = QStringLiteral("self");
        } else if (method < 70) {
            card.collectionMethod = QStringLiteral("practitioner");
            card.collectedBy = m_random.pick(m_practitioners).id;
        } else if (method < 85 && !m_evaluators.isEmpty()) {
            card.collectionMethod = QStringLiteral("peer-evaluator");
            card.collectedBy = m_random.pick(m_evaluators);
        } else {
            card.collectionMethod = QStringLiteral("group-session");
        }
        if (card.collectionMethod != QLatin1String("group-session") && !m_persons.isEmpty() && m_random.chance(0.6))
            card.personId = m_random.pick(m_persons).id;
        if (Status s = save(m_store, card); !s)
            return s;
        ++m_summary.postcards;
    }
    return ok();
}

Status DemoBuilder::createEvaluation()
{
    if (m_evaluators.isEmpty() || m_persons.isEmpty())
        return ok();
    EvaluationRound round;
    round.teamId = m_summary.teamId;
    round.title = QStringLiteral("Demo peer evaluation round");
    round.startsOn = m_today.addDays(-35);
    round.endsOn = m_today.addDays(21);
    round.evaluatorIds = m_evaluators;
    if (Status s = save(m_store, round); !s)
        return s;

    // The team lists people who used both health and social care in the last six months.
    QList<int> eligible;
    for (int p = 0; p < m_persons.size(); ++p) {
        const QSet<QString> &seen = m_persons[p].professionsSeen;
        const bool health = std::any_of(seen.begin(), seen.end(), isHealthProfession);
        const bool social
            = std::any_of(seen.begin(), seen.end(), [](const QString &x) { return !isHealthProfession(x); });
        if (health && social)
            eligible.append(p);
    }
    m_random.shuffle(eligible);
    eligible = eligible.mid(0, 12);

    QList<QString> statements;
    for (const OutcomeCell &cell : m_catalogue.serviceUserOutcomeRow().cells) {
        for (const OutcomeStatement &statement : cell.statements)
            statements.append(statement.id);
    }
    // Every consent state, whatever the size: the last sixth not asked yet, one who withdrew (or said
    // no), the rest agreed; two thirds of those interviewed so far. Twelve people: 9, 1 and 2; 6 interviewed.
    const int listed = int(eligible.size());
    const int notAsked = listed >= 2 ? std::max(1, listed / 6) : 0;
    const int withdrawn = listed >= 3 ? 1 : 0;
    const int agreed = listed - notAsked - withdrawn;
    const int toInterview = agreed - agreed / 3;
    int interviews = 0;
    for (qsizetype i = 0; i < eligible.size(); ++i) {
        const PersonInfo &person = m_persons[eligible[i]];
        QStringList seen(person.professionsSeen.begin(), person.professionsSeen.end());
        std::sort(seen.begin(), seen.end()); // QSet order is not stable across runs
        Interviewee interviewee;
        interviewee.roundId = round.id;
        interviewee.personId = person.id;
        interviewee.eligibility = m_notes.eligibility(professionLabel(seen.value(0)), professionLabel(seen.value(1)));
        interviewee.consent = i < agreed ? QStringLiteral("given")
            : i < agreed + withdrawn     ? QStringLiteral("withdrawn")
                                         : QStringLiteral("not-asked");
        if (interviewee.consent != QLatin1String("not-asked"))
            interviewee.consentChangedOn = std::min(m_today, round.startsOn.addDays(m_random.between(0, 20)));
        if (Status s = save(m_store, interviewee); !s)
            return s;
        if (interviewee.consent != QLatin1String("given") || interviews >= toInterview)
            continue;

        Interview interview;
        interview.roundId = round.id;
        interview.intervieweeId = interviewee.id;
        interview.evaluatorId = m_evaluators.at(interviews % m_evaluators.size());
        interview.interviewedOn = std::min(m_today, interviewee.consentChangedOn.addDays(m_random.between(0, 7)));
        // Agreement leans positive, as the seed's interviews did, with some clear dissent.
        static const int weights[] = {20, 35, 20, 15, 10};
        for (const QString &statementId : std::as_const(statements)) {
            int roll = m_random.below(100);
            int level = 0;
            while (roll >= weights[level]) {
                roll -= weights[level];
                ++level;
            }
            QJsonObject answer{{QStringLiteral("statementId"), statementId},
                               {QStringLiteral("agreement"), Validators::agreeScale().at(level)}};
            if (m_random.chance(0.3))
                answer.insert(QStringLiteral("comment"), m_notes.interviewComment());
            interview.answers.append(answer);
        }
        if (Status s = save(m_store, interview); !s)
            return s;
        ++interviews;
    }
    return ok();
}

} // namespace doorstep

#include "carer.h"
#include "consent.h"
#include "demo/demoneighbourhood.h"
#include "evaluationround.h"
#include "goal.h"
#include "goalreview.h"
#include "instruments/instrumentcatalogue.h"
#include "interview.h"
#include "interviewee.h"
#include "nhsnumber.h"
#include "outbox.h"
#include "person.h"
#include "postcard.h"
#include "repository.h"
#include "store.h"
#include "team.h"
#include "user.h"
#include "validators.h"
#include "visit.h"

#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace doorstep;

// What the demo neighbourhood contains: the shape the brief asks for, built on the shipped instruments,
// and the same neighbourhood for the same seed.
class TestDemoNeighbourhood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultNeighbourhood();
    void sameSeedSameNeighbourhood();
    void lockedStoreIsRefused();

private:
    std::unique_ptr<Store> openStore(const QString &directory);
    template<typename T>
    QList<T> all(Store &store)
    {
        auto items = Repository<T>(store).list();
        if (!items.ok())
            qWarning("list failed: %s", qPrintable(items.error().message()));
        return items.ok() ? items.value() : QList<T>();
    }
};

void TestDemoNeighbourhood::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Store> TestDemoNeighbourhood::openStore(const QString &directory)
{
    Store::Options options;
    options.directory = directory;
    options.cost = KeyVault::testCost();
    auto opened = Store::open(options);
    if (!opened.ok() || !(*opened)->createKey(QStringLiteral("135790")).ok())
        return nullptr;
    return std::move(opened).value();
}

void TestDemoNeighbourhood::defaultNeighbourhood()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openStore(dir.path());
    QVERIFY(store);
    DemoNeighbourhood::Options options;
    options.today = QDate::currentDate();
    auto generated = DemoNeighbourhood::generate(*store, options);
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message()));
    const DemoNeighbourhood::Summary &summary = *generated;
    auto catalogue = InstrumentCatalogue::load(InstrumentCatalogue::resourceDirectory());
    QVERIFY(catalogue.ok());

    // The team and its staff.
    const auto teams = all<Team>(*store);
    QCOMPARE(teams.size(), 1);
    QVERIFY(teams.first().name.contains(QLatin1String("Demo")));
    QCOMPARE(teams.first().id, summary.teamId);
    const auto users = all<User>(*store);
    QSet<QString> professions;
    QHash<QString, QString> roles;
    for (const User &u : users) {
        roles.insert(u.id, u.role);
        if (u.role == QLatin1String("practitioner"))
            professions.insert(u.profession);
    }
    QCOMPARE(summary.practitionerIds.size(), 3);
    QCOMPARE(summary.peerEvaluatorIds.size(), 1);
    for (const QString &id : summary.practitionerIds)
        QCOMPARE(roles.value(id), QStringLiteral("practitioner"));
    QCOMPARE(roles.value(summary.peerEvaluatorIds.first()), QStringLiteral("peer-evaluator"));
    QCOMPARE(professions.size(), 3);

    // People: older adults with NHS numbers from the 999 test range, each valid and each different.
    const auto people = all<Person>(*store);
    QCOMPARE(people.size(), 150);
    QSet<QString> numbers;
    QSet<QString> names;
    QHash<QString, Person> personById;
    for (const Person &p : people) {
        QVERIFY2(NhsNumber::isValid(p.nhsNumber), qPrintable(p.nhsNumber));
        QVERIFY(p.nhsNumber.startsWith(QLatin1String("999")));
        numbers.insert(p.nhsNumber);
        names.insert(p.name);
        QVERIFY(p.dateOfBirth.addYears(65) < options.today);
        QVERIFY(!p.address.isEmpty());
        QVERIFY(!p.gpPractice.isEmpty());
        QVERIFY(!p.whatMattersToMe.isEmpty());
        QVERIFY(summary.practitionerIds.contains(p.coordinatorId));
        QCOMPARE(p.teamId, summary.teamId);
        personById.insert(p.id, p);
    }
    QCOMPARE(numbers.size(), 150);
    QCOMPARE(names.size(), 150);

    // Carers for many, and one information-sharing decision each, mostly given.
    const auto carers = all<Carer>(*store);
    QSet<QString> withCarers;
    for (const Carer &c : carers)
        withCarers.insert(c.personId);
    QCOMPARE(carers.size(), summary.carers);
    QVERIFY(withCarers.size() >= 75);
    const auto consents = all<Consent>(*store);
    QCOMPARE(consents.size(), 150);
    QSet<QString> consented;
    int given = 0;
    for (const Consent &c : consents) {
        consented.insert(c.personId);
        given += c.decision == QLatin1String("given") ? 1 : 0;
    }
    QCOMPARE(consented.size(), 150);
    QVERIFY(given > 120 && given < 150);

    // Visits: past ones recorded, today's planned in order for every practitioner, the coming days planned.
    const auto visits = all<Visit>(*store);
    QCOMPARE(visits.size(), 1000);
    QHash<QString, QList<QDateTime>> today;
    int past = 0, recorded = 0, future = 0;
    for (const Visit &v : visits) {
        QVERIFY(personById.contains(v.personId));
        QVERIFY(summary.practitionerIds.contains(v.practitionerId));
        const QDateTime planned = v.plannedAt.toLocalTime();
        QVERIFY(planned.time() >= QTime(9, 0) && planned.time() <= QTime(17, 0));
        if (planned.date() < options.today) {
            ++past;
            if (v.checkedInAt.isValid()) {
                ++recorded;
                QVERIFY(v.checkedOutAt > v.checkedInAt);
                QVERIFY(v.notes.size() > 80);
            }
            QVERIFY(!v.notes.isEmpty());
        } else {
            QVERIFY(!v.checkedInAt.isValid());
            if (planned.date() == options.today)
                today[v.practitionerId].append(planned);
            else
                ++future;
        }
    }
    QVERIFY(past > 700);
    QVERIFY(recorded > past * 9 / 10);
    QVERIFY(future > 50);
    int todayTotal = 0;
    for (const QString &id : summary.practitionerIds) {
        QList<QDateTime> times = today.value(id);
        QVERIFY(times.size() >= 3);
        std::sort(times.begin(), times.end());
        QVERIFY(std::adjacent_find(times.begin(), times.end()) == times.end()); // no two at once
        todayTotal += int(times.size());
    }
    QCOMPARE(summary.visitsToday, todayTotal);

    // Goals in people's own words, linked to I statements the catalogue has; reviews after the fact.
    const auto goals = all<Goal>(*store);
    QCOMPARE(goals.size(), summary.goals);
    QVERIFY(goals.size() >= 150);
    QSet<QString> goalIds;
    for (const Goal &g : goals) {
        QVERIFY(g.words.contains(QLatin1String("I ")) || g.words.contains(QLatin1String("I'")));
        QVERIFY(!g.statementIds.isEmpty());
        for (const QString &id : g.statementIds)
            QVERIFY2(catalogue->hasStatement(id), qPrintable(id));
        QVERIFY(g.baselineRating >= 1 && g.baselineRating <= 10);
        goalIds.insert(g.id);
    }
    const auto reviews = all<GoalReview>(*store);
    QCOMPARE(reviews.size(), summary.goalReviews);
    QVERIFY(reviews.size() >= 100);
    for (const GoalReview &r : reviews) {
        QVERIFY(goalIds.contains(r.goalId));
        QVERIFY(r.reviewedOn < options.today);
    }

    // Postcards carry theme tags from the catalogue only.
    const auto postcards = all<Postcard>(*store);
    int tagged = 0, suggestions = 0;
    for (const Postcard &p : postcards) {
        for (const QString &theme : p.themeIds)
            QVERIFY2(catalogue->hasTheme(theme), qPrintable(theme));
        tagged += p.themeIds.isEmpty() ? 0 : 1;
        suggestions += p.suggestion.isEmpty() ? 0 : 1;
    }
    QVERIFY(tagged > 20);
    QVERIFY(suggestions > 100);

    // One peer evaluation round for the team, run by the peer evaluator, under way today.
    const auto rounds = all<EvaluationRound>(*store);
    QCOMPARE(rounds.size(), 1);
    QCOMPARE(rounds.first().teamId, summary.teamId);
    QCOMPARE(rounds.first().evaluatorIds, summary.peerEvaluatorIds);
    QVERIFY(rounds.first().startsOn <= options.today && options.today <= rounds.first().endsOn);
    // Twelve people the team listed: each had both health and social care visits in the last six
    // months, and between them every consent state.
    const auto interviewees = all<Interviewee>(*store);
    QCOMPARE(interviewees.size(), 12);
    QHash<QString, QString> professionOf;
    for (const User &u : users)
        professionOf.insert(u.id, u.profession);
    const QSet<QString> health{QStringLiteral("district-nurse"), QStringLiteral("community-matron"),
                               QStringLiteral("occupational-therapist"), QStringLiteral("physiotherapist")};
    QHash<QString, QString> consentOf;
    QHash<QString, int> consentStates;
    for (const Interviewee &i : interviewees) {
        QCOMPARE(i.roundId, rounds.first().id);
        QVERIFY(personById.contains(i.personId));
        QVERIFY(!i.eligibility.isEmpty());
        bool sawHealth = false, sawSocial = false;
        for (const Visit &v : visits) {
            if (v.personId != i.personId || !v.checkedInAt.isValid()
                || v.checkedInAt.date() < options.today.addMonths(-6))
                continue;
            const bool isHealth = health.contains(professionOf.value(v.practitionerId));
            sawHealth = sawHealth || isHealth;
            sawSocial = sawSocial || !isHealth;
        }
        QVERIFY(sawHealth && sawSocial);
        consentOf.insert(i.id, i.consent);
        consentStates[i.consent] += 1;
        QCOMPARE(i.consentChangedOn.isValid(), i.consent != QLatin1String("not-asked"));
    }
    QCOMPARE(consentStates.value(QStringLiteral("given")), 9);
    QCOMPARE(consentStates.value(QStringLiteral("withdrawn")), 1);
    QCOMPARE(consentStates.value(QStringLiteral("not-asked")), 2);
    // Interviews on the service-user outcome statements, only with people who agreed.
    const auto interviews = all<Interview>(*store);
    QCOMPARE(interviews.size(), 6);
    for (const Interview &interview : interviews) {
        QCOMPARE(consentOf.value(interview.intervieweeId), QStringLiteral("given"));
        QVERIFY(summary.peerEvaluatorIds.contains(interview.evaluatorId));
        QVERIFY(!interview.answers.isEmpty());
        for (const QJsonValue &answer : interview.answers) {
            const QJsonObject a = answer.toObject();
            QVERIFY(catalogue->isServiceUserOutcomeStatement(a.value(QStringLiteral("statementId")).toString()));
            QVERIFY(Validators::agreeScale().contains(a.value(QStringLiteral("agreement")).toString()));
        }
    }

    // Everything went through the write path: one outbox entry per record created.
    const qint64 records = teams.size() + users.size() + people.size() + carers.size() + consents.size() + visits.size()
        + goals.size() + reviews.size() + postcards.size() + rounds.size() + interviewees.size() + interviews.size();
    QCOMPARE(store->outbox().count(), records);
}

void TestDemoNeighbourhood::sameSeedSameNeighbourhood()
{
    DemoNeighbourhood::Options options;
    options.seed = 77;
    options.today = QDate::currentDate();
    options.people = 20;
    options.visits = 120;
    options.postcards = 30;
    auto generate = [&](quint32 seed, QStringList *names) -> QStringList {
        QTemporaryDir dir;
        auto store = openStore(dir.path());
        if (!store)
            return {};
        DemoNeighbourhood::Options o = options;
        o.seed = seed;
        auto summary = DemoNeighbourhood::generate(*store, o);
        if (!summary.ok())
            return {};
        for (const Person &p : all<Person>(*store))
            names->append(p.name + u'|' + p.nhsNumber + u'|' + p.dateOfBirth.toString(Qt::ISODate));
        for (const Visit &v : all<Visit>(*store))
            names->append(v.plannedAt.toString(Qt::ISODate) + u'|' + v.notes);
        // Ids are made from the clock and chance, so records are compared by content, not list order.
        names->sort();
        return summary->plaintextSamples;
    };
    QStringList first, second, other;
    const QStringList a = generate(77, &first);
    const QStringList b = generate(77, &second);
    const QStringList c = generate(78, &other);
    QVERIFY(!a.isEmpty());
    QCOMPARE(first.size(), 20 + 120);
    QCOMPARE(a, b);
    QCOMPARE(first, second);
    QVERIFY(a != c);
    QVERIFY(first != other);
}

void TestDemoNeighbourhood::lockedStoreIsRefused()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    store->lock();
    auto generated = DemoNeighbourhood::generate(*store);
    QVERIFY(!generated.ok());
    QCOMPARE(store->outbox().count(), 0);
}

QTEST_GUILESS_MAIN(TestDemoNeighbourhood)
#include "tst_demoneighbourhood.moc"

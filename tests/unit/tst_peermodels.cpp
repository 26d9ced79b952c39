// RoundListModel and IntervieweeListModel on a real demo store, as the peer evaluator and as a
// practitioner: the model contract (QAbstractItemModelTester), what the rows say, names only where
// the tablet holds people's records, a reload after an edit, and nothing left after a lock.
#include "evaluationround.h"
#include "interview.h"
#include "interviewee.h"
#include "intervieweelistmodel.h"
#include "peerfixture.h"
#include "person.h"
#include "roundlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;

namespace {
QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}
} // namespace

class TestPeerModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void roundsPassTheModelTester();
    void roundsOfTheTeamWithTheirProgress();
    void roundsRolesStartAfterUserRole();
    void intervieweesPassTheModelTester();
    void intervieweesSayWhoWhyAndConsent();
    void peerEvaluatorSeesNoNamesWithoutRecords();
    void intervieweesReloadAfterAnEdit();
    void lockEmptiesBoth();

private:
    QString demoRoundId();
    std::unique_ptr<PeerFixture> m_fixture;
};

void TestPeerModels::init()
{
    m_fixture = std::make_unique<PeerFixture>();
    QVERIFY2(m_fixture->open(PeerFixture::As::PeerEvaluator), qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->session->isPeerEvaluator());
}

QString TestPeerModels::demoRoundId()
{
    auto rounds = Repository<EvaluationRound>(m_fixture->store()).list();
    return rounds && !rounds->isEmpty() ? rounds->first().id : QString();
}

void TestPeerModels::roundsPassTheModelTester()
{
    RoundListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture->session.get());
    QVERIFY(model.rowCount() > 0);
    model.reload();
    QVERIFY(model.error().isEmpty());
    m_fixture->session->lock();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_fixture->session->unlock(DemoSetup::pin()));
    QVERIFY(model.rowCount() > 0);
}

void TestPeerModels::roundsOfTheTeamWithTheirProgress()
{
    Session &session = *m_fixture->session;
    // A second round, of another team: not this neighbourhood's, so not listed.
    EvaluationRound elsewhere;
    elsewhere.teamId = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
    elsewhere.title = QStringLiteral("Another neighbourhood's round");
    elsewhere.startsOn = QDate::currentDate().addDays(-3);
    elsewhere.endsOn = QDate::currentDate().addDays(30);
    QVERIFY(Repository<EvaluationRound>(m_fixture->store()).create(elsewhere));
    // And an earlier one of this team, listed after the current one.
    EvaluationRound earlier;
    earlier.teamId = session.teamId();
    earlier.title = QStringLiteral("Last year's round");
    earlier.startsOn = QDate::currentDate().addYears(-1);
    earlier.endsOn = earlier.startsOn.addDays(40);
    QVERIFY(Repository<EvaluationRound>(m_fixture->store()).create(earlier));

    RoundListModel model;
    model.setSession(&session);
    QCOMPARE(model.rowCount(), 2);
    const QString demoId = demoRoundId();
    QCOMPARE(model.roundIdAt(0), demoId);
    QCOMPARE(model.titleAt(1), QStringLiteral("Last year's round"));
    QVERIFY(roleOf(model, 0, RoundListModel::CurrentRole).toBool());
    QVERIFY(!roleOf(model, 1, RoundListModel::CurrentRole).toBool());
    QVERIFY(roleOf(model, 0, RoundListModel::MineRole).toBool()); // the demo's evaluator runs it
    QVERIFY(!roleOf(model, 0, RoundListModel::EvaluatorsTextRole).toString().isEmpty());
    QVERIFY(roleOf(model, 0, RoundListModel::DatesTextRole).toString().contains(QStringLiteral(" to ")));

    // The counts agree with the records.
    auto interviewees = Repository<Interviewee>(m_fixture->store()).listWhere(QStringLiteral("roundId"), demoId);
    QVERIFY(interviewees);
    int consented = 0;
    for (const Interviewee &i : *interviewees)
        consented += i.consent == QLatin1String("given") ? 1 : 0;
    QCOMPARE(roleOf(model, 0, RoundListModel::IntervieweeCountRole).toInt(), interviewees->size());
    QCOMPARE(roleOf(model, 0, RoundListModel::ConsentedCountRole).toInt(), consented);
    const int interviewed = roleOf(model, 0, RoundListModel::InterviewedCountRole).toInt();
    QVERIFY(interviewed > 0 && interviewed <= consented);
    QVERIFY(roleOf(model, 0, RoundListModel::ProgressTextRole)
                .toString()
                .contains(QStringLiteral("%1 interviewed").arg(interviewed)));
}

void TestPeerModels::roundsRolesStartAfterUserRole()
{
    RoundListModel rounds;
    IntervieweeListModel interviewees;
    for (const QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(&rounds), static_cast<QAbstractItemModel *>(&interviewees)}) {
        const auto roles = model->roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            QVERIFY2(it.key() > Qt::UserRole, it.value().constData());
    }
}

void TestPeerModels::intervieweesPassTheModelTester()
{
    IntervieweeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture->session.get());
    QCOMPARE(model.rowCount(), 0); // no round chosen yet
    model.setRoundId(demoRoundId());
    QVERIFY(model.rowCount() > 0);
    model.setRoundId(QString());
    QCOMPARE(model.rowCount(), 0);
    model.setRoundId(demoRoundId());
    model.reload();
    QVERIFY(model.rowCount() > 0);
    m_fixture->session->lock();
    QCOMPARE(model.rowCount(), 0);
}

void TestPeerModels::intervieweesSayWhoWhyAndConsent()
{
    // On a practitioner's tablet the people's records are there, so the names are.
    QVERIFY(m_fixture->open(PeerFixture::As::Practitioner));
    IntervieweeListModel model;
    model.setSession(m_fixture->session.get());
    model.setRoundId(demoRoundId());
    QVERIFY(model.rowCount() >= 10);
    QSet<QString> states;
    QString previousName;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(roleOf(model, row, IntervieweeListModel::NameKnownRole).toBool());
        const QString personId = roleOf(model, row, IntervieweeListModel::PersonIdRole).toString();
        auto person = Repository<Person>(m_fixture->store()).get(personId);
        QVERIFY(person);
        const QString name = roleOf(model, row, IntervieweeListModel::NameRole).toString();
        QCOMPARE(name, person->name);
        QCOMPARE(roleOf(model, row, IntervieweeListModel::AddressRole).toString(), person->address);
        QVERIFY(collator.compare(previousName, name) <= 0); // in name order
        previousName = name;
        QVERIFY(roleOf(model, row, IntervieweeListModel::EligibilityRole)
                    .toString()
                    .contains(QStringLiteral("health and social care")));
        const QString consent = roleOf(model, row, IntervieweeListModel::ConsentRole).toString();
        states.insert(consent);
        const QString text = roleOf(model, row, IntervieweeListModel::ConsentTextRole).toString();
        QVERIFY(!text.isEmpty());
        if (consent != QLatin1String("given"))
            QVERIFY(!roleOf(model, row, IntervieweeListModel::InterviewedRole).toBool());
        QCOMPARE(model.rowOf(model.intervieweeIdAt(row)), row);
    }
    // The demo has every consent state.
    QCOMPARE(states,
             (QSet<QString>{QStringLiteral("given"), QStringLiteral("withdrawn"), QStringLiteral("not-asked")}));
}

void TestPeerModels::peerEvaluatorSeesNoNamesWithoutRecords()
{
    // Until its first sync brings the people on the lists (sync/PROTOCOL.md, "Who gets what"), a peer
    // evaluator's tablet lacks their records; here the offline demo holds them, so one is removed.
    IntervieweeListModel model;
    model.setSession(m_fixture->session.get());
    model.setRoundId(demoRoundId());
    QVERIFY(model.rowCount() > 0);
    const QString firstPersonId = roleOf(model, 0, IntervieweeListModel::PersonIdRole).toString();
    QVERIFY(Repository<Person>(m_fixture->store()).remove(firstPersonId));
    model.reload();
    const int row = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (roleOf(model, r, IntervieweeListModel::PersonIdRole).toString() == firstPersonId)
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    QVERIFY(!roleOf(model, row, IntervieweeListModel::NameKnownRole).toBool());
    const int number = roleOf(model, row, IntervieweeListModel::NumberRole).toInt();
    QCOMPARE(roleOf(model, row, IntervieweeListModel::NameRole).toString(),
             QStringLiteral("Person %1 on the team's list").arg(number));
    QCOMPARE(row, model.rowCount() - 1); // after everyone with a name
}

void TestPeerModels::intervieweesReloadAfterAnEdit()
{
    IntervieweeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_fixture->session.get());
    model.setRoundId(demoRoundId());
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r) {
        if (roleOf(model, r, IntervieweeListModel::ConsentRole).toString() == QLatin1String("not-asked"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString id = model.intervieweeIdAt(row);
    auto found = Repository<Interviewee>(m_fixture->store()).get(id);
    QVERIFY(found);
    Interviewee interviewee = *found;
    interviewee.consent = QStringLiteral("given");
    interviewee.consentChangedOn = QDate::currentDate();
    QVERIFY(Repository<Interviewee>(m_fixture->store()).update(interviewee));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QVERIFY(model.error().isEmpty());
    QCOMPARE(reset.size(), 1);
    const int after = model.rowOf(id);
    QCOMPARE(roleOf(model, after, IntervieweeListModel::ConsentRole).toString(), QStringLiteral("given"));
    QVERIFY(
        roleOf(model, after, IntervieweeListModel::ConsentTextRole).toString().startsWith(QStringLiteral("Agreed")));
}

void TestPeerModels::lockEmptiesBoth()
{
    RoundListModel rounds;
    rounds.setSession(m_fixture->session.get());
    IntervieweeListModel interviewees;
    interviewees.setSession(m_fixture->session.get());
    interviewees.setRoundId(demoRoundId());
    QVERIFY(rounds.rowCount() > 0 && interviewees.rowCount() > 0);
    QSignalSpy roundsCount(&rounds, &RoundListModel::countChanged);
    m_fixture->session->lock();
    QCOMPARE(rounds.rowCount(), 0);
    QCOMPARE(interviewees.rowCount(), 0);
    QCOMPARE(roundsCount.size(), 1);
    rounds.reload(); // nothing to read while locked
    QCOMPARE(rounds.rowCount(), 0);
    QVERIFY(rounds.roundIdAt(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestPeerModels)
#include "tst_peermodels.moc"

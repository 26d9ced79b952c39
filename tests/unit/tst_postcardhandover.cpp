// PostcardHandover on a real demo store: one postcard per submit with the team, today and the
// collector filled in; blank, lowest and highest ratings; refusals that name the question and change
// nothing; anonymous unless the person chooses; and the draft that survives a lock or a restart.
#include "caseloadfiltermodel.h"
#include "draftslot.h"
#include "peerfixture.h"
#include "postcard.h"
#include "postcardhandover.h"
#include "recordstore.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;

namespace {
qsizetype postcardCount(Store &store)
{
    auto all = Repository<Postcard>(store).list();
    return all ? all->size() : -1;
}

// The postcard the last submit made: ids are time-ordered, so it is the greatest.
Postcard newestPostcard(Store &store)
{
    auto all = Repository<Postcard>(store).list();
    Postcard newest;
    if (!all)
        return newest;
    for (const Postcard &card : *all) {
        if (card.id > newest.id)
            newest = card;
    }
    return newest;
}
} // namespace

class TestPostcardHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void questionsAreTheCataloguesWords();
    void submitSavesOnePostcard_data();
    void submitSavesOnePostcard();
    void ratingOutsideTheScaleIsRefused_data();
    void ratingOutsideTheScaleIsRefused();
    void emptyPostcardIsRefused();
    void suggestionTooLongIsRefusedAndKept();
    void unknownCollectionMethodIsRefused();
    void anonymousUnlessThePersonChooses();
    void draftIsBackAfterReopening();
    void lockKeepsTheDraftAndForgetsTheAnswers();
    void failedSaveKeepsTheAnswersAndTheDraft();

private:
    std::unique_ptr<PeerFixture> m_fixture;
    QString m_personId;
};

void TestPostcardHandover::init()
{
    m_fixture = std::make_unique<PeerFixture>();
    QVERIFY2(m_fixture->open(PeerFixture::As::Practitioner), qPrintable(m_fixture->error()));
    m_personId = m_fixture->session->caseload()->personIdAt(0);
    QVERIFY(!m_personId.isEmpty());
}

void TestPostcardHandover::questionsAreTheCataloguesWords()
{
    PostcardHandover handover;
    QCOMPARE(handover.question1Text(),
             QStringLiteral("How would you rate how well the services and support you get work together?"));
    QCOMPARE(handover.question2Text(),
             QStringLiteral("How would you rate how well the services you use help you to "
                            "live independently and get on with your life?"));
    QVERIFY(!handover.suggestionText().isEmpty());
    QCOMPARE(handover.scaleMinimum(), 1);
    QCOMPARE(handover.scaleMaximum(), 10);
    QCOMPARE(handover.minimumLabel(), QStringLiteral("poor"));
    QCOMPARE(handover.maximumLabel(), QStringLiteral("excellent"));
}

void TestPostcardHandover::submitSavesOnePostcard_data()
{
    QTest::addColumn<int>("q1");
    QTest::addColumn<int>("q2");
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("method");
    QTest::newRow("both blank, a suggestion")
        << 0 << 0 << QStringLiteral("A bus that stops nearer the surgery.") << QStringLiteral("practitioner");
    QTest::newRow("lowest") << 1 << 1 << QString() << QStringLiteral("practitioner");
    QTest::newRow("highest") << 10 << 10 << QString() << QStringLiteral("self");
    QTest::newRow("question 1 blank") << 0 << 7 << QString() << QStringLiteral("peer-evaluator");
    QTest::newRow("question 2 blank") << 4 << 0 << QStringLiteral("  Phone back when you say.  ")
                                      << QStringLiteral("practitioner");
}

void TestPostcardHandover::submitSavesOnePostcard()
{
    QFETCH(int, q1);
    QFETCH(int, q2);
    QFETCH(QString, suggestion);
    QFETCH(QString, method);
    Session &session = *m_fixture->session;
    const qsizetype before = postcardCount(m_fixture->store());

    PostcardHandover handover;
    handover.setSession(&session);
    handover.setCollectionMethod(method);
    QVERIFY(handover.setRating(1, q1));
    QVERIFY(handover.setRating(2, q2));
    handover.setSuggestion(suggestion);
    QSignalSpy submitted(&handover, &PostcardHandover::submittedChanged);
    QVERIFY2(handover.submit(), qPrintable(handover.lastError()));
    QCOMPARE(submitted.size(), 1);
    QVERIFY(handover.isSubmitted());
    // The next person must not see these answers.
    QCOMPARE(handover.q1(), 0);
    QVERIFY(handover.suggestion().isEmpty());

    QCOMPARE(postcardCount(m_fixture->store()), before + 1);
    const Postcard card = newestPostcard(m_fixture->store());
    QCOMPARE(card.q1, q1);
    QCOMPARE(card.q2, q2);
    QCOMPARE(card.suggestion, suggestion.trimmed());
    QCOMPARE(card.collectionMethod, method);
    QCOMPARE(card.teamId, session.teamId());
    QCOMPARE(card.collectedOn, QDate::currentDate());
    QCOMPARE(card.collectedBy, session.currentUserId());
    QVERIFY(card.personId.isEmpty());
    // Sent once only.
    QVERIFY(!handover.submit());
    QCOMPARE(postcardCount(m_fixture->store()), before + 1);
}

void TestPostcardHandover::ratingOutsideTheScaleIsRefused_data()
{
    QTest::addColumn<int>("question");
    QTest::addColumn<int>("value");
    QTest::newRow("q1 11") << 1 << 11;
    QTest::newRow("q1 -1") << 1 << -1;
    QTest::newRow("q2 11") << 2 << 11;
    QTest::newRow("q2 100") << 2 << 100;
}

void TestPostcardHandover::ratingOutsideTheScaleIsRefused()
{
    QFETCH(int, question);
    QFETCH(int, value);
    PostcardHandover handover;
    handover.setSession(m_fixture->session.get());
    QVERIFY(handover.setRating(question, 6));
    QSignalSpy answers(&handover, &PostcardHandover::answersChanged);
    QVERIFY(!handover.setRating(question, value));
    QVERIFY2(handover.lastError().contains(QStringLiteral("Question %1").arg(question)),
             qPrintable(handover.lastError()));
    QCOMPARE(question == 1 ? handover.q1() : handover.q2(), 6);
    // Through the property, as QML sets it: the same refusal.
    if (question == 1)
        handover.setQ1(value);
    else
        handover.setQ2(value);
    QCOMPARE(question == 1 ? handover.q1() : handover.q2(), 6);
    QCOMPARE(answers.size(), 0);
    // A third question does not exist.
    QVERIFY(!handover.setRating(3, 5));
}

void TestPostcardHandover::emptyPostcardIsRefused()
{
    const qsizetype before = postcardCount(m_fixture->store());
    PostcardHandover handover;
    handover.setSession(m_fixture->session.get());
    QVERIFY(!handover.submit());
    QVERIFY2(handover.lastError().contains(QStringLiteral("Nothing has been filled in")),
             qPrintable(handover.lastError()));
    handover.setSuggestion(QStringLiteral("   \n "));
    QVERIFY(!handover.submit());
    // Chosen and taken back again: still empty.
    QVERIFY(handover.setRating(1, 5));
    QVERIFY(handover.setRating(1, 0));
    QVERIFY(!handover.submit());
    QVERIFY(!handover.isSubmitted());
    QCOMPARE(postcardCount(m_fixture->store()), before);
}

void TestPostcardHandover::suggestionTooLongIsRefusedAndKept()
{
    const qsizetype before = postcardCount(m_fixture->store());
    PostcardHandover handover;
    handover.setSession(m_fixture->session.get());
    const QString typed(PostcardHandover::suggestionMaxLength() + 1, u'a');
    handover.setSuggestion(typed);
    QVERIFY(!handover.submit());
    QVERIFY2(handover.lastError().contains(QStringLiteral("suggestion")), qPrintable(handover.lastError()));
    QCOMPARE(handover.suggestion(), typed); // nothing typed is cut off
    QCOMPARE(postcardCount(m_fixture->store()), before);
}

void TestPostcardHandover::unknownCollectionMethodIsRefused()
{
    PostcardHandover handover;
    handover.setCollectionMethod(QStringLiteral("carrier-pigeon"));
    QCOMPARE(handover.collectionMethod(), QStringLiteral("practitioner"));
    QVERIFY(!handover.lastError().isEmpty());
}

void TestPostcardHandover::anonymousUnlessThePersonChooses()
{
    Session &session = *m_fixture->session;
    {
        PostcardHandover handover;
        handover.setSession(&session);
        handover.setPersonId(m_personId);
        QVERIFY(handover.canLinkToPerson());
        QVERIFY(!handover.linkToPerson());
        QVERIFY(handover.setRating(1, 8));
        QVERIFY(handover.submit());
        QVERIFY(newestPostcard(m_fixture->store()).personId.isEmpty());
    }
    {
        PostcardHandover handover;
        handover.setSession(&session);
        handover.setPersonId(m_personId);
        handover.setLinkToPerson(true);
        QVERIFY(handover.setRating(2, 3));
        QVERIFY(handover.submit());
        QCOMPARE(newestPostcard(m_fixture->store()).personId, m_personId);
    }
    {
        // No one to link to: it stays anonymous, and says so.
        PostcardHandover handover;
        handover.setSession(&session);
        QVERIFY(!handover.canLinkToPerson());
        handover.setLinkToPerson(true);
        QVERIFY(!handover.linkToPerson());
        QVERIFY(!handover.lastError().isEmpty());
    }
}

void TestPostcardHandover::draftIsBackAfterReopening()
{
    const QString name = PostcardHandover::draftName(m_personId);
    {
        PostcardHandover handover;
        handover.setSession(m_fixture->session.get());
        handover.setPersonId(m_personId);
        QVERIFY(handover.setRating(1, 3));
        handover.setSuggestion(QStringLiteral("Someone who rings back"));
        handover.setLinkToPerson(true);
        // Durable within a second of the last change, without anyone asking.
        QTRY_VERIFY_WITH_TIMEOUT(DraftSlot::read(m_fixture->store(), name)
                                     ->value(QStringLiteral("suggestion"))
                                     .toString()
                                     .startsWith(QStringLiteral("Someone")),
                                 1000);
    }
    // A restart: a new session on the same directory.
    QVERIFY(m_fixture->open(PeerFixture::As::Practitioner));
    {
        PostcardHandover handover;
        handover.setSession(m_fixture->session.get());
        handover.setPersonId(m_personId);
        QVERIFY(handover.restoredDraft());
        QCOMPARE(handover.q1(), 3);
        QCOMPARE(handover.q2(), 0);
        QCOMPARE(handover.suggestion(), QStringLiteral("Someone who rings back"));
        QVERIFY(handover.linkToPerson());

        // Another person's postcard does not start with this one's answers.
        PostcardHandover other;
        other.setSession(m_fixture->session.get());
        other.setPersonId(m_fixture->session->caseload()->personIdAt(1));
        QVERIFY(!other.restoredDraft());
        QCOMPARE(other.q1(), 0);

        QVERIFY(handover.submit());
        QCOMPARE(newestPostcard(m_fixture->store()).suggestion, QStringLiteral("Someone who rings back"));
        QVERIFY(DraftSlot::read(m_fixture->store(), name)->isEmpty());
    }
    PostcardHandover afterwards;
    afterwards.setSession(m_fixture->session.get());
    afterwards.setPersonId(m_personId);
    QVERIFY(!afterwards.restoredDraft());
    QVERIFY(!afterwards.hasAnswers());
}

void TestPostcardHandover::lockKeepsTheDraftAndForgetsTheAnswers()
{
    Session &session = *m_fixture->session;
    PostcardHandover handover;
    handover.setSession(&session);
    QVERIFY(handover.setRating(2, 9));
    handover.setSuggestion(QStringLiteral("Typed just before the lock"));
    session.lock(); // before the draft timer fires: the lock writes it
    QCOMPARE(handover.q2(), 0);
    QVERIFY(handover.suggestion().isEmpty());
    QVERIFY(session.unlock(DemoSetup::pin()));
    PostcardHandover reopened;
    reopened.setSession(&session);
    QCOMPARE(reopened.q2(), 9);
    QCOMPARE(reopened.suggestion(), QStringLiteral("Typed just before the lock"));
    // Thrown away on purpose: gone from the store too.
    reopened.discard();
    PostcardHandover again;
    again.setSession(&session);
    QVERIFY(!again.hasAnswers());
}

void TestPostcardHandover::failedSaveKeepsTheAnswersAndTheDraft()
{
    const qsizetype before = postcardCount(m_fixture->store());
    const QString name = PostcardHandover::draftName(m_personId);
    PostcardHandover handover;
    handover.setSession(m_fixture->session.get());
    handover.setPersonId(m_personId);
    QVERIFY(handover.setRating(1, 2));
    handover.setSuggestion(QStringLiteral("Written before the disk gave up"));
    handover.flushDraft();
    // The write fails after the row, inside the transaction that would also end the draft.
    m_fixture->store().records().setFaultInjection(
        [](RecordStore::FaultPoint point) { return point == RecordStore::FaultPoint::AfterOutbox; });
    QVERIFY(!handover.submit());
    m_fixture->store().records().setFaultInjection({});
    QVERIFY(!handover.lastError().isEmpty());
    QVERIFY(!handover.isSubmitted());
    QCOMPARE(postcardCount(m_fixture->store()), before);
    QCOMPARE(handover.q1(), 2);
    QCOMPARE(DraftSlot::read(m_fixture->store(), name)->value(QStringLiteral("suggestion")).toString(),
             QStringLiteral("Written before the disk gave up"));
    // And the next try goes through.
    QVERIFY2(handover.submit(), qPrintable(handover.lastError()));
    QCOMPARE(postcardCount(m_fixture->store()), before + 1);
    QVERIFY(DraftSlot::read(m_fixture->store(), name)->isEmpty());
}

QTEST_GUILESS_MAIN(TestPostcardHandover)
#include "tst_postcardhandover.moc"

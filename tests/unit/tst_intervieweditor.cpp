// InterviewEditor on a real demo store, as the peer evaluator: one row per service-user statement
// (QAbstractItemModelTester), nothing without consent, answers saved as an Interview and changed
// again, refusals that name the statement, the draft that survives a restart, and a withdrawal that
// deletes the answers recorded with the person.
#include "draftslot.h"
#include "instrumentcatalogue.h"
#include "interview.h"
#include "intervieweditor.h"
#include "interviewee.h"
#include "outbox.h"
#include "peerfixture.h"
#include "validators.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;

class TestInterviewEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void oneRowPerServiceUserStatement();
    void nothingWithoutConsent();
    void consentThenAnswersSavedAsTheInterview();
    void badAnswersAreRefusedByStatement();
    void draftIsBackAfterARestart();
    void withdrawingConsentDeletesTheAnswers();
    void declinedBeforeTheInterview();
    void interviewFromAnotherTabletAfterAWithdrawalIsDeleted();
    void lockKeepsTheDraftAndEmptiesTheEditor();

private:
    QString intervieweeWith(const QString &consent, bool interviewed);
    QList<Interview> interviewsOf(const QString &intervieweeId);
    std::unique_ptr<PeerFixture> m_fixture;
};

void TestInterviewEditor::init()
{
    m_fixture = std::make_unique<PeerFixture>();
    QVERIFY2(m_fixture->open(PeerFixture::As::PeerEvaluator), qPrintable(m_fixture->error()));
}

QString TestInterviewEditor::intervieweeWith(const QString &consent, bool interviewed)
{
    auto all = Repository<Interviewee>(m_fixture->store()).list();
    if (!all)
        return {};
    for (const Interviewee &i : *all) {
        if (i.consent == consent && interviewsOf(i.id).isEmpty() != interviewed)
            return i.id;
    }
    return {};
}

QList<Interview> TestInterviewEditor::interviewsOf(const QString &intervieweeId)
{
    auto list = Repository<Interview>(m_fixture->store()).listWhere(QStringLiteral("intervieweeId"), intervieweeId);
    return list ? *list : QList<Interview>();
}

void TestInterviewEditor::oneRowPerServiceUserStatement()
{
    InterviewEditor editor;
    QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const InstrumentCatalogue *catalogue = Session::instruments();
    QVERIFY(catalogue);
    int statements = 0;
    for (const OutcomeCell &cell : catalogue->serviceUserOutcomeRow().cells)
        statements += int(cell.statements.size());
    QCOMPARE(editor.rowCount(), statements);
    for (int row = 0; row < editor.rowCount(); ++row) {
        const QModelIndex index = editor.index(row);
        QVERIFY(catalogue->isServiceUserOutcomeStatement(index.data(InterviewEditor::StatementIdRole).toString()));
        QCOMPARE(index.data(InterviewEditor::NumberRole).toInt(), row + 1);
        QVERIFY(!index.data(InterviewEditor::TextRole).toString().isEmpty());
        QVERIFY(!index.data(InterviewEditor::ColumnTitleRole).toString().isEmpty());
        QCOMPARE(index.data(InterviewEditor::AgreementIndexRole).toInt(), -1);
    }
    QCOMPARE(editor.index(0).data(InterviewEditor::TextRole).toString(),
             QStringLiteral("I have choice and control over the services I get."));
    QCOMPARE(InterviewEditor::agreeScale(), Validators::agreeScale());
    QCOMPARE(InterviewEditor::agreeLabels().size(), InterviewEditor::agreeScale().size());
    for (const auto &role : editor.roleNames().keys())
        QVERIFY(role > Qt::UserRole);

    // Opened on a person, answered, saved and locked: the tester watches every change.
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(intervieweeWith(QStringLiteral("given"), true));
    QVERIFY(editor.isLoaded());
    QVERIFY(editor.setAgreement(2, QStringLiteral("neither")));
    QVERIFY(editor.setComment(2, QStringLiteral("Sometimes")));
    QVERIFY(editor.save());
    m_fixture->session->lock();
    QCOMPARE(editor.rowCount(), statements); // the statements stay; the answers go
}

void TestInterviewEditor::nothingWithoutConsent()
{
    const QString id = intervieweeWith(QStringLiteral("not-asked"), false);
    QVERIFY(!id.isEmpty());
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.isLoaded());
    QCOMPARE(editor.consent(), QStringLiteral("not-asked"));
    QVERIFY(!editor.consentGiven());
    QVERIFY(!editor.setAgreement(0, QStringLiteral("agree")));
    QVERIFY2(editor.lastError().contains(QStringLiteral("consent")), qPrintable(editor.lastError()));
    QVERIFY(!editor.setComment(0, QStringLiteral("Typed too early")));
    QVERIFY(editor.index(0).data(InterviewEditor::AgreementRole).toString().isEmpty());
    QVERIFY(!editor.save());
    QVERIFY(editor.lastError().contains(QStringLiteral("consent")));
    QVERIFY(interviewsOf(id).isEmpty());
    QVERIFY(DraftSlot::read(m_fixture->store(), InterviewEditor::draftName(id))->isEmpty());
}

void TestInterviewEditor::consentThenAnswersSavedAsTheInterview()
{
    const QString id = intervieweeWith(QStringLiteral("not-asked"), false);
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QSignalSpy changed(&editor, &InterviewEditor::changed);
    QVERIFY(editor.giveConsent());
    QVERIFY(changed.size() >= 1);
    auto interviewee = Repository<Interviewee>(m_fixture->store()).get(id);
    QCOMPARE(interviewee->consent, QStringLiteral("given"));
    QCOMPARE(interviewee->consentChangedOn, QDate::currentDate());
    QVERIFY(editor.consentText().startsWith(QStringLiteral("Agreed")));

    QVERIFY(!editor.save()); // nothing answered yet
    QVERIFY(editor.lastError().contains(QStringLiteral("Nothing has been answered")));
    QVERIFY(editor.setAgreement(0, QStringLiteral("agree")));
    QVERIFY(editor.setComment(0, QStringLiteral("  They ask what I want.  ")));
    QVERIFY(editor.setAgreement(4, QStringLiteral("strongly-disagree")));
    QVERIFY(editor.setComment(6, QStringLiteral("No answer, just a comment")));
    QCOMPARE(editor.answeredCount(), 2);
    QVERIFY(editor.isUnsaved());
    QVERIFY2(editor.save(), qPrintable(editor.lastError()));
    QVERIFY(!editor.isUnsaved());
    QVERIFY(editor.hasInterview());

    QList<Interview> saved = interviewsOf(id);
    QCOMPARE(saved.size(), 1);
    const Interview &interview = saved.first();
    QCOMPARE(interview.evaluatorId, m_fixture->session->currentUserId());
    QCOMPARE(interview.roundId, interviewee->roundId);
    QCOMPARE(interview.interviewedOn, QDate::currentDate());
    QCOMPARE(interview.answers.size(), 3);
    const QJsonObject first = interview.answers.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("statementId")).toString(),
             editor.index(0).data(InterviewEditor::StatementIdRole).toString());
    QCOMPARE(first.value(QStringLiteral("agreement")).toString(), QStringLiteral("agree"));
    QCOMPARE(first.value(QStringLiteral("comment")).toString(), QStringLiteral("They ask what I want."));
    QVERIFY(interview.answers.at(2).toObject().value(QStringLiteral("agreement")).isNull());
    QVERIFY(DraftSlot::read(m_fixture->store(), InterviewEditor::draftName(id))->isEmpty());

    // Changed afterwards: the same interview, updated.
    QVERIFY(editor.setAgreement(0, QString())); // taken back
    QVERIFY(editor.setAgreement(1, QStringLiteral("strongly-agree")));
    QVERIFY(editor.save());
    saved = interviewsOf(id);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().id, interview.id);
    QCOMPARE(saved.first().answers.size(), 4); // statement 1 keeps its comment

    // Opened again, the saved answers are there.
    InterviewEditor reopened;
    reopened.setSession(m_fixture->session.get());
    reopened.setIntervieweeId(id);
    QVERIFY(reopened.hasInterview());
    QVERIFY(!reopened.restoredDraft());
    QCOMPARE(reopened.index(1).data(InterviewEditor::AgreementRole).toString(), QStringLiteral("strongly-agree"));
    QCOMPARE(reopened.index(1).data(InterviewEditor::AgreementIndexRole).toInt(), 0);
    QCOMPARE(reopened.index(0).data(InterviewEditor::CommentRole).toString(), QStringLiteral("They ask what I want."));
}

void TestInterviewEditor::badAnswersAreRefusedByStatement()
{
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(intervieweeWith(QStringLiteral("given"), false));
    QVERIFY(editor.consentGiven());
    QVERIFY(!editor.setAgreement(2, QStringLiteral("sort-of")));
    QVERIFY2(editor.lastError().contains(QStringLiteral("statement 3")), qPrintable(editor.lastError()));
    QVERIFY(editor.index(2).data(InterviewEditor::AgreementRole).toString().isEmpty());
    QVERIFY(!editor.setAgreement(99, QStringLiteral("agree")));
    QVERIFY(!editor.setAgreement(-1, QStringLiteral("agree")));
    // A comment past the limit is kept as typed, and saving names the statement.
    QVERIFY(editor.setAgreement(3, QStringLiteral("agree")));
    QVERIFY(editor.setComment(3, QString(4001, u'x')));
    QVERIFY(!editor.save());
    QVERIFY2(editor.lastError().contains(QStringLiteral("statement 4")), qPrintable(editor.lastError()));
    QCOMPARE(editor.index(3).data(InterviewEditor::CommentRole).toString().size(), 4001);
}

void TestInterviewEditor::draftIsBackAfterARestart()
{
    const QString id = intervieweeWith(QStringLiteral("given"), false);
    {
        InterviewEditor editor;
        editor.setSession(m_fixture->session.get());
        editor.setIntervieweeId(id);
        QVERIFY(editor.setAgreement(5, QStringLiteral("disagree")));
        QVERIFY(editor.setComment(5, QStringLiteral("The ambulance came late")));
        // Durable within a second of the last change.
        QTRY_VERIFY_WITH_TIMEOUT(!DraftSlot::read(m_fixture->store(), InterviewEditor::draftName(id))->isEmpty(), 1000);
    }
    QVERIFY(m_fixture->open(PeerFixture::As::PeerEvaluator));
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.restoredDraft());
    QVERIFY(editor.isUnsaved());
    QVERIFY(!editor.hasInterview());
    QCOMPARE(editor.index(5).data(InterviewEditor::AgreementRole).toString(), QStringLiteral("disagree"));
    QCOMPARE(editor.index(5).data(InterviewEditor::CommentRole).toString(), QStringLiteral("The ambulance came late"));
    QVERIFY(editor.save());
    QCOMPARE(interviewsOf(id).size(), 1);
}

void TestInterviewEditor::withdrawingConsentDeletesTheAnswers()
{
    const QString id = intervieweeWith(QStringLiteral("given"), true);
    QVERIFY(!id.isEmpty());
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.hasInterview());
    QVERIFY(editor.answeredCount() > 0);
    QVERIFY(editor.setComment(0, QStringLiteral("An unsaved change")));
    editor.flushDraft();
    const qint64 pendingBefore = m_fixture->store().outbox().count();

    QVERIFY2(editor.withdrawConsent(), qPrintable(editor.lastError()));
    QCOMPARE(editor.consent(), QStringLiteral("withdrawn"));
    QVERIFY(!editor.hasInterview());
    QCOMPARE(editor.answeredCount(), 0);
    QVERIFY(editor.index(0).data(InterviewEditor::CommentRole).toString().isEmpty());
    auto interviewee = Repository<Interviewee>(m_fixture->store()).get(id);
    QCOMPARE(interviewee->consent, QStringLiteral("withdrawn"));
    QCOMPARE(interviewee->consentChangedOn, QDate::currentDate());
    QVERIFY(interviewsOf(id).isEmpty());
    QVERIFY(DraftSlot::read(m_fixture->store(), InterviewEditor::draftName(id))->isEmpty());
    // Both are ordinary edits that sync: the consent and the deletion.
    QVERIFY(m_fixture->store().outbox().count() >= pendingBefore + 2);
    // No more answers until they agree again.
    QVERIFY(!editor.setAgreement(0, QStringLiteral("agree")));
    QVERIFY(editor.giveConsent());
    QVERIFY(editor.setAgreement(0, QStringLiteral("agree")));
}

void TestInterviewEditor::declinedBeforeTheInterview()
{
    const QString id = intervieweeWith(QStringLiteral("not-asked"), false);
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.withdrawConsent());
    QCOMPARE(Repository<Interviewee>(m_fixture->store()).get(id)->consent, QStringLiteral("withdrawn"));
    QVERIFY(!editor.consentGiven());
    QVERIFY(!editor.save());
}

void TestInterviewEditor::interviewFromAnotherTabletAfterAWithdrawalIsDeleted()
{
    const QString id = intervieweeWith(QStringLiteral("withdrawn"), false);
    QVERIFY(!id.isEmpty());
    auto interviewee = Repository<Interviewee>(m_fixture->store()).get(id);
    // As a sync would bring it: recorded elsewhere before that tablet heard of the withdrawal.
    Interview late;
    late.roundId = interviewee->roundId;
    late.intervieweeId = id;
    late.evaluatorId = m_fixture->session->currentUserId();
    late.interviewedOn = QDate::currentDate();
    late.answers = QJsonArray{QJsonObject{{QStringLiteral("statementId"), QStringLiteral("of.users.better.1")},
                                          {QStringLiteral("agreement"), QStringLiteral("agree")}}};
    QVERIFY(Repository<Interview>(m_fixture->store()).create(late));
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.isLoaded());
    QVERIFY(!editor.hasInterview());
    QVERIFY(interviewsOf(id).isEmpty());
}

void TestInterviewEditor::lockKeepsTheDraftAndEmptiesTheEditor()
{
    const QString id = intervieweeWith(QStringLiteral("given"), false);
    InterviewEditor editor;
    editor.setSession(m_fixture->session.get());
    editor.setIntervieweeId(id);
    QVERIFY(editor.setAgreement(7, QStringLiteral("agree")));
    m_fixture->session->lock(); // before the draft timer: the lock writes it
    QVERIFY(!editor.isLoaded());
    QVERIFY(editor.name().isEmpty());
    QVERIFY(editor.eligibility().isEmpty());
    QVERIFY(editor.index(7).data(InterviewEditor::AgreementRole).toString().isEmpty());
    QVERIFY(m_fixture->session->unlock(DemoSetup::pin()));
    // Unlocked again, the same editor reads it all back, the draft included.
    QTRY_VERIFY(editor.isLoaded());
    QCOMPARE(editor.index(7).data(InterviewEditor::AgreementRole).toString(), QStringLiteral("agree"));
    QVERIFY(editor.restoredDraft());
}

QTEST_GUILESS_MAIN(TestInterviewEditor)
#include "tst_intervieweditor.moc"

#include "postcardhandover.h"

#include "draftslot.h"
#include "instrumentcatalogue.h"
#include "peerlogging.h"
#include "postcard.h"
#include "repository.h"
#include "session.h"
#include "sessionwatch.h"
#include "store.h"

#include <QJsonObject>

namespace doorstep {

namespace {

// Typing is gathered for a moment before the draft is written; well within a second, as promised.
constexpr int kDraftDelayMs = 300;

const PostcardQuestion *question(int number)
{
    const InstrumentCatalogue *catalogue = Session::instruments();
    if (!catalogue)
        return nullptr;
    for (const PostcardQuestion &q : catalogue->postcardQuestions()) {
        if (q.number == number)
            return &q;
    }
    return nullptr;
}

} // namespace

PostcardHandover::PostcardHandover(QObject *parent) : QObject(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &PostcardHandover::flushDraft);
}

PostcardHandover::~PostcardHandover()
{
    // Leaving the screen by any way but submit or discard keeps what was given.
    flushDraft();
    if (m_session)
        m_session->releaseIdleLock(this);
}

void PostcardHandover::classBegin()
{
    m_completed = false;
}

void PostcardHandover::componentComplete()
{
    m_completed = true;
    restoreDraft();
}

void PostcardHandover::setSession(Session *session)
{
    if (m_session == session)
        return;
    // The draft is written while the key is still there, then the answers are dropped from memory.
    SessionWatch::follow(
        this, m_session, session, [this] { restoreDraft(); },
        [this] {
            flushDraft();
            forgetAnswers();
        });
    // The person has the tablet: the idle lock waits for as long as the hand-over lasts.
    if (m_session)
        m_session->releaseIdleLock(this);
    if (session)
        session->holdIdleLock(this);
    m_session = session;
    emit sessionChanged();
    restoreDraft();
}

void PostcardHandover::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    if (m_personId.isEmpty() && m_linkToPerson) {
        m_linkToPerson = false;
        emit answersChanged();
    }
    emit personIdChanged();
    restoreDraft();
}

void PostcardHandover::setCollectionMethod(const QString &method)
{
    if (m_collectionMethod == method)
        return;
    const QStringList &allowed
        = Postcard::schema().fields[size_t(Postcard::schema().indexOf(u"collectionMethod"))].choices;
    if (!allowed.contains(method)) {
        setError(tr("How the postcard was collected must be one of: %1.").arg(allowed.join(QStringLiteral(", "))));
        return;
    }
    m_collectionMethod = method;
    emit collectionMethodChanged();
}

bool PostcardHandover::setRating(int number, int value)
{
    if (number != 1 && number != 2) {
        setError(tr("The postcard has questions 1 and 2 only."));
        return false;
    }
    if (value != 0 && (value < scaleMinimum() || value > scaleMaximum())) {
        setError(tr("Question %1 takes a number from %2 to %3, or can be left blank.")
                     .arg(number)
                     .arg(scaleMinimum())
                     .arg(scaleMaximum()));
        return false;
    }
    int &rating = number == 1 ? m_q1 : m_q2;
    setError(QString());
    if (rating == value)
        return true;
    rating = value;
    answersEdited();
    return true;
}

void PostcardHandover::setSuggestion(const QString &text)
{
    if (m_suggestion == text)
        return;
    // Kept as typed, even past the limit: submit() says what is too long, and nothing is cut off.
    m_suggestion = text;
    answersEdited();
}

void PostcardHandover::setLinkToPerson(bool link)
{
    if (link && m_personId.isEmpty()) {
        setError(tr("There is no one to link this postcard to: it stays anonymous."));
        return;
    }
    if (m_linkToPerson == link)
        return;
    m_linkToPerson = link;
    answersEdited();
}

bool PostcardHandover::hasAnswers() const
{
    return m_q1 != 0 || m_q2 != 0 || !m_suggestion.trimmed().isEmpty();
}

QString PostcardHandover::question1Text() const
{
    const PostcardQuestion *q = question(1);
    return q ? q->text : QString();
}

QString PostcardHandover::question2Text() const
{
    const PostcardQuestion *q = question(2);
    return q ? q->text : QString();
}

QString PostcardHandover::suggestionText() const
{
    const InstrumentCatalogue *catalogue = Session::instruments();
    return catalogue ? catalogue->postcardFreeTextQuestion().text : QString();
}

QString PostcardHandover::minimumLabel() const
{
    const PostcardQuestion *q = question(1);
    return q ? q->minimumLabel : QString();
}

QString PostcardHandover::maximumLabel() const
{
    const PostcardQuestion *q = question(1);
    return q ? q->maximumLabel : QString();
}

int PostcardHandover::scaleMinimum() const
{
    const PostcardQuestion *q = question(1);
    return q ? q->scaleMinimum : 1;
}

int PostcardHandover::scaleMaximum() const
{
    const PostcardQuestion *q = question(1);
    return q ? q->scaleMaximum : 10;
}

int PostcardHandover::suggestionMaxLength()
{
    return Postcard::schema().fields[size_t(Postcard::schema().indexOf(u"suggestion"))].maxLength;
}

QString PostcardHandover::draftName(const QString &personId)
{
    return QStringLiteral("draft.postcard.") + (personId.isEmpty() ? QStringLiteral("anonymous") : personId);
}

bool PostcardHandover::storeReady() const
{
    return m_session && m_session->store() && m_session->store()->isUnlocked();
}

bool PostcardHandover::submit()
{
    if (m_submitted) {
        setError(tr("This postcard has already been sent."));
        return false;
    }
    if (!storeReady()) {
        setError(tr("Doorstep is locked. The answers are kept: unlock it to send the postcard."));
        return false;
    }
    if (!hasAnswers()) {
        setError(tr("Nothing has been filled in yet. Choose a number for a question, or write a suggestion, "
                    "then press Finished."));
        return false;
    }
    if (m_suggestion.size() > suggestionMaxLength()) {
        setError(
            tr("The suggestion is longer than %1 characters. Please shorten it a little.").arg(suggestionMaxLength()));
        return false;
    }
    Postcard card;
    card.teamId = m_session->teamId();
    card.collectedOn = QDate::currentDate();
    card.q1 = m_q1;
    card.q2 = m_q2;
    card.suggestion = m_suggestion.trimmed();
    card.collectionMethod = m_collectionMethod;
    card.personId = m_linkToPerson ? m_personId : QString();
    card.collectedBy = m_session->currentUserId();
    Store &store = *m_session->store();
    // The postcard and the end of its draft in one transaction: both or neither.
    const Status saved = store.records().together([&]() -> Status {
        if (auto id = Repository<Postcard>(store).create(card); !id)
            return id.error();
        return DraftSlot::clear(store, draftName(m_personId));
    });
    if (!saved) {
        const Error &e = saved.error();
        qCWarning(lcPeer) << "postcard refused:" << e.message();
        if (e.field == QLatin1String("postcard.teamId"))
            setError(tr("This tablet does not know its neighbourhood team yet, so the postcard cannot be sent. "
                        "The answers are kept: sync, then try again."));
        else
            setError(tr("The postcard was not sent, and the answers are kept: %1").arg(e.message()));
        flushDraft();
        return false;
    }
    m_draftTimer.stop();
    m_draftPending = false;
    m_session->noteLocalEdit();
    setError(QString());
    // The next person must not see these answers; the record holds them now.
    forgetAnswers();
    m_submitted = true;
    emit submittedChanged();
    return true;
}

void PostcardHandover::discard()
{
    m_draftTimer.stop();
    m_draftPending = false;
    if (storeReady()) {
        if (Status s = DraftSlot::clear(*m_session->store(), draftName(m_personId)); !s)
            qCWarning(lcPeer) << "draft not cleared:" << s.error().message();
    }
    forgetAnswers();
    setError(QString());
}

void PostcardHandover::answersEdited()
{
    m_touched = true;
    m_draftPending = true;
    m_draftTimer.start();
    emit answersChanged();
}

void PostcardHandover::flushDraft()
{
    m_draftTimer.stop();
    if (!m_draftPending || !storeReady())
        return;
    const QJsonObject draft{
        {QStringLiteral("q1"), m_q1},
        {QStringLiteral("q2"), m_q2},
        {QStringLiteral("suggestion"), m_suggestion},
        {QStringLiteral("linkToPerson"), m_linkToPerson},
    };
    if (Status s = DraftSlot::write(*m_session->store(), draftName(m_personId), hasAnswers() ? draft : QJsonObject());
        !s) {
        qCWarning(lcPeer) << "draft not saved:" << s.error().message();
        return;
    }
    m_draftPending = false;
}

void PostcardHandover::restoreDraft()
{
    // Only once QML has set every property, only into an untouched postcard, and only while unlocked.
    if (!m_completed || m_touched || m_submitted || !storeReady())
        return;
    if (m_restoredDraft)
        forgetAnswers(); // another person's draft, read before personId was set
    auto draft = DraftSlot::read(*m_session->store(), draftName(m_personId));
    if (!draft) {
        qCWarning(lcPeer) << "draft not read:" << draft.error().message();
        return;
    }
    if (draft->isEmpty())
        return;
    const auto rating = [this](int value) { return value >= scaleMinimum() && value <= scaleMaximum() ? value : 0; };
    m_q1 = rating(draft->value(QStringLiteral("q1")).toInt());
    m_q2 = rating(draft->value(QStringLiteral("q2")).toInt());
    m_suggestion = draft->value(QStringLiteral("suggestion")).toString();
    m_linkToPerson = !m_personId.isEmpty() && draft->value(QStringLiteral("linkToPerson")).toBool();
    m_restoredDraft = true;
    emit answersChanged();
}

void PostcardHandover::forgetAnswers()
{
    m_draftTimer.stop();
    m_draftPending = false;
    const bool had = hasAnswers() || m_linkToPerson || m_restoredDraft;
    m_q1 = 0;
    m_q2 = 0;
    m_suggestion.clear();
    m_linkToPerson = false;
    m_restoredDraft = false;
    if (had)
        emit answersChanged();
}

void PostcardHandover::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    emit lastErrorChanged();
}

} // namespace doorstep

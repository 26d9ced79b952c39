#include "intervieweditor.h"

#include "draftslot.h"
#include "evaluationround.h"
#include "instrumentcatalogue.h"
#include "interview.h"
#include "interviewee.h"
#include "intervieweelistmodel.h"
#include "peerlogging.h"
#include "person.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "sessionwatch.h"
#include "store.h"
#include "validators.h"

#include <QJsonObject>

#include <algorithm>

namespace doorstep {

namespace {

// Typing is gathered for a moment before the draft is written; well within a second.
constexpr int kDraftDelayMs = 300;
constexpr int kCommentMaxLength = 4000; // Validators::interviewAnswers

} // namespace

InterviewEditor::InterviewEditor(QObject *parent) : QAbstractListModel(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &InterviewEditor::flushDraft);
    // The statements are the framework's, the same for everyone; only the answers are personal.
    if (const InstrumentCatalogue *catalogue = Session::instruments()) {
        for (const OutcomeCell &cell : catalogue->serviceUserOutcomeRow().cells) {
            QString columnTitle;
            for (const OutcomeColumn &column : catalogue->outcomeColumns()) {
                if (column.id == cell.columnId)
                    columnTitle = column.title;
            }
            for (const OutcomeStatement &statement : cell.statements)
                m_rows.push_back({statement.id, statement.text, columnTitle, {}, {}});
        }
    }
}

InterviewEditor::~InterviewEditor()
{
    flushDraft();
}

void InterviewEditor::setSession(Session *session)
{
    if (m_session == session)
        return;
    // The draft is written while the key is still there; then everything decrypted is dropped. A
    // sync does not read the person again under the evaluator's hands: only an unlock does.
    SessionWatch::follow(
        this, m_session, session,
        [this] {
            if (!m_loaded)
                reload();
        },
        [this] {
            flushDraft();
            clear();
        });
    m_session = session;
    emit sessionChanged();
    reload();
}

void InterviewEditor::setIntervieweeId(const QString &intervieweeId)
{
    if (m_intervieweeId == intervieweeId)
        return;
    flushDraft();
    m_intervieweeId = intervieweeId;
    emit intervieweeIdChanged();
    reload();
}

int InterviewEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InterviewEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case StatementIdRole:
        return row.statementId;
    case NumberRole:
        return index.row() + 1;
    case ColumnTitleRole:
        return row.columnTitle;
    case AgreementRole:
        return row.agreement;
    case AgreementIndexRole:
        return int(agreeScale().indexOf(row.agreement));
    case CommentRole:
        return row.comment;
    default:
        return {};
    }
}

QHash<int, QByteArray> InterviewEditor::roleNames() const
{
    return {
        {StatementIdRole, "statementId"}, {NumberRole, "number"},       {TextRole, "text"},
        {ColumnTitleRole, "columnTitle"}, {AgreementRole, "agreement"}, {AgreementIndexRole, "agreementIndex"},
        {CommentRole, "comment"},
    };
}

QString InterviewEditor::consentText() const
{
    return m_loaded ? IntervieweeListModel::consentText(m_consent, m_consentChangedOn) : QString();
}

QString InterviewEditor::interviewedOnText() const
{
    return PersonFormat::date(m_interviewedOn);
}

int InterviewEditor::answeredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.agreement.isEmpty(); }));
}

QStringList InterviewEditor::agreeScale()
{
    return Validators::agreeScale();
}

QStringList InterviewEditor::agreeLabels()
{
    // In the order of Validators::agreeScale().
    return {tr("Strongly agree"), tr("Agree"), tr("Neither agree nor disagree"), tr("Disagree"),
            tr("Strongly disagree")};
}

QString InterviewEditor::draftName(const QString &intervieweeId)
{
    return QStringLiteral("draft.interview.") + intervieweeId;
}

bool InterviewEditor::storeReady() const
{
    return m_session && m_session->store() && m_session->store()->isUnlocked()
        && m_session->state() == Session::Unlocked;
}

void InterviewEditor::clear()
{
    m_draftTimer.stop();
    m_draftPending = false;
    const bool had = m_loaded || answeredCount() > 0;
    m_loaded = false;
    m_name.clear();
    m_nameKnown = false;
    m_address.clear();
    m_communicationNeeds.clear();
    m_personId.clear();
    m_eligibility.clear();
    m_roundId.clear();
    m_roundTitle.clear();
    m_consent.clear();
    m_consentChangedOn = QDate();
    forgetInterview();
    if (had) {
        emit changed();
        emit answersChanged();
    }
}

void InterviewEditor::forgetInterview()
{
    m_interviewId.clear();
    m_interviewedOn = QDate();
    m_unsaved = false;
    m_restoredDraft = false;
    for (Row &row : m_rows) {
        row.agreement.clear();
        row.comment.clear();
    }
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {AgreementRole, AgreementIndexRole, CommentRole});
}

bool InterviewEditor::reload()
{
    flushDraft();
    clear();
    if (!storeReady() || m_intervieweeId.isEmpty())
        return false;
    Store &store = *m_session->store();
    auto interviewee = Repository<Interviewee>(store).get(m_intervieweeId);
    if (!interviewee) {
        setError(tr("This person is not on a round's list on this tablet. Go back and choose them again."));
        return false;
    }
    if (interviewee->consent == QLatin1String("withdrawn")) {
        // An interview recorded on another tablet before it heard of the withdrawal.
        if (Status s = store.records().together([&] { return deleteInterviews(store); }); !s)
            qCWarning(lcPeer) << "interview after a withdrawal not deleted:" << s.error().message();
    }
    auto interviews = Repository<Interview>(store).listWhere(QStringLiteral("intervieweeId"), m_intervieweeId);
    if (!interviews) {
        setError(tr("This person's interview cannot be read: %1").arg(interviews.error().message()));
        return false;
    }
    auto draft = DraftSlot::read(store, draftName(m_intervieweeId));
    if (!draft)
        qCWarning(lcPeer) << "interview draft not read:" << draft.error().message();

    m_personId = interviewee->personId;
    m_roundId = interviewee->roundId;
    m_eligibility = interviewee->eligibility;
    m_consent = interviewee->consent;
    m_consentChangedOn = interviewee->consentChangedOn;
    if (auto round = Repository<EvaluationRound>(store).get(m_roundId))
        m_roundTitle = round->title;
    if (auto person = Repository<Person>(store).get(m_personId)) {
        m_name = person->name;
        m_nameKnown = true;
        m_address = person->address;
        m_communicationNeeds = person->communicationNeeds;
    } else {
        // Before a peer evaluator's tablet has the person's record: the person as the round's list has them.
        IntervieweeListModel list;
        list.setSession(m_session);
        list.setRoundId(m_roundId);
        const int row = list.rowOf(m_intervieweeId);
        m_name = row >= 0 ? list.data(list.index(row), IntervieweeListModel::NameRole).toString() : QString();
    }
    // The latest interview stands, should two tablets each have recorded one.
    auto latest
        = std::max_element(interviews->cbegin(), interviews->cend(), [](const Interview &a, const Interview &b) {
              return a.interviewedOn != b.interviewedOn ? a.interviewedOn < b.interviewedOn : a.id < b.id;
          });
    if (latest != interviews->cend()) {
        m_interviewId = latest->id;
        m_interviewedOn = latest->interviewedOn;
        applyAnswers(latest->answers);
    }
    const QJsonArray drafted = draft ? draft->value(QStringLiteral("answers")).toArray() : QJsonArray();
    if (!drafted.isEmpty() && consentGiven()) {
        applyAnswers(drafted);
        m_unsaved = true;
        m_restoredDraft = true;
    }
    m_loaded = true;
    setError(QString());
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {AgreementRole, AgreementIndexRole, CommentRole});
    emit changed();
    emit answersChanged();
    return true;
}

void InterviewEditor::applyAnswers(const QJsonArray &answers)
{
    for (Row &row : m_rows) {
        row.agreement.clear();
        row.comment.clear();
    }
    for (const QJsonValue &value : answers) {
        const QJsonObject answer = value.toObject();
        const QString statementId = answer.value(QStringLiteral("statementId")).toString();
        auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                [&statementId](const Row &r) { return r.statementId == statementId; });
        if (row == m_rows.end())
            continue;
        const QString agreement = answer.value(QStringLiteral("agreement")).toString();
        row->agreement = agreeScale().contains(agreement) ? agreement : QString();
        row->comment = answer.value(QStringLiteral("comment")).toString();
    }
}

QJsonArray InterviewEditor::answers(bool forDraft) const
{
    QJsonArray list;
    for (const Row &row : m_rows) {
        const QString comment = forDraft ? row.comment : row.comment.trimmed();
        if (row.agreement.isEmpty() && comment.trimmed().isEmpty())
            continue;
        QJsonObject answer{{QStringLiteral("statementId"), row.statementId},
                           {QStringLiteral("agreement"),
                            row.agreement.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.agreement)}};
        if (!comment.isEmpty())
            answer.insert(QStringLiteral("comment"), comment);
        list.append(answer);
    }
    return list;
}

bool InterviewEditor::requireConsent()
{
    if (!m_loaded) {
        setError(tr("This person's details are not open. Go back and choose them again."));
        return false;
    }
    if (!consentGiven()) {
        setError(tr("Record the person's consent first: the interview starts only once they have agreed."));
        return false;
    }
    return true;
}

bool InterviewEditor::setAgreement(int row, const QString &agreement)
{
    if (!requireConsent())
        return false;
    if (row < 0 || row >= rowCount()) {
        setError(tr("There is no statement %1.").arg(row + 1));
        return false;
    }
    if (!agreement.isEmpty() && !agreeScale().contains(agreement)) {
        setError(tr("The answer to statement %1 must be one of: %2.")
                     .arg(row + 1)
                     .arg(agreeScale().join(QStringLiteral(", "))));
        return false;
    }
    setError(QString());
    if (m_rows[size_t(row)].agreement == agreement)
        return true;
    m_rows[size_t(row)].agreement = agreement;
    answerEdited(row);
    return true;
}

bool InterviewEditor::setComment(int row, const QString &comment)
{
    if (!requireConsent())
        return false;
    if (row < 0 || row >= rowCount()) {
        setError(tr("There is no statement %1.").arg(row + 1));
        return false;
    }
    if (m_rows[size_t(row)].comment == comment)
        return true;
    // Kept as typed, even past the limit: save() says what is too long, and nothing is cut off.
    m_rows[size_t(row)].comment = comment;
    answerEdited(row);
    return true;
}

void InterviewEditor::answerEdited(int row)
{
    m_unsaved = true;
    m_draftPending = true;
    m_draftTimer.start();
    emit dataChanged(index(row), index(row), {AgreementRole, AgreementIndexRole, CommentRole});
    emit answersChanged();
}

void InterviewEditor::flushDraft()
{
    m_draftTimer.stop();
    if (!m_draftPending || !storeReady() || m_intervieweeId.isEmpty())
        return;
    const QJsonArray given = answers(true);
    const QJsonObject draft = given.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("answers"), given}};
    if (Status s = DraftSlot::write(*m_session->store(), draftName(m_intervieweeId), draft); !s) {
        qCWarning(lcPeer) << "interview draft not saved:" << s.error().message();
        return;
    }
    m_draftPending = false;
}

Status InterviewEditor::recordConsent(Store &store, const QString &consent)
{
    Repository<Interviewee> interviewees(store);
    auto found = interviewees.get(m_intervieweeId);
    if (!found)
        return found.error();
    Interviewee interviewee = *found;
    interviewee.consent = consent;
    interviewee.consentChangedOn = QDate::currentDate();
    return interviewees.update(interviewee);
}

void InterviewEditor::consentRecorded(const QString &consent)
{
    m_consent = consent;
    m_consentChangedOn = QDate::currentDate();
}

Status InterviewEditor::deleteInterviews(Store &store)
{
    Repository<Interview> interviews(store);
    auto recorded = interviews.listWhere(QStringLiteral("intervieweeId"), m_intervieweeId);
    if (!recorded)
        return recorded.error();
    for (const Interview &interview : *recorded) {
        if (Status s = interviews.remove(interview.id); !s)
            return s;
    }
    return DraftSlot::clear(store, draftName(m_intervieweeId));
}

bool InterviewEditor::giveConsent()
{
    if (!storeReady() || !m_loaded) {
        setError(tr("Unlock Doorstep and open the person again to record their consent."));
        return false;
    }
    if (consentGiven())
        return true;
    if (Status s = recordConsent(*m_session->store(), QStringLiteral("given")); !s) {
        setError(tr("The consent was not recorded: %1").arg(s.error().message()));
        return false;
    }
    consentRecorded(QStringLiteral("given"));
    setError(QString());
    m_session->noteLocalEdit();
    emit changed();
    return true;
}

bool InterviewEditor::withdrawConsent()
{
    if (!storeReady() || !m_loaded) {
        setError(tr("Unlock Doorstep and open the person again to record their consent."));
        return false;
    }
    Store &store = *m_session->store();
    m_draftTimer.stop();
    m_draftPending = false;
    // The decision and the deletion of the answers in one transaction: both or neither.
    const Status withdrawn = store.records().together([&]() -> Status {
        if (Status s = recordConsent(store, QStringLiteral("withdrawn")); !s)
            return s;
        return deleteInterviews(store);
    });
    if (!withdrawn) {
        setError(tr("The withdrawal was not recorded: %1").arg(withdrawn.error().message()));
        return false;
    }
    consentRecorded(QStringLiteral("withdrawn"));
    forgetInterview();
    setError(QString());
    m_session->noteLocalEdit();
    emit changed();
    emit answersChanged();
    return true;
}

bool InterviewEditor::save()
{
    if (!storeReady()) {
        setError(tr("Doorstep is locked. The answers are kept: unlock it to save the interview."));
        return false;
    }
    if (!requireConsent())
        return false;
    const QJsonArray given = answers(false);
    if (given.isEmpty()) {
        setError(tr("Nothing has been answered yet. Choose an answer for at least one statement."));
        return false;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].comment.trimmed().size() > kCommentMaxLength) {
            setError(tr("The comment on statement %1 is longer than %2 characters. Please shorten it.")
                         .arg(i + 1)
                         .arg(kCommentMaxLength));
            return false;
        }
    }
    if (m_interviewId.isEmpty() && m_session->currentUserId().isEmpty()) {
        setError(tr("This tablet does not know who is signed in, so it cannot say who interviewed. "
                    "The answers are kept."));
        flushDraft();
        return false;
    }
    Store &store = *m_session->store();
    Repository<Interview> interviews(store);
    Interview interview;
    // The interview and the end of its draft in one transaction: both or neither.
    const Status saved = store.records().together([&]() -> Status {
        if (!m_interviewId.isEmpty()) {
            auto before = interviews.get(m_interviewId);
            if (!before)
                return before.error();
            interview = *before;
            interview.answers = given;
            if (Status s = interviews.update(interview); !s)
                return s;
        } else {
            interview.roundId = m_roundId;
            interview.intervieweeId = m_intervieweeId;
            interview.evaluatorId = m_session->currentUserId();
            interview.interviewedOn = QDate::currentDate();
            interview.answers = given;
            if (auto id = interviews.create(interview); !id)
                return id.error();
        }
        return DraftSlot::clear(store, draftName(m_intervieweeId));
    });
    if (!saved) {
        setError(tr("The interview was not saved, and the answers are kept: %1").arg(saved.error().message()));
        flushDraft();
        return false;
    }
    m_interviewId = interview.id;
    m_interviewedOn = interview.interviewedOn;
    m_draftTimer.stop();
    m_draftPending = false;
    m_unsaved = false;
    m_restoredDraft = false;
    setError(QString());
    m_session->noteLocalEdit();
    emit changed();
    emit answersChanged();
    return true;
}

void InterviewEditor::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    emit lastErrorChanged();
}

} // namespace doorstep

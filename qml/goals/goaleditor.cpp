#include "goaleditor.h"

#include "goaldraft.h"
#include "goalformat.h"
#include "goalhistory.h"
#include "goalreview.h"
#include "instrumentcatalogue.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace doorstep {

namespace {
const QString kWords = QStringLiteral("words");
const QString kStatementIds = QStringLiteral("statementIds");
const QString kBaselineRating = QStringLiteral("baselineRating");
const QString kTargetDate = QStringLiteral("targetDate");
const QString kStatus = QStringLiteral("status");
const QString kReviewRating = QStringLiteral("reviewRating");
const QString kReviewComment = QStringLiteral("reviewComment");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

GoalEditor::GoalEditor(QObject *parent) : QObject(parent)
{
    m_goal.status = QStringLiteral("active");
    m_saved.status = m_goal.status;
    // Once a second at most, whatever the typing speed: durable within a second, without a write per key.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(1000);
    connect(&m_draftTimer, &QTimer::timeout, this, &GoalEditor::keepDraft);
}

GoalEditor::~GoalEditor()
{
    // A page closed within a second of the last key: that key is kept too.
    if (m_draftTimer.isActive())
        keepDraft();
}

void GoalEditor::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::locking, this, &GoalEditor::onLocking);
        connect(m_session, &Session::caseloadReloaded, this, &GoalEditor::reload);
        connect(m_session, &Session::stateChanged, this, [this] {
            if (!m_loaded && m_session && m_session->state() == Session::Unlocked)
                load();
        });
    }
    emit sessionChanged();
    load();
}

void GoalEditor::setPersonId(const QString &personId)
{
    if (change(m_personId, personId)) {
        emit personIdChanged();
        load();
    }
}

void GoalEditor::setGoalId(const QString &goalId)
{
    if (change(m_goalId, goalId)) {
        emit goalIdChanged();
        load();
    }
}

void GoalEditor::classBegin()
{
    m_deferLoad = true;
}

void GoalEditor::componentComplete()
{
    m_deferLoad = false;
    load();
}

void GoalEditor::setWords(const QString &words)
{
    if (change(m_goal.words, words)) {
        emit wordsChanged();
        fieldEdited();
    }
}

void GoalEditor::setStatementIds(const QStringList &ids)
{
    QStringList unique = ids;
    unique.removeDuplicates();
    unique.removeAll(QString());
    if (change(m_goal.statementIds, unique)) {
        emit statementIdsChanged();
        fieldEdited();
    }
}

QVariantList GoalEditor::linkedStatements() const
{
    QVariantList result;
    const InstrumentCatalogue *catalogue = Session::instruments();
    for (const QString &id : m_goal.statementIds) {
        result.append(QVariantMap{
            {QStringLiteral("statementId"), id},
            {QStringLiteral("text"), catalogue ? GoalFormat::statementText(*catalogue, id) : QString()},
        });
    }
    return result;
}

void GoalEditor::setBaselineRating(int rating)
{
    if (change(m_goal.baselineRating, rating)) {
        emit baselineRatingChanged();
        fieldEdited();
    }
}

void GoalEditor::setTargetDate(const QString &isoDate)
{
    const QString text = isoDate.trimmed();
    if (m_targetDateText == text)
        return;
    m_targetDateText = text;
    m_goal.targetDate = QDate::fromString(text, Qt::ISODate);
    emit targetDateChanged();
    fieldEdited();
}

QString GoalEditor::targetDateText() const
{
    return PersonFormat::date(m_goal.targetDate);
}

void GoalEditor::setStatus(const QString &status)
{
    if (change(m_goal.status, status)) {
        emit statusChanged();
        fieldEdited();
    }
}

QString GoalEditor::statusText() const
{
    return GoalFormat::statusLabel(m_goal.status);
}

QVariantList GoalEditor::statusOptions() const
{
    QVariantList options;
    for (const QString &status : GoalFormat::statuses())
        options.append(
            QVariantMap{{QStringLiteral("value"), status}, {QStringLiteral("label"), GoalFormat::statusLabel(status)}});
    return options;
}

bool GoalEditor::isModified() const
{
    return m_goal.words != m_saved.words || m_goal.statementIds != m_saved.statementIds
        || m_goal.baselineRating != m_saved.baselineRating || m_targetDateText != isoDate(m_saved.targetDate)
        || m_goal.status != m_saved.status;
}

void GoalEditor::setReviewRating(int rating)
{
    if (change(m_reviewRating, rating)) {
        emit reviewDraftChanged();
        fieldEdited();
    }
}

void GoalEditor::setReviewComment(const QString &comment)
{
    if (change(m_reviewComment, comment)) {
        emit reviewDraftChanged();
        fieldEdited();
    }
}

int GoalEditor::reviewCount() const
{
    // The first point is the baseline, not a review.
    return m_reviews.isEmpty() ? 0 : int(m_reviews.size()) - 1;
}

void GoalEditor::fieldEdited()
{
    if (!m_error.isEmpty())
        setError(QString(), QString());
    updateModified();
    if (m_loaded && !m_draftTimer.isActive())
        m_draftTimer.start();
}

bool GoalEditor::hasDraftContent() const
{
    return isModified() || m_reviewRating != 0 || !m_reviewComment.isEmpty();
}

QJsonObject GoalEditor::draftContent() const
{
    // Only what differs from the saved goal, so that changes synced in meanwhile to other fields stand.
    QJsonObject draft;
    if (m_goal.words != m_saved.words)
        draft.insert(kWords, m_goal.words);
    if (m_goal.statementIds != m_saved.statementIds)
        draft.insert(kStatementIds, QJsonArray::fromStringList(m_goal.statementIds));
    if (m_goal.baselineRating != m_saved.baselineRating)
        draft.insert(kBaselineRating, m_goal.baselineRating);
    if (m_targetDateText != isoDate(m_saved.targetDate))
        draft.insert(kTargetDate, m_targetDateText);
    if (m_goal.status != m_saved.status)
        draft.insert(kStatus, m_goal.status);
    if (m_reviewRating != 0)
        draft.insert(kReviewRating, m_reviewRating);
    if (!m_reviewComment.isEmpty())
        draft.insert(kReviewComment, m_reviewComment);
    return draft;
}

void GoalEditor::applyDraft(const QJsonObject &draft)
{
    if (draft.contains(kWords))
        m_goal.words = draft.value(kWords).toString();
    if (draft.contains(kStatementIds)) {
        m_goal.statementIds.clear();
        for (const QJsonValue &id : draft.value(kStatementIds).toArray())
            m_goal.statementIds.append(id.toString());
    }
    if (draft.contains(kBaselineRating))
        m_goal.baselineRating = draft.value(kBaselineRating).toInt();
    if (draft.contains(kTargetDate)) {
        m_targetDateText = draft.value(kTargetDate).toString();
        m_goal.targetDate = QDate::fromString(m_targetDateText, Qt::ISODate);
    }
    if (draft.contains(kStatus))
        m_goal.status = draft.value(kStatus).toString();
    m_reviewRating = draft.value(kReviewRating).toInt();
    m_reviewComment = draft.value(kReviewComment).toString();
}

void GoalEditor::keepDraft()
{
    m_draftTimer.stop();
    if (!m_loaded || !m_session || !m_session->store() || !m_session->store()->isUnlocked())
        return;
    Store &store = *m_session->store();
    // A draft that fails to save leaves the words on screen; the page still holds them.
    if (hasDraftContent())
        (void)GoalDraft::save(store, m_personId, m_goalId, draftContent());
    else if (GoalDraft::exists(store, m_personId, m_goalId))
        (void)GoalDraft::clear(store, m_personId, m_goalId);
}

void GoalEditor::emitFieldsChanged()
{
    emit wordsChanged();
    emit statementIdsChanged();
    emit baselineRatingChanged();
    emit targetDateChanged();
    emit statusChanged();
}

void GoalEditor::assignFields(const Goal &goal, const QString &targetDateText)
{
    m_goal = goal;
    m_targetDateText = targetDateText;
}

void GoalEditor::load()
{
    if (m_deferLoad)
        return;
    if (!m_session || m_session->state() != Session::Unlocked || !m_session->store() || m_personId.isEmpty()) {
        clear();
        return;
    }
    Store &store = *m_session->store();
    Goal saved;
    if (m_goalId.isEmpty()) {
        saved.personId = m_personId;
        saved.status = QStringLiteral("active");
    } else {
        auto goal = Repository<Goal>(store).get(m_goalId);
        if (!goal || goal->personId != m_personId) {
            clear();
            setError(QString(), tr("This goal cannot be found on this tablet. Go back and choose it again."));
            return;
        }
        saved = *goal;
    }
    m_saved = saved;
    assignFields(saved, isoDate(saved.targetDate));
    m_reviewRating = 0;
    m_reviewComment.clear();
    const std::optional<QJsonObject> draft = GoalDraft::load(store, m_personId, m_goalId);
    if (draft)
        applyDraft(*draft);
    setDraftRestored(draft.has_value() && hasDraftContent());
    m_wasModified = isModified();
    readReviews();
    setError(QString(), QString());
    setLoaded(true);
    emitFieldsChanged();
    emit reviewDraftChanged();
    emit modifiedChanged();
}

void GoalEditor::reload()
{
    if (!m_loaded || m_goalId.isEmpty() || !m_session || !m_session->store()) {
        load();
        return;
    }
    auto stored = Repository<Goal>(*m_session->store()).get(m_goalId);
    if (!stored)
        return; // keep what is on screen: nothing typed is dropped because the goal went away
    // Fields not edited here take the stored value; edits in progress stay.
    Goal next = *stored;
    QString nextTarget = isoDate(stored->targetDate);
    if (m_goal.words != m_saved.words)
        next.words = m_goal.words;
    if (m_goal.statementIds != m_saved.statementIds)
        next.statementIds = m_goal.statementIds;
    if (m_goal.baselineRating != m_saved.baselineRating)
        next.baselineRating = m_goal.baselineRating;
    if (m_targetDateText != isoDate(m_saved.targetDate)) {
        next.targetDate = m_goal.targetDate;
        nextTarget = m_targetDateText;
    }
    if (m_goal.status != m_saved.status)
        next.status = m_goal.status;
    m_saved = *stored;
    assignFields(next, nextTarget);
    readReviews();
    emitFieldsChanged();
    updateModified();
}

void GoalEditor::updateModified()
{
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged();
    }
}

bool GoalEditor::readReviews()
{
    QVariantList points;
    if (m_session && m_session->store()) {
        GoalHistory history(*m_session->store());
        QList<GoalReview> reviews;
        if (!m_goalId.isEmpty()) {
            auto read = history.reviews(m_goalId);
            if (!read) {
                setError(QString(), tr("This goal's reviews cannot be read: %1").arg(read.error().message()));
                return false;
            }
            reviews = *read;
        }
        // A new goal has no history yet: the chart starts once the goal is saved.
        if (!m_goalId.isEmpty())
            points = history.points(m_saved, reviews);
    }
    if (points != m_reviews) {
        m_reviews = points;
        emit reviewsChanged();
    }
    return true;
}

void GoalEditor::clear()
{
    m_draftTimer.stop();
    m_goal = Goal();
    m_goal.status = QStringLiteral("active");
    m_saved = m_goal;
    m_targetDateText.clear();
    m_reviewRating = 0;
    m_reviewComment.clear();
    m_wasModified = false;
    setDraftRestored(false);
    if (!m_reviews.isEmpty()) {
        m_reviews.clear();
        emit reviewsChanged();
    }
    setLoaded(false);
    emitFieldsChanged();
    emit reviewDraftChanged();
    emit modifiedChanged();
}

void GoalEditor::onLocking()
{
    // The key is still there: what was typed goes into the draft, then everything decrypted goes.
    keepDraft();
    clear();
    setError(QString(), QString());
}

void GoalEditor::discardChanges()
{
    if (m_session && m_session->store() && m_session->store()->isUnlocked())
        (void)GoalDraft::clear(*m_session->store(), m_personId, m_goalId);
    load();
}

bool GoalEditor::canWrite()
{
    if (!m_session || m_session->state() != Session::Unlocked || !m_session->store() || !m_loaded)
        return refuse(QString(), tr("Unlock Doorstep and open the goal again to save it."));
    if (m_session->currentUserId().isEmpty())
        return refuse(QString(),
                      tr("This tablet does not know who is signed in, so it cannot say who recorded this. "
                         "Sign in again, then save."));
    return true;
}

bool GoalEditor::save()
{
    if (!canWrite())
        return false;
    const QString words = m_goal.words.trimmed();
    if (words.isEmpty())
        return refuse(kWords, tr("Goal: write the goal in the person's own words before saving."));
    if (words.size() > kMaxWords)
        return refuse(kWords,
                      tr("Goal: keep it to %1 characters or fewer (it has %2).").arg(kMaxWords).arg(words.size()));
    const InstrumentCatalogue *catalogue = Session::instruments();
    for (const QString &id : m_goal.statementIds) {
        // A statement already on the saved goal stays even when this version does not know it
        // (linked on a tablet with a newer catalogue): it is the team's record, not a typing slip.
        if (m_saved.statementIds.contains(id))
            continue;
        if (!catalogue || !GoalFormat::isLinkable(*catalogue, id))
            return refuse(kStatementIds,
                          tr("I statements: \"%1\" is not one of the statements a goal can link to. Choose from the "
                             "list.")
                              .arg(id));
    }
    if (m_goal.statementIds.size() > kMaxStatements)
        return refuse(kStatementIds, tr("I statements: link %1 or fewer.").arg(kMaxStatements));
    if (m_goal.baselineRating < 1 || m_goal.baselineRating > 10)
        return refuse(kBaselineRating, tr("Baseline rating: choose a number from 1 to 10."));
    if (!m_targetDateText.isEmpty() && !m_goal.targetDate.isValid())
        return refuse(
            kTargetDate,
            tr("Target date: \"%1\" is not a date. Choose one from the calendar, or none.").arg(m_targetDateText));
    if (!GoalFormat::statuses().contains(m_goal.status))
        return refuse(kStatus, tr("Status: choose active, achieved or stopped."));

    Store &store = *m_session->store();
    Repository<Goal> goals(store);
    const QString draftGoalId = m_goalId;
    Goal goal;
    if (m_goalId.isEmpty()) {
        goal = m_goal;
        goal.id.clear();
        goal.personId = m_personId;
        goal.words = words;
        goal.createdBy = m_session->currentUserId();
        if (auto id = goals.create(goal); !id)
            return refuse(id.error().field.section(u'.', 1),
                          tr("The goal was not saved. %1").arg(id.error().message()));
    } else {
        // Only the fields changed here are written, onto the goal as it stands now, so that a
        // change synced in meanwhile to another field is not undone.
        auto current = goals.get(m_goalId);
        if (!current)
            return refuse(QString(), tr("The goal was not saved: it is no longer on this tablet."));
        goal = *current;
        if (words != m_saved.words)
            goal.words = words;
        if (m_goal.statementIds != m_saved.statementIds)
            goal.statementIds = m_goal.statementIds;
        if (m_goal.baselineRating != m_saved.baselineRating)
            goal.baselineRating = m_goal.baselineRating;
        if (m_targetDateText != isoDate(m_saved.targetDate))
            goal.targetDate = m_goal.targetDate;
        if (m_goal.status != m_saved.status)
            goal.status = m_goal.status;
        if (Status s = goals.update(goal); !s)
            return refuse(s.error().field.section(u'.', 1), tr("The goal was not saved. %1").arg(s.error().message()));
    }

    m_saved = goal;
    assignFields(goal, isoDate(goal.targetDate));
    (void)GoalDraft::clear(store, m_personId, draftGoalId);
    if (m_goalId != goal.id) {
        m_goalId = goal.id;
        emit goalIdChanged();
    }
    m_wasModified = false;
    setDraftRestored(false);
    setError(QString(), QString());
    readReviews();
    emitFieldsChanged();
    emit modifiedChanged();
    // A review still being written keeps its draft, now under the goal's id.
    if (hasDraftContent())
        keepDraft();
    m_session->noteLocalEdit();
    emit saved();
    return true;
}

bool GoalEditor::addReview(int rating, const QString &comment)
{
    if (!canWrite())
        return false;
    if (m_goalId.isEmpty())
        return refuse(QString(), tr("Save the goal first, then add its reviews."));
    if (rating < 1 || rating > 10)
        return refuse(kReviewRating, tr("Rating: choose a number from 1 to 10."));
    const QString text = comment.trimmed();
    if (text.size() > kMaxComment)
        return refuse(kReviewComment,
                      tr("Comment: keep it to %1 characters or fewer (it has %2).").arg(kMaxComment).arg(text.size()));
    GoalReview review;
    review.goalId = m_goalId;
    review.reviewedOn = QDate::currentDate();
    review.rating = rating;
    review.comment = text;
    review.reviewedBy = m_session->currentUserId();
    if (auto id = Repository<GoalReview>(*m_session->store()).create(review); !id) {
        const QString field = id.error().field.section(u'.', 1);
        return refuse(field == QLatin1String("rating")        ? kReviewRating
                          : field == QLatin1String("comment") ? kReviewComment
                                                              : QString(),
                      tr("The review was not saved. %1").arg(id.error().message()));
    }
    m_reviewRating = 0;
    m_reviewComment.clear();
    emit reviewDraftChanged();
    keepDraft();
    setError(QString(), QString());
    readReviews();
    m_session->noteLocalEdit();
    emit reviewAdded();
    return true;
}

bool GoalEditor::refuse(const QString &field, const QString &message)
{
    setError(field, message);
    return false;
}

void GoalEditor::setError(const QString &field, const QString &message)
{
    if (m_error == message && m_errorField == field)
        return;
    m_error = message;
    m_errorField = field;
    emit errorChanged();
}

void GoalEditor::setLoaded(bool loaded)
{
    if (m_loaded == loaded)
        return;
    m_loaded = loaded;
    emit loadedChanged();
}

void GoalEditor::setDraftRestored(bool restored)
{
    if (m_draftRestored == restored)
        return;
    m_draftRestored = restored;
    emit draftRestoredChanged();
}

} // namespace doorstep

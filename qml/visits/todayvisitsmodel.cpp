#include "todayvisitsmodel.h"

#include "person.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "visit.h"
#include "visitchanges.h"
#include "visitdraft.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTodayVisits, "doorstep.visits.today")

namespace doorstep {

TodayVisitsModel::TodayVisitsModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_rollover, &DayRollover::dayChanged, this, [this] {
        if (!m_fixedDay.isValid())
            reload();
    });
    connect(&VisitChanges::instance(), &VisitChanges::visitSaved, this, [this](Session *session, const QString &) {
        if (session == m_session)
            reload();
    });
    connect(&VisitChanges::instance(), &VisitChanges::draftKeptChanged, this,
            [this](Session *session, const QString &visitId, bool kept) {
                const int row = rowOf(visitId);
                if (session != m_session || row < 0 || m_rows[size_t(row)].hasDraft == kept)
                    return;
                m_rows[size_t(row)].hasDraft = kept;
                emit dataChanged(index(row), index(row), {HasDraftRole});
            });
}

int TodayVisitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TodayVisitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case PersonNameRole:
        return row.personName;
    case VisitIdRole:
        return row.visitId;
    case PersonIdRole:
        return row.personId;
    case AddressRole:
        return row.address;
    case PlannedAtRole:
        return row.plannedAt;
    case PlannedTimeTextRole:
        return row.plannedTimeText;
    case VisitTypeRole:
        return row.visitType;
    case VisitTypeTextRole:
        return row.visitTypeText;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        if (row.status == done())
            return tr("Done");
        if (row.status == inProgress())
            return tr("In progress");
        return tr("Planned");
    case HasDraftRole:
        return row.hasDraft;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayVisitsModel::roleNames() const
{
    return {
        {VisitIdRole, "visitId"},       {PersonIdRole, "personId"},           {PersonNameRole, "personName"},
        {AddressRole, "address"},       {PlannedAtRole, "plannedAt"},         {PlannedTimeTextRole, "plannedTimeText"},
        {VisitTypeRole, "visitType"},   {VisitTypeTextRole, "visitTypeText"}, {StatusRole, "status"},
        {StatusTextRole, "statusText"}, {HasDraftRole, "hasDraft"},
    };
}

void TodayVisitsModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::caseloadReloaded, this, &TodayVisitsModel::reload);
        connect(m_session, &Session::userChanged, this, &TodayVisitsModel::reload);
        connect(m_session, &Session::locking, this, &TodayVisitsModel::clear);
        connect(m_session, &Session::stateChanged, this, [this] {
            if (m_session->state() == Session::Unlocked)
                reload();
        });
    }
    emit sessionChanged();
    reload();
}

QDate TodayVisitsModel::day() const
{
    return m_fixedDay.isValid() ? m_fixedDay : m_rollover.day();
}

void TodayVisitsModel::setClock(std::function<QDateTime()> clock)
{
    m_rollover.setClock(std::move(clock));
    reload();
}

void TodayVisitsModel::setToday(const QDate &day)
{
    m_fixedDay = day;
    reload();
}

QString TodayVisitsModel::dateText() const
{
    return QLocale().toString(m_shownDay.isValid() ? m_shownDay : day(), QStringLiteral("dddd d MMMM"));
}

int TodayVisitsModel::doneCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.status == done(); }));
}

Status TodayVisitsModel::read(Store &store, const QString &practitionerId, const QDate &day,
                              std::vector<Row> &rows) const
{
    // The day's visits by the planned-time index: a practitioner has thousands over the years.
    auto visits = Repository<Visit>(store).listBetween(QStringLiteral("plannedAt"), day.startOfDay().toUTC(),
                                                       day.addDays(1).startOfDay().toUTC());
    if (!visits)
        return visits.error();
    Repository<Person> people(store);
    QHash<QString, Person> seen;
    for (const Visit &v : *visits) {
        if (v.practitionerId != practitionerId)
            continue;
        const QDateTime plannedLocal = v.plannedAt.toLocalTime();
        auto person = seen.find(v.personId);
        if (person == seen.end()) {
            auto read = people.get(v.personId);
            if (!read)
                return read.error();
            person = seen.insert(v.personId, *read);
        }
        Row row;
        row.visitId = v.id;
        row.personId = v.personId;
        row.personName = person->name;
        row.address = person->address;
        row.plannedAt = v.plannedAt;
        row.plannedTimeText = QLocale().toString(plannedLocal.time(), QStringLiteral("HH:mm"));
        row.visitType = v.visitType;
        row.visitTypeText = PersonFormat::choiceLabel(v.visitType);
        row.status = v.checkedOutAt.isValid() ? done() : v.checkedInAt.isValid() ? inProgress() : planned();
        auto draft = VisitDraft::load(store, v.id);
        row.hasDraft = !draft || draft->has_value(); // one that cannot be read is still there
        rows.push_back(std::move(row));
    }
    // Ids are time-ordered, so two visits planned for the same minute keep the order they were made in.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.plannedAt != b.plannedAt ? a.plannedAt < b.plannedAt : a.visitId < b.visitId;
    });
    return ok();
}

bool TodayVisitsModel::reload()
{
    std::vector<Row> rows;
    const QDate today = day();
    bool loaded = false;
    if (m_session && m_session->state() == Session::Unlocked && m_session->store()
        && !m_session->currentUserId().isEmpty()) {
        if (Status s = read(*m_session->store(), m_session->currentUserId(), today, rows); s) {
            loaded = true;
        } else {
            qCWarning(lcTodayVisits) << "today's visits could not be read:" << s.error().message();
            rows.clear();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (m_shownDay != today) {
        m_shownDay = today;
        emit dateChanged();
    }
    // Always: a reset may change how many are done without changing how many there are.
    emit countChanged();
    return loaded;
}

QString TodayVisitsModel::openVisitFor(const QString &personId) const
{
    QString planned;
    for (const Row &row : m_rows) {
        if (row.personId != personId)
            continue;
        if (row.status == inProgress())
            return row.visitId;
        if (row.status == TodayVisitsModel::planned() && planned.isEmpty())
            planned = row.visitId;
    }
    return planned;
}

int TodayVisitsModel::rowOf(const QString &visitId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].visitId == visitId)
            return int(i);
    }
    return -1;
}

QVariantMap TodayVisitsModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

void TodayVisitsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

} // namespace doorstep

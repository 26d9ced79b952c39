#include "intervieweelistmodel.h"

#include "interview.h"
#include "interviewee.h"
#include "person.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace doorstep {

IntervieweeListModel::IntervieweeListModel(QObject *parent) : SessionListModel(parent) { }

void IntervieweeListModel::setRoundId(const QString &roundId)
{
    if (m_roundId == roundId)
        return;
    m_roundId = roundId;
    emit roundIdChanged();
    reload();
}

QVariant IntervieweeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IntervieweeIdRole:
        return row.id;
    case PersonIdRole:
        return row.personId;
    case NameKnownRole:
        return row.nameKnown;
    case NumberRole:
        return row.number;
    case AddressRole:
        return row.address;
    case EligibilityRole:
        return row.eligibility;
    case ConsentRole:
        return row.consent;
    case ConsentTextRole:
        return consentText(row.consent, row.consentChangedOn);
    case InterviewedRole:
        return row.interviewed;
    default:
        return {};
    }
}

QHash<int, QByteArray> IntervieweeListModel::roleNames() const
{
    return {
        {IntervieweeIdRole, "intervieweeId"}, {PersonIdRole, "personId"}, {NameRole, "name"},
        {NameKnownRole, "nameKnown"},         {NumberRole, "number"},     {AddressRole, "address"},
        {EligibilityRole, "eligibility"},     {ConsentRole, "consent"},   {ConsentTextRole, "consentText"},
        {InterviewedRole, "interviewed"},
    };
}

QString IntervieweeListModel::consentText(const QString &consent, const QDate &changedOn)
{
    if (consent == QLatin1String("given"))
        return tr("Agreed on %1").arg(PersonFormat::date(changedOn));
    if (consent == QLatin1String("withdrawn"))
        return tr("Does not agree (since %1)").arg(PersonFormat::date(changedOn));
    return tr("Not asked yet");
}

int IntervieweeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void IntervieweeListModel::reload()
{
    Store *store = unlockedStore();
    if (!store || m_roundId.isEmpty()) {
        clear();
        return;
    }
    auto rows = read(*store);
    if (!rows) {
        setError(tr("The people listed for this round cannot be read: %1").arg(rows.error().message()));
        clear();
        return;
    }
    setError(QString());
    replaceRows(m_rows, std::move(rows).value());
}

void IntervieweeListModel::clear()
{
    replaceRows(m_rows, {});
}

Result<std::vector<IntervieweeListModel::Row>> IntervieweeListModel::read(Store &store) const
{
    auto interviewees = Repository<Interviewee>(store).listWhere(QStringLiteral("roundId"), m_roundId);
    if (!interviewees)
        return interviewees.error();
    auto interviews = Repository<Interview>(store).listWhere(QStringLiteral("roundId"), m_roundId);
    if (!interviews)
        return interviews.error();
    QSet<QString> interviewed;
    for (const Interview &interview : *interviews)
        interviewed.insert(interview.intervieweeId);

    // The team's list in the order it was made (ids are time-ordered): that is what "Person N" counts.
    QList<Interviewee> ordered = *interviewees;
    std::sort(ordered.begin(), ordered.end(), [](const Interviewee &a, const Interviewee &b) { return a.id < b.id; });
    Repository<Person> people(store);
    std::vector<Row> rows;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const Interviewee &interviewee = ordered[i];
        Row row;
        row.id = interviewee.id;
        row.personId = interviewee.personId;
        row.number = int(i + 1);
        if (auto person = people.get(interviewee.personId)) {
            row.name = person->name;
            row.address = person->address;
            row.nameKnown = true;
        } else {
            row.name = tr("Person %1 on the team's list").arg(row.number);
        }
        row.eligibility = interviewee.eligibility;
        row.consent = interviewee.consent;
        row.consentChangedOn = interviewee.consentChangedOn;
        row.interviewed = interviewee.consent == QLatin1String("given") && interviewed.contains(interviewee.id);
        rows.push_back(std::move(row));
    }
    // Names in alphabetical order where the tablet has them, then the rest by their place on the list.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.nameKnown != b.nameKnown)
            return a.nameKnown;
        if (a.nameKnown) {
            const int order = collator.compare(a.name, b.name);
            if (order != 0)
                return order < 0;
        }
        return a.number < b.number;
    });
    return rows;
}

QString IntervieweeListModel::intervieweeIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : QString();
}

int IntervieweeListModel::rowOf(const QString &intervieweeId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == intervieweeId)
            return int(i);
    }
    return -1;
}

} // namespace doorstep

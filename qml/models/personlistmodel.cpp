#include "personlistmodel.h"

#include "nhsnumber.h"
#include "personformat.h"
#include "recordstore.h"
#include "repository.h"
#include "searchkey.h"
#include "store.h"
#include "visit.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace doorstep {

PersonListModel::PersonListModel(QObject *parent) : QAbstractListModel(parent) { }

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.person->name;
    case PersonIdRole:
        return row.person.id();
    case DateOfBirthRole:
        return row.person->dateOfBirth;
    case DateOfBirthTextRole:
        return PersonFormat::date(row.person->dateOfBirth);
    case AgeRole:
        return row.age;
    case NhsNumberRole:
        return PersonFormat::nhsNumber(row.person->nhsNumber);
    case AddressRole:
        return row.person->address;
    case GpPracticeRole:
        return row.person->gpPractice;
    case NextVisitRole:
        return row.nextVisit;
    case NextVisitTextRole:
        return PersonFormat::dateTime(row.nextVisit);
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonListModel::roleNames() const
{
    return {
        {PersonIdRole, "personId"},
        {NameRole, "name"},
        {DateOfBirthRole, "dateOfBirth"},
        {DateOfBirthTextRole, "dateOfBirthText"},
        {AgeRole, "age"},
        {NhsNumberRole, "nhsNumber"},
        {AddressRole, "address"},
        {GpPracticeRole, "gpPractice"},
        {NextVisitRole, "nextVisit"},
        {NextVisitTextRole, "nextVisitText"},
    };
}

Status PersonListModel::load(Store &store, const QDateTime &now)
{
    auto sealed = read(store, now);
    if (!sealed) {
        clear();
        return sealed.error();
    }
    return load(store, std::move(sealed).value());
}

Result<SealedCaseload> PersonListModel::read(Store &store, const QDateTime &now)
{
    // Only what the rows show and search: a person's longer free text is read on their own page.
    auto people = Repository<Person>(store).listSealed({QStringLiteral("name"), QStringLiteral("dateOfBirth"),
                                                        QStringLiteral("nhsNumber"), QStringLiteral("address"),
                                                        QStringLiteral("gpPractice")});
    if (!people)
        return people.error();
    // The next visit of each person: the earliest planned one from now on that is not finished, found
    // by SQL on the planned-time index; no visit is decrypted (a caseload has years of them).
    auto nextVisit
        = store.records().leastPerGroup(Visit::schema(), QStringLiteral("personId"), QStringLiteral("plannedAt"),
                                        now.toUTC(), QStringLiteral("checkedOutAt"));
    if (!nextVisit)
        return nextVisit.error();
    return SealedCaseload{std::move(people).value(), std::move(nextVisit).value(), now};
}

Status PersonListModel::load(Store &store, SealedCaseload sealed)
{
    auto people = Repository<Person>(store).unsealPartial(std::move(sealed.people));
    if (!people) {
        clear();
        return people.error();
    }

    std::vector<Row> rows;
    rows.reserve(size_t(people->size()));
    const QDate today = sealed.now.toLocalTime().date();
    for (const Partial<Person> &p : *people) {
        Row row;
        row.person = p;
        row.age = PersonFormat::age(p->dateOfBirth, today);
        row.nextVisit = sealed.nextVisit.value(p.id()).toDateTime();
        row.nameWords = SearchKey::words(p->name);
        row.nhsDigits = NhsNumber::normalised(p->nhsNumber);
        rows.push_back(std::move(row));
    }

    // Name order by the locale's collation, ranked once: the proxy then compares two integers.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const int byName = collator.compare(rows[a].person->name, rows[b].person->name);
        return byName != 0 ? byName < 0 : rows[a].person.id() < rows[b].person.id();
    });
    for (size_t rank = 0; rank < order.size(); ++rank)
        rows[order[rank]].nameRank = int(rank);

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
    return ok();
}

void PersonListModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
    emit countChanged();
}

int PersonListModel::rowOf(const QString &personId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].person.id() == personId)
            return int(i);
    }
    return -1;
}

} // namespace doorstep

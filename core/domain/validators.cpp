#include "validators.h"

#include "nhsnumber.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace doorstep::Validators {

QString userName(const QVariant &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,63}$"));
    return pattern.match(value.toString()).hasMatch()
        ? QString()
        : QStringLiteral("must be 3 to 64 lower-case letters, digits, dots, dashes or underscores");
}

QString dateOfBirth(const QVariant &value)
{
    const QDate date = value.toDate();
    if (date > QDate::currentDate())
        return QStringLiteral("is in the future");
    if (date < QDate(1890, 1, 1))
        return QStringLiteral("is before 1890");
    return {};
}

QString nhsNumber(const QVariant &value)
{
    const QString text = value.toString();
    // Stored without spaces, so that search and sync compare one form.
    if (text != NhsNumber::normalised(text))
        return QStringLiteral("must be stored without spaces");
    return NhsNumber::whyInvalid(text);
}

QString notInFuture(const QVariant &value)
{
    return value.toDate() > QDate::currentDate().addDays(1) ? QStringLiteral("is in the future") : QString();
}

const QStringList &agreeScale()
{
    static const QStringList scale{QStringLiteral("strongly-agree"), QStringLiteral("agree"), QStringLiteral("neither"),
                                   QStringLiteral("disagree"), QStringLiteral("strongly-disagree")};
    return scale;
}

QString interviewAnswers(const QVariant &value)
{
    const QJsonArray answers = value.toJsonArray();
    if (answers.size() > 50)
        return QStringLiteral("has more than 50 answers");
    QSet<QString> seen;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString where = QStringLiteral("answer %1: ").arg(i + 1);
        if (!answers.at(i).isObject())
            return where + QStringLiteral("is not an object");
        const QJsonObject a = answers.at(i).toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (it.key() != QLatin1String("statementId") && it.key() != QLatin1String("agreement")
                && it.key() != QLatin1String("comment"))
                return where + QStringLiteral("has an unknown field \"%1\"").arg(it.key());
        }
        const QString statementId = a.value(QStringLiteral("statementId")).toString();
        if (statementId.isEmpty())
            return where + QStringLiteral("statementId is required");
        if (seen.contains(statementId))
            return where + QStringLiteral("statement %1 is answered twice").arg(statementId);
        seen.insert(statementId);
        const QJsonValue agreement = a.value(QStringLiteral("agreement"));
        if (!agreement.isNull() && !agreement.isUndefined() && !agreeScale().contains(agreement.toString()))
            return where + QStringLiteral("agreement must be one of: ") + agreeScale().join(QStringLiteral(", "));
        const QJsonValue comment = a.value(QStringLiteral("comment"));
        if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
            return where + QStringLiteral("comment must be text");
        if (comment.toString().size() > 4000)
            return where + QStringLiteral("comment is longer than 4000 characters");
    }
    return {};
}

namespace {

const QVariant &valueOf(const EntitySchema &s, const Values &v, const char *field)
{
    return v[size_t(s.indexOf(QString::fromLatin1(field)))];
}

std::optional<Error> visitChecks(const EntitySchema &s, const Values &v)
{
    const QDateTime in = valueOf(s, v, "checkedInAt").toDateTime();
    const QDateTime out = valueOf(s, v, "checkedOutAt").toDateTime();
    if (out.isValid() && !in.isValid())
        return s.errorFor(s.indexOf(u"checkedOutAt"), QStringLiteral("needs a check-in first"));
    if (out.isValid() && out < in)
        return s.errorFor(s.indexOf(u"checkedOutAt"), QStringLiteral("is before the check-in"));
    const char *location[] = {"latitude", "longitude", "locationAccuracy", "locationAt"};
    int present = 0;
    for (const char *f : location)
        present += s.isAbsent(s.indexOf(QString::fromLatin1(f)), valueOf(s, v, f)) ? 0 : 1;
    if (present != 0 && present != 4)
        return s.errorFor(s.indexOf(u"latitude"),
                          QStringLiteral("a location fix needs latitude, longitude, accuracy and time together"));
    if (present == 4) {
        const double lat = valueOf(s, v, "latitude").toDouble();
        const double lon = valueOf(s, v, "longitude").toDouble();
        const double accuracy = valueOf(s, v, "locationAccuracy").toDouble();
        if (lat < -90 || lat > 90)
            return s.errorFor(s.indexOf(u"latitude"), QStringLiteral("must be from -90 to 90"));
        if (lon < -180 || lon > 180)
            return s.errorFor(s.indexOf(u"longitude"), QStringLiteral("must be from -180 to 180"));
        if (accuracy < 0)
            return s.errorFor(s.indexOf(u"locationAccuracy"), QStringLiteral("must not be negative"));
    }
    return std::nullopt;
}

std::optional<Error> postcardChecks(const EntitySchema &s, const Values &v)
{
    const bool anything = !s.isAbsent(s.indexOf(u"q1"), valueOf(s, v, "q1"))
        || !s.isAbsent(s.indexOf(u"q2"), valueOf(s, v, "q2"))
        || !valueOf(s, v, "suggestion").toString().trimmed().isEmpty();
    if (!anything)
        return Error{s.entity, QStringLiteral("a postcard needs at least one answer")};
    return std::nullopt;
}

std::optional<Error> roundChecks(const EntitySchema &s, const Values &v)
{
    if (valueOf(s, v, "endsOn").toDate() < valueOf(s, v, "startsOn").toDate())
        return s.errorFor(s.indexOf(u"endsOn"), QStringLiteral("is before the start"));
    return std::nullopt;
}

std::optional<Error> intervieweeChecks(const EntitySchema &s, const Values &v)
{
    const QString consent = valueOf(s, v, "consent").toString();
    if (consent != QLatin1String("not-asked") && !valueOf(s, v, "consentChangedOn").toDate().isValid())
        return s.errorFor(s.indexOf(u"consentChangedOn"),
                          QStringLiteral("is required when consent is given or withdrawn"));
    return std::nullopt;
}

} // namespace

std::function<std::optional<Error>(const EntitySchema &, const Values &)> crossCheckFor(const QString &entity)
{
    if (entity == QLatin1String("visit"))
        return visitChecks;
    if (entity == QLatin1String("postcard"))
        return postcardChecks;
    if (entity == QLatin1String("evaluationRound"))
        return roundChecks;
    if (entity == QLatin1String("interviewee"))
        return intervieweeChecks;
    return {};
}

} // namespace doorstep::Validators

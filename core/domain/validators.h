#pragma once

#include "entityschema.h"

#include <QVariant>

#include <functional>
#include <optional>

namespace doorstep::Validators {

// Field checks shared by the entity schemas; each returns the reason a present value is refused.
QString userName(const QVariant &value);
QString dateOfBirth(const QVariant &value);
QString nhsNumber(const QVariant &value);
QString notInFuture(const QVariant &value);
QString interviewAnswers(const QVariant &value);

// The agree scale of a peer evaluation interview, from most to least agreement.
const QStringList &agreeScale();

// The checks across fields of one entity (check-out after check-in, and the like); empty when none.
std::function<std::optional<Error>(const EntitySchema &, const Values &)> crossCheckFor(const QString &entity);

} // namespace doorstep::Validators

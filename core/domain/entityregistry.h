#pragma once

#include "entityschema.h"

#include <QString>

#include <vector>

namespace doorstep {

// Every record type the store and the sync protocol know, by the name the outbox and the wire use.
namespace EntityRegistry {
const std::vector<const EntitySchema *> &all();
const EntitySchema *find(QStringView entity); // nullptr for an unknown record type
} // namespace EntityRegistry

} // namespace doorstep

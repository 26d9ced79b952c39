#include "personprojection.h"

namespace doorstep {

const QStringList &PersonProjection::fields()
{
    static const QStringList projected{QStringLiteral("name"), QStringLiteral("address"),
                                       QStringLiteral("communicationNeeds"), QStringLiteral("teamId")};
    return projected;
}

ServerRecord PersonProjection::of(const ServerRecord &person)
{
    ServerRecord cut = person;
    cut.fields = {};
    cut.stamps = {};
    for (const QString &field : fields()) {
        if (person.fields.contains(field))
            cut.fields.insert(field, person.fields.value(field));
        if (person.stamps.contains(field))
            cut.stamps.insert(field, person.stamps.value(field));
    }
    // The deletion's stamp travels with the deletion, so the device's copy goes when the person does.
    const QString deletedKey = QStringLiteral("@deleted");
    if (person.stamps.contains(deletedKey))
        cut.stamps.insert(deletedKey, person.stamps.value(deletedKey));
    return cut;
}

} // namespace doorstep

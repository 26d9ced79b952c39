#include "visitdraft.h"

#include "store.h"

#include <QDataStream>
#include <QIODevice>

namespace doorstep {

namespace {
// Bumped if the stored form ever changes; an unknown version is refused, never guessed at.
constexpr quint8 kFormat = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_0;
} // namespace

QByteArray VisitDraft::serialise() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kFormat << notes << nextSteps;
    return bytes;
}

std::optional<VisitDraft> VisitDraft::parse(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint8 format = 0;
    VisitDraft draft;
    in >> format >> draft.notes >> draft.nextSteps;
    if (in.status() != QDataStream::Ok || format != kFormat || !in.atEnd())
        return std::nullopt;
    return draft;
}

QString VisitDraft::secretName(const QString &visitId)
{
    return QStringLiteral("visit-draft:") + visitId;
}

Result<std::optional<VisitDraft>> VisitDraft::load(Store &store, const QString &visitId)
{
    auto bytes = store.secret(secretName(visitId));
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return std::optional<VisitDraft>();
    auto draft = parse(*bytes);
    if (!draft)
        return Error{QStringLiteral("draft"), QStringLiteral("is not in a form this version of Doorstep reads")};
    return draft;
}

Status VisitDraft::save(Store &store, const QString &visitId, const VisitDraft &draft)
{
    return store.saveSecret(secretName(visitId), draft.serialise());
}

Status VisitDraft::remove(Store &store, const QString &visitId)
{
    return store.removeSecret(secretName(visitId));
}

} // namespace doorstep

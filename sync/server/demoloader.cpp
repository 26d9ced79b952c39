#include "demoloader.h"

#include "keyvault.h"
#include "outbox.h"
#include "serverdatabase.h"
#include "servicetransport.h"
#include "store.h"
#include "syncclient.h"
#include "syncservice.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcServerDb)

namespace doorstep {

namespace {

Result<qint64> countRows(ServerDatabase &db, const QString &sql)
{
    QSqlQuery &q = db.query(sql);
    if (Status s = db.exec(q, QStringLiteral("count")); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace

Result<QString> DemoLoader::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("password file"), QStringLiteral("%1 cannot be read").arg(path));
    QString password = QString::fromUtf8(file.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return Error(QStringLiteral("password file"), QStringLiteral("%1 has no password on its first line").arg(path));
    return password;
}

Result<DemoLoader::Summary> DemoLoader::load(ServerDatabase &db, SyncService &service, const QString &password,
                                             DemoNeighbourhood::Options options)
{
    Summary summary;
    // Only ever on an empty server: the demo must never mix with, or stand in for, a real team.
    for (const char *sql : {"SELECT COUNT(*) FROM accounts", "SELECT COUNT(*) FROM records"}) {
        auto rows = countRows(db, QString::fromLatin1(sql));
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return summary;
    }

    // Teams and users are an admin's to create; devices may not push them.
    const DemoNeighbourhood::Roster roster = DemoNeighbourhood::roster(options);
    auto teamId = service.createTeam(roster.teamName, roster.teamArea);
    if (!teamId)
        return teamId.error();
    options.teamId = *teamId;
    options.practitionerIds.clear();
    options.peerEvaluatorIds.clear();
    QString deviceUser;
    for (const DemoNeighbourhood::StaffMember &member : roster.staff) {
        auto userId = service.createUser(member.userName, member.displayName, member.role, *teamId, password,
                                         member.profession);
        if (!userId)
            return Error(QStringLiteral("demo user %1").arg(member.userName), userId.error().message());
        if (member.role == QLatin1String("practitioner")) {
            options.practitionerIds.append(*userId);
            if (deviceUser.isEmpty())
                deviceUser = member.userName;
        } else if (member.role == QLatin1String("peer-evaluator")) {
            options.peerEvaluatorIds.append(*userId);
        }
        summary.userNames.append(member.userName);
    }
    if (deviceUser.isEmpty())
        return Error(QStringLiteral("demo"), QStringLiteral("has no practitioner to push the records"));

    // A throwaway device store: its key and PIN live only as long as this call.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(QStringLiteral("temporary directory"), QStringLiteral("cannot be created"));
    Store::Options storeOptions;
    storeOptions.directory = dir.path();
    storeOptions.cost = KeyVault::testCost(); // nothing it wraps outlives this call
    storeOptions.durable = false; // thrown away at the end; the server's own database stays durable
    auto store = Store::open(std::move(storeOptions));
    if (!store)
        return store.error();
    const QString pin = QString::number(QRandomGenerator::system()->bounded(100000000, 999999999));
    if (Status s = (*store)->createKey(pin); !s)
        return s.error();

    ServiceTransport transport(service);
    SyncClient client(**store, transport);
    Result<Enrolment> enrolment = Error(QStringLiteral("enrolment"), QStringLiteral("did not answer"));
    client.enrol(deviceUser, password, QStringLiteral("demo loader (load-demo)"),
                 [&](Result<Enrolment> r) { enrolment = std::move(r); });
    if (!enrolment)
        return Error(QStringLiteral("demo device enrolment"), enrolment.error().message());

    auto generated = DemoNeighbourhood::generate(**store, options);
    if (!generated)
        return generated.error();
    summary.people = generated->people;
    const qint64 owed = (*store)->outbox().count();

    SyncOutcome outcome;
    outcome.status = Error(QStringLiteral("sync"), QStringLiteral("did not finish"));
    client.sync([&](const SyncOutcome &o) { outcome = o; });
    if (!outcome.status)
        return Error(QStringLiteral("demo push"), outcome.status.error().message(), outcome.status.error().code,
                     outcome.status.error().subject);
    if ((*store)->outbox().count() != 0)
        return Error(QStringLiteral("demo push"), QStringLiteral("the server did not acknowledge every record"));
    summary.recordsPushed = int(owed);

    // The loader's device is gone after this; revoked, it can never be used and never holds back the
    // purging of deletions that waits for every active device.
    auto devices = service.listDevices();
    if (!devices)
        return devices.error();
    for (const SyncService::DeviceInfo &device : *devices) {
        if (device.deviceId == (*store)->deviceId()) {
            if (Status s = service.revokeDevice(device.deviceId); !s)
                return s.error();
        }
    }
    (*store)->lock();
    summary.teamId = *teamId;
    summary.loaded = true;
    qCInfo(lcServerDb) << "demo loaded:" << summary.recordsPushed << "records pushed";
    return summary;
}

} // namespace doorstep

// doorstep-server: the sync server and its admin commands. See sync/PROTOCOL.md and the README.
#include "demoloader.h"
#include "httpfrontend.h"
#include "serverconfig.h"
#include "serverdatabase.h"
#include "servethread.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QTextStream>

#include <sodium.h>

#include <cstdio>

using namespace doorstep;

namespace {

const char *const kUsage = R"(usage: doorstep-server COMMAND [--config FILE] [--database LOCATION] [options]

commands:
  serve            [--listen 127.0.0.1] [--port 8470] [--password-cost interactive|minimum]
                   [--workers N]   threads serving requests (default: 2 on SQLite, 4 on PostgreSQL)
  create-team      --name NAME [--area AREA]                      prints the team id
  create-user      --user NAME --display-name NAME --role ROLE --team ID [--profession P]
                   reads the password from the first line of standard input; prints the user id
  list-devices
  revoke-device    DEVICE_ID
  load-demo        --password-file FILE
                   on an empty database only: creates the fictitious demo team and its users
                   (demo.practitioner1-3, demo.evaluator1, demo.lead; each with the password on the
                   file's first line), then pushes the demo neighbourhood's records as a tablet would
  purge            [--older-than-days 30] [--inactive-after-days 90]
                   removes tombstones every active tablet has pulled past; a tablet away longer resynchronises

LOCATION is sqlite:FILE (the default is sqlite:doorstep-server.sqlite) or
postgres:"host=127.0.0.1 port=5432 dbname=doorstep user=doorstep password=..."
)";

int fail(const QString &message)
{
    QTextStream(stderr) << "doorstep-server: " << message << Qt::endl;
    return 1;
}

QString option(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doorstep-server"));
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium failed to initialise"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << kUsage;
        return args.isEmpty() ? 64 : 0;
    }
    const QString command = args.takeFirst();

    ServerConfig config;
    const QString configPath = option(args, QStringLiteral("--config"));
    if (!configPath.isEmpty()) {
        auto loaded = ServerConfig::fromFile(configPath);
        if (!loaded)
            return fail(loaded.error().message());
        config = *loaded;
    }
    QStringList rest;
    if (Status s = config.applyFlags(args, &rest); !s)
        return fail(s.error().message());

    auto db = ServerDatabase::open(config.database);
    if (!db)
        return fail(db.error().message());
    SyncService::Options options;
    if (config.passwordCost == QLatin1String("minimum")) {
        options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
    // The worker threads' services share it, as they share the database.
    options.clock = std::make_shared<ServerClock>();
    SyncService service(**db, options);
    QTextStream out(stdout);

    if (command == QLatin1String("serve")) {
        if (!rest.isEmpty())
            return fail(QStringLiteral("unknown option %1").arg(rest.first()));
        HttpFrontend frontend(service);
        const int workers = config.workerCount();
        const quint16 port = frontend.listen(config.address, config.port);
        if (port == 0)
            return fail(QStringLiteral("cannot listen on %1:%2").arg(config.address.toString()).arg(config.port));
        // This thread is the first worker; the others accept connections from its socket.
        std::vector<std::unique_ptr<ServeThread>> threads;
        for (int i = 1; i < workers; ++i) {
            threads.push_back(std::make_unique<ServeThread>(config, options, frontend.duplicateListeningSocket()));
            if (Status s = threads.back()->startListening(); !s)
                return fail(s.error().message());
        }
        out << "doorstep-server serving with " << workers << (workers == 1 ? " thread" : " threads") << Qt::endl;
        // Tests and scripts read this line to learn the port (with --port 0).
        out << "doorstep-server listening on " << config.address.toString() << ':' << port << Qt::endl;
        return app.exec();
    }
    if (command == QLatin1String("create-team")) {
        const QString name = option(rest, QStringLiteral("--name"));
        const QString area = option(rest, QStringLiteral("--area"));
        if (!rest.isEmpty())
            return fail(QStringLiteral("unknown option %1").arg(rest.first()));
        auto id = service.createTeam(name, area);
        if (!id)
            return fail(id.error().message());
        out << *id << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("create-user")) {
        const QString user = option(rest, QStringLiteral("--user"));
        const QString display = option(rest, QStringLiteral("--display-name"));
        const QString role = option(rest, QStringLiteral("--role"));
        const QString team = option(rest, QStringLiteral("--team"));
        const QString profession = option(rest, QStringLiteral("--profession"));
        if (!rest.isEmpty())
            return fail(QStringLiteral("unknown option %1").arg(rest.first()));
        // The password never goes on the command line, where other users could read it.
        const QString password = QTextStream(stdin).readLine();
        auto id = service.createUser(user, display, role, team, password, profession);
        if (!id)
            return fail(id.error().message());
        out << *id << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("list-devices")) {
        auto devices = service.listDevices();
        if (!devices)
            return fail(devices.error().message());
        for (const auto &d : *devices)
            out << d.deviceId << '\t' << d.userName << '\t' << d.name << '\t'
                << (d.revokedAt ? QStringLiteral("revoked") : QStringLiteral("active")) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("purge")) {
        bool okDays = true, okInactive = true;
        const QString days = option(rest, QStringLiteral("--older-than-days"));
        const QString inactive = option(rest, QStringLiteral("--inactive-after-days"));
        const qint64 horizon = days.isEmpty() ? 30 : days.toLongLong(&okDays);
        const qint64 away = inactive.isEmpty() ? 90 : inactive.toLongLong(&okInactive);
        if (!rest.isEmpty())
            return fail(QStringLiteral("unknown option %1").arg(rest.first()));
        if (!okDays || !okInactive || horizon < 1 || away < horizon)
            return fail(
                QStringLiteral("--older-than-days must be at least 1 and --inactive-after-days at least as long"));
        auto purged = service.purgeTombstones(horizon * 24 * 3600 * 1000, away * 24 * 3600 * 1000);
        if (!purged)
            return fail(purged.error().message());
        out << "purged " << *purged << " tombstones" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("revoke-device")) {
        if (rest.size() != 1)
            return fail(QStringLiteral("revoke-device takes one device id"));
        if (Status s = service.revokeDevice(rest.first()); !s)
            return fail(s.error().message());
        out << "revoked " << rest.first() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("load-demo")) {
        const QString passwordFile = option(rest, QStringLiteral("--password-file"));
        if (!rest.isEmpty())
            return fail(QStringLiteral("unknown option %1").arg(rest.first()));
        if (passwordFile.isEmpty())
            return fail(QStringLiteral("load-demo needs --password-file FILE"));
        // From a file, like create-user's standard input: never on the command line.
        auto password = DemoLoader::readPasswordFile(passwordFile);
        if (!password)
            return fail(password.error().message());
        auto summary = DemoLoader::load(**db, service, *password);
        if (!summary)
            return fail(QStringLiteral("load-demo: ") + summary.error().message());
        if (!summary->loaded) {
            out << "load-demo: the database already holds teams or records; nothing was loaded" << Qt::endl;
            return 0;
        }
        out << "load-demo: team " << summary->teamId << ", " << summary->people << " people, " << summary->recordsPushed
            << " records pushed; users " << summary->userNames.join(QStringLiteral(", ")) << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("unknown command %1\n%2").arg(command, QString::fromLatin1(kUsage)));
}

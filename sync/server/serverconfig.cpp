#include "serverconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace doorstep {

namespace {

Status checkAddress(const QString &text, QHostAddress *address, const QString &field)
{
    QHostAddress parsed;
    if (!parsed.setAddress(text))
        return Error(field, QStringLiteral("\"%1\" is not an IP address").arg(text));
    if (!parsed.isLoopback())
        return Error(field,
                     QStringLiteral("must be a loopback address: put a reverse proxy (nginx) in front for "
                                    "other networks"));
    *address = parsed;
    return ok();
}

Status checkPort(qint64 port, quint16 *out, const QString &field)
{
    if (port < 0 || port > 65535)
        return Error(field, QStringLiteral("must be from 0 to 65535"));
    *out = quint16(port);
    return ok();
}

Status checkCost(const QString &cost, QString *out, const QString &field)
{
    if (cost != QLatin1String("interactive") && cost != QLatin1String("minimum"))
        return Error(field, QStringLiteral("must be interactive or minimum"));
    *out = cost;
    return ok();
}

Status checkWorkers(qint64 workers, int *out, const QString &field)
{
    if (workers < 1 || workers > ServerConfig::kMaxWorkers)
        return Error(field, QStringLiteral("must be from 1 to %1").arg(ServerConfig::kMaxWorkers));
    *out = int(workers);
    return ok();
}

Status checkDatabase(const QString &location, QString *out, const QString &field)
{
    if (!location.startsWith(QLatin1String("sqlite:")) && !location.startsWith(QLatin1String("postgres:")))
        return Error(field, QStringLiteral("must start with sqlite: or postgres:"));
    if (location.size() <= 9 && location.startsWith(QLatin1String("sqlite:")) && location.size() == 7)
        return Error(field, QStringLiteral("names no file"));
    *out = location;
    return ok();
}

} // namespace

Result<ServerConfig> ServerConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("config"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!doc.isObject())
        return Error(QStringLiteral("config"), QStringLiteral("is not a JSON object: ") + parseError.errorString());
    const QJsonObject o = doc.object();
    ServerConfig config;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString field = QStringLiteral("config.") + key;
        Status s = ok();
        if (key == QLatin1String("listen")) {
            s = it.value().isString() ? checkAddress(it.value().toString(), &config.address, field)
                                      : Status(Error(field, QStringLiteral("must be a string")));
        } else if (key == QLatin1String("port")) {
            s = it.value().isDouble() ? checkPort(it.value().toInteger(-1), &config.port, field)
                                      : Status(Error(field, QStringLiteral("must be a number")));
        } else if (key == QLatin1String("database")) {
            s = it.value().isString() ? checkDatabase(it.value().toString(), &config.database, field)
                                      : Status(Error(field, QStringLiteral("must be a string")));
        } else if (key == QLatin1String("workers")) {
            s = it.value().isDouble() && it.value().toDouble() == double(it.value().toInteger(-1))
                ? checkWorkers(it.value().toInteger(-1), &config.workers, field)
                : Status(Error(field, QStringLiteral("must be a whole number")));
        } else if (key == QLatin1String("passwordCost")) {
            s = it.value().isString() ? checkCost(it.value().toString(), &config.passwordCost, field)
                                      : Status(Error(field, QStringLiteral("must be a string")));
        } else {
            s = Error(field, QStringLiteral("is not a setting"));
        }
        if (!s)
            return s.error();
    }
    return config;
}

Status ServerConfig::applyFlags(const QStringList &flags, QStringList *remaining)
{
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QString flag = flags.at(i);
        const bool takesValue = flag == QLatin1String("--database") || flag == QLatin1String("--port")
            || flag == QLatin1String("--listen") || flag == QLatin1String("--password-cost")
            || flag == QLatin1String("--workers");
        if (!takesValue) {
            remaining->append(flag);
            continue;
        }
        if (i + 1 >= flags.size())
            return Error(flag, QStringLiteral("needs a value"));
        const QString value = flags.at(++i);
        Status s = ok();
        if (flag == QLatin1String("--database")) {
            s = checkDatabase(value, &database, flag);
        } else if (flag == QLatin1String("--port")) {
            bool isNumber = false;
            const qint64 n = value.toLongLong(&isNumber);
            s = isNumber ? checkPort(n, &port, flag) : Status(Error(flag, QStringLiteral("must be a number")));
        } else if (flag == QLatin1String("--listen")) {
            s = checkAddress(value, &address, flag);
        } else if (flag == QLatin1String("--workers")) {
            bool isNumber = false;
            const qint64 n = value.toLongLong(&isNumber);
            s = isNumber ? checkWorkers(n, &workers, flag)
                         : Status(Error(flag, QStringLiteral("must be a whole number")));
        } else {
            s = checkCost(value, &passwordCost, flag);
        }
        if (!s)
            return s;
    }
    return ok();
}

int ServerConfig::workerCount() const
{
    if (workers > 0)
        return workers;
    return database.startsWith(QLatin1String("postgres:")) ? 4 : 2;
}

} // namespace doorstep

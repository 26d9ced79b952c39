#pragma once

#include "benchsyncoutput.h"
#include "serverdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace doorstep::benchsync {

// Where one benchmark run keeps the server's data: a fresh SQLite file, or a fresh PostgreSQL
// database made for the run on the server that DOORSTEP_BENCH_POSTGRES names and dropped after it, so
// the database named there is never written to and two runs never see each other's records.
class BenchBackend
{
public:
    static constexpr const char *kPostgresVariable = "DOORSTEP_BENCH_POSTGRES";

    ~BenchBackend() { dropPostgres(); }
    BenchBackend(const BenchBackend &) = delete;
    BenchBackend &operator=(const BenchBackend &) = delete;

    static std::unique_ptr<BenchBackend> sqlite(const QString &directory)
    {
        auto b = std::unique_ptr<BenchBackend>(new BenchBackend);
        b->m_name = QStringLiteral("sqlite");
        b->m_location = QStringLiteral("sqlite:") + QDir(directory).filePath(QStringLiteral("server.sqlite"));
        return b;
    }

    // Null, with why in *reason, when the variable is unset or the server cannot make a database.
    static std::unique_ptr<BenchBackend> postgres(QString *reason)
    {
        const QString connection = qEnvironmentVariable(kPostgresVariable);
        if (connection.isEmpty()) {
            *reason = QStringLiteral("%1 is not set (e.g. \"host=127.0.0.1 port=54330 dbname=doorstep_bench "
                                     "user=doorstep\"; tests/postgres/pgcluster.sh starts a throwaway server)")
                          .arg(QLatin1String(kPostgresVariable));
            return nullptr;
        }
        auto b = std::unique_ptr<BenchBackend>(new BenchBackend);
        b->m_name = QStringLiteral("postgres");
        b->m_adminConnection = connection;
        // Only digits and letters we choose: an identifier cannot be bound, and none comes from input.
        b->m_database = QStringLiteral("doorstep_bench_%1_%2")
                            .arg(QCoreApplication::applicationPid())
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QString error;
        if (!adminExec(connection, QStringLiteral("CREATE DATABASE %1").arg(b->m_database), &error)) {
            *reason = QStringLiteral("cannot create a database for the run on %1: %2")
                          .arg(QLatin1String(kPostgresVariable), error);
            b->m_database.clear();
            return nullptr;
        }
        QStringList parts;
        for (const QString &part : connection.split(u' ', Qt::SkipEmptyParts))
            parts << (part.startsWith(QLatin1String("dbname=")) ? QStringLiteral("dbname=") + b->m_database : part);
        if (!connection.contains(QLatin1String("dbname=")))
            parts << QStringLiteral("dbname=") + b->m_database;
        b->m_location = QStringLiteral("postgres:") + parts.join(u' ');
        b->m_cleanup = atDeath([admin = b->m_adminConnection, database = b->m_database] {
            QString error;
            adminExec(admin, dropStatement(database), &error);
        });
        return b;
    }

    // "sqlite" or "postgres"; null after saying (as a skipped line) why there is no PostgreSQL figure.
    static std::unique_ptr<BenchBackend> make(const QString &name, const QString &directory, const QString &bench)
    {
        if (name == QLatin1String("sqlite"))
            return sqlite(directory);
        QString reason;
        auto b = postgres(&reason);
        if (!b)
            reportSkipped(QStringLiteral("postgres_") + bench, QStringLiteral("PostgreSQL figures skipped: ") + reason);
        return b;
    }

    QString name() const { return m_name; }
    // For ServerDatabase::open and doorstep-server --database.
    QString location() const { return m_location; }

private:
    BenchBackend() = default;

    static QString dropStatement(const QString &database)
    {
        // FORCE: a server process killed a moment ago may still hold a connection.
        return QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database);
    }

    // Statements on the database the variable names (never on the run's own database), on a
    // connection of their own, so that any thread may call this.
    static bool adminExec(const QString &adminConnection, const QString &sql, QString *error)
    {
        const QString name = QStringLiteral("bench-admin-") + QUuid::createUuid().toString(QUuid::Id128);
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            if (Status s = ServerDatabase::configurePostgres(db, adminConnection); !s) {
                *error = s.error().message();
            } else if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                done = q.exec(sql);
                if (!done)
                    *error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }

    void dropPostgres()
    {
        if (m_cleanup) {
            forget(m_cleanup);
            m_cleanup = 0;
        }
        if (m_database.isEmpty())
            return;
        QString error;
        if (!adminExec(m_adminConnection, dropStatement(m_database), &error))
            progress(QStringLiteral("bench_sync: could not drop %1: %2").arg(m_database, error));
        m_database.clear();
    }

    QString m_name;
    QString m_location;
    QString m_adminConnection;
    QString m_database;
    int m_cleanup = 0;
};

} // namespace doorstep::benchsync

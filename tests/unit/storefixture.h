#pragma once

// Shared helpers for the store's unit tests: a store in a temporary directory, opened with a fast
// Argon2id cost, and raw looks at its SQLite file that go around the code under test.

#include "database.h"
#include "hybridlogicalclock.h"
#include "keyvault.h"
#include "outbox.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

namespace doorstep::test {

inline QString pin()
{
    return QStringLiteral("482916");
}

// Fails the calling test function with the Error's message when a Result or Status is not ok.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &verifyOkResult = (result);                                                                         \
        QVERIFY2(verifyOkResult.ok(), verifyOkResult.ok() ? "" : qPrintable(verifyOkResult.error().message()));        \
    } while (false)

// A wall clock that only moves when the test moves it.
class ManualClock
{
public:
    explicit ManualClock(qint64 ms) : m_ms(std::make_shared<qint64>(ms)) { }
    HybridLogicalClock::WallClock function() const
    {
        return [ms = m_ms] { return *ms; };
    }
    void set(qint64 ms) { *m_ms = ms; }

private:
    std::shared_ptr<qint64> m_ms;
};

inline Store::Options storeOptions(const QString &directory,
                                   HybridLogicalClock::WallClock wallClock = HybridLogicalClock::systemWallClock())
{
    Store::Options options;
    options.directory = directory;
    options.cost = KeyVault::testCost();
    options.wallClock = std::move(wallClock);
    return options;
}

// Opens the store in directory and gives it a key under pin() on first use, or unlocks it after.
inline Result<std::unique_ptr<Store>>
openUnlocked(const QString &directory, HybridLogicalClock::WallClock wallClock = HybridLogicalClock::systemWallClock())
{
    auto store = Store::open(storeOptions(directory, std::move(wallClock)));
    if (!store)
        return store.error();
    Store &s = **store;
    const Status status = s.hasKey() ? s.unlock(pin()) : s.createKey(pin());
    if (!status)
        return status.error();
    return store;
}

inline QString databasePath(const QString &directory)
{
    return QDir(directory).filePath(Store::databaseFileName());
}

inline QString keyPath(const QString &directory)
{
    return QDir(directory).filePath(Store::keyFileName());
}

// Runs a query whose first column of the first row is a whole number; -1 when there is no row.
inline qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Statement &s = db.statement(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        s.bindVariant(int(i) + 1, binds.at(i));
    const qint64 value = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset(); // a statement left on a row keeps a read open on the connection
    return value;
}

// The raw bytes of the first column of the first row; a null QByteArray when there is no row.
inline QByteArray rawValue(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Statement &s = db.statement(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        s.bindVariant(int(i) + 1, binds.at(i));
    QByteArray value;
    if (s.step() == Statement::StepResult::Row)
        value = s.isNull(0) ? QByteArray("") : s.blob(0);
    s.reset();
    return value;
}

// Table names in these helpers come from compiled-in schemas or from sqlite_master, never from
// input; values are always bound.
inline qint64 rowCount(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

inline qint64 outboxCount(Database &db)
{
    return rowCount(db, QStringLiteral("outbox"));
}

inline QStringList tableNames(Database &db)
{
    Statement &s = db.statement(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (s.step() == Statement::StepResult::Row)
        names << s.text(0);
    s.reset();
    return names;
}

// Every value of every table, so a test can prove that a refused write wrote nothing at all.
inline QByteArray databaseContent(Database &db)
{
    QByteArray content;
    for (const QString &table : tableNames(db)) {
        content += "table " + table.toUtf8() + '\n';
        Statement &s = db.statement(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (s.step() == Statement::StepResult::Row) {
            for (int c = 0; c < s.columnCount(); ++c) {
                const QByteArray value = s.isNull(c) ? QByteArray("<null>") : s.blob(c).toHex();
                content += value + '|';
            }
            content += '\n';
        }
        s.reset();
    }
    return content;
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline Result<std::vector<OutboxEntry>> pendingEntries(Store &store)
{
    return store.outbox().pending(1000000);
}

} // namespace doorstep::test

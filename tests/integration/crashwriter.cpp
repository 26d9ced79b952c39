// A child process for tst_crashsafety: saves visit notes in a loop and says which saves returned.
//
//   crashwriter <store directory> <PIN>
//
// Prints "ready" once the store is open and unlocked (creating the key on the first run), then one
// line per save that returned: the unique token that save added to a visit's notes. The parent kills
// it with SIGKILL at a random moment; every token printed must survive.

#include "repository.h"
#include "store.h"
#include "uuid.h"
#include "visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <cstdio>

using namespace doorstep;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "crashwriter: %s: %s\n", qPrintable(what), qPrintable(error.message()));
    return 2;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent must see a token as soon as its save has returned
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashwriter <store directory> <PIN>\n");
        return 1;
    }
    Store::Options options;
    options.directory = args.at(1);
    options.cost = KeyVault::testCost();
    auto opened = Store::open(options);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Store &store = **opened;
    const Status unlocked = store.hasKey() ? store.unlock(args.at(2)) : store.createKey(args.at(2));
    if (!unlocked)
        return fail(QStringLiteral("unlock"), unlocked.error());
    say("ready");

    // Tokens are unique across runs: the process id, a counter and 64 random bits.
    const QString prefix = QStringLiteral("note-%1-%2-")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    Repository<Visit> visits(store);
    const QString person = Uuid::createV7();
    const QString practitioner = Uuid::createV7();
    Visit visit;
    for (int n = 0;; ++n) {
        const QString token = prefix + QString::number(n);
        // A new visit now and then (the create path); otherwise the token is appended to the visit's
        // notes (the update path), so that no save ever removes an earlier token.
        if (n % 50 == 0) {
            visit = Visit();
            visit.personId = person;
            visit.practitionerId = practitioner;
            visit.plannedAt = QDateTime::currentDateTimeUtc();
            visit.visitType = QStringLiteral("review");
            visit.notes = token;
            auto id = visits.create(visit);
            if (!id)
                return fail(QStringLiteral("create"), id.error());
        } else {
            auto current = visits.get(visit.id);
            if (!current)
                return fail(QStringLiteral("get"), current.error());
            visit = *current;
            visit.notes += QLatin1Char('\n') + token;
            if (Status s = visits.update(visit); !s)
                return fail(QStringLiteral("update"), s.error());
        }
        say(token.toLatin1());
    }
}

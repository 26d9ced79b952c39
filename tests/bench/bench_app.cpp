// bench_app: the tablet app's figures, offscreen, as JSON lines {"name", "value", "unit"}:
//
//   app_cold_start_ms          a new process, from its start to the caseload shown and drawn with
//                              the demo PIN given at once (median of --runs); the PIN's key
//                              derivation is inside it, and also reported alone
//   app_cold_start_max_ms      the slowest of those starts
//   app_cold_start_kdf_ms      of which unwrapping the data key with the PIN (Argon2id)
//   app_filter_keystroke_*     one keystroke in the caseload search over --people people: the filter
//                              model re-filtering (p50, p99, max), and to the next drawn frame
//   app_rss_mb                 resident memory of that process with --people people and --notes
//                              notes in its store, after the caseload and 20 people's pages
//
//   bench_app [--dir <directory>] [--people 5000] [--notes 50000] [--runs 7]
//
// It makes the demo neighbourhood at that size first (once per directory; --dir keeps it between
// runs). Measure a Release build on an otherwise quiet machine.
#include "caseloadfiltermodel.h"
#include "demosetup.h"
#include "persondetails.h"
#include "session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;

namespace {

void report(const char *name, double value, const char *unit)
{
    const QJsonObject line{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("value"), std::round(value * 1000) / 1000},
                           {QStringLiteral("unit"), QLatin1String(unit)}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = size_t(std::clamp(std::ceil(p * double(values.size())) - 1, 0.0, double(values.size() - 1)));
    return values[index];
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The visual tree, as the screen shows it (what a Loader creates is not always a QObject child).
QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

Session::Options sessionOptions(const QString &directory)
{
    return {directory, KeyStorageFactory::Preference::FileOnly, KeyVault::defaultCost()};
}

// The child: start the app as main() does, give the PIN as soon as the PIN page is up, and say
// when the caseload is on screen; then the keystroke and memory figures in the same process.
int runChild(const QString &directory)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Session::setDefaultOptions(sessionOptions(directory));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    const int sessionType = qmlTypeId("Doorstep.App", 1, 0, "Session");
    auto *session = engine.singletonInstance<Session *>(sessionType);
    if (!window || !session)
        return 1;

    QElapsedTimer kdf;
    kdf.start();
    if (!session->unlock(DemoSetup::pin())) {
        std::fprintf(stderr, "bench_app: unlock: %s\n", qPrintable(session->lastError()));
        return 1;
    }
    // Unlock includes reading the caseload; the key derivation alone is measured again below.
    bool shown = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        auto *list = findItem(window->contentItem(), QStringLiteral("caseloadList"));
        if (!shown && list && list->isVisible() && list->property("count").toInt() > 0)
            shown = true;
    });
    window->requestUpdate();
    QElapsedTimer guard;
    guard.start();
    while (!shown && guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        window->requestUpdate();
    }
    if (!shown) {
        std::fprintf(stderr, "bench_app: the caseload was not shown within a minute\n");
        return 1;
    }
    std::printf("ready %lld\n", static_cast<long long>(sinceStart.elapsed()));
    // The parent stops its clock when it reads this line: through a pipe stdout is fully buffered,
    // and unflushed the line would wait for the keystrokes and person pages below.
    std::fflush(stdout);

    // The key derivation alone: the PIN checked again (the open key stays).
    QElapsedTimer kdfAgain;
    kdfAgain.start();
    session->verifyPin(DemoSetup::pin());
    std::printf("kdf %lld\n", static_cast<long long>(kdfAgain.elapsed()));

    // Keystrokes: typing a surname and an NHS number, one character at a time, and back again.
    CaseloadFilterModel *caseload = session->caseload();
    std::vector<double> filterMs;
    std::vector<double> frameMs;
    const QStringList queries{QStringLiteral("Smith"), QStringLiteral("Mar Pat"), QStringLiteral("943 476 5919"),
                              QStringLiteral("Ahmed"), QStringLiteral("jo")};
    for (const QString &query : queries) {
        QString typed;
        auto keystroke = [&](const QString &text) {
            bool drawn = false;
            const auto connection
                = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { drawn = true; });
            QElapsedTimer t;
            t.start();
            caseload->setSearchText(text);
            filterMs.push_back(double(t.nsecsElapsed()) / 1e6);
            window->requestUpdate();
            while (!drawn && t.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            frameMs.push_back(double(t.nsecsElapsed()) / 1e6);
            QObject::disconnect(connection);
        };
        for (QChar c : query) {
            typed.append(c);
            keystroke(typed);
        }
        while (!typed.isEmpty()) {
            typed.chop(1);
            keystroke(typed);
        }
    }
    std::printf("filter_p50 %.4f\nfilter_p99 %.4f\nfilter_max %.4f\nframe_p50 %.4f\nframe_p99 %.4f\n",
                percentile(filterMs, 0.5), percentile(filterMs, 0.99), percentile(filterMs, 1.0),
                percentile(frameMs, 0.5), percentile(frameMs, 0.99));

    // Memory after looking at twenty people's pages, as a morning's work would.
    for (int row = 0; row < 20 && row < caseload->count(); ++row) {
        std::unique_ptr<PersonDetails> details(session->personDetails(caseload->personIdAt(row * 7)));
        if (!details->isLoaded())
            return 1;
    }
    std::printf("rss %.1f\n", residentMegabytes());
    std::fflush(stdout);
    return 0;
}

bool prepare(const QString &directory, int people, int notes)
{
    if (QFile::exists(QDir(directory).filePath(QStringLiteral("doorstep.sqlite"))))
        return true;
    DemoNeighbourhood::Options options;
    options.people = people;
    options.visits = notes;
    options.postcards = people / 10;
    QElapsedTimer t;
    t.start();
    std::fprintf(stderr, "bench_app: making a demo store with %d people and %d visit notes in %s...\n", people, notes,
                 qPrintable(directory));
    auto prepared = DemoSetup::prepareDirectory(directory, KeyStorageFactory::Preference::FileOnly,
                                                KeyVault::defaultCost(), options);
    if (!prepared) {
        std::fprintf(stderr, "bench_app: %s\n", qPrintable(prepared.error().message()));
        return false;
    }
    std::fprintf(stderr, "bench_app: made in %.1f s\n", double(t.elapsed()) / 1000);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        qputenv("QT_QUICK_CONTROLS_STYLE", "Material");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the demo store in <dir>."),
                                       QStringLiteral("dir"));
    const QCommandLineOption peopleOption(QStringLiteral("people"), QStringLiteral("People in the caseload."),
                                          QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), QStringLiteral("Visit notes in the store."),
                                         QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Cold starts to measure."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("(internal) one cold start."),
                                         QStringLiteral("dir"));
    parser.addOptions({dirOption, peopleOption, notesOption, runsOption, childOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(childOption))
        return runChild(parser.value(childOption));

    QTemporaryDir temporary;
    const QString directory = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const int people = std::max(1, parser.value(peopleOption).toInt());
    const int notes = std::max(0, parser.value(notesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!prepare(directory, people, notes))
        return 1;

    std::vector<double> coldMs;
    std::vector<double> kdfMs;
    QMap<QString, std::vector<double>> childFigures;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), directory});
        bool ready = false;
        while (child.state() != QProcess::NotRunning || child.canReadLine()) {
            if (!child.canReadLine() && !child.waitForReadyRead(120000))
                break;
            while (child.canReadLine()) {
                const QList<QByteArray> words = child.readLine().trimmed().split(' ');
                if (words.value(0) == "ready") {
                    coldMs.push_back(double(t.nsecsElapsed()) / 1e6);
                    ready = true;
                } else if (words.size() == 2) {
                    childFigures[QString::fromLatin1(words[0])].push_back(words[1].toDouble());
                }
            }
        }
        child.waitForFinished(120000);
        if (!ready || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_app: run %d failed (exit %d)\n", run, child.exitCode());
            return 1;
        }
    }
    auto median = [&](const char *key) { return percentile(childFigures.value(QLatin1String(key)), 0.5); };
    report("app_cold_start_ms", percentile(coldMs, 0.5), "ms");
    // The slowest start too: a tablet is judged by its bad mornings, not its median.
    report("app_cold_start_max_ms", *std::max_element(coldMs.begin(), coldMs.end()), "ms");
    report("app_cold_start_kdf_ms", median("kdf"), "ms");
    report("app_cold_start_without_kdf_ms", percentile(coldMs, 0.5) - median("kdf"), "ms");
    report("app_filter_keystroke_p50_ms", median("filter_p50"), "ms");
    report("app_filter_keystroke_p99_ms", median("filter_p99"), "ms");
    report("app_filter_keystroke_max_ms", median("filter_max"), "ms");
    report("app_keystroke_to_frame_p50_ms", median("frame_p50"), "ms");
    report("app_keystroke_to_frame_p99_ms", median("frame_p99"), "ms");
    report("app_rss_mb", median("rss"), "MB");
    report("app_people", people, "people");
    report("app_notes", notes, "notes");
    return 0;
}

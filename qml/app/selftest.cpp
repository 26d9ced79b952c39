#include "selftest.h"

#include "caseloadfiltermodel.h"
#include "demosetup.h"
#include "goalpagesamples.h"
#include "persondetails.h"
#include "personlistmodel.h"
#include "session.h"
#include "visitpagesamples.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace doorstep {

namespace {

const QString kModuleRoot = QStringLiteral(":/qt/qml/Doorstep/App");

// Every warning while QML runs is a failure: a binding that fails quietly is a screen that
// shows the wrong thing to someone in a front room.
QStringList *g_problems = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_problems && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        g_problems->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

class Run
{
public:
    explicit Run(QTextStream &out) : m_out(out) { }

    void check(bool condition, const QString &what)
    {
        if (!condition) {
            m_failures.append(what);
            m_out << "FAIL " << what << Qt::endl;
        }
    }
    int failures() const { return int(m_failures.size()); }

private:
    QTextStream &m_out;
    QStringList m_failures;
};

// An item in the scene, found by the test hook objectName; null when it is not there or hidden.
QQuickItem *findItem(QQuickWindow *window, const QString &objectName)
{
    std::function<QQuickItem *(QQuickItem *)> search = [&](QQuickItem *item) -> QQuickItem * {
        if (!item->isVisible())
            return nullptr;
        if (item->objectName() == objectName)
            return item;
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = search(child))
                return found;
        }
        return nullptr;
    };
    return search(window->contentItem());
}

bool showsItem(QQuickWindow *window, const QString &objectName)
{
    return findItem(window, objectName) != nullptr;
}

QStringList moduleQmlFiles()
{
    QStringList files;
    QDirIterator it(kModuleRoot, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(kModuleRoot.size() + 1));
    files.sort();
    return files;
}

// The values each file's required properties need; a file that is not listed gets none, and
// fails if it requires any, which is the reminder to list it here.
QVariantMap initialPropertiesFor(const QString &file, Session &session, PersonDetails *details)
{
    if (file == QLatin1String("PinPage.qml"))
        return {{QStringLiteral("settingUp"), true}};
    if (file == QLatin1String("ProblemPage.qml"))
        return {{QStringLiteral("message"), QStringLiteral("The self-test shows this page with a made-up problem.")}};
    if (file == QLatin1String("CaseloadPage.qml"))
        return {{QStringLiteral("caseload"), QVariant::fromValue(session.caseload())},
                {QStringLiteral("teamName"), session.teamName()},
                {QStringLiteral("userName"), session.currentUserName()}};
    if (file == QLatin1String("PersonPage.qml"))
        return {{QStringLiteral("details"), QVariant::fromValue(details)}};
    if (file == QLatin1String("components/ConsentDialog.qml"))
        return {{QStringLiteral("personId"), details ? details->personId() : QString()}};
    if (file == QLatin1String("components/SummarySection.qml"))
        return {{QStringLiteral("title"), QStringLiteral("Section")}};
    if (file == QLatin1String("components/LabelledValue.qml"))
        return {{QStringLiteral("caption"), QStringLiteral("Caption")},
                {QStringLiteral("value"), QStringLiteral("Value")}};
    if (file == QLatin1String("review/ConflictDetailPage.qml"))
        return {{QStringLiteral("conflictId"), QString()}}; // the demo store has none: the page says so
    if (file == QLatin1String("review/TextVersionBox.qml"))
        return {{QStringLiteral("caption"), QStringLiteral("On the record now")},
                {QStringLiteral("text"), QStringLiteral("A version of a text.")}};
    if (file == QLatin1String("review/TimelineSection.qml"))
        return {{QStringLiteral("personId"), details ? details->personId() : QString()}};
    if (file.startsWith(QLatin1String("goals/")))
        return GoalPageSamples::initialProperties(file, session, details ? details->personId() : QString());
    if (file.startsWith(QLatin1String("visits/")))
        return VisitPageSamples::initialProperties(file, session, details ? details->personId() : QString());
    if (file == QLatin1String("components/PersonDelegate.qml")) {
        // The first row of the real caseload, role by role.
        PersonListModel *people = session.people();
        QVariantMap values{{QStringLiteral("index"), 0}};
        const QHash<int, QByteArray> roles = people->roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            values.insert(QString::fromLatin1(it.value()), people->data(people->index(0), it.key()));
        return values;
    }
    return {};
}

} // namespace

int SelfTest::run(const CommandLine::Options &options)
{
    QTextStream out(stdout);
    Run run(out);
    QElapsedTimer timer;
    timer.start();

    // Rendering without a GPU: the software scene graph, which the offscreen platform always has.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    const QString parent = options.dataDirectory.isEmpty() ? QDir::tempPath() : options.dataDirectory;
    if (!QDir().mkpath(parent)) {
        out << "FAIL cannot create the directory for the self-test's store" << Qt::endl;
        return 1;
    }
    QTemporaryDir dataDir(QDir(parent).filePath(QStringLiteral("doorstep-self-test-XXXXXX")));
    if (!dataDir.isValid()) {
        out << "FAIL cannot create a temporary directory for the self-test's store" << Qt::endl;
        return 1;
    }

    // A small neighbourhood is enough to fill every screen; the cheap key cost keeps it quick.
    DemoNeighbourhood::Options demo;
    demo.people = 24;
    demo.visits = 120;
    demo.postcards = 12;
    auto prepared = DemoSetup::prepareDirectory(dataDir.path(), KeyStorageFactory::Preference::FileOnly,
                                                KeyVault::testCost(), demo);
    if (!prepared) {
        out << "FAIL demo store: " << prepared.error().message() << Qt::endl;
        return 1;
    }
    Session::setDefaultOptions({dataDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()});

    QStringList problems;
    g_problems = &problems;
    g_previousHandler = qInstallMessageHandler(collectProblems);
    int files = 0;
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
        run.check(!engine.rootObjects().isEmpty(), QStringLiteral("Main.qml loads"));
        auto *window
            = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        run.check(window != nullptr, QStringLiteral("Main.qml is a window"));
        auto *session = engine.singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
        run.check(session != nullptr, QStringLiteral("the Session singleton exists"));
        if (window && session) {
            settle(50);
            run.check(session->state() == Session::Locked, QStringLiteral("the demo store starts locked"));
            run.check(showsItem(window, QStringLiteral("pinPage")), QStringLiteral("the PIN page shows while locked"));
            run.check(!session->unlock(QStringLiteral("000000")), QStringLiteral("a wrong PIN is refused"));
            run.check(!session->lastError().isEmpty(), QStringLiteral("a wrong PIN says why"));
            run.check(session->unlock(DemoSetup::pin()), QStringLiteral("the demo PIN unlocks"));
            run.check(session->people()->rowCount() == demo.people,
                      QStringLiteral("the caseload lists every demo person"));
            settle(50);
            run.check(showsItem(window, QStringLiteral("caseloadPage")),
                      QStringLiteral("the caseload shows once unlocked"));

            const QString firstId = session->caseload()->personIdAt(0);
            std::unique_ptr<PersonDetails> details(session->personDetails(firstId));
            run.check(details->isLoaded(), QStringLiteral("the first person's details load"));

            // The way a tap goes: the caseload page says who was chosen, the window opens the person.
            if (QQuickItem *caseloadPage = findItem(window, QStringLiteral("caseloadPage"))) {
                QMetaObject::invokeMethod(caseloadPage, "personChosen", Q_ARG(QString, firstId));
                settle(400); // the StackView's push transition
                run.check(showsItem(window, QStringLiteral("personPage")),
                          QStringLiteral("choosing a person opens their page"));
            }

            for (const QString &file : moduleQmlFiles()) {
                ++files;
                const QUrl url(QStringLiteral("qrc:/qt/qml/Doorstep/App/") + file);
                if (file == QLatin1String("components/Theme.qml")) {
                    // A singleton: used through a type, never created on its own.
                    QQmlComponent use(&engine);
                    use.setData("import QtQuick\nimport Doorstep.App\nQtObject { property int t: Theme.touchTarget }",
                                QUrl(QStringLiteral("qrc:/self-test/ThemeUse.qml")));
                    std::unique_ptr<QObject> object(use.create());
                    run.check(object && object->property("t").toInt() >= 48,
                              file + QStringLiteral(" works as a singleton: ") + use.errorString());
                    continue;
                }
                QQmlComponent component(&engine, url);
                if (component.isError()) {
                    run.check(false, file + QStringLiteral(" compiles: ") + component.errorString());
                    continue;
                }
                std::unique_ptr<QObject> object(
                    component.createWithInitialProperties(initialPropertiesFor(file, *session, details.get())));
                run.check(object != nullptr, file + QStringLiteral(" is created: ") + component.errorString());
                if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
                    // Laid out in the real window at the tablet's size, then taken away again.
                    item->setParentItem(window->contentItem());
                    item->setSize(window->contentItem()->size());
                    item->setZ(10);
                    settle(30);
                    item->setParentItem(nullptr);
                } else if (auto *otherWindow = qobject_cast<QQuickWindow *>(object.get())) {
                    settle(30);
                    otherWindow->close();
                }
            }

            session->lock();
            settle(30);
            run.check(session->people()->rowCount() == 0, QStringLiteral("locking empties the caseload"));
            run.check(!details->isLoaded() && details->name().isEmpty(),
                      QStringLiteral("locking empties person details"));
            run.check(showsItem(window, QStringLiteral("pinPage")),
                      QStringLiteral("the PIN page shows again after locking"));
        }
    }
    qInstallMessageHandler(g_previousHandler);
    g_problems = nullptr;

    for (const QString &problem : std::as_const(problems))
        run.check(false, QStringLiteral("QML warning: ") + problem);
    if (run.failures() > 0) {
        out << "Self-test failed: " << run.failures() << " problem(s)" << Qt::endl;
        return 1;
    }
    out << "Self-test passed: " << files << " QML files loaded, " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

} // namespace doorstep

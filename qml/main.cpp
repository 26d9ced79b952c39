// The doorstep executable: parses the command line, prepares the demo store when asked, and loads
// the Doorstep.App module. Everything else lives in doorstep_app and the libraries below it.
#include "commandline.h"
#include "demosetup.h"
#include "displaycheck.h"
#include "selftest.h"
#include "session.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

int main(int argc, char *argv[])
{
    using namespace doorstep;

    if (const QString problem = DisplayCheck::problem(argc, argv); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Doorstep"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("doorstep.org"));
    QGuiApplication::setApplicationName(QStringLiteral("Doorstep"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.doorstep.Doorstep"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

    bool ok = false;
    const CommandLine::Options options = CommandLine::parse(QGuiApplication::arguments(), &ok);
    if (!ok)
        return 1;
    if (options.selfTest)
        return SelfTest::run(options);

    const QString dataDirectory
        = options.dataDirectory.isEmpty() ? Session::defaultDataDirectory() : options.dataDirectory;
    const auto keyStorage
        = options.fileKeyOnly ? KeyStorageFactory::Preference::FileOnly : KeyStorageFactory::Preference::Automatic;
    if (options.demo) {
        auto outcome = DemoSetup::prepareDirectory(dataDirectory, keyStorage);
        if (!outcome) {
            std::fprintf(stderr, "The demo neighbourhood could not be made: %s\n",
                         qPrintable(outcome.error().message()));
            return 1;
        }
        if (*outcome == DemoSetup::Outcome::NotDemo) {
            std::fprintf(stderr, "%s already holds a store with its own PIN; --demo left it alone.\n",
                         qPrintable(dataDirectory));
        } else {
            std::printf("Demo neighbourhood ready: PIN %s\n", qPrintable(DemoSetup::pin()));
            std::fflush(stdout);
        }
    }
    Session::setDefaultOptions({dataDirectory, keyStorage, KeyVault::defaultCost()});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}

// The doorstep executable: parses the command line, prepares the demo store when asked, and loads
// the Doorstep.App module. Everything else lives in doorstep_app and the libraries below it.
#include "commandline.h"
#include "demoenrolment.h"
#include "demosetup.h"
#include "displaycheck.h"
#include "selftest.h"
#include "session.h"
#include "translations.h"

#include <QFile>
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
    // English is in the source; for "en" nothing is installed.
    if (options.language != QLatin1String("en"))
        Translations::install(app, options.language);
    if (options.selfTest)
        return SelfTest::run(options);

    const QString dataDirectory
        = options.dataDirectory.isEmpty() ? Session::defaultDataDirectory() : options.dataDirectory;
    const auto keyStorage
        = options.fileKeyOnly ? KeyStorageFactory::Preference::FileOnly : KeyStorageFactory::Preference::Automatic;
    Session::Options sessionOptions{dataDirectory, keyStorage, KeyVault::defaultCost()};
    sessionOptions.server = options.server;
    sessionOptions.idleLockMinutes = options.idleLockMinutes;
    if (options.demo && !options.server.isEmpty()) {
        // The demo against a server: enrolled as the demo user and synced before the window opens.
        QFile file(options.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "The password file %s cannot be read.\n", qPrintable(options.passwordFile));
            return 1;
        }
        QString password = QString::fromUtf8(file.readLine());
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1); // the line ending, as doorstep-server load-demo reads it
        std::printf("Demo: preparing the tablet store for %s...\n", qPrintable(options.server));
        std::fflush(stdout);
        auto outcome = DemoEnrolment::prepare(sessionOptions, options.demoUser, password);
        if (!outcome) {
            std::fprintf(stderr, "The demo could not sign in: %s\n", qPrintable(outcome.error().message()));
            return 1;
        }
        if (*outcome == DemoEnrolment::Outcome::NotDemo) {
            std::fprintf(stderr, "%s already holds a store that is not this demo's; --demo left it alone.\n",
                         qPrintable(dataDirectory));
        } else {
            std::printf("Demo ready: %s as %s, PIN %s\n",
                        *outcome == DemoEnrolment::Outcome::Enrolled ? "signed in and synced" : "signed in before",
                        qPrintable(options.demoUser), qPrintable(DemoSetup::pin()));
            std::fflush(stdout);
        }
        sessionOptions.userName = options.demoUser;
    } else if (options.demo) {
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
    Session::setDefaultOptions(sessionOptions);

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

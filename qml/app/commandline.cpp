#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace doorstep {

CommandLine::Options CommandLine::parse(const QStringList &arguments, bool *ok)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Doorstep: home visits, goals and postcards for neighbourhood teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep the store in <directory> instead of the usual place."),
        QStringLiteral("directory"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Fill an empty store with a fictitious demo neighbourhood (PIN 246810)."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("CommandLine",
                                    "Load every screen offscreen on demo data, report problems, and exit."));
    const QCommandLineOption fileKey(
        QStringLiteral("file-key"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the wrapped key in a file in the data directory, never in the keyring."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine",
                                    "The sync server's address, offered on the sign-in page. With --demo: the "
                                    "server to enrol the demo user with (it must have run load-demo)."),
        QStringLiteral("url"));
    const QCommandLineOption demoUser(
        QStringLiteral("demo-user"),
        QCoreApplication::translate("CommandLine", "With --demo and --server: sign in as this demo user."),
        QStringLiteral("name"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("CommandLine", "With --demo-user: the password is the first line of <file>."),
        QStringLiteral("file"));
    parser.addOptions({dataDir, demo, selfTest, fileKey, server, demoUser, passwordFile});

    Options options;
    if (!parser.parse(arguments)) {
        qCritical("%s", qPrintable(parser.errorText()));
        *ok = false;
        return options;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        qCritical("Unexpected argument: %s", qPrintable(parser.positionalArguments().first()));
        *ok = false;
        return options;
    }
    options.dataDirectory = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.selfTest = parser.isSet(selfTest);
    options.fileKeyOnly = parser.isSet(fileKey);
    options.server = parser.value(server);
    options.demoUser = parser.value(demoUser);
    options.passwordFile = parser.value(passwordFile);
    // A demo against a server signs in as someone, with a password that never goes on the command line.
    if (options.demo && !options.server.isEmpty() && (options.demoUser.isEmpty() || options.passwordFile.isEmpty())) {
        qCritical("--demo with --server needs --demo-user and --password-file");
        *ok = false;
        return options;
    }
    if (!options.demoUser.isEmpty() && (!options.demo || options.server.isEmpty() || options.passwordFile.isEmpty())) {
        qCritical("--demo-user goes with --demo, --server and --password-file");
        *ok = false;
        return options;
    }
    *ok = true;
    return options;
}

} // namespace doorstep

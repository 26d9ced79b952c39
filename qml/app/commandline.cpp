#include "commandline.h"

#include "translations.h"

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
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine",
                                    "Show Doorstep in <code> (en or pl) instead of the system's language."),
        QStringLiteral("code"));
    const QCommandLineOption idleLock(
        QStringLiteral("idle-lock-minutes"),
        QCoreApplication::translate("CommandLine", "Lock after <minutes> without a touch (0: never) for this run."),
        QStringLiteral("minutes"));
    parser.addOptions({dataDir, demo, selfTest, fileKey, server, demoUser, passwordFile, language, idleLock});

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
    options.language = parser.value(language);
    if (!options.language.isEmpty() && !Translations::available().contains(options.language)) {
        qCritical("--language: %s is not one of Doorstep's languages (%s)", qPrintable(options.language),
                  qPrintable(Translations::available().join(QStringLiteral(", "))));
        *ok = false;
        return options;
    }
    if (parser.isSet(idleLock)) {
        bool isNumber = false;
        options.idleLockMinutes = parser.value(idleLock).toInt(&isNumber);
        if (!isNumber || options.idleLockMinutes < 0 || options.idleLockMinutes > 24 * 60) {
            qCritical("--idle-lock-minutes: give a whole number of minutes from 0 (never) to 1440");
            *ok = false;
            return options;
        }
    }
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

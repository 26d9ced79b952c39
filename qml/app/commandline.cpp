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
    parser.addOptions({dataDir, demo, selfTest, fileKey});

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
    *ok = true;
    return options;
}

} // namespace doorstep

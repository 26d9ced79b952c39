#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace doorstep {

namespace {
const QString kDirectory = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("doorstep_");
} // namespace

QStringList Translations::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(kDirectory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3));
    return codes;
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the language asked for
    auto *translator = new QTranslator(&app);
    // "pl_PL", then "pl", from the locale's UI languages in order.
    if (!translator->load(locale, QStringLiteral("doorstep"), QStringLiteral("_"), kDirectory)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace doorstep

#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace doorstep {

// Doorstep's languages: English in the source, and the translations built from assets/i18n/*.ts
// by lrelease into the app's resources. The system's language is used unless one is asked for.
class Translations
{
public:
    // Language codes with a translation, and "en".
    static QStringList available();
    // Installs the translation for `language` ("pl"; empty: the system's); false when Doorstep has
    // none for it, which leaves English. The translator belongs to the application.
    static bool install(QCoreApplication &app, const QString &language = {});
};

} // namespace doorstep

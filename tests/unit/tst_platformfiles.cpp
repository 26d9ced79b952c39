// The Android manifest, its backup rules and the iOS Info.plist are not built on this machine, so
// this checks what they promise: well-formed XML, the location permission and its usage string,
// and no app data in any backup.
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString kAndroidNs = QStringLiteral("http://schemas.android.com/apk/res/android");

struct Element
{
    QString name;
    QXmlStreamAttributes attributes;
};

// Every element of a well-formed file, in document order; fails the test on a parse error.
QList<Element> readElements(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Element> elements;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            elements.append({xml.name().toString(), xml.attributes()});
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return elements;
}

// A plist's top-level dict as key -> the text of the value that follows it (arrays: joined).
QHash<QString, QString> readPlist(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QXmlStreamReader xml(&file);
    QHash<QString, QString> values;
    QString key;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 3 && xml.name() == QLatin1String("key")) {
                key = xml.readElementText();
                --depth;
            } else if (depth == 3 && !key.isEmpty()) {
                const QString name = xml.name().toString();
                if (name == QLatin1String("true") || name == QLatin1String("false")) {
                    values.insert(key, name);
                    xml.skipCurrentElement();
                } else if (name == QLatin1String("array") || name == QLatin1String("dict")) {
                    QStringList items;
                    while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == name)) {
                        if (xml.isStartElement() && xml.name() != QLatin1String("key"))
                            items.append(xml.readElementText(QXmlStreamReader::SkipChildElements));
                        if (xml.atEnd())
                            break;
                    }
                    values.insert(key, items.join(QLatin1Char(' ')));
                } else {
                    values.insert(key, xml.readElementText());
                }
                --depth;
                key.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return values;
}
} // namespace

class TestPlatformFiles : public QObject
{
    Q_OBJECT

private slots:
    void androidManifestAsksForLocationAndKeepsDataOutOfBackups()
    {
        QString error;
        const auto elements
            = readElements(QStringLiteral(DOORSTEP_PLATFORMS_DIR "/android/AndroidManifest.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList permissions;
        const Element *application = nullptr;
        for (const Element &e : elements) {
            if (e.name == QLatin1String("uses-permission"))
                permissions.append(e.attributes.value(kAndroidNs, QStringLiteral("name")).toString());
            if (e.name == QLatin1String("application"))
                application = &e;
        }
        QVERIFY(permissions.contains(QStringLiteral("android.permission.ACCESS_FINE_LOCATION")));
        QVERIFY(permissions.contains(QStringLiteral("android.permission.ACCESS_COARSE_LOCATION")));
        QVERIFY(permissions.contains(QStringLiteral("android.permission.INTERNET")));
        // Nothing beyond what the workflows use.
        QVERIFY(!permissions.contains(QStringLiteral("android.permission.ACCESS_BACKGROUND_LOCATION")));
        QVERIFY(!permissions.contains(QStringLiteral("android.permission.READ_EXTERNAL_STORAGE")));
        QVERIFY(application);
        QCOMPARE(application->attributes.value(kAndroidNs, QStringLiteral("allowBackup")), QStringLiteral("false"));
        QCOMPARE(application->attributes.value(kAndroidNs, QStringLiteral("fullBackupContent")),
                 QStringLiteral("false"));
        QCOMPARE(application->attributes.value(kAndroidNs, QStringLiteral("dataExtractionRules")),
                 QStringLiteral("@xml/data_extraction_rules"));
        QCOMPARE(application->attributes.value(kAndroidNs, QStringLiteral("usesCleartextTraffic")),
                 QStringLiteral("false"));
    }

    void androidBackupRulesExcludeEveryDomain()
    {
        QString error;
        const auto elements
            = readElements(QStringLiteral(DOORSTEP_PLATFORMS_DIR "/android/res/xml/data_extraction_rules.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QStringList> excluded;
        QString section;
        for (const Element &e : elements) {
            if (e.name == QLatin1String("cloud-backup") || e.name == QLatin1String("device-transfer"))
                section = e.name;
            if (e.name == QLatin1String("include"))
                QFAIL("the backup rules include something");
            if (e.name == QLatin1String("exclude"))
                excluded[section].append(e.attributes.value(QStringLiteral("domain")).toString());
        }
        for (const QString &s : {QStringLiteral("cloud-backup"), QStringLiteral("device-transfer")}) {
            for (const QString &domain : {QStringLiteral("root"), QStringLiteral("file"), QStringLiteral("database"),
                                          QStringLiteral("sharedpref"), QStringLiteral("external")})
                QVERIFY2(excluded.value(s).contains(domain), qPrintable(s + QLatin1Char(' ') + domain));
        }
    }

    void iosInfoPlistSaysWhyItAsksForLocation()
    {
        QString error;
        const auto plist = readPlist(QStringLiteral(DOORSTEP_PLATFORMS_DIR "/ios/Info.plist"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString why = plist.value(QStringLiteral("NSLocationWhenInUseUsageDescription"));
        QVERIFY2(why.contains(QLatin1String("only when you ask")), qPrintable(why));
        // Only while in use: never in the background.
        QVERIFY(!plist.contains(QStringLiteral("NSLocationAlwaysAndWhenInUseUsageDescription")));
        QCOMPARE(plist.value(QStringLiteral("CFBundleIdentifier")), QStringLiteral("org.doorstep.Doorstep"));
        QVERIFY(
            plist.value(QStringLiteral("UISupportedInterfaceOrientations~ipad")).contains(QLatin1String("Landscape")));
        QVERIFY(
            plist.value(QStringLiteral("UISupportedInterfaceOrientations~ipad")).contains(QLatin1String("Portrait")));
        const auto entitlements
            = readPlist(QStringLiteral(DOORSTEP_PLATFORMS_DIR "/ios/Doorstep.entitlements"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entitlements.value(QStringLiteral("com.apple.developer.default-data-protection")),
                 QStringLiteral("NSFileProtectionComplete"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformFiles)
#include "tst_platformfiles.moc"

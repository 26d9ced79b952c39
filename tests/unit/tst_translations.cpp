// The second language is shipped whole: every string the code shows is in the Polish catalogue
// (lupdate run afresh over the sources finds nothing the catalogue lacks), every entry is
// translated (plural forms too), placeholders survive translation, and the app installs it.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace doorstep;

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one per plural form, or one
    bool unfinished = false;
};

QList<Entry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && entry.source.isNull())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                entry = Entry{context, QString(), {}, false};
            else if (xml.name() == QLatin1String("source"))
                entry.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                entry.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    entry.unfinished = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (entry.translations.isEmpty())
                    entry.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.append(entry);
            entry = Entry{};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QList<Entry> m_catalogue;

private slots:
    void initTestCase()
    {
        QString error;
        m_catalogue = readCatalogue(QStringLiteral(DOORSTEP_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_catalogue.size() > 100);
    }

    void catalogueHasEveryStringOfTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(DOORSTEP_LUPDATE),
                      {QStringLiteral(DOORSTEP_QML_DIR), QStringLiteral("-ts"), fresh, QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Entry> current = readCatalogue(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> shipped;
        for (const Entry &e : std::as_const(m_catalogue))
            shipped.insert(e.context + QLatin1Char('|') + e.source);
        QStringList missing;
        for (const Entry &e : current) {
            if (!shipped.contains(e.context + QLatin1Char('|') + e.source))
                missing.append(e.context + QStringLiteral(": ") + e.source);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings are not in the catalogue (build the "
                                           "update_translations target, then translate them): %2")
                                .arg(missing.size())
                                .arg(missing.mid(0, 10).join(QStringLiteral("; ")))));
    }

    void everyEntryIsTranslatedWithItsPlaceholders()
    {
        QStringList problems;
        for (const Entry &e : std::as_const(m_catalogue)) {
            const bool plural = e.source.contains(QLatin1String("%n"));
            const bool empty = std::any_of(e.translations.begin(), e.translations.end(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (e.unfinished || empty) {
                problems.append(QStringLiteral("untranslated: ") + e.context + QStringLiteral(": ") + e.source);
                continue;
            }
            // Polish has three plural forms (1, 2-4, 5+).
            if (plural && e.translations.size() != 3)
                problems.append(QStringLiteral("needs three plural forms: ") + e.source);
            for (const QString &translation : e.translations) {
                QSet<QString> wanted = placeholders(e.source);
                // A plural form may spell out "one" instead of showing %n.
                if (plural && translation == e.translations.first())
                    wanted.remove(QStringLiteral("%n"));
                if (!placeholders(translation).contains(wanted))
                    problems.append(QStringLiteral("placeholder lost: ") + e.source + QStringLiteral(" -> ")
                                    + translation);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, first: %2")
                                .arg(problems.size())
                                .arg(problems.mid(0, 10).join(QStringLiteral("; ")))));
    }

    void theAppInstallsPolish()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("pl")));
        QVERIFY(Translations::available().contains(QStringLiteral("en")));
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("pl")));
        const QString unlock = QCoreApplication::translate("PinPage", "Unlock");
        QVERIFY(!unlock.isEmpty());
        QVERIFY2(unlock != QLatin1String("Unlock"), qPrintable(unlock));
        // Plurals pick the Polish form for the number.
        const QString two = QCoreApplication::translate("CaseloadPage", "%n people", nullptr, 2);
        const QString five = QCoreApplication::translate("CaseloadPage", "%n people", nullptr, 5);
        QVERIFY2(two.contains(QLatin1String("2")) && five.contains(QLatin1String("5")), qPrintable(two + five));
        QVERIFY2(two.section(QLatin1Char(' '), 1) != five.section(QLatin1Char(' '), 1), qPrintable(two + " / " + five));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

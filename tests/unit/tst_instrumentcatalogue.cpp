#include "instruments/instrumentcatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace doorstep;

namespace {

const QStringList kFiles = {QStringLiteral("postcard.json"), QStringLiteral("i-statements.json"),
                            QStringLiteral("outcomes-framework.json"), QStringLiteral("themes.json")};

// How a test breaks one file of a good copy of the catalogue.
enum class Breakage {
    RemoveFile,
    ReplaceText, // the file's whole content becomes `value` (a string)
    Set, // the value at `path` becomes `value`
    Remove, // the key or array element at `path` goes
    Duplicate, // the array element at `path` appears twice
};

struct Segment
{
    QString key; // empty for an array index
    qsizetype index = -1;
};

// "rows[1].cells[2].column" -> rows, 1, cells, 2, column
std::vector<Segment> parsePath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("([A-Za-z]+)|\\[(\\d+)\\]"));
    std::vector<Segment> segments;
    auto it = pattern.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(1))
            segments.push_back({match.captured(1), -1});
        else
            segments.push_back({QString(), match.captured(2).toLongLong()});
    }
    return segments;
}

QJsonValue edited(const QJsonValue &node, const std::vector<Segment> &segments, size_t at, Breakage breakage,
                  const QJsonValue &value)
{
    const Segment &segment = segments.at(at);
    const bool last = at + 1 == segments.size();
    if (!segment.key.isEmpty()) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(segment.key, edited(object.value(segment.key), segments, at + 1, breakage, value));
        else if (breakage == Breakage::Remove)
            object.remove(segment.key);
        else
            object.insert(segment.key, value);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(segment.index, edited(array.at(segment.index), segments, at + 1, breakage, value));
    else if (breakage == Breakage::Remove)
        array.removeAt(segment.index);
    else if (breakage == Breakage::Duplicate)
        array.insert(segment.index + 1, array.at(segment.index));
    else
        array.replace(segment.index, value);
    return array;
}

QByteArray readResource(const QString &fileName)
{
    QFile file(QDir(InstrumentCatalogue::resourceDirectory()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Every text a person may see, for the words check.
QStringList allTexts(const InstrumentCatalogue &catalogue)
{
    QStringList texts;
    for (const PostcardQuestion &question : catalogue.postcardQuestions())
        texts << question.text << question.minimumLabel << question.maximumLabel;
    texts << catalogue.postcardFreeTextQuestion().text;
    for (const IStatementDomain &domain : catalogue.statementDomains()) {
        texts << domain.title;
        for (const IStatement &statement : domain.statements)
            texts << statement.text;
    }
    for (const OutcomeColumn &column : catalogue.outcomeColumns())
        texts << column.title;
    for (const OutcomeRow &row : catalogue.outcomeRows()) {
        texts << row.title;
        for (const OutcomeCell &cell : row.cells) {
            for (const OutcomeStatement &statement : cell.statements)
                texts << statement.text;
        }
    }
    for (const Theme &theme : catalogue.themes())
        texts << theme.title << theme.description;
    return texts;
}

} // namespace

class TestInstrumentCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedCatalogueLoads();
    void postcardIsWordForWord();
    void statementDomains();
    void outcomesGrid();
    void themes();
    void lookups();
    void textsUseTheSeedsWords();
    void goodCopyLoads();
    void brokenCopyIsRefused_data();
    void brokenCopyIsRefused();

private:
    Result<InstrumentCatalogue> loadShipped() const;
};

void TestInstrumentCatalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Result<InstrumentCatalogue> TestInstrumentCatalogue::loadShipped() const
{
    return InstrumentCatalogue::load(InstrumentCatalogue::resourceDirectory());
}

void TestInstrumentCatalogue::shippedCatalogueLoads()
{
    // Reaching the files at all proves the resources of the static library are linked into this test.
    for (const QString &file : kFiles)
        QVERIFY2(!readResource(file).isEmpty(), qPrintable(file + QLatin1String(" is not in the resources")));
    const auto catalogue = loadShipped();
    QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message()));
    QVERIFY(!catalogue->postcardSource().document.isEmpty());
    QVERIFY(!catalogue->statementsSource().document.isEmpty());
    QVERIFY(!catalogue->outcomesSource().document.isEmpty());
    QVERIFY(!catalogue->themesSource().document.isEmpty());
}

void TestInstrumentCatalogue::postcardIsWordForWord()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    const QList<PostcardQuestion> &questions = catalogue->postcardQuestions();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).text,
             QStringLiteral("How would you rate how well the services and support you get work together?"));
    QCOMPARE(questions.at(1).text,
             QStringLiteral("How would you rate how well the services you use help you to live independently and "
                            "get on with your life?"));
    for (int i = 0; i < questions.size(); ++i) {
        const PostcardQuestion &question = questions.at(i);
        QCOMPARE(question.number, i + 1);
        QCOMPARE(question.scaleMinimum, 1);
        QCOMPARE(question.scaleMaximum, 10);
        QCOMPARE(question.minimumLabel, QStringLiteral("poor"));
        QCOMPARE(question.maximumLabel, QStringLiteral("excellent"));
        QVERIFY(question.verbatim);
        QVERIFY(question.optional); // seed 000 §6: 155 and 153 answers from 156 postcards
    }
    const PostcardFreeTextQuestion &freeText = catalogue->postcardFreeTextQuestion();
    QVERIFY(freeText.text.contains(QStringLiteral("one thing that would make services and support better")));
    QVERIFY(!freeText.verbatim); // the seed only reports what the question asked
    QVERIFY(freeText.optional);
}

void TestInstrumentCatalogue::statementDomains()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    const QList<IStatementDomain> &domains = catalogue->statementDomains();
    QCOMPARE(domains.size(), 6);
    const QStringList titles
        = {QStringLiteral("My goals/outcomes"), QStringLiteral("Communication"),
           QStringLiteral("Information"),       QStringLiteral("Decision-making including budgets"),
           QStringLiteral("Care planning"),     QStringLiteral("Transitions")};
    const QList<qsizetype> counts = {4, 6, 6, 6, 10, 6}; // as Figure 2 of seed 003 prints them
    for (int i = 0; i < domains.size(); ++i) {
        QCOMPARE(domains.at(i).title, titles.at(i));
        QCOMPARE(domains.at(i).statements.size(), counts.at(i));
        for (const IStatement &statement : domains.at(i).statements)
            QCOMPARE(statement.domainId, domains.at(i).id);
    }
    QCOMPARE(domains.at(1).statements.at(0).text, QStringLiteral("I tell my story once."));
}

void TestInstrumentCatalogue::outcomesGrid()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    const QList<OutcomeColumn> &columns = catalogue->outcomeColumns();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.at(0).title, QStringLiteral("Better"));
    QCOMPARE(columns.at(1).title, QStringLiteral("Simpler"));
    QCOMPARE(columns.at(2).title, QStringLiteral("Better value"));

    const QList<OutcomeRow> &rows = catalogue->outcomeRows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).title, QStringLiteral("Service user and carer"));
    QCOMPARE(rows.at(1).title, QStringLiteral("Staff"));
    QCOMPARE(rows.at(2).title, QStringLiteral("System"));
    for (const OutcomeRow &row : rows) {
        QCOMPARE(row.cells.size(), 3);
        for (int c = 0; c < row.cells.size(); ++c) {
            QCOMPARE(row.cells.at(c).columnId, columns.at(c).id);
            QVERIFY(!row.cells.at(c).statements.isEmpty());
        }
    }
    QVERIFY(rows.at(0).serviceUserRow);
    QVERIFY(!rows.at(1).serviceUserRow);
    QVERIFY(!rows.at(2).serviceUserRow);
    QCOMPARE(catalogue->serviceUserOutcomeRow().id, rows.at(0).id);

    const auto cell = catalogue->outcomeCell(rows.at(0).id, columns.at(1).id);
    QVERIFY(cell.has_value());
    QCOMPARE(cell->statements.at(0).text,
             QStringLiteral("Teams share information (with my consent), so I don't have to tell my story to too "
                            "many different people."));
    QVERIFY(!catalogue->outcomeCell(rows.at(0).id, QStringLiteral("of.nothing")).has_value());
}

void TestInstrumentCatalogue::themes()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    const QList<Theme> &themes = catalogue->themes();
    QCOMPARE(themes.size(), 7);
    const QStringList titles = {QStringLiteral("Is anything really going to change?"),
                                QStringLiteral("Dignity and humanity"),
                                QStringLiteral("Support that is about me and my life"),
                                QStringLiteral("Care and support is not joined up"),
                                QStringLiteral("Process and protocol"),
                                QStringLiteral("Lack of focus on prevention"),
                                QStringLiteral("Not knowing what's available")};
    for (int i = 0; i < themes.size(); ++i) {
        QCOMPARE(themes.at(i).id, QStringLiteral("theme.%1").arg(i + 1));
        QCOMPARE(themes.at(i).number, i + 1);
        QCOMPARE(themes.at(i).title, titles.at(i));
        QVERIFY(!themes.at(i).description.isEmpty());
    }
}

void TestInstrumentCatalogue::lookups()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    QVERIFY(catalogue->hasStatement(QStringLiteral("nv.goals.1")));
    QCOMPARE(catalogue->statement(QStringLiteral("nv.communication.3"))->text,
             QStringLiteral("I am always kept informed about what the next steps will be."));
    QVERIFY(!catalogue->hasStatement(QStringLiteral("nv.goals.99")));
    QVERIFY(!catalogue->hasStatement(QStringLiteral("nv.goals"))); // a domain, not a statement
    QVERIFY(!catalogue->hasStatement(QStringLiteral("of.users.better.1"))); // an outcome, not an I statement
    QVERIFY(!catalogue->statement(QString()).has_value());

    QVERIFY(catalogue->hasOutcomeStatement(QStringLiteral("of.users.better.1")));
    QVERIFY(catalogue->isServiceUserOutcomeStatement(QStringLiteral("of.users.better.1")));
    QVERIFY(catalogue->hasOutcomeStatement(QStringLiteral("of.staff.better.1")));
    QVERIFY(!catalogue->isServiceUserOutcomeStatement(QStringLiteral("of.staff.better.1")));
    QVERIFY(!catalogue->isServiceUserOutcomeStatement(QStringLiteral("nv.goals.1")));
    QCOMPARE(catalogue->outcomeStatement(QStringLiteral("of.users.better.2"))->columnId, QStringLiteral("of.better"));

    QVERIFY(catalogue->hasTheme(QStringLiteral("theme.4")));
    QCOMPARE(catalogue->theme(QStringLiteral("theme.4"))->title, QStringLiteral("Care and support is not joined up"));
    QVERIFY(!catalogue->hasTheme(QStringLiteral("theme.8")));

    QCOMPARE(catalogue->postcardQuestion(QStringLiteral("postcard.q2"))->number, 2);
    QVERIFY(!catalogue->postcardQuestion(QStringLiteral("postcard.q3")).has_value());
}

void TestInstrumentCatalogue::textsUseTheSeedsWords()
{
    const auto catalogue = loadShipped();
    QVERIFY(catalogue.ok());
    static const QRegularExpression banned(QStringLiteral("\\b(patient|client)s?\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : allTexts(*catalogue))
        QVERIFY2(!banned.match(text).hasMatch(), qPrintable(text));
}

void TestInstrumentCatalogue::goodCopyLoads()
{
    // The refusals below start from this copy; it must load, or they would prove nothing.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    for (const QString &file : kFiles)
        QVERIFY(writeFile(directory.filePath(file), readResource(file)));
    const auto catalogue = InstrumentCatalogue::load(directory.path());
    QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message()));
}

void TestInstrumentCatalogue::brokenCopyIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a fragment the reason must contain

    const auto row = [](const char *name, const QString &file, Breakage breakage, const QString &path,
                        const QJsonValue &value, const QString &field, const QString &reason) {
        QTest::newRow(name) << file << int(breakage) << path << value << field << reason;
    };
    const QJsonValue none;
    const QString postcard = QStringLiteral("postcard.json");
    const QString statements = QStringLiteral("i-statements.json");
    const QString outcomes = QStringLiteral("outcomes-framework.json");
    const QString themes = QStringLiteral("themes.json");

    // Files
    row("missing file", themes, Breakage::RemoveFile, {}, none, themes, "missing");
    row("malformed JSON", statements, Breakage::ReplaceText, {},
        QStringLiteral("{ \"formatVersion\": 1,\n  \"domains\": ["), statements, "not valid JSON (line 2");
    row("top level not an object", postcard, Breakage::ReplaceText, {}, QStringLiteral("[]"), postcard, "JSON object");
    row("empty file", outcomes, Breakage::ReplaceText, {}, QStringLiteral(""), outcomes, "not valid JSON");
    row("unsupported format version", themes, Breakage::Set, "formatVersion", 2, themes + ": formatVersion",
        "format version 2");

    // Missing or wrongly typed fields
    row("missing theme title", themes, Breakage::Remove, "themes[3].title", none, themes + ": themes[3].title",
        "missing field");
    row("missing source", postcard, Breakage::Remove, "source", none, postcard + ": source", "missing field");
    row("missing source section", outcomes, Breakage::Remove, "source.section", none, outcomes + ": source.section",
        "missing field");
    row("missing statements", statements, Breakage::Remove, "domains[4].statements", none,
        statements + ": domains[4].statements", "missing field");
    row("missing free-text question", postcard, Breakage::Remove, "freeTextQuestion", none,
        postcard + ": freeTextQuestion", "missing field");
    row("text is a number", statements, Breakage::Set, "domains[0].statements[1].text", 7,
        statements + ": domains[0].statements[1].text", "must be a string");
    row("service-user flag is a string", outcomes, Breakage::Set, "rows[0].serviceUserRow", QStringLiteral("yes"),
        outcomes + ": rows[0].serviceUserRow", "true or false");
    row("optional is a number", postcard, Breakage::Set, "freeTextQuestion.optional", 1,
        postcard + ": freeTextQuestion.optional", "true or false");
    row("scale bound is a string", postcard, Breakage::Set, "ratingQuestions[1].scale.maximum", QStringLiteral("10"),
        postcard + ": ratingQuestions[1].scale.maximum", "whole number");
    row("scale bound is a fraction", postcard, Breakage::Set, "ratingQuestions[0].scale.minimum", 1.5,
        postcard + ": ratingQuestions[0].scale.minimum", "whole number");
    row("domains is an object", statements, Breakage::Set, "domains", QJsonObject(), statements + ": domains",
        "must be an array");
    row("theme is a string", themes, Breakage::Set, "themes[2]", QStringLiteral("Dignity"), themes + ": themes[2]",
        "must be an object");
    row("misspelt field", postcard, Breakage::Set, "ratingQuestions[0].optinal", true,
        postcard + ": ratingQuestions[0].optinal", "unknown field");
    row("unknown wording", postcard, Breakage::Set, "freeTextQuestion.wording", QStringLiteral("roughly"),
        postcard + ": freeTextQuestion.wording", "\"verbatim\" or \"paraphrase\"");

    // Empty texts and lists
    row("empty statement", statements, Breakage::Set, "domains[2].statements[0].text", QStringLiteral("   "),
        statements + ": domains[2].statements[0].text", "must not be empty");
    row("empty question", postcard, Breakage::Set, "ratingQuestions[1].text", QStringLiteral(""),
        postcard + ": ratingQuestions[1].text", "must not be empty");
    row("empty theme description", themes, Breakage::Set, "themes[6].description", QStringLiteral(""),
        themes + ": themes[6].description", "must not be empty");
    row("empty source document", statements, Breakage::Set, "source.document", QStringLiteral(""),
        statements + ": source.document", "must not be empty");
    row("empty cell", outcomes, Breakage::Set, "rows[2].cells[0].statements", QJsonArray(),
        outcomes + ": rows[2].cells[0].statements", "at least one");

    // Ids
    row("duplicate id in a file", statements, Breakage::Set, "domains[1].statements[3].id",
        QStringLiteral("nv.communication.1"), statements + ": domains[1].statements[3].id", "duplicate id");
    row("duplicate id across files", themes, Breakage::Set, "themes[0].id", QStringLiteral("nv.goals.1"),
        themes + ": themes[0].id", "first used at i-statements.json: domains[0].statements[0].id");
    row("duplicate outcome id", outcomes, Breakage::Set, "rows[1].cells[2].statements[1].id",
        QStringLiteral("of.staff.bettervalue.1"), outcomes + ": rows[1].cells[2].statements[1].id", "duplicate id");
    row("id not in the id form", themes, Breakage::Set, "themes[1].id", QStringLiteral("Theme 2"),
        themes + ": themes[1].id", "lowercase");
    row("empty id", postcard, Breakage::Set, "freeTextQuestion.id", QStringLiteral(""),
        postcard + ": freeTextQuestion.id", "must not be empty");

    // Counts
    row("one rating question", postcard, Breakage::Remove, "ratingQuestions[1]", none, postcard + ": ratingQuestions",
        "exactly 2");
    row("three rating questions", postcard, Breakage::Duplicate, "ratingQuestions[0]", none,
        postcard + ": ratingQuestions", "exactly 2");
    row("five domains", statements, Breakage::Remove, "domains[5]", none, statements + ": domains", "exactly 6");
    row("seven domains", statements, Breakage::Duplicate, "domains[0]", none, statements + ": domains", "exactly 6");
    row("two columns", outcomes, Breakage::Remove, "columns[2]", none, outcomes + ": columns", "exactly 3");
    row("two rows", outcomes, Breakage::Remove, "rows[2]", none, outcomes + ": rows", "exactly 3");
    row("four rows", outcomes, Breakage::Duplicate, "rows[1]", none, outcomes + ": rows", "exactly 3");
    row("two cells", outcomes, Breakage::Remove, "rows[1].cells[2]", none, outcomes + ": rows[1].cells", "exactly 3");
    row("six themes", themes, Breakage::Remove, "themes[6]", none, themes + ": themes", "exactly 7");
    row("eight themes", themes, Breakage::Duplicate, "themes[2]", none, themes + ": themes", "exactly 7");

    // Scale and order
    row("scale from 0", postcard, Breakage::Set, "ratingQuestions[0].scale.minimum", 0,
        postcard + ": ratingQuestions[0].scale.minimum", "from 1 to 10");
    row("scale to 5", postcard, Breakage::Set, "ratingQuestions[1].scale.maximum", 5,
        postcard + ": ratingQuestions[1].scale.maximum", "from 1 to 10");
    row("missing scale label", postcard, Breakage::Remove, "ratingQuestions[0].scale.maximumLabel", none,
        postcard + ": ratingQuestions[0].scale.maximumLabel", "missing field");
    row("questions out of order", postcard, Breakage::Set, "ratingQuestions[0].number", 2,
        postcard + ": ratingQuestions[0].number", "must be 1");
    row("themes out of order", themes, Breakage::Set, "themes[2].number", 4, themes + ": themes[2].number",
        "must be 3");

    // The outcomes grid's own rules
    row("cell for the wrong column", outcomes, Breakage::Set, "rows[2].cells[1].column", QStringLiteral("of.better"),
        outcomes + ": rows[2].cells[1].column", "must be for column \"of.simpler\"");
    row("no service-user row", outcomes, Breakage::Set, "rows[0].serviceUserRow", false, outcomes + ": rows",
        "serviceUserRow");
    row("two service-user rows", outcomes, Breakage::Set, "rows[1].serviceUserRow", true,
        outcomes + ": rows[1].serviceUserRow", "only one row");
}

void TestInstrumentCatalogue::brokenCopyIsRefused()
{
    QFETCH(QString, file);
    QFETCH(int, breakage);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    for (const QString &name : kFiles)
        QVERIFY(writeFile(directory.filePath(name), readResource(name)));

    const QString target = directory.filePath(file);
    switch (static_cast<Breakage>(breakage)) {
    case Breakage::RemoveFile:
        QVERIFY(QFile::remove(target));
        break;
    case Breakage::ReplaceText:
        QVERIFY(writeFile(target, value.toString().toUtf8()));
        break;
    case Breakage::Set:
    case Breakage::Remove:
    case Breakage::Duplicate: {
        const QJsonDocument document = QJsonDocument::fromJson(readResource(file));
        QVERIFY(document.isObject());
        const QJsonValue broken = edited(document.object(), parsePath(path), 0, static_cast<Breakage>(breakage), value);
        QVERIFY(broken != QJsonValue(document.object())); // the breakage must change something
        QVERIFY(writeFile(target, QJsonDocument(broken.toObject()).toJson()));
        break;
    }
    }

    const auto catalogue = InstrumentCatalogue::load(directory.path());
    QVERIFY2(!catalogue.ok(), "a broken catalogue was accepted");
    QCOMPARE(catalogue.error().field, field);
    QVERIFY2(catalogue.error().reason.contains(reason, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("reason \"%1\" does not mention \"%2\"").arg(catalogue.error().reason, reason)));
}

QTEST_GUILESS_MAIN(TestInstrumentCatalogue)
#include "tst_instrumentcatalogue.moc"

#include "instrumentcatalogue.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace doorstep {

namespace {

// The shape the rest of the app is built around (screens, reports, seed 000 §6 result tables);
// a file that disagrees is wrong, not a new variant to cope with.
constexpr int kFormatVersion = 1;
constexpr qsizetype kPostcardRatingQuestions = 2;
constexpr int kPostcardScaleMinimum = 1;
constexpr int kPostcardScaleMaximum = 10;
constexpr qsizetype kStatementDomains = 6;
constexpr qsizetype kOutcomeColumns = 3;
constexpr qsizetype kOutcomeRows = 3;
constexpr qsizetype kThemes = 7;

const QString kPostcardFile = QStringLiteral("postcard.json");
const QString kStatementsFile = QStringLiteral("i-statements.json");
const QString kOutcomesFile = QStringLiteral("outcomes-framework.json");
const QString kThemesFile = QStringLiteral("themes.json");

void readFormatVersion(JsonReader &reader, const QJsonObject &root)
{
    const QString key = QStringLiteral("formatVersion");
    const int version = reader.integer(root, QString(), key);
    if (!reader.failed() && version != kFormatVersion) {
        reader.fail(key,
                    QStringLiteral("format version %1 is not supported (this build reads version %2)")
                        .arg(version)
                        .arg(kFormatVersion));
    }
}

SourceReference readSource(JsonReader &reader, const QJsonObject &root)
{
    const QString path = QStringLiteral("source");
    const QJsonObject object = reader.object(root, QString(), path);
    reader.allowOnly(object, path,
                     {QStringLiteral("document"), QStringLiteral("authors"), QStringLiteral("publisher"),
                      QStringLiteral("year"), QStringLiteral("section"), QStringLiteral("reference"),
                      QStringLiteral("note")});
    SourceReference source;
    source.document = reader.text(object, path, QStringLiteral("document"));
    source.authors = reader.optionalText(object, path, QStringLiteral("authors"));
    source.publisher = reader.optionalText(object, path, QStringLiteral("publisher"));
    source.year = reader.optionalText(object, path, QStringLiteral("year"));
    source.section = reader.text(object, path, QStringLiteral("section"));
    source.reference = reader.text(object, path, QStringLiteral("reference"));
    source.note = reader.optionalText(object, path, QStringLiteral("note"));
    return source;
}

// "verbatim" or "paraphrase": whether the words are the source's own, so nobody mistakes a
// paraphrase for the published instrument.
bool readVerbatim(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    const QString key = QStringLiteral("wording");
    const QString wording = reader.text(object, path, key);
    if (reader.failed())
        return false;
    if (wording != QLatin1String("verbatim") && wording != QLatin1String("paraphrase")) {
        reader.fail(JsonReader::member(path, key),
                    QStringLiteral("must be \"verbatim\" or \"paraphrase\", found \"%1\"").arg(wording));
    }
    return wording == QLatin1String("verbatim");
}

void expectCount(JsonReader &reader, const QJsonArray &array, const QString &path, qsizetype expected,
                 const QString &what)
{
    if (!reader.failed() && array.size() != expected) {
        reader.fail(path, QStringLiteral("expected exactly %1 %2, found %3").arg(expected).arg(what).arg(array.size()));
    }
}

// Numbers are printed on screens and in reports, so they must follow the order of the file.
int readNumber(JsonReader &reader, const QJsonObject &object, const QString &path, qsizetype index)
{
    const QString key = QStringLiteral("number");
    const int number = reader.integer(object, path, key);
    if (!reader.failed() && number != index + 1) {
        reader.fail(JsonReader::member(path, key),
                    QStringLiteral("must be %1 (entries are numbered in order), found %2").arg(index + 1).arg(number));
    }
    return number;
}

} // namespace

QString InstrumentCatalogue::resourceDirectory()
{
    return QStringLiteral(":/doorstep/instruments");
}

Result<InstrumentCatalogue> InstrumentCatalogue::load(const QString &directory)
{
    InstrumentCatalogue catalogue;
    QHash<QString, QString> ids;
    using Step = void (InstrumentCatalogue::*)(JsonReader &);
    const std::pair<QString, Step> steps[] = {
        {kPostcardFile, &InstrumentCatalogue::readPostcard},
        {kStatementsFile, &InstrumentCatalogue::readStatements},
        {kOutcomesFile, &InstrumentCatalogue::readOutcomes},
        {kThemesFile, &InstrumentCatalogue::readThemes},
    };
    for (const auto &[fileName, step] : steps) {
        JsonReader reader(directory, fileName, ids);
        (catalogue.*step)(reader);
        // The half-read catalogue is dropped here: callers get all four instruments or an error.
        if (reader.failed())
            return reader.error();
    }
    return catalogue;
}

std::optional<PostcardQuestion> InstrumentCatalogue::postcardQuestion(const QString &id) const
{
    for (const PostcardQuestion &question : m_postcardQuestions) {
        if (question.id == id)
            return question;
    }
    return std::nullopt;
}

std::optional<IStatement> InstrumentCatalogue::statement(const QString &id) const
{
    const auto it = m_statementsById.constFind(id);
    if (it == m_statementsById.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<OutcomeCell> InstrumentCatalogue::outcomeCell(const QString &rowId, const QString &columnId) const
{
    for (const OutcomeRow &row : m_outcomeRows) {
        if (row.id != rowId)
            continue;
        for (const OutcomeCell &cell : row.cells) {
            if (cell.columnId == columnId)
                return cell;
        }
    }
    return std::nullopt;
}

std::optional<OutcomeStatement> InstrumentCatalogue::outcomeStatement(const QString &id) const
{
    const auto it = m_outcomeStatementsById.constFind(id);
    if (it == m_outcomeStatementsById.constEnd())
        return std::nullopt;
    return it.value();
}

bool InstrumentCatalogue::isServiceUserOutcomeStatement(const QString &id) const
{
    const auto it = m_outcomeStatementsById.constFind(id);
    return it != m_outcomeStatementsById.constEnd() && it->rowId == serviceUserOutcomeRow().id;
}

std::optional<Theme> InstrumentCatalogue::theme(const QString &id) const
{
    const auto it = m_themeIndexById.constFind(id);
    if (it == m_themeIndexById.constEnd())
        return std::nullopt;
    return m_themes.at(it.value());
}

void InstrumentCatalogue::readPostcard(JsonReader &reader)
{
    const QJsonObject root = reader.readRoot();
    if (reader.failed())
        return;
    reader.allowOnly(root, QString(),
                     {QStringLiteral("formatVersion"), QStringLiteral("source"), QStringLiteral("ratingQuestions"),
                      QStringLiteral("freeTextQuestion")});
    readFormatVersion(reader, root);
    m_postcardSource = readSource(reader, root);

    const QString questionsPath = QStringLiteral("ratingQuestions");
    const QJsonArray questions = reader.array(root, QString(), questionsPath);
    expectCount(reader, questions, questionsPath, kPostcardRatingQuestions, QStringLiteral("rating questions"));
    for (qsizetype i = 0; i < questions.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::element(questionsPath, i);
        const QJsonObject object = reader.objectAt(questions, questionsPath, i);
        reader.allowOnly(object, path,
                         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("text"),
                          QStringLiteral("wording"), QStringLiteral("optional"), QStringLiteral("scale")});
        PostcardQuestion question;
        question.id = reader.id(object, path);
        question.number = readNumber(reader, object, path, i);
        question.text = reader.text(object, path, QStringLiteral("text"));
        question.verbatim = readVerbatim(reader, object, path);
        question.optional = reader.boolean(object, path, QStringLiteral("optional"));

        const QString scalePath = JsonReader::member(path, QStringLiteral("scale"));
        const QJsonObject scale = reader.object(object, path, QStringLiteral("scale"));
        reader.allowOnly(scale, scalePath,
                         {QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("minimumLabel"),
                          QStringLiteral("maximumLabel")});
        question.scaleMinimum = reader.integer(scale, scalePath, QStringLiteral("minimum"));
        if (!reader.failed() && question.scaleMinimum != kPostcardScaleMinimum) {
            reader.fail(JsonReader::member(scalePath, QStringLiteral("minimum")),
                        QStringLiteral("the postcard scale runs from %1 to %2, found minimum %3")
                            .arg(kPostcardScaleMinimum)
                            .arg(kPostcardScaleMaximum)
                            .arg(question.scaleMinimum));
        }
        question.scaleMaximum = reader.integer(scale, scalePath, QStringLiteral("maximum"));
        if (!reader.failed() && question.scaleMaximum != kPostcardScaleMaximum) {
            reader.fail(JsonReader::member(scalePath, QStringLiteral("maximum")),
                        QStringLiteral("the postcard scale runs from %1 to %2, found maximum %3")
                            .arg(kPostcardScaleMinimum)
                            .arg(kPostcardScaleMaximum)
                            .arg(question.scaleMaximum));
        }
        question.minimumLabel = reader.text(scale, scalePath, QStringLiteral("minimumLabel"));
        question.maximumLabel = reader.text(scale, scalePath, QStringLiteral("maximumLabel"));
        m_postcardQuestions.append(question);
    }

    const QString freeTextPath = QStringLiteral("freeTextQuestion");
    const QJsonObject freeText = reader.object(root, QString(), freeTextPath);
    reader.allowOnly(
        freeText, freeTextPath,
        {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("wording"), QStringLiteral("optional")});
    m_postcardFreeText.id = reader.id(freeText, freeTextPath);
    m_postcardFreeText.text = reader.text(freeText, freeTextPath, QStringLiteral("text"));
    m_postcardFreeText.verbatim = readVerbatim(reader, freeText, freeTextPath);
    m_postcardFreeText.optional = reader.boolean(freeText, freeTextPath, QStringLiteral("optional"));
}

void InstrumentCatalogue::readStatements(JsonReader &reader)
{
    const QJsonObject root = reader.readRoot();
    if (reader.failed())
        return;
    reader.allowOnly(root, QString(),
                     {QStringLiteral("formatVersion"), QStringLiteral("source"), QStringLiteral("domains")});
    readFormatVersion(reader, root);
    m_statementsSource = readSource(reader, root);

    const QString domainsPath = QStringLiteral("domains");
    const QJsonArray domains = reader.array(root, QString(), domainsPath);
    expectCount(reader, domains, domainsPath, kStatementDomains, QStringLiteral("domains"));
    for (qsizetype d = 0; d < domains.size() && !reader.failed(); ++d) {
        const QString path = JsonReader::element(domainsPath, d);
        const QJsonObject object = reader.objectAt(domains, domainsPath, d);
        reader.allowOnly(object, path, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("statements")});
        IStatementDomain domain;
        domain.id = reader.id(object, path);
        domain.title = reader.text(object, path, QStringLiteral("title"));

        const QString statementsPath = JsonReader::member(path, QStringLiteral("statements"));
        const QJsonArray statements = reader.array(object, path, QStringLiteral("statements"));
        for (qsizetype s = 0; s < statements.size() && !reader.failed(); ++s) {
            const QString statementPath = JsonReader::element(statementsPath, s);
            const QJsonObject statementObject = reader.objectAt(statements, statementsPath, s);
            reader.allowOnly(statementObject, statementPath, {QStringLiteral("id"), QStringLiteral("text")});
            IStatement statement;
            statement.id = reader.id(statementObject, statementPath);
            statement.domainId = domain.id;
            statement.text = reader.text(statementObject, statementPath, QStringLiteral("text"));
            domain.statements.append(statement);
            m_statementsById.insert(statement.id, statement);
        }
        m_statementDomains.append(domain);
    }
}

void InstrumentCatalogue::readOutcomes(JsonReader &reader)
{
    const QJsonObject root = reader.readRoot();
    if (reader.failed())
        return;
    reader.allowOnly(
        root, QString(),
        {QStringLiteral("formatVersion"), QStringLiteral("source"), QStringLiteral("columns"), QStringLiteral("rows")});
    readFormatVersion(reader, root);
    m_outcomesSource = readSource(reader, root);

    const QString columnsPath = QStringLiteral("columns");
    const QJsonArray columns = reader.array(root, QString(), columnsPath);
    expectCount(reader, columns, columnsPath, kOutcomeColumns, QStringLiteral("columns"));
    for (qsizetype c = 0; c < columns.size() && !reader.failed(); ++c) {
        const QString path = JsonReader::element(columnsPath, c);
        const QJsonObject object = reader.objectAt(columns, columnsPath, c);
        reader.allowOnly(object, path, {QStringLiteral("id"), QStringLiteral("title")});
        OutcomeColumn column;
        column.id = reader.id(object, path);
        column.title = reader.text(object, path, QStringLiteral("title"));
        m_outcomeColumns.append(column);
    }
    if (reader.failed())
        return;

    const QString rowsPath = QStringLiteral("rows");
    const QJsonArray rows = reader.array(root, QString(), rowsPath);
    expectCount(reader, rows, rowsPath, kOutcomeRows, QStringLiteral("rows"));
    std::optional<qsizetype> serviceUserRow;
    for (qsizetype r = 0; r < rows.size() && !reader.failed(); ++r) {
        const QString path = JsonReader::element(rowsPath, r);
        const QJsonObject object = reader.objectAt(rows, rowsPath, r);
        reader.allowOnly(
            object, path,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("serviceUserRow"), QStringLiteral("cells")});
        OutcomeRow row;
        row.id = reader.id(object, path);
        row.title = reader.text(object, path, QStringLiteral("title"));
        row.serviceUserRow = reader.boolean(object, path, QStringLiteral("serviceUserRow"));
        if (row.serviceUserRow && serviceUserRow && !reader.failed()) {
            reader.fail(JsonReader::member(path, QStringLiteral("serviceUserRow")),
                        QStringLiteral("only one row can be the service-user row, and %1 already is")
                            .arg(JsonReader::element(rowsPath, *serviceUserRow)));
        }
        if (row.serviceUserRow && !serviceUserRow)
            serviceUserRow = r;

        const QString cellsPath = JsonReader::member(path, QStringLiteral("cells"));
        const QJsonArray cells = reader.array(object, path, QStringLiteral("cells"));
        expectCount(reader, cells, cellsPath, kOutcomeColumns, QStringLiteral("cells, one per column"));
        for (qsizetype c = 0; c < cells.size() && !reader.failed(); ++c) {
            const QString cellPath = JsonReader::element(cellsPath, c);
            const QJsonObject cellObject = reader.objectAt(cells, cellsPath, c);
            reader.allowOnly(cellObject, cellPath, {QStringLiteral("column"), QStringLiteral("statements")});
            OutcomeCell cell;
            cell.rowId = row.id;
            // Named rather than implied by position, so that a cell pasted into the wrong place is caught.
            cell.columnId = reader.text(cellObject, cellPath, QStringLiteral("column"));
            const OutcomeColumn &expected = m_outcomeColumns.at(c);
            if (!reader.failed() && cell.columnId != expected.id) {
                reader.fail(JsonReader::member(cellPath, QStringLiteral("column")),
                            QStringLiteral("cell %1 must be for column \"%2\" (%3), found \"%4\"")
                                .arg(c)
                                .arg(expected.id, JsonReader::element(columnsPath, c), cell.columnId));
            }

            const QString statementsPath = JsonReader::member(cellPath, QStringLiteral("statements"));
            const QJsonArray statements = reader.array(cellObject, cellPath, QStringLiteral("statements"));
            for (qsizetype s = 0; s < statements.size() && !reader.failed(); ++s) {
                const QString statementPath = JsonReader::element(statementsPath, s);
                const QJsonObject statementObject = reader.objectAt(statements, statementsPath, s);
                reader.allowOnly(statementObject, statementPath, {QStringLiteral("id"), QStringLiteral("text")});
                OutcomeStatement statement;
                statement.id = reader.id(statementObject, statementPath);
                statement.rowId = row.id;
                statement.columnId = cell.columnId;
                statement.text = reader.text(statementObject, statementPath, QStringLiteral("text"));
                cell.statements.append(statement);
                m_outcomeStatementsById.insert(statement.id, statement);
            }
            row.cells.append(cell);
        }
        m_outcomeRows.append(row);
    }
    if (!reader.failed() && !serviceUserRow)
        reader.fail(rowsPath, QStringLiteral("one row must have \"serviceUserRow\": true"));
    m_serviceUserRowIndex = serviceUserRow.value_or(0);
}

void InstrumentCatalogue::readThemes(JsonReader &reader)
{
    const QJsonObject root = reader.readRoot();
    if (reader.failed())
        return;
    reader.allowOnly(root, QString(),
                     {QStringLiteral("formatVersion"), QStringLiteral("source"), QStringLiteral("themes")});
    readFormatVersion(reader, root);
    m_themesSource = readSource(reader, root);

    const QString themesPath = QStringLiteral("themes");
    const QJsonArray themes = reader.array(root, QString(), themesPath);
    expectCount(reader, themes, themesPath, kThemes, QStringLiteral("themes"));
    for (qsizetype i = 0; i < themes.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::element(themesPath, i);
        const QJsonObject object = reader.objectAt(themes, themesPath, i);
        reader.allowOnly(
            object, path,
            {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("description")});
        Theme theme;
        theme.id = reader.id(object, path);
        theme.number = readNumber(reader, object, path, i);
        theme.title = reader.text(object, path, QStringLiteral("title"));
        theme.description = reader.text(object, path, QStringLiteral("description"));
        m_themeIndexById.insert(theme.id, m_themes.size());
        m_themes.append(theme);
    }
}

} // namespace doorstep

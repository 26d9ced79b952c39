#pragma once

#include "istatement.h"
#include "istatementdomain.h"
#include "outcomecell.h"
#include "outcomecolumn.h"
#include "outcomerow.h"
#include "outcomestatement.h"
#include "postcardfreetextquestion.h"
#include "postcardquestion.h"
#include "result.h"
#include "sourcereference.h"
#include "theme.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace doorstep {

class JsonReader;

// The instruments Doorstep asks and reports with: the postcard, the National Voices "I statements",
// the Leeds outcomes framework and the seven postcard themes. They are data (assets/instruments/*.json)
// so that their wording can be checked against the sources and changed without touching code; load()
// refuses anything but a complete, well-formed set, so the rest of the app can rely on its shape.
class InstrumentCatalogue
{
public:
    // Where the shipped files are embedded (core/instruments/sources.cmake).
    static QString resourceDirectory();

    // Reads postcard.json, i-statements.json, outcomes-framework.json and themes.json from
    // `directory`. The error's field names the file and the JSON path of the first problem.
    static Result<InstrumentCatalogue> load(const QString &directory);

    // The postcard: exactly two rating questions, in order, and the free-text question.
    const QList<PostcardQuestion> &postcardQuestions() const { return m_postcardQuestions; }
    const PostcardFreeTextQuestion &postcardFreeTextQuestion() const { return m_postcardFreeText; }
    std::optional<PostcardQuestion> postcardQuestion(const QString &id) const;

    // The six National Voices domains, each with its statements in printed order.
    const QList<IStatementDomain> &statementDomains() const { return m_statementDomains; }
    bool hasStatement(const QString &id) const { return m_statementsById.contains(id); }
    std::optional<IStatement> statement(const QString &id) const;

    // The outcomes framework: three columns, three rows of three cells each.
    const QList<OutcomeColumn> &outcomeColumns() const { return m_outcomeColumns; }
    const QList<OutcomeRow> &outcomeRows() const { return m_outcomeRows; }
    const OutcomeRow &serviceUserOutcomeRow() const { return m_outcomeRows.at(m_serviceUserRowIndex); }
    std::optional<OutcomeCell> outcomeCell(const QString &rowId, const QString &columnId) const;
    bool hasOutcomeStatement(const QString &id) const { return m_outcomeStatementsById.contains(id); }
    std::optional<OutcomeStatement> outcomeStatement(const QString &id) const;
    // True for the statements peer evaluation interviews ask about.
    bool isServiceUserOutcomeStatement(const QString &id) const;

    // The seven themes, in order.
    const QList<Theme> &themes() const { return m_themes; }
    bool hasTheme(const QString &id) const { return m_themeIndexById.contains(id); }
    std::optional<Theme> theme(const QString &id) const;

    const SourceReference &postcardSource() const { return m_postcardSource; }
    const SourceReference &statementsSource() const { return m_statementsSource; }
    const SourceReference &outcomesSource() const { return m_outcomesSource; }
    const SourceReference &themesSource() const { return m_themesSource; }

private:
    InstrumentCatalogue() = default;

    void readPostcard(JsonReader &reader);
    void readStatements(JsonReader &reader);
    void readOutcomes(JsonReader &reader);
    void readThemes(JsonReader &reader);

    QList<PostcardQuestion> m_postcardQuestions;
    PostcardFreeTextQuestion m_postcardFreeText;
    QList<IStatementDomain> m_statementDomains;
    QList<OutcomeColumn> m_outcomeColumns;
    QList<OutcomeRow> m_outcomeRows;
    qsizetype m_serviceUserRowIndex = 0;
    QList<Theme> m_themes;

    SourceReference m_postcardSource;
    SourceReference m_statementsSource;
    SourceReference m_outcomesSource;
    SourceReference m_themesSource;

    QHash<QString, IStatement> m_statementsById;
    QHash<QString, OutcomeStatement> m_outcomeStatementsById;
    QHash<QString, qsizetype> m_themeIndexById;
};

} // namespace doorstep

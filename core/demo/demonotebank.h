#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace doorstep {

class DemoRandom;
class DemoSamples;

// The free text of the demo: home-visit notes and next steps built from phrase banks, goals in people's
// own words, review comments, postcard suggestions, consent scopes and interview comments. Every entry
// it uses is added to the samples.
class DemoNoteBank
{
public:
    DemoNoteBank(DemoRandom &random, DemoSamples &samples);

    // visitType is one of the Visit schema's choices; firstName is how the note refers to the person.
    QString visitNotes(const QString &visitType, const QString &firstName);
    QString noAccessNotes(const QString &firstName);
    QString nextSteps(const QString &visitType, const QString &firstName);

    struct GoalIdea
    {
        QString words;
        QStringList statementIds; // I-statement ids; the caller keeps those the catalogue has
    };
    static const QList<GoalIdea> &goalIdeas();
    void noteGoal(const GoalIdea &idea);
    QString reviewComment(int previousRating, int rating, bool achieved);

    struct Suggestion
    {
        QString text; // empty when the postcard's free text was left blank
        QStringList themeIds;
    };
    // A suggestion in keeping with the scores (mean of the answered questions, 0 when neither was).
    Suggestion suggestion(double meanScore, bool mustWrite);

    QString consentScope(bool given);
    QString eligibility(const QString &firstProfession, const QString &secondProfession);
    QString interviewComment();

private:
    QString use(const QStringList &bank, const QString &firstName = {});

    DemoRandom &m_random;
    DemoSamples &m_samples;
};

} // namespace doorstep

#include "demonotebank.h"

#include "demorandom.h"
#include "demosamples.h"

#include <QHash>

namespace doorstep {

namespace {

// %1 in an entry stands for the person's first name. Every entry keeps a long fixed stretch, which
// DemoSamples records as the phrase a test looks for on disk.

const QStringList &arrivals()
{
    static const QStringList bank{
        QStringLiteral("Arrived to find %1 sitting in the front room, dressed, with the radio on."),
        QStringLiteral("%1 let me in using the key safe code agreed last week, which took a few tries."),
        QStringLiteral("Daughter was there for the visit and let me in as %1 was still getting washed upstairs."),
        QStringLiteral("Visit started ten minutes late because of roadworks on the ring road; %1 was not bothered."),
        QStringLiteral("Found %1 in the kitchen making a cup of tea, walking steadily with the frame."),
        QStringLiteral("%1 was still in bed when I arrived and said the night had been a poor one."),
        QStringLiteral("House warm and tidy; the heating is working again since the boiler was repaired."),
        QStringLiteral("A neighbour had popped round with some shopping and was just leaving as I arrived."),
        QStringLiteral("%1 was watching the racing and happy to talk once the sound was turned down."),
        QStringLiteral("Curtains still drawn when I arrived; %1 said they had not felt like getting up today."),
        QStringLiteral("The home care agency's carer was just finishing their call when I arrived."),
        QStringLiteral("%1 had written a list of questions on the back of an envelope ready for me."),
    };
    return bank;
}

const QHash<QString, QStringList> &observations()
{
    static const QHash<QString, QStringList> banks{
        {QStringLiteral("nursing"),
         {
             QStringLiteral("Leg ulcer on the left shin measured and looks smaller than last week, with less exudate."),
             QStringLiteral("Blood pressure 138/82 sitting, pulse regular; ankles a little swollen by the afternoon."),
             QStringLiteral("Pressure areas checked: heels intact, sacrum slightly red but blanching on touch."),
             QStringLiteral("Blister pack in use; two evening doses missed this week, both on club days."),
             QStringLiteral("Catheter draining well, urine clear, no signs of infection; bag changed."),
             QStringLiteral("Blood sugar readings in the diary mostly within the range the GP agreed."),
             QStringLiteral("Skin tear on the right forearm healing well; steri-strips removed today."),
         }},
        {QStringLiteral("assessment"),
         {
             QStringLiteral(
                 "Talked through a typical day: managing personal care but struggling with meals and shopping."),
             QStringLiteral(
                 "The stairs are the main worry; %1 has been sleeping in the armchair downstairs most nights."),
             QStringLiteral("Discussed money: attendance allowance has not been claimed and %1 may well be entitled."),
             QStringLiteral("Managing medication independently with a dosette box the pharmacy fills weekly."),
             QStringLiteral("Lives alone since being widowed in the spring and feels lonely most afternoons."),
             QStringLiteral(
                 "Completed the care and support needs assessment together; needs around meals and bathing."),
         }},
        {QStringLiteral("review"),
         {
             QStringLiteral(
                 "Reviewed the care and support plan: morning calls are working, the teatime call is often late."),
             QStringLiteral(
                 "Mobility has improved since the last review; now walks to the end of the garden with a stick."),
             QStringLiteral("Weight steady this month and appetite better since starting at the lunch club."),
             QStringLiteral("No falls since the pendant alarm was fitted, and %1 wears it in the bath now."),
             QStringLiteral("Breathlessness unchanged; uses the inhaler before the stairs as the matron suggested."),
         }},
        {QStringLiteral("therapy"),
         {
             QStringLiteral(
                 "Practised getting in and out of the bath with the bath board; managed with verbal prompts."),
             QStringLiteral("Completed the home exercise sheet on three days out of five this week."),
             QStringLiteral("Kitchen assessment: can make a hot drink safely using the kettle tipper."),
             QStringLiteral("Walked to the post box and back with the rollator, resting once on a garden wall."),
             QStringLiteral("Toilet frame and raised seat fitted and in use; feels much safer at night."),
         }},
        {QStringLiteral("reablement"),
         {
             QStringLiteral("Made a simple lunch together; %1 needed help only with the ring-pull on the tin."),
             QStringLiteral("Showered using the perching stool with supervision only, no hands-on help."),
             QStringLiteral("Growing in confidence on the stairs; managed them twice with the rail and a stand-by."),
         }},
        {QStringLiteral("carers-support"),
         {
             QStringLiteral("Spent time with the carer, who is exhausted and has not had an unbroken night in weeks."),
             QStringLiteral(
                 "Started the carer's assessment; the carer would like a regular afternoon off on Wednesdays."),
             QStringLiteral(
                 "Talked about the carers' group at the community centre; the carer is keen to give it a go."),
         }},
        {QStringLiteral("social-care"),
         {
             QStringLiteral("Discussed the direct payment and who might be taken on as a personal assistant."),
             QStringLiteral(
                 "Day centre place on Tuesdays and Fridays is going well; %1 enjoys the company and the dinners."),
             QStringLiteral("Concern about cold callers from last month has settled; no further visitors at the door."),
             QStringLiteral("Application for a level-access shower sent to the council's adaptations team."),
         }},
        {QStringLiteral("other"),
         {
             QStringLiteral("Checked that the pendant alarm and the key safe both work; tested with the call centre."),
         }},
    };
    return banks;
}

const QStringList &actions()
{
    static const QStringList bank{
        QStringLiteral("Agreed the plan with %1 and wrote the next visit date on the calendar by the fridge."),
        QStringLiteral("Phoned the GP practice from the house to ask for a medication review."),
        QStringLiteral("Updated the shared care record so the rest of the team can see what changed today."),
        QStringLiteral("Rang the pharmacy about the late delivery; it will come first thing tomorrow."),
        QStringLiteral("Left a leaflet about the lunch club that meets in the church hall on Thursdays."),
        QStringLiteral("Gave the number for the falls service and stuck it up beside the phone."),
        QStringLiteral("Talked it over with the community matron by phone before leaving."),
        QStringLiteral("Ordered replacement dressings to be delivered to the house."),
        QStringLiteral("Referred to the handyperson service for a second rail on the stairs."),
        QStringLiteral("Booked a joint visit with the social worker for next week."),
    };
    return bank;
}

const QStringList &voices()
{
    static const QStringList bank{
        QStringLiteral("%1 said: \"I just want to be able to stay in my own home.\""),
        QStringLiteral("%1 said it was the first time in ages that anyone had really listened."),
        QStringLiteral("%1 said: \"I don't want to keep telling my story to different people.\""),
        QStringLiteral("%1 is worried about the winter and what the heating is going to cost."),
        QStringLiteral("%1 asked who to ring if things get worse over the weekend."),
        QStringLiteral("%1 was cheerful today and joked about the rain never stopping."),
        QStringLiteral("%1 was tearful talking about the anniversary coming up next week."),
        QStringLiteral("%1 would like to get back to church on a Sunday morning."),
        QStringLiteral("%1 said the new tablets are making the mornings a bit easier."),
    };
    return bank;
}

const QStringList &noAccess()
{
    static const QStringList bank{
        QStringLiteral("No reply at the door or on the landline; the daughter rang back to say %1 had gone to a "
                       "hospital appointment."),
        QStringLiteral("No answer; a neighbour said %1 had gone to stay with family for a few days. Left a card."),
        QStringLiteral("Visit cancelled at %1's request by phone this morning: not feeling up to it today."),
    };
    return bank;
}

const QHash<QString, QStringList> &typedNextSteps()
{
    static const QHash<QString, QStringList> banks{
        {QStringLiteral("nursing"),
         {
             QStringLiteral("District nurse to revisit on Thursday to redress the leg ulcer."),
             QStringLiteral("Recheck blood pressure in two weeks and share readings with the GP."),
             QStringLiteral("Ask the pharmacist to move the evening doses to the teatime slot."),
         }},
        {QStringLiteral("assessment"),
         {
             QStringLiteral("Refer to occupational therapy for a bathing and stairs assessment."),
             QStringLiteral("Help with the attendance allowance claim form at the next visit."),
             QStringLiteral("Write up the support plan and bring a copy for %1 to check."),
         }},
        {QStringLiteral("review"),
         {
             QStringLiteral("Ask the care agency to move the teatime call earlier and check back in a week."),
             QStringLiteral("Bring to the multi-disciplinary meeting on Tuesday for a joint plan."),
         }},
        {QStringLiteral("therapy"),
         {
             QStringLiteral("Continue the daily exercises; physiotherapy review in a fortnight."),
             QStringLiteral("Chase the equipment store about delivering the perching stool."),
         }},
        {QStringLiteral("reablement"),
         {
             QStringLiteral("Reduce to one reablement call a day from Monday if the weekend goes well."),
         }},
        {QStringLiteral("carers-support"),
         {
             QStringLiteral("Complete the carer's assessment and look at a sitting service for Wednesdays."),
         }},
        {QStringLiteral("social-care"),
         {
             QStringLiteral("Send the adaptations form to the council this week and tell %1 when it has gone."),
             QStringLiteral("Set up a meeting with the direct payments support service."),
         }},
    };
    return banks;
}

const QStringList &commonNextSteps()
{
    static const QStringList bank{
        QStringLiteral("Ring %1 on Monday morning to see how the weekend went."),
        QStringLiteral("Add to the agenda for the neighbourhood team meeting so everyone knows the plan."),
        QStringLiteral("Nothing further this week; the next planned visit stands and %1 knows who to call."),
        QStringLiteral("Arrange transport for the outpatient appointment and let the daughter know."),
    };
    return bank;
}

const QStringList &reviewsBetter()
{
    static const QStringList bank{
        QStringLiteral("Walked to the corner shop with the rollator this week, resting on the bench halfway."),
        QStringLiteral("Much more confident now and did not need any prompting today."),
        QStringLiteral("Says it is getting easier every week and is pleased with the progress."),
        QStringLiteral("Managed it twice on their own since the last review, with family nearby."),
    };
    return bank;
}

const QStringList &reviewsSame()
{
    static const QStringList bank{
        QStringLiteral("Not much change: a chest infection set things back for a fortnight."),
        QStringLiteral("Still needs a hand with this; agreed to keep working on it together."),
    };
    return bank;
}

const QStringList &reviewsWorse()
{
    static const QStringList bank{
        QStringLiteral("A difficult couple of weeks after the fall in the kitchen; confidence has dropped."),
        QStringLiteral("Low in mood since the hospital stay and not felt like trying this."),
    };
    return bank;
}

const QStringList &reviewsAchieved()
{
    static const QStringList bank{
        QStringLiteral("Goal achieved, and celebrated with a cup of tea and a biscuit."),
        QStringLiteral("Done it: says this was the thing that mattered most and wants a new goal next time."),
    };
    return bank;
}

struct SuggestionEntry
{
    QString text;
    QStringList themes;
};

// Invented comments in the spirit of the postcards of seed 000 §6, tagged with its seven themes.
const QList<SuggestionEntry> &positiveSuggestions()
{
    static const QList<SuggestionEntry> bank{
        {QStringLiteral("Keep doing what you are doing, the district nurses are lovely with my mum."), {}},
        {QStringLiteral("Nothing to change, the matron has been a godsend to the two of us."), {}},
        {QStringLiteral("The day centre on the parade is a lifeline, please don't close it."), {}},
        {QStringLiteral("Everyone has been kind and patient, I couldn't ask for more."), {}},
        {QStringLiteral("Since the team started working together I only have one number to ring."), {}},
    };
    return bank;
}

const QList<SuggestionEntry> &improvementSuggestions()
{
    static const QList<SuggestionEntry> bank{
        {QStringLiteral("Tell me who is in charge of my care so I only have one number to ring."),
         {QStringLiteral("theme.4")}},
        {QStringLiteral("Stop asking me the same questions every time someone new comes out."),
         {QStringLiteral("theme.4"), QStringLiteral("theme.5")}},
        {QStringLiteral("Carers should not rush me when they help me wash, I'm not a job to be ticked off."),
         {QStringLiteral("theme.2")}},
        {QStringLiteral("Let people know what groups and help there are round here before they need them."),
         {QStringLiteral("theme.7"), QStringLiteral("theme.6")}},
        {QStringLiteral("Help earlier on, not only when everything has got really bad."), {QStringLiteral("theme.6")}},
        {QStringLiteral("Visits at times that suit me, not whatever suits the rota."),
         {QStringLiteral("theme.3"), QStringLiteral("theme.5")}},
        {QStringLiteral("I've filled in that many forms and nothing ever seems to change."),
         {QStringLiteral("theme.1"), QStringLiteral("theme.5")}},
        {QStringLiteral("My GP didn't know anything about the lunch club or the day centre."),
         {QStringLiteral("theme.7")}},
        {QStringLiteral("The hospital and the district nurses don't talk to each other at all."),
         {QStringLiteral("theme.4")}},
        {QStringLiteral("Treat my husband with a bit more respect, he was a proud man all his life."),
         {QStringLiteral("theme.2")}},
        {QStringLiteral("It took weeks to get the equipment and my mother fell while we waited."),
         {QStringLiteral("theme.5"), QStringLiteral("theme.6")}},
        {QStringLiteral("I doubt anything will really change but I hope I'm proved wrong."),
         {QStringLiteral("theme.1")}},
        {QStringLiteral("More help for carers like me, even just a break once a month."), {QStringLiteral("theme.3")}},
        {QStringLiteral("The same carer each time, so I know who is coming through my door."),
         {QStringLiteral("theme.3"), QStringLiteral("theme.2")}},
    };
    return bank;
}

const QStringList &interviewComments()
{
    static const QStringList bank{
        QStringLiteral("They listen, but then nothing much seems to happen afterwards."),
        QStringLiteral("The nurse always has time for a chat, she never makes me feel rushed."),
        QStringLiteral("I've told my story more times than I can count this year."),
        QStringLiteral("I know to ring the team's number and someone gets back to me the same day."),
        QStringLiteral("I'd never heard of the community transport until the social worker mentioned it."),
        QStringLiteral("Going into hospital was quick but coming home again was a muddle."),
    };
    return bank;
}

} // namespace

DemoNoteBank::DemoNoteBank(DemoRandom &random, DemoSamples &samples) : m_random(random), m_samples(samples) { }

QString DemoNoteBank::use(const QStringList &bank, const QString &firstName)
{
    const QString entry = m_random.pick(bank);
    m_samples.addPhrase(entry);
    return entry.contains(QLatin1String("%1")) ? entry.arg(firstName) : entry;
}

QString DemoNoteBank::visitNotes(const QString &visitType, const QString &firstName)
{
    QStringList sentences;
    sentences << use(arrivals(), firstName);
    const QStringList &typed
        = observations().contains(visitType) ? observations()[visitType] : observations()[QStringLiteral("other")];
    sentences << use(typed, firstName);
    // Longer notes now and then, as real ones vary.
    if (m_random.chance(0.4)) {
        QString second = use(typed, firstName);
        if (!sentences.contains(second))
            sentences << second;
    }
    if (m_random.chance(0.7))
        sentences << use(voices(), firstName);
    sentences << use(actions(), firstName);
    return sentences.join(QLatin1Char(' '));
}

QString DemoNoteBank::noAccessNotes(const QString &firstName)
{
    return use(noAccess(), firstName);
}

QString DemoNoteBank::nextSteps(const QString &visitType, const QString &firstName)
{
    QStringList steps;
    if (typedNextSteps().contains(visitType) && m_random.chance(0.75))
        steps << use(typedNextSteps()[visitType], firstName);
    if (steps.isEmpty() || m_random.chance(0.3))
        steps << use(commonNextSteps(), firstName);
    return steps.join(QLatin1Char(' '));
}

const QList<DemoNoteBank::GoalIdea> &DemoNoteBank::goalIdeas()
{
    static const QList<GoalIdea> ideas{
        {QStringLiteral("I want to get to the shops on my own."),
         {QStringLiteral("nv.goals.3"), QStringLiteral("nv.goals.4")}},
        {QStringLiteral("I want to have a bath again without being frightened of falling."),
         {QStringLiteral("nv.goals.1"), QStringLiteral("nv.careplanning.9")}},
        {QStringLiteral("I want to get back to my Tuesday lunch club."), {QStringLiteral("nv.goals.4")}},
        {QStringLiteral("I'd like to manage my own tablets again."),
         {QStringLiteral("nv.information.2"), QStringLiteral("nv.careplanning.7")}},
        {QStringLiteral("I want my daughter to get a proper break now and then."),
         {QStringLiteral("nv.goals.2"), QStringLiteral("nv.decisions.2")}},
        {QStringLiteral("I want to be able to walk to the end of the street and back."),
         {QStringLiteral("nv.goals.3")}},
        {QStringLiteral("I want to stay living in my own home."),
         {QStringLiteral("nv.goals.4"), QStringLiteral("nv.careplanning.3")}},
        {QStringLiteral("I want to know who to ring when things go wrong."),
         {QStringLiteral("nv.communication.5"), QStringLiteral("nv.communication.6"),
          QStringLiteral("nv.careplanning.2")}},
        {QStringLiteral("I'd like to sleep upstairs in my own bed again."), {QStringLiteral("nv.goals.3")}},
        {QStringLiteral("I want to cook a proper Sunday dinner for myself."),
         {QStringLiteral("nv.goals.3"), QStringLiteral("nv.goals.4")}},
        {QStringLiteral("I want to sit out in the garden when the summer comes."), {QStringLiteral("nv.goals.4")}},
        {QStringLiteral("I don't want to keep ending up back in hospital."),
         {QStringLiteral("nv.careplanning.10"), QStringLiteral("nv.careplanning.9")}},
        {QStringLiteral("I want to understand what all my tablets are for."),
         {QStringLiteral("nv.information.2"), QStringLiteral("nv.information.4")}},
        {QStringLiteral("I want to decide for myself how my care budget gets spent."),
         {QStringLiteral("nv.decisions.4"), QStringLiteral("nv.decisions.5")}},
        {QStringLiteral("I want to see my grandchildren more often."), {QStringLiteral("nv.goals.4")}},
        {QStringLiteral("I want to stop feeling so lonely in the afternoons."),
         {QStringLiteral("nv.goals.1"), QStringLiteral("nv.information.5")}},
        {QStringLiteral("When I come home from hospital I want everyone to already know the plan."),
         {QStringLiteral("nv.transitions.1"), QStringLiteral("nv.transitions.2")}},
    };
    return ideas;
}

void DemoNoteBank::noteGoal(const GoalIdea &idea)
{
    m_samples.addPhrase(idea.words);
}

QString DemoNoteBank::reviewComment(int previousRating, int rating, bool achieved)
{
    if (achieved)
        return use(reviewsAchieved());
    if (rating > previousRating)
        return use(reviewsBetter());
    if (rating < previousRating)
        return use(reviewsWorse());
    return use(reviewsSame());
}

DemoNoteBank::Suggestion DemoNoteBank::suggestion(double meanScore, bool mustWrite)
{
    // About one card in six had nothing written on it.
    if (!mustWrite && m_random.chance(0.16))
        return {};
    const bool positive = meanScore >= 8 || (meanScore >= 6 && m_random.chance(0.5));
    const SuggestionEntry &entry
        = positive ? m_random.pick(positiveSuggestions()) : m_random.pick(improvementSuggestions());
    m_samples.addPhrase(entry.text);
    return {entry.text, entry.themes};
}

QString DemoNoteBank::consentScope(bool given)
{
    static const QStringList givenScopes{
        QStringLiteral("Share my records between the neighbourhood team, my GP practice and the hospital."),
        QStringLiteral("Share with the neighbourhood team and my GP; ask me first before anyone tells my son."),
        QStringLiteral("Share everything with the team, my GP and the home care agency so I tell it once."),
    };
    static const QStringList refusedScopes{
        QStringLiteral("Does not want records shared beyond the GP practice for now; to be asked again at review."),
    };
    return use(given ? givenScopes : refusedScopes);
}

QString DemoNoteBank::eligibility(const QString &firstProfession, const QString &secondProfession)
{
    static const QStringList bank{
        QStringLiteral("Used both health and social care in the last six months and agreed to be approached."),
    };
    return use(bank) + QStringLiteral(" Seen by: ") + firstProfession + QStringLiteral(", ") + secondProfession
        + QLatin1Char('.');
}

QString DemoNoteBank::interviewComment()
{
    return use(interviewComments());
}

} // namespace doorstep

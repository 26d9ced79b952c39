<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload by name or NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>People in the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the caseload matches “%1”. Check the spelling, or type the NHS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the team&apos;s caseload from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in the caseload yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Doorstep: home visits, goals and postcards for neighbourhood teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the store in &lt;directory&gt; instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty store with a fictitious demo neighbourhood (PIN 246810).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every screen offscreen on demo data, report problems, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the wrapped key in a file in the data directory, never in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s address, offered on the sign-in page. With --demo: the server to enrol the demo user with (it must have run load-demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo and --server: sign in as this demo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo-user: the password is the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Doorstep in &lt;code&gt; (en or pl) instead of the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &lt;minutes&gt; without a touch (0: never) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Share with the neighbourhood team, my GP and the services that support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared outside the neighbourhood team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sharing decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the person agreed that the team may share information about them with other services?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: record nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailText</name>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalFormat</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the round&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this person is on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to be interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the interview, ask whether they agree to it. Explain that their answers go into feedback for the neighbourhood team without their name, and that they can change their mind at any time, even afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree to be interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent to the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the answers recorded with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview starts once the person has agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each statement to the person and ask how much they agree. A comment in their own words helps the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers were kept on this tablet and are not saved as the interview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 answered; kept on this tablet, not saved yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interview saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a postcard from this person: hand the tablet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer agrees to be interviewed. Their interview answers will be deleted from this tablet now, and from the team&apos;s records when the tablet next syncs. They will not be used in the feedback to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer agrees to be interviewed. No answers have been recorded with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent and delete the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelledValue</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides everything until the PIN is entered again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerHomePage</name>
    <message>
        <source>Peer evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the rounds from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview round for this neighbourhood yet. The team lead sets one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the people listed for this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect a postcard: hand the tablet over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the team listed: they used both health and social care in the last six months and said they would be happy to be interviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens consent and the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has not listed anyone for this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the person&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s summary cannot be shown. Go back to the caseload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carers and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carers recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded. Ask before sharing information with other services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent refused on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an information-sharing decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who coordinates my care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Welcome to Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of %1 to %2 digits. It locks what this tablet holds about the people you visit. Type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to see your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN, %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 at %2 once the PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sign-in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sign-in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo neighbourhood: every name is made up. The PIN is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostcardHandoverPage</name>
    <message>
        <source>Your postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a number for each question: 1 is poor, 10 is excellent. You can leave a question blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers given earlier are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here, if you wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should your name go on this postcard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without your name, nobody can tell the postcard is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, leave my name off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, put my name on it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, put my name on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tablet back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner, who enters their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your postcard has been saved. Please give the tablet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to leave the postcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postcard has not been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers are filled in. Send them if the person wants them sent; otherwise they are thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the answers away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen. Tap again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose %1. Tap it again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered. You may leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Doorstep cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed or lost. Ask your team&apos;s Doorstep contact for help, and keep this tablet as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDescriber</name>
    <message>
        <source>A person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information-sharing decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they were asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Doorstep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has signed this tablet out. Sign in with your user name and password; the tablet keeps its PIN and everything on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is set. Sign in with the user name and password your team&apos;s Doorstep contact gave you; then the tablet fetches your team&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once with the user name and password your team&apos;s Doorstep contact gave you. Next you choose a PIN: after today, the PIN is all you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://doorstep.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload without signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this tablet&apos;s changes to the server and fetches the team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the sign-in page; nothing on this tablet is lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n visits, %2 done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits, in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits are planned for you today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayVisitDelegate</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not yet saved to the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>Start a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue today&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today&apos;s visit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the visit planned for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts an unplanned visit now and checks you in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit cannot be shown. Go back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1, out at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: record that the visit has started now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out: record that the visit has ended now and save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added. It is only added when you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update my location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my location to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the tablet once for where you are, with its accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this location, accuracy and all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again for a more accurate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened on this visit, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft on this tablet as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next, who will do it, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person is told will happen next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit record has these notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this tablet until you save them or check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes and next steps to the visit record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ConflictListModel</name>
    <message>
        <source>Changed on a tablet after it was deleted everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on one tablet while it was changed on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::ConflictResolver</name>
    <message>
        <source>This tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is no longer on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a text can be chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is no longer on this tablet, so it cannot be changed. The text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::GoalEditor</name>
    <message>
        <source>This goal cannot be found on this tablet. Go back and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal&apos;s reviews cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the goal again to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who recorded this. Sign in again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: write the goal in the person&apos;s own words before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: keep it to %1 characters or fewer (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I statements: &quot;%1&quot; is not one of the statements a goal can link to. Choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I statements: link %1 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline rating: choose a number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date: &quot;%1&quot; is not a date. Choose one from the calendar, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: choose active, achieved or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not saved: it is no longer on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the goal first, then add its reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: choose a number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: keep it to %1 characters or fewer (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::GoalListModel</name>
    <message>
        <source>This person&apos;s goals cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::InterviewEditor</name>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not on a round&apos;s list on this tablet. Go back and choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s interview cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s details are not open. Go back and choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: the interview starts only once they have agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to statement %1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the person again to record their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal is recorded, but the interview could not be deleted yet: %1. It will be deleted the next time this person is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep is locked. The answers are kept: unlock it to save the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been answered yet. Choose an answer for at least one statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on statement %1 is longer than %2 characters. Please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview saved before cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who interviewed. The answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::IntervieweeListModel</name>
    <message>
        <source>Agreed to be interviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew consent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 on the team&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::PostcardHandover</name>
    <message>
        <source>How the postcard was collected must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcard has questions 1 and 2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 takes a number from %2 to %3, or can be left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no one to link this postcard to: it stays anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postcard has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep is locked. The answers are kept: unlock it to send the postcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been filled in yet. Choose a number for a question, or write a suggestion, then press Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion is longer than %1 characters. Please shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet does not know its neighbourhood team yet, so the postcard cannot be sent. The answers are kept: sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcard was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::RoundListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doorstep::Session</name>
    <message>
        <source>Doorstep cannot open its store, and has changed nothing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only: no letters, spaces or other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Enter the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet already has a PIN. Enter it to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign in with your password, then enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right, and that was the last try. Sign in with your password, then enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. After %n more wrong PINs you will need your password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock Doorstep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as your team&apos;s Doorstep contact gave it, for example https://doorstep.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet belongs to someone else on your team. Ask them to sign in, or ask your team&apos;s Doorstep contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Now enter your PIN. One more wrong PIN and you will need your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep to record a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what may be shared, and with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who recorded the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep to see this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record cannot be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. Check the address, and that this tablet is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-ins have failed for this user name. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is signed in to the server as someone else. Ask your team&apos;s Doorstep contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this version of Doorstep. Update the app, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::StatementBrowserModel</name>
    <message>
        <source>National Voices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes framework, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::SyncStatus</name>
    <message>
        <source>Offline demo: not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy: trying again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: sign in again to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the team&apos;s latest changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::TodayVisitsModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doorstep::VisitEditor</name>
    <message>
        <source>This visit cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft kept for this visit cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: Doorstep is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved on this tablet (%1). Keep this screen open: it is tried again every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in first: a visit cannot be checked out before it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already checked out at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not checked out, and the notes are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved to the visit; they are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Doorstep to start a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say whose visit this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit type was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Within %n m, added at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding your location… This can take up to %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet has no location service that Doorstep can use. The visit is recorded without a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstep is not allowed to use this tablet&apos;s location. Allow it in the tablet&apos;s settings and try again, or carry on without a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No location was found within %n seconds. Try again outside or by a window, or carry on without a location.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The location service stopped before it found where you are. Try again, or carry on without a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location came without a measure of its accuracy, so it was not kept. Try again, or carry on without a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your location is only known to within %n m, which may be a street or more away. Keep it, or try again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no location waiting to be kept. Add your location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

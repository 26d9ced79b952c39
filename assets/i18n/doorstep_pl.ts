<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Lista podopiecznych</translation>
    </message>
    <message>
        <source>Search by name or NHS number</source>
        <translation>Szukaj po nazwisku lub numerze NHS</translation>
    </message>
    <message>
        <source>Search the caseload by name or NHS number</source>
        <translation>Szukaj na liście podopiecznych po nazwisku lub numerze NHS</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message numerus="yes">
        <source>%n matching</source>
        <translation>
            <numerusform>%n pasująca osoba</numerusform>
            <numerusform>%n pasujące osoby</numerusform>
            <numerusform>%n pasujących osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>People in the caseload</source>
        <translation>Osoby na liście podopiecznych</translation>
    </message>
    <message>
        <source>No one in the caseload matches “%1”. Check the spelling, or type the NHS number.</source>
        <translation>Nikt na liście podopiecznych nie pasuje do „%1”. Sprawdź pisownię albo wpisz numer NHS.</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s caseload from the server…</source>
        <translation>Pobieranie listy podopiecznych zespołu z serwera…</translation>
    </message>
    <message>
        <source>No one is in the caseload yet.</source>
        <translation>Lista podopiecznych jest jeszcze pusta.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Doorstep: home visits, goals and postcards for neighbourhood teams.</source>
        <translation>Doorstep: wizyty domowe, cele i pocztówki dla zespołów środowiskowych.</translation>
    </message>
    <message>
        <source>Keep the store in &lt;directory&gt; instead of the usual place.</source>
        <translation>Przechowuj magazyn danych w katalogu &lt;directory&gt; zamiast w domyślnym miejscu.</translation>
    </message>
    <message>
        <source>Fill an empty store with a fictitious demo neighbourhood (PIN 246810).</source>
        <translation>Wypełnij pusty magazyn danych fikcyjnym rejonem demonstracyjnym (PIN 246810).</translation>
    </message>
    <message>
        <source>Load every screen offscreen on demo data, report problems, and exit.</source>
        <translation>Wczytaj w tle każdy ekran na danych demonstracyjnych, zgłoś problemy i zakończ.</translation>
    </message>
    <message>
        <source>Keep the wrapped key in a file in the data directory, never in the keyring.</source>
        <translation>Przechowuj opakowany klucz w pliku w katalogu danych, nigdy w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address, offered on the sign-in page. With --demo: the server to enrol the demo user with (it must have run load-demo).</source>
        <translation>Adres serwera synchronizacji, podpowiadany na stronie logowania. Z --demo: serwer, na którym zostanie zarejestrowany użytkownik demonstracyjny (musi być na nim wykonane load-demo).</translation>
    </message>
    <message>
        <source>With --demo and --server: sign in as this demo user.</source>
        <translation>Z --demo i --server: zaloguj się jako ten użytkownik demonstracyjny.</translation>
    </message>
    <message>
        <source>With --demo-user: the password is the first line of &lt;file&gt;.</source>
        <translation>Z --demo-user: hasło to pierwszy wiersz pliku &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Show Doorstep in &lt;code&gt; (en or pl) instead of the system&apos;s language.</source>
        <translation>Pokaż Doorstep w języku &lt;code&gt; (en lub pl) zamiast w języku systemu.</translation>
    </message>
    <message>
        <source>Lock after &lt;minutes&gt; without a touch (0: never) for this run.</source>
        <translation>Zablokuj po &lt;minutes&gt; min bez dotknięcia ekranu (0: nigdy); tylko w tym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ConflictDetailPage</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>Two tablets changed %1 before either had seen the other&apos;s change. Both versions are kept until you choose. %2.</source>
        <translation>Na dwóch tabletach zmieniono pole „%1”, zanim którykolwiek z nich zobaczył zmianę z drugiego. Obie wersje są przechowywane, dopóki nie dokonasz wyboru. %2.</translation>
    </message>
    <message>
        <source>This record was deleted on one tablet while it was being changed on another, so it was kept. %1.</source>
        <translation>Ten wpis został usunięty na jednym tablecie, gdy na innym był zmieniany, więc go zachowano. %1.</translation>
    </message>
    <message>
        <source>This record was deleted before a change typed on %1 reached the server. The text typed is kept below for you to copy. %2.</source>
        <translation>Ten wpis został usunięty, zanim zmiana wpisana na %1 dotarła do serwera. Wpisany tekst jest zachowany poniżej, aby można go było skopiować. %2.</translation>
    </message>
    <message>
        <source>This conflict has been resolved.</source>
        <translation>Ten konflikt został rozwiązany.</translation>
    </message>
    <message>
        <source>On the record now</source>
        <translation>Obecnie we wpisie</translation>
    </message>
    <message>
        <source>Changed again since the conflict was found</source>
        <translation>Zmienione ponownie od wykrycia konfliktu</translation>
    </message>
    <message>
        <source>Your version, from this tablet</source>
        <translation>Twoja wersja, z tego tabletu</translation>
    </message>
    <message>
        <source>The other tablet&apos;s version</source>
        <translation>Wersja z drugiego tabletu</translation>
    </message>
    <message>
        <source>Before either change</source>
        <translation>Przed obiema zmianami</translation>
    </message>
    <message>
        <source>For comparing: both versions started from this</source>
        <translation>Do porównania: od tego wyszły obie wersje</translation>
    </message>
    <message>
        <source>Write a merge</source>
        <translation>Napisz wersję połączoną</translation>
    </message>
    <message>
        <source>Write a merge of both versions</source>
        <translation>Napisz tekst łączący obie wersje</translation>
    </message>
    <message>
        <source>Your merge</source>
        <translation>Twoja wersja połączona</translation>
    </message>
    <message>
        <source>Write the text as it should stand</source>
        <translation>Napisz tekst w ostatecznym brzmieniu</translation>
    </message>
    <message>
        <source>Your merge of both versions</source>
        <translation>Twoja wersja łącząca obie wersje</translation>
    </message>
    <message>
        <source>Save this merge</source>
        <translation>Zapisz wersję połączoną</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the merge</source>
        <translation>Anuluj łączenie wersji</translation>
    </message>
    <message>
        <source>Text typed on %1</source>
        <translation>Tekst wpisany na %1</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Zachowaj wpis</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Oznacz jako przejrzane</translation>
    </message>
    <message>
        <source>Delete it after all</source>
        <translation>Jednak usuń</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Jednak usuń ten wpis</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Usunąć ten wpis?</translation>
    </message>
    <message>
        <source>It will be deleted on every tablet of the team, with the change the other tablet made to it.</source>
        <translation>Wpis zostanie usunięty na wszystkich tabletach zespołu, razem ze zmianą wprowadzoną na drugim tablecie.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ConflictReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Do przejrzenia</translation>
    </message>
    <message>
        <source>a change refused</source>
        <translation>odrzucona zmiana</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Lista podopiecznych</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikty do przejrzenia</translation>
    </message>
    <message>
        <source>Two tablets changed the same thing before either saw the other&apos;s change. Nothing was lost: choose what should stand.</source>
        <translation>Dwa tablety zmieniły to samo, zanim którykolwiek zobaczył zmianę z drugiego. Nic nie zginęło: wybierz, co ma zostać.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Brak konfliktów do przejrzenia.</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>Opens both versions side by side</source>
        <translation>Otwiera obie wersje obok siebie</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Zmiany odrzucone przez serwer</translation>
    </message>
    <message>
        <source>The server has refused nothing from this tablet.</source>
        <translation>Serwer nie odrzucił niczego z tego tabletu.</translation>
    </message>
    <message>
        <source>Kept on this tablet only; it will not be sent.</source>
        <translation>Przechowywana tylko na tym tablecie; nie zostanie wysłana.</translation>
    </message>
    <message>
        <source>Changes made after it are waiting behind it.</source>
        <translation>Zmiany wprowadzone po niej czekają w kolejce za nią.</translation>
    </message>
    <message>
        <source>What the change holds</source>
        <translation>Treść zmiany</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Odłóż na bok</translation>
    </message>
    <message>
        <source>Set this change aside so the others can be sent</source>
        <translation>Odłóż tę zmianę na bok, aby można było wysłać pozostałe</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <source>Copy what the change holds</source>
        <translation>Kopiuj treść zmiany</translation>
    </message>
    <message>
        <source>Set this change aside?</source>
        <translation>Odłożyć tę zmianę na bok?</translation>
    </message>
    <message>
        <source>It stays on this tablet, where you can read and copy it, but it will not be sent. The changes waiting behind it will then go to the server, and the record shows again what the server has.</source>
        <translation>Zmiana zostaje na tym tablecie, gdzie można ją przeczytać i skopiować, ale nie zostanie wysłana. Zmiany czekające za nią trafią wtedy na serwer, a wpis znów pokaże to, co ma serwer.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Share with the neighbourhood team, my GP and the services that support me</source>
        <translation>Udostępniać informacje zespołowi środowiskowemu, mojemu lekarzowi rodzinnemu (GP) i służbom, które mnie wspierają</translation>
    </message>
    <message>
        <source>Nothing shared outside the neighbourhood team</source>
        <translation>Nic nie jest udostępniane poza zespołem środowiskowym</translation>
    </message>
    <message>
        <source>Record a sharing decision</source>
        <translation>Zapisz decyzję o udostępnianiu</translation>
    </message>
    <message>
        <source>Has the person agreed that the team may share information about them with other services?</source>
        <translation>Czy ta osoba zgodziła się, aby zespół udostępniał informacje o niej innym służbom?</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Zgoda wyrażona</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>Odmowa zgody</translation>
    </message>
    <message>
        <source>What may be shared, and with whom</source>
        <translation>Co można udostępniać i komu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel: record nothing</source>
        <translation>Anuluj: nic nie zapisuj</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
</context>
<context>
    <name>DetailText</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <source>Goal: %1</source>
        <translation>Cel: %1</translation>
    </message>
    <message>
        <source>Baseline %1, not reviewed yet</source>
        <translation>Ocena wyjściowa %1, jeszcze bez przeglądu</translation>
    </message>
    <message>
        <source>Latest %1 of 10 on %2</source>
        <translation>Ostatnio %1 na 10 (%2)</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 przegląd</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>Przeglądy: %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (i jeszcze %2)</translation>
    </message>
    <message>
        <source>Changes typed on this tablet are not saved yet</source>
        <translation>Zmiany wpisane na tym tablecie nie są jeszcze zapisane</translation>
    </message>
</context>
<context>
    <name>GoalEditPage</name>
    <message>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the goals; what was typed is kept as a draft</source>
        <translation>Wróć do celów; wpisany tekst zostanie zachowany jako wersja robocza</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Zapisz cel</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>What was typed here before and not saved is back. Save it, or discard it.</source>
        <translation>Przywrócono tekst, który wpisano tu wcześniej i nie zapisano. Zapisz go albo odrzuć.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Discard the changes not saved</source>
        <translation>Odrzuć niezapisane zmiany</translation>
    </message>
    <message>
        <source>The goal, in the person&apos;s own words</source>
        <translation>Cel, własnymi słowami tej osoby</translation>
    </message>
    <message>
        <source>Write what they say, as they say it: “I want to get to the shops on my own”, not a service&apos;s words.</source>
        <translation>Zapisz to, co mówi ta osoba, tak jak to mówi: „Chcę chodzić do sklepu bez niczyjej pomocy”, a nie językiem instytucji.</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>Chcę…</translation>
    </message>
    <message>
        <source>Baseline rating</source>
        <translation>Ocena wyjściowa</translation>
    </message>
    <message>
        <source>How close is the person to this goal today, in their own view?</source>
        <translation>Jak blisko tego celu jest dziś ta osoba, według niej samej?</translation>
    </message>
    <message>
        <source>Baseline rating: how close is the person to this goal today?</source>
        <translation>Ocena wyjściowa: jak blisko tego celu jest dziś ta osoba?</translation>
    </message>
    <message>
        <source>I statements</source>
        <translation>Stwierdzenia „Ja”</translation>
    </message>
    <message>
        <source>None linked yet. Link the statements this goal is about: the person&apos;s own view of their care.</source>
        <translation>Jeszcze nic nie powiązano. Powiąż stwierdzenia, których dotyczy ten cel: to, jak ta osoba sama widzi swoją opiekę.</translation>
    </message>
    <message>
        <source>A statement this version of Doorstep does not know (%1)</source>
        <translation>Stwierdzenie, którego ta wersja Doorstep nie zna (%1)</translation>
    </message>
    <message>
        <source>Link I statements</source>
        <translation>Powiąż stwierdzenia „Ja”</translation>
    </message>
    <message>
        <source>Change statements</source>
        <translation>Zmień stwierdzenia</translation>
    </message>
    <message>
        <source>Choose the I statements this goal links to</source>
        <translation>Wybierz stwierdzenia „Ja”, z którymi wiąże się ten cel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Wybierz datę</translation>
    </message>
    <message>
        <source>Choose the target date</source>
        <translation>Wybierz termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>GoalFormat</name>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Przerwany</translation>
    </message>
</context>
<context>
    <name>GoalReviewPage</name>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>This goal cannot be shown. Go back to the goals and try again.</source>
        <translation>Nie można wyświetlić tego celu. Wróć do listy celów i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <source>1 I statement</source>
        <translation>1 stwierdzenie „Ja”</translation>
    </message>
    <message>
        <source>%1 I statements</source>
        <translation>Stwierdzenia „Ja”: %1</translation>
    </message>
    <message>
        <source>Changes to this goal are not saved yet: Edit goal to save or discard them.</source>
        <translation>Zmiany w tym celu nie są jeszcze zapisane: wybierz „Edytuj cel”, aby je zapisać lub odrzucić.</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>Edit the goal, its statements, target date or status</source>
        <translation>Edytuj cel, jego stwierdzenia, termin lub status</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Oceny w czasie</translation>
    </message>
    <message>
        <source>Add a review</source>
        <translation>Dodaj przegląd</translation>
    </message>
    <message>
        <source>How close is the person to this goal now, in their own view?</source>
        <translation>Jak blisko tego celu jest teraz ta osoba, według niej samej?</translation>
    </message>
    <message>
        <source>Review rating: how close is the person to this goal now?</source>
        <translation>Ocena w przeglądzie: jak blisko tego celu jest teraz ta osoba?</translation>
    </message>
    <message>
        <source>What has changed, in the person&apos;s words (optional)</source>
        <translation>Co się zmieniło, słowami tej osoby (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentarz do przeglądu</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Zapisz przegląd</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>%1: baseline %2 of 10</source>
        <translation>%1: ocena wyjściowa %2 na 10</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 na 10</translation>
    </message>
    <message>
        <source>Goal recorded by %1</source>
        <translation>Cel zapisany przez: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Przegląd przeprowadzony przez: %1</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>What the person wants to achieve, in their own words.</source>
        <translation>Co ta osoba chce osiągnąć, jej własnymi słowami.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Carry on with the new goal not yet saved</source>
        <translation>Kontynuuj niezapisany nowy cel</translation>
    </message>
    <message>
        <source>Write a new goal</source>
        <translation>Napisz nowy cel</translation>
    </message>
    <message>
        <source>A new goal was being written and is not saved yet. New goal carries on with it.</source>
        <translation>Zaczęto pisać nowy cel, który nie jest jeszcze zapisany. Przycisk „Nowy cel” pozwala go dokończyć.</translation>
    </message>
    <message>
        <source>No goals yet. Ask what matters most to the person now, and write it as they say it.</source>
        <translation>Brak celów. Zapytaj, co jest teraz dla tej osoby najważniejsze, i zapisz to jej słowami.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Choose a person from the round&apos;s list.</source>
        <translation>Wybierz osobę z listy tej rundy.</translation>
    </message>
    <message>
        <source>Why this person is on the list</source>
        <translation>Dlaczego ta osoba jest na liście</translation>
    </message>
    <message>
        <source>Consent to be interviewed</source>
        <translation>Zgoda na wywiad</translation>
    </message>
    <message>
        <source>Before the interview, ask whether they agree to it. Explain that their answers go into feedback for the neighbourhood team without their name, and that they can change their mind at any time, even afterwards.</source>
        <translation>Przed wywiadem zapytaj, czy ta osoba się na niego zgadza. Wyjaśnij, że jej odpowiedzi trafią bez nazwiska do informacji zwrotnej dla zespołu środowiskowego i że w każdej chwili może zmienić zdanie, także po wywiadzie.</translation>
    </message>
    <message>
        <source>They agree to be interviewed</source>
        <translation>Zgadza się na wywiad</translation>
    </message>
    <message>
        <source>They do not agree</source>
        <translation>Nie zgadza się</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Wycofaj zgodę</translation>
    </message>
    <message>
        <source>Withdraw consent to the interview</source>
        <translation>Wycofaj zgodę na wywiad</translation>
    </message>
    <message>
        <source>Deletes the answers recorded with this person</source>
        <translation>Usuwa odpowiedzi zapisane podczas wywiadu z tą osobą</translation>
    </message>
    <message>
        <source>The interview starts once the person has agreed.</source>
        <translation>Wywiad zaczyna się, gdy ta osoba wyrazi zgodę.</translation>
    </message>
    <message>
        <source>Read each statement to the person and ask how much they agree. A comment in their own words helps the team.</source>
        <translation>Przeczytaj tej osobie każde stwierdzenie i zapytaj, na ile się z nim zgadza. Komentarz jej własnymi słowami pomoże zespołowi.</translation>
    </message>
    <message>
        <source>These answers were kept on this tablet and are not saved as the interview yet.</source>
        <translation>Te odpowiedzi są przechowywane na tym tablecie i nie zostały jeszcze zapisane jako wywiad.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 z %2 · %3</translation>
    </message>
    <message>
        <source>Comment, in the person&apos;s words</source>
        <translation>Komentarz, słowami tej osoby</translation>
    </message>
    <message>
        <source>Comment on statement %1</source>
        <translation>Komentarz do stwierdzenia nr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 answered; kept on this tablet, not saved yet</source>
        <translation>
            <numerusform>Odpowiedzi: %n z %1; przechowywane na tym tablecie, jeszcze niezapisane</numerusform>
            <numerusform>Odpowiedzi: %n z %1; przechowywane na tym tablecie, jeszcze niezapisane</numerusform>
            <numerusform>Odpowiedzi: %n z %1; przechowywane na tym tablecie, jeszcze niezapisane</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview saved (%1)</source>
        <translation>Wywiad zapisany (%1)</translation>
    </message>
    <message>
        <source>Nothing answered yet</source>
        <translation>Jeszcze brak odpowiedzi</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Save the interview</source>
        <translation>Zapisz wywiad</translation>
    </message>
    <message>
        <source>Collect a postcard</source>
        <translation>Poproś o pocztówkę</translation>
    </message>
    <message>
        <source>Collect a postcard from this person: hand the tablet over</source>
        <translation>Poproś tę osobę o wypełnienie pocztówki: przekaż jej tablet</translation>
    </message>
    <message>
        <source>Withdraw consent?</source>
        <translation>Wycofać zgodę?</translation>
    </message>
    <message>
        <source>The person no longer agrees to be interviewed. Their interview answers will be deleted from this tablet now, and from the team&apos;s records when the tablet next syncs. They will not be used in the feedback to the team.</source>
        <translation>Ta osoba nie zgadza się już na wywiad. Jej odpowiedzi zostaną teraz usunięte z tego tabletu, a z dokumentacji zespołu przy najbliższej synchronizacji tabletu. Nie zostaną wykorzystane w informacji zwrotnej dla zespołu.</translation>
    </message>
    <message>
        <source>The person no longer agrees to be interviewed. No answers have been recorded with them.</source>
        <translation>Ta osoba nie zgadza się już na wywiad. Nie zapisano z nią żadnych odpowiedzi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel: keep the consent</source>
        <translation>Anuluj: zachowaj zgodę</translation>
    </message>
    <message>
        <source>Withdraw consent and delete the answers</source>
        <translation>Wycofaj zgodę i usuń odpowiedzi</translation>
    </message>
    <message>
        <source>Meeting the person</source>
        <translation>Spotkanie z osobą</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Potrzeby komunikacyjne</translation>
    </message>
</context>
<context>
    <name>LabelledValue</name>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Doorstep</source>
        <translation>Doorstep</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Wróć do: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Lock Doorstep</source>
        <translation>Zablokuj Doorstep</translation>
    </message>
    <message>
        <source>Hides everything until the PIN is entered again</source>
        <translation>Ukrywa wszystko do ponownego wpisania PIN-u</translation>
    </message>
</context>
<context>
    <name>PeerHomePage</name>
    <message>
        <source>Peer evaluation</source>
        <translation>Ewaluacja rówieśnicza</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Rundy wywiadów</translation>
    </message>
    <message>
        <source>Fetching the rounds from the server…</source>
        <translation>Pobieranie rund z serwera…</translation>
    </message>
    <message>
        <source>No interview round for this neighbourhood yet. The team lead sets one up.</source>
        <translation>W tym rejonie nie ma jeszcze rundy wywiadów. Przygotowuje ją kierownik zespołu.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybrana</translation>
    </message>
    <message>
        <source>Shows the people listed for this round</source>
        <translation>Pokazuje osoby z listy tej rundy</translation>
    </message>
    <message>
        <source>%1 · under way</source>
        <translation>%1 · w toku</translation>
    </message>
    <message>
        <source>Collect a postcard</source>
        <translation>Poproś o pocztówkę</translation>
    </message>
    <message>
        <source>Collect a postcard: hand the tablet over</source>
        <translation>Poproś o pocztówkę: przekaż tablet</translation>
    </message>
    <message>
        <source>People to interview</source>
        <translation>Osoby do wywiadu</translation>
    </message>
    <message>
        <source>People the team listed: they used both health and social care in the last six months and said they would be happy to be interviewed.</source>
        <translation>Osoby wskazane przez zespół: w ciągu ostatnich sześciu miesięcy korzystały zarówno z opieki zdrowotnej, jak i z pomocy społecznej, i chętnie wezmą udział w wywiadzie.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opens consent and the interview</source>
        <translation>Otwiera zgodę i wywiad</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Po wywiadzie</translation>
    </message>
    <message>
        <source>Not interviewed yet</source>
        <translation>Jeszcze bez wywiadu</translation>
    </message>
    <message>
        <source>The team has not listed anyone for this round yet.</source>
        <translation>Zespół nie wskazał jeszcze nikogo do tej rundy.</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Wiek nieznany</translation>
    </message>
    <message>
        <source>NHS %1</source>
        <translation>NHS %1</translation>
    </message>
    <message>
        <source>No NHS number</source>
        <translation>Brak numeru NHS</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Nie zaplanowano</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Opens the person&apos;s summary</source>
        <translation>Otwiera podsumowanie tej osoby</translation>
    </message>
    <message>
        <source>%1 · born %2</source>
        <translation>%1 · ur. %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Lista podopiecznych</translation>
    </message>
    <message>
        <source>This person&apos;s summary cannot be shown. Go back to the caseload and try again.</source>
        <translation>Nie można wyświetlić podsumowania tej osoby. Wróć do listy podopiecznych i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n rok)</numerusform>
            <numerusform>%1 (%n lata)</numerusform>
            <numerusform>%1 (%n lat)</numerusform>
        </translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Numer NHS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Przychodnia lekarza rodzinnego (GP)</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Potrzeby komunikacyjne</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nic nie zapisano</translation>
    </message>
    <message>
        <source>Carers and family</source>
        <translation>Opiekunowie i rodzina</translation>
    </message>
    <message>
        <source>No carers recorded</source>
        <translation>Nie zapisano opiekunów</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>lives with them</source>
        <translation>mieszka z tą osobą</translation>
    </message>
    <message>
        <source>Sharing information</source>
        <translation>Udostępnianie informacji</translation>
    </message>
    <message>
        <source>No decision recorded. Ask before sharing information with other services.</source>
        <translation>Nie zapisano decyzji. Zapytaj, zanim udostępnisz informacje innym służbom.</translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation>Zgoda wyrażona %1</translation>
    </message>
    <message>
        <source>Consent refused on %1</source>
        <translation>Odmowa zgody %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Osoba zapisująca: %1</translation>
    </message>
    <message>
        <source>Record a new decision</source>
        <translation>Zapisz nową decyzję</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <source>Record an information-sharing decision</source>
        <translation>Zapisz decyzję o udostępnianiu informacji</translation>
    </message>
    <message>
        <source>Who coordinates my care</source>
        <translation>Kto koordynuje moją opiekę</translation>
    </message>
    <message>
        <source>No one named yet</source>
        <translation>Jeszcze nikogo nie wskazano</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Nie zaplanowano</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Goals, in the person&apos;s own words</source>
        <translation>Cele, słowami tej osoby</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <source>Hand the tablet over for a postcard</source>
        <translation>Przekaż tablet, aby ta osoba wypełniła pocztówkę</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Welcome to Doorstep</source>
        <translation>Witamy w Doorstep</translation>
    </message>
    <message>
        <source>Unlock Doorstep</source>
        <translation>Odblokuj Doorstep</translation>
    </message>
    <message>
        <source>Choose a PIN of %1 to %2 digits. It locks what this tablet holds about the people you visit. Type it twice.</source>
        <translation>Wybierz PIN o długości od %1 do %2 cyfr. Zabezpiecza on to, co ten tablet przechowuje o osobach, które odwiedzasz. Wpisz go dwa razy.</translation>
    </message>
    <message>
        <source>Enter your PIN to see your caseload.</source>
        <translation>Wpisz swój PIN, aby zobaczyć listę podopiecznych.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN, %1 to %2 digits</source>
        <translation>Nowy PIN, od %1 do %2 cyfr</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Ten sam PIN jeszcze raz</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Ustaw PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Signing in as %1 at %2 once the PIN is set.</source>
        <translation>Po ustawieniu PIN-u nastąpi logowanie jako %1 na serwerze %2.</translation>
    </message>
    <message>
        <source>Change the sign-in details</source>
        <translation>Zmień dane logowania</translation>
    </message>
    <message>
        <source>Back to the sign-in form</source>
        <translation>Wróć do formularza logowania</translation>
    </message>
    <message>
        <source>Demo neighbourhood: every name is made up. The PIN is %1.</source>
        <translation>Rejon demonstracyjny: wszystkie nazwiska są zmyślone. PIN to %1.</translation>
    </message>
</context>
<context>
    <name>PostcardHandoverPage</name>
    <message>
        <source>Your postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <source>Tap a number for each question: 1 is poor, 10 is excellent. You can leave a question blank.</source>
        <translation>Przy każdym pytaniu proszę dotknąć jednej liczby: 1 oznacza źle, 10 – znakomicie. Pytanie można zostawić bez odpowiedzi.</translation>
    </message>
    <message>
        <source>The answers given earlier are still here.</source>
        <translation>Wcześniej udzielone odpowiedzi nadal tu są.</translation>
    </message>
    <message>
        <source>Write here, if you wish</source>
        <translation>Tutaj można coś napisać, jeśli ma Pani lub Pan ochotę</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Pani lub Pana propozycja</translation>
    </message>
    <message>
        <source>Should your name go on this postcard?</source>
        <translation>Czy podpisać tę pocztówkę imieniem i nazwiskiem?</translation>
    </message>
    <message>
        <source>Without your name, nobody can tell the postcard is yours.</source>
        <translation>Bez podpisu nikt nie będzie wiedział, od kogo jest ta pocztówka.</translation>
    </message>
    <message>
        <source>No, leave my name off</source>
        <translation>Nie, bez mojego nazwiska</translation>
    </message>
    <message>
        <source>Yes, put my name on it (%1)</source>
        <translation>Tak, z moim nazwiskiem (%1)</translation>
    </message>
    <message>
        <source>Yes, put my name on it</source>
        <translation>Tak, z moim nazwiskiem</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Sends the postcard</source>
        <translation>Wysyła pocztówkę</translation>
    </message>
    <message>
        <source>Give the tablet back</source>
        <translation>Oddaj tablet</translation>
    </message>
    <message>
        <source>For the practitioner, who enters their PIN</source>
        <translation>Dla pracownika, który wpisze swój PIN</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Dziękujemy.</translation>
    </message>
    <message>
        <source>Your postcard has been saved. Please give the tablet back.</source>
        <translation>Pocztówka została zapisana. Prosimy oddać tablet.</translation>
    </message>
    <message>
        <source>For the practitioner</source>
        <translation>Dla pracownika</translation>
    </message>
    <message>
        <source>Enter your PIN to leave the postcard.</source>
        <translation>Wpisz swój PIN, aby wyjść z pocztówki.</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>Wpisano %n cyfrę</numerusform>
            <numerusform>Wpisano %n cyfry</numerusform>
            <numerusform>Wpisano %n cyfr</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Wyczyść PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <source>Leave the postcard</source>
        <translation>Wyjdź z pocztówki</translation>
    </message>
    <message>
        <source>Back to the postcard</source>
        <translation>Wróć do pocztówki</translation>
    </message>
    <message>
        <source>This postcard has not been sent</source>
        <translation>Ta pocztówka nie została wysłana</translation>
    </message>
    <message>
        <source>Some answers are filled in. Send them if the person wants them sent; otherwise they are thrown away.</source>
        <translation>Część odpowiedzi jest wypełniona. Wyślij je, jeśli ta osoba tego chce; w przeciwnym razie zostaną usunięte.</translation>
    </message>
    <message>
        <source>Send the postcard</source>
        <translation>Wyślij pocztówkę</translation>
    </message>
    <message>
        <source>Throw the answers away</source>
        <translation>Usuń odpowiedzi</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pytanie %1</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 na 10</translation>
    </message>
    <message>
        <source>Chosen. Tap again to take it back.</source>
        <translation>Wybrane. Proszę dotknąć jeszcze raz, aby cofnąć wybór.</translation>
    </message>
    <message>
        <source>1 = %1</source>
        <translation>1 = %1</translation>
    </message>
    <message>
        <source>10 = %1</source>
        <translation>10 = %1</translation>
    </message>
    <message>
        <source>You chose %1. Tap it again to take it back.</source>
        <translation>Wybrano %1. Aby cofnąć wybór, proszę dotknąć jeszcze raz.</translation>
    </message>
    <message>
        <source>Not answered. You may leave it blank.</source>
        <translation>Bez odpowiedzi. Można to pytanie pominąć.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Zatrzymaj czytanie</translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation>Przeczytaj pytanie na głos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Doorstep cannot open</source>
        <translation>Nie można otworzyć Doorstep</translation>
    </message>
    <message>
        <source>Nothing has been changed or lost. Ask your team&apos;s Doorstep contact for help, and keep this tablet as it is.</source>
        <translation>Nic nie zostało zmienione ani utracone. Poproś o pomoc osobę kontaktową ds. Doorstep w zespole i zostaw ten tablet w obecnym stanie.</translation>
    </message>
</context>
<context>
    <name>RatingSelector</name>
    <message>
        <source>1: not at all</source>
        <translation>1: wcale</translation>
    </message>
    <message>
        <source>10: fully</source>
        <translation>10: całkowicie</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 na 10</translation>
    </message>
</context>
<context>
    <name>RecordDescriber</name>
    <message>
        <source>A person&apos;s record</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <source>The record of %1</source>
        <translation>Dane osoby: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Przegląd celu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Information-sharing decision</source>
        <translation>Decyzja o udostępnianiu informacji</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Runda wywiadów</translation>
    </message>
    <message>
        <source>Person to interview</source>
        <translation>Osoba do wywiadu</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Notatki z wizyty</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Rodzaj wizyty</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Zaplanowana na</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Przybycie</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>Goal in their words</source>
        <translation>Cel słowami tej osoby</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Status celu</translation>
    </message>
    <message>
        <source>Starting rating</source>
        <translation>Ocena wyjściowa</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentarz do przeglądu</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Potrzeby komunikacyjne</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Numer NHS</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Przychodnia lekarza rodzinnego (GP)</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Imię i nazwisko opiekuna</translation>
    </message>
    <message>
        <source>Carer&apos;s contact details</source>
        <translation>Dane kontaktowe opiekuna</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Co można udostępniać</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Postcard suggestion</source>
        <translation>Propozycja z pocztówki</translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation>Odpowiedzi z wywiadu</translation>
    </message>
    <message>
        <source>Why they were asked</source>
        <translation>Powód zaproszenia do wywiadu</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Nazwa rundy</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nazwa zespołu</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(nie wypełniono)</translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation>(nie można wyświetlić)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Care coordinator</source>
        <translation>Koordynator opieki</translation>
    </message>
    <message>
        <source>Peer evaluator</source>
        <translation>Ewaluator rówieśniczy</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Sign in to Doorstep</source>
        <translation>Zaloguj się do Doorstep</translation>
    </message>
    <message>
        <source>The server has signed this tablet out. Sign in with your user name and password; the tablet keeps its PIN and everything on it.</source>
        <translation>Serwer wylogował ten tablet. Zaloguj się nazwą użytkownika i hasłem; tablet zachowa swój PIN i wszystkie dane.</translation>
    </message>
    <message>
        <source>Your PIN is set. Sign in with the user name and password your team&apos;s Doorstep contact gave you; then the tablet fetches your team&apos;s caseload.</source>
        <translation>PIN jest ustawiony. Zaloguj się nazwą użytkownika i hasłem otrzymanymi od osoby kontaktowej ds. Doorstep w zespole; potem tablet pobierze listę podopiecznych zespołu.</translation>
    </message>
    <message>
        <source>Sign in once with the user name and password your team&apos;s Doorstep contact gave you. Next you choose a PIN: after today, the PIN is all you need.</source>
        <translation>Zaloguj się jeden raz nazwą użytkownika i hasłem otrzymanymi od osoby kontaktowej ds. Doorstep w zespole. Potem wybierzesz PIN: od następnego razu wystarczy sam PIN.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>https://doorstep.example.org</source>
        <translation>https://doorstep.example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Logowanie jako %1…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation>Wróć do listy podopiecznych</translation>
    </message>
    <message>
        <source>Back to the caseload without signing in</source>
        <translation>Wróć do listy podopiecznych bez logowania</translation>
    </message>
</context>
<context>
    <name>StatementBrowserDialog</name>
    <message>
        <source>Link I statements</source>
        <translation>Powiąż stwierdzenia „Ja”</translation>
    </message>
    <message>
        <source>Tick what the goal is about, from what integrated care looks like for the person.</source>
        <translation>Zaznacz, czego dotyczy cel, spośród opisów tego, jak zintegrowana opieka wygląda z perspektywy tej osoby.</translation>
    </message>
    <message>
        <source>Find a statement</source>
        <translation>Znajdź stwierdzenie</translation>
    </message>
    <message>
        <source>Find a statement by its words</source>
        <translation>Znajdź stwierdzenie po jego słowach</translation>
    </message>
    <message>
        <source>No statement has those words.</source>
        <translation>Żadne stwierdzenie nie zawiera tych słów.</translation>
    </message>
    <message>
        <source>1 statement ticked</source>
        <translation>Zaznaczono 1 stwierdzenie</translation>
    </message>
    <message>
        <source>%1 statements ticked</source>
        <translation>Zaznaczone stwierdzenia: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel: keep the statements as they were</source>
        <translation>Anuluj: zostaw stwierdzenia bez zmian</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Użyj zaznaczonych</translation>
    </message>
    <message>
        <source>Link the ticked statements to the goal</source>
        <translation>Powiąż zaznaczone stwierdzenia z celem</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sends this tablet&apos;s changes to the server and fetches the team&apos;s</source>
        <translation>Wysyła zmiany z tego tabletu na serwer i pobiera zmiany zespołu</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Opens the sign-in page; nothing on this tablet is lost</source>
        <translation>Otwiera stronę logowania; nic na tym tablecie nie zginie</translation>
    </message>
    <message>
        <source>Review the refused change</source>
        <translation>Przejrzyj odrzuconą zmianę</translation>
    </message>
    <message>
        <source>Opens the conflicts and refused changes to review</source>
        <translation>Otwiera konflikty i odrzucone zmiany do przejrzenia</translation>
    </message>
</context>
<context>
    <name>TargetDateDialog</name>
    <message>
        <source>Target date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>In 4 weeks</source>
        <translation>Za 4 tygodnie</translation>
    </message>
    <message>
        <source>In 6 weeks</source>
        <translation>Za 6 tygodni</translation>
    </message>
    <message>
        <source>In 3 months</source>
        <translation>Za 3 miesiące</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel: keep the target date as it was</source>
        <translation>Anuluj: zostaw termin bez zmian</translation>
    </message>
</context>
<context>
    <name>TextVersionBox</name>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Zachowaj tę wersję</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Jeszcze nic nie zapisano</translation>
    </message>
    <message>
        <source>Opens it</source>
        <translation>Otwiera ten wpis</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Dzisiejsze wizyty</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n visits, %2 done</source>
        <translation>
            <numerusform>%1 · %n wizyta, zakończone: %2</numerusform>
            <numerusform>%1 · %n wizyty, zakończone: %2</numerusform>
            <numerusform>%1 · %n wizyt, zakończone: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Show today&apos;s visits</source>
        <translation>Pokaż dzisiejsze wizyty</translation>
    </message>
    <message>
        <source>Hide today&apos;s visits</source>
        <translation>Ukryj dzisiejsze wizyty</translation>
    </message>
    <message>
        <source>Today&apos;s visits, in time order</source>
        <translation>Dzisiejsze wizyty, według godziny</translation>
    </message>
    <message>
        <source>No visits are planned for you today.</source>
        <translation>Na dziś nie masz zaplanowanych wizyt.</translation>
    </message>
</context>
<context>
    <name>TodayVisitDelegate</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Opens the visit</source>
        <translation>Otwiera wizytę</translation>
    </message>
    <message>
        <source>Notes not yet saved to the visit</source>
        <translation>Notatki jeszcze niezapisane w wizycie</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No ratings yet</source>
        <translation>Brak ocen</translation>
    </message>
    <message>
        <source>Baseline %1, no reviews yet</source>
        <translation>Ocena wyjściowa %1, jeszcze bez przeglądów</translation>
    </message>
    <message>
        <source>From %1 to %2 over 1 review</source>
        <translation>Od %1 do %2 w 1 przeglądzie</translation>
    </message>
    <message>
        <source>From %1 to %2 over %3 reviews</source>
        <translation>Od %1 do %2 (liczba przeglądów: %3)</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Oceny w czasie</translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>Start a visit</source>
        <translation>Rozpocznij wizytę</translation>
    </message>
    <message>
        <source>Continue today&apos;s visit</source>
        <translation>Kontynuuj dzisiejszą wizytę</translation>
    </message>
    <message>
        <source>Open today&apos;s visit (%1)</source>
        <translation>Otwórz dzisiejszą wizytę (%1)</translation>
    </message>
    <message>
        <source>Opens the visit planned for today</source>
        <translation>Otwiera wizytę zaplanowaną na dziś</translation>
    </message>
    <message>
        <source>Starts an unplanned visit now and checks you in</source>
        <translation>Rozpoczyna teraz nieplanowaną wizytę i zapisuje godzinę przybycia</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Planned %1 · %2</source>
        <translation>Zaplanowana %1 · %2</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>dziś o %1</translation>
    </message>
    <message>
        <source>This visit cannot be shown. Go back and try again.</source>
        <translation>Nie można wyświetlić tej wizyty. Wróć i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Zamknij komunikat</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Wizyta jeszcze nie rozpoczęta</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Wizyta rozpoczęta o %1</translation>
    </message>
    <message>
        <source>Checked in at %1, out at %2</source>
        <translation>Wizyta rozpoczęta o %1, zakończona o %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>Trwa już %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Rozpocznij wizytę</translation>
    </message>
    <message>
        <source>Check in: record that the visit has started now</source>
        <translation>Rozpocznij wizytę: zapisz, że wizyta zaczęła się teraz</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Zakończ wizytę</translation>
    </message>
    <message>
        <source>Check out: record that the visit has ended now and save the notes</source>
        <translation>Zakończ wizytę: zapisz, że wizyta skończyła się teraz, i zapisz notatki</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Rodzaj wizyty</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Not added. It is only added when you ask.</source>
        <translation>Nie dodano. Lokalizacja jest dodawana tylko wtedy, gdy o to poprosisz.</translation>
    </message>
    <message>
        <source>Finding your location</source>
        <translation>Ustalanie lokalizacji</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Update my location</source>
        <translation>Zaktualizuj moją lokalizację</translation>
    </message>
    <message>
        <source>Add my location</source>
        <translation>Dodaj moją lokalizację</translation>
    </message>
    <message>
        <source>Add my location to this visit</source>
        <translation>Dodaj moją lokalizację do tej wizyty</translation>
    </message>
    <message>
        <source>Asks the tablet once for where you are, with its accuracy</source>
        <translation>Jednorazowo pyta tablet o twoje położenie i jego dokładność</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Keep this location, accuracy and all</source>
        <translation>Zachowaj tę lokalizację wraz z jej dokładnością</translation>
    </message>
    <message>
        <source>Try again for a more accurate location</source>
        <translation>Spróbuj ponownie, aby uzyskać dokładniejszą lokalizację</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Carry on without a location</source>
        <translation>Kontynuuj bez lokalizacji</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>What happened on this visit, in plain words</source>
        <translation>Co wydarzyło się podczas tej wizyty, prostymi słowami</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Notatki z wizyty</translation>
    </message>
    <message>
        <source>Saved as a draft on this tablet as you type</source>
        <translation>Na bieżąco zapisywane na tym tablecie jako wersja robocza</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>What happens next, who will do it, and when</source>
        <translation>Co będzie dalej, kto to zrobi i kiedy</translation>
    </message>
    <message>
        <source>What the person is told will happen next</source>
        <translation>Co ta osoba usłyszała o dalszych krokach</translation>
    </message>
    <message>
        <source>The visit record has these notes.</source>
        <translation>Te notatki są zapisane w dokumentacji wizyty.</translation>
    </message>
    <message>
        <source>Kept on this tablet until you save them or check out.</source>
        <translation>Przechowywane na tym tablecie, dopóki ich nie zapiszesz lub nie zakończysz wizyty.</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Zapisz notatki</translation>
    </message>
    <message>
        <source>Save the notes and next steps to the visit record</source>
        <translation>Zapisz notatki i dalsze kroki w dokumentacji wizyty</translation>
    </message>
</context>
<context>
    <name>doorstep::ConflictListModel</name>
    <message>
        <source>Changed on a tablet after it was deleted everywhere else</source>
        <translation>Zmienione na tablecie po usunięciu wszędzie indziej</translation>
    </message>
    <message>
        <source>Deleted on one tablet while it was changed on another</source>
        <translation>Usunięte na jednym tablecie, gdy na innym było zmieniane</translation>
    </message>
    <message>
        <source>Two versions of this text</source>
        <translation>Dwie wersje tego tekstu</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>Nie można odczytać konfliktów: %1</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Wykryto %1</translation>
    </message>
</context>
<context>
    <name>doorstep::ConflictResolver</name>
    <message>
        <source>This tablet</source>
        <translation>tym tablecie</translation>
    </message>
    <message>
        <source>Another tablet</source>
        <translation>innym tablecie</translation>
    </message>
    <message>
        <source>This conflict is no longer on this tablet.</source>
        <translation>Tego konfliktu nie ma już na tym tablecie.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Wykryto %1</translation>
    </message>
    <message>
        <source>Unlock Doorstep first.</source>
        <translation>Najpierw odblokuj Doorstep.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Ten konflikt został już rozwiązany.</translation>
    </message>
    <message>
        <source>Only a text can be chosen here.</source>
        <translation>Tutaj można wybrać tylko tekst.</translation>
    </message>
    <message>
        <source>This record is no longer on this tablet, so it cannot be changed. The text is kept here.</source>
        <translation>Tego wpisu nie ma już na tym tablecie, więc nie można go zmienić. Tekst jest zachowany tutaj.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nie zapisano. %1</translation>
    </message>
</context>
<context>
    <name>doorstep::GoalEditor</name>
    <message>
        <source>This goal cannot be found on this tablet. Go back and choose it again.</source>
        <translation>Nie można znaleźć tego celu na tym tablecie. Wróć i wybierz go ponownie.</translation>
    </message>
    <message>
        <source>This goal&apos;s reviews cannot be read: %1</source>
        <translation>Nie można odczytać przeglądów tego celu: %1</translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the goal again to save it.</source>
        <translation>Odblokuj Doorstep i ponownie otwórz cel, aby go zapisać.</translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who recorded this. Sign in again, then save.</source>
        <translation>Ten tablet nie wie, kto jest zalogowany, więc nie może podać, kto to zapisał. Zaloguj się ponownie, a potem zapisz.</translation>
    </message>
    <message>
        <source>Goal: write the goal in the person&apos;s own words before saving.</source>
        <translation>Cel: przed zapisaniem wpisz cel słowami tej osoby.</translation>
    </message>
    <message>
        <source>Goal: keep it to %1 characters or fewer (it has %2).</source>
        <translation>Cel: najwyżej %1 znaków (obecnie: %2).</translation>
    </message>
    <message>
        <source>I statements: &quot;%1&quot; is not one of the statements a goal can link to. Choose from the list.</source>
        <translation>Stwierdzenia „Ja”: „%1” nie jest stwierdzeniem, z którym można powiązać cel. Wybierz z listy.</translation>
    </message>
    <message>
        <source>I statements: link %1 or fewer.</source>
        <translation>Stwierdzenia „Ja”: można powiązać najwyżej %1.</translation>
    </message>
    <message>
        <source>Baseline rating: choose a number from 1 to 10.</source>
        <translation>Ocena wyjściowa: wybierz liczbę od 1 do 10.</translation>
    </message>
    <message>
        <source>Target date: &quot;%1&quot; is not a date. Choose one from the calendar, or none.</source>
        <translation>Termin: „%1” nie jest datą. Wybierz datę z kalendarza albo „Bez terminu”.</translation>
    </message>
    <message>
        <source>Status: choose active, achieved or stopped.</source>
        <translation>Status: wybierz „Aktywny”, „Osiągnięty” lub „Przerwany”.</translation>
    </message>
    <message>
        <source>The goal was not saved. %1</source>
        <translation>Cel nie został zapisany. %1</translation>
    </message>
    <message>
        <source>The goal was not saved: it is no longer on this tablet.</source>
        <translation>Cel nie został zapisany: nie ma go już na tym tablecie.</translation>
    </message>
    <message>
        <source>Save the goal first, then add its reviews.</source>
        <translation>Najpierw zapisz cel, a potem dodawaj jego przeglądy.</translation>
    </message>
    <message>
        <source>Rating: choose a number from 1 to 10.</source>
        <translation>Ocena: wybierz liczbę od 1 do 10.</translation>
    </message>
    <message>
        <source>Comment: keep it to %1 characters or fewer (it has %2).</source>
        <translation>Komentarz: najwyżej %1 znaków (obecnie: %2).</translation>
    </message>
    <message>
        <source>The review was not saved. %1</source>
        <translation>Przegląd nie został zapisany. %1</translation>
    </message>
</context>
<context>
    <name>doorstep::GoalListModel</name>
    <message>
        <source>This person&apos;s goals cannot be read: %1</source>
        <translation>Nie można odczytać celów tej osoby: %1</translation>
    </message>
</context>
<context>
    <name>doorstep::InterviewEditor</name>
    <message>
        <source>Strongly agree</source>
        <translation>Zdecydowanie się zgadzam</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ani się zgadzam, ani się nie zgadzam</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Nie zgadzam się</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Zdecydowanie się nie zgadzam</translation>
    </message>
    <message>
        <source>This person is not on a round&apos;s list on this tablet. Go back and choose them again.</source>
        <translation>Tej osoby nie ma na liście żadnej rundy na tym tablecie. Wróć i wybierz ją ponownie.</translation>
    </message>
    <message>
        <source>This person&apos;s interview cannot be read: %1</source>
        <translation>Nie można odczytać wywiadu z tą osobą: %1</translation>
    </message>
    <message>
        <source>This person&apos;s details are not open. Go back and choose them again.</source>
        <translation>Dane tej osoby nie są otwarte. Wróć i wybierz ją ponownie.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent first: the interview starts only once they have agreed.</source>
        <translation>Najpierw zapisz zgodę tej osoby: wywiad zaczyna się dopiero wtedy, gdy się zgodzi.</translation>
    </message>
    <message>
        <source>There is no statement %1.</source>
        <translation>Nie ma stwierdzenia nr %1.</translation>
    </message>
    <message>
        <source>The answer to statement %1 must be one of: %2.</source>
        <translation>Odpowiedź na stwierdzenie nr %1 musi być jedną z: %2.</translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the person again to record their consent.</source>
        <translation>Odblokuj Doorstep i ponownie otwórz tę osobę, aby zapisać jej zgodę.</translation>
    </message>
    <message>
        <source>The consent was not recorded: %1</source>
        <translation>Nie zapisano zgody: %1</translation>
    </message>
    <message>
        <source>Doorstep is locked. The answers are kept: unlock it to save the interview.</source>
        <translation>Doorstep jest zablokowany. Odpowiedzi są zachowane: odblokuj go, aby zapisać wywiad.</translation>
    </message>
    <message>
        <source>Nothing has been answered yet. Choose an answer for at least one statement.</source>
        <translation>Nie ma jeszcze żadnej odpowiedzi. Wybierz odpowiedź na co najmniej jedno stwierdzenie.</translation>
    </message>
    <message>
        <source>The comment on statement %1 is longer than %2 characters. Please shorten it.</source>
        <translation>Komentarz do stwierdzenia nr %1 jest dłuższy niż %2 znaków. Skróć go, proszę.</translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who interviewed. The answers are kept.</source>
        <translation>Ten tablet nie wie, kto jest zalogowany, więc nie może podać, kto przeprowadził wywiad. Odpowiedzi są zachowane.</translation>
    </message>
    <message>
        <source>The withdrawal was not recorded: %1</source>
        <translation>Nie zapisano wycofania zgody: %1</translation>
    </message>
    <message>
        <source>The interview was not saved, and the answers are kept: %1</source>
        <translation>Wywiad nie został zapisany, ale odpowiedzi są zachowane: %1</translation>
    </message>
</context>
<context>
    <name>doorstep::IntervieweeListModel</name>
    <message>
        <source>Not asked yet</source>
        <translation>Jeszcze nie zapytano</translation>
    </message>
    <message>
        <source>Person %1 on the team&apos;s list</source>
        <translation>Osoba nr %1 z listy zespołu</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Zgoda wyrażona: %1</translation>
    </message>
    <message>
        <source>Does not agree (since %1)</source>
        <translation>Brak zgody (od %1)</translation>
    </message>
    <message>
        <source>The people listed for this round cannot be read: %1</source>
        <translation>Nie można odczytać listy osób w tej rundzie: %1</translation>
    </message>
</context>
<context>
    <name>doorstep::PostcardHandover</name>
    <message>
        <source>How the postcard was collected must be one of: %1.</source>
        <translation>Sposób zebrania pocztówki musi być jednym z: %1.</translation>
    </message>
    <message>
        <source>The postcard has questions 1 and 2 only.</source>
        <translation>Pocztówka ma tylko pytania 1 i 2.</translation>
    </message>
    <message>
        <source>Question %1 takes a number from %2 to %3, or can be left blank.</source>
        <translation>Na pytanie %1 odpowiada się liczbą od %2 do %3 albo można je pominąć.</translation>
    </message>
    <message>
        <source>There is no one to link this postcard to: it stays anonymous.</source>
        <translation>Nie ma osoby, z którą można powiązać tę pocztówkę: pozostaje anonimowa.</translation>
    </message>
    <message>
        <source>This postcard has already been sent.</source>
        <translation>Ta pocztówka została już wysłana.</translation>
    </message>
    <message>
        <source>Doorstep is locked. The answers are kept: unlock it to send the postcard.</source>
        <translation>Doorstep jest zablokowany. Odpowiedzi są zachowane: odblokuj go, aby wysłać pocztówkę.</translation>
    </message>
    <message>
        <source>Nothing has been filled in yet. Choose a number for a question, or write a suggestion, then press Finished.</source>
        <translation>Nic jeszcze nie zostało wypełnione. Proszę wybrać liczbę przy pytaniu albo napisać propozycję, a potem nacisnąć „Gotowe”.</translation>
    </message>
    <message>
        <source>The suggestion is longer than %1 characters. Please shorten it a little.</source>
        <translation>Propozycja jest dłuższa niż %1 znaków. Proszę ją trochę skrócić.</translation>
    </message>
    <message>
        <source>This tablet does not know its neighbourhood team yet, so the postcard cannot be sent. The answers are kept: sync, then try again.</source>
        <translation>Ten tablet nie zna jeszcze swojego zespołu środowiskowego, więc nie można wysłać pocztówki. Odpowiedzi są zachowane: zsynchronizuj tablet i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The postcard was not sent, and the answers are kept: %1</source>
        <translation>Pocztówka nie została wysłana, ale odpowiedzi są zachowane: %1</translation>
    </message>
</context>
<context>
    <name>doorstep::RefusedChangeListModel</name>
    <message>
        <source>The server said: %1</source>
        <translation>Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Usunięcie tego wpisu</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nowy wpis: %1</translation>
    </message>
    <message>
        <source>Deleting: %1</source>
        <translation>Usunięcie: %1</translation>
    </message>
    <message>
        <source>A change to: %1</source>
        <translation>Zmiana: %1</translation>
    </message>
    <message>
        <source>The changes set aside cannot be read: %1</source>
        <translation>Nie można odczytać odłożonych zmian: %1</translation>
    </message>
    <message>
        <source>Set aside %1</source>
        <translation>Odłożono %1</translation>
    </message>
    <message>
        <source>This tablet is not syncing now, so nothing can be set aside.</source>
        <translation>Ten tablet nie synchronizuje się teraz, więc nie można niczego odłożyć.</translation>
    </message>
</context>
<context>
    <name>doorstep::RoundListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed</source>
        <translation>
            <numerusform>%n zgoda</numerusform>
            <numerusform>%n zgody</numerusform>
            <numerusform>%n zgód</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviewed</source>
        <translation>
            <numerusform>%n wywiad</numerusform>
            <numerusform>%n wywiady</numerusform>
            <numerusform>%n wywiadów</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview rounds cannot be read: %1</source>
        <translation>Nie można odczytać rund wywiadów: %1</translation>
    </message>
</context>
<context>
    <name>doorstep::Session</name>
    <message>
        <source>Doorstep cannot open its store, and has changed nothing. %1</source>
        <translation>Doorstep nie może otworzyć magazynu danych i niczego nie zmienił. %1</translation>
    </message>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation>Wpisz PIN o długości od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <source>A PIN has digits only: no letters, spaces or other signs.</source>
        <translation>PIN składa się tylko z cyfr: bez liter, spacji i innych znaków.</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN ma od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Enter the same PIN twice.</source>
        <translation>Te dwa PIN-y się różnią. Wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <source>This tablet already has a PIN. Enter it to unlock.</source>
        <translation>Ten tablet ma już PIN. Wpisz go, aby odblokować.</translation>
    </message>
    <message>
        <source>Choose a PIN first.</source>
        <translation>Najpierw wybierz PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Sign in with your password, then enter your PIN.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Zaloguj się hasłem, a potem wpisz PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right, and that was the last try. Sign in with your password, then enter your PIN.</source>
        <translation>Ten PIN jest nieprawidłowy i była to ostatnia próba. Zaloguj się hasłem, a potem wpisz PIN.</translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. After %n more wrong PINs you will need your password.</source>
        <translation>
            <numerusform>Ten PIN jest nieprawidłowy. Po %n kolejnej błędnej próbie trzeba będzie podać hasło.</numerusform>
            <numerusform>Ten PIN jest nieprawidłowy. Po %n kolejnych błędnych próbach trzeba będzie podać hasło.</numerusform>
            <numerusform>Ten PIN jest nieprawidłowy. Po %n kolejnych błędnych próbach trzeba będzie podać hasło.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock Doorstep first.</source>
        <translation>Najpierw odblokuj Doorstep.</translation>
    </message>
    <message>
        <source>Signing in is not possible now.</source>
        <translation>Logowanie nie jest teraz możliwe.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as your team&apos;s Doorstep contact gave it, for example https://doorstep.example.org.</source>
        <translation>Wpisz adres serwera dokładnie tak, jak podała go osoba kontaktowa ds. Doorstep w zespole, na przykład https://doorstep.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>Doorstep on %1</source>
        <translation>Doorstep na urządzeniu %1</translation>
    </message>
    <message>
        <source>This tablet belongs to someone else on your team. Ask them to sign in, or ask your team&apos;s Doorstep contact.</source>
        <translation>Ten tablet należy do innej osoby z twojego zespołu. Poproś ją o zalogowanie się albo zwróć się do osoby kontaktowej ds. Doorstep w zespole.</translation>
    </message>
    <message>
        <source>Signed in. Now enter your PIN. One more wrong PIN and you will need your password again.</source>
        <translation>Zalogowano. Teraz wpisz PIN. Jeszcze jeden błędny PIN i znów trzeba będzie podać hasło.</translation>
    </message>
    <message>
        <source>Unlock Doorstep to record a decision.</source>
        <translation>Odblokuj Doorstep, aby zapisać decyzję.</translation>
    </message>
    <message>
        <source>Say what may be shared, and with whom.</source>
        <translation>Określ, co można udostępniać i komu.</translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say who recorded the decision.</source>
        <translation>Ten tablet nie wie, kto jest zalogowany, więc nie może podać, kto zapisał decyzję.</translation>
    </message>
    <message>
        <source>The decision was not saved. %1</source>
        <translation>Decyzja nie została zapisana. %1</translation>
    </message>
    <message>
        <source>Unlock Doorstep to see this person.</source>
        <translation>Odblokuj Doorstep, aby zobaczyć dane tej osoby.</translation>
    </message>
    <message>
        <source>This person&apos;s record cannot be shown. %1</source>
        <translation>Nie można wyświetlić danych tej osoby. %1</translation>
    </message>
    <message>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. Check the address, and that this tablet is online, then try again.</source>
        <translation>Nie można połączyć się z serwerem %1. Sprawdź adres i to, czy tablet ma dostęp do internetu, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Too many sign-ins have failed for this user name. Wait a few minutes, then try again.</source>
        <translation>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-ins have failed for this user name. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-ins have failed for this user name. Try again in %n minutes.</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Zbyt wiele nieudanych logowań na tę nazwę użytkownika. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet is signed in to the server as someone else. Ask your team&apos;s Doorstep contact.</source>
        <translation>Ten tablet jest zalogowany na serwerze jako ktoś inny. Zwróć się do osoby kontaktowej ds. Doorstep w zespole.</translation>
    </message>
    <message>
        <source>The server does not accept this version of Doorstep. Update the app, then sign in.</source>
        <translation>Serwer nie obsługuje tej wersji Doorstep. Zaktualizuj aplikację, a potem się zaloguj.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation>Serwer nie przyjął logowania: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Check it and try again.</source>
        <translation>Ten PIN jest nieprawidłowy. Sprawdź go i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>doorstep::StatementBrowserModel</name>
    <message>
        <source>National Voices: %1</source>
        <translation>National Voices: %1</translation>
    </message>
    <message>
        <source>Outcomes framework, %1: %2</source>
        <translation>Ramy rezultatów, %1: %2</translation>
    </message>
</context>
<context>
    <name>doorstep::SyncStatus</name>
    <message>
        <source>Offline demo: not connected to a server</source>
        <translation>Demo offline: brak połączenia z serwerem</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Brak połączenia z serwerem</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Zmiany czekają na wysłanie</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Wszystko aktualne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Server busy: trying again shortly</source>
        <translation>Serwer zajęty: za chwilę kolejna próba</translation>
    </message>
    <message>
        <source>No connection: working offline</source>
        <translation>Brak połączenia: praca offline</translation>
    </message>
    <message>
        <source>Signed out: sign in again to sync</source>
        <translation>Wylogowano: zaloguj się ponownie, aby synchronizować</translation>
    </message>
    <message>
        <source>A change was refused by the server</source>
        <translation>Serwer odrzucił zmianę</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s latest changes</source>
        <translation>Pobieranie najnowszych zmian zespołu</translation>
    </message>
    <message>
        <source>Sending 1 change</source>
        <translation>Wysyłanie 1 zmiany</translation>
    </message>
    <message>
        <source>%1 of %2 changes sent</source>
        <translation>Wysłane zmiany: %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 records received</source>
        <translation>Odebrane rekordy: %1 z %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Every change sent</source>
        <translation>Wszystkie zmiany wysłane</translation>
    </message>
    <message>
        <source>1 change not sent yet</source>
        <translation>1 zmiana czeka na wysłanie</translation>
    </message>
    <message>
        <source>%1 changes not sent yet</source>
        <translation>Zmiany czekające na wysłanie: %1</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 konflikt do przejrzenia</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>Konflikty do przejrzenia: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>dziś o %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>wczoraj o %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>doorstep::TimelineModel</name>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 na 10</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>bez odpowiedzi</translation>
    </message>
    <message>
        <source>This person&apos;s timeline cannot be read: %1</source>
        <translation>Nie można odczytać historii tej osoby: %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>Wizyta: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Planned; not recorded as done</source>
        <translation>Zaplanowana; nie odnotowano, że się odbyła</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Wizyta niezakończona</translation>
    </message>
    <message>
        <source>Not checked out. %1</source>
        <translation>Wizyta niezakończona. %1</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Brak notatek</translation>
    </message>
    <message>
        <source>Goal set, now achieved</source>
        <translation>Wyznaczono cel, obecnie osiągnięty</translation>
    </message>
    <message>
        <source>Goal set, now stopped</source>
        <translation>Wyznaczono cel, obecnie przerwany</translation>
    </message>
    <message>
        <source>Goal set</source>
        <translation>Wyznaczono cel</translation>
    </message>
    <message>
        <source>Goal reviewed: %1</source>
        <translation>Przegląd celu: %1</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <source>Services working together: %1 · Living independently: %2</source>
        <translation>Współpraca służb: %1 · Samodzielne życie: %2</translation>
    </message>
    <message>
        <source>Consent to share information given</source>
        <translation>Wyrażono zgodę na udostępnianie informacji</translation>
    </message>
    <message>
        <source>Consent to share information refused</source>
        <translation>Odmówiono zgody na udostępnianie informacji</translation>
    </message>
</context>
<context>
    <name>doorstep::TodayVisitsModel</name>
    <message>
        <source>Done</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowana</translation>
    </message>
</context>
<context>
    <name>doorstep::VisitEditor</name>
    <message>
        <source>This visit cannot be shown.</source>
        <translation>Nie można wyświetlić tej wizyty.</translation>
    </message>
    <message>
        <source>The draft kept for this visit cannot be read.</source>
        <translation>Nie można odczytać wersji roboczej zachowanej dla tej wizyty.</translation>
    </message>
    <message>
        <source>Less than a minute</source>
        <translation>Mniej niż minuta</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>The draft could not be saved: Doorstep is locked.</source>
        <translation>Nie można zapisać wersji roboczej: Doorstep jest zablokowany.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this tablet (%1). Keep this screen open: it is tried again every second.</source>
        <translation>Nie można zapisać wersji roboczej na tym tablecie (%1). Nie zamykaj tego ekranu: co sekundę następuje kolejna próba.</translation>
    </message>
    <message>
        <source>Draft saved just now</source>
        <translation>Wersja robocza zapisana przed chwilą</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Przywrócono wersję roboczą</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Wersja robocza niezapisana</translation>
    </message>
    <message>
        <source>Notes saved to the visit</source>
        <translation>Notatki zapisane w wizycie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Rozpoczęcie wizyty</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Zakończenie wizyty</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Rodzaj wizyty</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unlock Doorstep and open the visit first.</source>
        <translation>Najpierw odblokuj Doorstep i otwórz wizytę.</translation>
    </message>
    <message>
        <source>This visit was already checked in at %1.</source>
        <translation>Ta wizyta została już rozpoczęta o %1.</translation>
    </message>
    <message>
        <source>The check-in was not saved.</source>
        <translation>Nie zapisano rozpoczęcia wizyty.</translation>
    </message>
    <message>
        <source>Check in first: a visit cannot be checked out before it has started.</source>
        <translation>Najpierw rozpocznij wizytę: nie można zakończyć wizyty, która się jeszcze nie zaczęła.</translation>
    </message>
    <message>
        <source>This visit was already checked out at %1.</source>
        <translation>Ta wizyta została już zakończona o %1.</translation>
    </message>
    <message>
        <source>The visit was not checked out, and the notes are kept as a draft.</source>
        <translation>Wizyta nie została zakończona, a notatki są zachowane jako wersja robocza.</translation>
    </message>
    <message>
        <source>The notes were not saved to the visit; they are kept as a draft.</source>
        <translation>Notatki nie zostały zapisane w wizycie; są zachowane jako wersja robocza.</translation>
    </message>
    <message>
        <source>Unlock Doorstep to start a visit.</source>
        <translation>Odblokuj Doorstep, aby rozpocząć wizytę.</translation>
    </message>
    <message>
        <source>This tablet does not know who is signed in, so it cannot say whose visit this is.</source>
        <translation>Ten tablet nie wie, kto jest zalogowany, więc nie może ustalić, czyja to wizyta.</translation>
    </message>
    <message>
        <source>The visit was not started.</source>
        <translation>Nie rozpoczęto wizyty.</translation>
    </message>
    <message>
        <source>The visit type was not changed.</source>
        <translation>Nie zmieniono rodzaju wizyty.</translation>
    </message>
    <message numerus="yes">
        <source>Within %n m, added at %1</source>
        <translation>
            <numerusform>Z dokładnością do %n m, dodano o %1</numerusform>
            <numerusform>Z dokładnością do %n m, dodano o %1</numerusform>
            <numerusform>Z dokładnością do %n m, dodano o %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding your location… This can take up to %n seconds.</source>
        <translation>
            <numerusform>Ustalanie lokalizacji… Może to potrwać do %n sekundy.</numerusform>
            <numerusform>Ustalanie lokalizacji… Może to potrwać do %n sekund.</numerusform>
            <numerusform>Ustalanie lokalizacji… Może to potrwać do %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet has no location service that Doorstep can use. The visit is recorded without a location.</source>
        <translation>Ten tablet nie ma usługi lokalizacji, z której Doorstep mógłby korzystać. Wizyta zostanie zapisana bez lokalizacji.</translation>
    </message>
    <message>
        <source>Doorstep is not allowed to use this tablet&apos;s location. Allow it in the tablet&apos;s settings and try again, or carry on without a location.</source>
        <translation>Doorstep nie ma dostępu do lokalizacji tego tabletu. Zezwól na to w ustawieniach tabletu i spróbuj ponownie albo kontynuuj bez lokalizacji.</translation>
    </message>
    <message numerus="yes">
        <source>No location was found within %n seconds. Try again outside or by a window, or carry on without a location.</source>
        <translation>
            <numerusform>Nie udało się ustalić lokalizacji w ciągu %n sekundy. Spróbuj ponownie na zewnątrz lub przy oknie albo kontynuuj bez lokalizacji.</numerusform>
            <numerusform>Nie udało się ustalić lokalizacji w ciągu %n sekund. Spróbuj ponownie na zewnątrz lub przy oknie albo kontynuuj bez lokalizacji.</numerusform>
            <numerusform>Nie udało się ustalić lokalizacji w ciągu %n sekund. Spróbuj ponownie na zewnątrz lub przy oknie albo kontynuuj bez lokalizacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>The location service stopped before it found where you are. Try again, or carry on without a location.</source>
        <translation>Usługa lokalizacji przestała działać, zanim ustaliła twoje położenie. Spróbuj ponownie albo kontynuuj bez lokalizacji.</translation>
    </message>
    <message>
        <source>The location came without a measure of its accuracy, so it was not kept. Try again, or carry on without a location.</source>
        <translation>Lokalizacja nie zawierała informacji o dokładności, więc jej nie zachowano. Spróbuj ponownie albo kontynuuj bez lokalizacji.</translation>
    </message>
    <message numerus="yes">
        <source>Your location is only known to within %n m, which may be a street or more away. Keep it, or try again?</source>
        <translation>
            <numerusform>Twoja lokalizacja jest znana tylko z dokładnością do %n m, więc może się różnić o ulicę lub więcej. Zachować ją czy spróbować ponownie?</numerusform>
            <numerusform>Twoja lokalizacja jest znana tylko z dokładnością do %n m, więc może się różnić o ulicę lub więcej. Zachować ją czy spróbować ponownie?</numerusform>
            <numerusform>Twoja lokalizacja jest znana tylko z dokładnością do %n m, więc może się różnić o ulicę lub więcej. Zachować ją czy spróbować ponownie?</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no location waiting to be kept. Add your location first.</source>
        <translation>Nie ma lokalizacji oczekującej na zachowanie. Najpierw dodaj swoją lokalizację.</translation>
    </message>
    <message>
        <source>The location was not saved.</source>
        <translation>Nie zapisano lokalizacji.</translation>
    </message>
</context>
</TS>

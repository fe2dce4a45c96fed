<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/about.py" line="+25"/>
        <source>About abm-health</source>
        <translation>O programie abm-health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health %1</source>
        <translation>abm-health %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace: %1</source>
        <translation>Obszar roboczy: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Offline account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports.</source>
        <translation>Kondycja kont w marketingu ABM, offline: wyjaśnialna kondycja kont, rzetelne KPI, czyste importy z CRM i raporty gotowe dla zarządu.</translation>
    </message>
</context>
<context>
    <name>AccountAddresses</name>
    <message>
        <location filename="../../desktop/shared/wording/addresses.py" line="+25"/>
        <source>%1 (%2, by internal id)</source>
        <translation>%1 (%2, po identyfikatorze wewnętrznym)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by external id)</source>
        <translation>%1 (%2, po identyfikatorze zewnętrznym)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by domain)</source>
        <translation>%1 (%2, po domenie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by name)</source>
        <translation>%1 (%2, po nazwie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by part of the name)</source>
        <translation>%1 (%2, po części nazwy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the internal id %1</source>
        <translation>żadne konto nie ma identyfikatora wewnętrznego %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account has the external id %1</source>
        <translation>żadne konto nie ma identyfikatora zewnętrznego %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: after id: comes the workspace&apos;s number of the account, e.g. id:42</source>
        <translation>%1: po id: podaj numer konta w obszarze roboczym, np. id:42</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the id, external id, domain or name %1</source>
        <translation>żadne konto nie ma identyfikatora, identyfikatora zewnętrznego, domeny ani nazwy %1</translation>
    </message>
</context>
<context>
    <name>AccountData</name>
    <message>
        <location filename="../../desktop/account/data.py" line="+213"/>
        <source>Account %1 is not in this workspace any more; it may have been removed by an undone import.</source>
        <translation>Konta %1 nie ma już w tym obszarze roboczym; mogło zostać usunięte przez cofnięty import.</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../desktop/account/header.py" line="+47"/>
        <source>◀  Portfolio</source>
        <translation>◀  Portfel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the portfolio (Alt+Left)</source>
        <translation>Powrót do portfela (Alt+Strzałka w lewo)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Weekly health score</source>
        <translation>Tygodniowy wynik kondycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this score</source>
        <translation>Skąd ten wynik</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tier %1</source>
        <translation>Poziom %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage: %1</source>
        <translation>Etap: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>%1 %2 w ciągu 4 tygodni</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>open pipeline %1</source>
        <translation>otwarte szanse sprzedaży: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal %1</source>
        <translation>odnowienie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last scored touch %1</source>
        <translation>ostatnia punktowana interakcja: %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Not scored yet</source>
        <translation>Jeszcze bez wyniku</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Weekly health score, last %Ln weeks</source>
        <translation>
            <numerusform>Tygodniowy wynik kondycji, ostatni %Ln tydzień</numerusform>
            <numerusform>Tygodniowy wynik kondycji, ostatnie %Ln tygodnie</numerusform>
            <numerusform>Tygodniowy wynik kondycji, ostatnie %Ln tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>Wynik kondycji jest jeszcze obliczany…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notable drivers.</source>
        <translation>Brak istotnych czynników.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>churn likelihood %1 in 90 days</source>
        <translation>prawdopodobieństwo odejścia: %1 w ciągu 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity likelihood %1 in 90 days</source>
        <translation>prawdopodobieństwo szansy sprzedaży: %1 w ciągu 90 dni</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>NPS %1 (%Ln responses)</source>
        <translation>
            <numerusform>NPS %1 (%Ln odpowiedź)</numerusform>
            <numerusform>NPS %1 (%Ln odpowiedzi)</numerusform>
            <numerusform>NPS %1 (%Ln odpowiedzi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../desktop/dashboard/account_list_model.py" line="+29"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4 tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
</context>
<context>
    <name>AccountLists</name>
    <message>
        <location filename="../../desktop/dashboard/account_lists.py" line="+75"/>
        <source>At risk now</source>
        <translation>Zagrożone teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biggest movers over four weeks</source>
        <translation>Największe zmiany w ciągu czterech tygodni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores as of %1; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>Wyniki na dzień %1; od najniższego, z głównym powodem. Kliknij dwukrotnie, aby otworzyć konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores as of %1; the largest health changes against four weeks earlier, either way.</source>
        <translation>Wyniki na dzień %1; największe zmiany kondycji względem stanu sprzed czterech tygodni, w górę lub w dół.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No health scores yet; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>Brak jeszcze wyników kondycji; od najniższego, z głównym powodem. Kliknij dwukrotnie, aby otworzyć konto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No health scores yet; the largest health changes against four weeks earlier, either way.</source>
        <translation>Brak jeszcze wyników kondycji; największe zmiany kondycji względem stanu sprzed czterech tygodni, w górę lub w dół.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/account/page.py" line="+63"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>Komitet zakupowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and deals</source>
        <translation>Spotkania i transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention and NPS</source>
        <translation>Utrzymanie i NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>Notatki i następne działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What moved</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+62"/>
        <source>Opening the account failed</source>
        <translation>Nie udało się otworzyć konta</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Opening the account</source>
        <translation>Otwieranie konta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>Wynik kondycji jest jeszcze obliczany…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What moved could not be worked out</source>
        <translation>Nie udało się ustalić, co zmieniło wynik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved the score</source>
        <translation>Co zmieniło wynik</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As it stood on %1: the data goes on to %2.</source>
        <translation>Stan na dzień %1; dane sięgają do %2.</translation>
    </message>
</context>
<context>
    <name>AccountReport</name>
    <message>
        <location filename="../../desktop/reports/account_report.py" line="+50"/>
        <source>Account report</source>
        <translation>Raport konta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPIs: this period against the previous one</source>
        <translation>KPI: bieżący okres w porównaniu z poprzednim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KPIs had no data for this account in either period and are left out.</source>
        <translation>KPI bez danych dla tego konta w żadnym z okresów, pominięte w raporcie: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buying committee</source>
        <translation>Komitet zakupowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts are known at this account.</source>
        <translation>Brak znanych kontaktów w tym koncie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings and deals</source>
        <translation>Spotkania i transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls or demos booked.</source>
        <translation>Brak umówionych rozmów i prezentacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities.</source>
        <translation>Brak szans sprzedaży.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next actions</source>
        <translation>Notatki i następne działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet.</source>
        <translation>Brak notatek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abm-health · data as of %1 · health model v%2</source>
        <translation>abm-health · dane na dzień %1 · model kondycji v%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · dane na dzień %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, w porównaniu z %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This account has no health score yet.</source>
        <translation>To konto nie ma jeszcze wyniku kondycji.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Components (0-100) and their share of the score</source>
        <translation>Składniki (0-100) i ich udział w wyniku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 of score</source>
        <translation>%1 · %2 wyniku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a (%1)</source>
        <translation>b.d. (%1)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>no band</source>
        <translation>brak przedziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why: the drivers</source>
        <translation>Dlaczego: czynniki</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Likelihood: n/a (%1)</source>
        <translation>Prawdopodobieństwo: b.d. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood %1: %2</source>
        <translation>Prawdopodobieństwo %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What moved the score from %1 to %2</source>
        <translation>Co zmieniło wynik od %1 do %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to compare: %1.</source>
        <translation>Brak danych do porównania: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2: %3 points, split by component and cause (the cells add up to the change).</source>
        <translation>Od %1 do %2: %3 pkt, według składnika i przyczyny (komórki sumują się do zmiany).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Engagement touches per week, last %1 weeks</source>
        <translation>Interakcje tygodniowo, ostatnie tygodnie: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health score, last %1 weekly snapshots</source>
        <translation>Wynik kondycji, ostatnie tygodniowe migawki: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latest %1 touches</source>
        <translation>Ostatnie interakcje (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and NPS</source>
        <translation>Utrzymanie i NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subscriptions: not a customer yet.</source>
        <translation>Brak subskrypcji: to jeszcze nie klient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account NPS: %1 from %2 responses (caution: small sample); previous period %3.</source>
        <translation>NPS konta: %1 z %2 odpowiedzi (ostrożnie: mała próba); poprzedni okres: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 from %2 responses; previous period %3.</source>
        <translation>NPS konta: %1 z %2 odpowiedzi; poprzedni okres: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 (caution: small sample); previous period %2.</source>
        <translation>NPS konta: %1 (ostrożnie: mała próba); poprzedni okres: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1; previous period %2.</source>
        <translation>NPS konta: %1; poprzedni okres: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS responses and comments</source>
        <translation>Odpowiedzi NPS i komentarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NPS responses yet.</source>
        <translation>Brak odpowiedzi NPS.</translation>
    </message>
</context>
<context>
    <name>AddressWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/addresses.py" line="-34"/>
        <source>%1 names %n accounts: %2; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 wskazuje %n konto: %2; wskaż jedno z nich, np. %3</numerusform>
            <numerusform>%1 wskazuje %n konta: %2; wskaż jedno z nich, np. %3</numerusform>
            <numerusform>%1 wskazuje %n kont: %2; wskaż jedno z nich, np. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 names %n accounts: %2 and %4 more; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 wskazuje %n konto: %2 i %4 innych; wskaż jedno z nich, np. %3</numerusform>
            <numerusform>%1 wskazuje %n konta: %2 i %4 innych; wskaż jedno z nich, np. %3</numerusform>
            <numerusform>%1 wskazuje %n kont: %2 i %4 innych; wskaż jedno z nich, np. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../desktop/shared/app_state.py" line="+132"/>
        <source>Reading settings</source>
        <translation>Wczytywanie ustawień</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the workspace</source>
        <translation>Odczytywanie obszaru roboczego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring account health</source>
        <translation>Obliczanie kondycji kont</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Indexing accounts</source>
        <translation>Indeksowanie kont</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Calibrating the likelihood</source>
        <translation>Kalibrowanie prawdopodobieństwa</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the workspace failed</source>
        <translation>Nie udało się wczytać obszaru roboczego</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the workspace</source>
        <translation>Wczytywanie obszaru roboczego</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the portfolio</source>
        <translation>Otwieranie portfela</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <location filename="../../desktop/shared/as_of_control.py" line="+81"/>
        <source>Data as of</source>
        <translation>Dane na dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every screen as it stood on this day</source>
        <translation>Pokaż każdy ekran w stanie z tego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Najnowsze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest data</source>
        <translation>Powrót do najnowszych danych</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As it stood on</source>
        <translation>Stan na dzień</translation>
    </message>
</context>
<context>
    <name>BacktestCommand</name>
    <message>
        <location filename="../../desktop/commands/backtest.py" line="+63"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>weryfikuje model kondycji na własnej historii obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score every account at each month end and compare with the next 90 days: AUC, outcome rate per band (customers healthy/watch/at-risk, prospects hot/warm/cold) and lift, the Brier score and the reliability of the calibrated likelihood per decile.</source>
        <translation>Oblicza wynik każdego konta na koniec każdego miesiąca i porównuje go z kolejnymi 90 dniami: AUC, odsetek rezultatów w każdym przedziale (klienci: zdrowe/do obserwacji/zagrożone, potencjalni klienci: gorące/ciepłe/zimne) i wzrost, wynik Briera oraz wiarygodność skalibrowanego prawdopodobieństwa w każdym decylu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOML or JSON file of weights (or model fields) to try beside the active model</source>
        <translation>plik TOML lub JSON z wagami (lub polami modelu) do wypróbowania obok aktywnego modelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many month ends to test (default 12)</source>
        <translation>liczba końców miesięcy do przetestowania (domyślnie 12)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no weights file %1</source>
        <translation>nie ma pliku wag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 is a folder; name a TOML or JSON file</source>
        <translation>plik wag %1 jest folderem; podaj plik TOML lub JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 may not be read (permission denied)</source>
        <translation>brak uprawnień do odczytu pliku wag %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the weights file %1</source>
        <translation>nie można odczytać pliku wag %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the weights file %1 is not valid JSON (line %2, column %3)</source>
        <translation>plik wag %1 nie jest poprawnym plikiem JSON (wiersz %2, kolumna %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid JSON</source>
        <translation>plik wag %1 nie jest poprawnym plikiem JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML (line %2, column %3)</source>
        <translation>plik wag %1 nie jest poprawnym plikiem TOML (wiersz %2, kolumna %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML</source>
        <translation>plik wag %1 nie jest poprawnym plikiem TOML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 must hold a table of component = weight</source>
        <translation>plik wag %1 musi zawierać tabelę składnik = waga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights file %1: weights must be a table of component = weight</source>
        <translation>plik wag %1: weights musi być tabelą składnik = waga</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>abm-health: not enough dated history to backtest (it needs 90 days of data before a month end and 90 days after it); import more history or run `abm-health demo`.</source>
        <translation>abm-health: za mało historii z datami do testu wstecznego (potrzeba 90 dni danych przed końcem miesiąca i 90 dni po nim); zaimportuj więcej historii lub uruchom `abm-health demo`.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model version %1</source>
        <translation>wersja modelu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights from %1 (not saved)</source>
        <translation>wagi z %1 (niezapisane)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backtest of %1: %2 month ends %3 to %4, %5-day horizon. AUC %6</source>
        <translation>Test wsteczny (%1): końce miesięcy: %2, od %3 do %4, horyzont %5 dni. AUC %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects</source>
        <translation>potencjalni klienci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outcome</source>
        <translation>rezultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>observations</source>
        <translation>obserwacje</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>outcomes</source>
        <translation>rezultaty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auc</source>
        <translation>auc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top band</source>
        <translation>górny przedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle band</source>
        <translation>środkowy przedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom band</source>
        <translation>dolny przedział</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lift</source>
        <translation>wzrost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 n/a</source>
        <translation>%1 b.d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 z %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>Klienci, prawdopodobieństwo odejścia w ciągu %1 dni: Brier %2 (sama stopa bazowa %3), każdy koniec miesiąca przewidywany na podstawie pozostałych; skalibrowane na %4 obserwacjach (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>Potencjalni klienci, prawdopodobieństwo szansy sprzedaży w ciągu %1 dni: Brier %2 (sama stopa bazowa %3), każdy koniec miesiąca przewidywany na podstawie pozostałych; skalibrowane na %4 obserwacjach (%5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>Klienci, prawdopodobieństwo odejścia w ciągu %1 dni: Brier %2 (sama stopa bazowa %3), każdy koniec miesiąca przewidywany na podstawie pozostałych; skalibrowane na %4 obserwacjach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>Potencjalni klienci, prawdopodobieństwo szansy sprzedaży w ciągu %1 dni: Brier %2 (sama stopa bazowa %3), każdy koniec miesiąca przewidywany na podstawie pozostałych; skalibrowane na %4 obserwacjach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decile</source>
        <translation>decyl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicted</source>
        <translation>przewidywane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observed</source>
        <translation>zaobserwowane</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../../desktop/commands/backup.py" line="+32"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>zapisuje spójną kopię obszaru roboczego (plik SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the workspace (safe while the window is open).</source>
        <translation>Zapisuje spójną kopię obszaru roboczego (bezpiecznie także przy otwartym oknie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the copy (default: next to the workspace, stamped with the time)</source>
        <translation>gdzie zapisać kopię (domyślnie: obok obszaru roboczego, z datą i godziną w nazwie)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1: %2</source>
        <translation>nie można utworzyć folderu %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health backup: %1.</source>
        <translation>abm-health backup: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Backed up %1 to %2</source>
        <translation>Utworzono kopię zapasową %1 w %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 już istnieje; wybierz inną nazwę pliku</translation>
    </message>
</context>
<context>
    <name>BandRateModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+255"/>
        <source>Customers: churned</source>
        <translation>Klienci: odejście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>Potencjalni klienci: szansa sprzedaży</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+44"/>
        <source>Healthy</source>
        <translation>Zdrowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Do obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Utracone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Gorące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Ciepłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Zimne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
</context>
<context>
    <name>BatchWords</name>
    <message>
        <location filename="../../desktop/shared/wording/batches.py" line="+16"/>
        <source>There is no import batch %1; `abm-health batches` lists them.</source>
        <translation>Nie ma partii importu %1; `abm-health batches` wyświetla listę partii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 has already been undone.</source>
        <translation>Partia %1 została już cofnięta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 is %2, not finished; nothing to undo.</source>
        <translation>Partia %1 ma stan %2, nie jest zakończona; nie ma czego cofać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo it first.</source>
        <translation>Nie można cofnąć partii %1: partia %2 zmieniła później te same rekordy (%3); najpierw cofnij ją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo them first.</source>
        <translation>Nie można cofnąć partii %1: partie %2 zmieniły później te same rekordy (%3); najpierw cofnij je.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown table %1; it can&apos;t be undone.</source>
        <translation>Partia odwołuje się do nieznanej tabeli %1; nie można jej cofnąć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown column %1; it can&apos;t be undone.</source>
        <translation>Partia odwołuje się do nieznanej kolumny %1; nie można jej cofnąć.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 from batch %3 refer to the %4 it added; undo batch %3 first.</source>
        <translation>
            <numerusform>Nie można cofnąć partii %1: %Ln rekord (%2) z partii %3 odwołuje się do rekordów (%4), które dodała; najpierw cofnij partię %3.</numerusform>
            <numerusform>Nie można cofnąć partii %1: %Ln rekordy (%2) z partii %3 odwołują się do rekordów (%4), które dodała; najpierw cofnij partię %3.</numerusform>
            <numerusform>Nie można cofnąć partii %1: %Ln rekordów (%2) z partii %3 odwołuje się do rekordów (%4), które dodała; najpierw cofnij partię %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 entered in the app refer to the %3 it added; delete them first, or keep this batch.</source>
        <translation>
            <numerusform>Nie można cofnąć partii %1: %Ln rekord (%2) wprowadzony w aplikacji odwołuje się do rekordów (%3), które dodała; najpierw go usuń albo zachowaj tę partię.</numerusform>
            <numerusform>Nie można cofnąć partii %1: %Ln rekordy (%2) wprowadzone w aplikacji odwołują się do rekordów (%3), które dodała; najpierw je usuń albo zachowaj tę partię.</numerusform>
            <numerusform>Nie można cofnąć partii %1: %Ln rekordów (%2) wprowadzonych w aplikacji odwołuje się do rekordów (%3), które dodała; najpierw je usuń albo zachowaj tę partię.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <location filename="../../desktop/commands/batches.py" line="+32"/>
        <source>list the import batches (newest first)</source>
        <translation>wyświetla partie importu (od najnowszej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every import batch: when, which file, what it did, and its status.</source>
        <translation>Wyświetla wszystkie partie importu: kiedy, z jakiego pliku, co zmieniła każda z nich i jaki ma status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format (default: table)</source>
        <translation>format wyjścia (domyślnie: table)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undo an import batch</source>
        <translation>cofa partię importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rows an import batch inserted and restore the values it updated.</source>
        <translation>Usuwa wiersze dodane przez partię importu i przywraca wartości, które zaktualizowała.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch number (see `batches`)</source>
        <translation>numer partii (zob. `batches`)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No imports yet.</source>
        <translation>Brak importów.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>abm-health undo: %1</source>
        <translation>abm-health undo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undid batch %1: removed %2 inserted row(s), restored %3 updated row(s).</source>
        <translation>Cofnięto partię %1: usunięte dodane wiersze: %2, przywrócone zaktualizowane wiersze: %3.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+89"/>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cell is checked against what it should hold; nothing is written yet.</source>
        <translation>Każda komórka jest sprawdzana pod kątem tego, co powinna zawierać; nic nie zostało jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import nothing if any row is rejected (strict)</source>
        <translation>Nie importuj niczego, jeśli którykolwiek wiersz zostanie odrzucony (tryb ścisły)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: save rejected rows to this CSV file</source>
        <translation>opcjonalnie: zapisz odrzucone wiersze w tym pliku CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems by kind</source>
        <translation>Problemy według rodzaju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems row by row (first %1)</source>
        <translation>Problemy wiersz po wierszu (pierwsze %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 rows read: %2 would be added, %3 updated, %4 are unchanged and %5 rejected.</source>
        <translation>Odczytane wiersze: %1. Do dodania: %2, do aktualizacji: %3, bez zmian: %4, odrzucone: %5.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the file</source>
        <translation>Sprawdzanie pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed</source>
        <translation>Sprawdzenie nie powiodło się</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Expected</source>
        <translation>Oczekiwano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+87"/>
        <source>%1: any</source>
        <translation>%1: dowolne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 selected</source>
        <translation>%1: wybrano %2</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <location filename="../../desktop/commands/catalog.py" line="+21"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>wypełnia obszar roboczy realistycznym portfelem demonstracyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>importuje eksport CSV lub XLSX (konta, kontakty, zdarzenia, transakcje, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>importuje cały folder eksportu z CRM (Zoho, HubSpot ...) w kolejności zależności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the import batches (newest first)</source>
        <translation>wyświetla partie importu (od najnowszej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import batch</source>
        <translation>cofa partię importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>wypisuje wszystkie KPI dla okresu, z poprzednim okresem i zmianą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journey stage and explained health score of every account</source>
        <translation>etap ścieżki zakupowej i objaśniony wynik kondycji każdego konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>weryfikuje model kondycji na własnej historii obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>zapisuje raport konta (PDF/HTML), skoroszyt portfela (XLSX/CSV) lub materiały na spotkanie (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>zapisuje spójną kopię obszaru roboczego (plik SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the workspace settings, or change one with `settings set KEY VALUE`</source>
        <translation>wypisuje ustawienia obszaru roboczego lub zmienia jedno z nich poleceniem `settings set KEY VALUE`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>zapisuje kanoniczny układ CSV encji (import nie wymaga wtedy mapowania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>kopiuje obszar roboczy między SQLite a PostgreSQL, ze sprawdzeniem tabela po tabeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>zespołowy obszar roboczy w PostgreSQL: tworzy schemat i role</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+82"/>
        <source>Who is missing</source>
        <translation>Kogo brakuje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts, by role and engagement</source>
        <translation>Kontakty według roli i zaangażowania</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision maker and champion both engaged recently.</source>
        <translation>Decydent i orędownik są ostatnio zaangażowani.</translation>
    </message>
</context>
<context>
    <name>CommitteeWords</name>
    <message>
        <location filename="../../desktop/shared/wording/committee.py" line="+23"/>
        <source>No contacts known at this account: find the decision maker and a champion.</source>
        <translation>Brak znanych kontaktów w tym koncie: znajdź decydenta i orędownika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision maker known: find and add one.</source>
        <translation>Brak znanego decydenta: znajdź go i dodaj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No champion known: find and add one.</source>
        <translation>Brak znanego orędownika: znajdź go i dodaj.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No decision maker with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dnia (nigdy nie było punktowanej interakcji).</numerusform>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dni (nigdy nie było punktowanej interakcji).</numerusform>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dni (nigdy nie było punktowanej interakcji).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No decision maker with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dnia (ostatnia punktowana interakcja: %1).</numerusform>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dni (ostatnia punktowana interakcja: %1).</numerusform>
            <numerusform>Żaden decydent nie miał punktowanej interakcji w ciągu %n dni (ostatnia punktowana interakcja: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No champion with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dnia (nigdy nie było punktowanej interakcji).</numerusform>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dni (nigdy nie było punktowanej interakcji).</numerusform>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dni (nigdy nie było punktowanej interakcji).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No champion with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dnia (ostatnia punktowana interakcja: %1).</numerusform>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dni (ostatnia punktowana interakcja: %1).</numerusform>
            <numerusform>Żaden orędownik nie miał punktowanej interakcji w ciągu %n dni (ostatnia punktowana interakcja: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nobody at the account had a scored touch in %n days.</source>
        <translation>
            <numerusform>Nikt z konta nie miał punktowanej interakcji w ciągu %n dnia.</numerusform>
            <numerusform>Nikt z konta nie miał punktowanej interakcji w ciągu %n dni.</numerusform>
            <numerusform>Nikt z konta nie miał punktowanej interakcji w ciągu %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 contacts had a scored touch in %n days.</source>
        <translation>
            <numerusform>%1 z %2 kontaktów miało punktowaną interakcję w ciągu %n dnia.</numerusform>
            <numerusform>%1 z %2 kontaktów miało punktowaną interakcję w ciągu %n dni.</numerusform>
            <numerusform>%1 z %2 kontaktów miało punktowaną interakcję w ciągu %n dni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/components.py" line="+37"/>
        <source>no NPS response in %n days</source>
        <translation>
            <numerusform>brak odpowiedzi NPS w ciągu %n dnia</numerusform>
            <numerusform>brak odpowiedzi NPS w ciągu %n dni</numerusform>
            <numerusform>brak odpowiedzi NPS w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>Komitet zakupowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Dynamika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Utrzymanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a customer</source>
        <translation>to nie klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer without a subscription record</source>
        <translation>klient bez rekordu subskrypcji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no weight</source>
        <translation>brak wagi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data: no touch, meeting, deal, subscription, NPS response or question is on record for this account yet, so it has no score (rather than a score of 0).</source>
        <translation>Brak danych: dla tego konta nie ma jeszcze żadnej interakcji, spotkania, transakcji, subskrypcji, odpowiedzi NPS ani pytania, więc nie ma ono wyniku (zamiast wyniku 0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>Składnik %1 nie ma zastosowania: jego waga (%2 z %3) jest rozdzielana między pozostałe składniki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 do not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>Składniki %1 nie mają zastosowania: ich waga (%2 z %3) jest rozdzielana między pozostałe składniki.</translation>
    </message>
</context>
<context>
    <name>ConventionWords</name>
    <message>
        <location filename="../../desktop/i18n/conventions.py" line="+48"/>
        <source>{} pts</source>
        <comment>points of NPS or a score, not percentage points</comment>
        <translation>{} pkt</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <location line="-23"/>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} pts</source>
        <translation>{} p.p.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} days</source>
        <translation>{} dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} h</source>
        <translation>{} godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} s</source>
        <translation>{} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>&#xa0;tys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>&#xa0;mln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>&#xa0;mld</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../../desktop/commands/copy.py" line="+24"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>kopiuje obszar roboczy między SQLite a PostgreSQL, ze sprawdzeniem tabela po tabeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy everything (data, import history, settings, model versions, health history) from SRC to DEST, each a file or a database URL, and check every table by row count and content hash.</source>
        <translation>Kopiuje wszystko (dane, historię importu, ustawienia, wersje modelu, historię kondycji) z SRC do DEST (każde to plik lub URL bazy danych) i sprawdza każdą tabelę według liczby wierszy i skrótu treści.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace to copy</source>
        <translation>obszar roboczy do skopiowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new file or an empty database (URL without a password)</source>
        <translation>nowy plik lub pusta baza danych (URL bez hasła)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SRC and DEST are the same workspace</source>
        <translation>SRC i DEST to ten sam obszar roboczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; copy into a new file</source>
        <translation>%1 już istnieje; kopiuj do nowego pliku</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied %1 to %2:</source>
        <translation>Skopiowano %1 do %2:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tables, %2 rows; row counts and content hashes checked equal on both sides.</source>
        <translation>Tabele: %1, wiersze: %2; liczby wierszy i skróty treści są zgodne po obu stronach.</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <location filename="../../desktop/shared/wording/copies.py" line="+14"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 już istnieje; wybierz inną nazwę pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write in %1: %2; choose a folder you can write to</source>
        <translation>nie można zapisywać w %1: %2; wybierz folder, w którym możesz zapisywać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding %1 is full; nothing was written. Free some space or choose another folder</source>
        <translation>dysk, na którym jest %1, jest pełny; nic nie zapisano. Zwolnij miejsce lub wybierz inny folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing to %1 failed (disk I/O error: the disk may be full or failing); nothing was written. Free some space or choose another folder</source>
        <translation>zapis do %1 nie powiódł się (błąd wejścia/wyjścia dysku: dysk może być pełny lub uszkodzony); nic nie zapisano. Zwolnij miejsce lub wybierz inny folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace %1 is damaged (%2); nothing was written. Restore an earlier backup</source>
        <translation>obszar roboczy %1 jest uszkodzony (%2); nic nie zapisano. Przywróć wcześniejszą kopię zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 appeared while the backup was written; choose another file name</source>
        <translation>%1 pojawił się podczas zapisywania kopii zapasowej; wybierz inną nazwę pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>nie można zapisać %1: %2; nic nie zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup of %1 failed: %2; nothing was written</source>
        <translation>kopia zapasowa %1 nie powiodła się: %2; nic nie zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination %1 already holds data (%2); copy into a new file or an empty database.</source>
        <translation>Miejsce docelowe %1 zawiera już dane (%2); kopiuj do nowego pliku lub pustej bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of %1 differs from the source (%2 rows against %3, or different contents); nothing was written.</source>
        <translation>Kopia tabeli %1 różni się od źródła (wiersze: %2 wobec %3 albo inna zawartość); nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop/dashboard/chart_panels.py" line="+36"/>
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>Do obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Zdrowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churned</source>
        <translation>Utracone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Zimne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>Ciepłe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Gorące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Docelowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aware</source>
        <translation>Świadome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Zaangażowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engaged contacts</source>
        <translation>Zaangażowane kontakty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same month a year earlier</source>
        <translation>Ten sam miesiąc rok wcześniej</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Customers: retention</source>
        <translation>Klienci: utrzymanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: buying intent</source>
        <translation>Potencjalni klienci: intencja zakupu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engagement trend</source>
        <translation>Trend zaangażowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>Lejek ścieżki zakupowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>Konwersja CTA na ścieżce zakupowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS distribution</source>
        <translation>Rozkład NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health bands over time</source>
        <translation>Przedziały kondycji w czasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs and cost per MQL by campaign</source>
        <translation>MQL i koszt na MQL według kampanii</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No engagement recorded in the last twelve months.</source>
        <translation>Brak zarejestrowanego zaangażowania w ostatnich dwunastu miesiącach.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Distinct contacts with any engagement per month; the shaded band is the period on the tiles.</source>
        <translation>Liczba różnych kontaktów z jakimkolwiek zaangażowaniem w miesiącu; zacieniowany pas to okres pokazany na kafelkach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No journey stages yet.</source>
        <translation>Brak jeszcze etapów ścieżki zakupowej.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accounts that had reached each stage by the period&apos;s end (in brackets: during it); ↓ share that went on to the next stage. Churned in the period: %1.</source>
        <translation>Konta, które do końca okresu osiągnęły dany etap (w nawiasie: w trakcie okresu); ↓ odsetek, który przeszedł do następnego etapu. Utracone w okresie: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No CTA views in the period.</source>
        <translation>Brak wyświetleń CTA w okresie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · day %2</source>
        <translation>%1 · dzień %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <comment>share of viewers</comment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewers who clicked, per CTA, in the order accounts meet them (median day of their journey); %1 of %2 CTAs, the most seen.</source>
        <translation>Odsetek wyświetlających, którzy kliknęli, dla każdego CTA, w kolejności, w jakiej konta na nie trafiają (mediana dnia ich ścieżki); %1 z %2 CTA, najczęściej wyświetlane.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No NPS responses in the period.</source>
        <translation>Brak odpowiedzi NPS w okresie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2, %3</source>
        <comment>promoters, passives, detractors</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln promoters</source>
        <translation>
            <numerusform>%Ln promotor</numerusform>
            <numerusform>%Ln promotorzy</numerusform>
            <numerusform>%Ln promotorów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln passives</source>
        <translation>
            <numerusform>%Ln neutralny</numerusform>
            <numerusform>%Ln neutralni</numerusform>
            <numerusform>%Ln neutralnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln detractors</source>
        <translation>
            <numerusform>%Ln krytyk</numerusform>
            <numerusform>%Ln krytycy</numerusform>
            <numerusform>%Ln krytyków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3). Caution: small sample.</source>
        <translation>NPS %1 · n = %2 (%3). Ostrożnie: mała próba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3).</source>
        <translation>NPS %1 · n = %2 (%3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No weekly health snapshots in the half year up to the period&apos;s end. The window stores them in the background when it opens a workspace it may write to.</source>
        <translation>Brak tygodniowych migawek kondycji z pół roku przed końcem okresu. Okno zapisuje je w tle, gdy otwiera obszar roboczy, do którego może zapisywać.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accounts per band, weekly snapshots of the %Ln weeks up to the period&apos;s end: customers healthy / watch / at risk / churned, prospects hot / warm / cold.</source>
        <translation>
            <numerusform>Konta w przedziałach, tygodniowe migawki z %Ln tygodnia do końca okresu: konta klientów zdrowe / do obserwacji / zagrożone / utracone, konta potencjalnych klientów gorące / ciepłe / zimne.</numerusform>
            <numerusform>Konta w przedziałach, tygodniowe migawki z %Ln tygodni do końca okresu: konta klientów zdrowe / do obserwacji / zagrożone / utracone, konta potencjalnych klientów gorące / ciepłe / zimne.</numerusform>
            <numerusform>Konta w przedziałach, tygodniowe migawki z %Ln tygodni do końca okresu: konta klientów zdrowe / do obserwacji / zagrożone / utracone, konta potencjalnych klientów gorące / ciepłe / zimne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No campaign cost or MQL in the period.</source>
        <translation>Brak kosztów kampanii i MQL w okresie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 each</source>
        <translation>%1 · %2 za MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cost n/a</source>
        <translation>%1 · koszt b.d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQLs of the top %1 of %2 campaigns (last-touch attribution) and the cost of each MQL: campaign cost in the period / its MQLs.</source>
        <translation>MQL z %1 najlepszych spośród %2 kampanii (atrybucja według ostatniej interakcji) i koszt jednego MQL: koszt kampanii w okresie / liczba jej MQL.</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+22"/>
        <source>Tier 1 · 1:1</source>
        <translation>Poziom 1 · 1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 2 · 1:few</source>
        <translation>Poziom 2 · 1:kilka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 3 · 1:many</source>
        <translation>Poziom 3 · 1:wiele</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all accounts</source>
        <translation>wszystkie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all target accounts</source>
        <translation>wszystkie konta docelowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (target and non-target accounts)</source>
        <translation>%1 (konta docelowe i spoza listy docelowej)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/dashboard/page.py" line="+73"/>
        <source>caution: small sample</source>
        <translation>ostrożnie: mała próba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: click-through falling</source>
        <translation>uwaga: spada współczynnik klikalności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: unsubscribes rising</source>
        <translation>uwaga: rośnie liczba rezygnacji z subskrypcji</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Alignment meeting</source>
        <translation>Spotkanie sprzedaży i marketingu</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Engagement and the journey</source>
        <translation>Zaangażowanie i ścieżka zakupowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion and satisfaction</source>
        <translation>Konwersja i zadowolenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and campaigns</source>
        <translation>Kondycja i kampanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journey</source>
        <translation>Ścieżka zakupowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers and campaigns</source>
        <translation>Klienci i kampanie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts to act on: at risk</source>
        <translation>Konta wymagające działań: zagrożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts to act on: biggest movers</source>
        <translation>Konta wymagające działań: największe zmiany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts to act on</source>
        <translation>Konta wymagające działań</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The dashboard could not be updated</source>
        <translation>Nie udało się zaktualizować pulpitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the dashboard</source>
        <translation>Aktualizowanie pulpitu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trends could not be computed.</source>
        <translation>Nie udało się obliczyć trendów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly trends</source>
        <translation>Trendy miesięczne</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 (%Ln accounts)</source>
        <translation>
            <numerusform>%1 (%Ln konto)</numerusform>
            <numerusform>%1 (%Ln konta)</numerusform>
            <numerusform>%1 (%Ln kont)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, w porównaniu z %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · Data as of %1</source>
        <translation> · Dane na dzień %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vs %1</source>
        <translation>wobec %1</translation>
    </message>
</context>
<context>
    <name>DealWords</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-76"/>
        <source>New business</source>
        <translation>Nowa sprzedaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Odbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+14"/>
        <source>Opportunities</source>
        <translation>Szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../desktop/commands/demo.py" line="+31"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>wypełnia obszar roboczy realistycznym portfelem demonstracyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the workspace with a deterministic demo portfolio: target accounts with buying committees, 18 months of campaigns and engagement, meetings, deals, subscriptions, NPS, questions and notes. The same seed and as-of date give the same data.</source>
        <translation>Wypełnia obszar roboczy deterministycznym portfelem demonstracyjnym: konta docelowe z komitetami zakupowymi, 18 miesięcy kampanii i zaangażowania, spotkania, transakcje, subskrypcje, NPS, pytania i notatki. To samo ziarno i ta sama data stanu dają te same dane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of accounts (default 250)</source>
        <translation>liczba kont (domyślnie 250)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total engagement events (default 150 per account)</source>
        <translation>łączna liczba zdarzeń zaangażowania (domyślnie 150 na konto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>ziarno losowania (domyślnie 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day of the 18-month history, YYYY-MM-DD (default today)</source>
        <translation>ostatni dzień 18-miesięcznej historii, YYYY-MM-DD (domyślnie dzisiaj)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the workspace&apos;s existing data with the demo</source>
        <translation>zastępuje istniejące dane obszaru roboczego danymi demonstracyjnymi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>abm-health demo: %1</source>
        <translation>abm-health demo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the data of %1 in %2 s.</source>
        <translation>Zastąpiono dane w %1 w %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled %1 in %2 s.</source>
        <translation>Wypełniono %1 w %2 s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be at least 1, not %1</source>
        <translation>musi wynosić co najmniej 1, a nie %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or more, not %1</source>
        <translation>musi wynosić 0 lub więcej, a nie %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a date as YYYY-MM-DD, not %1</source>
        <translation>oczekiwano daty w formacie RRRR-MM-DD, a nie %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo portfolio as of %1 (seed %2): %3.</source>
        <translation>Demonstracyjny portfel na dzień %1 (ziarno %2): %3.</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../desktop/shared/wording/demo_progress.py" line="+14"/>
        <source>drawing account stories</source>
        <translation>losowanie historii kont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generating %1 engagement events</source>
        <translation>generowanie zdarzeń zaangażowania: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generating deals, meetings, NPS, questions and notes</source>
        <translation>generowanie transakcji, spotkań, NPS, pytań i notatek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting the workspace&apos;s existing data</source>
        <translation>usuwanie dotychczasowych danych obszaru roboczego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing rows (%1 of %2)</source>
        <translation>zapisywanie wierszy (%1 z %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/demo.py" line="-24"/>
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konta</numerusform>
            <numerusform>%Ln kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln kampania</numerusform>
            <numerusform>%Ln kampanie</numerusform>
            <numerusform>%Ln kampanii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln zdarzenie</numerusform>
            <numerusform>%Ln zdarzenia</numerusform>
            <numerusform>%Ln zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln spotkanie</numerusform>
            <numerusform>%Ln spotkania</numerusform>
            <numerusform>%Ln spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln szansa sprzedaży</numerusform>
            <numerusform>%Ln szanse sprzedaży</numerusform>
            <numerusform>%Ln szans sprzedaży</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln subscriptions</source>
        <translation>
            <numerusform>%Ln subskrypcja</numerusform>
            <numerusform>%Ln subskrypcje</numerusform>
            <numerusform>%Ln subskrypcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln NPS responses</source>
        <translation>
            <numerusform>%Ln odpowiedź NPS</numerusform>
            <numerusform>%Ln odpowiedzi NPS</numerusform>
            <numerusform>%Ln odpowiedzi NPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln pytanie</numerusform>
            <numerusform>%Ln pytania</numerusform>
            <numerusform>%Ln pytań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln notatka</numerusform>
            <numerusform>%Ln notatki</numerusform>
            <numerusform>%Ln notatek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/demo.py" line="+18"/>
        <source>The workspace %1 already holds data (in %2); choose an empty workspace, or pass --force to replace its data with the demo.</source>
        <translation>Obszar roboczy %1 zawiera już dane (w: %2); wybierz pusty obszar roboczy albo użyj --force, aby zastąpić jego dane danymi demonstracyjnymi.</translation>
    </message>
</context>
<context>
    <name>DriverWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/drivers.py" line="+39"/>
        <source>no scored touch in %n days; last scored touch on %1</source>
        <translation>
            <numerusform>brak punktowanej interakcji w ciągu %n dnia; ostatnia punktowana interakcja %1</numerusform>
            <numerusform>brak punktowanej interakcji w ciągu %n dni; ostatnia punktowana interakcja %1</numerusform>
            <numerusform>brak punktowanej interakcji w ciągu %n dni; ostatnia punktowana interakcja %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no scored touch in %n days</source>
        <translation>
            <numerusform>brak punktowanej interakcji w ciągu %n dnia</numerusform>
            <numerusform>brak punktowanej interakcji w ciągu %n dni</numerusform>
            <numerusform>brak punktowanej interakcji w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>engagement of %1 points from scored touches in %n days against %2 for the top %3% of tier-%4 accounts</source>
        <translation>
            <numerusform>zaangażowanie %1 pkt z punktowanych interakcji w ciągu %n dnia wobec %2 dla najlepszych %3% kont poziomu %4</numerusform>
            <numerusform>zaangażowanie %1 pkt z punktowanych interakcji w ciągu %n dni wobec %2 dla najlepszych %3% kont poziomu %4</numerusform>
            <numerusform>zaangażowanie %1 pkt z punktowanych interakcji w ciągu %n dni wobec %2 dla najlepszych %3% kont poziomu %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>engagement among the top %1% of tier-%2 accounts (%3 points from scored touches in %n days)</source>
        <translation>
            <numerusform>zaangażowanie w gronie najlepszych %1% kont poziomu %2 (%3 pkt z punktowanych interakcji w ciągu %n dnia)</numerusform>
            <numerusform>zaangażowanie w gronie najlepszych %1% kont poziomu %2 (%3 pkt z punktowanych interakcji w ciągu %n dni)</numerusform>
            <numerusform>zaangażowanie w gronie najlepszych %1% kont poziomu %2 (%3 pkt z punktowanych interakcji w ciągu %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no known contacts</source>
        <translation>brak znanych kontaktów</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker among the %n known contact</source>
        <translation>
            <numerusform>brak decydenta wśród %n znanego kontaktu</numerusform>
            <numerusform>brak decydenta wśród %n znanych kontaktów</numerusform>
            <numerusform>brak decydenta wśród %n znanych kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no decision maker among the %n known contacts</source>
        <translation>
            <numerusform>brak decydenta wśród %n znanego kontaktu</numerusform>
            <numerusform>brak decydenta wśród %n znanych kontaktów</numerusform>
            <numerusform>brak decydenta wśród %n znanych kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker with a scored touch in %n days (last scored touch on %1)</source>
        <translation>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dnia (ostatnia punktowana interakcja %1)</numerusform>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dni (ostatnia punktowana interakcja %1)</numerusform>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dni (ostatnia punktowana interakcja %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no decision maker with a scored touch in %n days</source>
        <translation>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dnia</numerusform>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dni</numerusform>
            <numerusform>brak decydenta z punktowaną interakcją w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %1 of %2 known contacts with a scored touch in %n days</source>
        <translation>
            <numerusform>tylko %1 z %2 znanych kontaktów z punktowaną interakcją w ciągu %n dnia</numerusform>
            <numerusform>tylko %1 z %2 znanych kontaktów z punktowaną interakcją w ciągu %n dni</numerusform>
            <numerusform>tylko %1 z %2 znanych kontaktów z punktowaną interakcją w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 decision makers and champions with a scored touch in %n days</source>
        <translation>
            <numerusform>decydenci i orędownicy z punktowaną interakcją w ciągu %n dnia: %1</numerusform>
            <numerusform>decydenci i orędownicy z punktowaną interakcją w ciągu %n dni: %1</numerusform>
            <numerusform>decydenci i orędownicy z punktowaną interakcją w ciągu %n dni: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no form fill, CTA click or meeting in %n days</source>
        <translation>
            <numerusform>brak wypełnienia formularza, kliknięcia CTA i spotkania w ciągu %n dnia</numerusform>
            <numerusform>brak wypełnienia formularza, kliknięcia CTA i spotkania w ciągu %n dni</numerusform>
            <numerusform>brak wypełnienia formularza, kliknięcia CTA i spotkania w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 form fills, CTA clicks and meetings in %n days</source>
        <translation>
            <numerusform>wypełnienia formularzy, kliknięcia CTA i spotkania w ciągu %n dnia: %1</numerusform>
            <numerusform>wypełnienia formularzy, kliknięcia CTA i spotkania w ciągu %n dni: %1</numerusform>
            <numerusform>wypełnienia formularzy, kliknięcia CTA i spotkania w ciągu %n dni: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>points from scored touches in the last %n days down %1% a day on the %2 days before</source>
        <translation>
            <numerusform>punkty z punktowanych interakcji w ostatnim %n dniu niższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
            <numerusform>punkty z punktowanych interakcji w ostatnich %n dniach niższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
            <numerusform>punkty z punktowanych interakcji w ostatnich %n dniach niższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>new scored touches in the last %n days (none in the %1 days before)</source>
        <translation>
            <numerusform>nowe punktowane interakcje w ostatnim %n dniu (brak w poprzednich %1 dniach)</numerusform>
            <numerusform>nowe punktowane interakcje w ostatnich %n dniach (brak w poprzednich %1 dniach)</numerusform>
            <numerusform>nowe punktowane interakcje w ostatnich %n dniach (brak w poprzednich %1 dniach)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>points from scored touches in the last %n days up %1% a day on the %2 days before</source>
        <translation>
            <numerusform>punkty z punktowanych interakcji w ostatnim %n dniu wyższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
            <numerusform>punkty z punktowanych interakcji w ostatnich %n dniach wyższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
            <numerusform>punkty z punktowanych interakcji w ostatnich %n dniach wyższe o %1% dziennie niż w poprzednich %2 dniach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no open opportunity</source>
        <translation>brak otwartej szansy sprzedaży</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open opportunity (no amounts to compare)</source>
        <translation>
            <numerusform>%n otwarta szansa sprzedaży (brak kwot do porównania)</numerusform>
            <numerusform>%n otwarte szanse sprzedaży (brak kwot do porównania)</numerusform>
            <numerusform>%n otwartych szans sprzedaży (brak kwot do porównania)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open opportunities (no amounts to compare)</source>
        <translation>
            <numerusform>%n otwarta szansa sprzedaży (brak kwot do porównania)</numerusform>
            <numerusform>%n otwarte szanse sprzedaży (brak kwot do porównania)</numerusform>
            <numerusform>%n otwartych szans sprzedaży (brak kwot do porównania)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open opportunity worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>%n otwarta szansa sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
            <numerusform>%n otwarte szanse sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
            <numerusform>%n otwartych szans sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open opportunities worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>%n otwarta szansa sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
            <numerusform>%n otwarte szanse sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
            <numerusform>%n otwartych szans sprzedaży o wartości %1 wobec mediany poziomu %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>won an opportunity on %1</source>
        <translation>szansa sprzedaży wygrana %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won &apos;%1&apos; on %2</source>
        <translation>szansa sprzedaży „%1” wygrana %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>churned on %1</source>
        <translation>klient odszedł %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>churned</source>
        <translation>klient odszedł</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>renewal in %n days with no meeting booked</source>
        <translation>
            <numerusform>odnowienie za %n dzień bez umówionego spotkania</numerusform>
            <numerusform>odnowienie za %n dni bez umówionego spotkania</numerusform>
            <numerusform>odnowienie za %n dni bez umówionego spotkania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>renewal in %n days</source>
        <translation>
            <numerusform>odnowienie za %n dzień</numerusform>
            <numerusform>odnowienie za %n dni</numerusform>
            <numerusform>odnowienie za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ARR down %1% in %n days (%2 to %3)</source>
        <translation>
            <numerusform>ARR niższy o %1% w ciągu %n dnia (z %2 do %3)</numerusform>
            <numerusform>ARR niższy o %1% w ciągu %n dni (z %2 do %3)</numerusform>
            <numerusform>ARR niższy o %1% w ciągu %n dni (z %2 do %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active subscription, renewal on %1</source>
        <translation>aktywna subskrypcja, odnowienie %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detractor response on %1 (score %2)</source>
        <translation>odpowiedź krytyka %1 (ocena %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoter response on %1 (score %2)</source>
        <translation>odpowiedź promotora %1 (ocena %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>NPS %1 from %n response</source>
        <translation>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>NPS %1 from %n responses</source>
        <translation>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
            <numerusform>NPS %1 z %n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 questions not answered within %3 h</source>
        <translation>%1 z %2 pytań bez odpowiedzi w ciągu %3 h</translation>
    </message>
</context>
<context>
    <name>EditWords</name>
    <message>
        <location filename="../../desktop/shared/wording/edits.py" line="+16"/>
        <source>A note needs some text; type what happened or what to do next.</source>
        <translation>Notatka musi mieć treść; wpisz, co się wydarzyło albo co trzeba zrobić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note %1 no longer exists; it was deleted elsewhere.</source>
        <translation>Notatka %1 już nie istnieje; została usunięta gdzie indziej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>Notatkę zmienił(a) %1; twoja zmiana nie została zapisana. Notatka została wczytana ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1 at %2; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>Notatkę zmienił(a) %1 o %2; twoja zmiana nie została zapisana. Notatka została wczytana ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>Notatkę zmienił ktoś inny; twoja zmiana nie została zapisana. Notatka została wczytana ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else at %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>Notatkę zmienił ktoś inny o %1; twoja zmiana nie została zapisana. Notatka została wczytana ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>Ustawienia zmienił(a) %1; twoje nie zostały zapisane. Ustawienia zostały wczytane ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1 at %2; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>Ustawienia zmienił(a) %1 o %2; twoje nie zostały zapisane. Ustawienia zostały wczytane ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>Ustawienia zmienił ktoś inny; twoje nie zostały zapisane. Ustawienia zostały wczytane ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else at %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>Ustawienia zmienił ktoś inny o %1; twoje nie zostały zapisane. Ustawienia zostały wczytane ponownie: wprowadź zmianę jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../desktop/import_wizard/state.py" line="+21"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement events</source>
        <translation>Zdarzenia zaangażowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings (calls and demos)</source>
        <translation>Spotkania (rozmowy i prezentacje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (deals)</source>
        <translation>Szanse sprzedaży (transakcje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>Odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (support tickets)</source>
        <translation>Pytania (zgłoszenia do wsparcia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
</context>
<context>
    <name>EventFamilies</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+28"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Witryna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms &amp; CTAs</source>
        <translation>Formularze i CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ads &amp; social</source>
        <translation>Reklamy i media społecznościowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinars</source>
        <translation>Webinary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-109"/>
        <source>Email sent</source>
        <translation>E-mail wysłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>E-mail dostarczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>Otwarcie e-maila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>Kliknięcie w e-mailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>E-mail niedostarczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Rezygnacja z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>Wyświetlenie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>Pobranie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Wizyta w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>Wyświetlenie strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>Wyświetlenie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>Wypełnienie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>Wyświetlenie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>Kliknięcie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>Kliknięcie reklamy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>Zaangażowanie w mediach społecznościowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registration</source>
        <translation>Rejestracja na webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>Udział w webinarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>Wzmianka w mediach</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/export/dialog.py" line="+58"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Skoroszyt Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per sheet</source>
        <translation>Pliki CSV, po jednym na arkusz</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+58"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Account report: health, KPIs, committee, deals, NPS, notes</source>
        <translation>Raport konta: kondycja, KPI, komitet zakupowy, transakcje, NPS, notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio workbook: every account, KPIs, funnel, campaigns</source>
        <translation>Skoroszyt portfela: wszystkie konta, KPI, lejek, kampanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting pack: the dashboard for a period</source>
        <translation>Materiały na spotkanie: pulpit dla wybranego okresu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Non-target accounts too</source>
        <translation>Także konta spoza listy docelowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open when written</source>
        <translation>Otwórz po zapisaniu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to</source>
        <translation>Zapisz w</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Wszystkie poziomy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Wszystkie regiony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>Poziom %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 %2</source>
        <comment>file name: the account&apos;s name, the period&apos;s last day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>file name</comment>
        <translation>konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portfolio %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>portfel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting pack %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>materiały na spotkanie %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exporting %1</source>
        <translation>Eksportowanie: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>Folder %1 nie istnieje; wybierz inne miejsce.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>owner %1</source>
        <translation>opiekun %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tier %1</source>
        <translation>poziom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every account (%Ln accounts)</source>
        <translation>
            <numerusform>Wszystkie konta (%Ln konto)</numerusform>
            <numerusform>Wszystkie konta (%Ln konta)</numerusform>
            <numerusform>Wszystkie konta (%Ln kont)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>Portfel (%Ln konto docelowe)</numerusform>
            <numerusform>Portfel (%Ln konta docelowe)</numerusform>
            <numerusform>Portfel (%Ln kont docelowych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%Ln konto (%1)</numerusform>
            <numerusform>%Ln konta (%1)</numerusform>
            <numerusform>%Ln kont (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%Ln konto docelowe (%1)</numerusform>
            <numerusform>%Ln konta docelowe (%1)</numerusform>
            <numerusform>%Ln kont docelowych (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The workspace is still loading; export when it is ready.</source>
        <translation>Obszar roboczy wciąż się wczytuje; wyeksportuj, gdy będzie gotowy.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Folder for the CSV files</source>
        <translation>Folder na pliki CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as</source>
        <translation>Zapisz raport jako</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period starts after it ends; choose a start on or before the end.</source>
        <translation>Okres zaczyna się po swoim końcu; wybierz początek nie późniejszy niż koniec.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the report.</source>
        <translation>Wybierz, gdzie zapisać raport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account from the list.</source>
        <translation>Wybierz konto z listy.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %1 (%Ln pages).</source>
        <translation>
            <numerusform>Zapisano %1 (%Ln strona).</numerusform>
            <numerusform>Zapisano %1 (%Ln strony).</numerusform>
            <numerusform>Zapisano %1 (%Ln stron).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed; nothing was written.</source>
        <translation>Eksport nie powiódł się; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the report</source>
        <translation>Eksportowanie raportu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Anulowano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <location filename="../../desktop/import_wizard/field_help.py" line="+17"/>
        <source>The CRM&apos;s id; importing again updates the row with this id.</source>
        <translation>Identyfikator w CRM; ponowny import aktualizuje wiersz o tym identyfikatorze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web domain, e.g. acme.com.</source>
        <translation>Domena internetowa, np. acme.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 = strategic (1:1), 2 = a few accounts together (1:few), 3 = many accounts (1:many).</source>
        <translation>1 = strategiczne (1:1), 2 = kilka kont razem (1:kilka), 3 = wiele kont (1:wiele).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent account: its CRM id, name or domain.</source>
        <translation>Konto nadrzędne: jego identyfikator w CRM, nazwa lub domena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO code of the amounts; it must be the workspace currency.</source>
        <translation>Kod ISO waluty kwot; musi to być waluta obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account: its CRM id, name or domain.</source>
        <translation>Konto: jego identyfikator w CRM, nazwa lub domena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name; when it is blank, the e-mail address is used.</source>
        <translation>Imię i nazwisko; gdy pole jest puste, używany jest adres e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the contact became a lead.</source>
        <translation>Kiedy kontakt stał się leadem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact: their CRM id, e-mail address or name.</source>
        <translation>Kontakt: jego identyfikator w CRM, adres e-mail lub imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>A contact (CRM id, e-mail address or name): when the row names no account, it takes the contact&apos;s account. The contact itself is not stored.</source>
        <translation>Kontakt (identyfikator w CRM, adres e-mail lub imię i nazwisko): gdy wiersz nie wskazuje konta, przyjmuje konto tego kontaktu. Sam kontakt nie jest zapisywany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign: its CRM id or name.</source>
        <translation>Kampania: jej identyfikator w CRM lub nazwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the e-mail, content, form, call to action or page.</source>
        <translation>Identyfikator e-maila, treści, formularza, wezwania do działania (CTA) lub strony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage as the CRM writes it.</source>
        <translation>Etap w takiej postaci, w jakiej zapisuje go CRM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank while the subscription is active.</source>
        <translation>Puste, dopóki subskrypcja jest aktywna.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop/import_wizard/field_labels.py" line="+17"/>
        <source>CRM id</source>
        <translation>Identyfikator w CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web domain</source>
        <translation>Domena internetowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset (e-mail, content, form, CTA or page)</source>
        <translation>Zasób (e-mail, treść, formularz, CTA lub strona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal type</source>
        <translation>Rodzaj transakcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage in the CRM</source>
        <translation>Etap w CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>Promocja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (CRM id or name)</source>
        <translation>Konto (identyfikator w CRM lub nazwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact (CRM id or e-mail)</source>
        <translation>Kontakt (identyfikator w CRM lub e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign (CRM id or name)</source>
        <translation>Kampania (identyfikator w CRM lub nazwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent account</source>
        <translation>Konto nadrzędne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>Konto docelowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid campaign</source>
        <translation>Kampania płatna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Liczba pracowników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>Roczny przychód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an MQL on</source>
        <translation>Data kwalifikacji jako MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an SQL on</source>
        <translation>Data kwalifikacji jako SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed on</source>
        <translation>Data rezygnacji z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked on</source>
        <translation>Data umówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>Zaplanowane na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned on</source>
        <translation>Data odejścia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Answered on</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Asked on</source>
        <translation>Data pytania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (seconds)</source>
        <translation>Czas trwania (sekundy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying role</source>
        <translation>Rola zakupowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>Punktacja leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (0–10)</source>
        <translation>Ocena (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+60"/>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Windows Western (cp1252)</source>
        <translation>Windows zachodnioeuropejskie (cp1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows środkowoeuropejskie (cp1250)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>Przecinek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Średnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>Kreska pionowa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or XLSX export from your CRM or marketing-automation tool.</source>
        <translation>Eksport CSV lub XLSX z CRM albo z narzędzia do automatyzacji marketingu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>path/to/export.csv</source>
        <translation>ścieżka/do/eksport.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping file…</source>
        <translation>Plik mapowania…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates are day-first (03/04/2025 is 3 April)</source>
        <translation>Daty zaczynają się od dnia (03/04/2025 to 3 kwietnia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers use a decimal comma (1.234,50)</source>
        <translation>Liczby mają przecinek dziesiętny (1.234,50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>Plik zawiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggest from the file&apos;s headers</source>
        <translation>Zaproponuj na podstawie nagłówków pliku</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an export</source>
        <translation>Wybierz eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Eksporty (*.csv *.txt *.tsv *.xlsx *.xlsm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a mapping</source>
        <translation>Otwórz mapowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappings (*.toml)</source>
        <translation>Mapowania (*.toml)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+19"/>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+36"/>
        <source>Non-target accounts too</source>
        <translation>Także konta spoza listy docelowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard counts the target accounts (the portfolio); tick to add the accounts that are not on the target list.</source>
        <translation>Pulpit uwzględnia konta docelowe (portfel); zaznacz, aby dodać konta spoza listy docelowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts:</source>
        <translation>Konta:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Wszystkie poziomy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier %1</source>
        <translation>Poziom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Wszystkie regiony</translation>
    </message>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="-17"/>
        <source>Search name, owner, industry…   Ctrl+F</source>
        <translation>Szukaj nazwy, opiekuna, branży…   Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · strategic</source>
        <translation>1 · strategiczne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · 1:few</source>
        <translation>2 · 1:kilka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · 1:many</source>
        <translation>3 · 1:wiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>Przedział</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>Zapisane filtry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio is the target accounts; tick to list the others too.</source>
        <translation>Portfel to konta docelowe; zaznacz, aby pokazać także pozostałe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 z %2 kont</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My accounts…</source>
        <translation>Moje konta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier 1 at risk</source>
        <translation>Poziom 1 zagrożone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current filter…</source>
        <translation>Zapisz bieżący filtr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete saved filter</source>
        <translation>Usuń zapisany filtr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My accounts</source>
        <translation>Moje konta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which owner are you? (saved in the workspace)</source>
        <translation>Którym opiekunem jesteś? (zapisywane w obszarze roboczym)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save filter</source>
        <translation>Zapisz filtr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>Nazwa tego filtra:</translation>
    </message>
</context>
<context>
    <name>FrameTableModel</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>Nowa aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Wpływa na</translation>
    </message>
    <message>
        <location filename="../../desktop/account/notes.py" line="+45"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note or next action</source>
        <translation>Notatka lub następne działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../desktop/account/tabs.py" line="-93"/>
        <location line="+14"/>
        <location line="+23"/>
        <location filename="../../desktop/account/timeline.py" line="+41"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>Ostatnia punktowana interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches</source>
        <translation>Punktowane interakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL since</source>
        <translation>MQL od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/account/timeline.py" line="-1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Umówione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>Zaplanowane na</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../desktop/account/timeline.py" line="+2"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunity</source>
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM stage</source>
        <translation>Etap w CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>Promocja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Odejście</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responded</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../desktop/account/timeline.py" line="-3"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../../desktop/commands/health.py" line="+56"/>
        <source>up</source>
        <translation>w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>w dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>bez zmian</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Health as of %1 (model version %2), %Ln accounts; data as of %3</source>
        <translation>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln konto; dane na dzień %3</numerusform>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln konta; dane na dzień %3</numerusform>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln kont; dane na dzień %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health as of %1 (model version %2), %Ln target accounts; data as of %3</source>
        <translation>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln konto docelowe; dane na dzień %3</numerusform>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln konta docelowe; dane na dzień %3</numerusform>
            <numerusform>Kondycja na dzień %1 (wersja modelu %2), %Ln kont docelowych; dane na dzień %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>journey stage and explained health score of every account</source>
        <translation>etap ścieżki zakupowej i objaśniony wynik kondycji każdego konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print each account&apos;s journey stage, health score, band, trend and the drivers behind the score (model: the workspace&apos;s active health model version).</source>
        <translation>Wypisuje dla każdego konta etap ścieżki zakupowej, wynik kondycji, przedział, trend i czynniki stojące za wynikiem (model: aktywna wersja modelu kondycji obszaru roboczego).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score with data up to and including DATE, YYYY-MM-DD (default: the workspace&apos;s data date)</source>
        <translation>oblicza wyniki z danych do dnia DATE włącznie, YYYY-MM-DD (domyślnie: data najnowszych danych obszaru roboczego)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only accounts in this band</source>
        <translation>tylko konta w tym przedziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account, by id:N, ext:ID, domain or (part of a) name: prints its full explanation</source>
        <translation>jedno konto, według id:N, ext:ID, domeny lub (części) nazwy: wypisuje jego pełne objaśnienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --account: what moved the score from DATE (YYYY-MM-DD) to the as-of day, by component and cause</source>
        <translation>z --account: co zmieniło wynik od dnia DATE (YYYY-MM-DD) do dnia stanu, według składnika i przyczyny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --since: compare with model version N instead of the version in use on DATE</source>
        <translation>z --since: porównuje z wersją modelu N zamiast z wersją używaną w dniu DATE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drivers per account (default: the model&apos;s top_drivers, 5)</source>
        <translation>liczba czynników na konto (domyślnie: top_drivers modelu, 5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 is not a date; expected YYYY-MM-DD, e.g. 2026-10-31</source>
        <translation>%1 %2 nie jest datą; oczekiwano RRRR-MM-DD, np. 2026-10-31</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--since needs --account: what moved is told one account at a time</source>
        <translation>--since wymaga --account: zmiany wyniku są opisywane dla jednego konta naraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from-version needs --since DATE</source>
        <translation>--from-version wymaga --since DATA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--since %1 must be before the as-of day %2</source>
        <translation>--since %1 musi być wcześniejsze niż dzień stanu %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>abm-health: the workspace has no accounts (as of that date); import some or run `abm-health demo`.</source>
        <translation>abm-health: obszar roboczy nie ma kont (na ten dzień); zaimportuj je lub uruchom `abm-health demo`.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health health: %1; give id:N, ext:ID, a domain or (part of) a name.</source>
        <translation>abm-health health: %1; podaj id:N, ext:ID, domenę lub (część) nazwy.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data as of %1</source>
        <translation>Dane na dzień %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>band</source>
        <translation>przedział</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90-day likelihood</source>
        <translation>prawdopodobieństwo w 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trend</source>
        <translation>trend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4w</source>
        <translation>4 tyg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top driver</source>
        <translation>główny czynnik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churned</source>
        <translation>utracone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score</source>
        <translation>brak wyniku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>nieskalibrowane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an opportunity is already open</source>
        <translation>szansa sprzedaży jest już otwarta</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (id %2) as of %3, model version %4</source>
        <translation>%1 (id %2) na dzień %3, wersja modelu %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage %1 · score %2 · band %3 · trend %4</source>
        <translation>etap %1 · wynik %2 · przedział %3 · trend %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 in 4 weeks)</source>
        <translation>%1 (%2 w ciągu 4 tygodni)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likelihood %1: %2</source>
        <translation>prawdopodobieństwo %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>likelihood n/a: %1</source>
        <translation>prawdopodobieństwo b.d.: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>component</source>
        <translation>składnik</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share %</source>
        <translation>udział %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>pkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drivers:</source>
        <translation>Czynniki:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buying committee (scored touches in the health window, last scored touch):</source>
        <translation>Komitet zakupowy (punktowane interakcje w oknie kondycji, ostatnia punktowana interakcja):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored touches</source>
        <translation>punktowane interakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last scored touch</source>
        <translation>ostatnia punktowana interakcja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved the score from %1 to %2:</source>
        <translation>Co zmieniło wynik od %1 do %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>wersja modelu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>wersje modelu %1 i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) to %3 (%4), %5 points, %6</source>
        <translation>z %1 (%2) na %3 (%4), %5 pkt, %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>total</source>
        <translation>razem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New activity:</source>
        <translation>Nowa aktywność:</translation>
    </message>
</context>
<context>
    <name>HealthModelEditor</name>
    <message>
        <location filename="../../desktop/settings/health.py" line="+144"/>
        <source>Customers: healthy from</source>
        <translation>Klienci: Zdrowe od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch from</source>
        <translation>Do obserwacji od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: at risk)</source>
        <translation>(poniżej: Zagrożone)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prospects: hot from</source>
        <translation>Potencjalni klienci: Gorące od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm from</source>
        <translation>Ciepłe od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: cold)</source>
        <translation>(poniżej: Zimne)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backtest starts when this page opens.</source>
        <translation>Test wsteczny rusza po otwarciu tej strony.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backtest on this workspace&apos;s history</source>
        <translation>Test wsteczny na historii tego obszaru roboczego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Is the likelihood right? Predicted against observed</source>
        <translation>Czy prawdopodobieństwo jest trafne? Przewidywane a zaobserwowane</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Scoring every account at each month end…</source>
        <translation>Obliczanie wyniku każdego konta na koniec każdego miesiąca…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scores at each of %1 month ends compared with the next %2 days: customers churned or not, prospects opened an opportunity or not.</source>
        <translation>Wyniki na koniec każdego z %1 miesięcy porównane z kolejnymi %2 dniami: czy klienci odeszli, czy potencjalni klienci otworzyli szansę sprzedaży.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backtest could not run: %1</source>
        <translation>Nie udało się uruchomić testu wstecznego: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>saved model: %1</source>
        <translation>zapisany model: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Preparing the backtest</source>
        <translation>Przygotowywanie testu wstecznego</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>calibrated on %1 observations</source>
        <translation>skalibrowane na %1 obserwacjach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>Prawdopodobieństwo odejścia klientów: do jego sprawdzenia potrzeba co najmniej dwóch końców miesiąca; %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>Prawdopodobieństwo szansy sprzedaży u potencjalnych klientów: do jego sprawdzenia potrzeba co najmniej dwóch końców miesiąca; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>Prawdopodobieństwo odejścia klientów: Brier %1 wobec %2 dla samej stopy bazowej (mniej znaczy lepiej); %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>Prawdopodobieństwo szansy sprzedaży u potencjalnych klientów: Brier %1 wobec %2 dla samej stopy bazowej (mniej znaczy lepiej); %3.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>What-if backtest</source>
        <translation>Symulacja: test wsteczny</translation>
    </message>
</context>
<context>
    <name>HealthModelErrorWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/health_model.py" line="+65"/>
        <source>%1: unknown setting(s) %2; expected some of %3.</source>
        <translation>
            <numerusform>%1: nieznane ustawienie %2; oczekiwano niektórych z: %3.</numerusform>
            <numerusform>%1: nieznane ustawienia %2; oczekiwano niektórych z: %3.</numerusform>
            <numerusform>%1: nieznane ustawienia %2; oczekiwano niektórych z: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: unknown component(s) %2 in weights; expected some of %3.</source>
        <translation>
            <numerusform>%1: nieznany składnik %2 w weights; oczekiwano niektórych z: %3.</numerusform>
            <numerusform>%1: nieznane składniki %2 w weights; oczekiwano niektórych z: %3.</numerusform>
            <numerusform>%1: nieznane składniki %2 w weights; oczekiwano niektórych z: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthModelErrors</name>
    <message>
        <location line="-49"/>
        <source>the model</source>
        <translation>model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1</source>
        <translation>plik wag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health model version %1</source>
        <translation>model kondycji w wersji %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the weights add up to 0; give at least one a weight.</source>
        <translation>%1: wagi sumują się do 0; nadaj wagę co najmniej jednemu składnikowi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: band thresholds watch_min = %2 and healthy_min = %3; expected 0 &lt;= watch_min &lt; healthy_min &lt;= 100.</source>
        <translation>%1: progi przedziałów watch_min = %2 i healthy_min = %3; oczekiwano 0 &lt;= watch_min &lt; healthy_min &lt;= 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: band thresholds warm_min = %2 and hot_min = %3; expected 0 &lt;= warm_min &lt; hot_min &lt;= 100.</source>
        <translation>%1: progi przedziałów warm_min = %2 i hot_min = %3; oczekiwano 0 &lt;= warm_min &lt; hot_min &lt;= 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: engagement_percentile = %2; expected (0, 1].</source>
        <translation>%1: engagement_percentile = %2; oczekiwano wartości z przedziału (0, 1].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nps_share = %2; expected [0, 1].</source>
        <translation>%1: nps_share = %2; oczekiwano wartości z przedziału [0, 1].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a positive number of days.</source>
        <translation>%1: %2 musi być dodatnią liczbą dni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: recent_days = %2 must be shorter than window_days = %3.</source>
        <translation>%1: recent_days = %2 musi być krótsze niż window_days = %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 = %3 is not a number; expected e.g. %4.</source>
        <translation>%1: %2 = %3 nie jest liczbą; oczekiwano np. %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weights must be a table of component = number.</source>
        <translation>%1: weights musi być tabelą składnik = liczba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: weight of %2 = %3 is not a number.</source>
        <translation>%1: waga składnika %2 = %3 nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weight of %2 = %3; expected &gt;= 0.</source>
        <translation>%1: waga składnika %2 = %3; oczekiwano &gt;= 0.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../desktop/commands/import_cmd.py" line="+52"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>importuje eksport CSV lub XLSX (konta, kontakty, zdarzenia, transakcje, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV or XLSX export into the workspace in one transaction. Canonical headers are the field names `abm-health template ENTITY` writes; other layouts need --preset or --mapping.</source>
        <translation>Importuje eksport CSV lub XLSX do obszaru roboczego w jednej operacji (wszystko albo nic). Nagłówki kanoniczne to nazwy pól zapisywane przez `abm-health template ENTITY`; inne układy wymagają --preset lub --mapping.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the file holds: %1</source>
        <translation>co zawiera plik: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV or XLSX file</source>
        <translation>plik CSV lub XLSX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a built-in mapping, e.g. hubspot or salesforce</source>
        <translation>wbudowany profil mapowania, np. hubspot lub salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping file (TOML)</source>
        <translation>plik mapowania (TOML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check everything and report, write nothing</source>
        <translation>sprawdza wszystko i raportuje, niczego nie zapisuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any row is rejected</source>
        <translation>nie zapisuje niczego, jeśli jakikolwiek wiersz zostanie odrzucony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write rejected rows here as CSV, with a reason column (a new file; see --force)</source>
        <translation>zapisuje tu odrzucone wiersze jako CSV, z kolumną powodu (nowy plik; zob. --force)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let --rejects replace an existing file (never the workspace or an input)</source>
        <translation>pozwala --rejects zastąpić istniejący plik (nigdy obszar roboczy ani plik wejściowy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file encoding: utf-8, utf-16, cp1252, cp1250 (default: detected)</source>
        <translation>kodowanie pliku: utf-8, utf-16, cp1252, cp1250 (domyślnie: wykrywane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field delimiter: , ; tab | (default: sniffed)</source>
        <translation>separator pól: , ; tab | (domyślnie: rozpoznawany automatycznie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 03/04/2025 as 3 April</source>
        <translation>odczytuje 03/04/2025 jako 3 kwietnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 1.234,50 and 1234,5 with a decimal comma</source>
        <translation>odczytuje 1.234,50 i 1234,5 z przecinkiem dziesiętnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strptime format of the date columns, e.g. %%d.%%m.%%Y</source>
        <translation>format strptime kolumn z datami, np. %%d.%%m.%%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX sheet (default: the first)</source>
        <translation>arkusz XLSX (domyślnie: pierwszy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a shared workspace, refuse at once (naming who imports what) instead of waiting while another import runs</source>
        <translation>we wspólnym obszarze roboczym odmawia od razu (podając, kto co importuje), zamiast czekać, aż skończy się inny import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 nie istnieje lub nie jest plikiem</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the mapping is for %1, not %2</source>
        <translation>mapowanie dotyczy %1, nie %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>abm-health import: %1</source>
        <translation>abm-health import: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading</source>
        <translation>odczyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>kontrola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matching</source>
        <translation>dopasowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>zapis</translation>
    </message>
</context>
<context>
    <name>ImportFolderCommand</name>
    <message>
        <location filename="../../desktop/commands/import_folder.py" line="+33"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>importuje cały folder eksportu z CRM (Zoho, HubSpot ...) w kolejności zależności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every file of an export folder that the preset reads: accounts first, then contacts, campaigns, deals and activities, one batch per file, in one transaction.</source>
        <translation>Importuje każdy plik folderu eksportu, który odczytuje profil: najpierw konta, potem kontakty, kampanie, transakcje i aktywności, jedna partia na plik, w jednej operacji (wszystko albo nic).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export folder</source>
        <translation>folder eksportu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CRM the export comes from: zoho, hubspot or salesforce</source>
        <translation>CRM, z którego pochodzi eksport: zoho, hubspot lub salesforce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping for files the preset doesn&apos;t read (its files = [...] patterns say which); may be repeated, and is tried before the preset</source>
        <translation>mapowanie dla plików, których profil nie odczytuje (wskazują je jego wzorce files = [...]); można podać wielokrotnie; jest sprawdzane przed profilem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check every file and report, write nothing</source>
        <translation>sprawdza każdy plik i raportuje, niczego nie zapisuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any file fails or any row is rejected</source>
        <translation>nie zapisuje niczego, jeśli import jakiegokolwiek pliku się nie powiedzie lub jakikolwiek wiersz zostanie odrzucony</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1 nie istnieje lub nie jest folderem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the export&apos;s CRM with --preset NAME (zoho, hubspot, salesforce), or give --mapping FILE.toml</source>
        <translation>wskaż CRM, z którego pochodzi eksport, opcją --preset NAZWA (zoho, hubspot, salesforce) albo podaj --mapping PLIK.toml</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>abm-health import-folder: %1</source>
        <translation>abm-health import-folder: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/history.py" line="+59"/>
        <location line="+32"/>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Rodzaj danych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Odczytano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inserted</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo this import…</source>
        <translation>Cofnij ten import…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No imports yet.</source>
        <translation>Brak importów.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Undo batch %1 (%2)? It removes the %3 row(s) it added and restores the %4 row(s) it updated.</source>
        <translation>Cofnąć partię %1 (%2)? Zostaną usunięte dodane przez nią wiersze (%3) i przywrócone zaktualizowane wiersze (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing batch %1…</source>
        <translation>Cofanie partii %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batch %1 undone: %2 row(s) removed, %3 restored.</source>
        <translation>Partia %1 cofnięta: usunięte wiersze: %2, przywrócone: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The undo failed</source>
        <translation>Cofnięcie nie powiodło się</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/import_problems.py" line="+144"/>
        <source>%Ln accounts match and nothing stored tells them apart: use the external id</source>
        <translation>
            <numerusform>%Ln konto pasuje i nic w zapisanych danych ich nie odróżnia: użyj identyfikatora zewnętrznego</numerusform>
            <numerusform>%Ln konta pasują i nic w zapisanych danych ich nie odróżnia: użyj identyfikatora zewnętrznego</numerusform>
            <numerusform>%Ln kont pasuje i nic w zapisanych danych ich nie odróżnia: użyj identyfikatora zewnętrznego</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts match; they differ in %1: add a column for it with match = [%2], or use the external id</source>
        <translation>
            <numerusform>%Ln konto pasuje; różnią się polem %1: dodaj dla niego kolumnę z match = [%2] albo użyj identyfikatora zewnętrznego</numerusform>
            <numerusform>%Ln konta pasują; różnią się polem %1: dodaj dla niego kolumnę z match = [%2] albo użyj identyfikatora zewnętrznego</numerusform>
            <numerusform>%Ln kont pasuje; różnią się polem %1: dodaj dla niego kolumnę z match = [%2] albo użyj identyfikatora zewnętrznego</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %Ln %2 value(s) on more than one row (such as %3); rows naming them find nothing there.</source>
        <translation>
            <numerusform>%1 ma %Ln wartość %2 w więcej niż jednym wierszu (np. %3); wiersze, które ją wskazują, nic tam nie znajdują.</numerusform>
            <numerusform>%1 ma %Ln wartości %2 w więcej niż jednym wierszu (np. %3); wiersze, które je wskazują, nic tam nie znajdują.</numerusform>
            <numerusform>%1 ma %Ln wartości %2 w więcej niż jednym wierszu (np. %3); wiersze, które je wskazują, nic tam nie znajdują.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read day-first for every row: %Ln value(s) such as %2 can only be day-first, so 01-02-2018 is 1 February. Give --day-first (or day_first = true in the mapping) to say so.</source>
        <translation>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z dniem na początku: %Ln wartość, np. %2, może mieć dzień tylko na początku, więc 01-02-2018 to 1 lutego. Podaj --day-first (lub day_first = true w mapowaniu), aby to potwierdzić.</numerusform>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z dniem na początku: %Ln wartości, np. %2, mogą mieć dzień tylko na początku, więc 01-02-2018 to 1 lutego. Podaj --day-first (lub day_first = true w mapowaniu), aby to potwierdzić.</numerusform>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z dniem na początku: %Ln wartości, np. %2, może mieć dzień tylko na początku, więc 01-02-2018 to 1 lutego. Podaj --day-first (lub day_first = true w mapowaniu), aby to potwierdzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes day-first dates (such as %2) and month-first dates (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>kolumna %1 miesza daty z dniem na początku (np. %2) i z miesiącem na początku (np. %3); odrzucono %Ln wartość, która może oznaczać jedno albo drugie.</numerusform>
            <numerusform>kolumna %1 miesza daty z dniem na początku (np. %2) i z miesiącem na początku (np. %3); odrzucono %Ln wartości, które mogą oznaczać jedno albo drugie.</numerusform>
            <numerusform>kolumna %1 miesza daty z dniem na początku (np. %2) i z miesiącem na początku (np. %3); odrzucono %Ln wartości, które mogą oznaczać jedno albo drugie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read with decimal commas for every row: %Ln value(s) such as %2 can only have a decimal comma, so 1,234 is one and a bit. Give --decimal-comma (or decimal_comma = true in the mapping) to say so.</source>
        <translation>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z przecinkiem dziesiętnym: %Ln wartość, np. %2, może mieć tylko przecinek dziesiętny, więc 1,234 to nieco ponad jeden. Podaj --decimal-comma (lub decimal_comma = true w mapowaniu), aby to potwierdzić.</numerusform>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z przecinkiem dziesiętnym: %Ln wartości, np. %2, mogą mieć tylko przecinek dziesiętny, więc 1,234 to nieco ponad jeden. Podaj --decimal-comma (lub decimal_comma = true w mapowaniu), aby to potwierdzić.</numerusform>
            <numerusform>kolumna %1 jest odczytywana w każdym wierszu z przecinkiem dziesiętnym: %Ln wartości, np. %2, może mieć tylko przecinek dziesiętny, więc 1,234 to nieco ponad jeden. Podaj --decimal-comma (lub decimal_comma = true w mapowaniu), aby to potwierdzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes decimal commas (such as %2) and decimal points (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>kolumna %1 miesza przecinki dziesiętne (np. %2) i kropki dziesiętne (np. %3); odrzucono %Ln wartość, która może oznaczać jedno albo drugie.</numerusform>
            <numerusform>kolumna %1 miesza przecinki dziesiętne (np. %2) i kropki dziesiętne (np. %3); odrzucono %Ln wartości, które mogą oznaczać jedno albo drugie.</numerusform>
            <numerusform>kolumna %1 miesza przecinki dziesiętne (np. %2) i kropki dziesiętne (np. %3); odrzucono %Ln wartości, które mogą oznaczać jedno albo drugie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+16"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All valid rows are written in one transaction.</source>
        <translation>Wszystkie poprawne wiersze są zapisywane naraz, w jednej operacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary &gt;</source>
        <translation>Podsumowanie &gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was written: %1 row(s) failed and the import is strict.</source>
        <translation>Nic nie zostało zapisane: błędne wiersze: %1, a import jest w trybie ścisłym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 added, %2 updated, %3 rejected.</source>
        <translation>Gotowe: dodano %1, zaktualizowano %2, odrzucono %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Anulowano: nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-141"/>
        <source>one of %1</source>
        <translation>jedna z wartości: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many)</source>
        <translation>poziom: 1, 2 lub 3 (albo 1:1, 1:few, 1:many)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from 0 to 10</source>
        <translation>liczba całkowita od 0 do 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no, true/false or 1/0</source>
        <translation>tak/nie, true/false lub 1/0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 0 or more</source>
        <translation>liczba całkowita nie mniejsza niż 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of 0 or more</source>
        <translation>liczba nie mniejsza niż 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount of 0 or more</source>
        <translation>kwota nie mniejsza niż 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date and time like 2024-10-27 14:30 (or a --date-format)</source>
        <translation>data i godzina, np. 2024-10-27 14:30 (albo --date-format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date like 2024-10-27 (or a --date-format)</source>
        <translation>data, np. 2024-10-27 (albo --date-format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a currency code like USD</source>
        <translation>kod waluty, np. USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date in the format %1</source>
        <translation>data w formacie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; this column looks day-first: use --day-first</source>
        <translation>%1; ta kolumna wygląda na daty z dniem na początku: użyj --day-first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to %2)</source>
        <translation>%1 (mapowanie przetłumaczyło ją na %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to (blank))</source>
        <translation>%1 (mapowanie przetłumaczyło ją na pustą)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of at most %1 characters (check the file&apos;s quoting)</source>
        <translation>tekst o długości co najwyżej %1 znaków (sprawdź cudzysłowy w pliku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number no larger than %1 (this one is a typo or another column)</source>
        <translation>liczba całkowita nie większa niż %1 (ta to literówka albo inna kolumna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount no larger than %1 (this one is a typo or another column)</source>
        <translation>kwota nie większa niż %1 (ta to literówka albo inna kolumna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number no larger than %1 (this one is a typo or another column)</source>
        <translation>liczba nie większa niż %1 (ta to literówka albo inna kolumna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount in %1, the workspace currency (convert it, or import into a workspace kept in that currency)</source>
        <translation>kwota w %1, walucie obszaru roboczego (przelicz ją albo importuj do obszaru roboczego prowadzonego w tej walucie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the workspace currency (convert the amounts, or import into a workspace kept in that currency)</source>
        <translation>%1, waluta obszaru roboczego (przelicz kwoty albo importuj do obszaru roboczego prowadzonego w tej walucie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (%1 is required)</source>
        <translation>wartość (pole %1 jest wymagane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (account is required, or a contact whose account is taken)</source>
        <translation>wartość (konto jest wymagane albo kontakt, od którego zostanie przejęte konto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date on or after %1</source>
        <translation>data nie wcześniejsza niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous date: this column holds both day-first dates (%1) and month-first dates (%2), so this one could be either; write it as YYYY-MM-DD</source>
        <translation>jednoznaczna data: ta kolumna zawiera daty z dniem na początku (%1) i z miesiącem na początku (%2), więc ta może oznaczać jedno albo drugie; zapisz ją jako RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous number: this column holds both decimal commas (%1) and decimal points (%2), so this one could be either</source>
        <translation>jednoznaczna liczba: ta kolumna zawiera przecinki dziesiętne (%1) i kropki dziesiętne (%2), więc ta może oznaczać jedno albo drugie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one stored record; several match — add an external_id column</source>
        <translation>jeden zapisany rekord; pasuje kilka — dodaj kolumnę external_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only</source>
        <translation>każdy identyfikator zewnętrzny tylko w jednym wierszu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only (this one is on rows %1)</source>
        <translation>każdy identyfikator zewnętrzny tylko w jednym wierszu (ten jest w wierszach %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for</source>
        <translation>rekord, którego nie reprezentuje żaden wcześniejszy wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (it is the same stored record as row %1)</source>
        <translation>rekord, którego nie reprezentuje żaden wcześniejszy wiersz (to ten sam zapisany rekord co w wierszu %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (same %1 as row %2)</source>
        <translation>rekord, którego nie reprezentuje żaden wcześniejszy wiersz (to samo %1 co w wierszu %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent account that is imported (its own row was rejected)</source>
        <translation>konto nadrzędne, które zostanie zaimportowane (jego własny wiersz został odrzucony)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account&apos;s external id, name or domain</source>
        <translation>zewnętrzny identyfikator, nazwa lub domena konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account matching %1</source>
        <translation>konto pasujące według pól %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact&apos;s external id, email or name (of this row&apos;s account)</source>
        <translation>zewnętrzny identyfikator, e-mail lub imię i nazwisko kontaktu (konta z tego wiersza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a campaign&apos;s external id or name</source>
        <translation>zewnętrzny identyfikator lub nazwa kampanii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no account matches</source>
        <translation>%1: żadne konto nie pasuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no contact matches</source>
        <translation>%1: żaden kontakt nie pasuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no campaign matches</source>
        <translation>%1: żadna kampania nie pasuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several accounts match</source>
        <translation>%1: pasuje kilka kont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several contacts match</source>
        <translation>%1: pasuje kilka kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several campaigns match</source>
        <translation>%1: pasuje kilka kampanii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the external id</source>
        <translation>użyj identyfikatora zewnętrznego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1; presets: %2.</source>
        <translation>Nie ma profilu %1; dostępne profile: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a preset (--preset NAME) or mapping files (--mapping FILE.toml) for the folder.</source>
        <translation>Dla folderu podaj profil (--preset NAZWA) albo pliki mapowania (--mapping PLIK.toml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as %3, or headers matching a mapping&apos;s columns).</source>
        <translation>Żaden plik w %1 nie jest plikiem czytanym przez %2 (nazwy takie jak %3 albo nagłówki zgodne z kolumnami mapowania).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as none given, or headers matching a mapping&apos;s columns).</source>
        <translation>Żaden plik w %1 nie jest plikiem czytanym przez %2 (nie podano wzorców nazw ani nagłówki nie są zgodne z kolumnami mapowania).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter must be one character in quotes, not %1</source>
        <translation>separator musi być jednym znakiem w cudzysłowie, a nie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter %1 is not one separating character; use , ; | or tab</source>
        <translation>separator %1 nie jest jednym znakiem rozdzielającym; użyj , ; | lub tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format must be a strptime format in quotes such as &quot;%d.%m.%Y&quot;, not %1</source>
        <translation>format daty musi być formatem strptime w cudzysłowie, np. &quot;%d.%m.%Y&quot;, a nie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 has no % directive; e.g. %d.%m.%Y</source>
        <translation>format daty %1 nie zawiera dyrektywy %; np. %d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 is not a strptime format (%2); e.g. %d.%m.%Y</source>
        <translation>format daty %1 nie jest formatem strptime (%2); np. %d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoding must be a name in quotes such as &quot;cp1250&quot;, not %1</source>
        <translation>kodowanie musi być nazwą w cudzysłowie, np. &quot;cp1250&quot;, a nie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250</source>
        <translation>%1 nie jest kodowaniem znanym abm-health; użyj utf-8, utf-16, cp1252 lub cp1250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation>Nie można odczytać pliku mapowania %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping file %1 is not UTF-8 (byte 0x%2 on line %3); save it as UTF-8.</source>
        <translation>Plik mapowania %1 nie jest w UTF-8 (bajt 0x%2 w wierszu %3); zapisz go jako UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid TOML: %2.</source>
        <translation>%1 nie jest poprawnym plikiem TOML: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown key(s) %2; expected %3.</source>
        <translation>%1: nieznane klucze %2; oczekiwano: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: entity = %2; expected one of %3.</source>
        <translation>%1: entity = %2; oczekiwano jednej z wartości: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] is not a field of %3; expected one of %4.</source>
        <translation>%1: [fields.%2] nie jest polem %3; oczekiwano jednego z pól: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] match is for account references (account, parent) only.</source>
        <translation>%1: match w [fields.%2] dotyczy tylko odwołań do kont (account, parent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; presets for %2: %3.</source>
        <translation>Nie ma profilu %1 dla %2; profile dla %2: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; no presets exist for %2.</source>
        <translation>Nie ma profilu %1 dla %2; dla %2 nie ma żadnych profili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact of this row&apos;s account</source>
        <translation>kontakt konta z tego wiersza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mixes encodings: line %2 is UTF-8 (%3) but line %4 is not (byte 0x%5), so line %6 disagrees with line %7. Save the file again in one encoding (UTF-8) and import that.</source>
        <translation>%1 miesza kodowania: wiersz %2 jest w UTF-8 (%3), a wiersz %4 nie (bajt 0x%5), więc wiersz %6 nie zgadza się z wierszem %7. Zapisz plik ponownie w jednym kodowaniu (UTF-8) i zaimportuj go.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 nie istnieje lub nie jest plikiem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2; check that you may open it.</source>
        <translation>Nie można odczytać %1: %2; sprawdź, czy masz prawo go otworzyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 jest pusty: oczekiwano wiersza nagłówka i wierszy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>%1 to stary skoroszyt Excela (.xls); zapisz go jako .xlsx lub CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a header row (%2) but no data rows.</source>
        <translation>%1 ma wiersz nagłówka (%2), ale nie ma wierszy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads as UTF-8, but --encoding %2 was given: accented letters may come out garbled.</source>
        <translation>%1 odczytuje się jako UTF-8, ale podano --encoding %2: litery ze znakami diakrytycznymi mogą zostać zniekształcone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a well-formed CSV with delimiter %2: %3. Check the quoting, or give --delimiter.</source>
        <translation>%1 nie jest poprawnym plikiem CSV z separatorem %2: %3. Sprawdź cudzysłowy albo podaj --delimiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250.</source>
        <translation>%1 nie jest kodowaniem znanym abm-health; użyj utf-8, utf-16, cp1252 lub cp1250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid %2: byte 0x%3 on line %4 cannot be read. The file looks like %5; try --encoding %5.</source>
        <translation>%1 nie jest poprawnym plikiem w kodowaniu %2: nie można odczytać bajtu 0x%3 w wierszu %4. Plik wygląda na %5; spróbuj --encoding %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains NUL bytes when read as %2; it looks like UTF-16: try --encoding utf-16.</source>
        <translation>%1 zawiera bajty NUL przy odczycie jako %2; wygląda na UTF-16: spróbuj --encoding utf-16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a readable XLSX workbook: %2.</source>
        <translation>%1 nie jest czytelnym skoroszytem XLSX: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no sheet %2; its sheets are: %3.</source>
        <translation>%1 nie ma arkusza %2; jego arkusze to: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 does not exist.</source>
        <translation>Plik wyszukiwania %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in the current folder; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>Pliku wyszukiwania %1 nie ma w bieżącym folderze; podaj jego ścieżkę w tabeli [lookups] mapowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in %2; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>Pliku wyszukiwania %1 nie ma w %2; podaj jego ścieżkę w tabeli [lookups] mapowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 has no column %2; its columns are %3.</source>
        <translation>Plik wyszukiwania %1 nie ma kolumny %2; jego kolumny to %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[lookups.%1] joins on the column %2, which the imported file does not have; name it with column = &quot;...&quot;.</source>
        <translation>[lookups.%1] łączy według kolumny %2, której importowany plik nie ma; wskaż ją przez column = &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has two columns for the same field: column %2 (%3) and column %4 (%5). Rename or delete one, or name the one to use in a mapping (--mapping).</source>
        <translation>%1 ma dwie kolumny dla tego samego pola: kolumnę %2 (%3) i kolumnę %4 (%5). Zmień nazwę jednej z nich lub ją usuń albo wskaż w mapowaniu (--mapping), której użyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses the file while any row fails</source>
        <translation>--strict odrzuca plik, dopóki którykolwiek wiersz jest błędny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses a column whose day/month order or decimal separator had to be judged; state it with --day-first or --decimal-comma (or in the mapping)</source>
        <translation>--strict odrzuca kolumnę, której kolejność dnia i miesiąca lub separator dziesiętny trzeba było ocenić; określ je przez --day-first lub --decimal-comma (albo w mapowaniu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: it appeared while importing.</source>
        <translation>plik odrzuconych wierszy %1 nie został zapisany: pojawił się podczas importu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: %2.</source>
        <translation>plik odrzuconych wierszy %1 nie został zapisany: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import został anulowany; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another session wrote the same records while this import ran, so nothing was written; run the import again (it will update what the other one inserted).</source>
        <translation>Inna sesja zapisała te same rekordy w trakcie tego importu, więc nic nie zapisano; uruchom import ponownie (zaktualizuje to, co wstawiła tamta sesja).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the account&apos;s external id, name or domain</source>
        <translation>zewnętrzny identyfikator, nazwa lub domena konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contact&apos;s external id, email or name</source>
        <translation>zewnętrzny identyfikator, e-mail lub imię i nazwisko kontaktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact&apos;s external id, email or name: the row takes its account when it names none (not stored)</source>
        <translation>zewnętrzny identyfikator, e-mail lub imię i nazwisko kontaktu: wiersz przejmuje jego konto, jeśli nie wskazuje żadnego (kontakt nie jest zapisywany)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s external id or name</source>
        <translation>zewnętrzny identyfikator lub nazwa kampanii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parent account (external id, name or domain)</source>
        <translation>konto nadrzędne (zewnętrzny identyfikator, nazwa lub domena)</translation>
    </message>
</context>
<context>
    <name>ImportStages</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+40"/>
        <source>Reading the file</source>
        <translation>Odczytywanie pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every cell</source>
        <translation>Sprawdzanie każdej komórki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching references and existing records</source>
        <translation>Dopasowywanie odwołań i istniejących rekordów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Zapisywanie</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/import_wizard/history.py" line="-131"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>zakończony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>cofnięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nieudany</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-59"/>
        <source>accounts</source>
        <translation>konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaigns</source>
        <translation>kampanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>zdarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities</source>
        <translation>szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscriptions</source>
        <translation>subskrypcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nps</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nps_responses</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/import_summary.py" line="+28"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipe</source>
        <translation>kreska pionowa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored column(s): %1.</source>
        <translation>Pominięte kolumny: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would insert %1, would update %2, unchanged %3, rejected %4.</source>
        <translation>Do wstawienia: %1, do aktualizacji: %2, bez zmian: %3, odrzucone: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation>Wstawione: %1, zaktualizowane: %2, bez zmian: %3, odrzucone: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) named a contact but no account and took the contact&apos;s account.</source>
        <translation>
            <numerusform>%Ln wiersz wskazywał kontakt bez konta i przejął konto tego kontaktu.</numerusform>
            <numerusform>%Ln wiersze wskazywały kontakt bez konta i przejęły konto tego kontaktu.</numerusform>
            <numerusform>%Ln wierszy wskazywało kontakt bez konta i przejęło konto tego kontaktu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: %1.</source>
        <translation>Nic nie zapisano: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Dry run: nothing was written.</source>
        <translation>Próba na sucho: nic nie zapisano.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Recorded as batch %1 (`abm-health undo %1` reverts it).</source>
        <translation>Zapisano jako partię %1 (`abm-health undo %1` ją cofa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows written to %1 (with a reason column).</source>
        <translation>Odrzucone wiersze zapisano w %1 (z kolumną powodu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>encoding %1</source>
        <translation>kodowanie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delimiter %1</source>
        <translation>separator: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet %1</source>
        <translation>arkusz %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read %Ln %1 row(s) from %2 (%3).</source>
        <translation>
            <numerusform>Odczytano %Ln wiersz (%1) z %2 (%3).</numerusform>
            <numerusform>Odczytano %Ln wiersze (%1) z %2 (%3).</numerusform>
            <numerusform>Odczytano %Ln wierszy (%1) z %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %Ln %1 row(s) from %2.</source>
        <translation>
            <numerusform>Odczytano %Ln wiersz (%1) z %2.</numerusform>
            <numerusform>Odczytano %Ln wiersze (%1) z %2.</numerusform>
            <numerusform>Odczytano %Ln wierszy (%1) z %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 problem(s) on %2 row(s):</source>
        <translation>Problemy (%1) w wierszach (%2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>First %n problem(s):</source>
        <translation>
            <numerusform>Pierwszy problem (%n):</numerusform>
            <numerusform>Pierwsze problemy (%n):</numerusform>
            <numerusform>Pierwsze problemy (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 (record %2), column %3, value %4: expected %5</source>
        <translation>wiersz %1 (rekord %2), kolumna %3, wartość %4: oczekiwano: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column %2, value %3: expected %4</source>
        <translation>wiersz %1, kolumna %2, wartość %3: oczekiwano: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>... and %Ln more (see the rejects file).</source>
        <translation>
            <numerusform>... i jeszcze %Ln (zob. plik odrzuconych wierszy).</numerusform>
            <numerusform>... i jeszcze %Ln (zob. plik odrzuconych wierszy).</numerusform>
            <numerusform>... i jeszcze %Ln (zob. plik odrzuconych wierszy).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>== %1 (%2)</source>
        <translation>== %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1</source>
        <translation>Nie zaimportowano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read (no %1 preset names them): %2.</source>
        <translation>Nie odczytano (nie wskazuje ich żaden profil %1): %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder %1: %2 file(s) read, %3 failed; inserted %4, updated %5, rejected %6.</source>
        <translation>Folder %1: odczytane pliki: %2, nieudane: %3; wstawione: %4, zaktualizowane: %5, odrzucone: %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder %1: %2 file(s) read, %3 failed; would insert %4, updated %5, rejected %6.</source>
        <translation>Folder %1: odczytane pliki: %2, nieudane: %3; do wstawienia: %4, do aktualizacji: %5, odrzucone: %6.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln activity row(s) took their account from their contact.</source>
        <translation>
            <numerusform>%Ln wiersz aktywności przejął konto od swojego kontaktu.</numerusform>
            <numerusform>%Ln wiersze aktywności przejęły konto od swoich kontaktów.</numerusform>
            <numerusform>%Ln wierszy aktywności przejęło konto od swoich kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was written: --strict refuses the folder while any file fails or any row is rejected.</source>
        <translation>Nic nie zapisano: --strict odrzuca folder, dopóki którykolwiek plik jest błędny lub którykolwiek wiersz zostaje odrzucony.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as batch(es) %1 (undo them last first with `abm-health undo BATCH`).</source>
        <translation>Zapisano jako partie %1 (cofaj je od ostatniej przez `abm-health undo PARTIA`).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(blank)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+52"/>
        <location line="+31"/>
        <source>Import a CRM export</source>
        <translation>Import eksportu z CRM</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+191"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: %1</source>
        <translation>Zatrzymaj: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 did not finish</source>
        <translation>%1: nie ukończono</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cancelled</source>
        <translation>%1: anulowano</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/dashboard/tile.py" line="+27"/>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
</context>
<context>
    <name>KpisCommand</name>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+82"/>
        <source>--from %1 is after --to %2; the period must not be empty</source>
        <translation>--from %1 jest po --to %2; okres nie może być pusty</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1</source>
        <translation>opiekun %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1</source>
        <translation>poziom %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>wypisuje wszystkie KPI dla okresu, z poprzednim okresem i zmianą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every metric of the catalog for a period [from, to] and the period of equal length before it. Vanity and caution metrics are shown apart, with the metric to steer by instead.</source>
        <translation>Wszystkie metryki katalogu dla okresu [from, to] i dla poprzedzającego go okresu tej samej długości. Metryki próżności i metryki oznaczone „ostrożnie” są pokazane osobno, z metryką, którą należy się kierować zamiast nich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first day (default: %1 days before --to)</source>
        <translation>pierwszy dzień (domyślnie: %1 dni przed --to)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last day, included (default: the workspace&apos;s data date)</source>
        <translation>ostatni dzień, włącznie (domyślnie: data najnowszych danych obszaru roboczego)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts with this owner</source>
        <translation>tylko konta tego opiekuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>tylko konta tego poziomu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts in this region</source>
        <translation>tylko konta z tego regionu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account: id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>jedno konto: id:N (identyfikator w obszarze roboczym), ext:ID (identyfikator w CRM), domena lub nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/all_accounts.py" line="+18"/>
        <source>also count the accounts not on the target list (default: the portfolio, i.e. the target accounts)</source>
        <translation>uwzględnia także konta spoza listy docelowej (domyślnie: portfel, czyli konta docelowe)</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+10"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01</source>
        <translation>%1 nie jest datą; zapisz ją jako RRRR-MM-DD, np. 2026-10-01</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no account has owner %1; known: %2</source>
        <translation>żadne konto nie ma opiekuna %1; znani opiekunowie: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no account has region %1; known: %2</source>
        <translation>żadne konto nie jest w regionie %1; znane regiony: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no account matches %1</source>
        <translation>żadne konto nie pasuje do: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target account matches %1</source>
        <translation>żadne konto docelowe nie pasuje do: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>account %1 (id %2)</source>
        <translation>konto %1 (id %2)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>caution: small sample</source>
        <translation>ostrożnie: mała próba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use %1 (%2) instead</source>
        <translation>zamiast tego użyj %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[vanity] %1</source>
        <translation>[próżność] %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[caution] %1</source>
        <translation>[ostrożnie] %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>metric</source>
        <translation>metryka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>poprzednio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs for %1, %2 (previous: %3)</source>
        <translation>KPI: %1, %2 (poprzedni: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of %1</source>
        <translation>Dane na dzień %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>Metryki, którymi się nie kierujemy, i dlaczego</translation>
    </message>
</context>
<context>
    <name>LikelihoodWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/likelihood.py" line="+26"/>
        <source>not enough history: %n customer observations, %1 needed</source>
        <translation>
            <numerusform>za mało historii: %n obserwacja klientów, potrzeba %1</numerusform>
            <numerusform>za mało historii: %n obserwacje klientów, potrzeba %1</numerusform>
            <numerusform>za mało historii: %n obserwacji klientów, potrzeba %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: %n prospect observations, %1 needed</source>
        <translation>
            <numerusform>za mało historii: %n obserwacja potencjalnych klientów, potrzeba %1</numerusform>
            <numerusform>za mało historii: %n obserwacje potencjalnych klientów, potrzeba %1</numerusform>
            <numerusform>za mało historii: %n obserwacji potencjalnych klientów, potrzeba %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: no churn outcomes among %n</source>
        <translation>
            <numerusform>za mało historii: brak odejść klientów wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: brak odejść klientów wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: brak odejść klientów wśród %n obserwacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: no opportunity outcomes among %n</source>
        <translation>
            <numerusform>za mało historii: brak otwartych szans sprzedaży wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: brak otwartych szans sprzedaży wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: brak otwartych szans sprzedaży wśród %n obserwacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: only churn outcomes among %n</source>
        <translation>
            <numerusform>za mało historii: same odejścia klientów wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: same odejścia klientów wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: same odejścia klientów wśród %n obserwacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: only opportunity outcomes among %n</source>
        <translation>
            <numerusform>za mało historii: same otwarte szanse sprzedaży wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: same otwarte szanse sprzedaży wśród %n obserwacji</numerusform>
            <numerusform>za mało historii: same otwarte szanse sprzedaży wśród %n obserwacji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churn within %1 days, calibrated on %2 observations</source>
        <translation>odejście klienta w ciągu %1 dni, skalibrowane na %2 obserwacjach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity within %1 days, calibrated on %2 observations</source>
        <translation>otwarcie szansy sprzedaży w ciągu %1 dni, skalibrowane na %2 obserwacjach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>churn within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>odejście klienta w ciągu %1 dni, skalibrowane na %2 obserwacjach z końców miesięcy w tym obszarze roboczym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opportunity within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>otwarcie szansy sprzedaży w ciągu %1 dni, skalibrowane na %2 obserwacjach z końców miesięcy w tym obszarze roboczym</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>churned</source>
        <translation>odejście klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity created</source>
        <translation>otwarcie szansy sprzedaży</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <location filename="../../desktop/shared/wording/locks.py" line="+17"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history write</source>
        <translation>zapis historii kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history recompute</source>
        <translation>ponowne obliczanie historii kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another session is running an %1</source>
        <translation>inna sesja wykonuje zadanie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 (since %3)</source>
        <translation>%1: %2 (od %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running an %1</source>
        <translation>wykonuje zadanie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importing %1 from %2</source>
        <translation>importuje %1 z %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recomputing the health history</source>
        <translation>ponownie oblicza historię kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filling in the weekly health history</source>
        <translation>uzupełnia tygodniową historię kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a health model version</source>
        <translation>zapisuje wersję modelu kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing health history</source>
        <translation>zapisuje historię kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; try again when it has finished.</source>
        <translation>Obszar roboczy jest zajęty: %1; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; gave up after waiting %2 s. Try again when it has finished.</source>
        <translation>Obszar roboczy jest zajęty: %1; zrezygnowano po %2 s oczekiwania. Spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: %1.</source>
        <translation>Oczekiwanie: %1.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/lookups.py" line="+39"/>
        <source>Look up in %1</source>
        <translation>Wyszukaj w %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name (columns read as NAME.Column)</source>
        <translation>Nazwa (kolumny odczytywane jako NAZWA.Kolumna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its column identifying a row</source>
        <translation>Jego kolumna identyfikująca wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported file&apos;s column holding it</source>
        <translation>Kolumna importowanego pliku, która go zawiera</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+200"/>
        <location line="+106"/>
        <source>Portfolio</source>
        <translation>Portfel</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;history</source>
        <translation>&amp;Historia importu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account</source>
        <translation>&amp;Znajdź konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to portfolio</source>
        <translation>Powrót do portfela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation mode</source>
        <translation>Tryb &amp;prezentacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toggle light/dark</source>
        <translation>Przełącz jasny/ciemny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About abm-health</source>
        <translation>&amp;O programie abm-health</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No other recent workspaces</source>
        <translation>Brak innych ostatnich obszarów roboczych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Creating the demo portfolio…</source>
        <translation>Tworzenie portfela demonstracyjnego…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New workspace at %1: filled with a demo portfolio to explore.</source>
        <translation>Nowy obszar roboczy w %1: wypełniony portfelem demonstracyjnym do poznania programu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo portfolio is loaded into %1.</source>
        <translation>Portfel demonstracyjny wczytano do %1.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 already exists; choose File &gt; Open workspace to open it, or another name for a new workspace.</source>
        <translation>%1 już istnieje; wybierz Plik &gt; Otwórz obszar roboczy, aby go otworzyć, lub podaj inną nazwę nowego obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening %1 failed</source>
        <translation>Nie udało się otworzyć %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>abm-health — %1</source>
        <translation>abm-health — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 target accounts · data as of %2</source>
        <translation>Konta docelowe: %1 · dane na dzień %2</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Creating a demo portfolio</source>
        <translation>Tworzenie portfela demonstracyjnego</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>The workspace was changed by someone else; reloaded.</source>
        <translation>Obszar roboczy został zmieniony przez kogoś innego; wczytano go ponownie.</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite *.sqlite3 *.db *.abm);;All files (*)</source>
        <translation>Obszary robocze abm-health (*.sqlite *.sqlite3 *.db *.abm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite)</source>
        <translation>Obszary robocze abm-health (*.sqlite)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opening the workspace</source>
        <translation>Otwieranie obszaru roboczego</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace was changed by another program; reloaded.</source>
        <translation>Obszar roboczy został zmieniony przez inny program; wczytano go ponownie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This workspace has no target accounts yet. Import accounts with File &gt; Import… (Ctrl+I) or drop a CSV or XLSX file on this window.</source>
        <translation>Ten obszar roboczy nie ma jeszcze kont docelowych. Zaimportuj konta przez Plik &gt; Importuj… (Ctrl+I) lub upuść plik CSV albo XLSX na to okno.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Health history: %Ln weekly snapshots added.</source>
        <translation>
            <numerusform>Historia kondycji: dodano %Ln tygodniową migawkę.</numerusform>
            <numerusform>Historia kondycji: dodano %Ln tygodniowe migawki.</numerusform>
            <numerusform>Historia kondycji: dodano %Ln tygodniowych migawek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing the weekly health history</source>
        <translation>Obliczanie tygodniowej historii kondycji</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Loading the workspace failed</source>
        <translation>Nie udało się wczytać obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>MappingFiles</name>
    <message>
        <location filename="../../desktop/shared/wording/mapping_files.py" line="+21"/>
        <source>%1 = %2 must be text in quotes</source>
        <translation>%1 = %2 musi być tekstem w cudzysłowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 must be true or false</source>
        <translation>%1 = %2 musi mieć wartość true albo false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields must be a table ([fields])</source>
        <translation>fields musi być tabelą ([fields])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[fields.%1] %2</source>
        <translation>[fields.%1] %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value = %1 must be one text, number or true/false</source>
        <translation>value = %1 musi być jednym tekstem, liczbą albo true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns = %1 must be a list of column names</source>
        <translation>columns = %1 musi być listą nazw kolumn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values = %1 must be a table such as { &quot;Closed Won&quot; = &quot;won&quot; }</source>
        <translation>values = %1 musi być tabelą, np. { &quot;Closed Won&quot; = &quot;won&quot; }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale = %1 must be a number greater than 0, e.g. 1000000</source>
        <translation>scale = %1 musi być liczbą większą od 0, np. 1000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if field = %1 must be a field name in quotes</source>
        <translation>only_if field = %1 musi być nazwą pola w cudzysłowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if in = %1 must be a list such as [&quot;won&quot;, &quot;lost&quot;]</source>
        <translation>only_if in = %1 musi być listą, np. [&quot;won&quot;, &quot;lost&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rule %2</source>
        <translation>%1: reguła %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when takes { column = &quot;...&quot;, above = 0 } (or below, at_least, at_most, equals, in, blank).</source>
        <translation>%1: when przyjmuje { column = &quot;...&quot;, above = 0 } (albo below, at_least, at_most, equals, in, blank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when needs a column and exactly one of %2.</source>
        <translation>%1: when wymaga kolumny i dokładnie jednego z warunków: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when %2 takes a number, not %3.</source>
        <translation>%1: when %2 przyjmuje liczbę, a nie %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when blank takes true or false.</source>
        <translation>%1: when blank przyjmuje true albo false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when in takes a list of values.</source>
        <translation>%1: when in przyjmuje listę wartości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rules takes a list of { contains = &quot;...&quot;, value = &quot;...&quot; }.</source>
        <translation>%1: rules przyjmuje listę { contains = &quot;...&quot;, value = &quot;...&quot; }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table such as { contains = &quot;demo&quot;, value = &quot;demo&quot; }.</source>
        <translation>%1 musi być tabelą, np. { contains = &quot;demo&quot;, value = &quot;demo&quot; }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości (value).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a test: exact, contains, regex or when.</source>
        <translation>%1 wymaga warunku: exact, contains, regex albo when.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: regex %2 is not a regular expression (%3).</source>
        <translation>%1: regex %2 nie jest poprawnym wyrażeniem regularnym (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a column name or a table.</source>
        <translation>%1 musi być nazwą kolumny albo tabelą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs exactly one of column, columns, template or value.</source>
        <translation>%1 wymaga dokładnie jednego z kluczy: column, columns, template albo value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: only_if takes a column name or { field = ..., in = [...] }.</source>
        <translation>%1: only_if przyjmuje nazwę kolumny albo { field = ..., in = [...] }.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match takes account fields among %2; got %3.</source>
        <translation>%1: match przyjmuje pola konta spośród: %2; podano %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: match takes account fields among %2; got none.</source>
        <translation>%1: match przyjmuje pola konta spośród: %2; nie podano żadnego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match = [%2] needs as many columns, in the same order (columns = [...]); got %3.</source>
        <translation>%1: match = [%2] wymaga tylu samo kolumn, w tej samej kolejności (columns = [...]); liczba podanych: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [lookups] must hold tables such as [lookups.lead].</source>
        <translation>%1: [lookups] musi zawierać tabele, np. [lookups.lead].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table with file and key.</source>
        <translation>%1 musi być tabelą z kluczami file i key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs file and key (text).</source>
        <translation>%1 wymaga kluczy file i key (tekst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 (text).</source>
        <translation>%1 wymaga klucza %2 (tekst).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+112"/>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields marked * are required. Suggestions come from the headers or from the preset you chose.</source>
        <translation>Pola oznaczone * są wymagane. Propozycje pochodzą z nagłówków lub z wybranego profilu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping…</source>
        <translation>Zapisz mapowanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look up another file…</source>
        <translation>Wyszukaj w innym pliku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take columns from another file of the same export through an id, e.g. a lead&apos;s company for a deal naming its lead</source>
        <translation>Pobierz kolumny z innego pliku tego samego eksportu przez identyfikator, np. firmę leada dla transakcji wskazującej swojego leada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the mapping</source>
        <translation>z mapowania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggested</source>
        <translation>proponowane</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Pierwsza wartość</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not imported)</source>
        <translation>(nie importowane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(mapping) %1</source>
        <translation>(mapowanie) %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Field id in mapping files: %1</source>
        <translation>Identyfikator pola w plikach mapowania: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 value(s) to translate: %2</source>
        <translation>Wartości do przypisania (%1): %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Still needed: %1</source>
        <translation>Jeszcze potrzebne: %1</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Values…</source>
        <translation>Wartości…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Another file of the export</source>
        <translation>Inny plik eksportu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Eksporty (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save the mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappings (*.toml)</source>
        <translation>Mapowania (*.toml)</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <location filename="../../desktop/reports/meeting_pack.py" line="+49"/>
        <source>Meeting pack</source>
        <translation>Materiały na spotkanie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, compared with %2 · Data as of %3</source>
        <translation>%1, w porównaniu z %2 · Dane na dzień %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPIs to steer by</source>
        <translation>KPI, którymi się kierujemy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 KPIs had no data in either period.</source>
        <translation>KPI bez danych w żadnym z okresów: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts at risk</source>
        <translation>Zagrożone konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is at risk.</source>
        <translation>Żadne konto nie jest zagrożone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biggest movers in four weeks</source>
        <translation>Największe zmiany w ciągu czterech tygodni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score history yet to compare with.</source>
        <translation>Brak historii wyników do porównania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health: scores as of %1, model version %2.</source>
        <translation>Kondycja: wyniki na dzień %1, wersja modelu %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: scores as of %1.</source>
        <translation>Kondycja: wyniki na dzień %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health: not scored, model version %1.</source>
        <translation>Kondycja: brak wyników, wersja modelu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: not scored.</source>
        <translation>Kondycja: brak wyników.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs for %1 against %2; rates compare in percentage points. n is the sample size where one applies.</source>
        <translation>KPI za %1 wobec %2; wskaźniki porównywane są w punktach procentowych. n to liczebność próby, jeśli dotyczy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · dane na dzień %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4 tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main driver</source>
        <translation>Główny czynnik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engaged community per month (contacts)</source>
        <translation>Zaangażowana społeczność w miesiącu (kontakty)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journey funnel: accounts that had reached each stage by the period&apos;s end</source>
        <translation>Lejek ścieżki zakupowej: konta, które do końca okresu osiągnęły dany etap</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 onward</source>
        <translation>%1 i dalej</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CTA conversion along the journey</source>
        <translation>Konwersja CTA na ścieżce zakupowej</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NPS responses by score (NPS %1, n = %2)</source>
        <translation>Odpowiedzi NPS według oceny (NPS %1, n = %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers per health band, weekly</source>
        <translation>Klienci według przedziału kondycji, tygodniowo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects per intent band, weekly</source>
        <translation>Potencjalni klienci według przedziału intencji zakupu, tygodniowo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MQLs by campaign, with cost per MQL</source>
        <translation>MQL według kampanii, z kosztem na MQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MQLs · %2</source>
        <translation>MQL: %1 · %2</translation>
    </message>
</context>
<context>
    <name>MovedTab</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <location line="+37"/>
        <source>Working out what moved the score…</source>
        <translation>Ustalanie, co zmieniło wynik…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to compare from %1 to %2: %3.</source>
        <translation>Brak danych do porównania od %1 do %2: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>wersja modelu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>wersje modelu %1 i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 the score went from %3 (%4) to %5 (%6): %7 points (%8). The cells add up to the change.</source>
        <translation>Od %1 do %2 wynik zmienił się z %3 (%4) na %5 (%6): %7 pkt (%8). Komórki sumują się do zmiany.</translation>
    </message>
</context>
<context>
    <name>MovementWords</name>
    <message>
        <location filename="../../desktop/shared/wording/movement.py" line="+43"/>
        <source>new activity</source>
        <translation>nowa aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing</source>
        <translation>upływ czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model change</source>
        <translation>zmiana modelu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed and older touches left the window</source>
        <translation>zaangażowanie osłabło, a starsze interakcje wypadły z okna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts&apos; touches left the window</source>
        <translation>interakcje kontaktów wypadły z okna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent engagement and actions aged</source>
        <translation>ostatnie zaangażowanie i działania się zestarzały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals and wins aged</source>
        <translation>transakcje i wygrane się zestarzały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renewal came nearer</source>
        <translation>odnowienie się przybliżyło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses and questions aged</source>
        <translation>odpowiedzi i pytania się zestarzały</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>email open</source>
        <translation>otwarcie e-maila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email click</source>
        <translation>kliknięcie w e-mailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content view</source>
        <translation>wyświetlenie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content download</source>
        <translation>pobranie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web visit</source>
        <translation>wizyta w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page view</source>
        <translation>wyświetlenie strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form view</source>
        <translation>wyświetlenie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form fill</source>
        <translation>wypełnienie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>wyświetlenie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>kliknięcie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ad click</source>
        <translation>kliknięcie reklamy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social engagement</source>
        <translation>zaangażowanie w mediach społecznościowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar registration</source>
        <translation>rejestracja na webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar attended</source>
        <translation>udział w webinarze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo booked on %1</source>
        <translation>prezentacja umówiona %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call booked on %1</source>
        <translation>rozmowa umówiona %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo held on %1</source>
        <translation>prezentacja odbyta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call held on %1</source>
        <translation>rozmowa odbyta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting booked on %1</source>
        <translation>spotkanie umówione %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting held on %1</source>
        <translation>spotkanie odbyte %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n email opens</source>
        <translation>
            <numerusform>%n otwarcie e-maila</numerusform>
            <numerusform>%n otwarcia e-maili</numerusform>
            <numerusform>%n otwarć e-maili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n email clicks</source>
        <translation>
            <numerusform>%n kliknięcie w e-mailu</numerusform>
            <numerusform>%n kliknięcia w e-mailach</numerusform>
            <numerusform>%n kliknięć w e-mailach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content views</source>
        <translation>
            <numerusform>%n wyświetlenie treści</numerusform>
            <numerusform>%n wyświetlenia treści</numerusform>
            <numerusform>%n wyświetleń treści</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content downloads</source>
        <translation>
            <numerusform>%n pobranie treści</numerusform>
            <numerusform>%n pobrania treści</numerusform>
            <numerusform>%n pobrań treści</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n web visits</source>
        <translation>
            <numerusform>%n wizyta w witrynie</numerusform>
            <numerusform>%n wizyty w witrynie</numerusform>
            <numerusform>%n wizyt w witrynie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page views</source>
        <translation>
            <numerusform>%n wyświetlenie strony</numerusform>
            <numerusform>%n wyświetlenia stron</numerusform>
            <numerusform>%n wyświetleń stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form views</source>
        <translation>
            <numerusform>%n wyświetlenie formularza</numerusform>
            <numerusform>%n wyświetlenia formularzy</numerusform>
            <numerusform>%n wyświetleń formularzy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form fills</source>
        <translation>
            <numerusform>%n wypełnienie formularza</numerusform>
            <numerusform>%n wypełnienia formularzy</numerusform>
            <numerusform>%n wypełnień formularzy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA views</source>
        <translation>
            <numerusform>%n wyświetlenie CTA</numerusform>
            <numerusform>%n wyświetlenia CTA</numerusform>
            <numerusform>%n wyświetleń CTA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA clicks</source>
        <translation>
            <numerusform>%n kliknięcie CTA</numerusform>
            <numerusform>%n kliknięcia CTA</numerusform>
            <numerusform>%n kliknięć CTA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ad clicks</source>
        <translation>
            <numerusform>%n kliknięcie reklamy</numerusform>
            <numerusform>%n kliknięcia reklam</numerusform>
            <numerusform>%n kliknięć reklam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n social engagements</source>
        <translation>
            <numerusform>%n interakcja w mediach społecznościowych</numerusform>
            <numerusform>%n interakcje w mediach społecznościowych</numerusform>
            <numerusform>%n interakcji w mediach społecznościowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinar registrations</source>
        <translation>
            <numerusform>%n rejestracja na webinar</numerusform>
            <numerusform>%n rejestracje na webinary</numerusform>
            <numerusform>%n rejestracji na webinary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinars attended</source>
        <translation>
            <numerusform>%n obecność na webinarze</numerusform>
            <numerusform>%n obecności na webinarach</numerusform>
            <numerusform>%n obecności na webinarach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n touches of kind &apos;%1&apos;</source>
        <translation>
            <numerusform>%n interakcja rodzaju „%1”</numerusform>
            <numerusform>%n interakcje rodzaju „%1”</numerusform>
            <numerusform>%n interakcji rodzaju „%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question asked, latest on %1</source>
        <translation>
            <numerusform>%n pytanie, ostatnie %1</numerusform>
            <numerusform>%n pytania, ostatnie %1</numerusform>
            <numerusform>%n pytań, ostatnie %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions asked, latest on %1</source>
        <translation>
            <numerusform>%n pytanie, ostatnie %1</numerusform>
            <numerusform>%n pytania, ostatnie %1</numerusform>
            <numerusform>%n pytań, ostatnie %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the renewal came nearer (%n days left)</source>
        <translation>
            <numerusform>odnowienie się przybliżyło (został %n dzień)</numerusform>
            <numerusform>odnowienie się przybliżyło (zostały %n dni)</numerusform>
            <numerusform>odnowienie się przybliżyło (zostało %n dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <translation>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>touch of kind &apos;%1&apos;</source>
        <translation>interakcja rodzaju „%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 dnia %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 dnia %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, latest on %2 (%3)</source>
        <translation>%1, ostatnio %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, latest on %2</source>
        <translation>%1, ostatnio %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opportunity &apos;%1&apos; created on %2</source>
        <translation>szansa sprzedaży „%1” utworzona %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; won on %2</source>
        <translation>szansa sprzedaży „%1” wygrana %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; lost on %2</source>
        <translation>szansa sprzedaży „%1” przegrana %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; started on %2</source>
        <translation>subskrypcja „%1” rozpoczęta %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; churned on %2</source>
        <translation>subskrypcja „%1” utracona %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; ended on %2</source>
        <translation>subskrypcja „%1” zakończona %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS %1 (promoter) on %2</source>
        <translation>NPS %1 (promotor), %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1 (detractor) on %2</source>
        <translation>NPS %1 (krytyk), %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 (passive) on %2</source>
        <translation>NPS %1 (neutralny), %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>engagement decayed from %1 to %2 points without new touches, the tier&apos;s reference moved from %3 to %4</source>
        <translation>zaangażowanie osłabło z %1 do %2 pkt bez nowych interakcji, punkt odniesienia poziomu zmienił się z %3 na %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed from %1 to %2 points without new touches</source>
        <translation>zaangażowanie osłabło z %1 do %2 pkt bez nowych interakcji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the win of %1 aged out of the window</source>
        <translation>wygrana z %1 wypadła z okna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open deals aged against the tier&apos;s median</source>
        <translation>otwarte transakcje zestarzały się względem mediany poziomu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>no score on %1</source>
        <translation>brak wyniku na dzień %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored in between</source>
        <translation>brak wyniku w międzyczasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score to compare</source>
        <translation>brak wyniku do porównania</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new activity %1: no new activity</source>
        <translation>nowa aktywność %1: brak nowej aktywności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new activity %1: %2</source>
        <translation>nowa aktywność %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model change %1: same model</source>
        <translation>zmiana modelu %1: ten sam model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: model version %2 to %3</source>
        <translation>zmiana modelu %1: wersja modelu %2 na %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: other weights or thresholds</source>
        <translation>zmiana modelu %1: inne wagi lub progi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time passing %1</source>
        <translation>upływ czasu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing %1: %2</source>
        <translation>upływ czasu %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing moved</source>
        <translation>%1: nic się nie zmieniło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mostly %2</source>
        <translation>%1, głównie %2</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/account/notes.py" line="+148"/>
        <source>Edit note</source>
        <translation>Edytuj notatkę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, or what to do next…</source>
        <translation>Co się wydarzyło lub co zrobić dalej…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action, due on</source>
        <translation>Następne działanie, termin</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location line="-106"/>
        <source>Reloading the notes</source>
        <translation>Ponowne wczytywanie notatek</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The note could not be saved: %1</source>
        <translation>Nie udało się zapisać notatki: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add note</source>
        <translation>Dodanie notatki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo add note</source>
        <translation>Cofnij dodanie notatki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit note</source>
        <translation>Edycja notatki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo edit note</source>
        <translation>Cofnij edycję notatki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complete action</source>
        <translation>Oznaczenie działania jako wykonanego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo complete action</source>
        <translation>Cofnij oznaczenie działania jako wykonanego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen action</source>
        <translation>Ponowne otwarcie działania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo reopen action</source>
        <translation>Cofnij ponowne otwarcie działania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete note</source>
        <translation>Usunięcie notatki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo delete note</source>
        <translation>Cofnij usunięcie notatki</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="+55"/>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add next action</source>
        <translation>Dodaj następne działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Cofnij ostatnią zmianę (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <comment>notes, open actions</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln notatka</numerusform>
            <numerusform>%Ln notatki</numerusform>
            <numerusform>%Ln notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open actions</source>
        <translation>
            <numerusform>%Ln otwarte działanie</numerusform>
            <numerusform>%Ln otwarte działania</numerusform>
            <numerusform>%Ln otwartych działań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../desktop/shared/wording/safe_paths.py" line="+18"/>
        <source>%1 %2 is %3 (%4); choose another file name</source>
        <translation>%1 %2 to %3 (%4); wybierz inną nazwę pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is a folder; give a file name inside it</source>
        <translation>%1 %2 to folder; podaj nazwę pliku w nim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: the folder %3 does not exist; create it first</source>
        <translation>%1 %2: folder %3 nie istnieje; najpierw go utwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 already exists; choose another name, or add --force to replace it</source>
        <translation>%1 %2 już istnieje; wybierz inną nazwę albo dodaj --force, aby go zastąpić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a regular file; choose another name</source>
        <translation>%1 %2 nie jest zwykłym plikiem; wybierz inną nazwę</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../desktop/dashboard/period_picker.py" line="+73"/>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <comment>from day – to day</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location line="+89"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>compared with %1</source>
        <translation>w porównaniu z %1</translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message>
        <location filename="../../desktop/shared/wording/periods.py" line="+20"/>
        <source>a period must end after it starts: got start %1 and end %2; choose an end date later than the start date</source>
        <translation>okres musi kończyć się po swoim początku: podano początek %1 i koniec %2; wybierz datę końca późniejszą niż data początku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarter must be 1, 2, 3 or 4, not %1</source>
        <translation>kwartał musi być równy 1, 2, 3 lub 4, a nie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../desktop/portfolio/model.py" line="+46"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>Ostatnia punktowana interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Otwarte szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood within 90 days, calibrated on this workspace&apos;s month-end history: of churn for a customer, of an opportunity for a prospect</source>
        <translation>Prawdopodobieństwo w ciągu 90 dni, skalibrowane na historii końców miesięcy w tym obszarze roboczym: odejścia dla klienta, szansy sprzedaży dla potencjalnego klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score change over the last 4 weeks (arrow: up, down or flat)</source>
        <translation>Zmiana wyniku kondycji w ostatnich 4 tygodniach (strzałka: w górę, w dół lub bez zmian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly health score over the model&apos;s sparkline window</source>
        <translation>Tygodniowy wynik kondycji w oknie wykresu modelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS (latest response per contact) and the number of responses</source>
        <translation>NPS konta (ostatnia odpowiedź każdego kontaktu) i liczba odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time anyone at the account engaged</source>
        <translation>Ostatnia interakcja kogokolwiek z konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunity amount</source>
        <translation>Kwota otwartych szans sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next renewal of an active subscription</source>
        <translation>Najbliższe odnowienie aktywnej subskrypcji</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>churn %1</source>
        <comment>likelihood of churn</comment>
        <translation>odejście %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opp. %1</source>
        <comment>likelihood of an opportunity</comment>
        <translation>szansa %1</translation>
    </message>
    <message numerus="yes">
        <location line="+194"/>
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln tydzień</numerusform>
            <numerusform>%Ln tygodnie</numerusform>
            <numerusform>%Ln tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No NPS responses in the window</source>
        <translation>Brak odpowiedzi NPS w oknie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Caution: small sample (%Ln responses)</source>
        <translation>
            <numerusform>Ostrożnie: mała próba (%Ln odpowiedź)</numerusform>
            <numerusform>Ostrożnie: mała próba (%Ln odpowiedzi)</numerusform>
            <numerusform>Ostrożnie: mała próba (%Ln odpowiedzi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln responses</source>
        <translation>
            <numerusform>%Ln odpowiedź</numerusform>
            <numerusform>%Ln odpowiedzi</numerusform>
            <numerusform>%Ln odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored yet</source>
        <translation>Jeszcze bez wyniku</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../desktop/portfolio/page.py" line="+87"/>
        <source>Portfolio</source>
        <translation>Portfel</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+58"/>
        <source>Loading the portfolio…</source>
        <translation>Wczytywanie portfela…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As it stood on %1 (the data goes on to %2)</source>
        <translation>Stan na dzień %1 (dane sięgają do %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>Dane na dzień %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · health model v%1</source>
        <translation> · model kondycji v%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Filter kept until you close the window: %1</source>
        <translation>Filtr obowiązuje do zamknięcia okna: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the filter</source>
        <translation>Zapisywanie filtra</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../desktop/dashboard/sections.py" line="+109"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 z %3)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/dashboard/presentation.py" line="+50"/>
        <location line="+39"/>
        <source>abm-health — presentation</source>
        <translation>abm-health — prezentacja</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>← →  sections      Esc  leave</source>
        <translation>← →  sekcje      Esc  wyjście</translation>
    </message>
</context>
<context>
    <name>PresetTitles</name>
    <message>
        <location filename="../../desktop/import_wizard/preset_titles.py" line="+16"/>
        <source>HubSpot calls export</source>
        <translation>Eksport rozmów z HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot companies export</source>
        <translation>Eksport firm z HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot contacts export</source>
        <translation>Eksport kontaktów z HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot deals export</source>
        <translation>Eksport transakcji z HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot meetings export</source>
        <translation>Eksport spotkań z HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce accounts report</source>
        <translation>Raport kont z Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce campaigns report</source>
        <translation>Raport kampanii z Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce contacts report</source>
        <translation>Raport kontaktów z Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce opportunities report</source>
        <translation>Raport szans sprzedaży z Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM accounts export</source>
        <translation>Eksport kont z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM calls export</source>
        <translation>Eksport rozmów z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM campaigns export</source>
        <translation>Eksport kampanii z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM contacts export</source>
        <translation>Eksport kontaktów z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM deals export</source>
        <translation>Eksport transakcji z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM events export</source>
        <translation>Eksport wydarzeń z Zoho CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM leads export</source>
        <translation>Eksport leadów z Zoho CRM</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="-305"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>encoding %1</source>
        <translation>kodowanie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delimiter %1</source>
        <translation>separator %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet %1</source>
        <translation>arkusz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Showing the first %2 rows; row numbers are the file&apos;s.</source>
        <translation>%1. Pokazano pierwsze wiersze (%2); numery wierszy pochodzą z pliku.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../../desktop/shared/wording/progress.py" line="+22"/>
        <source>Computing the KPIs</source>
        <translation>Obliczanie KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>Lejek ścieżki zakupowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account health</source>
        <translation>Kondycja kont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly trends</source>
        <translation>Trendy miesięczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing account activity</source>
        <translation>Przygotowywanie aktywności kont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring as of %1</source>
        <translation>Obliczanie wyników na dzień %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the %1 sheet</source>
        <translation>Zapisywanie arkusza %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1</source>
        <translation>Zapisywanie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n files to %1</source>
        <translation>
            <numerusform>Zapisano %n plik w %1</numerusform>
            <numerusform>Zapisano %n pliki w %1</numerusform>
            <numerusform>Zapisano %n plików w %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedPaths</name>
    <message>
        <location filename="../../desktop/shared/wording/protected.py" line="+14"/>
        <source>the workspace</source>
        <translation>obszar roboczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of the workspace</source>
        <translation>plik obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input of this command</source>
        <translation>plik wejściowy tego polecenia</translation>
    </message>
</context>
<context>
    <name>ReadyPortfolio</name>
    <message>
        <location filename="../../desktop/commands/ready_portfolio.py" line="+42"/>
        <source>Prepared the portfolio for the window in %1 s.</source>
        <translation>Przygotowano portfel dla okna w %1 s.</translation>
    </message>
</context>
<context>
    <name>ReliabilityModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+62"/>
        <source>Customers: churn</source>
        <translation>Klienci: odejście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>Potencjalni klienci: szansa sprzedaży</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desktop/reports/charts.py" line="+176"/>
        <source>vs %1</source>
        <translation>wobec %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No engagement in these weeks</source>
        <translation>Brak zaangażowania w tych tygodniach</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing in this period</source>
        <translation>Brak danych w tym okresie</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+38"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch</source>
        <translation>Interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches, %1 days</source>
        <translation>Punktowane interakcje, %1 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>Ostatnia punktowana interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed</source>
        <translation>Rezygnacja z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Umówione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>Zaplanowane na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM stage</source>
        <translation>Etap w CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>Promocja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Utracone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scored touches: the contact&apos;s touches worth engagement points (events, meetings booked, demos held) in the %1 days up to %2, as the health score counts them; sends, deliveries, bounces and opens worth no points do not count.</source>
        <translation>Punktowane interakcje: interakcje kontaktu, które dają punkty zaangażowania (zdarzenia, umówione spotkania, odbyte prezentacje), w ciągu %1 dni do %2, tak jak liczy je wynik kondycji; wysłane, dostarczone i niedostarczone e-maile oraz otwarcia, które nie dają punktów, nie są liczone.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../desktop/commands/report.py" line="+44"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>zapisuje raport konta (PDF/HTML), skoroszyt portfela (XLSX/CSV) lub materiały na spotkanie (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board-ready reports from the workspace: the same numbers as the window.</source>
        <translation>Raporty gotowe dla zarządu z obszaru roboczego: te same liczby co w oknie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one account as PDF or HTML</source>
        <translation>jedno konto jako PDF lub HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>id:N (identyfikator w obszarze roboczym), ext:ID (identyfikator w CRM), domena lub nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.pdf or FILE.html</source>
        <translation>FILE.pdf lub FILE.html</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the portfolio workbook, XLSX or CSV files</source>
        <translation>skoroszyt portfela, XLSX lub pliki CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.xlsx, or a folder for --format csv (one CSV per sheet)</source>
        <translation>FILE.xlsx lub folder dla --format csv (jeden CSV na arkusz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: xlsx, or csv when -o is not an .xlsx file</source>
        <translation>domyślnie: xlsx lub csv, gdy -o nie jest plikiem .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the alignment-meeting pack as PDF</source>
        <translation>materiały na spotkanie sprzedaży i marketingu jako PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only accounts with this owner</source>
        <translation>tylko konta tego opiekuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>tylko konta tego poziomu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first day (default: 30 days before --to)</source>
        <translation>pierwszy dzień (domyślnie: 30 dni przed --to)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day, included; health is scored as of it (default: the workspace&apos;s data date, its latest dated record)</source>
        <translation>ostatni dzień, włącznie; na ten dzień obliczana jest kondycja (domyślnie: data najnowszych danych obszaru roboczego, czyli jego najpóźniejszego rekordu z datą)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace an existing output file (never the workspace)</source>
        <translation>zastępuje istniejący plik wyjściowy (nigdy obszar roboczy)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-o %1 is %2; choose a folder</source>
        <translation>-o %1 to %2; wybierz folder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>abm-health report: %1</source>
        <translation>abm-health report: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2; choose a folder you can write to</source>
        <translation>nie można zapisać %1: %2; wybierz folder z prawem zapisu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder %1 does not exist; create it or choose another output path</source>
        <translation>folder %1 nie istnieje; utwórz go lub wybierz inną ścieżkę wyjściową</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: an account report is a .pdf or .html file</source>
        <translation>-o %1: raport konta to plik .pdf lub .html</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+62"/>
        <source>Wrote %1 (%2 pages): %3, %4.</source>
        <translation>Zapisano %1 (stron: %2): %3, %4.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Wrote %1: %2, %3.</source>
        <translation>Zapisano %1: %2, %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the workbook is an .xlsx file (or use --format csv and a folder)</source>
        <translation>-o %1: skoroszyt to plik .xlsx (lub użyj --format csv i folderu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o %1: with --format csv, -o names a folder for one CSV per sheet</source>
        <translation>-o %1: przy --format csv opcja -o wskazuje folder na pliki CSV, po jednym na arkusz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 for %2, %3: %4 rows.</source>
        <translation>Zapisano %1 (%2, %3): wiersze: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 CSV files in %2 for %3, %4: %5 rows.</source>
        <translation>Zapisano pliki CSV (%1) w %2 (%3, %4): wiersze: %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the meeting pack is a .pdf file</source>
        <translation>-o %1: materiały na spotkanie to plik .pdf</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../desktop/reports/document.py" line="+150"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/reports/exports.py" line="+68"/>
        <source>Reading the workspace</source>
        <translation>Odczytywanie obszaru roboczego</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Scoring account health</source>
        <translation>Obliczanie kondycji kont</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>churned</source>
        <translation>utracone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no score</source>
        <translation>brak wyniku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>nieskalibrowane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an opportunity is already open</source>
        <translation>szansa sprzedaży jest już otwarta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Computing the account&apos;s KPIs</source>
        <translation>Obliczanie KPI konta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Writing %1</source>
        <translation>Zapisywanie %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+67"/>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Computing the portfolio&apos;s KPIs</source>
        <translation>Obliczanie KPI portfela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey funnel</source>
        <translation>Lejek ścieżki zakupowej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ReportFootnotes</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+126"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>health model version %1; score = Σ weight × component / Σ weight over the components that apply (%2).</source>
        <translation>wersja modelu kondycji: %1; wynik = Σ waga × składnik / Σ wag składników, które mają zastosowanie (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved</source>
        <translation>niezapisana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period %1, compared with %2; data as of %3 (nothing dated later is used).</source>
        <translation>okres %1, w porównaniu z %2; dane na dzień %3 (nic z późniejszą datą nie jest uwzględniane).</translation>
    </message>
</context>
<context>
    <name>ReportProfile</name>
    <message>
        <location line="-143"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Liczba pracowników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>Roczny przychód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>Identyfikator w CRM</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../../desktop/reports/sections.py" line="+31"/>
        <source>vanity</source>
        <translation>próżność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>ostrożnie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 more not shown.</source>
        <translation>Kolejne niepokazane: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period</source>
        <translation>Bieżący okres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>Dlaczego się nią nie kierujemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>Zamiast tego kieruj się</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes and definitions</source>
        <translation>Uwagi i definicje</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="-64"/>
        <source>Latest touches</source>
        <translation>Ostatnie interakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>Komitet zakupowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>Notatki i następne działania</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../desktop/reports/formatting.py" line="+45"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no trend yet</source>
        <translation>brak trendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>w dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>%1 %2 w ciągu 4 tygodni</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+64"/>
        <source>Email sent</source>
        <translation>E-mail wysłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>E-mail dostarczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>Otwarcie e-maila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>Kliknięcie w e-mailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>E-mail niedostarczony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email unsubscribe</source>
        <translation>Rezygnacja z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>Wyświetlenie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>Pobranie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Wizyta w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>Wyświetlenie strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>Wyświetlenie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>Wypełnienie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>Wyświetlenie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>Kliknięcie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>Kliknięcie reklamy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>Zaangażowanie w mediach społecznościowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registered</source>
        <translation>Rejestracja na webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>Udział w webinarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>Wzmianka w mediach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic</source>
        <translation>Organiczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Płatny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Społecznościowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Polecenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <translation>Bezpośredni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Odbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business</source>
        <translation>Nowa sprzedaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor</source>
        <translation>Krytyk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+73"/>
        <source>Subscriptions</source>
        <translation>Subskrypcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses and comments</source>
        <translation>Odpowiedzi NPS i komentarze</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Account NPS %1 from %Ln recent responses (latest per contact); promoters score 9–10, detractors 0–6.</source>
        <translation>
            <numerusform>NPS konta %1 z %Ln ostatniej odpowiedzi (ostatnia każdego kontaktu); promotorzy dają oceny 9–10, krytycy 0–6.</numerusform>
            <numerusform>NPS konta %1 z %Ln ostatnich odpowiedzi (ostatnia każdego kontaktu); promotorzy dają oceny 9–10, krytycy 0–6.</numerusform>
            <numerusform>NPS konta %1 z %Ln ostatnich odpowiedzi (ostatnia każdego kontaktu); promotorzy dają oceny 9–10, krytycy 0–6.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent NPS responses; %1 in total.</source>
        <translation>Brak ostatnich odpowiedzi NPS; łącznie: %1.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/shared/wording/roles.py" line="+15"/>
        <source>Decision maker</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Orędownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>Osoba wpływowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>Osoba blokująca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/kpis.py" line="-104"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%Ln konto (%1)</numerusform>
            <numerusform>%Ln konta (%1)</numerusform>
            <numerusform>%Ln kont (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%Ln konto docelowe (%1)</numerusform>
            <numerusform>%Ln konta docelowe (%1)</numerusform>
            <numerusform>%Ln kont docelowych (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every account (%Ln accounts)</source>
        <translation>
            <numerusform>wszystkie konta (%Ln konto)</numerusform>
            <numerusform>wszystkie konta (%Ln konta)</numerusform>
            <numerusform>wszystkie konta (%Ln kont)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>portfel (%Ln konto docelowe)</numerusform>
            <numerusform>portfel (%Ln konta docelowe)</numerusform>
            <numerusform>portfel (%Ln kont docelowych)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingMeanings</name>
    <message>
        <location filename="../../desktop/shared/wording/setting_values.py" line="+19"/>
        <source>the ISO code every amount is kept in</source>
        <translation>kod ISO waluty, w której przechowywane są wszystkie kwoty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead score at which a contact is an MQL</source>
        <translation>punktacja leada, od której kontakt jest MQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days for an engagement point to lose half its weight</source>
        <translation>liczba dni, po których punkt zaangażowania traci połowę wagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS responses below which a score is flagged as a small sample</source>
        <translation>liczba odpowiedzi NPS, poniżej której wynik jest oznaczany jako mała próba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of engagement a journey stage looks back</source>
        <translation>liczba dni zaangażowania, które uwzględnia etap ścieżki zakupowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account points to count as engaged</source>
        <translation>punkty konta, od których jest ono zaangażowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account points to count as a marketing-qualified account</source>
        <translation>punkty konta, od których jest ono kontem kwalifikowanym marketingowo (MQA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQL contacts to count as a marketing-qualified account</source>
        <translation>liczba kontaktów MQL, od której konto jest kwalifikowane marketingowo (MQA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days without a touch before an account is silent</source>
        <translation>liczba dni bez interakcji, po których konto jest uśpione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours within which a question counts as answered in time</source>
        <translation>liczba godzin, w których odpowiedź na pytanie liczy się jako terminowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross margin used for LTV, as a fraction</source>
        <translation>marża brutto używana do LTV, jako ułamek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-campaign sales and marketing cost per year, for CAC</source>
        <translation>roczne koszty sprzedaży i marketingu poza kampaniami, do CAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown as vanity (comma-separated)</source>
        <translation>identyfikatory metryk pokazywanych jako metryki próżności (oddzielone przecinkami)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown with caution (comma-separated)</source>
        <translation>identyfikatory metryk pokazywanych z ostrzeżeniem (oddzielone przecinkami)</translation>
    </message>
</context>
<context>
    <name>SettingValueWords</name>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: no metric has the id %2; `abm-health kpis --format json` lists the ids.</source>
        <translation>
            <numerusform>%1: żadna metryka nie ma identyfikatora %2; identyfikatory podaje `abm-health kpis --format json`.</numerusform>
            <numerusform>%1: żadna metryka nie ma identyfikatorów %2; identyfikatory podaje `abm-health kpis --format json`.</numerusform>
            <numerusform>%1: żadna metryka nie ma identyfikatorów %2; identyfikatory podaje `abm-health kpis --format json`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %2 is in %3 already; a metric is vanity or caution, not both.</source>
        <translation>
            <numerusform>%1: %2 jest już w %3; metryka jest albo metryką próżności, albo z ostrzeżeniem, nie jednym i drugim.</numerusform>
            <numerusform>%1: %2 są już w %3; metryka jest albo metryką próżności, albo z ostrzeżeniem, nie jednym i drugim.</numerusform>
            <numerusform>%1: %2 są już w %3; metryka jest albo metryką próżności, albo z ostrzeżeniem, nie jednym i drugim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln opportunity amount(s)</source>
        <translation>
            <numerusform>%Ln kwota szansy sprzedaży</numerusform>
            <numerusform>%Ln kwoty szans sprzedaży</numerusform>
            <numerusform>%Ln kwot szans sprzedaży</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln subscription ARR value(s)</source>
        <translation>
            <numerusform>%Ln wartość ARR subskrypcji</numerusform>
            <numerusform>%Ln wartości ARR subskrypcji</numerusform>
            <numerusform>%Ln wartości ARR subskrypcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln campaign cost(s)</source>
        <translation>
            <numerusform>%Ln koszt kampanii</numerusform>
            <numerusform>%Ln koszty kampanii</numerusform>
            <numerusform>%Ln kosztów kampanii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln account annual revenue(s)</source>
        <translation>
            <numerusform>%Ln roczny przychód konta</numerusform>
            <numerusform>%Ln roczne przychody kont</numerusform>
            <numerusform>%Ln rocznych przychodów kont</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingValues</name>
    <message>
        <location line="-62"/>
        <source>a number</source>
        <translation>liczby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>liczby całkowitej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1</source>
        <translation>liczby większej niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1</source>
        <translation>liczby całkowitej większej niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least %1</source>
        <translation>liczby nie mniejszej niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least %1</source>
        <translation>liczby całkowitej nie mniejszej niż %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1 and at most %2</source>
        <translation>liczby większej niż %1 i nie większej niż %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1 and at most %2</source>
        <translation>liczby całkowitej większej niż %1 i nie większej niż %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a table of values; change it in the window&apos;s Settings.</source>
        <translation>%1 to tabela wartości; zmień ją w Ustawieniach okna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no setting %1; settings that can be set: %2.</source>
        <translation>nie ma ustawienia %1; można ustawić: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency %1 is not an ISO currency code; expected three letters such as USD, EUR or PLN.</source>
        <translation>waluta %1 nie jest kodem waluty ISO; oczekiwano trzech liter, np. USD, EUR lub PLN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not a number; expected %3.</source>
        <translation>%1 %2 nie jest liczbą; oczekiwano %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a whole number; expected %3.</source>
        <translation>%1 %2 nie jest liczbą całkowitą; oczekiwano %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is out of range; expected %3.</source>
        <translation>%1 %2 jest poza zakresem; oczekiwano %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>half_life_days %1 is too short for stage_window_days %2: a journey stage looks back at most %3 half-lives; expected a half-life of at least %4 days or a shorter window.</source>
        <translation>half_life_days %1 to za mało przy stage_window_days %2: etap ścieżki zakupowej obejmuje najwyżej %3 okresów połowicznego zaniku; oczekiwano okresu połowicznego zaniku co najmniej %4 dni lub krótszego okna.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the currency stays %1: the workspace holds amounts in %1 (%2), and amounts are never converted. Load an export in %3 into a new workspace (--workspace NEW.sqlite).</source>
        <translation>waluta pozostaje %1: obszar roboczy przechowuje kwoty w %1 (%2), a kwot nigdy się nie przelicza. Wczytaj eksport w %3 do nowego obszaru roboczego (--workspace NEW.sqlite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../desktop/commands/settings.py" line="+33"/>
        <source>print the workspace settings, or change one with `settings set KEY VALUE`</source>
        <translation>wypisuje ustawienia obszaru roboczego lub zmienia jedno z nich poleceniem `settings set KEY VALUE`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every workspace setting, or change one: %1.</source>
        <translation>Wypisz wszystkie ustawienia obszaru roboczego lub zmień jedno z nich: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set KEY VALUE changes one setting</source>
        <translation>set KEY VALUE zmienia jedno ustawienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the setting, e.g. currency</source>
        <translation>ustawienie, np. currency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its new value, e.g. PLN (lists comma-separated)</source>
        <translation>jego nowa wartość, np. PLN (listy rozdzielane przecinkami)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>settings set needs KEY and VALUE, e.g. `abm-health settings set currency PLN`</source>
        <translation>settings set wymaga klucza i wartości (KEY VALUE), np. `abm-health settings set currency PLN`</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>abm-health settings: %1</source>
        <translation>abm-health settings: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health scores from now on use the new value; the weekly history already stored keeps the old one until Settings &gt; Save in the window recomputes it.</source>
        <translation>Wyniki kondycji od teraz używają nowej wartości; zapisana już historia tygodniowa zachowuje starą, dopóki Ustawienia &gt; Zapisz w oknie jej nie przeliczy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to change %1, use `abm-health settings set %1 VALUE`</source>
        <translation>aby zmienić %1, użyj `abm-health settings set %1 VALUE`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table: edit it in the window&apos;s Settings</source>
        <translation>tabela: edytuj ją w Ustawieniach okna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>setting</source>
        <translation>ustawienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meaning</source>
        <translation>znaczenie</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/settings/page.py" line="+107"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed by sales and marketing; stored in this workspace.</source>
        <translation>Uzgodnione przez sprzedaż i marketing; zapisane w tym obszarze roboczym.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation> pkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> observations</source>
        <translation> obserwacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below this many account × month-end observations in a segment, a score shows &apos;not enough history&apos; instead of a calibrated likelihood.</source>
        <translation>Poniżej tej liczby obserwacji (konto × koniec miesiąca) w segmencie wynik pokazuje „za mało historii” zamiast skalibrowanego prawdopodobieństwa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account health model</source>
        <translation>Model kondycji kont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights of the six components and the band thresholds. The backtest scores every account at past month ends and checks what happened next; try weights and watch it change before saving.</source>
        <translation>Wagi sześciu składników i progi przedziałów. Test wsteczny oblicza wynik każdego konta na minione końce miesięcy i sprawdza, co wydarzyło się potem; wypróbuj wagi i zobacz zmianę przed zapisaniem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MQL threshold</source>
        <translation>Próg MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health likelihood needs</source>
        <translation>Prawdopodobieństwo kondycji wymaga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads and engagement</source>
        <translation>Leady i zaangażowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact becomes an MQL when its engagement score reaches the threshold (unless the CRM says when). Points per touch, before role and tier multipliers and the 30-day half-life.</source>
        <translation>Kontakt staje się MQL, gdy jego punktacja zaangażowania osiągnie próg (chyba że CRM podaje, kiedy). Punkty za interakcję przed zastosowaniem mnożników roli i poziomu oraz 30-dniowego okresu połowicznego zaniku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by</source>
        <translation>Metryki, którymi się nie kierujemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity and caution metrics leave the KPI tiles for the panel that says why; double-click a verdict to change it.</source>
        <translation>Metryki próżności i metryki wymagające ostrożności przenoszą się z kafelków KPI do panelu, który wyjaśnia dlaczego; kliknij dwukrotnie werdykt, aby go zmienić.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and the reports, for you on this computer; System follows the computer&apos;s language.</source>
        <translation>Język okna i raportów, dla Ciebie na tym komputerze; System oznacza język komputera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+1"/>
        <source>Unsaved changes.</source>
        <translation>Niezapisane zmiany.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved settings</source>
        <translation>Niezapisane ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have unsaved changes. Save them?</source>
        <translation>Ustawienia mają niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard puts back the settings in force.</source>
        <translation>Odrzuć przywraca obowiązujące ustawienia.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Currency &quot;%1&quot;: write a three-letter ISO code such as USD or EUR.</source>
        <translation>Waluta „%1”: wpisz trzyliterowy kod ISO, np. USD lub EUR.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. Health model version %1: history recomputed; the portfolio shows the new scores.</source>
        <translation>Zapisano. Model kondycji w wersji %1: historia przeliczona; portfel pokazuje nowe wyniki.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the previous settings are in force.</source>
        <translation>Nie zapisano: obowiązują poprzednie ustawienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings failed</source>
        <translation>Nie udało się zapisać ustawień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the previous settings are in force.</source>
        <translation>Anulowano: obowiązują poprzednie ustawienia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recomputing health history</source>
        <translation>Przeliczanie historii kondycji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving settings</source>
        <translation>Zapisywanie ustawień</translation>
    </message>
</context>
<context>
    <name>SettingsTables</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-254"/>
        <source>Touch</source>
        <translation>Interakcja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steer by instead</source>
        <translation>Zamiast tego kieruj się</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Accounts: outcome</source>
        <translation>Konta: rezultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>Przedział</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Outcomes</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Odsetek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved model</source>
        <translation>Zapisany model</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Accounts: likelihood of</source>
        <translation>Konta: prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decile</source>
        <translation>Decyl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>Przewidywane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
</context>
<context>
    <name>StageLines</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/import_cmd.py" line="+9"/>
        <source>reading %Ln row(s)...</source>
        <translation>
            <numerusform>odczyt: %Ln wiersz...</numerusform>
            <numerusform>odczyt: %Ln wiersze...</numerusform>
            <numerusform>odczyt: %Ln wierszy...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>checking %Ln row(s)...</source>
        <translation>
            <numerusform>kontrola: %Ln wiersz...</numerusform>
            <numerusform>kontrola: %Ln wiersze...</numerusform>
            <numerusform>kontrola: %Ln wierszy...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>matching %Ln row(s)...</source>
        <translation>
            <numerusform>dopasowanie: %Ln wiersz...</numerusform>
            <numerusform>dopasowanie: %Ln wiersze...</numerusform>
            <numerusform>dopasowanie: %Ln wierszy...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>writing %Ln row(s)...</source>
        <translation>
            <numerusform>zapis: %Ln wiersz...</numerusform>
            <numerusform>zapis: %Ln wiersze...</numerusform>
            <numerusform>zapis: %Ln wierszy...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../desktop/shared/wording/stage_window.py" line="+20"/>
        <source>stage window %1 days over half-life %2 days is too long to evaluate; use a half-life of at least window/%3 days.</source>
        <translation>okno etapu %1 dni przy okresie połowicznego zaniku %2 dni jest zbyt długie, by je obliczyć; użyj okresu połowicznego zaniku co najmniej okno/%3 dni.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+15"/>
        <source>Target</source>
        <translation>Docelowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aware</source>
        <translation>Świadome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Zaangażowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>Rozszerzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>Utracone</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/start/page.py" line="+23"/>
        <source>This workspace is empty</source>
        <translation>Ten obszar roboczy jest pusty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import your data…</source>
        <translation>Zaimportuj swoje dane…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the templates</source>
        <translation>Otwórz szablony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo portfolio</source>
        <translation>Wczytaj portfel demonstracyjny</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A CSV or XLSX export from your CRM (HubSpot, Salesforce, Dynamics…): accounts first, then contacts, events, deals. Ctrl+I, or drop the file on this window.</source>
        <translation>Eksport CSV lub XLSX z CRM (HubSpot, Salesforce, Dynamics…): najpierw konta, potem kontakty, zdarzenia, transakcje. Ctrl+I lub upuść plik na to okno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One CSV per kind of record with every column the import reads and example rows, to fill in by hand.</source>
        <translation>Jeden plik CSV na każdy rodzaj rekordu, ze wszystkimi kolumnami odczytywanymi przez import i przykładowymi wierszami, do wypełnienia ręcznie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 made-up accounts with a year of activity, to see what abm-health shows before your own data is in.</source>
        <translation>250 fikcyjnych kont z rokiem aktywności, aby zobaczyć, co pokazuje abm-health, zanim wczytasz własne dane.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+12"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../desktop/portfolio/summary.py" line="+56"/>
        <source>no history 4 weeks ago</source>
        <translation>brak historii sprzed 4 tyg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change in 4 weeks</source>
        <translation>bez zmian w 4 tyg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in 4 weeks</source>
        <translation>%1 w 4 tyg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts shown</source>
        <translation>Pokazane konta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all accounts</source>
        <translation>wszystkie konta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all target accounts</source>
        <translation>wszystkie konta docelowe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln accounts</source>
        <translation>
            <numerusform>z %Ln konta</numerusform>
            <numerusform>z %Ln kont</numerusform>
            <numerusform>z %Ln kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln target accounts</source>
        <translation>
            <numerusform>z %Ln konta docelowego</numerusform>
            <numerusform>z %Ln kont docelowych</numerusform>
            <numerusform>z %Ln kont docelowych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not scored yet</source>
        <translation>bez wyniku: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 accounts%3</source>
        <translation>%1: liczba kont %2%3</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../../desktop/commands/team.py" line="+25"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>zespołowy obszar roboczy w PostgreSQL: tworzy schemat i role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team workspaces on PostgreSQL.</source>
        <translation>Zespołowe obszary robocze w PostgreSQL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create the schema and the viewer, manager and admin roles</source>
        <translation>tworzy schemat oraz role viewer, manager i admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create (or upgrade) the schema in the database at URL and the roles &lt;db&gt;_viewer (read and export), &lt;db&gt;_manager (import, notes) and &lt;db&gt;_admin (settings, model versions, undo), and print what was granted.</source>
        <translation>Tworzy (lub aktualizuje) schemat w bazie danych pod adresem URL oraz role &lt;db&gt;_viewer (odczyt i eksport), &lt;db&gt;_manager (import, notatki) i &lt;db&gt;_admin (ustawienia, wersje modelu, cofanie) i wypisuje nadane uprawnienia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLAlchemy URL of the database, e.g. postgresql+psycopg://admin@db/abm (no password: use ~/.pgpass)</source>
        <translation>URL SQLAlchemy bazy danych, np. postgresql+psycopg://admin@db/abm (bez hasła: użyj ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>team init needs a postgresql+psycopg:// URL; an SQLite file is a one-person workspace</source>
        <translation>team init wymaga adresu URL postgresql+psycopg://; plik SQLite to obszar roboczy jednej osoby</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team workspace %1: schema ready.</source>
        <translation>Zespołowy obszar roboczy %1: schemat gotowy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each colleague a database login and one role, e.g.:
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
Passwords stay out of abm-health: each person keeps theirs in ~/.pgpass (or a pg_service.conf entry, or PGPASSWORD).</source>
        <translation>Daj każdemu współpracownikowi login do bazy danych i jedną rolę, np.:
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
Hasła pozostają poza abm-health: każdy przechowuje swoje w ~/.pgpass (albo we wpisie pg_service.conf lub w PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <location filename="../../desktop/commands/template.py" line="+27"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>zapisuje kanoniczny układ CSV encji (import nie wymaga wtedy mapowania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the canonical import template of ENTITY: every column, with example rows.</source>
        <translation>Zapisuje kanoniczny szablon importu encji ENTITY: wszystkie kolumny, z przykładowymi wierszami.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of %1</source>
        <translation>jedno z: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write here (default: stdout)</source>
        <translation>miejsce zapisu (domyślnie: stdout)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists already; choose another file name</source>
        <translation>%1 już istnieje; wybierz inną nazwę pliku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 nie istnieje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1: the %2 template. Fill it in and load it with `abm-health import %2 %3`.</source>
        <translation>Zapisano %1: szablon %2. Wypełnij go i wczytaj poleceniem `abm-health import %2 %3`.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/account/timeline.py" line="+8"/>
        <source>Engagement per week, by kind (last 52 weeks)</source>
        <translation>Zaangażowanie tygodniowo według rodzaju (ostatnie 52 tygodnie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events</source>
        <translation>zdarzenia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show emails sent and delivered</source>
        <translation>Pokaż wysłane i dostarczone e-maile</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No engagement in the last 52 weeks</source>
        <translation>Brak zaangażowania w ostatnich 52 tygodniach</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln events, newest first</source>
        <translation>
            <numerusform>%Ln zdarzenie, od najnowszego</numerusform>
            <numerusform>%Ln zdarzenia, od najnowszych</numerusform>
            <numerusform>%Ln zdarzeń, od najnowszych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>events shown (sends hidden)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sends and deliveries hidden</source>
        <translation>
            <numerusform>ukryte wysyłki i doręczenia: %Ln</numerusform>
            <numerusform>ukryte wysyłki i doręczenia: %Ln</numerusform>
            <numerusform>ukryte wysyłki i doręczenia: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchKinds</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-268"/>
        <source>Form fill</source>
        <translation>Wypełnienie formularza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo held</source>
        <translation>Odbyta prezentacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting booked</source>
        <translation>Umówione spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>Kliknięcie CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>Udział w webinarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>Pobranie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>Kliknięcie w e-mailu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Wizyta w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>Wyświetlenie treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>Wyświetlenie strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>Otwarcie e-maila</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/values.py" line="+74"/>
        <source>(reject the row)</source>
        <translation>(odrzuć wiersz)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Values of %1</source>
        <translation>Wartości: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first rows hold these values that %1 can&apos;t read as they are. Choose what each one means.</source>
        <translation>Pierwsze wiersze zawierają wartości, których %1 nie odczytuje w obecnej postaci. Wybierz, co oznacza każda z nich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value in the first rows can be read.</source>
        <translation>Każdą wartość w pierwszych wierszach można odczytać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules, tried before the values above; the first that matches wins (case does not matter):</source>
        <translation>Reguły sprawdzane przed powyższymi wartościami; wygrywa pierwsza pasująca (wielkość liter nie ma znaczenia):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is exactly</source>
        <translation>jest dokładnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the regular expression</source>
        <translation>pasuje do wyrażenia regularnego</translation>
    </message>
</context>
<context>
    <name>VanityPanel</name>
    <message>
        <location filename="../../desktop/dashboard/vanity_panel.py" line="+21"/>
        <source>VANITY</source>
        <translation>PRÓŻNOŚĆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAUTION</source>
        <translation>OSTROŻNIE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every metric is one we steer by: the settings list no vanity or caution metric.</source>
        <translation>Kierujemy się każdą metryką: ustawienia nie wskazują żadnej metryki próżności ani wymagającej ostrożności.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>Dlaczego się nią nie kierujemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>Zamiast tego kieruj się</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-15"/>
        <source>Steer by it</source>
        <translation>Kierujemy się nią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>Ostrożnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>Próżność</translation>
    </message>
</context>
<context>
    <name>WorkbookCells</name>
    <message>
        <location filename="../../desktop/reports/workbook_words.py" line="+202"/>
        <source>Measure</source>
        <translation>Kierujemy się nią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>Próżność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>Ostrożnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid search</source>
        <translation>Płatne wyszukiwanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid social</source>
        <translation>Płatne media społecznościowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>Reklama displayowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>small sample</source>
        <translation>mała próba</translation>
    </message>
</context>
<context>
    <name>WorkbookColumns</name>
    <message>
        <location line="-163"/>
        <source>Engagement points, 90 days</source>
        <translation>Punkty zaangażowania, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>Ostatnia punktowana interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts with a scored touch, 90 days</source>
        <translation>Kontakty z punktowaną interakcją, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision makers with a scored touch, 90 days</source>
        <translation>Decydenci z punktowaną interakcją, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills, 90 days</source>
        <translation>Wypełnienia formularzy, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks, 90 days</source>
        <translation>Kliknięcia CTA, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings booked, 90 days</source>
        <translation>Umówione spotkania, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held, 90 days</source>
        <translation>Odbyte spotkania, 90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities</source>
        <translation>Otwarte szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>Otwarte szanse sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last win</source>
        <translation>Ostatnia wygrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Odnowienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to renewal</source>
        <translation>Dni do odnowienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>NPS konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions unanswered</source>
        <translation>Pytania bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account id</source>
        <translation>Identyfikator konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>Identyfikator w CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Docelowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Kondycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Przedział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change, 4 weeks</source>
        <translation>Zmiana, 4 tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drivers</source>
        <translation>Czynniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric id</source>
        <translation>Identyfikator metryki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous n</source>
        <translation>Poprzednie n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why n/a</source>
        <translation>Dlaczego b.d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by the period&apos;s end</source>
        <translation>Osiągnęły etap do końca okresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the period</source>
        <translation>Weszły na etap w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the next stage</source>
        <translation>Osiągnęły następny etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion to the next</source>
        <translation>Konwersja do następnego etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to the next</source>
        <translation>Mediana dni do następnego etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>Koszt na MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs, first touch</source>
        <translation>MQL, pierwsza interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL, first touch</source>
        <translation>Koszt na MQL, pierwsza interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI, first touch</source>
        <translation>ROI, pierwsza interakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>Dlaczego się nią nie kierujemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>Zamiast tego kieruj się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its value</source>
        <translation>Jej wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its unit</source>
        <translation>Jej jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good direction</source>
        <translation>Dobry kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not to steer by it</source>
        <translation>Dlaczego się nią nie kierować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>WorkbookDirections</name>
    <message>
        <location line="+83"/>
        <source>up</source>
        <translation>im wyżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>im niżej, tym lepiej</translation>
    </message>
</context>
<context>
    <name>WorkbookNotes</name>
    <message>
        <location line="-74"/>
        <source>Data as of %1. </source>
        <translation>Dane na dzień %1. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s date</source>
        <translation>datę skoroszytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and the per-account figures are the health model&apos;s as of %1 (the period&apos;s last day); 90-day figures count the 90 days before it. Empty cells are n/a.</source>
        <translation>Kondycja i liczby dla poszczególnych kont pochodzą z modelu kondycji według stanu na %1 (ostatni dzień okresu); liczby 90-dniowe obejmują 90 dni przed tym dniem. Puste komórki oznaczają b.d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates are fractions shown as percentages; a change of a rate is in percentage points. Empty cells are n/a (no data or a zero denominator; &quot;Why n/a&quot; names an input the workspace never held).</source>
        <translation>Wskaźniki to ułamki pokazane jako procenty; zmiana wskaźnika jest podawana w punktach procentowych. Puste komórki oznaczają b.d. (brak danych lub zerowy mianownik; kolumna „Dlaczego b.d.” wskazuje dane wejściowe, których obszar roboczy nigdy nie zawierał).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n accounts in scope (the first row). Reached: had reached the stage or a later one by the period&apos;s end; entered: reached it during the period; conversion: the next stage&apos;s reached over this one&apos;s. Accounts that churned in the period: %1.</source>
        <translation>
            <numerusform>%n konto w zakresie (pierwszy wiersz). Osiągnęły: konta, które do końca okresu osiągnęły dany etap lub późniejszy; weszły: konta, które osiągnęły go w trakcie okresu; konwersja: liczba kont, które osiągnęły następny etap, podzielona przez liczbę kont, które osiągnęły ten etap. Konta utracone w okresie: %1.</numerusform>
            <numerusform>%n konta w zakresie (pierwszy wiersz). Osiągnęły: konta, które do końca okresu osiągnęły dany etap lub późniejszy; weszły: konta, które osiągnęły go w trakcie okresu; konwersja: liczba kont, które osiągnęły następny etap, podzielona przez liczbę kont, które osiągnęły ten etap. Konta utracone w okresie: %1.</numerusform>
            <numerusform>%n kont w zakresie (pierwszy wiersz). Osiągnęły: konta, które do końca okresu osiągnęły dany etap lub późniejszy; weszły: konta, które osiągnęły go w trakcie okresu; konwersja: liczba kont, które osiągnęły następny etap, podzielona przez liczbę kont, które osiągnęły ten etap. Konta utracone w okresie: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution: the opportunity&apos;s or contact&apos;s campaign, else the account&apos;s last campaign touch before it (first touch alongside).</source>
        <translation>Atrybucja: kampania szansy sprzedaży lub kontaktu, a w przeciwnym razie ostatnia interakcja konta z kampanią przed nią (obok pierwsza interakcja).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responses dated %1.</source>
        <translation>Odpowiedzi z okresu %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by, and why (the list is a workspace setting).</source>
        <translation>Metryki, którymi się nie kierujemy, i dlaczego (lista jest ustawieniem obszaru roboczego).</translation>
    </message>
</context>
<context>
    <name>WorkbookPhrases</name>
    <message>
        <location line="+77"/>
        <source>Health component: %1</source>
        <translation>Składnik kondycji: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account health</source>
        <translation>Kondycja konta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight %1 of %2; score 0-100</source>
        <translation>waga %1 z %2; wynik 0-100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score</source>
        <translation>Wynik kondycji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Σ weight × component / Σ weight over the components that apply; bands: customers healthy ≥ %1, watch ≥ %2, at risk below; prospects hot ≥ %3, warm ≥ %4, cold below; no data: nothing on record, no score</source>
        <translation>Σ waga × składnik / Σ wag składników, które mają zastosowanie; przedziały: klienci – zdrowe ≥ %1, do obserwacji ≥ %2, zagrożone poniżej; potencjalni klienci – gorące ≥ %3, ciepłe ≥ %4, zimne poniżej; brak danych: brak jakichkolwiek zapisów, brak wyniku</translation>
    </message>
</context>
<context>
    <name>WorkbookSheets</name>
    <message>
        <location line="-215"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>odpowiedzi NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>Metryki próżności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions</source>
        <translation>Definicje</translation>
    </message>
</context>
<context>
    <name>WorkbookTitle</name>
    <message>
        <location line="+274"/>
        <source>Portfolio workbook %1</source>
        <translation>Skoroszyt portfela %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target accounts</source>
        <translation>konta docelowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every account in the workspace</source>
        <translation>wszystkie konta w obszarze roboczym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scope</source>
        <translation>zakres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data as of</source>
        <translation>dane na dzień</translation>
    </message>
</context>
<context>
    <name>WorkbookUnits</name>
    <message>
        <location line="-138"/>
        <source>rate</source>
        <translation>odsetek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>stosunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money</source>
        <translation>kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiple</source>
        <translation>krotność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nps</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>wynik</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <location filename="../../desktop/shared/wording/workspace.py" line="+17"/>
        <source>The workspace %1 is busy in another window or program; close it and try again.</source>
        <translation>Obszar roboczy %1 jest zajęty przez inne okno lub program; zamknij je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is read-only; choose a folder you can write to.</source>
        <translation>Obszar roboczy %1 jest tylko do odczytu; wybierz folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace %1 is full; free some space and try again.</source>
        <translation>Dysk z obszarem roboczym %1 jest pełny; zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (or it is damaged); open another file or restore a backup.</source>
        <translation>%1 nie jest obszarem roboczym abm-health (albo jest uszkodzony); otwórz inny plik lub przywróć kopię zapasową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged; restore the backup written next to it.</source>
        <translation>Obszar roboczy %1 jest uszkodzony; przywróć kopię zapasową zapisaną obok niego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is too big for the workspace %1; nothing was written. Check the file for a cell that runs on (a missing closing quote).</source>
        <translation>Wartość jest za duża dla obszaru roboczego %1; nic nie zapisano. Sprawdź, czy w pliku nie ma komórki, która się nie kończy (brak zamykającego cudzysłowu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 cannot be opened; check that its folder exists and is writable.</source>
        <translation>Nie można otworzyć obszaru roboczego %1; sprawdź, czy jego folder istnieje i jest zapisywalny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused this change (%1): it needs the %2 role on the workspace %3 (%4); ask an admin to grant it.</source>
        <translation>Baza danych odrzuciła tę zmianę (%1): wymaga ona roli %2 w obszarze roboczym %3 (%4); poproś administratora o jej nadanie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2; check its permissions.</source>
        <translation>Nie można odczytać %1: %2; sprawdź uprawnienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (it is not an SQLite database); choose another file.</source>
        <translation>%1 nie jest obszarem roboczym abm-health (nie jest bazą danych SQLite); wybierz inny plik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace: it has tables %2; choose another file.</source>
        <translation>%1 nie jest obszarem roboczym abm-health: zawiera tabele %2; wybierz inny plik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2; check its permissions.</source>
        <translation>Nie można otworzyć %1: %2; sprawdź uprawnienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); restore the backup written next to it.</source>
        <translation>Obszar roboczy %1 jest uszkodzony (%2); przywróć kopię zapasową zapisaną obok niego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace at %1.</source>
        <translation>Pod %1 nie ma obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the workspace %1: %2; choose a folder you can write to.</source>
        <translation>Nie można utworzyć obszaru roboczego %1: %2; wybierz folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 was written by a newer abm-health (schema %2); update the application to open it.</source>
        <translation>Obszar roboczy %1 został zapisany przez nowszą wersję abm-health (schemat %2); zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup was written: %1.</source>
        <translation>Nie zapisano kopii zapasowej: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); nothing was written. Restore a backup (`abm-health backup` copies are checked).</source>
        <translation>Obszar roboczy %1 jest uszkodzony (%2); nic nie zapisano. Przywróć kopię zapasową (kopie z `abm-health backup` są sprawdzane).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team roles need a PostgreSQL workspace; an SQLite file is shared by sharing the file.</source>
        <translation>Role zespołu wymagają obszaru roboczego PostgreSQL; plik SQLite udostępnia się, udostępniając plik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 you need the %2 role on this workspace (%3), which the database user %4 does not have; ask an admin to run: GRANT %3 TO %4;</source>
        <translation>Aby %1, potrzebujesz roli %2 w tym obszarze roboczym (%3), której użytkownik bazy danych %4 nie ma; poproś administratora o wykonanie: GRANT %3 TO %4;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a health model version</source>
        <translation>zapisać wersję modelu kondycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import</source>
        <translation>cofnąć import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files</source>
        <translation>importować pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill the workspace with the demo</source>
        <translation>wypełnić obszar roboczy danymi demonstracyjnymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the settings</source>
        <translation>zmienić ustawienia</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli.py" line="+69"/>
        <location filename="../../desktop/i18n/argparse_words.py" line="+38"/>
        <source>show the version and exit</source>
        <translation>pokazuje wersję i kończy działanie</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n/argparse_words.py" line="-17"/>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>pokazuje ten komunikat pomocy i kończy działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>oczekiwano co najwyżej jednego argumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone razem z argumentem %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nieznany parser %(parser_name)r (do wyboru: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="-16"/>
        <source>Account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports, offline. Without a command, opens the window.</source>
        <translation>Kondycja kont w marketingu ABM: objaśnialna kondycja kont, rzetelne KPI, czyste importy z CRM i raporty gotowe dla zarządu, offline. Bez polecenia otwiera okno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workspace file or SQLAlchemy URL (default: $%1, else the user data folder)</source>
        <translation>plik obszaru roboczego lub URL SQLAlchemy (domyślnie: $%1, a w przeciwnym razie folder danych użytkownika)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of tables, messages and reports (default: the one chosen in the window&apos;s Settings, else the system&apos;s); CSV and JSON are the same in every language</source>
        <translation>język tabel, komunikatów i raportów (domyślnie: wybrany w Ustawieniach okna, a w przeciwnym razie język systemu); CSV i JSON są takie same w każdym języku</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>abm-health: there is no workspace at %1; check --workspace (or $%2), or create one with abm-health demo or abm-health import.</source>
        <translation>abm-health: brak obszaru roboczego w %1; sprawdź --workspace (lub $%2) albo utwórz go poleceniem abm-health demo lub abm-health import.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>abm-health: interrupted; nothing was left half-written.</source>
        <translation>abm-health: przerwano; nic nie zostało zapisane połowicznie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>abm-health: another session changed the same records at the same moment, so nothing was written; run the command again.</source>
        <translation>abm-health: inna sesja zmieniła te same rekordy w tym samym momencie, więc nic nie zostało zapisane; uruchom polecenie ponownie.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/shared/errors.py" line="+42"/>
        <source>A file could not be used</source>
        <translation>Nie można było użyć pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of an unexpected problem (%2). The details can be copied into a bug report.</source>
        <translation>%1 z powodu nieoczekiwanego problemu (%2). Szczegóły można skopiować do zgłoszenia błędu.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Something went wrong that should not have (%1: %2). Your workspace is unchanged by this error; the details below can be copied into a bug report.</source>
        <translation>Wystąpił błąd, który nie powinien się zdarzyć (%1: %2). Ten błąd nie zmienił obszaru roboczego; poniższe szczegóły można skopiować do zgłoszenia błędu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>brak komunikatu</translation>
    </message>
</context>
<context>
    <name>job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+30"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>metric formulas</name>
    <message>
        <location filename="../../desktop/shared/wording/metrics.py" line="+98"/>
        <source>unique opened emails / delivered emails (contact x email; a click counts as an open; delivered = sent - bounced when there are no delivered events)</source>
        <translation>unikalne otwarte e-maile / dostarczone e-maile (kontakt x e-mail; kliknięcie liczy się jako otwarcie; dostarczone = wysłane - niedostarczone, gdy brak zdarzeń dostarczenia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / delivered emails (contact x email)</source>
        <translation>unikalne kliknięte e-maile / dostarczone e-maile (kontakt x e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / unique opened emails</source>
        <translation>unikalne kliknięte e-maile / unikalne otwarte e-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered emails followed by an unsubscribe from that email / delivered emails</source>
        <translation>dostarczone e-maile, po których nastąpiła rezygnacja z subskrypcji z tego e-maila / dostarczone e-maile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content views + downloads in the period; per asset: views, downloads, accounts, mean duration, best and worst</source>
        <translation>wyświetlenia i pobrania treści w okresie; dla każdego zasobu: wyświetlenia, pobrania, konta, średni czas trwania, najlepsze i najgorsze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form_fill events in the period; per form: views, fills, conversion</source>
        <translation>zdarzenia form_fill w okresie; dla każdego formularza: wyświetlenia, wypełnienia, konwersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who filled a form they viewed / visitors who viewed it (visitor x form)</source>
        <translation>odwiedzający, którzy wypełnili wyświetlony formularz / odwiedzający, którzy go wyświetlili (odwiedzający x formularz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who clicked a CTA they viewed / visitors who viewed it; per CTA, ordered by the median day of the account&apos;s journey on which it is seen</source>
        <translation>odwiedzający, którzy kliknęli wyświetlone CTA / odwiedzający, którzy je wyświetlili; dla każdego CTA, w kolejności mediany dnia ścieżki konta, w którym jest wyświetlane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings booked in the period; per kind: booked, held, no-shows</source>
        <translation>spotkania umówione w okresie; według rodzaju: umówione, odbyte, nieobecności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings held that were scheduled in the period</source>
        <translation>odbyte spotkania zaplanowane w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-shows / (held + no-shows), meetings scheduled in the period</source>
        <translation>nieobecności / (odbyte + nieobecności), spotkania zaplanowane w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won with closed_at in the period; per type: won, lost, amount</source>
        <translation>szanse sprzedaży wygrane z closed_at w okresie; według typu: wygrane, przegrane, kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the amounts of opportunities won in the period</source>
        <translation>suma kwot szans sprzedaży wygranych w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won / (won + lost), opportunities closed in the period</source>
        <translation>wygrane / (wygrane + przegrane), szanse sprzedaży zamknięte w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts whose first won new-business opportunity closed in the period</source>
        <translation>konta, których pierwsza wygrana szansa sprzedaży typu nowa sprzedaż została zamknięta w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS of the latest response per contact in the 365 days before the period end</source>
        <translation>NPS z ostatniej odpowiedzi każdego kontaktu w ciągu 365 dni przed końcem okresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(E - N) / S: S customers at the start, E at the end, N of them new in the period</source>
        <translation>(E - N) / S: S klientów na początku, E na końcu, N z nich nowych w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts created in the period</source>
        <translation>kontakty utworzone w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose mql_at falls in the period; without a CRM mql_at, the first time the engagement lead score reached the MQL threshold</source>
        <translation>kontakty, których mql_at przypada w okresie; bez mql_at z CRM: pierwszy moment, w którym punktacja zaangażowania leada osiągnęła próg MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose sql_at falls in the period</source>
        <translation>kontakty, których sql_at przypada w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs of the period that became SQLs by its end / MQLs of the period</source>
        <translation>MQL z okresu, które do jego końca stały się SQL / MQL z okresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign cost in the period / MQLs in the period; per campaign by last-touch attribution (first touch alongside)</source>
        <translation>koszt kampanii w okresie / MQL w okresie; dla każdej kampanii według atrybucji ostatniej interakcji (obok pierwsza interakcja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median engagement lead score of the period&apos;s new leads at the end of the month they arrived; per monthly cohort: quartiles</source>
        <translation>mediana punktacji zaangażowania nowych leadów z okresu na koniec miesiąca, w którym się pojawiły; dla każdej miesięcznej kohorty: kwartyle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts silent for at least the silent-days setting who engaged again in the period</source>
        <translation>kontakty milczące co najmniej przez liczbę dni z ustawienia, które ponownie zaangażowały się w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new leads among the unique web visitors / unique web visitors (contact, else session)</source>
        <translation>nowe leady wśród unikalnych odwiedzających witrynę / unikalni odwiedzający witrynę (kontakt, w przeciwnym razie sesja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(won revenue attributed - cost) / cost over campaigns with cost in the period; attribution: the opportunity&apos;s campaign, else the account&apos;s last campaign touch before it was created (first touch alongside)</source>
        <translation>(przypisany przychód z wygranych - koszt) / koszt, dla kampanii z kosztem w okresie; atrybucja: kampania szansy sprzedaży, w przeciwnym razie ostatnia interakcja konta z kampanią przed jej utworzeniem (obok pierwsza interakcja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(campaign cost + listed sales and marketing cost) in the period / new customers</source>
        <translation>(koszt kampanii + wprowadzony koszt sprzedaży i marketingu) w okresie / nowi klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean ARR per customer at the period end x gross margin / annual logo churn rate</source>
        <translation>średni ARR na klienta na koniec okresu x marża brutto / roczny wskaźnik odejść klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV / CAC (3 or more is healthy)</source>
        <translation>LTV / CAC (3 lub więcej to dobry wynik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from opportunity created to won, opportunities won in the period</source>
        <translation>mediana dni od utworzenia szansy sprzedaży do wygranej, szanse sprzedaży wygrane w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won in the period that closed on a promotion</source>
        <translation>szanse sprzedaży wygrane w okresie, zamknięte na promocji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won on a promotion / won, opportunities won in the period</source>
        <translation>wygrane na promocji / wygrane, szanse sprzedaży wygrane w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web_visit events in the period; per traffic channel: visits and share</source>
        <translation>zdarzenia web_visit w okresie; według kanału ruchu: wizyty i udział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits from organic, social, referral and direct channels / visits</source>
        <translation>wizyty z kanałów organicznego, społecznościowego, poleceń i bezpośredniego / wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits whose session has a form fill or CTA click / visits; per landing page, top 10</source>
        <translation>wizyty, w których sesji jest wypełnienie formularza lub kliknięcie CTA / wizyty; dla każdej strony docelowej, 10 najlepszych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page_view events in the period</source>
        <translation>zdarzenia page_view w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean duration of page views that report one</source>
        <translation>średni czas trwania wyświetleń stron, które go podają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions with at most one page view / sessions</source>
        <translation>sesje z najwyżej jednym wyświetleniem strony / sesje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media_mention events in the period</source>
        <translation>zdarzenia media_mention w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social_engagement events (likes, comments, shares) in the period</source>
        <translation>zdarzenia social_engagement (polubienia, komentarze, udostępnienia) w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distinct contacts with any engagement in the period; monthly, with the same month a year earlier (directional)</source>
        <translation>różne kontakty z jakimkolwiek zaangażowaniem w okresie; miesięcznie, wobec tego samego miesiąca rok wcześniej (orientacyjnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTR of emails to customer accounts; monthly trend with alerts on falling CTR or rising unsubscribes</source>
        <translation>CTR e-maili do kont klientów; trend miesięczny z ostrzeżeniami przy spadku CTR lub wzroście rezygnacji z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribe rate of emails to customer accounts</source>
        <translation>wskaźnik rezygnacji z subskrypcji e-maili do kont klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median hours from asked to answered, questions asked in the period</source>
        <translation>mediana godzin od zadania pytania do odpowiedzi, pytania zadane w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions answered within the answer-within-hours setting / questions asked</source>
        <translation>pytania z odpowiedzią w czasie z ustawienia (godziny na odpowiedź) / zadane pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) - % detractors (0-6) of the responses in the period</source>
        <translation>% promotorów (9-10) - % krytyków (0-6) wśród odpowiedzi w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses with a comment in the period, listed with their score</source>
        <translation>odpowiedzi z komentarzem w okresie, wraz z ich oceną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers at the start who are no longer customers at the end / customers at the start</source>
        <translation>klienci na początku, którzy na końcu nie są już klientami / klienci na początku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR - churned and contracted ARR) / start ARR, accounts with ARR at the start</source>
        <translation>(ARR na początku - ARR utracony i zmniejszony) / ARR na początku, konta z ARR na początku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR + expansion - churned and contracted ARR) / start ARR</source>
        <translation>(ARR na początku + rozszerzenie - ARR utracony i zmniejszony) / ARR na początku</translation>
    </message>
</context>
<context>
    <name>metric groups</name>
    <message>
        <location line="-129"/>
        <source>ABM journey</source>
        <translation>Ścieżka ABM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the funnel</source>
        <translation>Góra lejka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community and nurture</source>
        <translation>Społeczność i pielęgnowanie leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction and loyalty</source>
        <translation>Zadowolenie i lojalność</translation>
    </message>
</context>
<context>
    <name>metric reasons</name>
    <message>
        <location line="+131"/>
        <source>Opens are under-counted when the reader&apos;s images are off; clicks show real engagement.</source>
        <translation>Otwarcia są zaniżane, gdy czytelnik ma wyłączone obrazy; kliknięcia pokazują rzeczywiste zaangażowanie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More leads only means more dropped later if they are not qualified; count marketing-qualified leads instead.</source>
        <translation>Więcej leadów oznacza jedynie więcej odrzuconych później, jeśli nie są kwalifikowane; zamiast tego licz kwalifikowane leady marketingowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurturing takes the time each customer&apos;s approvals need; track what moves deals, such as promotions, instead.</source>
        <translation>Pielęgnowanie leadów trwa tyle, ile wymagają zatwierdzenia u każdego klienta; zamiast tego śledź to, co posuwa transakcje naprzód, np. promocje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views show awareness only, not whether visitors act.</source>
        <translation>Wyświetlenia pokazują tylko świadomość, a nie to, czy odwiedzający działają.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on a page shows awareness only, not whether visitors act.</source>
        <translation>Czas na stronie pokazuje tylko świadomość, a nie to, czy odwiedzający działają.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your workspace lists it as a vanity metric: it can rise while nothing that matters does.</source>
        <translation>Twój obszar roboczy oznacza ją jako metrykę próżności: może rosnąć, gdy nic istotnego nie rośnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your workspace lists it for caution: read it only beside the metric it points to.</source>
        <translation>Twój obszar roboczy oznacza ją jako wymagającą ostrożności: czytaj ją tylko obok metryki, na którą wskazuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>Metryki, którymi się nie kierujemy, i dlaczego</translation>
    </message>
</context>
<context>
    <name>metric units</name>
    <message>
        <location line="-140"/>
        <source>share between 0 and 1, shown as a percentage</source>
        <translation>udział od 0 do 1, pokazywany jako procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbounded fraction (may be negative or above 1), shown as a percentage</source>
        <translation>ułamek bez ograniczeń (może być ujemny lub większy od 1), pokazywany jako procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of things</source>
        <translation>liczba elementów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace currency</source>
        <translation>waluta obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times (x)</source>
        <translation>krotność (x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net promoter score, -100 to 100</source>
        <translation>wskaźnik NPS, od -100 do 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagement lead score points</source>
        <translation>punkty zaangażowania leada</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location line="+6"/>
        <source>Email open rate</source>
        <translation>Wskaźnik otwarć e-maili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>Współczynnik klikalności e-maili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>Współczynnik kliknięć do otwarć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>Wskaźnik rezygnacji z subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content engagement</source>
        <translation>Zaangażowanie w treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills</source>
        <translation>Wypełnienia formularzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form conversion</source>
        <translation>Konwersja formularzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>Konwersja CTA na ścieżce zakupowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos booked</source>
        <translation>Umówione rozmowy i prezentacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos held</source>
        <translation>Odbyte rozmowy i prezentacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting no-show rate</source>
        <translation>Wskaźnik nieobecności na spotkaniach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed deals won</source>
        <translation>Wygrane transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won amount</source>
        <translation>Wygrana kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Wskaźnik wygranych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>NPS konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>Wskaźnik utrzymania klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw leads</source>
        <translation>Surowa liczba leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing-qualified leads</source>
        <translation>Kwalifikowane leady marketingowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales-qualified leads</source>
        <translation>Kwalifikowane leady sprzedażowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL-to-SQL conversion</source>
        <translation>Konwersja MQL do SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>Koszt na MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score of new leads</source>
        <translation>Punktacja nowych leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated prospects</source>
        <translation>Reaktywowani potencjalni klienci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion rate</source>
        <translation>Współczynnik konwersji leadów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign ROI</source>
        <translation>ROI kampanii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>Koszt pozyskania klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>Żywotna wartość klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle length</source>
        <translation>Długość cyklu sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion conversions</source>
        <translation>Konwersje z promocji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of wins on a promotion</source>
        <translation>Udział wygranych na promocji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visits</source>
        <translation>Wizyty w witrynie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic and free traffic share</source>
        <translation>Udział ruchu organicznego i bezpłatnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page conversion</source>
        <translation>Konwersja stron docelowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page views</source>
        <translation>Wyświetlenia stron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time on page</source>
        <translation>Średni czas na stronie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>Współczynnik odrzuceń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mentions</source>
        <translation>Wzmianki w mediach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>Zaangażowanie w mediach społecznościowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged community</source>
        <translation>Zaangażowana społeczność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture email click-through rate</source>
        <translation>Współczynnik klikalności e-maili pielęgnujących</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture unsubscribe rate</source>
        <translation>Wskaźnik rezygnacji z e-maili pielęgnujących</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to answer questions</source>
        <translation>Czas odpowiedzi na pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered in time</source>
        <translation>Pytania z odpowiedzią na czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net promoter score</source>
        <translation>Wskaźnik NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey comments</source>
        <translation>Komentarze z ankiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo churn rate</source>
        <translation>Wskaźnik odejść klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue retention</source>
        <translation>Utrzymanie przychodu brutto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue retention</source>
        <translation>Utrzymanie przychodu netto</translation>
    </message>
</context>
<context>
    <name>na reasons</name>
    <message>
        <location filename="../../desktop/shared/wording/reasons.py" line="+19"/>
        <source>no campaign costs imported</source>
        <translation>nie zaimportowano kosztów kampanii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no campaign costs imported and no sales and marketing cost set</source>
        <translation>nie zaimportowano kosztów kampanii ani nie ustawiono kosztów sprzedaży i marketingu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no subscriptions imported</source>
        <translation>nie zaimportowano subskrypcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NPS survey imported</source>
        <translation>nie zaimportowano ankiety NPS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1.</source>
        <translation>Niedostępne: %1.</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <location filename="../../desktop/shared/wording/segments.py" line="+31"/>
        <source>not enough customers in both bands to compare (at-risk customers: %1, healthy ones: %2)</source>
        <translation>za mało klientów w obu przedziałach do porównania (klienci zagrożeni: %1, zdrowi: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no at-risk customers churned and none of the healthy ones did (%1 of %2 vs %3 of %4)</source>
        <translation>żaden zagrożony klient nie odszedł i żaden zdrowy też nie (%1 z %2 wobec %3 z %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned (%1 of %2 vs %3 of %4) and none of the healthy ones did</source>
        <translation>zagrożeni klienci odchodzili (%1 z %2 wobec %3 z %4), a żaden zdrowy nie odszedł</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned %1x as often as healthy ones (%2 of %3 vs %4 of %5)</source>
        <translation>zagrożeni klienci odchodzili %1 razy częściej niż zdrowi (%2 z %3 wobec %4 z %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough prospects in both bands to compare (hot prospects: %1, cold ones: %2)</source>
        <translation>za mało potencjalnych klientów w obu przedziałach do porównania (gorący: %1, zimni: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no hot prospects opened an opportunity and none of the cold ones did (%1 of %2 vs %3 of %4)</source>
        <translation>żaden gorący potencjalny klient nie otworzył szansy sprzedaży i żaden zimny też nie (%1 z %2 wobec %3 z %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity (%1 of %2 vs %3 of %4) and none of the cold ones did</source>
        <translation>gorący potencjalni klienci otwierali szanse sprzedaży (%1 z %2 wobec %3 z %4), a żaden zimny tego nie zrobił</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity %1x as often as cold ones (%2 of %3 vs %4 of %5)</source>
        <translation>gorący potencjalni klienci otwierali szanse sprzedaży %1 razy częściej niż zimni (%2 z %3 wobec %4 z %5)</translation>
    </message>
</context>
<context>
    <name>write_access</name>
    <message>
        <location filename="../../desktop/shared/write_access.py" line="+38"/>
        <source>Your database user has no role on this team workspace; this needs the %1 role.</source>
        <translation>Twój użytkownik bazy danych nie ma roli w tym zespołowym obszarze roboczym; wymagana jest rola %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database user has the %1 role on this team workspace; this needs the %2 role.</source>
        <translation>Twój użytkownik bazy danych ma rolę %1 w tym zespołowym obszarze roboczym; wymagana jest rola %2.</translation>
    </message>
</context>
</TS>

# Polish (pl) draft of app.ftl; formal Pan/Pani or impersonal forms; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Dalej
app-cancel = Anuluj
app-save = Zapisz
app-none = Brak.
app-show = Pokaż
app-lock = Zablokuj
app-locked-notice = Ekran został zablokowany. Aby kontynuować, proszę się zalogować.
app-nav-label = Menu główne
app-nav-members = Członkowie
app-nav-supervisor = Kierownik zespołu
app-nav-settings = Ustawienia
app-nav-sync = Synchronizacja
app-for-staff = Dla personelu:
app-fallback-english = (jeszcze nieprzetłumaczone: wyświetlono wersję angielską)
app-translation-status-missing = Jeszcze nieprzetłumaczone: pytania wyświetlają się po angielsku

## First run and sign-in
app-setup-title = Konfiguracja Equity Intake
app-setup-explain = Proszę utworzyć magazyn danych tego ośrodka zdrowia i jego pierwszego kierownika zespołu. Wszystkie dane są przechowywane w postaci zaszyfrowanej na tym komputerze.
app-setup-submit = Utwórz magazyn danych
app-recovery-title = Klucz odzyskiwania
app-recovery-explain = Jeśli wszyscy kierownicy zespołu zapomną swojego PIN-u, ten klucz będzie jedynym sposobem na odzyskanie dostępu do magazynu danych. Należy go zapisać i przechowywać w bezpiecznym, zamkniętym miejscu, z dala od tego komputera. Jest wyświetlany tylko raz.
app-recovery-confirm = Zapisałem/zapisałam klucz odzyskiwania i przechowuję go w bezpiecznym miejscu.
app-sign-in-title = Logowanie
app-sign-in-submit = Zaloguj się
app-pin-hint = Co najmniej 6 znaków. Nie wolno go nikomu udostępniać.
app-field-site = Nazwa ośrodka zdrowia
app-field-username = Nazwa użytkownika
app-field-name = Imię i nazwisko
app-field-pin = Kod PIN
app-field-pin-again = Powtórz kod PIN
app-field-role = Rola
app-field-staff-language = Język ekranów

## Members
app-members-title = Członkowie
app-members-search = Szukaj według imienia i nazwiska, identyfikatora MassHealth, numeru dokumentacji lub daty urodzenia
app-members-recent = Ostatnio przeglądani członkowie
app-members-none-yet = Brak ostatnio przeglądanych członków. Proszę wyszukać powyżej lub dodać członka.
app-members-found = { $count ->
    [one] Znaleziono { $count } członka
    [few] Znaleziono { $count } członków
    [many] Znaleziono { $count } członków
   *[other] Znaleziono { $count } członka
}
app-members-too-many = Znaleziono ponad { $count } członków: proszę wpisać więcej liter nazwiska lub imienia.
app-members-add = Dodaj członka
app-members-save = Zapisz członka
app-duplicates-found = Ci członkowie wyglądają na tę samą osobę. Proszę otworzyć jednego z nich albo dodać nowego członka, jeśli to ktoś inny.
app-duplicates-add-anyway = To ktoś inny: dodaj nowego członka
app-dob = Data urodzenia
app-masshealth-id = Identyfikator MassHealth
app-mrn = Numer dokumentacji
app-field-given-name = Imię
app-field-family-name = Nazwisko
app-field-date-of-birth = Data urodzenia
app-field-masshealth-id = Identyfikator MassHealth (opcjonalnie)
app-field-mrn = Numer dokumentacji medycznej (opcjonalnie)

## Member profile
app-demographics-title = Co członek powiedział nam o sobie
app-topic = Temat
app-state = Stan
app-answer = Odpowiedź
app-asked-on = Data pytania
app-proxy = odpowiedziała inna osoba
app-topic-race-ethnicity = Rasa i pochodzenie etniczne
app-topic-language = Język
app-topic-disability = Niepełnosprawność
app-topic-sexual-orientation = Orientacja seksualna
app-topic-gender-identity = Tożsamość płciowa
app-topic-sex-at-birth = Płeć przypisana przy urodzeniu
app-topic-pronouns = Zaimki
app-state-answered = Udzielono odpowiedzi
app-state-declined = Wolał(a) nie odpowiadać
app-state-unknown = Nie wiedział(a)
app-state-never-asked = Nigdy nie zapytano
app-state-stale = Sprzed ponad roku
app-history-title = Badania przesiewowe
app-history-none = Brak badań przesiewowych.
app-drafts-title = Niedokończone badania przesiewowe
app-resume = Wznów
app-needs-title = Potrzeby
app-needs-none = Jak dotąd nie stwierdzono potrzeb.
app-need-discreet = Potrzeba o charakterze poufnym
app-opened-on = Data stwierdzenia
app-follow-up-add = Zapisz dalsze działania

## Starting a screening
app-start-title = Rozpocznij badanie przesiewowe
app-start-submit = Rozpocznij
app-field-instruments = Kwestionariusze
app-field-member-language = Język członka
app-field-mode = Sposób
app-mode-in-person = Osobiście
app-mode-phone = Przez telefon
app-mode-video = Przez wideo
app-field-interpreter = Pomaga tłumacz ustny
app-field-respondent = Kto odpowiada
app-respondent-self = Członek
app-respondent-proxy = Ktoś w imieniu członka (rodzic, opiekun)
app-field-relationship = Związek tej osoby z członkiem
app-field-consent = Członek wyraża zgodę

## Screening
app-screening-for = Badanie przesiewowe:
app-question-position = Pytanie { $n } z { $total }
app-progress = Odpowiedzi: { $answered } z { $total }
app-steps-label = Pytania
app-back = Wstecz
app-next = Dalej
app-finish = Zakończ i zapisz
app-save-close = Zamknij (odpowiedzi są zapisane)
app-discard = Odrzuć to badanie przesiewowe
app-discard-confirm = Odrzucić wszystkie odpowiedzi z tego badania przesiewowego? Tej operacji nie można cofnąć.

## Results
app-results-title = Wyniki
app-results-none = Brak wyników do wyświetlenia.
app-safe-to-talk = Członek jest sam i może bezpiecznie rozmawiać
app-to-profile = Powrót do członka
app-summary-print = Podsumowanie dla członka
app-summary-open = Otwórz podsumowanie
app-print = Drukuj lub zapisz jako PDF

## The printed summary, in the member's language
app-summary-title = Podsumowanie Pana/Pani rozmowy
app-summary-intro = Dziękujemy za odpowiedzi na nasze pytania. Poniżej opisujemy, o czym rozmawialiśmy i co będzie dalej.
app-summary-none = Dzisiaj nie wspomniał(a) Pan/Pani o żadnych potrzebach. Może Pan/Pani porozmawiać z nami w każdej chwili.
app-summary-footer = Pana/Pani odpowiedzi są poufne. Pomagają ośrodkowi zdrowia i MassHealth zapewnić Panu/Pani lepszą opiekę. W razie pytań prosimy zadzwonić do swojego ośrodka zdrowia.
app-summary-explain-housing-instability = Może Pan/Pani potrzebować pomocy w utrzymaniu lub znalezieniu mieszkania.
app-summary-explain-housing-quality = W Pana/Pani domu mogą być problemy, które mogą wpływać na zdrowie.
app-summary-explain-food = Może Pan/Pani potrzebować pomocy w zdobyciu wystarczającej ilości jedzenia.
app-summary-explain-transportation = Może Pan/Pani potrzebować pomocy w dojazdach do lekarza, do pracy lub w załatwianiu spraw.
app-summary-explain-utilities = Może Pan/Pani potrzebować pomocy w opłaceniu prądu, gazu, oleju opałowego lub wody.
app-summary-explain-interpersonal-safety = Możemy porozmawiać o Pana/Pani bezpieczeństwie, kiedy tylko Pan/Pani zechce.
app-summary-explain-financial-strain = Może Pan/Pani potrzebować pomocy w opłaceniu podstawowych potrzeb.
app-summary-explain-employment = Może Pan/Pani chcieć pomocy w znalezieniu lub utrzymaniu pracy.
app-summary-explain-family-community-support = Może Pan/Pani chcieć więcej pomocy w domu lub więcej czasu z innymi ludźmi.
app-summary-explain-education = Może Pan/Pani chcieć pomocy w nauce lub w szkoleniu zawodowym.
app-summary-explain-physical-activity = Więcej ruchu może pomóc Pana/Pani zdrowiu.
app-summary-explain-substance-use = Możemy porozmawiać o alkoholu, tytoniu lub narkotykach, kiedy tylko Pan/Pani zechce.
app-summary-explain-mental-health = Może Pan/Pani chcieć z kimś porozmawiać o tym, jak się Pan/Pani czuje.
app-summary-explain-disabilities = Może Pan/Pani chcieć pomocy w codziennych czynnościach.
app-summary-explain-digital-access = Może Pan/Pani potrzebować pomocy w uzyskaniu internetu lub urządzenia do wizyt wideo.
app-summary-explain-digital-literacy = Może Pan/Pani chcieć pomocy w nauce korzystania z wizyt wideo.

## Supervisor
app-supervisor-title = Dzisiaj
app-team-work = Praca według pracowników
app-staff = Pracownik
app-screenings = Badania przesiewowe
app-members-screened = Członkowie
app-needs-opened = Stwierdzone potrzeby
app-incomplete-title = Niedokończone badania przesiewowe
app-unfollowed-title = Potrzeby bez dalszych działań
app-users-title = Użytkownicy
app-add-user = Dodaj użytkownika
app-reset-pin = Zresetuj PIN
app-deactivate = Dezaktywuj
app-inactive = dezaktywowany
app-site-settings = Ustawienia placówki
app-setting-idle-lock-seconds = Blokuj ekran po tylu sekundach bezczynności
app-setting-sogi-min-age = Najniższy wiek, od którego pyta się o orientację seksualną i tożsamość płciową

## Settings
app-text-size = Rozmiar tekstu
app-about = Informacje o aplikacji
app-language = Język
app-translation-status = Tłumaczenie

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Ekran jest zablokowany. Proszę zalogować się ponownie: nic nie zostało utracone.
app-error-pin-mismatch = Oba kody PIN nie są takie same.
app-error-preferences = Nie udało się zapisać tego ustawienia na tym komputerze.
app-error-date-of-birth = Proszę wpisać pełną datę urodzenia.
app-error-member-name = Proszę wpisać imię lub nazwisko.
app-error-member-date-of-birth = Data urodzenia nie może być w przyszłości.
app-error-member-masshealth-id = Identyfikator MassHealth składa się wyłącznie z liter i cyfr.
app-error-member-language = Proszę wybrać język członka.
app-error-mode = Proszę wybrać sposób przeprowadzenia badania przesiewowego.
app-error-respondent = Proszę wybrać, kto odpowiada.
app-error-proxy-relationship = Proszę podać, kto odpowiada w imieniu członka.
app-error-consent = Członek musi wyrazić zgodę, zanim zostanie zadane jakiekolwiek pytanie.
app-error-instruments = Proszę wybrać co najmniej jeden kwestionariusz.
app-error-answer = Ta odpowiedź nie pasuje do pytania. Proszę wybrać ponownie.
app-error-answer-exclusive = Tej odpowiedzi nie można wybrać razem z pozostałymi.
app-error-answer-range = Ta liczba jest poza zakresem dozwolonym w pytaniu.
app-error-required-unanswered = To pytanie wymaga odpowiedzi lub wybrania „Wolę nie odpowiadać” przed zakończeniem.
app-error-follow-up-status = Proszę wybrać, co stało się z tą potrzebą.
app-error-role = Proszę wybrać rolę.
app-error-setting = Ta wartość jest poza dozwolonym zakresem.

# Ekran synchronizacji dla kierownika zespołu.
app-sync-title = Synchronizacja z serwerem centralnym ACO
app-sync-not-enrolled = To urządzenie nie jest jeszcze zarejestrowane na serwerze centralnym. Proszę wpisać adres serwera i jednorazowy kod otrzymany od ACO.
app-sync-hub-url = Adres serwera
app-sync-code = Kod rejestracyjny
app-sync-enroll = Zarejestruj to urządzenie
app-sync-enrolled = Zarejestrowano na serwerze { $url } dla { $site }.
app-sync-unsent = { $count ->
    [one] { $count } rekord czeka na wysłanie.
    [few] { $count } rekordy czekają na wysłanie.
    [many] { $count } rekordów czeka na wysłanie.
   *[other] { $count } rekordu czeka na wysłanie.
}
app-sync-all-sent = Wszystko dotarło na serwer centralny.
app-sync-now = Synchronizuj teraz
app-sync-sending = Wysyłanie rekordów: { $sent } z { $total }
app-sync-finished = { $records ->
    [one] Gotowe: wysłano { $records } rekord, a serwer potwierdził jego odbiór.
    [few] Gotowe: wysłano { $records } rekordy, a serwer potwierdził ich odbiór.
    [many] Gotowe: wysłano { $records } rekordów, a serwer potwierdził ich odbiór.
   *[other] Gotowe: wysłano { $records } rekordu, a serwer potwierdził ich odbiór.
}
app-sync-history = Ostatnie synchronizacje
app-sync-started = Rozpoczęto
app-sync-by = Uruchomił(a)
app-sync-records = Rekordy
app-sync-receipts = Podpisane potwierdzenia
app-sync-result = Wynik
app-sync-ok = Zakończono
app-sync-receipt = { $count ->
    [one] Pakiet { $sequence }: { $count } rekord
    [few] Pakiet { $sequence }: { $count } rekordy
    [many] Pakiet { $sequence }: { $count } rekordów
   *[other] Pakiet { $sequence }: { $count } rekordu
}

# Polish (pl) draft of cli.ftl; impersonal forms; every error stays one line.
# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: błąd: { $message }
cli-internal-error = intake: błąd wewnętrzny; nic więcej nie zostało zapisane. Prosimy zgłosić ten problem.
cli-store-created = Utworzono magazyn danych w { $dir } dla { $site }.
cli-recovery-key-intro = Klucz odzyskiwania (wyświetlany tylko raz; należy go zapisać i przechowywać pod zamknięciem):
cli-demo-saved = zapisano nr { $number }: członek { $member }, ankieta { $response }
cli-demo-added = { $count ->
    [one] Dodano { $count } syntetycznego członka z badaniami przesiewowymi.
    [few] Dodano { $count } syntetycznych członków z badaniami przesiewowymi.
    [many] Dodano { $count } syntetycznych członków z badaniami przesiewowymi.
   *[other] Dodano { $count } syntetycznego członka z badaniami przesiewowymi.
}
cli-found = { $count ->
    [one] Znaleziono { $count } wynik
    [few] Znaleziono { $count } wyniki
    [many] Znaleziono { $count } wyników
   *[other] Znaleziono { $count } wyniku
}
cli-duplicates = { $count ->
    [one] { $count } istniejący członek wygląda na tę samą osobę (lista powyżej); aby mimo to dodać, należy użyć --force
    [few] { $count } istniejących członków wygląda na tę samą osobę (lista powyżej); aby mimo to dodać, należy użyć --force
    [many] { $count } istniejących członków wygląda na tę samą osobę (lista powyżej); aby mimo to dodać, należy użyć --force
   *[other] { $count } istniejącego członka wygląda na tę samą osobę (lista powyżej); aby mimo to dodać, należy użyć --force
}
cli-verify-ok = OK: sprawdzenie stron i integralności zakończone pomyślnie; łańcuch dziennika audytu nienaruszony (wpisy: { $entries }); członkowie: { $members }, ankiety: { $responses }
cli-backup-written = Zapisano zaszyfrowaną kopię zapasową w { $file } (rozmiar w bajtach: { $bytes }).
cli-restored = Przywrócono z { $file }: członkowie: { $members }, ankiety: { $responses }.
cli-new-pin = { $user } ma nowy PIN.
cli-user-added = Dodano użytkownika { $user } ({ $role }).
cli-user-deactivated = Konto { $user } zostało dezaktywowane.
cli-outbox = oczekujące: { $pending }
    dostarczone: { $delivered }
cli-response-line = ankieta { $id } { $date } { $instrument }, język: { $locale }, zebrał(a): { $collector }, odpowiedzi: { $answers }{ $state }
cli-response-retracted = { " " }(wprowadzona przez pomyłkę)
cli-response-corrected = { " " }(poprawiona)
cli-need-line = potrzeba { $id } { $domain }: { $status }
cli-user-active = aktywny
cli-user-deactivated-state = dezaktywowany
cli-prompt-pin = PIN użytkownika { $user }:
cli-prompt-choose-pin = Proszę wybrać PIN dla { $user }:
cli-prompt-new-pin = Nowy PIN dla { $user }:
cli-prompt-recovery-key = Klucz odzyskiwania:
cli-need-user = należy ustawić w INTAKE_USER nazwę użytkownika, w imieniu którego wykonuje się polecenia
cli-no-value = nie podano wartości: należy ustawić { $var } lub wpisać wartość, gdy pojawi się prośba
cli-no-data-dir = nie podano --data-dir i nie ma folderu domowego, którego można by użyć domyślnie
cli-read-failed = nie udało się odczytać: { $what }

error-not-initialized = brak magazynu danych Equity Intake w { $path }: najpierw należy uruchomić „intake init”
error-already-initialized = { $path } zawiera już magazyn danych Equity Intake
error-wrong-credentials = nieprawidłowa nazwa użytkownika lub PIN
error-locked-out = zbyt wiele błędnych PIN-ów dla tego użytkownika: proszę spróbować ponownie za { $seconds } s lub poprosić kierownika zespołu o zresetowanie PIN-u
error-deactivated = to konto zostało dezaktywowane: proszę zwrócić się do kierownika zespołu
error-wrong-recovery-key = klucz odzyskiwania nie pasuje do tego magazynu danych
error-forbidden = Pana/Pani rola ({ $role }) nie pozwala { $action }
error-not-found = nie znaleziono: { $what }
error-what-member = członek
error-what-user = użytkownik
error-what-response = ankieta
error-what-need = potrzeba
error-what-draft = niedokończone badanie przesiewowe
error-invalid = { $field }: { $reason }
error-field-name = imię i nazwisko
error-field-date-of-birth = data urodzenia
error-field-masshealth-id = identyfikator MassHealth
error-field-pin = kod PIN
error-field-site = placówka
error-field-user = użytkownik
error-field-consent = zgoda
error-field-answers = odpowiedzi
error-field-supersedes = korekta
error-field-reason = powód
error-field-response = ankieta
error-field-organization = organizacja
error-field-file = plik
error-field-instrument = kwestionariusz
error-field-draft = badanie przesiewowe
error-field-item = pytanie
error-reason-check-field = proszę sprawdzić to pole
error-reason-pin-too-short = należy użyć co najmniej { $min } znaków
error-reason-site-empty = proszę podać nazwę ośrodka zdrowia
error-reason-username-format = proszę użyć liter, cyfr, „.”, „_” lub „-” (najwyżej 64)
error-reason-username-taken = ta nazwa użytkownika jest już zajęta
error-reason-recovery-needs-supervisor = kluczem odzyskiwania można zresetować tylko PIN aktywnego kierownika zespołu
error-reason-deactivate-self = nie można dezaktywować własnego konta
error-reason-no-consent = członek nie zgodził się na badanie przesiewowe
error-reason-answered-twice = na jedno pytanie udzielono dwóch odpowiedzi ({ $item })
error-reason-correction-other-member = korekta musi zastępować ankietę tego samego członka
error-reason-retraction-reason = proszę podać, dlaczego ankieta została wprowadzona przez pomyłkę
error-reason-already-retracted = jest już oznaczona jako wprowadzona przez pomyłkę
error-reason-referral-organization = proszę podać nazwę organizacji, do której skierowano członka
error-reason-path-not-utf8 = ścieżka zawiera znaki, których ten system nie może użyć
error-reason-unknown-instrument = ta aplikacja nie zna tego kwestionariusza ({ $item })
error-reason-unknown-item = pytanie nie należy do tego kwestionariusza ({ $item })
error-reason-wrong-kind = odpowiedź ma wartość niewłaściwego rodzaju ({ $item })
error-reason-unknown-option = odpowiedź nie jest jedną z opcji pytania ({ $item })
error-reason-exclusive-option = „żadne” nie może być wybrane razem z innymi odpowiedziami ({ $item })
error-reason-empty-choice = proszę wybrać co najmniej jedną odpowiedź ({ $item })
error-reason-out-of-range = liczba jest poza dozwolonym zakresem ({ $item })
error-reason-absent-not-offered = to pytanie nie przewiduje takiej odpowiedzi ({ $item })
error-reason-not-enabled = udzielono odpowiedzi na pytanie, które nie ma zastosowania ({ $item })
error-reason-required-missing = obowiązkowe pytanie nie ma odpowiedzi ({ $item })
error-reason-none-chosen = proszę wybrać co najmniej jeden kwestionariusz
error-reason-already-saved = ta część badania przesiewowego jest już zapisana
error-reason-empty-text = odpowiedź pisemna jest pusta ({ $item })
error-disk-full = dysk jest pełny lub nie można na nim zapisywać: nic nie zostało zapisane; proszę zwolnić miejsce i spróbować ponownie
error-corrupt = magazyn danych jest uszkodzony lub nie jest magazynem Equity Intake ({ $detail }); należy go przywrócić z kopii zapasowej
error-audit-broken = dziennik audytu został zmieniony przy wpisie { $seq }: { $reason }
error-not-a-backup = { $path } nie jest kopią zapasową Equity Intake
error-io = błąd pliku { $path }: { $detail }
error-database = błąd bazy danych: { $detail }

# Rejestracja na serwerze centralnym ACO (hub) i synchronizacja z nim. Każdy błąd synchronizacji mówi, czy coś zostało utracone (nigdy).
cli-enrolled = Zarejestrowano na serwerze { $url } dla { $site }. To urządzenie: { $device }.
cli-sync-progress = Wysłano rekordy: { $sent } z { $total }…
cli-sync-done = { $records ->
    [one] Synchronizacja zakończona: wysłano { $records } rekord. Sprawdzone podpisane potwierdzenia odbioru: { $batches }.
    [few] Synchronizacja zakończona: wysłano { $records } rekordy. Sprawdzone podpisane potwierdzenia odbioru: { $batches }.
    [many] Synchronizacja zakończona: wysłano { $records } rekordów. Sprawdzone podpisane potwierdzenia odbioru: { $batches }.
   *[other] Synchronizacja zakończona: wysłano { $records } rekordu. Sprawdzone podpisane potwierdzenia odbioru: { $batches }.
}
cli-sync-nothing = Nie ma nic do wysłania: wszystko jest już na serwerze centralnym.
error-sync-not-enrolled = to urządzenie nie jest jeszcze zarejestrowane na serwerze centralnym: rejestruje je kierownik zespołu, podając adres serwera i jednorazowy kod od ACO
error-sync-already-enrolled = to urządzenie jest już zarejestrowane na serwerze centralnym
error-sync-insecure-url = adres serwera musi zaczynać się od https:// (zwykły http:// jest dozwolony tylko dla tego komputera)
error-sync-bad-url = to nie jest adres serwera; powinien wyglądać tak: https://hub.example.org
error-sync-bad-code = kod rejestracyjny nie został przyjęty: proszę go sprawdzić lub poprosić ACO o nowy (każdy kod działa tylko raz)
error-sync-offline = brak sieci lub nie można połączyć się z serwerem centralnym: nic nie zostało utracone; proszę spróbować ponownie po połączeniu z internetem
error-sync-certificate = certyfikat bezpieczeństwa serwera nie jest zaufany, dlatego nic nie zostało wysłane: proszę zgłosić to do pomocy technicznej ACO
error-sync-hub-unavailable = serwer centralny w tej chwili nie odpowiada: nic nie zostało utracone; proszę spróbować ponownie później
error-sync-revoked = serwer centralny odebrał temu urządzeniu dostęp: nic nie zostało utracone, ale to urządzenie nie może się synchronizować; proszę zadzwonić do pomocy technicznej ACO
error-sync-refused = serwer odrzucił pakiet rekordów ({ $reason }): nic nie zostało utracone; proszę zgłosić to do pomocy technicznej ACO
error-sync-bad-answer = nie udało się zweryfikować odpowiedzi serwera, dlatego nic nie zostało oznaczone jako wysłane: proszę zgłosić to do pomocy technicznej ACO

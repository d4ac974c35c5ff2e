# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: errore: { $message }
cli-internal-error = intake: errore interno; non è stato salvato nient’altro. Si prega di segnalare il problema.
cli-store-created = Archivio creato in { $dir } per { $site }.
cli-recovery-key-intro = Chiave di recupero (mostrata una sola volta; la scriva e la conservi sotto chiave):
cli-demo-saved = salvato n. { $number }: membro { $member }, risposta { $response }
cli-demo-added = { $count ->
    [one] Aggiunto { $count } membro fittizio con valutazioni.
    [many] Aggiunti { $count } di membri fittizi con valutazioni.
   *[other] Aggiunti { $count } membri fittizi con valutazioni.
}
cli-found = { $count ->
    [one] { $count } membro trovato
    [many] { $count } di membri trovati
   *[other] { $count } membri trovati
}
cli-duplicates = { $count ->
    [one] { $count } membro esistente sembra essere la stessa persona (vedi sopra); usi --force per aggiungerlo comunque
    [many] { $count } di membri esistenti sembrano essere la stessa persona (vedi sopra); usi --force per aggiungerlo comunque
   *[other] { $count } membri esistenti sembrano essere la stessa persona (vedi sopra); usi --force per aggiungerlo comunque
}
cli-verify-ok = ok: controllo delle pagine e dell’integrità superato; catena di audit di { $entries } voci intatta; { $members } membri, { $responses } risposte
cli-backup-written = Backup cifrato scritto in { $file } ({ $bytes } byte).
cli-restored = Ripristinati { $members } membri e { $responses } risposte da { $file }.
cli-new-pin = { $user } ha un nuovo PIN.
cli-user-added = Utente { $user } aggiunto ({ $role }).
cli-user-deactivated = L’account di { $user } è disattivato.
cli-outbox = in attesa: { $pending }
    consegnati: { $delivered }
cli-response-line = risposta { $id } { $date } { $instrument } in { $locale } da { $collector }: { $answers } risposte{ $state }
cli-response-retracted = { " " }(inserita per errore)
cli-response-corrected = { " " }(corretta)
cli-need-line = bisogno { $id } { $domain }: { $status }
cli-user-active = attivo
cli-user-deactivated-state = disattivato
cli-prompt-pin = PIN di { $user }:
cli-prompt-choose-pin = Scelga un PIN per { $user }:
cli-prompt-new-pin = Nuovo PIN per { $user }:
cli-prompt-recovery-key = Chiave di recupero:
cli-need-user = imposti INTAKE_USER con il nome dell’utente con cui operare
cli-no-value = nessun valore fornito: imposti { $var } o digiti il valore quando viene richiesto
cli-no-data-dir = nessun --data-dir indicato e nessuna cartella personale da usare come predefinita
cli-read-failed = impossibile leggere { $what }

error-not-initialized = nessun archivio Equity Intake in { $path }: esegua prima “intake init”
error-already-initialized = { $path } contiene già un archivio Equity Intake
error-wrong-credentials = nome utente o PIN errato
error-locked-out = troppi PIN errati per questo utente: riprovi tra { $seconds } s, oppure chieda a un supervisore di reimpostare il PIN
error-deactivated = questo account è stato disattivato: si rivolga a un supervisore
error-wrong-recovery-key = la chiave di recupero non è valida per questo archivio
error-forbidden = il suo ruolo ({ $role }) non consente di { $action }
error-not-found = impossibile trovare: { $what }
error-what-member = membro
error-what-user = utente
error-what-response = risposta
error-what-need = bisogno
error-what-draft = valutazione non completata
error-invalid = { $field }: { $reason }
error-field-name = nome
error-field-date-of-birth = data di nascita
error-field-masshealth-id = numero MassHealth
error-field-pin = PIN
error-field-site = sede
error-field-user = utente
error-field-consent = consenso
error-field-answers = risposte
error-field-supersedes = correzione
error-field-reason = motivo
error-field-response = risposta
error-field-organization = organizzazione
error-field-file = file
error-field-instrument = questionario
error-field-draft = valutazione
error-field-item = domanda
error-reason-check-field = controlli questo campo
error-reason-pin-too-short = usi almeno { $min } caratteri
error-reason-site-empty = indichi il nome del centro sanitario
error-reason-username-format = usi lettere, cifre, “.”, “_” o “-” (al massimo 64)
error-reason-username-taken = quel nome utente è già in uso
error-reason-recovery-needs-supervisor = la chiave di recupero può reimpostare solo il PIN di un supervisore attivo
error-reason-deactivate-self = non può disattivare il suo stesso account
error-reason-no-consent = il membro non ha dato il consenso alla valutazione
error-reason-answered-twice = una domanda ha due risposte ({ $item })
error-reason-correction-other-member = una correzione deve sostituire una risposta dello stesso membro
error-reason-retraction-reason = indichi perché la risposta è stata inserita per errore
error-reason-already-retracted = è già segnata come inserita per errore
error-reason-referral-organization = indichi l’organizzazione a cui è stato indirizzato il membro
error-reason-path-not-utf8 = il percorso contiene caratteri che questo sistema non può usare
error-reason-unknown-instrument = questa applicazione non conosce quel questionario ({ $item })
error-reason-unknown-item = una domanda non appartiene a questo questionario ({ $item })
error-reason-wrong-kind = una risposta ha un tipo di valore errato ({ $item })
error-reason-unknown-option = una risposta non è tra le opzioni della domanda ({ $item })
error-reason-exclusive-option = “nessuno” non può essere scelto insieme ad altre risposte ({ $item })
error-reason-empty-choice = scelga almeno una risposta ({ $item })
error-reason-out-of-range = il numero è fuori dall’intervallo consentito ({ $item })
error-reason-absent-not-offered = quella domanda non prevede questa risposta ({ $item })
error-reason-not-enabled = è stata data una risposta a una domanda che non si applica ({ $item })
error-reason-required-missing = una domanda obbligatoria non ha risposta ({ $item })
error-reason-none-chosen = scelga almeno un questionario
error-reason-already-saved = questa parte della valutazione è già salvata
error-reason-empty-text = la risposta scritta è vuota ({ $item })
error-disk-full = il disco è pieno o non scrivibile: non è stato salvato nulla; liberi spazio e riprovi
error-corrupt = l’archivio è danneggiato o non è un archivio Equity Intake ({ $detail }); lo ripristini da un backup
error-audit-broken = il registro di audit è stato alterato alla voce { $seq }: { $reason }
error-not-a-backup = { $path } non è un backup di Equity Intake
error-io = errore di file su { $path }: { $detail }
error-database = errore del database: { $detail }

# Associazione al server centrale dell’ACO e sincronizzazione. Ogni errore di sincronizzazione dice se qualcosa è andato perso (mai).
cli-enrolled = Associato a { $url } per { $site }. Questo dispositivo è identificato come { $device }.
cli-sync-progress = Inviati: { $sent } su { $total } record…
cli-sync-done = { $records ->
    [one] Sincronizzazione terminata: { $records } record inviato. Ricevute firmate verificate: { $batches }.
    [many] Sincronizzazione terminata: { $records } di record inviati. Ricevute firmate verificate: { $batches }.
   *[other] Sincronizzazione terminata: { $records } record inviati. Ricevute firmate verificate: { $batches }.
}
cli-sync-nothing = Niente da inviare: è già tutto sul server centrale.
error-sync-not-enrolled = questo dispositivo non è ancora associato a un server centrale: un supervisore deve associarlo con l’indirizzo del server centrale e un codice monouso fornito dall’ACO
error-sync-already-enrolled = questo dispositivo è già associato a un server centrale
error-sync-insecure-url = l’indirizzo del server centrale deve iniziare con https:// (il semplice http:// è consentito solo verso questo stesso computer)
error-sync-bad-url = questo non è l’indirizzo di un server centrale; dovrebbe essere simile a https://hub.example.org
error-sync-bad-code = il codice di associazione non è stato accettato: lo controlli, oppure ne chieda uno nuovo all’ACO (ogni codice vale una sola volta)
error-sync-offline = nessuna rete, oppure il server centrale non è raggiungibile: non è andato perso nulla; riprovi quando la connessione sarà tornata
error-sync-certificate = il certificato di sicurezza del server centrale non è considerato affidabile, quindi non è stato inviato nulla: avvisi l’assistenza tecnica dell’ACO
error-sync-hub-unavailable = il server centrale non risponde in questo momento: non è andato perso nulla; riprovi più tardi
error-sync-revoked = il server centrale ha revocato l’accesso a questo dispositivo: non è andato perso nulla, ma questo dispositivo non può più sincronizzarsi; telefoni all’assistenza tecnica dell’ACO
error-sync-refused = il server centrale ha rifiutato un lotto ({ $reason }): non è andato perso nulla; avvisi l’assistenza tecnica dell’ACO
error-sync-bad-answer = non è stato possibile verificare la risposta del server centrale, quindi nulla è stato segnato come inviato: avvisi l’assistenza tecnica dell’ACO

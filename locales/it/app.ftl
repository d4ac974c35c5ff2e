# Italian (it) draft of app.ftl; formal "lei" in sentences, usual Italian imperative on buttons; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Continua
app-cancel = Annulla
app-save = Salva
app-none = Nessuno.
app-show = Mostra
app-lock = Blocca
app-locked-notice = Lo schermo è stato bloccato. Acceda per continuare.
app-nav-label = Menu principale
app-nav-members = Membri
app-nav-supervisor = Supervisione
app-nav-settings = Impostazioni
app-nav-sync = Sincronizzazione
app-for-staff = Per il personale:
app-fallback-english = (non ancora tradotto: viene mostrato in inglese)
app-translation-status-missing = Non ancora tradotto: le domande compaiono in inglese

## First run and sign-in
app-setup-title = Configura Equity Intake
app-setup-explain = Crei l’archivio di questo centro sanitario e l’account del suo primo supervisore. Tutti i dati restano cifrati su questo computer.
app-setup-submit = Crea l’archivio
app-recovery-title = La sua chiave di recupero
app-recovery-explain = Se tutti i supervisori dimenticano il PIN, questa chiave è l’unico modo per rientrare nell’archivio. La scriva e la conservi sotto chiave in un luogo sicuro, lontano da questo computer. Viene mostrata una sola volta.
app-recovery-confirm = Ho scritto la chiave di recupero e l’ho conservata in un luogo sicuro.
app-sign-in-title = Accesso
app-sign-in-submit = Accedi
app-pin-hint = Almeno 6 caratteri. Non lo comunichi a nessuno.
app-field-site = Nome del centro sanitario
app-field-username = Nome utente
app-field-name = Nome e cognome
app-field-pin = PIN
app-field-pin-again = Ripeta il PIN
app-field-role = Ruolo
app-field-staff-language = Lingua delle schermate

## Members
app-members-title = Membri
app-members-search = Cerca per nome, numero MassHealth, numero di cartella clinica o data di nascita
app-members-recent = I membri che ha visto di recente
app-members-none-yet = Nessun membro recente. Cerchi qui sopra o aggiunga un membro.
app-members-found = { $count ->
    [one] { $count } membro trovato
    [many] { $count } di membri trovati
   *[other] { $count } membri trovati
}
app-members-too-many = Trovati più di { $count } membri: scriva più lettere del nome.
app-members-add = Aggiungi un membro
app-members-save = Salva il membro
app-duplicates-found = Questi membri sembrano essere la stessa persona. Ne apra uno, oppure aggiunga un nuovo membro se si tratta di un’altra persona.
app-duplicates-add-anyway = È un’altra persona: aggiungi un nuovo membro
app-dob = Data di nascita
app-masshealth-id = Numero MassHealth
app-mrn = Numero di cartella
app-field-given-name = Nome
app-field-family-name = Cognome
app-field-date-of-birth = Data di nascita
app-field-masshealth-id = Numero MassHealth (facoltativo)
app-field-mrn = Numero di cartella clinica (facoltativo)

## Member profile
app-demographics-title = Ciò che il membro ci ha detto di sé
app-topic = Argomento
app-state = Stato
app-answer = Risposta
app-asked-on = Chiesto il
app-proxy = ha risposto un’altra persona
app-topic-race-ethnicity = Origine etnica e razziale
app-topic-language = Lingua
app-topic-disability = Disabilità
app-topic-sexual-orientation = Orientamento sessuale
app-topic-gender-identity = Identità di genere
app-topic-sex-at-birth = Sesso assegnato alla nascita
app-topic-pronouns = Pronomi
app-state-answered = Ha risposto
app-state-declined = Ha preferito non rispondere
app-state-unknown = Non sapeva
app-state-never-asked = Mai chiesto
app-state-stale = Risale a più di un anno fa
app-history-title = Valutazioni
app-history-none = Ancora nessuna valutazione.
app-drafts-title = Valutazioni non completate
app-resume = Riprendi
app-needs-title = Bisogni
app-needs-none = Finora nessun bisogno rilevato.
app-need-discreet = Un bisogno delicato
app-opened-on = Rilevato il
app-follow-up-add = Registra un monitoraggio

## Starting a screening
app-start-title = Inizia una valutazione
app-start-submit = Inizia
app-field-instruments = Questionari
app-field-member-language = Lingua del membro
app-field-mode = Modalità
app-mode-in-person = Di persona
app-mode-phone = Per telefono
app-mode-video = In videochiamata
app-field-interpreter = Con l’aiuto di un interprete
app-field-respondent = Chi risponde
app-respondent-self = Il membro
app-respondent-proxy = Un’altra persona per conto del membro (un genitore, chi lo assiste)
app-field-relationship = Rapporto di questa persona con il membro
app-field-consent = Il membro è d’accordo

## Screening
app-screening-for = Valutazione di
app-question-position = Domanda { $n } di { $total }
app-progress = Risposte: { $answered } su { $total }
app-steps-label = Domande
app-back = Indietro
app-next = Avanti
app-finish = Termina e salva
app-save-close = Chiudi (le risposte restano salvate)
app-discard = Scarta questa valutazione
app-discard-confirm = Scartare tutte le risposte di questa valutazione? L’operazione non si può annullare.

## Results
app-results-title = Risultati
app-results-none = Nessun risultato da mostrare.
app-safe-to-talk = Il membro è solo e si può parlare in sicurezza
app-to-profile = Torna alla scheda del membro
app-summary-print = Riepilogo per il membro
app-summary-open = Apri il riepilogo
app-print = Stampa o salva come PDF

## The printed summary, in the member's language
app-summary-title = Riepilogo della sua valutazione
app-summary-intro = Grazie per aver risposto alle nostre domande. Ecco di che cosa abbiamo parlato e che cosa succede ora.
app-summary-none = Oggi non ci ha parlato di nessun bisogno. Può parlare con noi in qualsiasi momento.
app-summary-footer = Le sue risposte sono riservate. Aiutano il suo centro sanitario e MassHealth a curarla meglio. Se ha domande, telefoni al suo centro sanitario.
app-summary-explain-housing-instability = Forse le serve aiuto per non perdere la casa o per trovarne una.
app-summary-explain-housing-quality = Forse in casa sua ci sono problemi che possono danneggiare la sua salute.
app-summary-explain-food = Forse le serve aiuto per avere abbastanza da mangiare.
app-summary-explain-transportation = Forse le serve aiuto con i trasporti per andare dal medico, al lavoro o a sbrigare commissioni.
app-summary-explain-utilities = Forse le serve aiuto per pagare la luce, il gas, il gasolio o l’acqua.
app-summary-explain-interpersonal-safety = Possiamo parlare della sua sicurezza quando vuole.
app-summary-explain-financial-strain = Forse le serve aiuto per pagare le cose di prima necessità.
app-summary-explain-employment = Forse vorrebbe aiuto per trovare o mantenere un lavoro.
app-summary-explain-family-community-support = Forse vorrebbe più aiuto in casa o passare più tempo con altre persone.
app-summary-explain-education = Forse vorrebbe aiuto con la scuola o con la formazione per un lavoro.
app-summary-explain-physical-activity = Muoversi di più può fare bene alla sua salute.
app-summary-explain-substance-use = Possiamo parlare di alcol, tabacco o droghe quando vuole.
app-summary-explain-mental-health = Forse vorrebbe qualcuno con cui parlare di come si sente.
app-summary-explain-disabilities = Forse vorrebbe aiuto nelle attività di tutti i giorni.
app-summary-explain-digital-access = Forse le serve aiuto per avere internet o un dispositivo per le visite video.
app-summary-explain-digital-literacy = Forse vorrebbe aiuto per imparare a fare le visite video.

## Supervisor
app-supervisor-title = Oggi
app-team-work = Lavoro di ciascun operatore
app-staff = Operatore
app-screenings = Valutazioni
app-members-screened = Membri
app-needs-opened = Bisogni rilevati
app-incomplete-title = Valutazioni non completate
app-unfollowed-title = Bisogni senza monitoraggio
app-users-title = Utenti
app-add-user = Aggiungi un utente
app-reset-pin = Reimposta il PIN
app-deactivate = Disattiva
app-inactive = disattivato
app-site-settings = Impostazioni della sede
app-setting-idle-lock-seconds = Blocca lo schermo dopo questo numero di secondi di inattività
app-setting-sogi-min-age = Età minima per le domande su orientamento sessuale e identità di genere

## Settings
app-text-size = Dimensione del testo
app-about = Informazioni
app-language = Lingua
app-translation-status = Traduzione

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Lo schermo è bloccato. Acceda di nuovo: non è andato perso nulla.
app-error-pin-mismatch = I due PIN non sono uguali.
app-error-preferences = Non è stato possibile salvare questa impostazione su questo computer.
app-error-date-of-birth = Inserisca la data di nascita completa.
app-error-member-name = Inserisca un nome o un cognome.
app-error-member-date-of-birth = La data di nascita non può essere nel futuro.
app-error-member-masshealth-id = Un numero MassHealth contiene solo lettere e cifre.
app-error-member-language = Scelga la lingua del membro.
app-error-mode = Scelga come si svolge la valutazione.
app-error-respondent = Scelga chi risponde.
app-error-proxy-relationship = Indichi chi risponde per conto del membro.
app-error-consent = Il membro deve dare il suo consenso prima che gli venga fatta qualsiasi domanda.
app-error-instruments = Scelga almeno un questionario.
app-error-answer = Questa risposta non corrisponde alla domanda. Scelga di nuovo.
app-error-answer-exclusive = Questa risposta non può essere scelta insieme alle altre.
app-error-answer-range = Questo numero è fuori dall’intervallo consentito dalla domanda.
app-error-required-unanswered = Questa domanda richiede una risposta, oppure “Preferisco non rispondere”, prima di terminare.
app-error-follow-up-status = Scelga che cosa è stato fatto per questo bisogno.
app-error-role = Scelga un ruolo.
app-error-setting = Questo valore è fuori dall’intervallo consentito.

# La schermata di sincronizzazione del supervisore.
app-sync-title = Sincronizzazione con il server centrale dell’ACO
app-sync-not-enrolled = Questo dispositivo non è ancora associato a un server centrale. Inserisca l’indirizzo del server centrale e il codice monouso che le ha dato l’ACO.
app-sync-hub-url = Indirizzo del server centrale
app-sync-code = Codice di associazione
app-sync-enroll = Associa questo dispositivo
app-sync-enrolled = Associato a { $url } per { $site }.
app-sync-unsent = { $count ->
    [one] { $count } record in attesa di invio.
    [many] { $count } di record in attesa di invio.
   *[other] { $count } record in attesa di invio.
}
app-sync-all-sent = Tutto è arrivato al server centrale.
app-sync-now = Sincronizza ora
app-sync-sending = Invio in corso: { $sent } su { $total } record
app-sync-finished = { $records ->
    [one] Fatto: { $records } record inviato e confermato dal server centrale.
    [many] Fatto: { $records } di record inviati e confermati dal server centrale.
   *[other] Fatto: { $records } record inviati e confermati dal server centrale.
}
app-sync-history = Sincronizzazioni recenti
app-sync-started = Inizio
app-sync-by = Eseguita da
app-sync-records = Record
app-sync-receipts = Ricevute firmate
app-sync-result = Esito
app-sync-ok = Completata
app-sync-receipt = { $count ->
    [one] Lotto { $sequence }: { $count } record
    [many] Lotto { $sequence }: { $count } di record
   *[other] Lotto { $sequence }: { $count } record
}

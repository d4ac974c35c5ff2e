# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Sì
common-yes-no-no = No

answer-asked-declined = Preferisco non rispondere
answer-asked-unknown = Non so
answer-not-asked = Domanda non posta
hint-choose-all = Scelga tutte le risposte valide.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Alloggio
domain-housing-instability-explain = Il membro potrebbe perdere la casa, oppure non ha un posto stabile dove vivere.
domain-housing-quality = Condizioni dell’abitazione
domain-housing-quality-explain = Nell’abitazione del membro ci sono problemi che possono nuocere alla salute.
domain-food = Cibo
domain-food-explain = Negli ultimi 12 mesi il membro ha temuto di restare senza cibo, oppure il cibo è finito.
domain-transportation = Trasporti
domain-transportation-explain = La mancanza di trasporti ha impedito al membro di ricevere cure, andare al lavoro o procurarsi le cose di cui ha bisogno.
domain-utilities = Utenze domestiche
domain-utilities-explain = La compagnia dell’elettricità, del gas, del gasolio o dell’acqua ha minacciato di interrompere il servizio, oppure lo ha già interrotto.
domain-interpersonal-safety = Sicurezza
domain-interpersonal-safety-explain = Qualcuno potrebbe fare del male al membro, minacciarlo o insultarlo.
domain-financial-strain = Soldi per le necessità di base
domain-financial-strain-explain = È difficile pagare cibo, casa, cure mediche o riscaldamento.
domain-employment = Lavoro
domain-employment-explain = Il membro vuole aiuto per trovare o mantenere un lavoro.
domain-family-community-support = Sostegno dagli altri
domain-family-community-support-explain = Il membro ha bisogno di più aiuto nelle attività quotidiane, oppure prova spesso solitudine.
domain-education = Scuola e formazione
domain-education-explain = Il membro vuole aiuto con la scuola o con la formazione professionale.
domain-physical-activity = Attività fisica
domain-physical-activity-explain = Il membro fa meno di 150 minuti di attività fisica alla settimana.
domain-substance-use = Alcol, tabacco e droghe
domain-substance-use-explain = Il membro ha riferito un consumo di cui potrebbe valere la pena parlare.
domain-mental-health = Salute mentale
domain-mental-health-explain = Il membro si è sentito giù, ha perso interesse per le cose o prova molto stress.
domain-disabilities = Disabilità
domain-disabilities-explain = Il membro ha serie difficoltà a concentrarsi o a sbrigare commissioni per conto proprio.
domain-digital-access = Internet e dispositivi
domain-digital-access-explain = Il membro non ha una connessione internet affidabile o un dispositivo per le visite video.
domain-digital-literacy = Dimestichezza con la tecnologia
domain-digital-literacy-explain = Il membro non si sente sicuro con le visite video e non ha nessuno che lo aiuti.

outcome-positive = Bisogno rilevato
outcome-negative = Nessun bisogno rilevato
outcome-not-scored = Non calcolato: mancano alcune risposte

flag-homelessness = Il membro non ha un posto stabile dove vivere (persona senza dimora).
safety-discreet-prompt = Prima di parlarne, si assicuri che il membro sia solo e che si possa parlare in sicurezza.

translation-status-reference = Testo di riferimento
translation-status-draft = Traduzione in bozza: verifichi il testo con un interprete
translation-status-reviewed = Revisionata da { $reviewer } il { $date }

role-chw = operatore sanitario di comunità
role-navigator = assistente per la telemedicina
role-supervisor = supervisore

permission-find-members = cercare membri
permission-view-member = vedere i dati di un membro
permission-edit-member = aggiungere o modificare i dati di un membro
permission-record-response = registrare una valutazione
permission-record-follow-up = registrare un monitoraggio
permission-retract-any-response = segnare la valutazione di un’altra persona come inserita per errore
permission-manage-users = gestire gli utenti
permission-backup = fare un backup
permission-restore = ripristinare un backup
permission-verify-store = verificare l’archivio
permission-review-team = esaminare il lavoro del gruppo
permission-import-members = importare membri o dati dimostrativi
permission-sync = sincronizzare con il server centrale

# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Bisogni sociali legati alla salute (altre domande)
ahc-supp-financial-strain = Quanto è difficile per lei pagare le cose di base, come cibo, casa, cure mediche e riscaldamento?
ahc-supp-financial-strain-very-hard = Molto difficile
ahc-supp-financial-strain-somewhat-hard = Un po’ difficile
ahc-supp-financial-strain-not-hard = Per niente difficile
ahc-supp-employment = Vuole aiuto per trovare o mantenere un lavoro o un impiego?
ahc-supp-employment-finding = Sì, aiuto per trovare lavoro
ahc-supp-employment-keeping = Sì, aiuto per mantenere il lavoro
ahc-supp-employment-no-help = Non ho bisogno di aiuto e non lo voglio
ahc-supp-daily-help = Se per qualsiasi motivo ha bisogno di aiuto nelle attività di tutti i giorni, come lavarsi, preparare i pasti, fare la spesa, gestire i soldi, ecc., riceve l’aiuto di cui ha bisogno?
ahc-supp-daily-help-no-need = Non ho bisogno di alcun aiuto
ahc-supp-daily-help-all-help = Ricevo tutto l’aiuto di cui ho bisogno
ahc-supp-daily-help-little-more = Mi servirebbe un po’ più di aiuto
ahc-supp-daily-help-lot-more = Ho bisogno di molto più aiuto
ahc-supp-loneliness = Quanto spesso prova solitudine o isolamento rispetto alle persone intorno a lei?
ahc-supp-loneliness-never = Mai
ahc-supp-loneliness-rarely = Raramente
ahc-supp-loneliness-sometimes = A volte
ahc-supp-loneliness-often = Spesso
ahc-supp-loneliness-always = Sempre
ahc-supp-other-language = A casa parla una lingua diversa dall’inglese?
ahc-supp-school-training = Vuole aiuto per la scuola o la formazione? Per esempio, iniziare o completare un corso di formazione professionale, oppure ottenere un diploma di scuola superiore (high school), il GED o un titolo equivalente.
ahc-supp-exercise-days = Negli ultimi 30 giorni, oltre alle attività svolte per lavoro, in media, quanti giorni alla settimana ha fatto attività fisica moderata (come camminare a passo veloce, correre, fare jogging, ballare, nuotare, andare in bicicletta o altre attività simili)?
ahc-supp-exercise-minutes = In media, quanti minuti passava di solito a fare attività fisica a questo livello in uno di quei giorni?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } giorno alla settimana
    [many] { $count } di giorni alla settimana
   *[other] { $count } giorni alla settimana
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minuto
    [many] { $count } di minuti
   *[other] { $count } minuti
}
ahc-supp-alcohol = Quante volte negli ultimi 12 mesi ha bevuto 5 o più bevande alcoliche in un giorno (uomini) o 4 o più bevande alcoliche in un giorno (donne)? Una bevanda corrisponde a 12 once (355 ml) di birra, 5 once (150 ml) di vino o 1,5 once (45 ml) di superalcolico a 40 gradi (80 proof).
ahc-supp-tobacco = Quante volte negli ultimi 12 mesi ha usato prodotti del tabacco (come sigarette, sigari, tabacco da fiuto, tabacco da masticare, sigarette elettroniche)?
ahc-supp-prescription-misuse = Quante volte nell’ultimo anno ha usato farmaci che richiedono la ricetta medica per motivi non medici?
ahc-supp-illegal-drugs = Quante volte nell’ultimo anno ha usato droghe illegali?
ahc-supp-substance-never = Mai
ahc-supp-substance-once-or-twice = Una o due volte
ahc-supp-substance-monthly = Ogni mese
ahc-supp-substance-weekly = Ogni settimana
ahc-supp-substance-daily = Ogni giorno o quasi ogni giorno
ahc-supp-little-interest = Nelle ultime 2 settimane, con quale frequenza le ha dato fastidio avere poco interesse o piacere nel fare le cose?
ahc-supp-feeling-down = Nelle ultime 2 settimane, con quale frequenza le ha dato fastidio sentirsi giù, depresso/a o senza speranza?
ahc-supp-phq-not-at-all = Mai
ahc-supp-phq-several-days = Per diversi giorni
ahc-supp-phq-more-than-half = Per più della metà dei giorni
ahc-supp-phq-nearly-every-day = Quasi tutti i giorni
ahc-supp-stress = Per stress si intende una situazione in cui una persona si sente tesa, irrequieta, nervosa o ansiosa, oppure non riesce a dormire la notte perché ha sempre la mente preoccupata. In questo periodo prova questo tipo di stress?
ahc-supp-stress-not-at-all = Per niente
ahc-supp-stress-a-little = Un po’
ahc-supp-stress-somewhat = Moderatamente
ahc-supp-stress-quite-a-bit = Parecchio
ahc-supp-stress-very-much = Moltissimo
ahc-supp-concentrating = A causa di una condizione fisica, mentale o emotiva, ha serie difficoltà a concentrarsi, ricordare o prendere decisioni?
ahc-supp-errands = A causa di una condizione fisica, mentale o emotiva, ha difficoltà a sbrigare commissioni per conto proprio, come andare dal medico o fare acquisti?

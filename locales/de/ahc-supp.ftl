# German (de) draft of ahc-supp.ftl; to be checked with an interpreter.
# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Gesundheitsbezogene soziale Bedürfnisse (weitere Fragen)
ahc-supp-financial-strain = Wie schwer fällt es Ihnen, das Allernötigste wie Essen, Wohnen, medizinische Versorgung und Heizung zu bezahlen?
ahc-supp-financial-strain-very-hard = Sehr schwer
ahc-supp-financial-strain-somewhat-hard = Etwas schwer
ahc-supp-financial-strain-not-hard = Überhaupt nicht schwer
ahc-supp-employment = Möchten Sie Hilfe dabei, Arbeit oder eine Stelle zu finden oder zu behalten?
ahc-supp-employment-finding = Ja, Hilfe bei der Suche nach Arbeit
ahc-supp-employment-keeping = Ja, Hilfe, meine Arbeit zu behalten
ahc-supp-employment-no-help = Ich brauche oder möchte keine Hilfe
ahc-supp-daily-help = Wenn Sie aus irgendeinem Grund Hilfe bei alltäglichen Tätigkeiten brauchen, zum Beispiel beim Baden, beim Zubereiten von Mahlzeiten, beim Einkaufen, beim Umgang mit Geld usw.: Bekommen Sie die Hilfe, die Sie brauchen?
ahc-supp-daily-help-no-need = Ich brauche keine Hilfe
ahc-supp-daily-help-all-help = Ich bekomme alle Hilfe, die ich brauche
ahc-supp-daily-help-little-more = Ich könnte etwas mehr Hilfe gebrauchen
ahc-supp-daily-help-lot-more = Ich brauche viel mehr Hilfe
ahc-supp-loneliness = Wie oft fühlen Sie sich einsam oder von den Menschen um Sie herum isoliert?
ahc-supp-loneliness-never = Nie
ahc-supp-loneliness-rarely = Selten
ahc-supp-loneliness-sometimes = Manchmal
ahc-supp-loneliness-often = Oft
ahc-supp-loneliness-always = Immer
ahc-supp-other-language = Sprechen Sie zu Hause eine andere Sprache als Englisch?
ahc-supp-school-training = Möchten Sie Hilfe bei Schule oder Ausbildung? Zum Beispiel, um eine berufliche Ausbildung zu beginnen oder abzuschließen oder um einen High-School-Abschluss, das GED oder einen gleichwertigen Abschluss zu erlangen.
ahc-supp-exercise-days = An wie vielen Tagen pro Woche haben Sie sich in den letzten 30 Tagen – abgesehen von Tätigkeiten bei der Arbeit – im Durchschnitt mäßig anstrengend bewegt (zum Beispiel zügiges Gehen, Laufen, Joggen, Tanzen, Schwimmen, Radfahren oder ähnliche Aktivitäten)?
ahc-supp-exercise-minutes = Wie viele Minuten haben Sie sich an einem dieser Tage im Durchschnitt normalerweise in diesem Maß bewegt?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } Tag pro Woche
   *[other] { $count } Tage pro Woche
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
ahc-supp-alcohol = Wie oft haben Sie in den letzten 12 Monaten an einem Tag 5 oder mehr alkoholische Getränke (Männer) oder 4 oder mehr alkoholische Getränke (Frauen) getrunken? Ein Getränk entspricht 12 Unzen Bier (etwa 355 ml), 5 Unzen Wein (etwa 150 ml) oder 1,5 Unzen Spirituosen mit 40 % Alkohol (80 Proof, etwa 45 ml).
ahc-supp-tobacco = Wie oft haben Sie in den letzten 12 Monaten Tabakprodukte benutzt (zum Beispiel Zigaretten, Zigarren, Schnupftabak, Kautabak, E-Zigaretten)?
ahc-supp-prescription-misuse = Wie oft haben Sie im letzten Jahr verschreibungspflichtige Medikamente aus nicht medizinischen Gründen genommen?
ahc-supp-illegal-drugs = Wie oft haben Sie im letzten Jahr illegale Drogen genommen?
ahc-supp-substance-never = Nie
ahc-supp-substance-once-or-twice = Ein- oder zweimal
ahc-supp-substance-monthly = Monatlich
ahc-supp-substance-weekly = Wöchentlich
ahc-supp-substance-daily = Täglich oder fast täglich
ahc-supp-little-interest = Wie oft fühlten Sie sich in den letzten 2 Wochen dadurch beeinträchtigt, dass Sie wenig Interesse oder Freude an Ihren Tätigkeiten hatten?
ahc-supp-feeling-down = Wie oft fühlten Sie sich in den letzten 2 Wochen durch Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit beeinträchtigt?
ahc-supp-phq-not-at-all = Überhaupt nicht
ahc-supp-phq-several-days = An einzelnen Tagen
ahc-supp-phq-more-than-half = An mehr als der Hälfte der Tage
ahc-supp-phq-nearly-every-day = Beinahe jeden Tag
ahc-supp-stress = Mit Stress ist eine Situation gemeint, in der sich ein Mensch angespannt, unruhig, nervös oder ängstlich fühlt oder nachts nicht schlafen kann, weil die Gedanken ständig um Sorgen kreisen. Fühlen Sie diese Art von Stress zurzeit?
ahc-supp-stress-not-at-all = Überhaupt nicht
ahc-supp-stress-a-little = Ein bisschen
ahc-supp-stress-somewhat = Mäßig
ahc-supp-stress-quite-a-bit = Ziemlich stark
ahc-supp-stress-very-much = Sehr stark
ahc-supp-concentrating = Haben Sie aufgrund einer körperlichen, geistigen oder seelischen Beeinträchtigung große Schwierigkeiten, sich zu konzentrieren, sich zu erinnern oder Entscheidungen zu treffen?
ahc-supp-errands = Haben Sie aufgrund einer körperlichen, geistigen oder seelischen Beeinträchtigung Schwierigkeiten, allein Besorgungen zu erledigen, zum Beispiel eine Arztpraxis aufzusuchen oder einzukaufen?

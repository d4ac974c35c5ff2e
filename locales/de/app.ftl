# German (de) draft of app.ftl; formal "Sie"; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Weiter
app-cancel = Abbrechen
app-save = Speichern
app-none = Keine.
app-show = Anzeigen
app-lock = Sperren
app-locked-notice = Der Bildschirm wurde gesperrt. Melden Sie sich an, um fortzufahren.
app-nav-label = Hauptmenü
app-nav-members = Mitglieder
app-nav-supervisor = Teamleitung
app-nav-settings = Einstellungen
app-nav-sync = Synchronisierung
app-for-staff = Für Mitarbeitende:
app-fallback-english = (noch nicht übersetzt: Englisch wird angezeigt)
app-translation-status-missing = Noch nicht übersetzt: Die Fragen erscheinen auf Englisch

## First run and sign-in
app-setup-title = Equity Intake einrichten
app-setup-explain = Legen Sie den Datenspeicher dieses Gesundheitszentrums und seine erste Teamleitung an. Alles wird verschlüsselt auf diesem Computer gespeichert.
app-setup-submit = Datenspeicher anlegen
app-recovery-title = Ihr Wiederherstellungsschlüssel
app-recovery-explain = Wenn alle Teamleitungen ihre PIN vergessen, ist dieser Schlüssel der einzige Weg zurück in den Datenspeicher. Schreiben Sie ihn auf und bewahren Sie ihn sicher und verschlossen auf, nicht bei diesem Computer. Er wird nur einmal angezeigt.
app-recovery-confirm = Ich habe den Wiederherstellungsschlüssel aufgeschrieben und sicher aufbewahrt.
app-sign-in-title = Anmelden
app-sign-in-submit = Anmelden
app-pin-hint = Mindestens 6 Zeichen. Geben Sie sie nicht weiter.
app-field-site = Name des Gesundheitszentrums
app-field-username = Benutzername
app-field-name = Vollständiger Name
app-field-pin = PIN
app-field-pin-again = PIN wiederholen
app-field-role = Rolle
app-field-staff-language = Sprache der Bildschirme

## Members
app-members-title = Mitglieder
app-members-search = Suche nach Name, MassHealth-ID, Aktennummer oder Geburtsdatum
app-members-recent = Ihre zuletzt aufgerufenen Mitglieder
app-members-none-yet = Keine zuletzt aufgerufenen Mitglieder. Suchen Sie oben oder fügen Sie ein Mitglied hinzu.
app-members-found = { $count ->
    [one] { $count } Mitglied gefunden
   *[other] { $count } Mitglieder gefunden
}
app-members-too-many = Mehr als { $count } Mitglieder gefunden: Geben Sie mehr vom Namen ein.
app-members-add = Mitglied hinzufügen
app-members-save = Mitglied speichern
app-duplicates-found = Diese Mitglieder scheinen dieselbe Person zu sein. Öffnen Sie eines davon oder fügen Sie ein neues Mitglied hinzu, wenn es sich um eine andere Person handelt.
app-duplicates-add-anyway = Das ist eine andere Person: neues Mitglied hinzufügen
app-dob = Geburtsdatum
app-masshealth-id = MassHealth-ID
app-mrn = Aktennummer
app-field-given-name = Vorname
app-field-family-name = Nachname
app-field-date-of-birth = Geburtsdatum
app-field-masshealth-id = MassHealth-ID (optional)
app-field-mrn = Nummer der Patientenakte (optional)

## Member profile
app-demographics-title = Was das Mitglied uns über sich gesagt hat
app-topic = Thema
app-state = Status
app-answer = Antwort
app-asked-on = Gefragt am
app-proxy = von einer anderen Person beantwortet
app-topic-race-ethnicity = Herkunft und ethnische Zugehörigkeit
app-topic-language = Sprache
app-topic-disability = Behinderung
app-topic-sexual-orientation = Sexuelle Orientierung
app-topic-gender-identity = Geschlechtsidentität
app-topic-sex-at-birth = Bei der Geburt zugewiesenes Geschlecht
app-topic-pronouns = Pronomen
app-state-answered = Beantwortet
app-state-declined = Wollte nicht antworten
app-state-unknown = Wusste es nicht
app-state-never-asked = Nie gefragt
app-state-stale = Älter als ein Jahr
app-history-title = Bisherige Screenings
app-history-none = Noch keine Screenings.
app-drafts-title = Unvollständige Screenings
app-resume = Fortsetzen
app-needs-title = Bedarfe
app-needs-none = Bisher kein Bedarf festgestellt.
app-need-discreet = Ein vertraulicher Bedarf
app-opened-on = Festgestellt am
app-follow-up-add = Nachverfolgung erfassen

## Starting a screening
app-start-title = Screening beginnen
app-start-submit = Beginnen
app-field-instruments = Fragebögen
app-field-member-language = Sprache des Mitglieds
app-field-mode = Wie
app-mode-in-person = Persönlich vor Ort
app-mode-phone = Per Telefon
app-mode-video = Per Video
app-field-interpreter = Eine Dolmetscherin oder ein Dolmetscher hilft
app-field-respondent = Wer antwortet
app-respondent-self = Das Mitglied
app-respondent-proxy = Jemand für das Mitglied (ein Elternteil, eine Betreuungsperson)
app-field-relationship = Beziehung dieser Person zum Mitglied
app-field-consent = Das Mitglied ist einverstanden

## Screening
app-screening-for = Screening für
app-question-position = Frage { $n } von { $total }
app-progress = { $answered } von { $total } beantwortet
app-steps-label = Fragen
app-back = Zurück
app-next = Weiter
app-finish = Abschließen und speichern
app-save-close = Schließen (Antworten sind gespeichert)
app-discard = Dieses Screening verwerfen
app-discard-confirm = Alle Antworten dieses Screenings verwerfen? Das lässt sich nicht rückgängig machen.

## Results
app-results-title = Ergebnisse
app-results-none = Keine Ergebnisse anzuzeigen.
app-safe-to-talk = Das Mitglied ist allein und kann ohne Gefahr sprechen
app-to-profile = Zurück zum Mitglied
app-summary-print = Zusammenfassung für das Mitglied
app-summary-open = Zusammenfassung öffnen
app-print = Drucken oder als PDF speichern

## The printed summary, in the member's language
app-summary-title = Zusammenfassung Ihres Gesprächs
app-summary-intro = Vielen Dank, dass Sie unsere Fragen beantwortet haben. Hier steht, worüber wir gesprochen haben und wie es weitergeht.
app-summary-none = Sie haben uns heute von keinem Bedarf erzählt. Sie können jederzeit mit uns sprechen.
app-summary-footer = Ihre Antworten sind vertraulich. Sie helfen Ihrem Gesundheitszentrum und MassHealth, Sie besser zu versorgen. Rufen Sie Ihr Gesundheitszentrum an, wenn Sie Fragen haben.
app-summary-explain-housing-instability = Sie brauchen vielleicht Hilfe, um eine Wohnung zu behalten oder zu finden.
app-summary-explain-housing-quality = In Ihrer Wohnung gibt es vielleicht Probleme, die Ihrer Gesundheit schaden können.
app-summary-explain-food = Sie brauchen vielleicht Hilfe, um genug zu essen zu bekommen.
app-summary-explain-transportation = Sie brauchen vielleicht Hilfe mit Fahrten zu Arztterminen, zur Arbeit oder für Besorgungen.
app-summary-explain-utilities = Sie brauchen vielleicht Hilfe, um Strom, Gas, Heizöl oder Wasser zu bezahlen.
app-summary-explain-interpersonal-safety = Wir können jederzeit mit Ihnen über Ihre Sicherheit sprechen, wenn Sie das möchten.
app-summary-explain-financial-strain = Sie brauchen vielleicht Hilfe, um das Nötigste zu bezahlen.
app-summary-explain-employment = Sie möchten vielleicht Hilfe, um eine Arbeit zu finden oder zu behalten.
app-summary-explain-family-community-support = Sie möchten vielleicht mehr Hilfe zu Hause oder mehr Zeit mit anderen Menschen.
app-summary-explain-education = Sie möchten vielleicht Hilfe bei Schule oder beruflicher Ausbildung.
app-summary-explain-physical-activity = Mehr Bewegung kann Ihrer Gesundheit helfen.
app-summary-explain-substance-use = Wir können jederzeit mit Ihnen über Alkohol, Tabak oder Drogen sprechen, wenn Sie das möchten.
app-summary-explain-mental-health = Sie möchten vielleicht mit jemandem darüber sprechen, wie es Ihnen geht.
app-summary-explain-disabilities = Sie möchten vielleicht Hilfe bei alltäglichen Aufgaben.
app-summary-explain-digital-access = Sie brauchen vielleicht Hilfe, um Internet oder ein Gerät für Videosprechstunden zu bekommen.
app-summary-explain-digital-literacy = Sie möchten vielleicht Hilfe, um Videosprechstunden nutzen zu lernen.

## Supervisor
app-supervisor-title = Heute
app-team-work = Arbeit nach Mitarbeiterin oder Mitarbeiter
app-staff = Mitarbeiter/in
app-screenings = Durchgeführte Screenings
app-members-screened = Mitglieder
app-needs-opened = Festgestellte Bedarfe
app-incomplete-title = Unvollständige Screenings
app-unfollowed-title = Bedarfe ohne Nachverfolgung
app-users-title = Benutzer
app-add-user = Benutzer hinzufügen
app-reset-pin = PIN zurücksetzen
app-deactivate = Deaktivieren
app-inactive = deaktiviert
app-site-settings = Einstellungen des Standorts
app-setting-idle-lock-seconds = Bildschirm nach so vielen Sekunden ohne Nutzung sperren
app-setting-sogi-min-age = Mindestalter für Fragen zu sexueller Orientierung und Geschlechtsidentität

## Settings
app-text-size = Textgröße
app-about = Über diese App
app-language = Sprache
app-translation-status = Übersetzung

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Der Bildschirm ist gesperrt. Melden Sie sich erneut an: Es ist nichts verloren gegangen.
app-error-pin-mismatch = Die beiden PINs stimmen nicht überein.
app-error-preferences = Diese Einstellung konnte auf diesem Computer nicht gespeichert werden.
app-error-date-of-birth = Geben Sie das Geburtsdatum als vollständiges Datum ein.
app-error-member-name = Geben Sie einen Vornamen oder einen Nachnamen ein.
app-error-member-date-of-birth = Das Geburtsdatum darf nicht in der Zukunft liegen.
app-error-member-masshealth-id = Eine MassHealth-ID besteht nur aus Buchstaben und Ziffern.
app-error-member-language = Wählen Sie die Sprache des Mitglieds.
app-error-mode = Wählen Sie aus, wie das Screening durchgeführt wird.
app-error-respondent = Wählen Sie aus, wer antwortet.
app-error-proxy-relationship = Geben Sie an, wer für das Mitglied antwortet.
app-error-consent = Das Mitglied muss einverstanden sein, bevor eine Frage gestellt wird.
app-error-instruments = Wählen Sie mindestens einen Fragebogen.
app-error-answer = Diese Antwort passt nicht zur Frage. Wählen Sie erneut.
app-error-answer-exclusive = Diese Antwort kann nicht zusammen mit den anderen gewählt werden.
app-error-answer-range = Diese Zahl liegt außerhalb des Bereichs, den die Frage erlaubt.
app-error-required-unanswered = Diese Frage braucht eine Antwort oder „Ich möchte nicht antworten“, bevor Sie abschließen.
app-error-follow-up-status = Wählen Sie aus, was mit diesem Bedarf geschehen ist.
app-error-role = Wählen Sie eine Rolle.
app-error-setting = Dieser Wert liegt außerhalb des erlaubten Bereichs.

# Die Synchronisierungsseite der Teamleitung.
app-sync-title = Mit dem zentralen Server der ACO synchronisieren
app-sync-not-enrolled = Dieses Gerät ist noch bei keinem zentralen Server registriert. Geben Sie die Adresse des zentralen Servers und den Einmalcode ein, den Sie von der ACO bekommen haben.
app-sync-hub-url = Adresse des zentralen Servers
app-sync-code = Registrierungscode
app-sync-enroll = Dieses Gerät registrieren
app-sync-enrolled = Registriert bei { $url } für { $site }.
app-sync-unsent = { $count ->
    [one] { $count } Datensatz wartet darauf, gesendet zu werden.
   *[other] { $count } Datensätze warten darauf, gesendet zu werden.
}
app-sync-all-sent = Alles ist beim zentralen Server angekommen.
app-sync-now = Jetzt synchronisieren
app-sync-sending = Wird gesendet: { $sent } von { $total } Datensätzen
app-sync-finished = { $records ->
    [one] Fertig: { $records } Datensatz gesendet und vom zentralen Server bestätigt.
   *[other] Fertig: { $records } Datensätze gesendet und vom zentralen Server bestätigt.
}
app-sync-history = Letzte Synchronisierungen
app-sync-started = Beginn
app-sync-by = Durchgeführt von
app-sync-records = Datensätze
app-sync-receipts = Signierte Empfangsbestätigungen
app-sync-result = Ergebnis
app-sync-ok = Abgeschlossen
app-sync-receipt = { $count ->
    [one] Datenpaket { $sequence }: { $count } Datensatz
   *[other] Datenpaket { $sequence }: { $count } Datensätze
}

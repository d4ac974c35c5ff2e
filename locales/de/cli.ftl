# German (de) draft of cli.ftl; formal "Sie"; every error stays one line.
# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: Fehler: { $message }
cli-internal-error = intake: interner Fehler; es wurde nichts weiter gespeichert. Bitte melden Sie diesen Fehler.
cli-store-created = Datenspeicher in { $dir } für { $site } angelegt.
cli-recovery-key-intro = Wiederherstellungsschlüssel (wird nur einmal angezeigt; schreiben Sie ihn auf und bewahren Sie ihn unter Verschluss auf):
cli-demo-saved = gespeichert: Nr. { $number }, Mitglied { $member }, Antwortbogen { $response }
cli-demo-added = { $count ->
    [one] { $count } synthetisches Mitglied mit Screenings hinzugefügt.
   *[other] { $count } synthetische Mitglieder mit Screenings hinzugefügt.
}
cli-found = { $count ->
    [one] { $count } Mitglied gefunden
   *[other] { $count } Mitglieder gefunden
}
cli-duplicates = { $count ->
    [one] { $count } vorhandenes Mitglied scheint dieselbe Person zu sein (oben aufgeführt); verwenden Sie --force, um trotzdem hinzuzufügen
   *[other] { $count } vorhandene Mitglieder scheinen dieselbe Person zu sein (oben aufgeführt); verwenden Sie --force, um trotzdem hinzuzufügen
}
cli-verify-ok = OK: Seiten- und Integritätsprüfung bestanden; Kette des Prüfprotokolls mit { $entries } Einträgen intakt; { $members } Mitglieder, { $responses } Antwortbögen
cli-backup-written = Verschlüsselte Sicherung in { $file } geschrieben ({ $bytes } Bytes).
cli-restored = { $members } Mitglieder und { $responses } Antwortbögen aus { $file } wiederhergestellt.
cli-new-pin = { $user } hat eine neue PIN.
cli-user-added = { $user } ({ $role }) hinzugefügt.
cli-user-deactivated = { $user } ist deaktiviert.
cli-outbox = ausstehend: { $pending }
    zugestellt: { $delivered }
cli-response-line = Antwortbogen { $id } { $date } { $instrument } auf { $locale }, erfasst von { $collector }: { $answers } Antworten{ $state }
cli-response-retracted = { " " }(irrtümlich erfasst)
cli-response-corrected = { " " }(korrigiert)
cli-need-line = Bedarf { $id } { $domain }: { $status }
cli-user-active = aktiv
cli-user-deactivated-state = deaktiviert
cli-prompt-pin = PIN für { $user }:
cli-prompt-choose-pin = Wählen Sie eine PIN für { $user }:
cli-prompt-new-pin = Neue PIN für { $user }:
cli-prompt-recovery-key = Wiederherstellungsschlüssel:
cli-need-user = setzen Sie INTAKE_USER auf den Benutzernamen, unter dem Sie arbeiten
cli-no-value = kein Wert angegeben: setzen Sie { $var } oder geben Sie den Wert ein, wenn Sie danach gefragt werden
cli-no-data-dir = kein --data-dir angegeben und kein Benutzerordner, der als Standard dienen kann
cli-read-failed = { $what } konnte nicht gelesen werden

error-not-initialized = kein Equity-Intake-Speicher in { $path }: führen Sie zuerst „intake init“ aus
error-already-initialized = { $path } enthält bereits einen Equity-Intake-Speicher
error-wrong-credentials = falscher Benutzername oder falsche PIN
error-locked-out = zu viele falsche PINs für diesen Benutzer: versuchen Sie es in { $seconds } s erneut oder bitten Sie die Teamleitung, die PIN zurückzusetzen
error-deactivated = dieses Konto wurde deaktiviert: wenden Sie sich an die Teamleitung
error-wrong-recovery-key = der Wiederherstellungsschlüssel gilt nicht für diesen Speicher
error-forbidden = Ihre Rolle ({ $role }) darf Folgendes nicht: { $action }
error-not-found = { $what } nicht gefunden
error-what-member = Mitglied
error-what-user = Benutzer
error-what-response = Antwortbogen
error-what-need = Bedarf
error-what-draft = unvollständiges Screening
error-invalid = { $field }: { $reason }
error-field-name = Name
error-field-date-of-birth = Geburtsdatum
error-field-masshealth-id = MassHealth-ID
error-field-pin = PIN
error-field-site = Standort
error-field-user = Benutzer
error-field-consent = Einwilligung
error-field-answers = Antworten
error-field-supersedes = Korrektur
error-field-reason = Grund
error-field-response = Antwortbogen
error-field-organization = Organisation
error-field-file = Datei
error-field-instrument = Fragebogen
error-field-draft = Screening
error-field-item = Frage
error-reason-check-field = bitte prüfen Sie dieses Feld
error-reason-pin-too-short = verwenden Sie mindestens { $min } Zeichen
error-reason-site-empty = geben Sie den Namen des Gesundheitszentrums an
error-reason-username-format = verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 64)
error-reason-username-taken = dieser Benutzername ist bereits vergeben
error-reason-recovery-needs-supervisor = mit dem Wiederherstellungsschlüssel lässt sich nur die PIN einer aktiven Teamleitung zurücksetzen
error-reason-deactivate-self = Sie können sich nicht selbst deaktivieren
error-reason-no-consent = das Mitglied hat dem Screening nicht zugestimmt
error-reason-answered-twice = eine Frage wurde zweimal beantwortet ({ $item })
error-reason-correction-other-member = eine Korrektur muss einen Antwortbogen desselben Mitglieds ersetzen
error-reason-retraction-reason = geben Sie an, warum der Antwortbogen irrtümlich erfasst wurde
error-reason-already-retracted = er ist bereits als irrtümlich erfasst markiert
error-reason-referral-organization = nennen Sie die Organisation, an die das Mitglied vermittelt wurde
error-reason-path-not-utf8 = der Pfad enthält Zeichen, die dieses System nicht verwenden kann
error-reason-unknown-instrument = diese App kennt diesen Fragebogen nicht ({ $item })
error-reason-unknown-item = eine Frage gehört nicht zu diesem Fragebogen ({ $item })
error-reason-wrong-kind = eine Antwort hat die falsche Art von Wert ({ $item })
error-reason-unknown-option = eine Antwort gehört nicht zu den Antwortmöglichkeiten der Frage ({ $item })
error-reason-exclusive-option = „keine“ kann nicht zusammen mit anderen Antworten gewählt werden ({ $item })
error-reason-empty-choice = wählen Sie mindestens eine Antwort ({ $item })
error-reason-out-of-range = die Zahl liegt außerhalb des erlaubten Bereichs ({ $item })
error-reason-absent-not-offered = diese Frage bietet diese Antwort nicht an ({ $item })
error-reason-not-enabled = eine Frage wurde beantwortet, die nicht zutrifft ({ $item })
error-reason-required-missing = eine Pflichtfrage hat keine Antwort ({ $item })
error-reason-none-chosen = wählen Sie mindestens einen Fragebogen
error-reason-already-saved = dieser Teil des Screenings ist bereits gespeichert
error-reason-empty-text = die schriftliche Antwort ist leer ({ $item })
error-disk-full = der Datenträger ist voll oder nicht beschreibbar: es wurde nichts gespeichert; schaffen Sie Platz und versuchen Sie es erneut
error-corrupt = der Speicher ist beschädigt oder kein Equity-Intake-Speicher ({ $detail }); stellen Sie ihn aus einer Sicherung wieder her
error-audit-broken = das Prüfprotokoll wurde bei Eintrag { $seq } verändert: { $reason }
error-not-a-backup = { $path } ist keine Equity-Intake-Sicherung
error-io = Dateifehler bei { $path }: { $detail }
error-database = Datenbankfehler: { $detail }

# Registrierung beim zentralen Server der ACO und Synchronisierung. Jeder Synchronisierungsfehler sagt, ob etwas verloren ging (nie).
cli-enrolled = Registriert bei { $url } für { $site }. Dieses Gerät hat die Kennung { $device }.
cli-sync-progress = { $sent } von { $total } Datensätzen gesendet…
cli-sync-done = { $records ->
    [one] Synchronisierung abgeschlossen: { $records } Datensatz gesendet. Geprüfte signierte Empfangsbestätigungen: { $batches }.
   *[other] Synchronisierung abgeschlossen: { $records } Datensätze gesendet. Geprüfte signierte Empfangsbestätigungen: { $batches }.
}
cli-sync-nothing = Nichts zu senden: Alles ist bereits auf dem zentralen Server.
error-sync-not-enrolled = dieses Gerät ist noch bei keinem zentralen Server registriert: die Teamleitung registriert es mit der Adresse des zentralen Servers und einem Einmalcode der ACO
error-sync-already-enrolled = dieses Gerät ist bereits bei einem zentralen Server registriert
error-sync-insecure-url = die Adresse des zentralen Servers muss mit https:// beginnen (unverschlüsseltes http:// ist nur zu diesem Computer selbst erlaubt)
error-sync-bad-url = das ist keine Adresse eines zentralen Servers; sie sollte etwa so aussehen: https://hub.example.org
error-sync-bad-code = der Registrierungscode wurde nicht angenommen: prüfen Sie ihn oder bitten Sie die ACO um einen neuen (jeder Code funktioniert nur einmal)
error-sync-offline = kein Netzwerk, oder der zentrale Server ist nicht erreichbar: es ist nichts verloren gegangen; versuchen Sie es erneut, sobald Sie wieder online sind
error-sync-certificate = dem Sicherheitszertifikat des zentralen Servers wird nicht vertraut, daher wurde nichts gesendet: informieren Sie den Helpdesk der ACO
error-sync-hub-unavailable = der zentrale Server antwortet gerade nicht: es ist nichts verloren gegangen; versuchen Sie es später erneut
error-sync-revoked = der zentrale Server hat die Registrierung dieses Geräts widerrufen: es ist nichts verloren gegangen, aber dieses Gerät kann nicht mehr synchronisieren; rufen Sie den Helpdesk der ACO an
error-sync-refused = der zentrale Server hat ein Datenpaket abgelehnt ({ $reason }): es ist nichts verloren gegangen; informieren Sie den Helpdesk der ACO
error-sync-bad-answer = die Antwort des zentralen Servers konnte nicht überprüft werden, daher wurde nichts als gesendet markiert: informieren Sie den Helpdesk der ACO

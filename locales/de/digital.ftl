# German (de) draft of digital.ftl; to be checked with an interpreter.
# Digital access intake (telehealth navigators) and the help navigators give.

digital-access-title = Internet und Videosprechstunden
digital-access-internet-home = Haben Sie zu Hause Internet?
digital-access-internet-home-home = Ja, Internet oder WLAN zu Hause
digital-access-internet-home-phone-only = Nur über das Datenvolumen meines Handys
digital-access-internet-home-none = Nein
digital-access-internet-reliable = Ist Ihr Internet gut genug für eine Videosprechstunde?
digital-access-internet-reliable-yes = Ja
digital-access-internet-reliable-sometimes = Manchmal
digital-access-internet-reliable-no = Nein
digital-access-data-runs-out = Ist das Datenvolumen Ihres Handys vor Monatsende aufgebraucht?
digital-access-data-runs-out-often = Oft
digital-access-data-runs-out-sometimes = Manchmal
digital-access-data-runs-out-never = Nie
digital-access-devices = Welche dieser Geräte können Sie für eine Videosprechstunde nutzen?
digital-access-devices-smartphone = Smartphone
digital-access-devices-tablet = Tablet
digital-access-devices-computer = Computer mit Kamera
digital-access-devices-none = Keines davon
digital-access-device-shared = Teilen Sie dieses Gerät mit anderen?
digital-access-private-space = Haben Sie einen ungestörten Ort, an dem Sie während einer Videosprechstunde sprechen können?
digital-access-confidence = Wie sicher fühlen Sie sich, wenn Sie ein Handy oder einen Computer für eine Videosprechstunde benutzen?
digital-access-confidence-very = Sehr sicher
digital-access-confidence-somewhat = Einigermaßen sicher
digital-access-confidence-a-little = Ein wenig sicher
digital-access-confidence-not-at-all = Überhaupt nicht sicher
digital-access-help-available = Gibt es jemanden, der Ihnen helfen kann, eine Videosprechstunde einzurichten?
digital-access-portal-account = Haben Sie ein Konto im Patientenportal des Gesundheitszentrums?
digital-access-email = Haben Sie eine E-Mail-Adresse, die Sie nutzen?
digital-access-preferred-visit = Wie möchten Sie Ihre Termine am liebsten wahrnehmen?
digital-access-preferred-visit-in-person = Persönlich vor Ort
digital-access-preferred-visit-video = Per Video
digital-access-preferred-visit-phone = Per Telefon

navigator-actions-title = Geleistete Hilfe
navigator-actions-actions = Wobei haben Sie dem Mitglied geholfen?
navigator-actions-actions-install-app = App für Videosprechstunden installiert
navigator-actions-actions-portal = Patientenportal eingerichtet
navigator-actions-actions-test-call = Testanruf geübt
navigator-actions-actions-internet-program = An ein günstiges Internet- oder Telefonprogramm vermittelt
navigator-actions-actions-device-loan = Gerät verliehen
navigator-actions-actions-video-visit = Videosprechstunde vereinbart
navigator-actions-actions-declined = Das Mitglied wollte keine Hilfe
navigator-actions-notes = Notizen

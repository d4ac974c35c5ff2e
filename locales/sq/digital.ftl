# Albanian (sq) draft of digital.ftl; formal "ju"; to be checked with an interpreter.
# Digital access intake (telehealth navigators) and the help navigators give.

digital-access-title = Interneti dhe vizitat me video
digital-access-internet-home = A keni internet në shtëpi?
digital-access-internet-home-home = Po, internet në shtëpi ose Wi-Fi
digital-access-internet-home-phone-only = Vetëm përmes paketës së internetit të telefonit tim
digital-access-internet-home-none = Jo
digital-access-internet-reliable = A është interneti juaj mjaft i mirë për një vizitë me video?
digital-access-internet-reliable-yes = Po
digital-access-internet-reliable-sometimes = Ndonjëherë
digital-access-internet-reliable-no = Jo
digital-access-data-runs-out = A ju mbaron interneti i telefonit para fundit të muajit?
digital-access-data-runs-out-often = Shpesh
digital-access-data-runs-out-sometimes = Ndonjëherë
digital-access-data-runs-out-never = Asnjëherë
digital-access-devices = Cilat nga këto pajisje mund t’i përdorni për një vizitë me video?
digital-access-devices-smartphone = Telefon inteligjent (smartphone)
digital-access-devices-tablet = Tablet
digital-access-devices-computer = Kompjuter me kamerë
digital-access-devices-none = Asnjë nga këto
digital-access-device-shared = A e ndani atë pajisje me të tjerë?
digital-access-private-space = A keni një vend privat për të folur gjatë një vizite me video?
digital-access-confidence = Sa siguri ndjeni kur përdorni telefonin ose kompjuterin për një vizitë me video?
digital-access-confidence-very = Shumë
digital-access-confidence-somewhat = Disi
digital-access-confidence-a-little = Pak
digital-access-confidence-not-at-all = Aspak
digital-access-help-available = A ka dikush që mund t’ju ndihmojë të përgatisni një vizitë me video?
digital-access-portal-account = A keni llogari në portalin e pacientëve të qendrës shëndetësore?
digital-access-email = A keni një adresë emaili që e përdorni?
digital-access-preferred-visit = Si preferoni t’i bëni vizitat tuaja?
digital-access-preferred-visit-in-person = Personalisht
digital-access-preferred-visit-video = Me video
digital-access-preferred-visit-phone = Me telefon

navigator-actions-title = Ndihma e dhënë
navigator-actions-actions = Me çfarë e ndihmuat anëtarin?
navigator-actions-actions-install-app = U instalua aplikacioni për vizita me video
navigator-actions-actions-portal = U konfigurua portali i pacientëve
navigator-actions-actions-test-call = U bë një telefonatë prove për praktikë
navigator-actions-actions-internet-program = U referua te një program interneti ose telefoni me kosto të ulët
navigator-actions-actions-device-loan = U dha hua një pajisje
navigator-actions-actions-video-visit = U caktua një vizitë me video
navigator-actions-actions-declined = Anëtari nuk donte ndihmë
navigator-actions-notes = Shënime

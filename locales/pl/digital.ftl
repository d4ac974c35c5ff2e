# Polish (pl) draft of digital.ftl; formal Pan/Pani or impersonal forms; to be checked with an interpreter.
# Digital access intake (telehealth navigators) and the help navigators give.

digital-access-title = Internet i wizyty wideo
digital-access-internet-home = Czy ma Pan/Pani internet w domu?
digital-access-internet-home-home = Tak, internet domowy lub Wi-Fi
digital-access-internet-home-phone-only = Tylko przez pakiet danych w telefonie
digital-access-internet-home-none = Nie
digital-access-internet-reliable = Czy Pana/Pani internet jest wystarczająco dobry do wizyty wideo?
digital-access-internet-reliable-yes = Tak
digital-access-internet-reliable-sometimes = Czasami
digital-access-internet-reliable-no = Nie
digital-access-data-runs-out = Czy kończą się Panu/Pani dane w telefonie przed końcem miesiąca?
digital-access-data-runs-out-often = Często
digital-access-data-runs-out-sometimes = Czasami
digital-access-data-runs-out-never = Nigdy
digital-access-devices = Których z tych urządzeń może Pan/Pani użyć do wizyty wideo?
digital-access-devices-smartphone = Smartfon
digital-access-devices-tablet = Tablet
digital-access-devices-computer = Komputer z kamerą
digital-access-devices-none = Żadnego z nich
digital-access-device-shared = Czy dzieli Pan/Pani to urządzenie z innymi osobami?
digital-access-private-space = Czy ma Pan/Pani miejsce, w którym można spokojnie i prywatnie porozmawiać podczas wizyty wideo?
digital-access-confidence = Na ile pewnie czuje się Pan/Pani, korzystając z telefonu lub komputera podczas wizyty wideo?
digital-access-confidence-very = Bardzo pewnie
digital-access-confidence-somewhat = Dość pewnie
digital-access-confidence-a-little = Trochę pewnie
digital-access-confidence-not-at-all = Wcale nie pewnie
digital-access-help-available = Czy jest ktoś, kto może pomóc Panu/Pani przygotować wizytę wideo?
digital-access-portal-account = Czy ma Pan/Pani konto w portalu pacjenta ośrodka zdrowia?
digital-access-email = Czy ma Pan/Pani adres e-mail, z którego korzysta?
digital-access-preferred-visit = W jaki sposób woli Pan/Pani odbywać wizyty?
digital-access-preferred-visit-in-person = Osobiście
digital-access-preferred-visit-video = Przez wideo
digital-access-preferred-visit-phone = Przez telefon

navigator-actions-title = Udzielona pomoc
navigator-actions-actions = W czym udzielono pomocy członkowi?
navigator-actions-actions-install-app = Zainstalowano aplikację do wizyt wideo
navigator-actions-actions-portal = Skonfigurowano portal pacjenta
navigator-actions-actions-test-call = Przećwiczono połączenie testowe
navigator-actions-actions-internet-program = Skierowano do programu taniego internetu lub telefonu
navigator-actions-actions-device-loan = Wypożyczono urządzenie
navigator-actions-actions-video-visit = Umówiono wizytę wideo
navigator-actions-actions-declined = Członek nie chciał pomocy
navigator-actions-notes = Notatki

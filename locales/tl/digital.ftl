# Digital access intake (telehealth navigators) and the help navigators give.
# Tagalog (tl) draft; to be checked with an interpreter.

digital-access-title = Internet at mga video visit
digital-access-internet-home = May internet po ba kayo sa bahay?
digital-access-internet-home-home = Oo, may internet o Wi-Fi sa bahay
digital-access-internet-home-phone-only = Sa data plan lang ng aking telepono
digital-access-internet-home-none = Wala
digital-access-internet-reliable = Maayos po ba ang inyong internet para sa isang video visit?
digital-access-internet-reliable-yes = Oo
digital-access-internet-reliable-sometimes = Kung minsan
digital-access-internet-reliable-no = Hindi
digital-access-data-runs-out = Nauubusan po ba kayo ng data sa telepono bago matapos ang buwan?
digital-access-data-runs-out-often = Madalas
digital-access-data-runs-out-sometimes = Kung minsan
digital-access-data-runs-out-never = Hindi kailanman
digital-access-devices = Alin sa mga ito ang magagamit ninyo para sa isang video visit?
digital-access-devices-smartphone = Smartphone (cellphone na may internet)
digital-access-devices-tablet = Tablet
digital-access-devices-computer = Computer na may camera
digital-access-devices-none = Wala sa mga ito
digital-access-device-shared = May kahati po ba kayo sa paggamit ng device na iyon?
digital-access-private-space = May pribadong lugar po ba kayo para makipag-usap habang nasa video visit?
digital-access-confidence = Gaano kayo kakumpiyansa sa paggamit ng telepono o computer para sa isang video visit?
digital-access-confidence-very = Lubos
digital-access-confidence-somewhat = Medyo
digital-access-confidence-a-little = Kaunti lang
digital-access-confidence-not-at-all = Hindi talaga
digital-access-help-available = May tao po bang makatutulong sa inyo na ihanda ang isang video visit?
digital-access-portal-account = May account po ba kayo sa patient portal ng health center?
digital-access-email = May email address po ba kayo na ginagamit ninyo?
digital-access-preferred-visit = Paano ninyo gustong gawin ang inyong mga pagpapatingin?
digital-access-preferred-visit-in-person = Harapan (personal na pagpunta)
digital-access-preferred-visit-video = Sa video
digital-access-preferred-visit-phone = Sa telepono

navigator-actions-title = Tulong na naibigay
navigator-actions-actions = Saan ninyo tinulungan ang miyembro?
navigator-actions-actions-install-app = In-install ang app para sa video visit
navigator-actions-actions-portal = Na-set up ang patient portal
navigator-actions-actions-test-call = Nag-practice ng test call
navigator-actions-actions-internet-program = Ini-refer sa programa para sa murang internet o telepono
navigator-actions-actions-device-loan = Nagpahiram ng device
navigator-actions-actions-video-visit = Nag-iskedyul ng video visit
navigator-actions-actions-declined = Ayaw ng miyembro ng tulong
navigator-actions-notes = Mga tala
